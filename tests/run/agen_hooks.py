# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter runs on an async generator's first
# iteration, which also captures the finalizer (what an event loop uses to finalise the async
# generators it never finished).
import sys


def show(f, *args, **kwargs):
    try:
        print('->', repr(f(*args, **kwargs)))
    except BaseException as e:
        print(type(e).__name__, e)


def drive(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as e:
        return e.value


print(sys.get_asyncgen_hooks())
hooks = sys.get_asyncgen_hooks()
print(type(hooks).__name__, hooks.firstiter, hooks.finalizer, hooks[0], hooks[1], len(hooks), tuple(hooks))

seen = []


def firstiter(agen):
    seen.append(('firstiter', agen.__name__))


finalized = []


def finalizer(agen):
    print('finalizer called for', agen.__name__)
    finalized.append(agen)


show(sys.set_asyncgen_hooks, firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer)


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print('numbers cleanup')


g = numbers()
print(seen)
print(drive(g.__anext__()), seen)
print(drive(g.__anext__()), seen)
g2 = numbers()
print(drive(g2.asend(None)), seen)
g3 = numbers()
show(drive, g3.aclose())
print(seen)

# errors: the finalizer is checked (and set) before firstiter
show(sys.set_asyncgen_hooks, firstiter=1)
show(sys.set_asyncgen_hooks, finalizer=1)
show(sys.set_asyncgen_hooks, None, 3)
show(sys.set_asyncgen_hooks, 1, 2, 3)
show(sys.set_asyncgen_hooks, bad=1)
print(sys.get_asyncgen_hooks().finalizer is finalizer)
show(sys.set_asyncgen_hooks, firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)


# firstiter raising: the first iteration fails
def bad_firstiter(agen):
    raise ValueError('firstiter failed')


sys.set_asyncgen_hooks(firstiter=bad_firstiter)
g4 = numbers()
show(g4.__anext__)
print(type(g4.__anext__()).__name__)
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
print(sys.get_asyncgen_hooks())

# finish or close the async generators the finalizer hook was captured for
show(drive, g.__anext__())
show(drive, g2.aclose())
show(drive, g4.aclose())
print(len(finalized), 'end')
