"""Assignments, operators, displays and the expressions that are not calls."""
import sys

a = 1
b, c = 2, 3
d = e = f = [a, b, c]
(g, [h, *i]), j = (4, [5, 6, 7]), 8
*k, l = range(5)
a += 1
d[0] -= 2
d[1:2] *= 3
sys.x = 0
sys.x |= 4
del g, h
del d[0], d[1:2]
del sys.x

# Constant folding (ast_opt.c): operators, tuples, subscripts, __debug__.
m = 2 ** 10 + (3 - 1) * 4 // 3 % 5 - -1
n = (1, 2, (3, "four")) + (5,)
o = "abc" * 3 + "d"[0] + "xyz"[-1]
p = 1 / 3, 7 // -2, -7 % 3, 2 ** -1, 10 ** 20 * 10 ** 20, 1 << 200, ~5, not 0
q = 1 + 2j, -2j, 3.5 * 2, 0.1 + 0.2, 2 ** 0.5, 1e308 * 10
r = __debug__ and "debug"
s = "%s and %r: %5s|%-3s|%.2s" % (a, b, c, d, "xyz")
t = b"abc" + b"d", b"ab"[1], (1, 2, 3)[1:], "x" * 5000
u = a in [1, 2, 3], a not in {1, 2}, a in {b, c}

# Comparisons, boolean operators, conditional expressions, the walrus.
v = a < b <= c != d
w = a and b or c and not d
x = a if b else c if d else e
if (y := a + 1) > 1 and (z := y * 2):
    pass
big = [1, 2, a, b, c, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]
bigdict = {'k%d' % n: n for n in range(3)}
dicts = {1: a, 2: b}, {'x': 1, 'y': 2, **{'z': 3}}, {**bigdict}, {}
sets = {a, b, *d}, {1, 2, 3}, set()
tuples = (a,), (*d, a), ()
lists = [], [a], [*d, *d], [1, 2, 3]

# Subscripts and slices.
sl = d[1:], d[:2], d[::2], d[1:2:3], d[a:b, c], d[...]

# f-strings.
name = "world"
fs = f"hello {name}!", f"{name!r:>10}", f"{a + b = }", f"{name:{a}.{b}}", f"", f"{a}{b}{c}"

# Starred calls and keyword arguments.
print(*d, sep="", **{"end": "\n"})
print(a, b, *d, c, sep=" ", end="\n")
