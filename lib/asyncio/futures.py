"""asyncio.Future: a result that arrives later. Done callbacks run through the loop's call_soon,
in the order they were added, once the future is finished or cancelled."""

__all__ = ('Future', 'isfuture', 'wrap_future')

import reprlib
from types import CoroutineType as _CoroutineType

import _asyncio

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


# The native future (vm-as/objects/future.ts), as CPython's _asyncio.Future.
Future = _asyncio.Future


def _future_repr_info(fut):
    """The words of a future's repr after its class name (Future._repr_info)."""
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append(f'exception={fut._exception!r}')
        else:
            info.append(f'result={reprlib.repr(fut._result)}')
    if fut._callbacks:
        info.append(_format_callbacks(fut._callbacks))
    return info


def _future_repr(fut):
    return '<{} {}>'.format(fut.__class__.__name__, ' '.join(fut._repr_info()))


# The future classes of asyncio itself (tasks.py adds its own).
_FUTURE_TYPES = {Future}


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
# (Native futures add themselves to this list in set_exception.)
_unretrieved = _asyncio._unretrieved


def _take_unretrieved(loop):
    """The loop's futures whose exception nobody retrieved (forgetting the loop's others)."""
    mine = [fut for fut in _unretrieved if fut._loop is loop]
    _unretrieved[:] = [fut for fut in _unretrieved if fut._loop is not loop]
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


# What the native futures take from here (as CPython's _asyncio imports them).
_asyncio.CancelledError = exceptions.CancelledError
_asyncio.InvalidStateError = exceptions.InvalidStateError
_asyncio.get_event_loop = events.get_event_loop
_asyncio.get_running_loop = events.get_running_loop
_asyncio._future_repr = _future_repr
_asyncio._future_repr_info = _future_repr_info
