# wasmpy's first example: a few tasks taking turns on asyncio's event loop.
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f'hello from {name} after {delay}s')
    return name


async def main():
    names = await asyncio.gather(greet('wasmpy', 0.2), greet('asyncio', 0.1), greet('Python', 0))
    print('all done:', ', '.join(names))


asyncio.run(main())
