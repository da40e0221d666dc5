# The eval loop's fast paths for + - * and comparisons (small ints, floats) and their edges:
# results that need a bigint, NaN and infinities, mixed int/float, in-place forms, other types.
import math

edge = 2 ** 47 - 1  # the largest int the VM keeps unboxed
ints = [0, 1, -1, 7, -7, edge, -edge - 1, edge + 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 10 ** 20]
floats = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, math.inf, -math.inf, math.nan, 5e-324]

for a in ints:
    for b in ints:
        print(a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b)

for a in floats:
    for b in floats:
        print(repr(a + b), repr(a - b), repr(a * b), a < b, a <= b, a == b, a != b, a > b, a >= b)

for a in [3, -4, edge]:
    for b in [0.5, -2.0, math.inf, math.nan]:
        print(repr(a + b), repr(b - a), repr(a * b), a < b, b <= a, a == b, b != a)

x = edge
x += 1
print(x, type(x).__name__)
x -= 1
print(x)
x *= x
print(x)
y = 1.5
y += 2
y *= -1
y -= 0.25
print(y)
print([1, 2] + [3], "ab" * 3, (1,) + (2,), [0] * 4, 3 * "x")
print(True + True, True - False, True * 7, 2 < True, False == 0)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    __radd__ = __add__

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


print(Money(5) + Money(7), 3 + Money(1), Money(1) < Money(2), Money(3) > Money(2))
for bad in [lambda: 1 + "a", lambda: [] - [], lambda: {} * 2, lambda: 1 < "a", lambda: None > None]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
i = 0
total = 0
while i < 1000:
    total += i * i - i
    i += 1
print(total)
