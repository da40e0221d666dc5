# yield from: delegation of next/send/throw/close to sub-generators and other iterators, and
# the sub-iterator's return value.


def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)


def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        y = yield 'i2'
        print('inner got', y)
    except ValueError as e:
        print('inner caught', repr(e))
        yield 'i-recovered'
    finally:
        print('inner finally')
    return 'inner result'


def outer():
    r = yield from inner()
    print('outer got result', repr(r))
    yield 'o-after'
    return 'outer result'


g = outer()
print(next(g), g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running)
print(g.send('a'))
print(g.send('b'))
show(next, g)

g = outer()
next(g)
print(g.throw(ValueError('to inner')))
print(next(g))
show(next, g)

g = outer()
next(g)
g.close()
print('closed', g.gi_frame, g.gi_yieldfrom)

# yield from a list, a tuple, a string, a range and a custom iterator
def chain(*its):
    for it in its:
        r = yield from it
        print('sub returned', r)


print(list(chain([1, 2], (3,), 'ab', range(2))))


class Iter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration('custom value')
        self.n -= 1
        return self.n


def custom():
    r = yield from Iter(3)
    yield r


print(list(custom()))

# sending a non-None value to an iterator without send()
g = custom()
next(g)
show(g.send, 5)
# throw() into an iterator without throw(): raised in the delegating generator
g = custom()
next(g)
show(g.throw, KeyError('k'))
g = custom()
next(g)
show(g.close)


class WithSendThrow:
    def __init__(self):
        self.log = []

    def __iter__(self):
        return self

    def __next__(self):
        return 'next'

    def send(self, v):
        print('custom send', v)
        if v == 'stop':
            raise StopIteration('stopped by send')
        return 'sent ' + str(v)

    def throw(self, *args):
        print('custom throw', len(args), [type(a).__name__ for a in args])
        if args[0] is KeyError:
            return 'handled'
        raise StopIteration('stopped by throw')

    def close(self):
        print('custom close')


def delegating():
    r = yield from WithSendThrow()
    print('result', r)
    yield 'after'


g = delegating()
print(next(g), g.send(1), g.send('stop'))
g = delegating()
next(g)
print(g.throw(KeyError))
print(g.throw(KeyError, 'v'))
print(g.throw(ValueError('x')))
g = delegating()
next(g)
g.close()


class CloseRaises:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def close(self):
        raise OSError('close failed')


def closing_fails():
    try:
        yield from CloseRaises()
    except OSError as e:
        print('outer sees', repr(e))
        raise


g = closing_fails()
next(g)
show(g.close)


# the return value of the sub-generator, exceptions out of it
def sub_raises():
    yield 1
    raise KeyError('from sub')


def catch_sub():
    try:
        yield from sub_raises()
    except KeyError as e:
        yield 'caught ' + repr(e)


print(list(catch_sub()))


# nested delegation: throw and close reach the innermost generator
def level(n):
    try:
        if n == 0:
            v = yield 'bottom'
            print('bottom got', v)
            return 'bottom done'
        r = yield from level(n - 1)
        return 'level %d <- %s' % (n, r)
    finally:
        print('finally', n)


g = level(3)
print(next(g))
show(g.send, 'value')
g = level(2)
next(g)
y = g.gi_yieldfrom
depth = 0
while y is not None:
    depth += 1
    y = y.gi_yieldfrom
print('depth', depth)
show(g.throw, IndexError('deep'))
g = level(2)
next(g)
g.close()


# throwing StopIteration into a sub-generator stops it; the outer generator gets its value
def sub_ends():
    try:
        yield 1
    except ValueError:
        return 'ended by throw'


def outer_ends():
    r = yield from sub_ends()
    yield r


g = outer_ends()
next(g)
print(g.throw(ValueError))


# yield from a generator that is running raises ValueError
def self_yield_from():
    yield from me


me = self_yield_from()
show(next, me)


# yield from an exhausted generator returns None at once
def exhausted():
    yield 1


e = exhausted()
list(e)


def from_exhausted():
    r = yield from e
    yield ('got', r)


print(list(from_exhausted()))


# yield from something not iterable
def bad():
    yield from 5


show(next, bad())


# a generator that yields from itself through a list of generators
def flatten(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from flatten(t)
    else:
        yield tree


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
