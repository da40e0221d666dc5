# The ways a generator is resumed — next(), send(), for loops, yield from, native consumers —
# agree on values, exceptions, gi_running, the exception being handled, and cleanup.
import sys


def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)


def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print('  counter got', got)
    return 'counter done'


g = counter(3)
print(next(g), g.send('x'), next(g))
show(next, g)
show(next, g)
print(next(counter(0), 'default'), next(g, 'exhausted default'))
g = counter(2)
show(g.send, 'early')
send = counter(2).send
show(send, None)
nxt = next
show(nxt, counter(1))

# values through every kind of consumer
print(list(counter(3)), tuple(counter(2)), sum(counter(5)), sorted(counter(3), reverse=True), [*counter(2)])
print(dict(zip(counter(3), 'abc')), set(counter(3)), any(counter(3)), max(counter(4)))


# nested delegation: the running state and the handled exception seen inside
def inner(outer_ref):
    yield ('inner sees outer running', outer_ref[0].gi_running)
    yield ('inner sees', repr(sys.exc_info()[1]))


def outer(ref):
    try:
        raise KeyError('outer handles')
    except KeyError:
        yield from inner(ref)
    yield ('after', repr(sys.exc_info()[1]))


ref = []
o = outer(ref)
ref.append(o)
for item in o:
    print(item)
print(repr(sys.exc_info()[1]))


def level(n):
    if n == 0:
        x = yield 'bottom'
        return x
    return (yield from level(n - 1))


g = level(10)
print(next(g))
show(g.send, 'deep send')


# exceptions out of next()/send() keep their traceback line
def fails():
    yield 1
    raise ValueError('fails on second next')


g = fails()
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), e.__traceback__ is not None)


# a for loop that runs a generator to its end closes nothing early
def cleanup(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)


for x in cleanup('loop-exhausted'):
    pass
print('after exhausted')


# a generator sent into from inside itself, and one resuming another that resumes it back
def ping(other):
    yield 'ping start'
    yield next(other[0])


def pong(other):
    yield 'pong start'
    yield next(other[0])


a_ref, b_ref = [], []
a = ping(b_ref)
b = pong(a_ref)
a_ref.append(a)
b_ref.append(b)
print(next(a), next(b))
show(next, a)


# exception handling state survives suspensions in loops over generators
def gen_in_handler():
    try:
        raise IndexError('handled in gen')
    except IndexError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise OSError('caller handles')
except OSError:
    for item in gen_in_handler():
        print(item, repr(sys.exc_info()[1]))
