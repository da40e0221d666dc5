def outer():
    x = 1
    def inner():
        nonlocal x
        x: int
    return inner
