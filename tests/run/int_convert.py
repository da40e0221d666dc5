# int(x), int(str, base), int(bytes), to_bytes/from_bytes, and their errors.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0', '123', '-45', '+7', '  42  ', '\t-0\n', '1_000', '1__0', '_1', '1_', '0x1f', '1.5',
          '', ' ', '12a', '٣٤', '１２', '0' * 30 + '1', '9' * 40, '-' + '7' * 60, '00', '010', 'abc',
          '1e5', '2147483648', '-9223372036854775809', '+-1', '\u2003 5 \u2003', 'x' * 300]:
    show(int, s)
for s, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0),
                ('0b101', 2), ('101', 2), ('12', 2), ('z', 36), ('Z', 36), ('10', 37), ('10', 1),
                ('10', -1), ('010', 0), ('000', 0), ('0_0', 0), ('0x_1f', 0), ('0x_', 16), ('0b', 0),
                ('1_0', 8), ('777', 8), ('0o777', 8), ('0O7', 0), ('0X1F', 16), ('  -0x1f ', 16),
                ('123', 10), ('zz', 35), ('1' * 100, 2), ('f' * 100, 16)]:
    show(int, s, base)
for x in [3.9, -3.9, 0.5, -0.0, 1e20, -1e300, 2.0 ** 63, float('inf'), float('-inf'), float('nan'),
          True, False, b'42', b' -7 ', b'0x10', [], None, 1j]:
    show(int, x)
show(int)
show(lambda: int(base=10))
show(lambda: int(x=1))
show(lambda: int('1', 2, 3))
show(lambda: int('1', base=2, x=3))
show(lambda: int(5, 10))
show(lambda: int('5', 2.0))
show(lambda: int(b'12', 16))
show(lambda: int('10', base=8))

for n, length, order, signed in [(0, 1, 'big', False), (1, 2, 'big', False), (1, 2, 'little', False),
                                 (255, 1, 'big', False), (256, 1, 'big', False), (-1, 1, 'big', True),
                                 (-1, 1, 'big', False), (-128, 1, 'little', True), (-129, 1, 'big', True),
                                 (128, 1, 'big', True), (2 ** 64 - 1, 8, 'little', False),
                                 (-(2 ** 63), 8, 'big', True), (0, 0, 'big', False), (1, 0, 'big', False),
                                 (-1, 0, 'big', True), (1, 1, 'middle', False), (1, -1, 'big', False),
                                 (10 ** 30, 13, 'big', False)]:
    show(lambda: n.to_bytes(length, order, signed=signed))
show(lambda: (1).to_bytes())
show(lambda: (65).to_bytes(2, byteorder='little'))
show(lambda: (1).to_bytes(1, 2))
show(lambda: (1).to_bytes(1, 'big', 3))
show(lambda: (1).to_bytes(length=1.5))
for data, order, signed in [(b'\x00\x01', 'big', False), (b'\x00\x01', 'little', False),
                            (b'\xff', 'big', True), (b'\xff', 'big', False), (b'', 'big', True),
                            (b'\x80\x00', 'big', True), ([1, 2, 3], 'big', False), ((255, 0), 'little', True),
                            (b'\x01' * 20, 'big', False), (b'\xff' * 20, 'little', True)]:
    show(lambda: int.from_bytes(data, order, signed=signed))
show(lambda: int.from_bytes(b'\x01\x02'))
show(lambda: int.from_bytes([256], 'big'))
show(lambda: int.from_bytes(5, 'big'))
show(lambda: int.from_bytes(b'1', 'sideways'))
show(lambda: int.from_bytes())
show(lambda: bool.from_bytes(b'\x01', 'big'))
