# Runs in the page (main.js): tasks taking turns on asyncio's event loop (its sleeps are the
# page's timers), a file fetched with the browser's fetch() through the js module, and a file
# opened and a module imported from the page's in-memory files.
import asyncio
import js

import greeting


async def fetch_text(url):
    response = await js.fetch(url)
    if not response.ok:
        raise OSError(f'fetching {url} failed: {response.status}')
    return await response.text()


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(greeting.greet(name), f'after {delay}s')
    return name


async def main():
    message = await fetch_text('data/message.txt')
    print('fetched data/message.txt:', message.strip())
    with open('data/message.txt') as f:
        print('open() reads the same from the in-memory files:', f.read() == message)
    names = await asyncio.gather(greet('wasmpy', 0.2), greet('asyncio', 0.1), greet('browser', 0))
    print('all done:', ', '.join(names))


asyncio.run(main())
