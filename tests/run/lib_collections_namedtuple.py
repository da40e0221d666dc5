# collections.namedtuple: creation, fields, defaults, rename, methods, errors.
from collections import namedtuple
import copy


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point, Point.__name__, Point._fields, Point.__doc__, Point.x.__doc__, Point.__module__)
print(p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)), isinstance(p, tuple))
x, y = p
print(x + y, p._asdict(), p._replace(x=1), Point._make([5, 6]), Point._make(iter('ab')))
print(p.__getnewargs__(), Point._field_defaults, Point.__match_args__, Point.__slots__)
show('missing arg', lambda: Point(1))
show('extra arg', lambda: Point(1, 2, 3))
show('bad kw', lambda: Point(1, z=2))
show('make wrong', lambda: Point._make([1]))
show('replace bad', lambda: p._replace(z=3))
show('set attr', lambda: setattr(p, 'x', 5))
show('new attr', lambda: setattr(p, 'z', 5))

P3 = namedtuple('P3', 'x, y z', defaults=[0, 1])
print(P3(5), P3(5, 6), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
show('too many defaults', lambda: namedtuple('T', 'a', defaults=[1, 2]))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1bad'], rename=True)
print(R._fields)
show('keyword', lambda: namedtuple('T', ['class']))
show('underscore', lambda: namedtuple('T', ['_a']))
show('dup', lambda: namedtuple('T', ['a', 'a']))
show('bad type name', lambda: namedtuple('1T', ['a']))
show('bad field', lambda: namedtuple('T', ['a-b']))
Single = namedtuple('Single', 'only')
print(Single(1), Single._make([2]), Single(only=3).only)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
Mod = namedtuple('Mod', 'a', module='somewhere')
print(Mod.__module__)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec._make([0, 1]), type(v._replace(x=0)).__name__)
print(copy.copy(p), copy.deepcopy(Point([1], [2])), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(1, 2), Point(1, 3)), Point(1, 2) < Point(2, 0), Point(*range(2)))
pts = [Point(i, i * i) for i in range(2000)]
print(sum(pt.y for pt in pts), sum(pt.x for pt in pts))
print(dict(Point(1, 2)._asdict()), Point(y=1, x=2))
