# Native coroutines (PEP 492) driven by hand with send(None): await on coroutines, on objects
# with __await__, return values, exceptions, attributes.


class Suspend:
    """An awaitable that yields its value to whoever drives the coroutine."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return ('resumed with', got)


def run(coro, sends=()):
    sends = list(sends)
    try:
        v = coro.send(None)
        while True:
            print('  yielded', repr(v))
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value


calls = []


async def leaf(n):
    calls.append(n)
    return n * 2


async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b


c = middle(1)
print(type(c).__name__, calls)
print(run(c), calls)


async def pauses():
    r1 = await Suspend('first')
    r2 = await Suspend('second')
    return [r1, r2]


print(run(pauses(), ['a', 'b']))


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


print(run(fib(15)))


# await in every expression position
async def value(v):
    return v


async def positions():
    d = {'k': 1}
    lst = [10, 20, 30]
    print(await value(1) + await value(2))
    print(lst[await value(1)], d[await value('k')])
    print(f'{await value("f-string")} {await value(3):>4}')
    print([await value(i) for i in range(3)])
    print({await value(i): await value(i * i) for i in range(3)})
    print({await value(i) % 2 for i in range(4)})
    print(max(await value(5), await value(7)), str(await value(8)).zfill(3))
    x = await value(None) or await value('fallback')
    print(x, (await value(1), await value(2)), not await value(False))
    print(await value(await value('nested')))
    if await value(True):
        print('if ok')
    while not await value(True):
        pass
    for i in await value([1, 2]):
        print('for', i)
    return await Suspend('end')


print(run(positions()))


# exceptions propagate through awaits
async def fails():
    await Suspend('before failing')
    raise ValueError('failed')


async def catches():
    try:
        await fails()
    except ValueError as e:
        return 'caught ' + repr(e)


print(run(catches()))


async def uncaught():
    await fails()


try:
    run(uncaught())
except ValueError as e:
    print('outside', repr(e))

# attributes of coroutine objects
c = middle(5)
print(c.__name__, c.__qualname__, c.cr_running, c.cr_code.co_name, c.cr_await, c.cr_suspended, c.cr_origin)
print(c.cr_frame.f_lineno, c.cr_frame.f_code.co_name, sorted(c.cr_frame.f_locals))
c.close()
print(c.cr_frame)


async def waits():
    await Suspend('w')


c = waits()
c.send(None)
print(type(c.cr_await).__name__, c.cr_suspended, c.cr_frame.f_lineno)
c.close()


async def awaits_coro():
    await pauses()


c = awaits_coro()
c.send(None)
print(c.cr_await.__name__, type(c.cr_await.cr_await).__name__)
c.close()


class K:
    async def method(self):
        return 'method result'

    @classmethod
    async def cm(cls):
        return cls.__name__


km = K().method()
print(km.__qualname__, run(km), run(K.cm()))

# cr_running while running
async def running():
    return me.cr_running


me = running()
print(run(me))


# coroutine already executing
async def reenter():
    me2.send(None)


me2 = reenter()
try:
    run(me2)
except ValueError as e:
    print(type(e).__name__, e)


# StopIteration inside a coroutine
async def stops():
    raise StopIteration('inside')


try:
    run(stops())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


# lambdas and nested coroutine functions, closures
def make(k):
    async def add(x):
        return x + k
    return add


print(run(make(10)(5)), make(1).__qualname__)


# a coroutine awaiting the same object twice
async def twice():
    s = Suspend('again')
    return [await s, await s]


print(run(twice()))

# send with values into nested awaits reaches the innermost __await__
async def deep(n):
    if n == 0:
        return await Suspend('deepest')
    return await deep(n - 1)


print(run(deep(5), ['sent in']))
