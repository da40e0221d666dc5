# min, max, sum, any, all: argument forms, key, default, CPython's messages, float summation.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min('hello'), max('hello'), min({5, 3}), max(range(7)))
print(min(1, 2.5), max(1, 2.5), min(-0.0, 0), max(0, -0.0), min([1, 1.0]), max([1.0, 1]))
print(min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len), max('ab', 'cd', key=lambda s: s[1]))
print(max([1, -3, 2], key=abs), min([1, -3, 2], key=abs), max([(1, 'b'), (1, 'a')]), min([[2], [1, 5]]))
print(max([], default=None), min([], default='empty'), max([3], default=0), min((), key=len, default=7))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([2, 2.0]), min(key=None, *[5, 4]), max([4, 5], key=None))
check(lambda: min())
check(lambda: max())
check(lambda: max([]))
check(lambda: min(()))
check(lambda: max(1))
check(lambda: max(1, 2, default=3))
check(lambda: max([1], foo=1))
check(lambda: min([1], key=1))
check(lambda: max([1, 'a']))
check(lambda: min('a', 2))
check(lambda: max(key=len))
print(sum([1, 2, 3]), sum([]), sum([], 5), sum([1, 2], start=10), sum(range(101)), sum([0.1] * 10), sum([1.5, 2, 3]))
print(sum([1, 2.5]), sum([2.5, 1]), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([True, True, False]))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 2], 0.5), sum(x / 10 for x in range(5)))
print(sum([2 ** 46, 2 ** 46, 2 ** 46]), sum([-5, 3]), sum([1], True), sum(iter([3, 4])))
check(lambda: sum())
check(lambda: sum(['a', 'b'], ''))
check(lambda: sum([b'a'], b''))
check(lambda: sum(['a', 'b']))
check(lambda: sum([1, 'a']))
check(lambda: sum(1))
check(lambda: sum([1], 2, 3))
check(lambda: sum([1], 2, start=3))
check(lambda: sum([1], foo=1))
print(any([]), any([0, '', None]), any([0, 1]), any(x > 2 for x in range(5)), any('a'), any({0: 1}))
print(all([]), all([1, 'a']), all([1, 0]), all(x < 10 for x in range(5)), all(iter([[]])), all(range(1, 4)))
check(lambda: any())
check(lambda: all(1))
check(lambda: any([], []))
check(lambda: all(x=[]))
seen = []


def noisy(x):
    seen.append(x)
    return x


print(any(map(noisy, [0, 0, 3, 4])), seen)
seen.clear()
print(all(map(noisy, [1, 0, 2])), seen)
