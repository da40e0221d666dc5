# asyncio.Runner: several runs in one loop, then an orderly close.
import asyncio


async def count(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    return f'{name}:{n}'


async def loop_id():
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    print(runner.run(count('a', 2)))
    print(runner.run(count('b', 3)))
    first = runner.run(loop_id())
    print(first is runner.get_loop(), runner.run(loop_id()) is first)
    print(first.is_running(), first.is_closed())
print(first.is_closed())
c = count('c', 1)
try:
    runner.run(c)
except RuntimeError as e:
    print(e)
c.close()

runner = asyncio.Runner(debug=True)
print(runner.get_loop().get_debug())
c = count('x', 1)
try:
    runner.run(c())
except TypeError as e:
    print(type(e).__name__)
try:
    runner.run(42)
except ValueError as e:
    print(e)
c.close()
runner.close()
runner.close()

made = []
def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop

with asyncio.Runner(loop_factory=factory) as runner:
    print(runner.run(count('f', 1)), runner.get_loop() is made[0])
print(made[0].is_closed())
