# contextlib's asynchronous parts: asynccontextmanager, aclosing, AsyncExitStack (and the
# synchronous counterparts they share their machinery with).
import contextlib
from contextlib import asynccontextmanager, aclosing, AsyncExitStack, contextmanager, ExitStack


def run(coro):
    try:
        while True:
            print('  yielded', repr(coro.send(None)))
    except StopIteration as e:
        return e.value


class Pause:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        yield self.what


@asynccontextmanager
async def resource(name, log):
    log.append('open ' + name)
    await Pause('opening ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled ' + repr(e))
    finally:
        await Pause('closing ' + name)
        log.append('close ' + name)


async def basic():
    log = []
    async with resource('a', log) as r:
        log.append('body ' + r)
    async with resource('b', log):
        raise KeyError('suppressed')
    try:
        async with resource('c', log):
            raise ValueError('propagates')
    except ValueError as e:
        log.append('caught ' + repr(e))
    return log


for line in run(basic()):
    print(line)
print(resource.__name__, type(resource('x', [])).__name__)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def reraises_other():
    try:
        yield
    except ValueError:
        raise TypeError('converted')


async def misuse(cm):
    try:
        async with cm:
            pass
    except RuntimeError as e:
        return type(e).__name__ + ': ' + str(e)


print(run(misuse(no_yield())))
print(run(misuse(two_yields())))


async def converted():
    try:
        async with reraises_other():
            raise ValueError('original')
    except TypeError as e:
        return repr(e), repr(e.__context__)


print(run(converted()))


# as a decorator
@resource('deco', [])
async def decorated(x):
    return x * 2


print(run(decorated(21)))


# aclosing closes an async generator early
async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers closed')


async def first_two():
    out = []
    async with aclosing(numbers()) as agen:
        async for n in agen:
            out.append(n)
            if n == 1:
                break
    return out


print(run(first_two()))


# AsyncExitStack
class AsyncManager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print('enter', self.name)
        return self.name

    async def __aexit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress


async def stacked():
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(AsyncManager(n)) for n in 'xyz']
        stack.callback(print, 'sync callback')

        async def later(msg):
            await Pause('in callback')
            print('async callback', msg)

        stack.push_async_callback(later, 'hello')
        stack.enter_context(contextlib.nullcontext())
        print('entered', names)
    return 'stack done'


print(run(stacked()))


async def stacked_error():
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncManager('outer'))
            await stack.enter_async_context(AsyncManager('suppressor', suppress=True))
            await stack.enter_async_context(AsyncManager('inner'))
            raise IndexError('in body')
    except IndexError:
        return 'not suppressed'
    return 'suppressed'


print(run(stacked_error()))


async def exit_raises():
    async def bad_exit(*exc):
        raise KeyError('from exit')

    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(bad_exit)
            raise ValueError('from body')
    except KeyError as e:
        return repr(e), repr(e.__context__)


print(run(exit_raises()))


async def pop_all():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(AsyncManager('moved'))
        moved = stack.pop_all()
    print('stack exited; moved not yet')
    await moved.aclose()
    return 'closed'


print(run(pop_all()))


async def not_a_manager():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(object())


try:
    run(not_a_manager())
except TypeError as e:
    print(type(e).__name__, e)


# the synchronous ones
@contextmanager
def sync_cm(tag):
    print('sync enter', tag)
    try:
        yield tag
    finally:
        print('sync exit', tag)


with sync_cm('s') as t:
    print('inside', t)
with ExitStack() as stack:
    for tag in 'ab':
        stack.enter_context(sync_cm(tag))
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppressed division')
with contextlib.closing(type('C', (), {'close': lambda self: print('closing called')})()):
    pass
