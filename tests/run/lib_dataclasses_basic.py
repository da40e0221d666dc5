import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
from typing import ClassVar, List
from collections import namedtuple


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__match_args__)
print(Point.__doc__, Point.__hash__, Point.y)
print([f.name for f in fields(p)], [f.type for f in fields(Point)], fields(p)[1].default)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    count: ClassVar[int] = 0

    def total(self):
        return self.unit_price * self.quantity


a = Inventory('widget', 2.5, 4)
b = Inventory('widget', 2.5, 4, secret='other')
a.tags.append('x')
print(a, a.total(), a == b, Inventory('w', 1).tags is not Inventory('w', 1).tags)
print(Inventory.__doc__)
print([f.name for f in fields(Inventory)], 'count' in Inventory.__dataclass_fields__)
print(asdict(a), astuple(a))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = sorted([Version(1, 2), Version(0, 9, 'x'), Version(1, 0)])
print(vs, Version(1) < Version(1, 1), Version(2) >= Version(1, 9), hash(Version(1, 2)) == hash(Version(1, 2, 'y')))
print(len({Version(1), Version(1), Version(2)}))
v = Version(3)
try:
    v.major = 4
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except AttributeError as e:
    print(e)
try:
    v.other = 1
except AttributeError as e:
    print(e)
print(replace(v, minor=5), v)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])
print(replace(WithPost(1), a=5, scale=3))
print(WithPost.__doc__)


@dataclass
class KwOnly:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


print(KwOnly(1, b=2), KwOnly.__match_args__, KwOnly.__doc__)


@dataclass(kw_only=True)
class AllKw:
    a: int = 1
    b: int


print(AllKw(b=2))


@dataclass
class Base:
    x: int = 1
    y: str = 'base'


@dataclass
class Derived(Base):
    z: float = 2.0
    x: int = 10


print(Derived(), Derived(1, 'a', 3.5), [f.name for f in fields(Derived)])


@dataclass(eq=False, repr=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__, 'object at' in repr(Plain(1)))


@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: list = field(default_factory=list, hash=False)


print(hash(Hashed(5)) == hash((5,)), Hashed(1) == Hashed(1))


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return 'custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))
print(astuple(t))
Pair = namedtuple('Pair', 'left right')


@dataclass
class Holder:
    pair: Pair
    mapping: dict
    items: tuple


h = Holder(Pair(Tree(1), 2), {'k': Tree(5)}, (Tree(6),))
print(asdict(h))
print(asdict(Point(1, 2), dict_factory=lambda pairs: sorted(pairs, reverse=True)))
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
loop = Tree(0)
loop.children.append(loop)
print(loop)
print(repr(fields(Point)[0]).startswith("Field(name='x',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object at"))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError')

Dyn = dataclasses.make_dataclass('Dyn', [('x', int), 'z', ('y', int, field(default=5))])
print(Dyn(1, z=3), [f.name for f in fields(Dyn)])


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)

