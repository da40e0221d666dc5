# list operators: + * += *= in, comparisons, repr (with the guard for self-containing lists), truth.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Exponents in variables, so that the big ints are computed at run time, not folded into constants.
E50, E62, E70 = 50, 62, 70
a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * a, a * 0, a * -2, [] * 5, [[]] * 2, a * True)
check(lambda: a + (3,))
check(lambda: a + None)
check(lambda: None + a)
check(lambda: a * 1.5)
check(lambda: 1.5 * a)
check(lambda: a * a)
check(lambda: a * 'x')
check(lambda: 'x' * a)
check(lambda: a - b)
c = a
c += b
print(c, a, c is a)
c += (4, 5)
c += 'xy'
c += range(2)
print(a)
d = [1, 2]
e = d
d *= 2
print(d, e is d)
d *= 0
print(d, e)
f = [1]
f *= -1
print(f)


def iadd_bad():
    g = [1]
    g += 5
    return g


def imul_bad():
    g = [1]
    g *= 'x'
    return g


check(iadd_bad)
check(imul_bad)
print(2 in [1, 2], 3 not in [1, 2], [1] in [[1]], 1.0 in [1], 'a' in ['ab'], None in [None])
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [] < [0])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [1, 2] == (1, 2), [[1]] == [[1]], [1] == [1.0], [] == [])
check(lambda: [1] < (1,))
check(lambda: [1, 'a'] < [1, 2])
check(lambda: [1] < 'a')
print(bool([]), bool([0]), len([1, 2, 3]), not [])
x = [1, 2]
x.append(x)
print(x, repr(x), str(x))
y = [x, [x]]
print(y)
z = {'k': [1]}
z['k'].append(z)
print(z)
t = ([],)
t[0].append(t)
print(t)
print(repr(['a', "b'c", 1.5, None, True, (1,), {}, set()]))
check(lambda: hash([]))
check(lambda: {[]: 1})
nested = [[1, 2], [3, [4, [5]]]]
print(nested, nested[1][1][1][0])
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
li = [1, 2, 3]
for v in li:
    if v == 1:
        li.append(4)
    print(v, end=' ')
print()
m = [0] * 3
m[1] += 5
print(m, [0, 1][-1], [1, 2, 3][-3])
check(lambda: [1][2 ** E50])
check(lambda: [1][-2 ** E62])
check(lambda: [1][2 ** E70])
check(lambda: [1] * 2 ** E70)
check(lambda: [1, 2, 3][2 ** E70:])
print([1, 2, 3][-2 ** E70:2 ** E70], [1, 2].pop(-2 ** E50 + 2 ** E50))
print(list(range(3)) * 2 == [0, 1, 2, 0, 1, 2])
