# asyncio.Queue keeps FIFO order (and shows its items in that order) however puts and gets
# interleave, while it grows, wraps round and fills up; PriorityQueue and LifoQueue keep theirs.
import asyncio
async def main():
    q = asyncio.Queue()
    for i in range(40): q.put_nowait(i)
    out = [q.get_nowait() for _ in range(30)]
    for i in range(40, 75): q.put_nowait(i)
    print(q)
    out += [q.get_nowait() for _ in range(q.qsize())]
    print(out == list(range(75)), q, q.empty())
    b = asyncio.Queue(3)
    for i in range(3): await b.put(i)
    print(b, b.full())
    try: b.put_nowait(9)
    except asyncio.QueueFull: print('full')
    print(b.get_nowait(), b)
    b.put_nowait(7)
    print(b, [b.get_nowait() for _ in range(3)])
    p = asyncio.PriorityQueue(); [p.put_nowait(x) for x in (3, 1, 2)]
    l = asyncio.LifoQueue(); [l.put_nowait(x) for x in (3, 1, 2)]
    print(p, l, p.get_nowait(), l.get_nowait(), p.qsize(), l.qsize())
    for n in range(1, 40):
        q = asyncio.Queue()
        seq = []
        k = 0
        for step in range(200):
            if step % 3 != 2: q.put_nowait(k); k += 1
            elif not q.empty(): seq.append(q.get_nowait())
        while not q.empty(): seq.append(q.get_nowait())
        assert seq == list(range(k)), n
    print('ring ok')
asyncio.run(main())


async def wrapped():
    q = asyncio.Queue()
    for i in range(10): q.put_nowait(i)
    for i in range(8): q.get_nowait()
    for i in range(10, 22): q.put_nowait(i)
    print(q)
    for i in range(22, 40): q.put_nowait(i)
    print(q.qsize(), q)
asyncio.run(wrapped())
