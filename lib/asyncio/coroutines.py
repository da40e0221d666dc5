"""Telling coroutines and coroutine functions apart."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import inspect
import types

_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType)


def iscoroutinefunction(func):
    """Whether func is a coroutine function (async def, or marked by the old decorator)."""
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


def iscoroutine(obj):
    """Whether obj is a coroutine object (or a generator, as asyncio accepts them)."""
    if type(obj) in _COROUTINE_TYPES:
        return True
    return inspect.iscoroutine(obj) or hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, 'close') and hasattr(obj, '__await__')


def _format_coroutine(coro):
    """'name() running at FILE:LINE' or 'name() done, defined at FILE:LINE', as tasks' reprs show."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
