# dict views: keys/values/items — len, iteration, membership, repr, set operations, liveness.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), list(k), list(v), list(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__, type(reversed(d)).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
d[4] = 'd'
print(k, v, it, len(k))
print(2 in k, 9 in k, 'b' in v, 'z' in v, (2, 'b') in it, (2, 'x') in it, [2, 'b'] in it, 2 in it, (1,) in it)
check(lambda: [] in k)
check(lambda: ([], 1) in it)
print({}.keys(), {}.values(), {}.items())
print(k == {1, 2, 3, 4}, k == {1, 2}, k != {1}, k < {1, 2, 3, 4, 5}, k <= {1, 2, 3, 4}, k > {1}, k >= {5})
print(k == [1, 2, 3, 4], it == {(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')}, v == v, v == d.values())
print(k == d.keys(), {1: 0}.keys() == {1: 5}.keys(), {1: 0}.items() == {1: 5}.items())
print(k & {2, 3, 9}, {2, 3, 9} & k, k & [4, 1], [4, 1] & k, k & d.keys())
print(k | {9}, {9} | k, k | [0], [0] | k)
print(k - {1}, {1, 7} - k, k - [2, 3], [2, 3, 5] - k)
print(k ^ {1, 9}, {1, 9} ^ k, k ^ [4, 5])
print(sorted(it - {(1, 'a')}), sorted(it & {(1, 'a'), (5, 'e')}), sorted(it | {(0, 'z')}))
print(sorted(it ^ {(1, 'a'), (9, 'z')}), sorted(it ^ {1: 'a', 7: 'q'}.items()))
print(k.isdisjoint({7}), k.isdisjoint([1]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()), it.isdisjoint([(1, 'a')]))
check(lambda: v & {1})
check(lambda: k & 1)
check(lambda: k < [1])
check(lambda: hash(k))
check(lambda: hash(it))
print(type(hash(v)).__name__)
check(lambda: k.isdisjoint())
check(lambda: k.isdisjoint(1))
for key in d:
    d[key] = key * 2
print(d)


def grow():
    e = {1: 1}
    for key in e:
        e[key + 1] = 0


def shrink():
    e = {1: 1, 2: 2}
    for key in e.values():
        del e[1]


def swap():
    e = {1: 1, 2: 2}
    for key in e.items():
        del e[2]
        e[3] = 3


def grow_keys():
    e = {1: 1}
    for key in e.keys():
        e.pop(key)
        e[key + 100] = 0


check(grow)
check(shrink)
check(swap)
check(grow_keys)
ex = iter({1: 2})
print(next(ex), next(ex, 'end'), next(ex, 'end'))
g = {1: 1}
gi = iter(g)
g[2] = 2
check(lambda: next(gi))
check(lambda: next(gi))
del g[2]
check(lambda: next(gi))
keys = {'x': 1, 'y': 2}.keys()
print(sorted(keys), max(keys), 'x' in keys)
items = list({'a': [1], 'b': (2,)}.items())
print(items)
a, b = {'p': 1, 'q': 2}
print(a, b)
print(dict(d.items()) == d, set(d.keys()), list(zip(d.keys(), d.values())))
