def f():
    __debug__ = False
