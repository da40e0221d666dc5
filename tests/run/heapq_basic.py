# heapq: the sifting order of CPython's _heapq (small and cache-friendly heapify), merge, nlargest, nsmallest.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heapreplace(h, 6), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
data = [(i * 7919) % 1013 for i in range(3000)]
big = list(data)
heapq.heapify(big)
print(big[:20], big[-5:])
small = data[:100]
heapq.heapify(small)
print(small[:20])
print([heapq.heappop(small) for _ in range(10)])
print(heapq.nlargest(3, data), heapq.nsmallest(4, data), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), heapq.nlargest(2, [], key=abs))
print(heapq.nlargest(3, [(1, 'a'), (3, 'b'), (3, 'c'), (2, 'd')], key=lambda p: p[0]), heapq.nsmallest(0, [1, 2]), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(['a', 'bbb'], ['cc'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
m = list(data[:50])
heapq._heapify_max(m)
print(m[:10], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[:10])

# Many small heaps of tuples (objects the collector must keep while sifting).
total = 0
for round in range(200):
    q = []
    for i in range(50):
        heapq.heappush(q, ((i * 37 + round) % 50, str(i)))
    total += sum(heapq.heappop(q)[0] for _ in range(25))
print(total)


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return 'Item(%d)' % self.v


q = [Item(v) for v in [5, 1, 4, 2, 3]]
heapq.heapify(q)
print(q, heapq.heappop(q))

for f in [lambda: heapq.heappush([]), lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heappop(1),
          lambda: heapq.heapify(1), lambda: heapq.heapify(), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], 'a'),
          lambda: heapq.heappop(x=1), lambda: heapq.heappushpop(1, 2)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
