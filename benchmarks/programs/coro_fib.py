# A pure coroutine chain: recursive `async def` Fibonacci, every call awaiting its two children,
# driven by coro.send(None) with no event loop.
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print(run(fib(32)))
