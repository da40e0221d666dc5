def outer():
    x = 1
    def middle():
        global x
        def inner():
            nonlocal x
        return inner
    return middle
