# asyncio.Queue, PriorityQueue and LifoQueue.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(item)
        print(f'{name} put {item!r} (size {q.qsize()})')
    print(name, 'done')


async def consumer(q, name, results):
    while True:
        item = await q.get()
        print(f'{name} got {item!r}')
        results.append(item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    results = []
    consumers = [asyncio.create_task(consumer(q, f'c{i}', results)) for i in range(2)]
    producers = [asyncio.create_task(producer(q, 'p0', range(5))), asyncio.create_task(producer(q, 'p1', 'ab'))]
    await asyncio.gather(*producers)
    print('producers finished', str(q))
    await q.join()
    print('joined', results)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    # nowait variants and their errors
    q = asyncio.Queue(1)
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e), q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), q.empty())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print(e)
    await q.join()
    print('join of an empty queue returns at once')

    # priority and LIFO order
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for item in range(4):
        await lq.put(item)
    print([await lq.get() for _ in range(4)], str(lq))

    # getters wait in order; a cancelled getter gives its item to the next
    q = asyncio.Queue()
    async def getter(name):
        item = await q.get()
        print(name, 'received', item)
    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    g3 = asyncio.create_task(getter('g3'))
    await asyncio.sleep(0)
    print(str(q))
    g1.cancel()
    q.put_nowait('first')
    q.put_nowait('second')
    await asyncio.gather(g1, g2, g3, return_exceptions=True)
    print(g1.cancelled(), q.empty())

    # a blocked putter wakes when a slot frees
    q = asyncio.Queue(1)
    await q.put(1)
    async def putter():
        print('putter waits')
        await q.put(2)
        print('putter done')
    t = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print('got', q.get_nowait())
    await t
    print('got', await q.get())

    # wait_for on get
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print('get timed out', str(q))
    print(asyncio.Queue[int] is not None)


asyncio.run(main())
