# The Future and Task API in detail (CPython's _asyncio C types): argument errors, attributes,
# callbacks, cancellation counts, names, await protocol and subclasses.
import asyncio
import os
import types


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as exc:
        print(label, '->', type(exc).__name__ + ':', exc)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = loop.create_future()
print(type(fut).__module__, type(fut).__name__, asyncio.Task.__mro__)
print(fut._state, fut._callbacks, fut._result, fut._exception, fut._asyncio_future_blocking, fut._log_traceback)
print(fut.get_loop() is loop, fut._loop is loop, fut._source_traceback)
attempt('Future(1)', lambda: asyncio.Future(1))
attempt('Future(loop=, other=)', lambda: asyncio.Future(loop=loop, other=1))
attempt('Future(other=)', lambda: asyncio.Future(other=1))
attempt('Task(coro=, bad=)', lambda: asyncio.Task(coro=None, bad=1))
attempt('Task()', lambda: asyncio.Task())
attempt('Task(1, 2)', lambda: asyncio.Task(1, 2))
attempt('result()', fut.result)
attempt('exception()', fut.exception)
attempt('result(1)', lambda: fut.result(1))
attempt('add_done_callback()', lambda: fut.add_done_callback())
attempt('cancel(1, 2)', lambda: fut.cancel(1, 2))
attempt('_log_traceback = True', lambda: setattr(fut, '_log_traceback', True))
fut._asyncio_future_blocking = 1
print(fut._asyncio_future_blocking)
fut._asyncio_future_blocking = False


def cb(f):
    print('cb', f.result())


def other(f):
    print('other')


fut.add_done_callback(cb)
fut.add_done_callback(other)
fut.add_done_callback(cb)
# The repr names the callbacks' file: keep its name only (its folder differs between checkouts).
print(len(fut._callbacks), repr(fut).replace(__file__, os.path.basename(__file__)))
print(fut.remove_done_callback(cb), fut.remove_done_callback(cb), len(fut._callbacks))
fut.set_result(42)
attempt('set_result again', lambda: fut.set_result(1))
attempt('set_exception again', lambda: fut.set_exception(ValueError()))
print(fut, fut.done(), fut.cancelled(), fut.result(), fut._state, fut._callbacks)
loop.run_until_complete(asyncio.sleep(0))

bad = loop.create_future()
attempt('set_exception(StopIteration)', lambda: bad.set_exception(StopIteration))
attempt('set_exception(1)', lambda: bad.set_exception(1))
bad.set_exception(KeyError)
print(bad, repr(bad.exception()), bad._log_traceback)

cancelled = loop.create_future()
print(cancelled.cancel('why'), cancelled.cancel(), cancelled, cancelled._cancel_message)
attempt('cancelled.result()', cancelled.result)
attempt('cancelled.exception()', cancelled.exception)


async def waits(f):
    return await f


# Awaiting by hand: the first step gives the future itself (to wait for).
f2 = loop.create_future()
it = f2.__await__()
print(type(it).__name__, it.send(None) is f2, f2._asyncio_future_blocking)
attempt('second step while pending', lambda: next(it))
f3 = loop.create_future()
f3.set_result('r')
it = iter(f3)
attempt('next of a done future', lambda: next(it))
f4 = loop.create_future()
it = f4.__await__()
attempt('throw', lambda: it.throw(ValueError('thrown')))
attempt('throw type and value', lambda: f4.__await__().throw(KeyError, 'k'))
print(f4.__await__().close())


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None, tag=''):
        super().__init__(loop=loop)
        self.tag = tag

    def set_result(self, value):
        print('MyFuture.set_result', self.tag)
        super().set_result(value)


async def main():
    mine = MyFuture(tag='t')
    asyncio.get_running_loop().call_soon(mine.set_result, 5)
    print('awaited', await mine, mine.tag, asyncio.isfuture(mine))

    task = asyncio.current_task()
    print(task.get_name(), task.get_coro().__name__, task.cancelling(), task.uncancel(), task.get_context())
    task.set_name(123)
    print(repr(task.get_name()))
    attempt('task.set_result', lambda: task.set_result(1))
    attempt('task.set_exception', lambda: task.set_exception(ValueError()))
    print(asyncio.current_task() is task, asyncio.current_task(loop=asyncio.get_running_loop()) is task)

    sleeper = asyncio.create_task(asyncio.sleep(10), name='sleeper')
    await asyncio.sleep(0)
    print(sleeper)
    print(sleeper.cancel('stop'), sleeper.cancel(), sleeper.cancelling(), sleeper.uncancel(), sleeper.cancelling())
    print(sleeper)
    try:
        await sleeper
    except asyncio.CancelledError as exc:
        print('CancelledError', exc.args)
    print(sleeper, sleeper.cancel())

    named = asyncio.Task(waits(loop_future()), name=None)
    print(named.get_name().startswith('Task-'), named in asyncio.all_tasks())
    named.cancel()
    await asyncio.sleep(0)
    print(named.cancelled(), named in asyncio.all_tasks())
    attempt('Task(1)', lambda: asyncio.Task(1))
    attempt('create_task(1)', lambda: asyncio.create_task(1))


def loop_future():
    return asyncio.get_running_loop().create_future()


class MyTask(asyncio.Task):
    pass


async def child():
    await asyncio.sleep(0)
    return 'child done'


async def with_subclass():
    asyncio.get_running_loop().set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    t = asyncio.create_task(child())
    print(type(t).__name__, await t)


asyncio.run(main())
asyncio.run(with_subclass())


# What a task's coroutine must not yield or await.
@types.coroutine
def yields(value):
    yield value


async def bad_awaits():
    for value in [5, (i for i in ())]:
        try:
            await yields(value)
        except RuntimeError as exc:
            print(str(exc).split(' in task')[0].split(':')[0])
    other = asyncio.new_event_loop()
    try:
        await other.create_future()
    except RuntimeError as exc:
        print('attached to a different loop' in str(exc))
    try:
        await asyncio.current_task()
    except RuntimeError as exc:
        print(str(exc).split(':')[0])


asyncio.run(bad_awaits())
