# dicts and sets with user classes: __hash__/__eq__ keys, __missing__, subclasses, mappings
# with keys() for dict() and update(), unhashable set keys looked up as frozensets.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


d = {Point(1, 2): 'a'}
d[Point(1, 2)] = 'b'
print(d, d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d, len({Point(0, 0), Point(0, 0), Point(0, 1)}))
s = {Point(i % 3, 0) for i in range(10)}
print(len(s), Point(2, 0) in s)


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return 'C%d' % self.v


cs = {Collide(i): i for i in range(5)}
print(cs, cs[Collide(3)])
del cs[Collide(0)]
print(list(cs), set(cs) == set(cs.keys()))


class Unhashable:
    __hash__ = None


check(lambda: {Unhashable(): 1})
check(lambda: {Unhashable()})


class BadHash:
    def __hash__(self):
        raise RuntimeError('no hash')


check(lambda: {BadHash(): 1})
check(lambda: BadHash() in {1: 2})


class Counter(dict):
    def __missing__(self, key):
        return 0


cnt = Counter()
for ch in 'abracadabra':
    cnt[ch] = cnt[ch] + 1
print(cnt, type(cnt).__name__, cnt['z'], 'z' in cnt, cnt.get('z'))
print(type(cnt.copy()).__name__, type(cnt | {}).__name__, Counter.fromkeys('ab', 1), type(Counter.fromkeys('a')).__name__)


class Mapping:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, key):
        return key.upper()


print(dict(Mapping()), {**Mapping()})
u = {}
u.update(Mapping())
u |= Mapping()
print(u)
check(lambda: {**5})


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


ms = MySet([3, 1])
print(ms, MySet(), MyFrozen([2]), MyFrozen(), type(ms | {5}).__name__, type(ms.copy()).__name__, ms == {1, 3})
print(type(MyFrozen([1]) & {1}).__name__, frozenset(MyFrozen([1])) == {1})
print({1} in [{1}], {2} in {frozenset({2})})
fs = {frozenset({1}), frozenset({2})}
fs.remove({1})
fs.discard({2})
print(fs)
check(lambda: fs.remove({3}))
