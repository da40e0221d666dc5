# math: constants, rounding, integer functions, decomposition, predicates and the error messages.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5), math.floor(10**20), math.ceil(True))
print(math.floor(1e300) == 10**300 // 10**300 * int(1e300), type(math.floor(2.0)).__name__, math.trunc(7))


class Num:
    def __floor__(self):
        return 'floor'

    def __ceil__(self):
        return 'ceil'

    def __trunc__(self):
        return 'trunc'

    def __float__(self):
        return 2.5


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()), math.fabs(-7), math.copysign(3, -0.0))
print(math.factorial(0), math.factorial(20), math.factorial(21), math.factorial(100), math.factorial(1000) % (10**9 + 7))
print(math.factorial(3000).bit_length(), math.factorial(3000) % 1000003, math.factorial(12345) % (2**61 - 1))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(2**100, 6**60), math.gcd(0, 0), math.gcd(10**40 + 1, 10**30 + 7))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
print(math.comb(10, 3), math.comb(50, 20), math.comb(5, 7), math.comb(1000, 500) % 10**9, math.comb(10**20, 3), math.comb(7, 0))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(100, 20), math.perm(10**12, 2))
print([math.isqrt(n) for n in range(20)], math.isqrt(10**40 + 5), math.isqrt(2**200), math.isqrt(2**201 - 1), math.isqrt(10**100 - 1))
print(math.frexp(1.0), math.frexp(-3.5), math.frexp(0.0), math.frexp(1e-310), math.frexp(math.inf), math.frexp(5e-324))
print(math.ldexp(0.75, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(1, 1023), math.ldexp(-0.0, 5))
print(math.modf(-3.5), math.modf(2.0), math.modf(-2.0), math.modf(math.inf), math.modf(-math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.nextafter(2, 2), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(math.inf))
print(math.isfinite(1), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1))
print(math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1.05, rel_tol=0.1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.prod(range(1, 10)), math.prod([1.5, 2], start=2), math.prod([]), math.prod([2, 3.5, 4]), math.prod(['ab'], start=3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1, -1e50]), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([]), math.fsum(range(10**4)), math.fsum([math.inf, 1]), math.fsum([1.7e308, -1.7e308, 1]), math.fsum(x / 7 for x in range(1000)))
print(math.hypot(), math.hypot(3, 4), math.hypot(-5), math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300), math.hypot(1, 2, 3, 4))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.dist((1, 2), [4, 6]), math.dist([], []), math.dist((0, 0, 0), (1, 1, 1)))
print(math.log(10**400), math.log(2**1100, 2), math.log2(2**2000), math.log10(10**500), math.log(8, 2), math.log(1), math.log10(1000))
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.pow(2, 0.5), math.pow(0.0, 0), math.pow(-2, 3), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(0.5, math.inf), math.pow(-1, math.inf), math.exp(0), math.exp(-1000), math.atan2(0, -1))
print(math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.atan2(1, math.inf), math.atan2(-1, -math.inf), math.gamma(5), math.gamma(0.5), math.lgamma(1))
print(math.gamma(-0.5), math.gamma(171.5), math.lgamma(-0.5), math.lgamma(1e300), math.erf(0), math.erfc(0), math.erf(math.inf), math.erfc(-math.inf))

tests = [
    lambda: math.sqrt(-1), lambda: math.exp(1000), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0.0),
    lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.factorial(10**30), lambda: math.fsum([1e308, 1e308]),
    lambda: math.fsum([math.inf, -math.inf]), lambda: math.trunc('a'), lambda: math.sqrt('a'), lambda: math.floor('a'),
    lambda: math.log(1, 1), lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.sqrt(), lambda: math.sqrt(x=1),
    lambda: math.atan2(1), lambda: math.atan2(1, x=2), lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5), lambda: math.pow(10, 1000),
    lambda: math.ldexp(1.0, 2.0), lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(1e308, 10), lambda: math.gcd(1.5),
    lambda: math.comb(1), lambda: math.comb(-1, 2), lambda: math.comb(1, -2), lambda: math.perm(1, -2), lambda: math.perm(-1, 2),
    lambda: math.perm(), lambda: math.comb(10**30, 10**20), lambda: math.isqrt(-1), lambda: math.isqrt(1.0),
    lambda: math.dist((1,), (2, 3)), lambda: math.fsum(1), lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(0),
    lambda: math.gamma(200), lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.prod(), lambda: math.prod([1], 2), lambda: math.remainder(1, 0), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1),
    lambda: math.acos(2), lambda: math.acosh(0), lambda: math.atanh(1), lambda: math.cosh(1000), lambda: math.sinh(1000),
    lambda: math.log1p(-1), lambda: math.log2(-2), lambda: math.log10(0), lambda: math.nextafter(1), lambda: math.ulp(),
    lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.hypot('a'), lambda: math.exp2(2000), lambda: math.expm1(1000),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
