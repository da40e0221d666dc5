"""asyncio.Task — a coroutine driven by the event loop, one step per ready-queue turn — and the
functions built on tasks: create_task, ensure_future, sleep, gather, current_task, all_tasks."""

__all__ = ('Task', 'create_task', 'ensure_future', 'sleep', 'gather', 'current_task', 'all_tasks',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'shield',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

import functools
import inspect
import types
from types import CoroutineType as _CoroutineType

from . import coroutines
from . import events
from . import exceptions
from . import futures

import _asyncio

# The native task (vm-as/objects/task.ts), as CPython's _asyncio.Task, and its registries: the
# pending tasks of every loop, in creation order (a task leaves when it is done), and the task
# each loop is stepping now.
Task = _asyncio.Task
_pending_tasks = _asyncio._pending_tasks
_current_tasks = _asyncio._current_tasks
_register_task = _asyncio._register_task
_unregister_task = _asyncio._unregister_task
_enter_task = _asyncio._enter_task
_leave_task = _asyncio._leave_task


def _task_repr_info(task):
    """The words of a task's repr after its class name (Task._repr_info)."""
    info = futures._future_repr_info(task)
    if task._num_cancels_requested and not task.done():
        info[0] = 'cancelling'
    info.insert(1, f'name={task.get_name()!r}')
    info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    if task._fut_waiter is not None:
        info.insert(3, f'wait_for={task._fut_waiter!r}')
    return info


def current_task(loop=None):
    """The task running now (None outside tasks)."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks not yet done."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in list(_pending_tasks) if futures._get_loop(task) is loop and not task.done()}


def _take_pending(loop):
    """The loop's pending tasks, forgotten (the loop is closed: they can never run again)."""
    mine = [task for task in _pending_tasks if task._loop is loop]
    for task in mine:
        del _pending_tasks[task]
    return [task for task in mine if not task.done()]


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop as a task."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    """A future as is; a coroutine or other awaitable wrapped in a task."""
    wrapped = False
    if type(coro_or_future) is _CoroutineType:
        pass  # the common case, without the checks below
    elif futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    elif not coroutines.iscoroutine(coro_or_future):
        if not inspect.isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
        wrapped = True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


@types.coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    """Suspends for delay seconds (sleep(0) lets every other ready task run once); returns result."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children, as Task.cancel() would."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the awaitables, in their order. The first exception
    (or cancellation) finishes it unless return_exceptions, which collects them as results."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    children = []
    finished = 0
    outer = None

    def child_done(child):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()  # retrieved: no "never retrieved" report
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == len(futures_by_arg):
            results = [_gathered_result(fut) for fut in children]
            if outer._cancel_requested:
                outer.set_exception(child._make_cancelled_error())
            else:
                outer.set_result(results)

    futures_by_arg = {}
    loop = None
    for arg in coros_or_futures:
        fut = futures_by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            futures_by_arg[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _gathered_result(fut):
    if fut.cancelled():
        return exceptions.CancelledError('' if fut._cancel_message is None else fut._cancel_message)
    exc = fut.exception()
    return fut.result() if exc is None else exc


# ---- waiting for futures: wait, wait_for, as_completed, shield ----

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancels fut and waits until it is done (its coroutine may take steps to clean up)."""
    waiter = fut.get_loop().create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """The awaitable's result, or TimeoutError (after cancelling it) when timeout seconds pass first."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        return _result_or_timeout(fut)

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            # wait_for itself was cancelled: so is the awaitable, unless it finished meanwhile.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        return _result_or_timeout(fut)
    finally:
        timer.cancel()


def _result_or_timeout(fut):
    """After a timeout cancelled fut: its result if it finished anyway, else TimeoutError."""
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise exceptions.TimeoutError() from exc


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures and tasks until return_when holds (or timeout passes); returns the
    sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()

    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Coroutines to await in turn, each giving the result of the next awaitable to finish (or
    raising TimeoutError once timeout seconds have passed). A generator: nothing starts before
    the first iteration."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    finished = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)  # each waiting coroutine then raises TimeoutError
        todo.clear()

    def on_completion(f):
        if not todo:
            return  # the timeout came first
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_result():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_result()


def shield(arg):
    """A future for the awaitable that can be cancelled without cancelling the awaitable."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: no "never retrieved" report
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


futures._FUTURE_TYPES.update((Task, _GatheringFuture))

_asyncio._task_repr_info = _task_repr_info
_asyncio.iscoroutine = coroutines.iscoroutine
