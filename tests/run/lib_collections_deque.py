# collections.deque: both ends, maxlen, rotation, indexing, comparisons, errors.
from collections import deque


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d))
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[4], d[-5])
print(d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft('ab')
print(d)
print(d.count(0), d.index(10), 0 in d, 99 in d, list(reversed(d))[:3])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d[0] = 'first'
del d[1]
print(d, d.index('b', 1), d.index(2, -3))
d.insert(2, 'ins')
d.remove('ins')
print(d)
d.reverse()
print(d)
d.clear()
print(d, len(d))
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())
show('index out', lambda: deque([1])[5])
show('index type', lambda: deque([1])['a'])
show('remove missing', lambda: deque([1]).remove(2))
show('index missing', lambda: deque([1, 2]).index(3))
show('slice', lambda: deque([1, 2])[0:1])

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(20, 25))
print(m)
m.extendleft([1, 2])
print(m)
show('insert full', lambda: m.insert(0, 'x'))
show('negative maxlen', lambda: deque([], -1))
show('bad maxlen', lambda: deque([], 'x'))
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)
print(deque('abc', 2) == deque('bc'), deque([1, 2], maxlen=5))

# comparisons and operators
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= a, b > a, a == [1, 2, 3], a == deque([1, 2, 3]))
print(a + b, a * 2, 2 * a, a * 0)
a += [7, 8]
print(a)
a *= 2
print(a, len(a))
show('add list', lambda: deque([1]) + [2])
show('lt list', lambda: deque([1]) < [2])
show('hash', lambda: hash(deque()))
c = a.copy()
c.append('new')
print(a == c, type(c).__name__)

# iteration and mutation
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print('RuntimeError', e)

# recursion in repr, subclass
r = deque([1])
r.append(r)
print(r)


class Named(deque):
    pass

n = Named([1, 2], maxlen=4)
print(n, type(n.copy()).__name__, n.maxlen)
import copy
print(copy.copy(n), copy.deepcopy(deque([[1], [2]], maxlen=5)))

# a BFS-like workload
queue = deque([0])
seen = {0}
steps = 0
while queue:
    x = queue.popleft()
    steps += 1
    for y in (x * 2 + 1, x * 3 + 1):
        if y < 20000 and y not in seen:
            seen.add(y)
            queue.append(y)
print(steps, len(seen))

window = deque(maxlen=4)
total = 0
for i in range(1000):
    window.append(i)
    total += sum(window)
print(total, window)
print(deque[int])
