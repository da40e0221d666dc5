# Producers and consumers passing items through a bounded asyncio.Queue: every put and get that
# waits parks a future and wakes through the loop's ready queue.
import asyncio

ITEMS = 400_000
PRODUCERS = 4
CONSUMERS = 4


async def producer(queue, start, count):
    for i in range(start, start + count):
        await queue.put(i)


async def consumer(queue, total):
    while True:
        item = await queue.get()
        total[0] += item
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=64)
    total = [0]
    per_producer = ITEMS // PRODUCERS
    consumers = [asyncio.create_task(consumer(queue, total)) for _ in range(CONSUMERS)]
    await asyncio.gather(*(producer(queue, p * per_producer, per_producer) for p in range(PRODUCERS)))
    await queue.join()
    for task in consumers:
        task.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(queue.qsize(), total[0] == ITEMS * (ITEMS - 1) // 2)


asyncio.run(main())
