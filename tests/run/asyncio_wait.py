# wait_for, wait, shield and as_completed.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'was cancelled')
        raise
    if fail:
        raise ValueError(name)
    print(name, 'finished')
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    # wait_for: in time, too late, no timeout, zero timeout
    print(await asyncio.wait_for(job('quick', 0.01), 5))
    try:
        await asyncio.wait_for(job('slow', 10), 0.05)
    except asyncio.TimeoutError as e:
        print('timed out', type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(job('unbounded', 0), None))
    try:
        await asyncio.wait_for(job('zero', 1), 0)
    except TimeoutError:
        print('zero timeout')
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result('already')
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(job('fails', 0, fail=True), 1)
    except ValueError as e:
        print('wait_for passed on', repr(e))

    # a task that ignores cancellation finishes wait_for with its result
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'ignored the cancel'
    print(await asyncio.wait_for(stubborn(), 0.01))

    # cancelling wait_for cancels what it waits for
    t = asyncio.create_task(asyncio.wait_for(job('inner', 10), 5))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer wait_for cancelled')

    # wait
    # (delays far apart: the machine may be busy)
    ts = [asyncio.create_task(job(f'w{i}', d), name=f'w{i}') for i, d in enumerate([0.01, 0.1, 1])]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first completed', names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.4)
    print('with timeout', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all', names(done), names(pending))

    ts = [asyncio.create_task(job('e0', 0.01), name='e0'),
          asyncio.create_task(job('e1', 0.1, fail=True), name='e1'),
          asyncio.create_task(job('e2', 1), name='e2')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in ts])
    done, pending = await asyncio.wait([asyncio.create_task(job('ok', 0))], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))

    for bad in ([], asyncio.ensure_future(job('x', 0))):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    c = asyncio.sleep(0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()
    try:
        await asyncio.wait(ts, return_when='sometime')
    except ValueError as e:
        print(e)
    await asyncio.sleep(0)

    # shield: the outer future is cancelled, the inner task keeps going
    inner = asyncio.create_task(job('shielded', 0.3))
    outer = asyncio.shield(inner)
    async def waits_on_shield():
        return await outer
    t = asyncio.create_task(waits_on_shield())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('waiter cancelled; shield cancelled:', outer.cancelled(), 'inner done:', inner.done())
    print(await inner)
    print(await asyncio.shield(job('plain shield', 0)))
    f = loop.create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)

    # as_completed: in finishing order
    ts = [asyncio.create_task(job(f'a{i}', d)) for i, d in enumerate([0.3, 0.01, 0.1])]
    for next_done in asyncio.as_completed(ts):
        print('as_completed got', await next_done)
    ts = [asyncio.create_task(job(f'b{i}', d)) for i, d in enumerate([0.01, 10])]
    try:
        for next_done in asyncio.as_completed(ts, timeout=0.3):
            print('as_completed got', await next_done)
    except asyncio.TimeoutError:
        print('as_completed timed out')
    ts[1].cancel()
    await asyncio.sleep(0)
    try:
        asyncio.as_completed(ts[0])
        print('no error before iterating')
        next(asyncio.as_completed(ts[0]))
    except TypeError as e:
        print(e)


asyncio.run(main())
