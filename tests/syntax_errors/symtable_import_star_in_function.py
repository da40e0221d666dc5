def f():
    from os.path import *
    return join
