# A generator resumed by a native (sorted, list, tuple, min consuming it) must hand the frame
# chain back to that native when it finishes: the native's later calls into Python (here an
# allocating __lt__ that triggers collections) must not lose the caller's frame to the collector.


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        pair = [self.v, other.v]
        return pair[0] < pair[1]


def items(n):
    for i in range(n):
        yield K(n - i)


total = 0
for rep in range(300):
    r = sorted(K(i) for i in range(500))
    total += sum(k.v for k in r)
    total += min(items(50)).v + max(items(40)).v
    assert [k.v for k in sorted(items(30))] == list(range(1, 31))
print(total)
