"""Container datatypes, written for wasmpy: deque, defaultdict, OrderedDict, Counter,
namedtuple, ChainMap, UserDict, UserList and UserString.

There is no native _collections module, so deque is Python too (see its docstring for how it
stays O(1) at both ends). defaultdict, OrderedDict and Counter are dict subclasses: lookups,
stores and iteration stay in the VM's dict, and only their own behaviour is Python.
"""

__all__ = [
    'ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict',
    'deque', 'namedtuple',
]

import _collections_abc
import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq, itemgetter as _itemgetter
from reprlib import recursive_repr as _recursive_repr
from types import GenericAlias as _GenericAlias
from _wasmpy import extension_type as _extension_type, set_collection_flags as _set_collection_flags


# --- deque ----------------------------------------------------------------------------------

@_extension_type
class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    # The items are held in two lists: _left holds the left part reversed (its last item is the
    # deque's first), _right the right part in order. Appends and pops at either end are then
    # one native list operation; when the end being popped is empty, the other list is split in
    # half (amortised O(1)). That is faster here than a ring buffer, whose every operation
    # would be index arithmetic in Python.
    __slots__ = ('_left', '_right', '_maxlen')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    # Moving items between the two halves when the one an operation needs is empty.

    def _refill_right(self):
        """Moves the right half of _left (the deque's middle items) to the empty _right."""
        left = self._left
        half = (len(left) + 1) // 2
        moved = left[:half]
        moved.reverse()
        self._right = moved
        del left[:half]

    def _refill_left(self):
        """Moves the left half of _right to the empty _left, reversed."""
        right = self._right
        half = (len(right) + 1) // 2
        moved = right[:half]
        moved.reverse()
        self._left = moved
        del right[:half]

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._right.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._left.append(x)
        if self._maxlen is not None and len(self._left) + len(self._right) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return an element from the right side of the deque."""
        right = self._right
        if right:
            return right.pop()
        if not self._left:
            raise IndexError('pop from an empty deque')
        self._refill_right()
        return self._right.pop()

    def popleft(self):
        """Remove and return an element from the left side of the deque."""
        left = self._left
        if left:
            return left.pop()
        if not self._right:
            raise IndexError('pop from an empty deque')
        self._refill_left()
        return self._left.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        self._right.extend(iterable)
        self._trim_left()

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        self._left.extend(iterable)
        self._trim_right()

    def _trim_left(self):
        """Drops items from the left until the deque fits its maxlen."""
        maxlen = self._maxlen
        if maxlen is None:
            return
        excess = len(self) - maxlen
        if excess > 0:
            self._set_items(list(self)[excess:])

    def _trim_right(self):
        """Drops items from the right until the deque fits its maxlen."""
        maxlen = self._maxlen
        if maxlen is None:
            return
        if len(self) > maxlen:
            self._set_items(list(self)[:maxlen])

    def _set_items(self, items):
        """Replaces the contents by the list items (in order), split evenly between the halves."""
        half = len(items) // 2
        left = items[:half]
        left.reverse()
        self._left = left
        self._right = items[half:]

    def clear(self):
        """Remove all elements from the deque."""
        self._left = []
        self._right = []

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is not deque:
            if self._maxlen is None:
                return type(self)(self)
            return type(self)(self, self._maxlen)
        new = deque((), self._maxlen)
        new._left = self._left[:]
        new._right = self._right[:]
        return new

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        return self._left.count(value) + self._right.count(value)

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value.

Raises ValueError if the value is not present."""
        n = len(self)
        start, stop, _ = slice(start, stop).indices(n)
        for i in range(start, stop):
            item = self[i]
            if item is value or item == value:
                return i
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        """Insert value before index."""
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(index, value)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        n = len(self)
        for i in range(n):
            item = self[i]
            if item is value or item == value:
                if len(self) != n:
                    raise IndexError('deque mutated during remove().')
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if n <= size // 2:
            for _ in range(n):
                self._left.append(self.pop())
        else:
            for _ in range(size - n):
                self._right.append(self.popleft())

    def _locate(self, index):
        """The half holding item index and the item's position in it (IndexError if outside)."""
        if not isinstance(index, int):
            if hasattr(index, '__index__'):
                index = index.__index__()
            else:
                raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
        left = self._left
        nleft = len(left)
        n = nleft + len(self._right)
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        if index < nleft:
            return left, nleft - 1 - index
        return self._right, index - nleft

    def __getitem__(self, index):
        half, i = self._locate(index)
        return half[i]

    def __setitem__(self, index, value):
        half, i = self._locate(index)
        half[i] = value

    def __delitem__(self, index):
        half, i = self._locate(index)
        del half[i]

    def __contains__(self, value):
        return value in self._left or value in self._right

    def __iter__(self):
        left = self._left
        right = self._right
        n = len(left) + len(right)
        for i in range(len(left) - 1, -1, -1):
            if len(self._left) + len(self._right) != n:
                raise RuntimeError('deque mutated during iteration')
            yield left[i]
        for item in right:
            if len(self._left) + len(self._right) != n:
                raise RuntimeError('deque mutated during iteration')
            yield item

    def __reversed__(self):
        left = self._left
        right = self._right
        n = len(left) + len(right)
        for i in range(len(right) - 1, -1, -1):
            if len(self._left) + len(self._right) != n:
                raise RuntimeError('deque mutated during iteration')
            yield right[i]
        for item in left:
            if len(self._left) + len(self._right) != n:
                raise RuntimeError('deque mutated during iteration')
            yield item

    def _items(self):
        """The items as a new list, left to right."""
        items = self._left[::-1]
        items.extend(self._right)
        return items

    @_recursive_repr('[...]')
    def __repr__(self):
        items = repr(self._items())
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({items})'
        return f'{name}({items}, maxlen={self._maxlen})'

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, state, iter(self._items())

    # Comparisons are those of the item lists, and only between deques.

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        items = self._items()
        if n <= 0 or not items:
            self.clear()
            return self
        self.clear()
        self.extend(items * n)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


