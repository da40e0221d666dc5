# list methods: append, extend, insert, remove, pop, clear, index, count, reverse, copy.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


l = []
l.append(1)
l.append([2])
l.extend((3, 4))
l.extend('ab')
l.extend(range(2))
l.extend(x for x in [7])
l.extend({8: 0})
print(l, len(l))
l.extend(l)
print(l)
l = [1, 2, 3]
l.insert(0, 0)
l.insert(100, 9)
l.insert(-1, 8)
l.insert(-100, -1)
l.insert(True, 'T')
print(l)
l.remove(8)
print(l)
check(lambda: l.remove(42))
print(l.pop(), l.pop(0), l.pop(-2), l.pop(True), l)
check(lambda: [].pop())
check(lambda: [1].pop(1))
check(lambda: [1].pop(-2))
check(lambda: [1].pop('a'))
check(lambda: [1].pop(1, 2))
l = [1, 2, 3, 2, 1, 2]
print(l.count(2), l.count(7), l.count(1.0), l.index(2), l.index(2, 2), l.index(2, -1), l.index(1, 1, 5))
check(lambda: l.index(9))
check(lambda: l.index('x'))
check(lambda: l.index(2, 2, 3))
check(lambda: l.index())
check(lambda: l.index(1, None))
check(lambda: l.count())
l2 = l.copy()
l2.append(0)
print(l, l2, l.copy() == l, l.copy() is l)
l.reverse()
print(l)
l.clear()
print(l, len(l))
check(lambda: [].append())
check(lambda: [].append(1, 2))
check(lambda: [].append(x=1))
check(lambda: [].extend(1))
check(lambda: [].extend())
check(lambda: [].insert(1))
check(lambda: [].insert('a', 1))
check(lambda: [].clear(1))
check(lambda: [].copy(1))
check(lambda: [].reverse(1))
check(lambda: [].remove())
print(list(), list('ab'), list((1, 2)), list(range(3)), list({1: 'a', 2: 'b'}), list(x for x in 'xy'))
check(lambda: list(1))
check(lambda: list([], []))
check(lambda: list(x=1))
big = []
for i in range(1000):
    big.append(i * i)
while len(big) > 3:
    big.pop()
print(big)
s = [5, 6]
del s[0]
print(s)
s = list(range(10))
del s[-1]
del s[2]
print(s)
check(lambda: type(s.__reversed__()).__name__)
print(list(reversed(s)), type(reversed(s)).__name__)
r = reversed(s)
s.pop()
s.pop()
print(list(r))
