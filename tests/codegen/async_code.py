"""Coroutines: async def, await, async for, async with, async generators, async comprehensions."""
import asyncio


async def simple():
    await asyncio.sleep(0)
    return 1


async def iterate(source):
    total = 0
    async for item in source:
        if item is None:
            continue
        total += item
    else:
        total += 1
    return total


async def contexts(lock, other):
    async with lock:
        await simple()
    async with lock as a, other as b:
        return a, b


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def comprehensions(source):
    a = [x async for x in source]
    b = {x: await simple() for x in range(3)}
    c = (x async for x in source)
    d = [await y for y in [simple(), simple()]]
    e = {x async for x in source if await simple()}
    return a, b, c, d, e


async def finally_await():
    try:
        return await simple()
    finally:
        await simple()


async def break_in_async_with(lock):
    for i in range(3):
        async with lock:
            if i:
                break


class AsyncIterator:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


def sync_with_async_genexp(source):
    return (x async for x in source)