# --- defaultdict ----------------------------------------------------------------------------

@_extension_type
class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    @_recursive_repr()
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        return f'{type(self).__name__}({self._factory_repr()}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# --- OrderedDict ----------------------------------------------------------------------------

@_extension_type
class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # The VM's dict already keeps insertion order, so only reordering and order-sensitive
    # equality need code here.

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return _OrderedDictKeysView(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return _OrderedDictItemsView(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return _OrderedDictValuesView(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(dict.items(self))!r})'

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(dict.items(self))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class _OrderedDictKeysView(_collections_abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        return dict.__iter__(self._mapping)

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f'odict_keys({list(self)!r})'


class _OrderedDictItemsView(_collections_abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return f'odict_items({list(self)!r})'


class _OrderedDictValuesView(_collections_abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return f'odict_values({list(self)!r})'


# --- namedtuple -----------------------------------------------------------------------------

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        field_names = _renamed_fields(field_names)
    _check_names(typename, field_names, rename)
    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    __new__ = _make_tuple_new(typename, field_names, defaults)
    namespace = _namedtuple_methods(typename, field_names, num_fields)
    namespace.update({
        '__doc__': f'{typename}({arg_list.rstrip(",")})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '__match_args__': field_names,
    })
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(_itemgetter(index), doc=f'Alias for field number {index}')
    # The module goes in the namespace: the VM ignores __module__ assigned to a class later.
    if module is None:
        module = _caller_module()
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


@_extension_type
class _tuplegetter(property):
    """A namedtuple field: property(itemgetter(index)), whose reads stay native, read-only with
    the error CPython's C _tuplegetter gives."""

    # Each field's own doc (the class docstring would hide property's __doc__ otherwise).
    __doc__ = property.__dict__['__doc__']

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _renamed_fields(field_names):
    """rename=True: invalid, keyword, underscore-led and duplicate names become _index."""
    seen = set()
    names = list(field_names)
    for index, name in enumerate(names):
        if (not name.isidentifier() or _iskeyword(name) or name.startswith('_') or name in seen):
            names[index] = f'_{index}'
        seen.add(name)
    return names


def _check_names(typename, field_names, rename):
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)


def _make_tuple_new(typename, field_names, defaults):
    """The class's __new__, compiled from source so that its signature (and the errors a wrong
    call gets, which name Typename.__new__) are those of the fields."""
    arg_list = ', '.join(field_names)
    trailing = ',' if len(field_names) == 1 else ''
    source = (f'class {typename}:\n'
              f' def __new__(_cls, {arg_list}):\n'
              f'  return _tuple_new(_cls, ({arg_list}{trailing}))\n')
    namespace = {'_tuple_new': tuple.__new__, '__name__': f'namedtuple_{typename}'}
    exec(source, namespace)
    __new__ = namespace[typename].__dict__['__new__']
    if isinstance(__new__, staticmethod):
        __new__ = __new__.__func__
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults:
        __new__.__defaults__ = defaults
    return __new__


def _namedtuple_methods(typename, field_names, num_fields):
    """The methods every namedtuple class gets, closed over its fields."""
    tuple_new = tuple.__new__
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    methods = {'_make': _make, '_replace': _replace, '__repr__': __repr__, '_asdict': _asdict,
               '__getnewargs__': __getnewargs__}
    for name, method in methods.items():
        func = method.__func__ if isinstance(method, classmethod) else method
        func.__qualname__ = f'{typename}.{name}'
    return methods


def _caller_module():
    """The __name__ of the module that called namedtuple(). Without sys._getframe (the VM has
    none yet) it is taken to be the main program, where most namedtuples are made."""
    getframe = getattr(_sys, '_getframe', None)
    if getframe is None:
        return '__main__'
    try:
        return getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


# --- Counter --------------------------------------------------------------------------------

class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        # sorted() is stable, so equal counts keep their insertion order, as in CPython.
        ordered = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Rich comparisons treat missing elements as having a zero count.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        """
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# --- ChainMap -------------------------------------------------------------------------------

class ChainMap(_collections_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# --- UserDict, UserList, UserString ------------------------------------------------------------

class UserDict(_collections_abc.MutableMapping):
    """A dict-like class whose contents are the real dict self.data: subclass it to override
    a few methods and get the rest."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A list-like class whose contents are the real list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):
    """A str-like class whose contents are the real str self.data."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


_set_collection_flags(deque, 1 << 5)  # a sequence for `case [...]`, as CPython's C deque
_collections_abc.MutableSequence.register(deque)

# CPython's start-up has imported collections.abc before any program runs, so programs may use
# it after a plain `import collections`.
from . import abc
