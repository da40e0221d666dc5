# Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier.
import asyncio


def state(obj):
    text = repr(obj)
    return text[text.index('['):]


async def main():
    # Lock: first come, first served
    lock = asyncio.Lock()
    print(lock.locked(), state(lock))

    async def critical(name):
        async with lock:
            print(name, 'in', state(lock))
            await asyncio.sleep(0)
            print(name, 'out')
    await asyncio.gather(*(critical(f't{i}') for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    print(await lock.acquire(), lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(lock.locked(), waiter.cancelled())

    # Event
    event = asyncio.Event()
    async def wait_event(name):
        print(name, 'waits')
        print(name, 'woke', await event.wait())
    ts = [asyncio.create_task(wait_event(f'e{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(event.is_set(), state(event))
    event.set()
    event.set()
    print('set', state(event))
    await asyncio.gather(*ts)
    print(await event.wait())
    event.clear()
    print(event.is_set())

    # Condition
    cond = asyncio.Condition()
    items = []
    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, 'took', items.pop(0))
    async def plain_wait(name):
        async with cond:
            print(name, 'wait returned', await cond.wait())
    ts = [asyncio.create_task(consume(f'c{i}')) for i in range(2)] + [asyncio.create_task(plain_wait('w'))]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.extend(['x', 'y'])
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    for action in (cond.notify, cond.wait):
        try:
            r = action()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print(e)
    print(cond.locked())

    # Semaphore
    sem = asyncio.Semaphore(2)
    print(state(sem))
    async def limited(name):
        async with sem:
            print(name, 'acquired', state(sem))
            await asyncio.sleep(0)
        print(name, 'released')
    await asyncio.gather(*(limited(f's{i}') for i in range(4)))
    print(state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    sem.release()
    print(state(sem))

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print(e)

    # Barrier
    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    async def party(name):
        print(name, 'arrives')
        index = await barrier.wait()
        print(name, 'passes with index', index)
        return index
    print(sorted(await asyncio.gather(*(party(f'b{i}') for i in range(3)))))
    print(state(barrier))
    # a second round on the same barrier
    print(sorted(await asyncio.gather(*(party(f'r{i}') for i in range(3)))))

    async def stuck():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError as e:
            print('broken:', e)
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0)
    print(barrier.n_waiting)
    await barrier.abort()
    await t
    print(barrier.broken, state(barrier))
    await barrier.reset()
    print(barrier.broken, state(barrier))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


asyncio.run(main())
