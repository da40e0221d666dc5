# pyperformance's async_tree (no I/O variant): a tree of tasks joined with asyncio.gather, each
# leaf awaiting asyncio.sleep(0), so the run is all event loop, task and future machinery.
import asyncio

DEPTH = 6
BRANCHES = 6


async def leaf():
    await asyncio.sleep(0)
    return 1


async def node(depth):
    if depth == 0:
        return await leaf()
    results = await asyncio.gather(*[node(depth - 1) for _ in range(BRANCHES)])
    return sum(results)


print(asyncio.run(node(DEPTH)))
