# PEP 530: asynchronous comprehensions and await inside comprehensions of async functions.


def run(coro):
    try:
        while True:
            print('  yielded', repr(coro.send(None)))
    except StopIteration as e:
        return e.value


class Pause:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        yield self.what
        return self.what


async def arange(n, pause=False):
    for i in range(n):
        if pause:
            await Pause('arange %d' % i)
        yield i


async def double(x):
    return x * 2


async def comprehensions():
    print([x async for x in arange(4)])
    print({x % 3 async for x in arange(6)})
    print({x: x * x async for x in arange(3)})
    print([x async for x in arange(10) if x % 3 == 0])
    print([(x, y) async for x in arange(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in arange(x)])
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in arange(3) if await double(x) > 0])
    print({await double(k): [await double(v) for v in range(k)] for k in range(3)})
    print([[y async for y in arange(x)] async for x in arange(3)])
    print([x async for x in arange(3, pause=True)])
    total = 0
    async for v in (x * 10 async for x in arange(3)):
        total += v
    print('total', total)
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__, [v async for v in gen])
    return 'done'


print(run(comprehensions()))


# exceptions inside async comprehensions
class Boom(Exception):
    pass


async def failing(n):
    for i in range(n):
        if i == 2:
            raise Boom('at 2')
        yield i


async def catches():
    try:
        return [x async for x in failing(5)]
    except Boom as e:
        return 'caught ' + repr(e)


print(run(catches()))


async def not_async_iterable():
    return [x async for x in [1, 2]]


try:
    run(not_async_iterable())
except TypeError as e:
    print(type(e).__name__, e)


# scoping: the comprehension variable does not leak
async def scoping():
    x = 'outer'
    ys = [x async for x in arange(2)]
    return x, ys


print(run(scoping()))


# a lambda and a nested function inside
async def closures():
    fs = [lambda: x async for x in arange(3)]
    return [f() for f in fs]


print(run(closures()))
