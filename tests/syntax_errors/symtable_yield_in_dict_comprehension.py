def f(items):
    return {item: (yield) for item in items}
