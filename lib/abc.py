"""Abstract base classes (PEP 3119), written for wasmpy.

ABCMeta gives a class a registry of virtual subclasses and makes isinstance() and issubclass()
consult it, the class's __subclasshook__, and its real subclasses. Answers are cached per
class; a registration anywhere invalidates the negative answers everywhere.
"""

from _wasmpy import collection_flags as _collection_flags, set_collection_flags as _set_collection_flags, \
    register_collection as _register_collection


def abstractmethod(funcobj):
    """Marks a method abstract: classes made by ABCMeta that do not override it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# Bumped by every register(): negative cache entries older than this are stale.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever an ABC's virtual subclasses change."""
    return _invalidation_counter


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def _abstract_names(cls, namespace, bases):
    names = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of abstract base classes (see the module's docstring)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if '__abc_tpflags__' in namespace:
            # collections.abc's Sequence and Mapping: what `case [...]`/`case {...}` accept.
            _set_collection_flags(cls, namespace['__abc_tpflags__'])
            del cls.__abc_tpflags__
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter
        # The direct subclasses made by this metaclass (every subclass of an ABC is).
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            names = sorted(missing)
            plural = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{plural} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns it (so it works as a decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        _invalidation_counter += 1
        # A class registered as a Sequence or Mapping matches as one, with its subclasses.
        _register_collection(subclass, _collection_flags(cls))
        return subclass

    def __instancecheck__(cls, instance):
        real = instance.__class__
        if real in cls._abc_cache:
            return True
        apparent = type(instance)
        if apparent is real:
            if cls._abc_negative_cache_version == _invalidation_counter and real in cls._abc_negative_cache:
                return False
            return cls.__subclasscheck__(real)
        return cls.__subclasscheck__(real) or cls.__subclasscheck__(apparent)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        answer = _decide_subclass(cls, subclass)
        (cls._abc_cache if answer else cls._abc_negative_cache).add(subclass)
        return answer

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def _decide_subclass(cls, subclass):
    hook = cls.__subclasshook__(subclass)
    if hook is not NotImplemented:
        return bool(hook)
    if cls in subclass.__mro__:
        return True
    if any(issubclass(subclass, registered) for registered in cls._abc_registry):
        return True
    return any(issubclass(subclass, real) for real in cls._abc_subclasses)


class ABC(metaclass=ABCMeta):
    """A helper base class: `class C(ABC)` instead of `class C(metaclass=ABCMeta)`."""
    __slots__ = ()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or removed."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__, cls.__bases__)
    return cls
