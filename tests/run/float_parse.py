# float() from strings, bytes and numbers; float.hex/fromhex, as_integer_ratio, is_integer and
# the other float methods, with CPython's errors.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['1.5', '  1.5e3 ', '-2', '+.5', '5.', '.5e-3', '1E5', '1e+5', 'inf', '-inf', '+INF', 'nan',
          '-nan', 'NaN', 'infinity', '-Infinity', 'iNfInItY', 'infinit', 'in f', '1_000.5', '1_0e1_0',
          '1__0', '_1', '1_', '1_.5', '1._5', '1e_5', '0x10', '1e', '1e+', 'e5', '.', '', '   ', 'abc',
          '1.5.5', '1 5', '\t\n 42 \x0c', '\u2003 7 \u3000', '١٢٣', '٣.٥', '1e400', '-1e400', '1e-400',
          '0.1', '123456789012345678901234567890', '2.2250738585072011e-308', '4.9e-324', '2.4e-324',
          '2.5e-324', '1.7976931348623157e308', '1.7976931348623159e308', '00012.500', '1' * 50,
          '0.' + '0' * 30 + '1', '9' * 400, '1e-5', '-0', '-0.0e5', 'nan(1)', '1.5j', '0b1']:
    show(float, s)

for x in [b'1.5', b' -2e3 ', b'inf', b'x', 3, -7, True, False, 2 ** 60 + 1, 10 ** 308, 10 ** 309,
          -(10 ** 400), 1.5, [], None, '1,5', 1j]:
    show(float, x)
show(float)
show(lambda: float(1, 2))
show(lambda: float(x=1))


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return 'x'


for obj in [WithFloat(), WithIndex(), BadFloat()]:
    show(float, obj)

for x in [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 1e100, 1e-100, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 3.141592653589793, -123.456, float('inf'), float('-inf'), float('nan')]:
    print(repr(x), x.hex(), x.is_integer(), x.real, x.imag, x.conjugate())
    show(x.as_integer_ratio)
    show(x.__trunc__)
    show(x.__floor__)
    show(x.__ceil__)
    show(x.__round__)
    show(x.__round__, 1)
    show(x.__int__)

for s in ['0x1.8p1', '1.8p1', '-0X1P-1074', '0x1p-1075', '0x1p-1076', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x1.000000000000080001p0', '0x1p1023', '0x1p1024',
          '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '0x.8', '.8', '8.', '0x.', '0x', '0xp1',
          '1p', '1p+', 'inf', '-Infinity', 'nan', ' 0x10 ', '0x1_0', 'zz', '', '0x0p0', '-0x0p0',
          '0x123456789abcdefp-10', '0x0.0000000000001p-1022', '0x1.ffffffffffffffffp-1023',
          '0x3.' + 'f' * 30 + 'p-1025', '0x1p+99999999999999999', '0x1p-99999999999999999', '0X1P+2']:
    show(float.fromhex, s)
show(float.fromhex, 5)
print(float.fromhex('0x1.8p1').hex(), (2.5).hex(), (-0.1).hex(), (1e-320).hex(), (1e300).hex())
