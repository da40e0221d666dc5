# Generator-based coroutines: types.coroutine (CO_ITERABLE_COROUTINE) can be awaited and can
# `yield from` native coroutines; plain generators cannot be awaited.
import types
import inspect


def run(coro):
    try:
        while True:
            print('  yielded', repr(coro.send(None)))
    except StopIteration as e:
        return e.value


@types.coroutine
def sleep0(tag):
    got = yield ('sleep', tag)
    return ('slept', tag, got)


print(bool(sleep0.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE), sleep0.__name__)
gen_coro = sleep0('x')
print(type(gen_coro).__name__, inspect.isawaitable(gen_coro), inspect.iscoroutine(gen_coro),
      inspect.isgenerator(gen_coro))
gen_coro.close()


async def uses_it():
    a = await sleep0('a')
    b = await sleep0('b')
    return [a, b]


print(run(uses_it()))


async def native():
    return await sleep0('inner')


@types.coroutine
def delegates():
    # a generator-based coroutine may yield from a native coroutine
    result = yield from native()
    return ('delegated', result)


async def top():
    return await delegates()


print(run(top()))


def plain_gen():
    yield 1


async def awaits_plain():
    await plain_gen()


try:
    run(awaits_plain())
except TypeError as e:
    print(type(e).__name__, e)


def yields_from_coro():
    c = native()
    try:
        yield from c
    finally:
        c.close()


try:
    run(yields_from_coro())
except TypeError as e:
    print(type(e).__name__, e)

# types.coroutine on what is already a coroutine function returns it as it is
async def already():
    return 1


print(types.coroutine(already) is already)
try:
    types.coroutine(1)
except TypeError as e:
    print(type(e).__name__, e)


# a callable returning a generator: wrapped so that the result can be awaited
class Factory:
    def __call__(self):
        return plain_gen()


wrapped = types.coroutine(Factory())
w = wrapped()
print(type(w).__name__, inspect.isawaitable(w))


async def awaits_wrapped():
    return await wrapped()


print(run(awaits_wrapped()))

# cr_await / gi_yieldfrom through a generator-based coroutine
c = uses_it()
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.gi_code.co_name, c.cr_await.gi_yieldfrom)
c.close()
