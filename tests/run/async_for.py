# async for: __aiter__/__anext__, StopAsyncIteration, else, break/continue, errors.


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


class Pause:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        yield self.what


class Ticker:
    def __init__(self, n, pause=False):
        self.n = n
        self.i = 0
        self.pause = pause

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.pause:
            await Pause('tick %d' % self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def collect(it):
    out = []
    async for x in it:
        out.append(x)
    else:
        out.append('else')
    return out


print(run(collect(Ticker(3))))
print(run(collect(Ticker(2, pause=True))))


async def control():
    out = []
    async for x in Ticker(10):
        if x % 2:
            continue
        if x > 6:
            break
        out.append(x)
    else:
        out.append('not reached')
    return out


print(run(control()))


async def nested_loops():
    out = []
    async for a in Ticker(2):
        async for b in Ticker(2):
            out.append((a, b))
    return out


print(run(nested_loops()))


async def unpacking():
    class Pairs:
        def __init__(self):
            self.items = [(1, 'a'), (2, 'b')]

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)

    return [(k, v) async for k, v in Pairs()]


print(run(unpacking()))


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError('anext failed')


show(run, collect(Failing()))


class NotAsyncIterable:
    pass


class AiterReturnsInt:
    def __aiter__(self):
        return 5


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 'plain'


class SyncIterable:
    def __iter__(self):
        return iter([1])


class AnextPlainAwaitable:
    """__anext__ as a plain method returning awaitables."""

    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return Pause('anext %d' % self.n)


for obj in [NotAsyncIterable(), AiterReturnsInt(), AnextNotAwaitable(), SyncIterable(), [1, 2], AnextPlainAwaitable()]:
    print(type(obj).__name__, end=': ')
    show(run, collect(obj))

try:
    run(collect(AnextNotAwaitable()))
except TypeError as e:
    print('cause', repr(e.__cause__))


# StopAsyncIteration raised in the body is not the loop's end
async def body_raises():
    async for x in Ticker(3):
        raise StopAsyncIteration('from body')


show(run, body_raises())


# the loop variable, and a return inside the loop
async def returns_inside():
    async for x in Ticker(5):
        if x == 3:
            return 'returned at %d' % x


print(run(returns_inside()))


# async for inside try/finally with exceptions
async def with_finally():
    try:
        async for x in Failing():
            pass
    except ValueError as e:
        return 'handled ' + str(e)
    finally:
        print('finally')


print(run(with_finally()))
