# Starred unpacking, nested targets, swaps, the walrus, and unpacking errors.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
x, (y, z), w = 1, (2, 3), 4
print(first, rest, init, last, x, y, z, w)
head, *mid, tail = range(6)
print(head, mid, tail)
print([*range(3), *'ab'], (*[1, 2], 3), {**{'a': 1}, 'b': 2})
if (n := len(rest)) > 2:
    print('walrus', n)
values = [y for x in range(5) if (y := x * x) > 4]
print(values, y)
for bad in ([1, 2, 3], [1], 5):
    try:
        p, q = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], *(3,), **{'a': 1}, b=2))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
