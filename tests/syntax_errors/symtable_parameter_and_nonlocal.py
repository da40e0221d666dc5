def outer(x):
    def inner(x):
        nonlocal x
    return inner
