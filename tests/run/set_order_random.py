# Sets of ints under pseudo-random adds, discards, pops and set algebra: their iteration
# order must be CPython's (the table algorithm is the same).
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


for round_ in range(40):
    s = set()
    log = []
    for step in range(rand(60) + 1):
        op = rand(10)
        v = rand(200) - 50
        if op < 6:
            s.add(v)
        elif op < 8:
            s.discard(v)
        elif op < 9 and s:
            log.append(s.pop())
        else:
            s.add(v * 1000003)
    print(list(s), log)
    t = set(rand(300) for _ in range(rand(40)))
    print(list(s | t), list(s & t), list(s - t), list(t - s), list(s ^ t), list(t ^ s))
    u = s.copy()
    u |= t
    w = s.copy()
    w &= t
    x = s.copy()
    x -= t
    y = s.copy()
    y ^= t
    print(list(u), list(w), list(x), list(y), list(frozenset(s)), list(set(list(s))))
    print(list(s.union(t, range(rand(20)))), list(s.intersection(t, s)), list(s.difference(t, range(10))))
d = {}
for i in range(300):
    k = rand(100)
    if rand(3) == 0 and k in d:
        del d[k]
    else:
        d[k] = i
print(list(d.items()))
print(list(set(d)), list(set(d.values())), list(d.keys() & set(range(0, 100, 3))), list(d.keys() ^ set(range(50))))
