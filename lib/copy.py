"""Shallow and deep copy operations, written for wasmpy.

copy(x) and deepcopy(x) handle the builtin containers directly; other objects copy themselves
with __copy__ / __deepcopy__(memo), or are rebuilt from their reduction (__reduce_ex__,
__reduce__, or the default one copyreg.reduce_object gives for instances of Python classes).
"""

import types
from copyreg import dispatch_table, reduce_object

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

# Types whose instances are immutable (or have no state to copy): copying returns them.
_atomic_types = (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
                 slice, property, types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
                 types.FunctionType, types.CodeType)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _shallow_copiers:
        return _shallow_copiers[cls](x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_atomic(x):
    return x


def _copy_container(x):
    return x.copy()


_shallow_copiers = {t: _copy_atomic for t in _atomic_types}
_shallow_copiers.update({list: _copy_container, dict: _copy_container, set: _copy_container,
                         bytearray: _copy_container})


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deep_copiers.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # A copy that is the object itself (atomic) is not memoised.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself (through a list) was copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {t: _deepcopy_atomic for t in _atomic_types if t is not tuple}
_deep_copiers.update({list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict,
                      set: _deepcopy_set, types.MethodType: _deepcopy_method,
                      bytearray: lambda x, memo: x.copy()})


def _keep_alive(x, memo):
    """Keeps x alive as long as memo (its id is a key there, so it must not be reused)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """x's reduction: from copyreg's dispatch table, __reduce_ex__(4), __reduce__, or the default."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not getattr(object, '__reduce_ex__', None):
        return x.__reduce_ex__(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not getattr(object, '__reduce__', None):
        return x.__reduce__()
    return reduce_object(x)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """Rebuilds a copy of x from its reduction; deep when memo is given."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
