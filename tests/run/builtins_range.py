# range: construction, len, indexing, slicing, membership, equality, hash, count/index, reversed, repr.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Exponents in variables, so that the big ints are computed at run time, not folded into constants.
E50, E70 = 50, 70
r = range(10)
print(r, range(1, 10), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 2))
print(len(r), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(5, 2)), len(range(-5, 5, 7)), bool(range(0)), bool(r))
print(list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(-3, 3)), list(range(0, -10, -4)))
print(r[0], r[-1], r[5], range(1, 10, 3)[2], range(10, 0, -3)[-1], r[True])
check(lambda: r[10])
check(lambda: r[-11])
check(lambda: r['a'])
check(lambda: range(0)[0])
check(lambda: r[2 ** E70])
check(lambda: r[-2 ** E50])
print(r[2:5], r[::2], r[::-1], r[5:1:-2], r[-3:], r[100:], range(1, 10, 3)[1:], range(10, 0, -2)[::2], range(0, 10, 3)[::2])
print(list(r[::-3]), r[3:3], r[:0:-1])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 1.0 in r, 1.5 in r, 'a' in r, True in r)
print(7 in range(10, 0, -3), 4 in range(10, 0, -3), 10 in range(10, 0, -3), 0 in range(10, 0, -3))
print(range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 3, 5), r == range(10), r != range(9))
print(range(3) == [0, 1, 2], range(2, 2) == range(3, 3))
check(lambda: range(3) < range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 9, 100)), hash(range(3)) == hash(range(0, 3, 1)))
print(hash(range(5)), hash(range(1, 6, 2)))
print({range(3): 'x'}[range(0, 3)])
print(r.count(3), r.count(11), r.count(1.0), r.count('a'), r.index(4), range(10, 0, -3).index(4), r.index(2.0))
check(lambda: r.index(11))
check(lambda: r.index('a'))
check(lambda: range(0, 10, 2).index(3))
check(lambda: r.count())
check(lambda: r.index())
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(r.start, r.stop, r.step, range(1, 2, 3).step, range(5).start)
check(lambda: range())
check(lambda: range(1, 2, 3, 4))
check(lambda: range(1.5))
check(lambda: range(0, 10, 0))
check(lambda: range('a'))
check(lambda: range(x=1))
check(lambda: hash(r) == hash(range(10)))
print(range(True), range(-5), list(range(2, -2, -1)), sum(range(1, 101)), max(range(3)), sorted(range(3), reverse=True))
total = 0
for i in range(3, 30, 4):
    total += i
print(total, [i * i for i in range(5)], tuple(range(3)), set(range(3)))
it = iter(range(3))
print(type(it).__name__, next(it), list(it), list(it))
print(range(2 ** 40, 2 ** 40 + 3)[1], len(range(0, 2 ** 46, 2 ** 20)))
