"""How callbacks appear in reprs and error messages: 'name(args) at FILE:LINE'."""

import functools
import inspect
import reprlib


def _function_source(func):
    """(filename, first line) of a Python function (through wrappers and partials), or None."""
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    if isinstance(func, functools.partial):
        return _function_source(func.func)
    return None


def _format_args(args, kwargs):
    items = [reprlib.repr(arg) for arg in args or ()]
    if kwargs:
        items.extend(f'{key}={reprlib.repr(value)}' for key, value in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        return _format_callback(func.func, func.args, func.keywords, _format_args(args, kwargs) + suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text
