"""Helpers for the reduce protocol that copy (and pickle) use, written for wasmpy.

The VM's object has no __reduce_ex__ of its own, so reduce_object() here gives what CPython's
object.__reduce_ex__(2+) gives for instances of Python classes: recreate with cls.__new__, then
restore __dict__ and slot values.
"""

__all__ = ['pickle', 'constructor', 'dispatch_table', '__newobj__', '__newobj_ex__', 'reduce_object']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as the reducer of ob_type (copy consults it too)."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by reductions that need keyword arguments for __new__."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ values instances of cls can hold (private names mangled)."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        if '__slots__' not in c.__dict__:
            continue
        slots = c.__dict__['__slots__']
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = f'_{stripped}{name}'
            names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


def _default_state(obj):
    """What object.__getstate__ returns: the __dict__, plus a dict of the set slot values."""
    state = getattr(obj, '__dict__', None) or None
    slotnames = _slotnames(type(obj))
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def reduce_object(obj):
    """The reduction object.__reduce_ex__(2) gives: (__newobj__, (cls, *newargs), state,
    listitems, dictitems)."""
    cls = type(obj)
    if cls is not object and cls.__module__ == 'builtins':
        # Builtin instances (generators, frames…) cannot be rebuilt by __new__ and a state.
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func, newargs = __newobj_ex__, (cls, tuple(args), kwargs)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        func, newargs = __newobj__, (cls,) + (tuple(getnewargs()) if getnewargs is not None else ())
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not getattr(object, '__getstate__', None):
        state = getstate()
    else:
        state = _default_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems
