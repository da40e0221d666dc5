# asyncio.run, sleep, create_task, gather: results and the interleaving of tasks.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * 2


async def sleeper(name, delay, result=None):
    r = await asyncio.sleep(delay, result)
    print('woke', name, r)
    return name


async def fails(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2), name='bee')
    t3 = asyncio.create_task(worker('c', 1), name=42)
    print(t1.get_name(), t2.get_name(), repr(t3.get_name()))
    print(await asyncio.gather(t1, t2, t3, worker('d', 2)))

    # timers fire in time order, whatever the order they were created in
    print(await asyncio.gather(sleeper('late', 0.03), sleeper('early', 0.01, 'r'), sleeper('mid', 0.02)))
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(-1, 'negative'))

    # the first exception finishes gather; the others keep running
    try:
        await asyncio.gather(worker('e', 2), fails('boom'), worker('f', 3))
    except ValueError as e:
        print('gather raised', repr(e))
    await asyncio.sleep(0.01)

    print(await asyncio.gather(fails('x'), worker('g', 1), fails('y'), return_exceptions=True))
    print(await asyncio.gather())

    # the same coroutine object twice is run once; its result appears twice
    c = worker('h', 1)
    print(await asyncio.gather(c, c))

    # gather of plain futures
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_soon(f2.set_result, 'two')
    loop.call_later(0.01, f1.set_result, 'one')
    print(await asyncio.gather(f1, f2))
    return 'main done'


print(asyncio.run(main()))

# a second run gets a new loop
async def again():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

print(asyncio.run(again()))
