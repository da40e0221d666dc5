# Generators, coroutines and async generators (visible in the code objects' flags).


def generator():
    yield 1


def delegating():
    yield from generator()
    return 1


async def coroutine():
    await other()


async def async_generator():
    yield 1
    await other()


async def async_for_with():
    async with manager() as m:
        async for item in m:
            print(item)


async def async_comprehensions():
    lst = [x async for x in aiter_()]
    st = {await y for y in range(3)}
    dct = {k: await v for k, v in pairs()}
    gen = (z async for z in aiter_())
    nested = [[x async for x in aiter_()] for _ in range(2)]
    awaited = [await w for w in [other()]]
    return lst, st, dct, gen, nested, awaited


def async_genexp_in_plain_function():
    return (x async for x in aiter_())


def generator_lambda():
    return lambda: (yield)


async def other():
    return (lambda: (yield 1))


def annotation_yield():
    # A yield in a local annotation is never run, yet it makes a generator.
    x: (yield)


class Gen:
    def __iter__(self):
        yield from range(3)

    async def __aiter__(self):
        yield self
