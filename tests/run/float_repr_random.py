# repr/str of pseudo-random floats across the whole range, with the round trip through float()
# and float.hex(). A fixed LCG makes CPython and wasmpy see the same numbers.
state = 20240601


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11


def random_float(i):
    kind = i % 4
    if kind == 0:
        # any finite double, from random bits
        frac = rand() & (2 ** 52 - 1)
        exp = rand() % 2046 - 1022
        sign = '-' if rand() % 2 else ''
        return float.fromhex(sign + '0x1.' + format(frac, '013x') + 'p' + str(exp))
    if kind == 1:
        # a short decimal
        return float(str(rand() % 100000) + 'e' + str(rand() % 40 - 25))
    if kind == 2:
        # a ratio of ints (correctly rounded true division)
        return (rand() % 10 ** 12 - 5 * 10 ** 11) / (rand() % 10 ** 6 + 1)
    # subnormals and the edges
    return (rand() % 2 ** 52) * 5e-324


bad = 0
for i in range(2000):
    x = random_float(i)
    r = repr(x)
    if float(r) != x or str(x) != r or float.fromhex(x.hex()) != x:
        bad += 1
    if i % 4 == 0 or i < 400:
        print(r, x.hex())
print('round-trip failures:', bad)

for x in [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15 + 0.5, 9007199254740993.0,
          123456789012345678.0, 1e-4, 0.0001234, 1e-5, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 1e22, 1e23,
          0.30000000000000004, 100.0, 1e100, 12345.678, -1.5e-7]:
    print(repr(x), str(x), x.hex())
