"""Data classes (PEP 557), written for wasmpy after CPython 3.11's dataclasses API.

@dataclass reads a class's annotations, turns them into Field objects, and adds the methods
asked for (__init__, __repr__, __eq__, ordering, __hash__, frozen __setattr__/__delattr__).
The methods whose signatures matter (__init__) are generated as source and compiled with exec,
so argument errors read exactly as for a hand-written method.
"""

import copy
import sys
import types
from reprlib import recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _FactorySentinel:
    """The default of an __init__ parameter whose field has a default_factory."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactorySentinel()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_EMPTY_METADATA = types.MappingProxyType({})


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ but not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass: its name, type, default and the methods it takes part in."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    @recursive_repr()
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor used as a default gets to know its name too.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name is not None:
            set_name(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field beyond its annotation and default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one (not the ClassVar/InitVar ones)."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


# --- recognising ClassVar, InitVar and KW_ONLY annotations (also written as strings) ---

def _is_classvar(annotation, typing):
    return (annotation is typing.ClassVar
            or getattr(annotation, '__origin__', None) is typing.ClassVar)


def _is_initvar(annotation, module):
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation, module):
    return annotation is KW_ONLY


def _string_names(annotation, cls, module, predicate):
    """Whether a string annotation ('ClassVar[int]', 'typing.ClassVar') names what predicate
    looks for, as the names of the class's module resolve it."""
    import re
    match = re.match(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)', annotation)
    if not match:
        return False
    class_module = sys.modules.get(cls.__module__)
    namespace = class_module.__dict__ if class_module is not None else {}
    module_name = match.group(1)
    if module_name and namespace.get(module_name) is not module:
        return False
    return predicate(namespace.get(match.group(2)), module)


def _annotation_is(annotation, cls, module, predicate):
    if module is None:
        return False
    if isinstance(annotation, str):
        return _string_names(annotation, cls, module, predicate)
    return predicate(annotation, module)


def _field_from_class(cls, name, annotation, kw_only):
    """The Field for one annotated name of the class body."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING  # a __slots__ member, not a default
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _annotation_is(annotation, cls, sys.modules.get('typing'), _is_classvar):
        f._field_type = _FIELD_CLASSVAR
    elif _annotation_is(annotation, cls, sys.modules[__name__], _is_initvar):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         'use default_factory')
    return f


# --- generating methods ---

def _compile_method(cls, name, params, body, namespace):
    """Compile `def name(params): body` with namespace as its globals; give it the class's
    qualname."""
    source = f"def {name}({', '.join(params)}):\n" + ''.join(f'    {line}\n' for line in body)
    namespace = dict(namespace)
    exec(source, namespace)
    fn = namespace[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _set_new_attribute(cls, name, value):
    """Add name to the class unless the class body defined it; return whether it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init_param(f):
    if f.default is not MISSING:
        return f'{f.name}=__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
    return f.name


def _init_assignment(f, self_name, frozen, slots):
    """The line of __init__ that stores field f, or None when nothing is stored."""
    if f._field_type is _FIELD_INITVAR:
        return None
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        value = f'{default_name}()'
        if f.init:
            value = f'{value} if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'
    elif f.init:
        value = f.name
    elif slots and f.default is not MISSING:
        value = default_name  # slots leave no class attribute to fall back on
    else:
        return None
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})'
    return f'{self_name}.{f.name}={value}'


def _check_default_order(std_fields):
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init, slots):
    _check_default_order(std_fields)
    self_name = '__dataclass_self__' if 'self' in (f.name for f in all_fields) else 'self'
    namespace = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object}
    for f in all_fields:
        if f.default_factory is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default_factory
        elif f.default is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
    body = [line for line in (_init_assignment(f, self_name, frozen, slots) for f in all_fields)
            if line is not None]
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')
    params = [self_name] + [_init_param(f) for f in std_fields]
    kw_params = [_init_param(f) for f in kw_only_fields]
    if kw_params:
        params += ['*'] + kw_params
    fn = _compile_method(cls, '__init__', params, body or ['pass'], namespace)
    annotations = {f.name: f.type for f in all_fields if f.init}
    annotations['return'] = None
    fn.__annotations__ = annotations
    return fn


def _tuple_text(obj_name, flds):
    """Source for the tuple of obj's values of flds: '(obj.a,obj.b,)'."""
    return '(' + ''.join(f'{obj_name}.{f.name},' for f in flds) + ')'


def _repr_fn(cls, flds):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    body = [f'return self.__class__.__qualname__ + f"({parts})"']
    return recursive_repr()(_compile_method(cls, '__repr__', ['self'], body, {}))


def _compare_fn(cls, name, op, flds):
    body = ['if other.__class__ is self.__class__:',
            f' return {_tuple_text("self", flds)}{op}{_tuple_text("other", flds)}',
            'return NotImplemented']
    return _compile_method(cls, name, ['self', 'other'], body, {})


def _hash_fn(cls, flds):
    body = [f'return hash({_tuple_text("self", flds)})']
    return _compile_method(cls, '__hash__', ['self'], body, {})


