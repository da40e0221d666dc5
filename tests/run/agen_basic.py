# Async generators (PEP 525): async for over them, __anext__/asend/athrow/aclose and the
# awaitables they return, ag_* attributes, the "already running" rules, anext() and aiter().


def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)


def run(coro, sends=()):
    sends = list(sends)
    try:
        v = coro.send(None)
        while True:
            print('  yielded', repr(v))
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value


class Pause:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        got = yield self.what
        return got


async def ticks(n):
    for i in range(n):
        await Pause('before %d' % i)
        yield i
    print('ticks ends')


async def consume(agen):
    out = []
    async for x in agen:
        out.append(x)
    return out


print(run(consume(ticks(2))))
a = ticks(3)
print(type(a).__name__, a.__name__, a.__qualname__, a.ag_running, a.ag_code.co_name, a.ag_await, a.ag_frame.f_lineno)
print(a.__aiter__() is a, type(a.__anext__()).__name__, type(a.asend(1)).__name__, type(a.athrow(ValueError)).__name__,
      type(a.aclose()).__name__)


# drive the awaitables by hand
async def letters():
    got = yield 'a'
    print('letters got', got)
    got = yield 'b'
    print('letters got', got)


g = letters()
n = g.__anext__()
show(n.send, None)
show(n.send, None)
n = g.asend('sent-1')
show(next, n)
n = g.asend('sent-2')
show(n.send, None)
show(n.send, None)
show(g.__anext__().send, None)


async def with_await():
    x = await Pause('inner await')
    yield ('after await', x)


g = with_await()
n = g.__anext__()
print(n.send(None), g.ag_running, type(g.ag_await).__name__)
show(n.send, 'resume value')
print(g.ag_running)

# already running
g = with_await()
n1 = g.__anext__()
n1.send(None)
n2 = g.__anext__()
show(n2.send, None)
show(g.aclose().send, None)
show(g.athrow(ValueError).send, None)

# awaitables cannot be reused
g = letters()
n = g.__anext__()
show(n.send, None)
show(n.send, None)
show(n.throw, ValueError)
n = g.__anext__()
show(n.close)
show(n.send, None)

# athrow
async def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('catcher caught', repr(e))
            yield 'after ' + str(e)


g = catcher()
show(g.__anext__().send, None)
show(g.athrow(ValueError, 'one').send, None)
show(g.athrow(ValueError('two')).send, None)
t = g.athrow(KeyError('escapes'))
show(t.send, None)
show(t.send, None)
show(g.__anext__().send, None)
show(g.athrow(ValueError).send, None)
show(g.athrow().send, None)
g2 = catcher()
show(g2.athrow(ValueError).send, 'not none')
show(g2.athrow(ValueError, 1, 2, 3).send, None)

# aclose
async def closable():
    try:
        yield 1
        yield 2
    finally:
        print('closable finally')


g = closable()
show(g.__anext__().send, None)
c = g.aclose()
show(c.send, None)
show(c.send, None)
show(g.__anext__().send, None)
show(g.aclose().send, None)

g = closable()
show(g.aclose().send, None)


async def awaits_in_finally():
    try:
        yield 1
    finally:
        v = await Pause('cleanup await')
        print('cleanup got', v)


g = awaits_in_finally()
show(g.__anext__().send, None)
c = g.aclose()
show(c.send, None)
show(c.send, 'x')

ignore = True


async def ignores_exit():
    while ignore:
        try:
            yield 1
        except GeneratorExit:
            print('ignoring GeneratorExit')


g = ignores_exit()
show(g.__anext__().send, None)
show(g.aclose().send, None)
ignore = False
show(g.__anext__().send, None)


# a yield in an async generator cannot be delegated; return with a value is a syntax error, so
# returns end the iteration with StopAsyncIteration
async def early():
    yield 1
    return
    yield 2


print(run(consume(early())))


# StopIteration and StopAsyncIteration raised inside
async def raises_stop():
    yield 1
    raise StopIteration('x')


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration('y')


show(run, consume(raises_stop()))
show(run, consume(raises_stop_async()))


# anext() and aiter()
async def use_builtins():
    it = aiter(ticks(2))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it, 'default')
    fourth = await anext(it, 'default again')
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration from anext')
    return first, second, third, fourth


print(run(use_builtins()))


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 1:
            raise StopAsyncIteration
        return self.n


async def builtins_on_class():
    c = Counter()
    return aiter(c) is c, await anext(c), await anext(c, 'dflt')


print(run(builtins_on_class()))
show(anext, 1)
show(aiter, 1)
show(anext)
show(aiter, [])
aw = anext(ticks(0), 'd')
print(type(aw).__name__)
show(run, aw)

# yield inside try/except in an async generator, exceptions through await
async def transform(src):
    async for x in src:
        try:
            if x == 1:
                raise ValueError(x)
            yield x * 10
        except ValueError:
            yield 'bad'


print(run(consume(transform(ticks(3)))))


# async generator expression
async def genexp():
    agen = (x * 2 async for x in ticks(3))
    print(type(agen).__name__, agen.__name__)
    return [y async for y in agen]


print(run(genexp()))
