# match statements: every pattern kind, guards, bindings, and the errors CPython raises.
import collections


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class NoArgs:
    def __init__(self):
        self.a = 1


class Color:
    RED = 'red'
    GREEN = 'green'


def describe(subject):
    match subject:
        case None:
            return 'none'
        case True:
            return 'true'
        case 0 | 0.0:
            return 'zero'
        case int(n) if n < 0:
            return f'negative int {n}'
        case int() | float() as num:
            return f'number {num!r}'
        case 'a' | 'b' as letter:
            return f'letter {letter}'
        case str(s):
            return f'string {s!r}'
        case Color.RED:
            return 'red!'
        case []:
            return 'empty sequence'
        case [x]:
            return f'one item {x!r}'
        case [1, *rest]:
            return f'starts with 1, rest {rest}'
        case (x, y, *_):
            return f'pair-ish {x!r} {y!r}'
        case {'kind': 'circle', 'r': r}:
            return f'circle r={r}'
        case {'kind': k, **others}:
            return f'kind {k} others {sorted(others.items())}'
        case {}:
            return 'some mapping'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis at {yy}'
        case Point(xx, yy) if xx == yy:
            return f'diagonal {xx}'
        case Point(x, y=5):
            return f'y is five, x={x}'
        case Point():
            return 'some point'
        case NoArgs(a=1):
            return 'noargs with a=1'
        case _:
            return 'other'


for s in [None, True, False, 0, 0.0, -3, 7, 2.5, 'a', 'b', 'zz', 'red', [], [9], (9,), [1, 2, 3], (4, 5, 6),
          {'kind': 'circle', 'r': 2}, {'kind': 'sq', 'w': 1, 'h': 2}, {'x': 1}, Point(0, 0), Point(0, 7),
          Point(3, 3), Point(1, 5), Point(1, 2), NoArgs(), object(), 'abc', b'ab', range(2), collections.OrderedDict(kind='od')]:
    print(describe(s))

# Sequences exclude str/bytes/bytearray; mappings accept dict subclasses and Mapping ABCs.
match 'ab':
    case [a, b]:
        print('str matched as sequence')
    case _:
        print('str is not a sequence here')

match collections.deque([1, 2]):
    case [a, b]:
        print('deque', a, b)

match collections.Counter(a=2):
    case {'a': n}:
        print('counter', n)


class Mapped(collections.abc.Mapping):
    def __getitem__(self, k):
        if k == 'q':
            return 42
        raise KeyError(k)

    def __iter__(self):
        return iter(['q'])

    def __len__(self):
        return 1


match Mapped():
    case {'q': v}:
        print('user mapping', v)

# Builtins that match their subject positionally with one sub-pattern.
for v in [3, 'x', [1], (1,), {1: 2}, {1}, frozenset(), b'x', 1.5, True]:
    match v:
        case bool(b):
            print('bool', b)
        case int(i):
            print('int', i)
        case str(t) | bytes(t):
            print('text', t)
        case list(l) | tuple(l):
            print('seq', l)
        case dict(d) | set(d) | frozenset(d):
            print('coll', d)
        case float(x):
            print('float', x)


def errors():
    cases = [
        lambda p: _match_too_many(p),
        lambda p: _match_not_class(p),
        lambda p: _match_bad_args(p),
        lambda p: _match_dup_attr(p),
    ]
    for c in cases:
        try:
            c(Point(1, 2))
        except Exception as e:
            print(type(e).__name__, e)


def _match_too_many(p):
    match p:
        case Point(1, 2, 3):
            return 'no'


def _match_not_class(p):
    notcls = 5
    match p:
        case notcls(1):
            return 'no'


class BadArgs:
    __match_args__ = ['x']


def _match_bad_args(p):
    match BadArgs():
        case BadArgs(1):
            return 'no'


def _match_dup_attr(p):
    match p:
        case Point(1, x=1):
            return 'no'


errors()

# Mapping patterns use get() and never __getitem__ for missing keys; duplicate keys at run time.
class Loud(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)


match Loud(a=1):
    case {'a': 1, 'zz': _}:
        print('no')
    case {'a': x}:
        print('loud a', x)

k = 'a'
try:
    match {'a': 1}:
        case {'a': 1, Color.RED: 2}:
            pass
        case {'a': _} if False:
            pass
    print('done mapping')
except ValueError as e:
    print('ValueError', e)

# Walrus-free capture scoping: names bound in a failed case may stay bound (as CPython).
match [1, 2]:
    case [first, 3]:
        pass
    case [_, second]:
        print('second', second)

# A missing attribute is no match; __match_args__ is looked up on the class; subclasses of
# builtins match themselves; isinstance honours __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'special'


class Special(metaclass=Meta):
    pass


class MyInt(int):
    pass


for subject in [NoArgs(), MyInt(5), 'special', 'plain']:
    match subject:
        case NoArgs(b=_):
            print('has b')
        case NoArgs():
            print('NoArgs without b')
        case MyInt(n):
            print('MyInt', n, type(n).__name__)
        case Special():
            print('special by __instancecheck__')
        case _:
            print('nothing for', subject)
