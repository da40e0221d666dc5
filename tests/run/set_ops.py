# set and frozenset: operators, comparisons, repr, and CPython's iteration order for ints.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a <= b, a < a, a <= a, {1} < a, a > {1, 2}, a >= a, a == {4, 3, 2, 1}, a != b, a == frozenset(a))
print(set() < a, set() == frozenset(), {1} == [1], {1} != (1,))
check(lambda: a < [1])
check(lambda: a | [1])
check(lambda: a & (1,))
check(lambda: a - 'x')
check(lambda: a ^ None)
f = frozenset([1, 2, 3])
print(f, f | {9}, {9} | f, f & {1}, f - {1}, f ^ {1, 7}, type(f | {9}).__name__, type({9} | f).__name__)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), repr({(1, 2)}), str({None}))
c = {1, 2}
d = c
c |= {3}
c &= {1, 3, 4}
c -= {9}
c ^= {5}
print(c, d, c is d)
g = frozenset({1})
h = g
g |= {2}
print(g, h, g is h)
check(lambda: hash(set()))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([3, 2, 1])), hash(frozenset(range(100))))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset([frozenset([1]), frozenset()])), hash(frozenset([-1, -2])))
print({frozenset({1, 2}): 'x'}[frozenset({2, 1})], frozenset({1, 2}) in {frozenset({1, 2})})
print({5, 13, 21, 29, 37}, set(range(0, 80, 8)), {-1, -2, -3, 100, 7, 2 ** 40}, set(range(20, 0, -1)))
print({1.5, 2.5, -0.0, 1e100}, {(1,), (1, 2), ()}, {None, True, 0.5})
s = set(range(0, 64, 8))
s.discard(8)
s.discard(16)
s.add(72)
print(s)
s = {5, 13, 21}
s.discard(5)
s.discard(13)
s.add(29)
print(s)
s = set(range(20))
for _ in range(5):
    s.pop()
print(s)
s = set(range(100, 0, -3))
s2 = set(range(0, 100, 5))
print(s & s2, s2 & s, s - s2, s2 - s, s ^ s2, s | s2)
print(set(range(40)) - {1}, {1} - set(range(40)), set(range(40)) - set(range(35)))
print(set(range(3)) - set(range(40)), set(range(50)) ^ set(range(5, 48)))
print(set(range(10)).union(range(20, 24), [99]), set(range(10)).intersection(range(5, 30), {6, 7, 8}))
print(set(range(10)).difference(range(5), [7]), set(range(10)).symmetric_difference(range(5, 15)))
print({1, 2} | {1.0}, {1.0} | {1, 2}, {1} & {1.0, 2.0}, {1.0, 2.0} & {1})
print({'x'} == {'x'}, sorted({'b', 'a'} | {'c'}), 'a' in {'a'}, [] in [set()])
check(lambda: {[]})
check(lambda: set([[]]))
check(lambda: [] in {1})
print({1} in [frozenset({1})], set() in {frozenset()}, {1} in {frozenset({1})})
print(len({1, 1, 1.0, True}), bool(set()), bool({0}))
x = {3, 1}
it = iter(x)
print(next(it), next(it), next(it, 'end'))
print(type(iter(x)).__name__, list(x), sorted(x, reverse=True))


def grow():
    y = {1}
    for e in y:
        y.add(e + 1)


check(grow)
z = {1, 2, 3}
zi = iter(z)
z.discard(1)
check(lambda: next(zi))
check(lambda: next(zi))
