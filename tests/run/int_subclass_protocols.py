# Subclasses of int and float (boxes with attributes), and user classes implementing the numeric
# protocols (__float__, __index__, __int__, __round__, __format__, __divmod__, __pow__ …).
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % self


class MyFloat(float):
    pass


class Meters(float):
    def __str__(self):
        return '%gm' % self


a = MyInt(5)
b = MyFloat('2.5')
print(a, b, repr(a), a + 1, a * a, -a, abs(MyInt(-3)), b * 2, b ** 2, type(a + 1).__name__, type(b + 1).__name__)
print(hash(a) == hash(5), a == 5, 5 == a, a < 6, int(a), type(int(a)).__name__, float(b), type(float(b)).__name__)
print(isinstance(a, int), isinstance(b, float), MyInt(), MyFloat(), MyInt('ff', 16), MyInt(3.9), str(Meters(3)))
print(a.bit_length(), a.real, a.imag, b.is_integer(), b.hex(), b.as_integer_ratio(), round(b), round(a, -1))
print(format(a, '05d'), format(b, '.3f'), f'{a:x} {b:e}', '%d %s %r' % (a, b, b), [1, 2, 3, 4, 5, 6][a])
print(MyFloat.fromhex('0x1p3'), type(MyFloat.fromhex('0x1p3')).__name__, MyInt.from_bytes(b'\x01\x00', 'big'), type(MyInt.from_bytes(b'\x01', 'big')).__name__)
a.tag = 'x'
print(a.tag)


class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __round__(self, n=None):
        return 'rounded %r' % (n,)

    def __format__(self, spec):
        return 'Num[' + spec + ']'

    def __divmod__(self, other):
        return ('divmod', other)

    def __rdivmod__(self, other):
        return ('rdivmod', other)

    def __pow__(self, other, mod=None):
        return ('pow', other, mod)

    def __rpow__(self, other):
        return ('rpow', other)

    def __abs__(self):
        return 'abs!'


n = Num(7)
print(float(n), int(n), complex(n), hex(n), bin(n), round(n), round(n, 2), format(n, 'xyz'), f'{n:>5}')
print(divmod(n, 1), divmod(1, n), pow(n, 2), 2 ** n, abs(n), [0] * 10 == [0] * n, range(n))
show(lambda: 1 + n)


class BadIndex:
    def __index__(self):
        return 'no'


class IntLike:
    def __int__(self):
        return 42


show(hex, BadIndex())
show(int, IntLike())
show(float, IntLike())
show(lambda: 3 .__add__(4))
show(lambda: (2.5).__mul__(2))
show(lambda: int.__add__(1, 2))
show(lambda: MyInt(3) + MyInt(4))
