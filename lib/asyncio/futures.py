"""asyncio.Future: a result that arrives later. Done callbacks run through the loop's call_soon,
in the order they were added, once the future is finished or cancelled."""

__all__ = ('Future', 'isfuture', 'wrap_future')

import reprlib
from types import CoroutineType as _CoroutineType

from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj acts as an asyncio future (has the marker attribute, and it is not a class)."""
    cls = type(obj)
    if cls in _FUTURE_TYPES:
        return True
    # (A missing attribute is costly here: it builds an AttributeError. Rule out coroutines first.)
    if cls is _CoroutineType:
        return False
    return hasattr(obj.__class__, '_asyncio_future_blocking') and obj._asyncio_future_blocking is not None


class Future:
    # Slots: futures are made often, and fixed fields keep them small (as CPython's C futures).
    # _asyncio_future_blocking is True while a task's coroutine yields this future to wait for it.
    __slots__ = ('_state', '_result', '_exception', '_exception_tb', '_loop', '_callbacks', '_cancel_message',
                 '_cancelled_exc', '_asyncio_future_blocking', '_log_traceback', '__dict__')

    def __init__(self, *, loop=None):
        _init_future(self, events.get_event_loop() if loop is None else loop)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={reprlib.repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise: the one that cancelled a task, or a new one with the message."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        exc = exceptions.CancelledError() if self._cancel_message is None else exceptions.CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        schedule = self._loop._call_soon
        args = (self,)
        for callback, context in callbacks:
            schedule(callback, args, context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop._call_soon(fn, (self,), context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        _unretrieved.append(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


# The future classes of asyncio itself (tasks.py adds its own).
_FUTURE_TYPES = {Future}


def _init_future(fut, loop):
    """A pending future's fields (Future.__init__, and Task's)."""
    fut._state = _PENDING
    fut._result = None
    fut._exception = None
    fut._exception_tb = None
    fut._loop = loop
    fut._callbacks = []
    fut._cancel_message = None
    fut._cancelled_exc = None
    fut._asyncio_future_blocking = False
    fut._log_traceback = False


def _format_callbacks(callbacks):
    """cb=[first, <N more>, last], as CPython's future reprs list done callbacks."""
    def source(entry):
        return format_helpers._format_callback_source(entry[0], ())
    n = len(callbacks)
    if n == 1:
        text = source(callbacks[0])
    elif n == 2:
        text = f'{source(callbacks[0])}, {source(callbacks[1])}'
    else:
        text = f'{source(callbacks[0])}, <{n - 2} more>, {source(callbacks[-1])}'
    return f'cb=[{text}]'


# Futures whose exception may never be retrieved. CPython reports those when they are destroyed;
# without finalizers, the loop reports them when it is closed (base_events.py).
_unretrieved = []


def _take_unretrieved(loop):
    """The loop's futures whose exception nobody retrieved (forgetting the loop's others)."""
    global _unretrieved
    mine = [fut for fut in _unretrieved if fut._loop is loop]
    _unretrieved = [fut for fut in _unretrieved if fut._loop is not loop]
    return [fut for fut in mine if fut._log_traceback]


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
