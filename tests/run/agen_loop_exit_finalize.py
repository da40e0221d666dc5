# An async generator that only an `async for` held is finalized when break, return or an
# exception leaves the loop: handed to the finalizer hook when one was set at its first
# iteration, else closed (an await in its finally block then makes close() fail).
import sys


def run(coro):
    try:
        while True:
            print('  yielded', repr(coro.send(None)))
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield 'paused'


async def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print('  finally', tag)


async def awaits_in_finally():
    try:
        yield 1
    finally:
        await Pause()
        print('  never printed')


async def loops():
    async for x in numbers('break'):
        if x == 1:
            break
    print('after break')
    async for x in numbers('exhausted'):
        pass
    print('after exhausting')
    try:
        async for x in numbers('exception'):
            raise KeyError(x)
    except KeyError as e:
        print('handler', repr(e))
    async for x in awaits_in_finally():
        break
    print('after the awaiting one')
    async for x in numbers('return'):
        return x


print('returned', run(loops()))

hooked = []


def firstiter(agen):
    hooked.append('first ' + agen.__name__)


def finalizer(agen):
    hooked.append('finalize ' + agen.__name__)
    run(agen.aclose())


sys.set_asyncgen_hooks(firstiter, finalizer)


async def with_hooks():
    async for x in numbers('hooked'):
        break
    print('after the hooked loop', hooked)


run(with_hooks())
sys.set_asyncgen_hooks(None, None)
print(hooked)
