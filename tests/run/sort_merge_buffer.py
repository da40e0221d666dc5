# Sorting merges runs through a temporary buffer that must hold the whole left run (for 40
# items: a run of 32 and one of 8). Too small a buffer overwrote the neighbouring object, which
# showed up later as nonsense errors; allocating comparisons and keys make the collector trace
# the damage.


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        pad = [self.v] * 200
        return pad[0] < other.v


total = 0
for n in (40, 70, 100, 300, 500, 1000):
    for rep in range(10):
        r = sorted(K(n - i) for i in range(n))
        s = sorted(range(n, 0, -1), key=lambda x: [x] * 50)
        total += sum(k.v for k in r) + sum(s)
print(total)
