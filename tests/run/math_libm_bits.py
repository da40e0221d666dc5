# math: the C library functions bit for bit as CPython's (glibc's, with its fused multiply-adds),
# over special values and a few hundred deterministic pseudo-random inputs per function.
import math

state = 20240611


def bits():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


def unit():
    return (bits() >> 11) / 2**53


def any_float():
    b = bits()
    sign = '-' if b >> 63 else ''
    e = (b >> 52) & 0x7FF
    m = b & (2**52 - 1)
    if e == 0x7FF:
        return float(sign + ('inf' if m == 0 else 'nan'))
    if e == 0:
        return float.fromhex('%s0x0.%013xp-1022' % (sign, m))
    return float.fromhex('%s0x1.%013xp%d' % (sign, m, e - 1023))


def show(f, *args):
    try:
        return f(*args).hex()
    except (ValueError, OverflowError) as e:
        return type(e).__name__


specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-310, -1e-310, 5e-324, 1e-300, 1e300, -1e300, 1.7976931348623157e308,
            math.inf, -math.inf, math.nan, math.pi, math.pi / 2, math.pi / 4, 3 * math.pi / 4, 710.0, -745.5, 0.0625, 0.999, 1.0000001,
            1e-8, 1e-20, 25.0, 1e8, 1e22, 2.0 ** 60, 0.96875, 0.921875, 0.75, 0.125, 6.0, 28.0, 22.0, 0.84375, 1.25, 2.857]
domains = {
    'exp': lambda: (unit() - 0.5) * 1460, 'exp2': lambda: (unit() - 0.5) * 2100, 'expm1': lambda: (unit() - 0.3) * 100,
    'log': lambda: abs(any_float()), 'log2': lambda: abs(any_float()), 'log10': lambda: abs(any_float()),
    'log1p': lambda: unit() * 4 - 1, 'sin': lambda: (unit() - 0.5) * 10 ** (unit() * 12), 'cos': lambda: (unit() - 0.5) * 10 ** (unit() * 12),
    'tan': lambda: (unit() - 0.5) * 10 ** (unit() * 12), 'asin': lambda: unit() * 2 - 1, 'acos': lambda: unit() * 2 - 1,
    'atan': lambda: (unit() - 0.5) * 10 ** (unit() * 8 - 4), 'sinh': lambda: (unit() - 0.5) * 60, 'cosh': lambda: (unit() - 0.5) * 60,
    'tanh': lambda: (unit() - 0.5) * 10, 'asinh': lambda: (unit() - 0.5) * 10 ** (unit() * 10), 'acosh': lambda: 1 + unit() * 10 ** (unit() * 6),
    'atanh': lambda: unit() * 2 - 1, 'erf': lambda: (unit() - 0.5) * 12, 'erfc': lambda: (unit() - 0.3) * 40, 'cbrt': any_float,
    'gamma': lambda: (unit() - 0.5) * 340, 'lgamma': lambda: (unit() - 0.3) * 400, 'sqrt': lambda: abs(any_float()),
}
for name, gen in domains.items():
    f = getattr(math, name)
    print(name, ' '.join(show(f, x) for x in specials))
    print(name, ' '.join(show(f, gen()) for _ in range(150)))
pairs = [(1.0, 1.0), (-1.0, 1.0), (1.0, -1.0), (-0.0, -1.0), (0.0, -0.0), (1e-300, 1e300), (1e300, 1e-300), (3.0, 4.0), (-3.0, -4.0)]
for name in ['atan2', 'pow', 'hypot', 'fmod', 'remainder', 'copysign']:
    f = getattr(math, name)
    print(name, ' '.join(show(f, a, b) for a, b in pairs))
    print(name, ' '.join(show(f, (unit() - 0.3) * 10 ** (unit() * 6 - 3), (unit() - 0.5) * 10 ** (unit() * 4 - 2)) for _ in range(150)))
print('log', math.log(10**400).hex(), math.log(2**1030 + 1, 3).hex(), math.log10(10**500).hex(), math.log2(3**1000).hex())
print('dist', math.dist((1.5, 2.25, -3.0), (4e10, -1e-5, 7.0)).hex(), math.hypot(*[unit() for _ in range(50)]).hex())
print('fsum', math.fsum(any_float() for _ in range(500)), math.fsum(unit() * 10 ** (unit() * 40 - 20) for _ in range(1000)).hex())
