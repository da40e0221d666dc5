"""asyncio.Task — a coroutine driven by the event loop, one step per ready-queue turn — and the
functions built on tasks: create_task, ensure_future, sleep, gather, current_task, all_tasks."""

__all__ = ('Task', 'create_task', 'ensure_future', 'sleep', 'gather', 'current_task', 'all_tasks')

import inspect
import itertools
import types

from . import coroutines
from . import events
from . import exceptions
from . import futures

_next_task_number = itertools.count(1).__next__

# The pending tasks of every loop, in creation order (a task leaves when it is done).
_pending_tasks = {}
# The task each loop is stepping now.
_current_tasks = {}


class Task(futures.Future):
    """Runs a coroutine: each step sends into it (or throws into it) until it yields a future to
    wait for; the future's done callback schedules the next step."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        # CPython's counter advances for named tasks too.
        number = _next_task_number()
        self._name = f'Task-{number}' if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop.call_soon(self._step, context=context)
        _pending_tasks[self] = None

    def __repr__(self):
        info = self._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{coroutines._format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(info))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None or self.done() else [frame]

    def cancel(self, msg=None):
        """Asks the task to stop: CancelledError is thrown into its coroutine at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The waiter's cancellation wakes the task up with CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self._state != futures._PENDING:
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            result = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish()
            futures.Future.set_exception(self, error)
            raise
        except BaseException as error:
            self._finish()
            futures.Future.set_exception(self, error)
        else:
            self._wait_for(result)
        finally:
            _leave_task(loop, self)
            self = None  # no reference cycle through the exception's traceback

    def _finish(self):
        _pending_tasks.pop(self, None)

    def _wait_for(self, result):
        """What the coroutine yielded: a future to wait for, or None (a bare yield: step again soon)."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
            elif not blocking:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
            elif result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif result is None:
            self._loop.call_soon(self._step, context=self._context)
            return
        elif inspect.isgenerator(result):
            error = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
        self._loop.call_soon(self._step, error, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {current!r}.')
    del _current_tasks[loop]


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


def _register_task(task):
    _pending_tasks[task] = None


def _unregister_task(task):
    _pending_tasks.pop(task, None)


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop as a task."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    """A future as is; a coroutine or other awaitable wrapped in a task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
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
