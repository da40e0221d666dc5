# The await protocol's errors and rules: objects that cannot be awaited, __await__ results,
# coroutine objects that are not iterators, reuse, close() and throw(), coroutine_wrapper.


def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)


def run(coro):
    try:
        while True:
            print('  yielded', repr(coro.send(None)))
    except StopIteration as e:
        return e.value


async def await_it(x):
    return await x


class NoAwait:
    pass


class AwaitReturnsInt:
    def __await__(self):
        return 42


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


class AwaitReturnsIter:
    def __await__(self):
        return iter([1, 2])


async def coro():
    return 'coro value'


class AwaitReturnsCoro:
    def __await__(self):
        self.coro = coro()
        return self.coro


class AwaitReturnsGen:
    def __await__(self):
        yield 'from gen'
        return 'gen value'


class AwaitRaises:
    def __await__(self):
        raise KeyError('in __await__')


class AwaitIsNone:
    __await__ = None


for obj in [1, 'str', None, NoAwait(), [1], AwaitReturnsInt(), AwaitReturnsList(), AwaitReturnsIter(),
            AwaitReturnsGen(), AwaitRaises(), AwaitIsNone()]:
    print(type(obj).__name__, end=': ')
    show(run, await_it(obj))

c = AwaitReturnsCoro()
aw = await_it(c)
show(run, aw)
c.coro.close()


def gen():
    yield 1


show(run, await_it(gen()))


async def agen():
    yield 1


show(run, await_it(agen()))

# coroutines are not iterators
c = coro()
show(iter, c)
show(next, c)
show(list, c)
try:
    for x in c:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = c
except TypeError as e:
    print(type(e).__name__, e)


def yield_from_coro():
    yield from c


show(next, yield_from_coro())
show(run, c)

# cannot reuse an awaited coroutine
c = coro()
show(run, c)
show(run, c)
show(c.send, None)
show(c.throw, ValueError)
show(c.close)


async def awaits_twice():
    inner = coro()
    await inner
    await inner


show(run, awaits_twice())


# a coroutine awaited by two awaiters at once
class Pause:
    def __await__(self):
        yield 'paused'


async def pausing():
    await Pause()


async def awaiter(c):
    await c


shared = pausing()
first = awaiter(shared)
print(first.send(None))
second = awaiter(shared)
show(second.send, None)
first.close()

# sending non-None to a just-started coroutine
c = coro()
show(c.send, 1)
show(run, c)


# close() and GeneratorExit
async def cleanup():
    try:
        await Pause()
    finally:
        print('cleanup ran')


c = cleanup()
c.send(None)
show(c.close)
show(c.close)
show(c.send, None)

stubborn_done = False


async def stubborn():
    while not stubborn_done:
        try:
            await Pause()
        except GeneratorExit:
            print('ignoring exit')


c = stubborn()
c.send(None)
show(c.close)
stubborn_done = True
show(c.send, None)


# throw in its three forms
async def catcher():
    while True:
        try:
            await Pause()
        except ValueError as e:
            print('caught', repr(e))
            return 'done after ' + repr(e)


for args in [(ValueError,), (ValueError, 'v'), (ValueError('inst'),), (ValueError, None, None)]:
    c = catcher()
    c.send(None)
    show(c.throw, *args)
c = catcher()
c.send(None)
show(c.throw, KeyError('not caught'))
show(c.send, None)

# throw delegates to the awaited object's throw()
class Throwable:
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return 'throwable yields'

    def throw(self, *args):
        print('Throwable.throw', [type(a).__name__ for a in args])
        raise StopIteration('throwable result')


async def uses_throwable():
    r = await Throwable()
    return 'got ' + r


c = uses_throwable()
print(c.send(None), type(c.cr_await).__name__)
show(c.throw, ValueError)

# coroutine.__await__() gives a coroutine_wrapper iterator
c = coro()
w = c.__await__()
print(type(w).__name__, iter(w) is w, type(w.__iter__()).__name__)
show(next, w)
show(next, w)

c = pausing()
w = c.__await__()
print(next(w), c.cr_suspended)
show(w.send, None)
c = pausing()
w = c.__await__()
print(w.send(None))
show(w.throw, ValueError('into wrapper'))
c = pausing()
w = c.__await__()
next(w)
show(w.close)
print(c.cr_frame)
show(w.send)
show(w.throw)


# a generator-based awaitable yielding from a coroutine's __await__
class Delegates:
    def __await__(self):
        return (yield from coro().__await__())


show(run, await_it(Delegates()))
