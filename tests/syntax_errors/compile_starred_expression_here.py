def f(items):
    return *items
