"""Enumerations (Enum, IntEnum, StrEnum, Flag, IntFlag), written for wasmpy after CPython 3.11's
documented behaviour.

An enum class is made by EnumType: the class body runs in an _EnumDict that records which
names are members (and evaluates auto()); EnumType.__new__ then creates the class and one
instance per member, with aliases for repeated values. Lookup by value goes through
_value2member_map_ (Flag makes composite "pseudo-members" on demand in _missing_).

The VM gives instances of str, bytes and tuple subclasses no __dict__, so members of enums
mixed with those types keep their attributes (_name_, _value_…) in a side table that Enum's
__getattr__ reads (_set_member_attr writes it); members live as long as their class, so their
ids stay valid.
"""

import builtins as _builtins
import sys
from types import MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT',
    'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name',
]

# Defined below; EnumType.__new__ checks them, so they must exist (as None) while it builds them.
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None

# Attributes of members whose instances cannot hold them (str, bytes, tuple mixins): id → dict.
_member_attrs = {}


def _set_member_attr(obj, name, value):
    try:
        setattr(obj, name, value)
    except AttributeError:
        _member_attrs.setdefault(id(obj), {})[name] = value


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = f'_{cls_name}__'
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern) and name[pat_len:pat_len + 1] != '_'
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    """The powers of two that make up num, lowest first."""
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _high_bit(value):
    return value.bit_length() - 1


def bin(num, max_bits=None):
    """Like the builtin bin(), with a space after the sign bit ('0b0 0101'), padded to max_bits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = _builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class property:
    """The name and value attributes of members: read-only, and shadowing nothing."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError(f'<enum {self.clsname!r}> cannot set attribute {self.name!r}')

    def __delete__(self, instance):
        raise AttributeError(f'<enum {self.clsname!r}> cannot delete attribute {self.name!r}')


# --- The class namespace ----------------------------------------------------------------------

_ALLOWED_SUNDERS = frozenset({
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_', '_iter_member_',
    '_iter_member_by_value_', '_iter_member_by_def_', '_value_', '_name_',
})


class _EnumDict(dict):
    """The namespace of an enum class body: tracks member names (in order) and evaluates auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        """auto() (also inside a tuple value) becomes _generate_next_value_'s answer."""
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                self._auto_called = True
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


# --- EnumType ---------------------------------------------------------------------------------

