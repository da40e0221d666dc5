# float operators with CPython's semantics: signs of // and %, ** special cases and errors,
# mixed int/float arithmetic, exact comparison with huge ints, hashing.
inf = float('inf')
nan = float('nan')


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


values = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 0.1, 3, -3, True, inf, -inf, nan, 1e308]
for a in values:
    for b in values:
        print(repr(a), repr(b), end=': ')
        for op in [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b,
                   lambda: a % b, lambda: divmod(a, b), lambda: a ** b]:
            try:
                print(repr(op()), end=' ')
            except Exception as e:
                print(type(e).__name__, e, end='; ')
        print()

show(lambda: 2.0 ** 10000)
show(lambda: (-2.0) ** 10001.0)
show(lambda: 2.0 ** -10000)
show(lambda: (-8.0) ** (1 / 3))
show(lambda: (-1.0) ** 0.5)
show(lambda: 0.0 ** -1)
show(lambda: 0.0 ** -1.5)
show(lambda: (-0.0) ** -3)
show(lambda: (-0.0) ** 3)
show(lambda: (-1.0) ** 1e300)
show(lambda: 1.0 ** nan)
show(lambda: nan ** 0)
show(lambda: 10 ** -2)
show(lambda: 0 ** -1)
show(lambda: 1e308 * 10)
show(lambda: 1e308 + 1e308)
show(lambda: -1e308 * 10)
show(lambda: 2 ** 0.5)
show(lambda: 10 ** 400 + 1.0)
show(lambda: 1.0 + 10 ** 400)
show(lambda: 10 ** 300 * 1.5)
show(lambda: float(10 ** 308))
show(lambda: 5.0 // 0.5)
show(lambda: 1.0 % 0.1)
show(lambda: -1e-300 % 1e300)
show(lambda: 1e300 % -1e-300)
show(lambda: 7.5 // -2)
show(lambda: -7.5 % 2)
show(lambda: pow(2.0, 3))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 3, 5.0))
show(lambda: -(0.0))
show(lambda: +(-0.0))
show(lambda: abs(-0.0))
show(lambda: abs(-inf))

# comparisons, exact even for ints beyond 2**53
big = 2 ** 53 + 1
for a, b in [(float(2 ** 53), big), (9007199254740992.0, 9007199254740993), (1e20, 10 ** 20),
             (1e20, 10 ** 20 + 1), (1.5, 1), (1.5, 2), (-1.5, -1), (inf, 10 ** 400), (-inf, -10 ** 400),
             (nan, 10 ** 400), (1e308, 10 ** 308), (0.0, 0), (-0.0, False), (0.5, True), (2.0, 2)]:
    print(repr(a), b if b < 10 ** 30 else 'big', a < b, a <= b, a == b, a != b, a > b, a >= b,
          b < a, b <= a, b == a, b != a, b > a, b >= a)
print(nan == nan, nan != nan, nan < 1, 1 < nan, nan == 1, inf == inf, inf > 10 ** 1000)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1 == 1.0, True == 1.0)

for x in [0.0, -0.0, 1.0, -1.0, 0.5, 1e100, 1e-100, 2.0 ** 61, 2.0 ** 62, 1.5, -1.5, 123.456,
          inf, -inf, 5e-324, 1.7976931348623157e308]:
    print(repr(x), hash(x), hash(x) == hash(int(x)) if x not in (inf, -inf) and x == int(x) else '')
print(hash(nan) == hash(nan), {1: 'a', 1.0: 'b', True: 'c'}, {0.5, 1.5, 0.5})
print(sum([0.1] * 10), 0.1 * 3, 1 / 3 * 3, 4.35 * 100, 1.1 - 1.0)
print(True + 1.5, 2.5 * False, 3 / 2, 3 // 2.0, 2 ** 0.5 * 2 ** 0.5)

x = 1.0
x += 2
x *= 3.5
x -= 0.5
x /= 4
x //= 0.3
x %= 2
x **= 3
print(x)
