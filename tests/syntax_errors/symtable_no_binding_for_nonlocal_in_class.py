def outer():
    class C:
        x = 1
        def method(self):
            nonlocal x
    return C
