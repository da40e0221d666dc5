# int and bool: operators (small and big values, mixed with bool and float), comparisons,
# hashing, and the methods and attributes.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


values = [0, 1, -1, 7, -7, 2 ** 47 - 1, -2 ** 47, 2 ** 47, 2 ** 64 + 3, -(3 ** 50), True, False]
for a in values:
    for b in values:
        row = []
        for op in [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a // b, lambda: a % b,
                   lambda: a / b, lambda: divmod(a, b), lambda: a & b, lambda: a | b, lambda: a ^ b,
                   lambda: a < b, lambda: a == b, lambda: a >= b]:
            try:
                row.append(repr(op()))
            except Exception as e:
                row.append(type(e).__name__ + ': ' + str(e))
        print(a, b, ' '.join(row))

for a in [0, 1, -1, 5, -5, 2 ** 40, -(2 ** 70)]:
    for s in [0, 1, 3, 47, 64, 100]:
        print(a, s, a << s, a >> s)
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 0 << 10 ** 30)
show(lambda: 5 >> 10 ** 30)
show(lambda: -5 >> 10 ** 30)

for a in [0, 1, -1, 2, -2, 3, 10, -10, 2 ** 47, 7 ** 20]:
    for b in [0, 1, 2, 3, 10, 31, -1, -2]:
        show(lambda: a ** b)
for a, b, m in [(2, 10, 1000), (3, 200, 10 ** 9 + 7), (-2, 3, 5), (2, -1, 5), (2, -1, 4), (5, 0, 1),
                (2, 3, 0), (2, 3, -7), (10 ** 30, 10 ** 20, 10 ** 25 + 3), (7, -3, 2 ** 70 + 1)]:
    show(pow, a, b, m)

for x in [0, 1, -1, 255, -256, 2 ** 47 - 1, 2 ** 100, -(2 ** 100) + 1, True, False]:
    print(x, -x, +x, ~x, abs(x), hash(x), bool(x), x.bit_length(), x.bit_count(), x.numerator,
          x.denominator, x.real, x.imag, x.conjugate(), x.as_integer_ratio(), int(x), float(x),
          x.__index__(), x.__round__(), x.__trunc__(), x.__floor__(), x.__ceil__())
for x in [0, 5, 15, 25, 35, -25, 1234567, -1234567, 10 ** 20 + 5 * 10 ** 9]:
    print([round(x, n) for n in (-10, -3, -2, -1, 0, 1, 5)], round(x), round(x, None))

print(True + True, True * 3, -True, ~True, True / 2, True // 2, True ** 10, True << 3, abs(False))
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(True & 3, 3 | False, True ^ 2, type(True & True).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True is True, hash(True), hash(False), {True: 1, 1: 2}, 1 in {True})
print(int(True), float(False), str(True), repr(False), bool(0), bool(2), bool(-0.0), bool(''), bool())
show(lambda: bool(1, 2))
show(lambda: bool(x=1))
print(1 < 1.5, 2 > 1.5, 1 == 1.0, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(3 .bit_length(), (-1024).bit_length(), (2 ** 1000).bit_length(), (2 ** 1000 - 1).bit_count())
print(sum(range(100)), 17 // 5, -17 // 5, 17 % -5, -17 % -5, divmod(-17, 5), 2 ** -1, 10 / 4)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: 0 ** -1)
show(lambda: 10 ** 400 / 3)
show(lambda: 3 / 10 ** 400)
show(lambda: 10 ** 400 / 10 ** 399)
show(lambda: (10 ** 400) / 0.5)
x = 5
x += 3
x -= 1
x *= 6
x //= 4
x %= 7
x **= 5
x <<= 3
x >>= 1
x &= 0xff
x |= 0x100
x ^= 0x55
print(x)
