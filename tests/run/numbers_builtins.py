# abs, divmod, pow, round, hex, oct, bin, format: results and CPython's errors.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0, -5, 5, -2 ** 70, True, False, -0.0, -1.5, float('-inf'), 3 - 4j, -1j]:
    show(abs, x)
show(abs, 'a')
show(abs)
show(abs, 1, 2)
show(lambda: abs(x=1))

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 0), (7.5, 2), (-7.5, 2), (7, 0.5), (7.5, 0),
             (2 ** 70, 3), (-(2 ** 70), 2 ** 35), (True, True), (1, 'a'), ('a', 1), (1j, 1), (1, 1j)]:
    show(divmod, a, b)
show(divmod, 1)
show(divmod, 1, 2, 3)

for args in [(2, 10), (2, -1), (2.0, 0.5), (-8, 1 / 3), (0, 0), (0, -1), (2, 10, 1000), (2, 10, -1000),
             (3, -1, 7), (2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3, 5.0), (2, 3.0, 5), (1j, 2),
             (2, 1j), (1j, 2, 3), ('a', 2), (2, 'a'), (2, 3, 'a'), (None, None, None), (10 ** 20, 3, 97)]:
    show(pow, *args)
show(lambda: pow(base=2, exp=5))
show(lambda: pow(2, exp=5, mod=3))
show(lambda: pow(2, 5, mod=None))
show(pow)
show(pow, 1)
show(lambda: pow(1, 2, 3, 4))
show(lambda: pow(1, 2, foo=3))

for args in [(2.5,), (3.5,), (-2.5,), (2.675, 2), (1234.5, -2), (7, -1), (15, -1), (True,), (1.5, None),
             (0.5, 0), (1e300, 400), (2, 2.0), ('a',), ([],), (1j,), (float('inf'),), (10 ** 30, -29)]:
    show(round, *args)
show(round)
show(lambda: round(number=2.5))
show(lambda: round(2.567, ndigits=2))
show(lambda: round(1, 2, 3))
show(lambda: round(x=1))
show(lambda: round(1, foo=2))

for x in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 64), True]:
    print(hex(x), oct(x), bin(x))
for f in [hex, oct, bin]:
    show(f, 1.0)
    show(f, 'a')
    show(f)
    show(f, 1, 2)

for args in [(1,), (1.5,), (1, ''), (1, 'd'), (1.5, '.2f'), ('abc', '>5'), ('abc',), (None,), (None, ''),
             ([1, 2],), (1 + 2j, '.1f'), (True,), (True, 'd'), (1, 2), (1, None)]:
    show(format, *args)
show(format)
show(format, 1, '', 3)
show(lambda: format(1, format_spec='d'))
print(int, float, complex, bool, type(1), type(1.0), type(1j), type(True), bool.__mro__, int.__name__)
print(isinstance(True, int), isinstance(1, float), isinstance(1.5, float), isinstance(1j, complex))
