# dict: insertion order, item access, methods, comparison, | and |=, errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {}
d['b'] = 1
d['a'] = 2
d[3] = 'three'
d[(1, 2)] = 'tuple'
d[1.5] = None
print(d, len(d), d['a'], d[3], d[(1, 2)])
d['b'] = 10
print(d)
del d['a']
d['a'] = 3
print(d, list(d))
check(lambda: d['zz'])
check(lambda: d[[1]])
check(lambda: d[(1, [2])])


def delete(key):
    e = {1: 1}
    try:
        del e[key]
        print(e)
    except Exception as ex:
        print(type(ex).__name__, ex)


delete(1)
delete(2)
delete([])
print(1 in {1: 2}, 2 in {1: 2}, 1.0 in {1: 2}, True in {1: 2}, 'a' not in {})
check(lambda: [] in {})
n = {1: 'a', True: 'b', 1.0: 'c'}
print(n)
print(d.get('b'), d.get('q'), d.get('q', 5), d.get(3, 0))
check(lambda: d.get())
check(lambda: d.get(1, 2, 3))
check(lambda: d.get(x=1))
check(lambda: d.get([]))
s = {}
print(s.setdefault('k', []), s, s.setdefault('k', 5), s.setdefault('j'), s)
s['k'].append(1)
print(s)
check(lambda: s.setdefault())
check(lambda: s.setdefault([], 1))
p = {'x': 1, 'y': 2, 'z': 3}
print(p.pop('y'), p, p.pop('q', 'dflt'), p)
check(lambda: p.pop('q'))
check(lambda: p.pop())
check(lambda: p.pop([]))
q = {1: 'a', 2: 'b', 3: 'c'}
print(q.popitem(), q.popitem(), q)
q[4] = 'd'
print(q, q.popitem(), q.popitem(), q)
check(lambda: q.popitem())
check(lambda: q.popitem(1))
r = {1: 2, 3: 4}
c = r.copy()
c[5] = 6
print(r, c, r.copy() == r, r.copy() is r)
r.clear()
print(r, len(r))
check(lambda: r.clear(1))
check(lambda: r.copy(1))
check(lambda: r.keys(1))
u = {'a': 1}
u.update({'b': 2})
u.update([('c', 3), ['d', 4]])
u.update(e=5, a=0)
u.update({'f': 6}, g=7)
u.update(zip('hi', (8, 9)))
u.update()
u.update(['jk'])
print(u)
check(lambda: u.update(1))
check(lambda: u.update([1]))
check(lambda: u.update([(1, 2, 3)]))
check(lambda: u.update(['abc']))
check(lambda: u.update({}, {}))
check(lambda: u.update([[1, 2], 5]))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), {}.fromkeys('xy', 1))
print(dict.fromkeys({3: 1, 1: 2}), dict.fromkeys({5}))
check(lambda: dict.fromkeys())
check(lambda: dict.fromkeys(1))
check(lambda: dict.fromkeys([[]]))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 2.0}, {} == {}, {1: 2} == [(1, 2)])
check(lambda: {} < {})
check(lambda: {1: 2} >= {1: 2})
m = {'a': 1, 'b': 2}
print(m | {'b': 3, 'c': 4}, {'c': 4} | m, m)
check(lambda: m | [('x', 1)])
check(lambda: m | 1)
m |= {'z': 26}
m |= [('y', 25)]
print(m)


def ior_bad():
    g = {}
    g |= 5
    return g


check(ior_bad)
check(lambda: hash({}))
print(repr({}), repr({1: {2: {}}}), str({'a': [1, (2,)], None: True}))
rec = {}
rec['self'] = rec
print(rec)
print(bool({}), bool({0: 0}), len({1: 1, 2: 2}))
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:10], sum(big.values()), big[7], big.get(999))
order = {}
for k in [5, 3, 9, 1]:
    order[k] = k
del order[3]
order[3] = 0
order[0] = 0
print(list(order), list(order.items()))
print(list(reversed(order)), list(reversed({})))
