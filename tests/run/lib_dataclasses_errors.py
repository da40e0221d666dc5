import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar


def attempt(make):
    try:
        result = make()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', result)


@dataclass
class Point:
    x: int
    y: int = 0


attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, z=3))
attempt(lambda: Point(1, x=3))


def bad_order():
    @dataclass
    class Bad:
        x: int = 1
        y: int
attempt(bad_order)


def mutable_default():
    @dataclass
    class Bad:
        x: list = []
attempt(mutable_default)


def mutable_set():
    @dataclass
    class Bad:
        x: set = set()
attempt(mutable_set)
attempt(lambda: field(default=1, default_factory=list))


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
attempt(order_without_eq)


def overwrite_lt():
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True
attempt(overwrite_lt)


def frozen_setattr():
    @dataclass(frozen=True)
    class Bad:
        x: int

        def __setattr__(self, name, value):
            pass
attempt(frozen_setattr)


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class Bad:
        x: int

        def __hash__(self):
            return 1
attempt(unsafe_hash_explicit)


def frozen_from_mutable():
    @dataclass
    class Base:
        x: int

    @dataclass(frozen=True)
    class Bad(Base):
        y: int
attempt(frozen_from_mutable)


def mutable_from_frozen():
    @dataclass(frozen=True)
    class Base:
        x: int

    @dataclass
    class Bad(Base):
        y: int
attempt(mutable_from_frozen)


def no_annotation():
    @dataclass
    class Bad:
        x: int
        y = field(default=1)
attempt(no_annotation)


def two_kw_only():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
attempt(two_kw_only)


def initvar_factory():
    @dataclass
    class Bad:
        a: InitVar[list] = field(default_factory=list)
attempt(initvar_factory)
attempt(lambda: dataclasses.fields(5))
attempt(lambda: dataclasses.fields(object))
attempt(lambda: dataclasses.asdict(Point))
attempt(lambda: dataclasses.astuple(3))
attempt(lambda: dataclasses.replace(1, x=2))
attempt(lambda: dataclasses.replace(Point(1), z=2))


@dataclass
class Computed:
    a: int
    b: int = field(init=False, default=0)
    c: InitVar[int] = None

    def __post_init__(self, c):
        pass


attempt(lambda: dataclasses.replace(Computed(1), b=2))
attempt(lambda: dataclasses.replace(Computed(1), a=2))


@dataclass
class NeedsInitVar:
    a: int
    c: InitVar[int]


attempt(lambda: dataclasses.replace(NeedsInitVar(1, 2), a=2))
attempt(lambda: NeedsInitVar(1))
attempt(lambda: dataclasses.make_dataclass('X', ['a', 'a']))
attempt(lambda: dataclasses.make_dataclass('X', ['1a']))


@dataclass(frozen=True)
class Frozen:
    x: int


f = Frozen(1)
attempt(lambda: setattr(f, 'x', 2))
attempt(lambda: delattr(f, 'x'))
attempt(lambda: Point(1) < Point(2))
attempt(lambda: hash(Point(1)))
