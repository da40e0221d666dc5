# complex: arithmetic (CPython's algorithms, bit for bit), repr, complex() from numbers and
# strings, abs, hash, equality, format(), and the errors.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


inf = float('inf')
nan = float('nan')
values = [0j, 1j, -1j, 1 + 2j, -3.5 + 0.25j, complex(0, -0.0), complex(-0.0, 0), 2, -3, 0.5, True,
          complex(1e300, 1e300), complex(inf, 0), complex(nan, 1)]
for a in values:
    for b in values:
        row = []
        # (powers with non-integral exponents go through libm's exp/log/sin/cos/atan2/hypot)
        for op in [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b,
                   lambda: a ** b if b != -3.5 + 0.25j else None, lambda: a == b, lambda: a != b]:
            try:
                row.append(repr(op()))
            except Exception as e:
                row.append(type(e).__name__ + ': ' + str(e))
        print(repr(a), repr(b), ' '.join(row))

for z in [0j, 1j, 1 + 2j, -1 - 2j, complex(3, -4), complex(1e16, 1), complex(1.5, 0), complex(-0.0, -0.0),
          complex(inf, -inf), complex(nan, nan), complex(0, 1e-5), complex(123456789, 0.1)]:
    print(repr(z), str(z), abs(z), hash(z) if z == z else 'nan', z.real, z.imag, z.conjugate(), -z, +z, bool(z),
          z.__getnewargs__())
show(abs, complex(1e308, 1e308))
show(abs, complex(inf, nan))
show(abs, complex(nan, 1))
for b, e in [(1 + 2j, 2), (1 + 2j, 3), (1 + 2j, -2), (1 + 2j, 0.5), (1 + 2j, 1 + 1j), (2, 1j), (-1, 0.5),
             (1j, 2), (0j, 0), (0j, 0j), (0j, -1), (0j, 1j), (2 + 0j, -1), (1 + 2j, 101), (1 + 2j, 100),
             (complex(1e200, 1e200), 2), (complex(inf, 0), 2), (10 + 10j, 500.5), (1j, 1j)]:
    show(lambda: b ** e)
show(lambda: pow(1j, 2, 3))
show(lambda: 1j // 2)
show(lambda: 1j % 2)
show(lambda: divmod(1j, 2))
show(lambda: 1j < 2j)
show(lambda: 1j / 0)
show(lambda: 1j / 0j)
show(lambda: 10 ** 400 * 1j)
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, 2 ** 60 + 0j == 2 ** 60, 2 ** 60 + 0j == 2 ** 60 + 1,
      (1 + 0j) != 1, {1: 'a', 1 + 0j: 'b'}, 1j in [1j])

for s in ['1+2j', '  ( 1+2j )  ', '1e5j', '-j', 'j', '+J', '1+j', '1-j', 'inf-infj', 'nanj', '-1.5e-3+2.5E2J',
          '1_0+2_0j', '1e+j', '1e', '(1+2j', '1+2j)', '1+2', '1 + 2j', 'abc', '', '()', '(j)', '3',
          ' -4.5 ', '1j+2', 'infinityj', '+inf+infj', '1+2jj', '٣+٤j']:
    show(complex, s)
for args in [(), (1,), (1, 2), (1.5, -2.5), (1 + 2j,), (1 + 2j, 3 + 4j), (1, 2 + 3j), (True, False),
             (2 ** 60, 1), ('1+2j', 1), (1, '2'), (None,), (1, None), ([],), (10 ** 400,), (1j, 1j)]:
    show(complex, *args)
show(lambda: complex(real=1, imag=2))
show(lambda: complex(imag=2))
show(lambda: complex(1, 2, 3))
show(lambda: complex(foo=1))

SPECS = ['', 'e', '.2e', 'f', '.3f', 'g', '.3g', 'E', 'F', 'G', 'n', '+', ' .2f', '20', '<20', '^22.3f',
         '*>25', '-.1f', '#g', ',.2f', '_g', 'z.1f', '.0f', '.1']
for z in [1 + 2j, -1.5 - 2.25j, 1j, -0.0 - 0.0j, complex(1234567.891, -0.001), complex(inf, nan), 3 + 0j,
          complex(-0.0, 2), complex(0.0005, -0.0005)]:
    print(repr(z), ' | '.join(format(z, spec) for spec in SPECS))
for spec in ['010', '=10', '%', 'd', 'x', '.2%', 's', '0<10']:
    show(format, 1 + 2j, spec)
