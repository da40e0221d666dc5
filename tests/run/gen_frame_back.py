# gi_frame.f_back: the frame that resumed the generator while it runs (through natives such as
# list() too), None while it is suspended or finished.
import sys


def watcher():
    yield me.gi_frame.f_back is not None
    yield me.gi_frame.f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


me = watcher()


def consume():
    return [next(me), next(me), next(me)]


print(consume(), me.gi_frame.f_back)
me = watcher()
print(list(me), me.gi_frame)


def outer():
    yield from inner()


def inner():
    yield me.gi_frame.f_back.f_code.co_name


o = outer()
me = inner()
print(next(me), me.gi_frame.f_back)
