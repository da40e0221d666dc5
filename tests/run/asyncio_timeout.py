# asyncio.timeout and timeout_at.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print('inside', cm.expired(), cm.when() is not None)
            await asyncio.sleep(10)
    except TimeoutError as e:
        print('timeout raised', type(e.__cause__).__name__, cm.expired())
    print(repr(cm))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('in time', cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(repr(cm))
        await asyncio.sleep(0.01)
    print('no deadline', cm.when(), cm.expired())

    # a deadline already past fires at the next loop iteration
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('before first await')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline')

    # rescheduling
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled deadline hit')
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print('deadline removed')

    cm = asyncio.timeout(1)
    for action in (lambda: cm.reschedule(1), lambda: print(repr(cm))):
        try:
            action()
        except RuntimeError as e:
            print(e)
    async with cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(e)

    # nested: the inner one expires
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timed out')
            await asyncio.sleep(0)
            print('outer continues')
    except TimeoutError:
        print('outer timed out (wrong)')

    # the exception from the block wins
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                raise KeyError('cleanup failed')
    except KeyError as e:
        print('block raised', e)

    # a cancellation from outside is not turned into TimeoutError
    async def guarded():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outside cancel stays CancelledError')


asyncio.run(main())
