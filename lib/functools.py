"""Higher-order functions and operations on callables, written for wasmpy.

Everything here is plain Python: partial objects, the lru_cache wrapper and singledispatch are
functions and small classes rather than C types, so their reprs name Python classes, but they
behave as CPython 3.11's do.
"""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
    'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch',
    'singledispatchmethod', 'cached_property',
]

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from _wasmpy import extension_type as _extension_type


# --- update_wrapper and wraps ---------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the assigned attributes, merges the updated ones,
    and records wrapped as wrapper.__wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped.__dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) applied to a wrapper of f."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- total_ordering ----------------------------------------------------------------------------
# Each derived comparison calls the root one through the type, returns NotImplemented when the
# root does, and otherwise combines it with == as CPython's functools does.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in the missing ordering methods from the one defined."""
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# --- cmp_to_key -------------------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Converts an old-style cmp function into a key= function."""
    return KeyWrapper(mycmp)


@_extension_type
class KeyWrapper:
    """What cmp_to_key returns: called with an object, it wraps it in a KeyWrapper whose
    comparisons call the cmp function (as CPython's C KeyWrapper type)."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0

    __hash__ = None


# --- reduce -----------------------------------------------------------------------------------

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /):
    """reduce(function, iterable[, initial]) -> value: folds the items from the left."""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# --- partial and partialmethod ----------------------------------------------------------------

@_extension_type
class partial:
    """partial(func, *args, **keywords): a callable that calls func with args and keywords
    prepended to (and merged with) the ones it is called with."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        qualname = type(self).__qualname__
        module = type(self).__module__
        name = f'{module}.{qualname}' if module != 'builtins' else qualname
        pieces = [repr(self.func)]
        pieces.extend(repr(x) for x in self.args)
        pieces.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"{name}({', '.join(pieces)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        func, args, kwds, namespace = state
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds else {}
        if namespace:
            self.__dict__.update(namespace)




class partialmethod:
    """Like partial, but a descriptor: the partial arguments go after self (or cls)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        pieces = [repr(self.func)]
        pieces.extend(repr(x) for x in self.args)
        pieces.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(pieces)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # A descriptor (classmethod, staticmethod, a bound method…) did the binding.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# --- lru_cache ----------------------------------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], module='functools')

# Separates positional from keyword arguments in a cache key.
_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments (and their types when typed), flat in a tuple."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator that memoises a function, keeping the maxsize most recently used results
    (all of them when maxsize is None). With typed=True, 3 and 3.0 are cached apart.
    The wrapper has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    if maxsize == 0:
        wrapper, info, clear = _uncached(user_function)
    elif maxsize is None:
        wrapper, info, clear = _unbounded_cache(user_function, typed)
    else:
        wrapper, info, clear = _bounded_cache(user_function, maxsize, typed)

    def cache_info():
        """Report cache statistics."""
        hits, misses, currsize = info()
        return _CacheInfo(hits, misses, maxsize, currsize)

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def _uncached(user_function):
    """maxsize=0: no caching, only statistics."""
    misses = 0

    def wrapper(*args, **kwds):
        nonlocal misses
        misses += 1
        return user_function(*args, **kwds)

    def info():
        return 0, misses, 0

    def clear():
        nonlocal misses
        misses = 0

    return wrapper, info, clear


def _unbounded_cache(user_function, typed):
    """maxsize=None: a plain dict, nothing is ever evicted."""
    cache = {}
    hits = misses = 0
    sentinel = object()

    def wrapper(*args, **kwds):
        nonlocal hits, misses
        key = _make_key(args, kwds, typed)
        result = cache.get(key, sentinel)
        if result is not sentinel:
            hits += 1
            return result
        misses += 1
        result = user_function(*args, **kwds)
        cache[key] = result
        return result

    def info():
        return hits, misses, len(cache)

    def clear():
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    return wrapper, info, clear


# Fields of a link of the bounded cache's circular doubly linked list (oldest after root).
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


def _bounded_cache(user_function, maxsize, typed):
    """A dict from key to link, plus a circular list of links in order of use."""
    cache = {}
    hits = misses = 0
    full = False
    root = []
    root[:] = [root, root, None, None]

    def wrapper(*args, **kwds):
        nonlocal root, hits, misses, full
        key = _make_key(args, kwds, typed)
        link = cache.get(key)
        if link is not None:
            # Move the link to the most recently used end.
            link_prev, link_next, _key, result = link
            link_prev[_NEXT] = link_next
            link_next[_PREV] = link_prev
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            hits += 1
            return result
        misses += 1
        result = user_function(*args, **kwds)
        if key in cache:
            # A recursive call already cached this key; its link is in place.
            pass
        elif full:
            # Reuse the old root as the new link and make the oldest link the new root.
            oldroot = root
            oldroot[_KEY] = key
            oldroot[_RESULT] = result
            root = oldroot[_NEXT]
            oldkey = root[_KEY]
            root[_KEY] = root[_RESULT] = None
            del cache[oldkey]
            cache[key] = oldroot
        else:
            last = root[_PREV]
            link = [last, root, key, result]
            last[_NEXT] = root[_PREV] = cache[key] = link
            full = len(cache) >= maxsize
        return result

    def info():
        return hits, misses, len(cache)

    def clear():
        nonlocal hits, misses, full
        cache.clear()
        root[:] = [root, root, None, None]
        hits = misses = 0
        full = False

    return wrapper, info, clear


def cache(user_function, /):
    """Simple unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# --- singledispatch ---------------------------------------------------------------------------

def _is_union_type(cls):
    from typing import Union, get_origin
    return get_origin(cls) is Union


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    try:
        from typing import get_args
        return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))
    except ImportError:
        return False


def _find_impl(cls, registry):
    """The implementation registered for the most specific class of cls's MRO, counting the
    abstract classes cls is a (possibly virtual) subclass of."""
    mro = cls.__mro__
    for base in mro:
        if base in registry:
            best = base
            break
    else:
        best = None
    # An ABC registered in the registry that cls (virtually) subclasses, and that is more
    # specific than the best class found in the MRO, wins.
    for typ in registry:
        if typ in mro or typ is object:
            continue
        try:
            matches = issubclass(cls, typ)
        except TypeError:
            continue
        if not matches:
            continue
        if best is None or best is object or (issubclass(typ, best) and typ is not best):
            best = typ
        elif not issubclass(best, typ) and best not in mro:
            raise RuntimeError(f'Ambiguous dispatch: {best} or {typ}')
    return registry.get(best)


def singledispatch(func):
    """Makes func a generic function that dispatches on the type of its first argument;
    func.register(cls) adds an implementation."""
    import types

    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation for cls (the best registered match of its MRO)."""
        nonlocal cache_token
        if cache_token is not None:
            current_token = get_cache_token()
            if cache_token != current_token:
                dispatch_cache.clear()
                cache_token = current_token
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Registers func for cls; used as @register(cls), @register with an annotated first
        parameter, or register(cls, func)."""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.')
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- cached_property --------------------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the instance's __dict__
    (where later lookups find it before this non-data descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f'instance to cache {self.attrname!r} property.')
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                       f'does not support item assignment for caching {self.attrname!r} property.')
                raise TypeError(msg) from None
        return val