def _frozen_methods(cls, flds):
    names = '(' + ''.join(f'{f.name!r},' for f in flds) + ')'
    condition = f'type(self) is cls or name in {names}' if flds else 'type(self) is cls'
    namespace = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = _compile_method(cls, '__setattr__', ['self', 'name', 'value'], [
        f'if {condition}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], namespace)
    deleter = _compile_method(cls, '__delattr__', ['self', 'name'], [
        f'if {condition}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], namespace)
    return setter, deleter


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    """What to do about __hash__: the table of the dataclass documentation."""
    if unsafe_hash:
        return 'error' if has_explicit_hash else 'add'
    if eq and not has_explicit_hash:
        return 'add' if frozen else 'none'
    return None


def _apply_hash(cls, field_list, unsafe_hash, eq, frozen):
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if action == 'add':
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_fn(cls, flds)
    elif action == 'none':
        cls.__hash__ = None
    elif action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# --- the signature text used as the default docstring ---

def _annotation_text(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _parameter_text(name, annotations, defaults):
    text = name
    if name in annotations:
        text += ': ' + _annotation_text(annotations[name])
        if name in defaults:
            text += ' = ' + repr(defaults[name])
    elif name in defaults:
        text += '=' + repr(defaults[name])
    return text


def _signature_text(init):
    """'(a: int, b=1, *, c)': the parameters of a Python __init__ after self, as inspect shows
    them."""
    if not isinstance(init, types.FunctionType):
        return '()'
    code = init.__code__
    names = code.co_varnames
    positional = names[:code.co_argcount]
    keyword = names[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]
    defaults = dict(zip(positional[len(positional) - len(init.__defaults__ or ()):],
                        init.__defaults__ or ()))
    defaults.update(init.__kwdefaults__ or {})
    annotations = init.__annotations__
    parts = [_parameter_text(name, annotations, defaults) for name in positional[1:]]
    rest = code.co_argcount + code.co_kwonlyargcount
    if code.co_flags & 0x04:
        parts.append('*' + _parameter_text(names[rest], annotations, {}))
        rest += 1
    elif keyword:
        parts.append('*')
    parts += [_parameter_text(name, annotations, defaults) for name in keyword]
    if code.co_flags & 0x08:
        parts.append('**' + _parameter_text(names[rest], annotations, {}))
    text = '(' + ', '.join(parts) + ')'
    if 'return' in annotations:
        text += ' -> ' + _annotation_text(annotations['return'])
    return text


# --- processing a class ---

def _collect_fields(cls, kw_only):
    """The class's fields, inherited ones first; also whether any/all dataclass bases are
    frozen."""
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = True
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is None:
            continue
        has_dataclass_bases = True
        for f in base_fields.values():
            all_fields[f.name] = f
        if base.__dict__['__dataclass_params__'].frozen:
            any_frozen_base = True
        else:
            all_frozen_bases = False
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only_seen = False
    own_fields = []
    for name, annotation in annotations.items():
        if _annotation_is(annotation, cls, sys.modules[__name__], _is_kw_only):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_field_from_class(cls, name, annotation, kw_only))
    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return all_fields, (has_dataclass_bases, any_frozen_base, all_frozen_bases)


def _check_frozen_inheritance(bases_info, frozen):
    has_dataclass_bases, any_frozen_base, all_frozen_bases = bases_info
    if not has_dataclass_bases:
        return
    if any_frozen_base and not frozen:
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    if not all_frozen_bases and frozen:
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields, bases_info = _collect_fields(cls, kw_only)
    _check_frozen_inheritance(bases_info, frozen)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in init_fields if f.init and f.kw_only]
    if init:
        _set_new_attribute(cls, '__init__', _init_fn(
            cls, init_fields, std_init_fields, kw_only_init_fields, frozen,
            hasattr(cls, '__post_init__'), slots))
    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))
    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _compare_fn(cls, '__eq__', '==', compared))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _compare_fn(cls, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_methods(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')
    _apply_hash(cls, field_list, unsafe_hash, eq, frozen)
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls.__init__).replace(' -> None', '')
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _with_slots(cls, field_list, weakref_slot)
    return cls


def _slot_names(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _with_slots(cls, field_list, weakref_slot):
    """A copy of cls with __slots__ for its fields (a class can't get slots once created)."""
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slot_names(base))
    names = [f.name for f in field_list] + (['__weakref__'] if weakref_slot else [])
    namespace = dict(cls.__dict__)
    namespace['__slots__'] = tuple(name for name in names if name not in inherited)
    for name in [f.name for f in field_list] + ['__dict__', '__weakref__']:
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, ordering, __hash__, frozenness) to a
    class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    return wrap if cls is None else wrap(cls)


# --- converting instances ---

def _convert(obj, make_record):
    """obj with its dataclass instances turned into records by make_record(pairs), recursively
    through lists, tuples and dicts; anything else deep-copied."""
    if _is_dataclass_instance(obj):
        return make_record([(f.name, _convert(getattr(obj, f.name), make_record))
                            for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, make_record) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_record) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_record), _convert(v, make_record))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (nested dataclasses too)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple (nested dataclasses too)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, lambda pairs: tuple_factory([value for _, value in pairs]))


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name from field specs: 'name', (name, type) or
    (name, type, Field)."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = types.new_class(cls_name, bases, {}, lambda ns: ns.update(namespace))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
