# Cancelling tasks and futures: messages, cleanup order, cancelling(), uncancel(), gather.
import asyncio


async def sleeper(name, delay=10):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', e.args)
        raise
    finally:
        print(name, 'cleanup')
    return name


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores cancel')
    await asyncio.sleep(0)
    return 'stubborn result'


async def main():
    t = asyncio.create_task(sleeper('a'))
    await asyncio.sleep(0)
    print(t.cancel('stop now'), t.cancelling(), t.done())
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting a raised', e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result raised', e.args)

    # cancelled before it ever ran: the coroutine never starts
    t = asyncio.create_task(sleeper('never'))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print('never started, cancelled', e.args)

    # a task that swallows CancelledError finishes normally
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel())

    # cancel() while the task is the one running: takes effect at its next await
    async def self_cancel():
        asyncio.current_task().cancel('self')
        print('still running after self cancel')
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            print('self-cancel arrived', e.args)
            raise
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('self-cancelled task', t.cancelled())

    # cancelling a future a task waits for
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    async def waits():
        try:
            await fut
        except asyncio.CancelledError as e:
            print('future cancelled under the task', e.args)
            return 'recovered'
    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    fut.cancel('fut msg')
    print(await t)

    # gather: cancelling a child gives CancelledError to gather's awaiter
    children = [asyncio.create_task(sleeper(f'g{i}', 0.1 * (i + 1))) for i in range(3)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    children[1].cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather raised CancelledError')
    await asyncio.sleep(0.35)
    print([c.cancelled() for c in children])

    # gather with return_exceptions: the cancelled child becomes a CancelledError result
    children = [asyncio.create_task(sleeper(f'r{i}', 0.01)) for i in range(3)]
    g = asyncio.gather(*children, return_exceptions=True)
    await asyncio.sleep(0)
    children[0].cancel('child msg')
    results = await g
    print([type(r).__name__ for r in results], results[0].args)

    # cancelling the gather cancels every child
    children = [asyncio.create_task(sleeper(f'c{i}')) for i in range(2)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    print('gather cancel', g.cancel('all'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('cancelled gather raised', e.args)
    print(g.cancelled(), [c.cancelled() for c in children], g.cancel())

    # cancelling the task that awaits a gather
    async def outer():
        await asyncio.gather(sleeper('inner1'), sleeper('inner2'))
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled', t.cancelled())

    # CancelledError is not an Exception
    async def catches_exception():
        try:
            await asyncio.sleep(10)
        except Exception:
            print('wrongly caught')
    t = asyncio.create_task(catches_exception())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('catches_exception cancelled:', t.cancelled())


asyncio.run(main())


# tasks still pending when main returns are cancelled by asyncio.run
async def leaves_tasks():
    asyncio.create_task(sleeper('left behind'))
    await asyncio.sleep(0)
    print('main returns')

asyncio.run(leaves_tasks())


# the main task cancelled: asyncio.run raises CancelledError
async def cancels_itself():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancels_itself())
except asyncio.CancelledError:
    print('asyncio.run raised CancelledError')
