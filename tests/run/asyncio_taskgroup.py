# asyncio.TaskGroup: waiting for its tasks, cancelling them when one fails or the parent is cancelled.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        print(name, 'fails')
        raise ValueError(name)
    print(name, 'finished')
    return name


async def main():
    # 'a' sleeps far longer than 'b', so a process stalled between their first steps keeps the order.
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.2))
        t2 = tg.create_task(job('b', 0.01), name='bee')
        print('inside the block', t2.get_name())
    print('after the block', t1.result(), t2.result())

    # tasks may add tasks while the block waits
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0)
            tg.create_task(job('spawned', 0.01))
            return 'spawner'
        t = tg.create_task(spawner())
    print('spawned too', t.result())

    # a failing task cancels its siblings and the block
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('slow', 10))
            tg.create_task(job('bad', 0.01, fail=True))
            await asyncio.sleep(10)
            print('not reached')
    except ExceptionGroup as eg:
        print('the group failed:', eg, eg.exceptions)

    # an exception in the block's own body cancels the tasks
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('victim', 10))
            await asyncio.sleep(0)
            raise KeyError('body')
    except ExceptionGroup as eg:
        print('the body failed:', eg, eg.exceptions)

    # several failures together
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('bad1', 0.01, fail=True))
            tg.create_task(job('bad2', 0.01, fail=True))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))


    # cancelling the parent cancels the group's tasks; the parent sees CancelledError
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('child', 10))
            await asyncio.sleep(10)
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('parent cancelled', t.cancelled())

    tg = asyncio.TaskGroup()
    c = job('x', 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    async with tg:
        pass
    c = job('y', 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)


asyncio.run(main())
