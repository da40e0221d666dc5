def f(items):
    return list((yield from item) for item in items)
