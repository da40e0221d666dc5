# Native modules calling back into Python code that allocates (comparisons, keys, __index__): the
# collector runs meanwhile and must find every object the natives still hold.
import heapq, bisect, itertools, random, operator, math
class K:
    __slots__ = ('v', 'pad')
    def __init__(self, v):
        self.v = v
        self.pad = [str(v)] * 3
    def __lt__(self, o):
        junk = [str(i) for i in range(5)]
        return self.v < o.v
    def __eq__(self, o):
        junk = {str(i): i for i in range(3)}
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __index__(self):
        junk = [object() for _ in range(3)]
        return self.v
total = 0
for r in range(6):
    h = []
    for i in range(2000):
        heapq.heappush(h, K((i * 7919 + r) % 1000))
    s = [heapq.heappop(h).v for _ in range(1000)]
    total += sum(s)
    lst = [K(i) for i in range(500)]
    total += bisect.bisect(lst, K(250), key=lambda k: K(k.v))
    total += sum(len(list(g)) for _, g in itertools.groupby((K(i // 3) for i in range(3000)), key=lambda k: K(k.v // 2)))
    a, b = itertools.tee(K(i) for i in range(3000))
    total += sum(x.v for x in a) - sum(x.v for x in b)
    total += sum(p[0].v for p in itertools.product([K(1), K(2)], repeat=8))
    total += math.gcd(K(12), K(18), K(30)) + math.comb(K(30), K(7)) % 1000 + math.perm(K(20), K(5)) % 997
    total += sum(operator.itemgetter(K(1), K(3))([9, 8, 7, 6]))
    random.seed(r)
    total += sum(x.v for x in random.sample([K(i) for i in range(5000)], 300))
    total += len(list(itertools.islice(itertools.accumulate((K(i) for i in range(4000)), lambda x, y: K(x.v + y.v)), 3000)))
    total += len(list(heapq.merge(*[[K(i), K(i + 5)] for i in range(200)], key=lambda k: K(k.v))))
print(total)
