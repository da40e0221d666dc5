# Asynchronous generators under the loop: the loop's hooks track them, and asyncio.run closes
# the ones left suspended (their finally blocks run, and may await).
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        await asyncio.sleep(0)
        print(name, 'closed')


async def main():
    async for i in ticker('full', 2):
        print('full', i)

    partial = ticker('partial', 10)
    print('partial', await partial.__anext__())
    print('partial', await partial.__anext__())
    loop = asyncio.get_running_loop()
    print('tracked', partial in loop._asyncgens)

    async def consume():
        agen = ticker('in task', 5)
        async for i in agen:
            if i == 1:
                break
        await agen.aclose()
    await asyncio.create_task(consume())
    print('main returns, leaving one generator open')
    return partial


asyncio.run(main())
print('after run')
