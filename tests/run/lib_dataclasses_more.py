import dataclasses
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class WithInit:
    a: int
    b: str = 'x'

    def __init__(self, value, *rest, flag=False, **extra):
        self.a = value
        self.b = str(rest)


print(WithInit.__doc__, WithInit(1, 2, 3))


@dataclass
class Documented:
    """My own docstring."""
    a: int


print(Documented.__doc__)


@dataclass
class Meta:
    a: int = field(default=0, metadata={'unit': 'cm'})
    b: list = field(default_factory=lambda: [1, 2], repr=False)


f = fields(Meta)[0]
print(f.metadata['unit'], dict(f.metadata), fields(Meta)[1].metadata, Meta(), Meta().b)
print(f.name, f.type, f.default, f.init, f.repr, f.hash, f.compare, f.kw_only)


class Descriptor:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 7
        return getattr(obj, self.name, 7)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


@dataclass
class UsesDescriptor:
    d: int = Descriptor()


print(UsesDescriptor(), UsesDescriptor(2))


@dataclass(frozen=True)
class FrozenBase:
    a: int


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 2


fc = FrozenChild(1)
print(fc, hash(fc) == hash((1, 2)), fc == FrozenChild(1, 2))
try:
    fc.b = 3
except dataclasses.FrozenInstanceError as e:
    print(e)


@dataclass
class Recursive:
    name: str
    parent: 'Recursive' = None


r = Recursive('child', Recursive('root'))
print(r, dataclasses.asdict(r))


@dataclass(order=True)
class Card:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str

    def __post_init__(self):
        self.sort_index = '23456789TJQKA'.index(self.rank)


print(sorted([Card('K', 'h'), Card('2', 's'), Card('T', 'd')]))
print(Card.__match_args__, Card.__doc__)


@dataclass
class Counter:
    total: int = 0
    seen: set = field(default_factory=set)

    def add(self, item):
        self.seen.add(item)
        self.total += 1


c1, c2 = Counter(), Counter()
c1.add('x')
print(c1, c2)
print(dataclasses.replace(c1, total=5), dataclasses.astuple(c1, tuple_factory=list))


@dataclass
class WithClassVarString:
    x: 'dataclasses.InitVar[int]' = 1
    y: 'ClassVar[int]' = 2
    z: int = 3

    def __post_init__(self, x):
        self.z += x


w = WithClassVarString(5)
print(w, [f.name for f in fields(w)], WithClassVarString.y)
print(dataclasses.is_dataclass(WithClassVarString), dataclasses.fields(w)[0].type)