class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        # Names listed in _ignore_ are dropped from the class.
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for key in classdict['_ignore_']:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        member_names = list(classdict._member_names)
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError(f"invalid enum member name(s) {','.join(repr(n) for n in invalid_names)}")
        members = {name: classdict[name] for name in member_names}
        namespace = {key: value for key, value in classdict.items() if key not in members}
        namespace['_new_member_'] = __new__
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace.setdefault('_value_repr_', None)
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType)):
            namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            namespace['_flag_mask_'] = 0
            namespace['_singles_mask_'] = 0
            namespace['_all_bits_'] = 0
            namespace['_inverted_'] = None
        elif boundary is not None:
            namespace['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        for name, value in members.items():
            metacls._add_member_(enum_class, name, value)

        if Flag is not None and issubclass(enum_class, Flag):
            metacls._finish_flag_(enum_class)

        # repr() and friends come from the enum, not from a data type earlier in the MRO; a
        # Flag's operators likewise (int's | would make plain ints of IntFlag members).
        if Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in namespace and _defined_by(enum_class, name) in (member_type, object):
                    setattr(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in namespace:
                    setattr(enum_class, name, Flag.__dict__[name])
        if ReprEnum is not None and ReprEnum in bases:
            metacls._use_member_type_str_(enum_class, member_type, namespace)

        # Calling the class looks members up (Enum.__new__), whatever __new__ the data type or
        # the class body has; the body's one is kept for subclasses' members.
        if Enum is not None:
            if save_new:
                setattr(enum_class, '__new_member__', staticmethod(__new__))
            setattr(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    @staticmethod
    def _add_member_(enum_class, member_name, value):
        """Creates the member (or records an alias of an earlier one with the same value)."""
        member_type = enum_class._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new = enum_class._new_member_
        if not enum_class._use_args_:
            enum_member = new(enum_class)
        else:
            enum_member = new(enum_class, *args)
        if not _has_attr(enum_member, '_value_'):
            if member_type is object:
                _set_member_attr(enum_member, '_value_', value)
            else:
                try:
                    _set_member_attr(enum_member, '_value_', member_type(*args))
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = enum_member._value_
        _set_member_attr(enum_member, '_name_', member_name)
        _set_member_attr(enum_member, '__objclass__', enum_class)
        enum_member.__init__(*args)
        _set_member_attr(enum_member, '_sort_order_', len(enum_class._member_names_))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag and isinstance(value, int):
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1

        # An earlier member with an equal value makes this name an alias of it.
        try:
            enum_member = enum_class._value2member_map_[value]
        except (KeyError, TypeError):
            for name, canonical in enum_class._member_map_.items():
                if canonical._value_ == value:
                    enum_member = canonical
                    break
            else:
                if not is_flag or _is_single_bit(value):
                    enum_class._member_names_.append(member_name)
        type.__setattr__(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @staticmethod
    def _finish_flag_(enum_class):
        """Flag classes: multi-bit values must be made of named bits (unless KEEP), and
        iteration follows definition order when that is not value order."""
        single_bits = multi_bits = 0
        for flag in enum_class._member_map_.values():
            if _is_single_bit(flag._value_):
                single_bits |= flag._value_
            else:
                multi_bits |= flag._value_
        if enum_class._boundary_ is not KEEP:
            missed = list(_iter_bits_lsb(multi_bits & ~single_bits))
            if missed:
                raise TypeError(f"invalid Flag {enum_class.__name__!r} -- missing values: "
                                f"{', '.join(str(i) for i in missed)}")
        enum_class._flag_mask_ = single_bits
        enum_class._all_bits_ = 2 ** ((single_bits | multi_bits).bit_length()) - 1
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_

    @staticmethod
    def _use_member_type_str_(enum_class, member_type, namespace):
        """ReprEnum subclasses (IntEnum, StrEnum, IntFlag) print and format as their values."""
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
        if '__format__' not in namespace:
            setattr(enum_class, '__format__', member_type.__format__)
        if '__str__' not in namespace:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            setattr(enum_class, '__str__', method)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """Cls(value) looks a member up by value; Enum('Name', 'A B C') creates an enum class."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(member).__qualname__!r} "
                            f"and {cls.__class__.__qualname__!r}")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Returns a mapping of member name->value (aliases included)."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE'), Enum('A', [('X', 1)]), Enum('A', {'X': 1})."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = _caller_module()
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The data type the members are instances of (object when none), and the last enum base."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {data_types!r}')
        if data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that creates members, whether to keep the class body's one aside, and
        whether it takes the member's value as arguments."""
        __new__ = classdict.get('__new__', None)
        if isinstance(__new__, staticmethod):
            __new__ = __new__.__func__
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target is not None and not _is_default_new(target):
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        use_args = not (first_enum is None or __new__ is object.__new__ or
                        (Enum is not None and __new__ is Enum.__dict__['__new__'].__func__))
        return __new__, save_new, use_args


EnumMeta = EnumType


def _is_default_new(target):
    if target is object.__new__ or target is type(None).__new__:
        return True
    return Enum is not None and target is Enum.__dict__['__new__'].__func__


def _defined_by(cls, name):
    """The class of cls's MRO whose namespace defines name (None when none does)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _has_attr(obj, name):
    try:
        getattr(obj, name)
    except AttributeError:
        return False
    return True


def _caller_module():
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return '__main__'
    try:
        return getframe(3).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


# --- Enum -------------------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Members are looked up by value (Color(1)) or name (Color['RED']), and iterate in
    definition order.
    """

    def __new__(cls, value):
        # All members exist already: this only looks one up (or asks _missing_).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value (start for the first)."""
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __getattr__(self, name):
        # Reached only when normal lookup fails: attributes of members that have no __dict__.
        attrs = _member_attrs.get(id(self))
        if attrs is not None and name in attrs:
            return attrs[name]
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __dir__(self):
        interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] != '_' and not isinstance(obj, property):
                    interesting.add(name)
        interesting.update(name for name in getattr(self, '__dict__', {}) if name[0] != '_')
        return sorted(interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        _set_member_attr(member, '_value_', value)
        return member

    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, enum_member in enumeration.__members__.items():
        if name != enum_member.name:
            duplicates.append((name, enum_member.name))
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


# --- Flag -------------------------------------------------------------------------------------

class FlagBoundary(StrEnum):
    """How Flag handles values with bits no member has: STRICT (error), CONFORM (drop them),
    EJECT (a plain int), KEEP (keep them)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^, and ~ complements."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the last value (start for the first)."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members making up value, lowest bit first."""
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members making up value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Creates a pseudo-member for a combination of flags (the boundary decides what
        happens to bits no member has)."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n    given {bin(value, max_bits)}\n'
                                 f'  allowed {bin(flag_mask, max_bits)}')
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {cls._boundary_!r}')
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} [{bin(unknown)}]')
        new = getattr(cls, '__new_member__', None)
        if cls._member_type_ is object and not new:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = (new or cls._member_type_.__new__)(cls, value)
        if not _has_attr(pseudo_member, '_value_'):
            _set_member_attr(pseudo_member, '_value_', value)
        if member_value:
            members = list(cls._iter_member_(member_value))
            combined_value = 0
            for m in members:
                combined_value |= m._value_
            name = '|'.join(m._name_ for m in members)
            if unknown:
                name += '|' + cls._numeric_repr_(unknown)
            _set_member_attr(pseudo_member, '_name_', name)
        else:
            _set_member_attr(pseudo_member, '_name_', None)
        _set_member_attr(pseudo_member, '_inverted_', None)
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {v_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        """other's value when it can combine with self, else None."""
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            _set_member_attr(self, '_inverted_', inverted)
            if isinstance(inverted, self.__class__):
                _set_member_attr(inverted, '_inverted_', self)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


# --- Helpers from CPython's enum module -------------------------------------------------------

class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = {e.value for e in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(f"invalid enum {cls_name!r}: missing values "
                                     f"{', '.join(str(m) for m in missing)}")
            elif check is NAMED_FLAGS:
                member_values = 0
                for name, m in enumeration.__members__.items():
                    if _is_single_bit(m._value_):
                        member_values |= m._value_
                for name, m in enumeration.__members__.items():
                    missed = m._value_ & ~member_values
                    if missed:
                        raise ValueError(f'invalid Flag {cls_name!r}: alias {name} is missing '
                                         f"value{'s' if missed & (missed - 1) else ''} "
                                         f"{', '.join(str(b) for b in _iter_bits_lsb(missed))}")
        return enumeration


def global_enum_repr(self):
    """repr of a member of an enum exported to its module's namespace: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return f'{module}.{self._name_}'


def global_flag_repr(self):
    """repr of a member of a flag exported to its module's namespace."""
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return f'{module}.{self.__class__.__name__}({self._value_!r})'
    return '|'.join(f'{module}.{name}' for name in self._name_.split('|'))


def global_str(self):
    """str of a member of an enum exported to its module's namespace: NAME."""
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator that makes the members module globals and changes their repr to module.NAME."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
