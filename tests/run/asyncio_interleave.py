# The order of task steps and callbacks: one FIFO ready queue, as CPython's loop.
import asyncio


async def chatty(name, loop, steps):
    for i in range(steps):
        print(f'{name} step {i}')
        loop.call_soon(print, f'  callback from {name} {i}')
        await asyncio.sleep(0)
    print(f'{name} done')


async def waiter(fut, name):
    print(name, 'waits')
    value = await fut
    print(name, 'got', value)
    return value


def report(fut):
    print('done callback sees', fut.result())


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(chatty(n, loop, 2)) for n in 'xyz']
    loop.call_soon(print, 'callback before first steps')
    await asyncio.sleep(0)
    print('main after one sleep(0)')
    await asyncio.gather(*tasks)

    fut = loop.create_future()
    fut.add_done_callback(report)
    waiters = [asyncio.create_task(waiter(fut, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    loop.call_soon(print, 'queued before set_result')
    fut.set_result('value')
    print('set_result returned')
    print(await asyncio.gather(*waiters))

    # a task that awaits an already finished future continues in the same step
    done = loop.create_future()
    done.set_result(1)
    async def quick():
        print('quick before')
        await done
        print('quick after')
    t = asyncio.create_task(quick())
    loop.call_soon(print, 'after quick was scheduled')
    await t

    # timers due at the same time run in the order they were scheduled
    now = loop.time()
    for i in range(5):
        loop.call_at(now + 0.01, print, 'timer', i)
    loop.call_at(now + 0.005, print, 'earlier timer')
    await asyncio.sleep(0.02)

    # bare yield in a generator-based coroutine: step again soon
    import types
    @types.coroutine
    def bare():
        print('bare yield')
        yield
        print('after bare yield')
    async def uses_bare():
        await bare()
    t = asyncio.create_task(uses_bare())
    loop.call_soon(print, 'between')
    await t


asyncio.run(main())
