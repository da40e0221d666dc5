# Containers and builtins fed by generators (Python code running while natives hold objects).
def gen(n):
    for i in range(n):
        yield [i, str(i) * 2, (i, -i)]


def pairs(n):
    for i in range(n):
        yield ('k%d' % i, [i] * 3)


print(list(gen(5))[-1], tuple(gen(3)), len(set(str(x) for x in gen(40))), frozenset(i % 4 for i in range(30)))
print(dict(pairs(4)), dict.fromkeys(str(i) for i in range(5)), {}.fromkeys(gen(0)))
d = {}
d.update(pairs(3))
d.update((str(i), i) for i in range(2))
print(d)
s = set()
s.update(x * 2 for x in range(10))
s |= set(x for x in range(3))
print(s, s.union(x for x in range(20, 23)), s.intersection(x for x in range(5)), s.difference(x for x in range(9)))
print(s.issuperset(x for x in range(0, 6, 2)), s.isdisjoint(x for x in range(100, 103)))
print(sorted(gen(6), key=lambda r: r[2][1]), sorted((str(i) for i in range(12)), key=lambda t: (len(t), t)))
print(min(gen(7), key=lambda r: -r[0]), max((x for x in gen(7)), key=lambda r: r[1]), sum(x[0] for x in gen(100)))
print(sum(([i] for i in range(5)), []), any(r[0] > 3 for r in gen(5)), all(r[1] for r in gen(5)))
print(list(zip(gen(3), (c for c in 'abc'), range(9))), list(map(lambda r, c: (r[1], c), gen(3), iter('xyz'))))
print(list(filter(lambda r: r[0] % 2, gen(7))), list(enumerate((r[1] for r in gen(4)), 100)))
print(list(reversed([r[2] for r in gen(4)])), [r for r in iter(gen(3).__next__, [1, '11', (1, -1)])])
lst = []
lst.extend(gen(3))
lst += (r[1] for r in gen(2))
lst[1:2] = (x for x in 'pq')
lst[::2] = (i for i in range(len(lst[::2])))
print(lst)
big = list(range(200))
print(sorted(big, key=lambda x: [x % 7, -x])[:8], sorted(gen(30), key=lambda r: r[1], reverse=True)[0])
