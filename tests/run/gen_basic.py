# Generators: yield, send, return values, generator expressions, attributes and PEP 479.


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return 'done'


g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('again', e.value, e.args)
print(g.send(None) if False else 'skip')
try:
    g.send(1)
except StopIteration as e:
    print('send to finished', repr(e.value))


def returns(v):
    return v
    yield


for v in [None, 0, (1, 2), [3], StopIteration(4), ValueError('x')]:
    try:
        next(returns(v))
    except StopIteration as e:
        print(type(e.value).__name__, repr(e.value), e.args == ((v,) if v is not None else ()))

# a just-started generator accepts only None
g = counter(3)
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))

# attributes
g = counter(2)
print(g.__name__, g.__qualname__, g.gi_running, g.gi_code.co_name, g.gi_yieldfrom, g.gi_suspended)
print(g.gi_frame.f_lineno, g.gi_frame.f_code is g.gi_code, g.gi_frame.f_locals, g.gi_frame is g.gi_frame)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()), g.gi_suspended, g.gi_frame.f_back)
list(g)
print(g.gi_frame, g.gi_running, g.gi_suspended)
g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)


class C:
    def method(self):
        yield 1

    @staticmethod
    def nested():
        def inner():
            yield 2
        return inner()


print(C().method().__qualname__, C.nested().__qualname__, type(C().method()).__name__)


# gi_running is True while the generator runs; its frame knows the line it is at
def line_of(gen):
    return gen.gi_frame.f_lineno


def watcher():
    yield me.gi_running
    yield line_of(me)


me = watcher()
print(list(me))


# generator already executing
def reentrant():
    yield next(self_ref)


self_ref = reentrant()
try:
    next(self_ref)
except ValueError as e:
    print(type(e).__name__, e)


def sender():
    yield self2.send(None)


self2 = sender()
try:
    next(self2)
except ValueError as e:
    print(type(e).__name__, e)


# PEP 479: StopIteration raised inside becomes RuntimeError
def leaks():
    yield 1
    raise StopIteration('inner')


g = leaks()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)


def leaks_next():
    yield next(iter([]))


try:
    list(leaks_next())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def catches():
    try:
        next(iter([]))
    except StopIteration:
        yield 'caught inside'


print(list(catches()))

# generator expressions
squares = (x * x for x in range(6) if x % 2 == 0)
print(type(squares).__name__, squares.__name__, squares.__qualname__, list(squares), list(squares))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(x for x in range(101)), max(len(w) for w in 'a bb ccc'.split()))
gx = (1 / x for x in [1, 0])
print(next(gx))
try:
    next(gx)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    next(gx)
except StopIteration:
    print('exhausted after error')
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)


def outer():
    base = 10
    return (base + i for i in range(3))


print(list(outer()))


# yield as an expression in many places
def expressions():
    a = (yield 1) or 'none'
    b = [(yield 2), (yield 3)]
    c = {'k': (yield 4)}
    print('inside', a, b, c)
    yield f'{(yield 5)}!'


g = expressions()
print(next(g), g.send('a'), g.send('b'), g.send('c'), g.send('d'), g.send('e'))


# the frame keeps its locals between resumptions; exceptions in between do not leak
def stateful():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError:
            value = -100
        total += value


g = stateful()
next(g)
print(g.send(5), g.send(7), g.throw(ValueError), g.send(1))


# generators in for loops, unpacking, in and zip
def pairs():
    yield 'a', 1
    yield 'b', 2


for k, v in pairs():
    print(k, v)
print(dict(pairs()), 'b' in (k for k, _ in pairs()), [*pairs()], list(zip(pairs(), counter(5))))
a, b = pairs()
print(a, b)
