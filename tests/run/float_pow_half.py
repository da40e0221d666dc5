# x ** 0.5 is glibc's pow, not sqrt: they differ for about one x in a thousand, and the fast path
# for y == 0.5 must give pow's result every time.
import math

xs = []
v = 0.7
for i in range(100000):
    v = (v * 3.9 * (1 - v)) if 0 < v < 1 else 0.3
    xs.append(v * 10 ** ((i % 41) - 20))
diffs = [i for i, x in enumerate(xs) if x ** 0.5 != math.sqrt(x)]
print(len(diffs), diffs[:8])
print([repr(xs[i] ** 0.5) for i in diffs[:8]])

edges = [0.0, 1.0, 4.0, 2.0, 0.25, 5e-324, 2.2250738585072014e-308, 1e-250, 1e250, 1.7976931348623157e308,
         math.inf, 9007199254740993.0, 1e-300, 1e300, 2.0 ** -1074, 2.0 ** 1023, 3.0]
print([repr(x ** 0.5) for x in edges])
print(repr(math.pow(2.0, 0.5)), repr(8 ** 0.5), repr((-4.0) ** 0.5))
try:
    print((-4.0) ** 0.5 == complex(0, 2))
    print(math.pow(-4.0, 0.5))
except ValueError as e:
    print('ValueError:', e)
