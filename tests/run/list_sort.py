# list.sort and sorted: stability, key, reverse, mixed types, errors, mutation during the sort.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


l = [5, 3, 9, 1, 3, 7, 0, -2]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'kiwi']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(i % 3, i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0.0, 10]))
print(sorted([2.5, float('inf'), -0.5, 1e300]))
print(sorted(['b', 'a', 'B', '', 'ab', 'ä', 'aa']))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted('hello world'), sorted({3: 1, 1: 2}), sorted({5, 2, 8}), sorted(range(5), reverse=True))
big = [(i * 7919) % 1000 for i in range(1000)]
sb = sorted(big)
print(sb[:10], sb[-5:], sb == sorted(sb), len(sb))
stab = sorted([(x % 10, i) for i, x in enumerate(big)], key=lambda p: p[0])
print(all(stab[i][1] < stab[i + 1][1] for i in range(len(stab) - 1) if stab[i][0] == stab[i + 1][0]))
rev = sorted([(x % 10, i) for i, x in enumerate(big)], key=lambda p: p[0], reverse=True)
print(rev[:3], rev[-3:])
print(sorted([]), sorted([1]), sorted([2, 1]), sorted([1, 2], key=None))
check(lambda: sorted([1, 'a']))
check(lambda: sorted([1, 2], key=lambda x: 'a' if x == 1 else 2))
check(lambda: [3, 1].sort(1))
check(lambda: [3, 1].sort(key=1))
check(lambda: [3, 1].sort(foo=1))
check(lambda: [3, 1].sort(reverse='x'))
check(lambda: [3, 1].sort(reverse=None))
check(lambda: sorted())
check(lambda: sorted([1], [2]))
check(lambda: sorted([], foo=1))
check(lambda: sorted(5))
a = [3, 1, 2]
print(a.sort(reverse=1), a, a.sort(reverse=0), a)
m = [3, 1, 2]


def bad_key(x):
    m.append(x)
    return x


check(lambda: m.sort(key=bad_key))
print(m)
n = [3, 1, 2]


def clearing_key(x):
    n.clear()
    return x


check(lambda: n.sort(key=clearing_key))
print(n)
seen = []


def peek(x):
    seen.append(len(q))
    return x


q = [2, 1]
q.sort(key=peek)
print(seen, q)
err = [3, 'a', 1, 2]
check(lambda: err.sort())
print(sorted(err, key=str))
nan = float('nan')
print(sorted([3, nan, 1]) [1:] == [1, 3] or True)
