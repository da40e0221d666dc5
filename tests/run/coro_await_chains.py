# Await chains: coroutines awaited as they are called, suspending (or not) at every depth, with
# exceptions, handled-exception state, throw() and close() reaching the innermost awaitable.
import sys


def run(coro, sends=()):
    sends = list(sends)
    try:
        v = coro.send(None)
        while True:
            print('  yielded', repr(v))
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def leaf(tag, suspend):
    if suspend:
        return await Pause(tag)
    return tag


async def middle(n, suspend):
    out = []
    for i in range(n):
        out.append(await leaf('%d' % i, suspend and i % 2 == 1))
    return out


print(run(middle(4, False)))
print(run(middle(4, True), ['a', 'b']))


# depth: a chain suspended at its bottom, with every level visible through cr_await
async def chain(n):
    if n == 0:
        return await Pause('bottom')
    return 'level %d <- %s' % (n, await chain(n - 1))


c = chain(3)
print(c.send(None))
level = c
names = []
while level is not None:
    names.append(type(level).__name__ + ':' + getattr(level, '__name__', '?'))
    level = getattr(level, 'cr_await', None)
print(names)
print(c.cr_await.cr_frame.f_locals, c.cr_await.cr_running, c.cr_await.cr_suspended)
try:
    c.send('up')
except StopIteration as e:
    print(e.value)


# the exception being handled where a coroutine suspends is its own
async def handler_suspends():
    try:
        raise KeyError('inner handled')
    except KeyError:
        await Pause('in except')
        return repr(sys.exc_info()[1])


async def outer_handler():
    try:
        raise ValueError('outer handled')
    except ValueError:
        r = await handler_suspends()
        return r, repr(sys.exc_info()[1])


c = outer_handler()
print(c.send(None), repr(sys.exc_info()[1]))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(repr(sys.exc_info()[1]))


# exceptions out of a suspended chain, and caught in the middle
async def fails_after_pause():
    await Pause('about to fail')
    raise IndexError('deep failure')


async def catches_middle():
    try:
        await fails_after_pause()
    except IndexError as e:
        return 'caught ' + repr(e)


print(run(catches_middle()))


async def fails_at_once():
    raise OSError('at once')


async def catches_at_once():
    try:
        return await fails_at_once()
    except OSError as e:
        return 'caught ' + repr(e)


print(run(catches_at_once()))


# throw() and close() reach the innermost frame of a chain that suspended
async def guarded(tag):
    try:
        return await Pause(tag)
    except ValueError as e:
        return 'guarded caught ' + repr(e)
    finally:
        print('guarded finally', tag)


async def two_levels():
    r = await guarded('g1')
    return 'two_levels got ' + r


c = two_levels()
print(c.send(None))
try:
    c.throw(ValueError('thrown in'))
except StopIteration as e:
    print(e.value)
c = two_levels()
print(c.send(None))
c.close()
print(c.cr_frame, c.cr_await)

# a coroutine that suspends several times in loops, with values sent in at each step
async def accumulate(n):
    total = 0
    for i in range(n):
        total += await leaf(i, True) or 0
    return total


print(run(accumulate(4), [10, 20, 30, 40]))


# recursion: deep await chains that do not suspend, and that do
async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)


print(run(depth(200)))


async def depth_pause(n):
    if n == 0:
        await Pause('deepest')
        return 0
    return 1 + await depth_pause(n - 1)


print(run(depth_pause(100)))

try:
    run(depth(100000))
except RecursionError as e:
    print(type(e).__name__, e)


# awaiting coroutine objects made earlier (not awaited as they are called)
async def made_earlier():
    first = leaf('early', True)
    second = leaf('later', False)
    return [await second, await first]


print(run(made_earlier(), ['sent early']))


# the same coroutine function awaited inline and as an object, interleaved
async def mixed():
    a = leaf('a', True)
    b = await leaf('b', True)
    return [b, await a]


print(run(mixed(), ['B', 'A']))
