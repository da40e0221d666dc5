# Future and Task objects: states, results, exceptions, callbacks, names.
import asyncio


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, 'raises', type(e).__name__, e)


async def coro(value):
    await asyncio.sleep(0)
    return value


async def main():
    loop = asyncio.get_running_loop()

    f = loop.create_future()
    print(f, f.done(), f.cancelled(), f.get_loop() is loop)
    show('result', f.result)
    show('exception', f.exception)
    f.set_result([1, 2])
    print(f, f.done(), f.result(), f.exception())
    show('set again', lambda: f.set_result(3))
    show('set exception', lambda: f.set_exception(ValueError()))
    show('cancel finished', f.cancel)

    f = asyncio.Future()
    f.set_exception(KeyError('k'))
    print(f)
    show('result', f.result)
    print(repr(f.exception()))

    f = loop.create_future()
    f.set_exception(RuntimeError)
    print(repr(f.exception()))
    show('StopIteration', lambda: loop.create_future().set_exception(StopIteration()))

    f = loop.create_future()
    print(f.cancel('because'), f.cancel(), f.cancelled(), f.done(), f)
    show('result', f.result)
    show('exception', f.exception)
    try:
        await f
    except asyncio.CancelledError as e:
        print('await cancelled:', e.args)

    # done callbacks: called with the future, in order, through the loop
    f = loop.create_future()
    def cb(name):
        return lambda fut: print('callback', name, fut.result())
    a, b = cb('a'), cb('b')
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    print(f.remove_done_callback(a), f.remove_done_callback(print))
    f.set_result('x')
    print('set_result returned')
    await asyncio.sleep(0)
    f.add_done_callback(cb('late'))
    print('added to done future')
    await asyncio.sleep(0)

    # await a future set later
    f = loop.create_future()
    loop.call_soon(f.set_result, 'later')
    print(await f)

    # tasks
    t = asyncio.create_task(coro(5), name='five')
    print(t.get_name(), t.done(), asyncio.iscoroutine(t.get_coro()), t.get_coro().__qualname__)
    show('task result early', t.result)
    t.set_name('renamed')
    print(t.get_name(), await t, t.result(), t.exception(), t.done())
    show('task set_result', lambda: t.set_result(1))
    show('task set_exception', lambda: t.set_exception(ValueError()))
    print(asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(coro), asyncio.isfuture(1))

    async def raiser():
        raise ZeroDivisionError('zero')
    t = asyncio.create_task(raiser())
    try:
        await t
    except ZeroDivisionError as e:
        print('awaited task raised', e)
    print(repr(t.exception()))

    t = asyncio.create_task(coro(1))
    t.add_done_callback(lambda task: print('task callback', task.result()))
    await t
    await asyncio.sleep(0)

    show('task of non-coroutine', lambda: asyncio.create_task(42))
    show('ensure_future of int', lambda: asyncio.ensure_future(1))
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro('ensured'))
    print(type(t).__name__, await t)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'custom'
    print(await asyncio.ensure_future(Awaitable()))
    print(await Awaitable())

    # current_task and all_tasks
    me = asyncio.current_task()
    print(me.get_name(), me.done(), me is asyncio.current_task(loop))
    ts = [asyncio.create_task(coro(i), name=f'n{i}') for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me, me in asyncio.all_tasks())


asyncio.run(main(), debug=False)
print(asyncio.Future.__name__, asyncio.Task.__mro__[1] is asyncio.Future)
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.InvalidStateError, Exception))
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print(e)
