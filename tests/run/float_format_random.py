# format() of pseudo-random floats with many format specs, compared with CPython digit for digit
# (correct rounding, ties to even, layout). A fixed LCG makes both see the same numbers.
state = 7


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11


def random_float(i):
    kind = i % 5
    if kind == 0:
        frac = rand() & (2 ** 52 - 1)
        exp = rand() % 2046 - 1022
        return float.fromhex(('-' if rand() % 2 else '') + '0x1.' + format(frac, '013x') + 'p' + str(exp))
    if kind == 1:
        frac = rand() & (2 ** 52 - 1)
        exp = rand() % 120 - 60
        return float.fromhex('0x1.' + format(frac, '013x') + 'p' + str(exp))
    if kind == 2:
        return float(str(rand() % 1000000) + 'e' + str(rand() % 16 - 10))
    if kind == 3:
        # binary fractions: exact ties for some precisions
        return (rand() % 2000001 - 1000000) / 2 ** (rand() % 14)
    return (rand() % 10 ** 9) / (rand() % 997 + 1)


SPECS = ['', 'e', '.0e', '.3e', '.16e', 'E', 'f', '.0f', '.1f', '.2f', '.3f', '.5f', '.10f', '.20f',
         'F', 'g', '.1g', '.2g', '.5g', '.12g', '.17g', 'G', '%', '.0%', '.2%', 'n', '.3', '.12',
         '+', ' ', '+.3e', '#.0f', '#.0e', '#g', '#.3g', 'z.0f', 'z.2f', '15', '<15.3f', '>15.3e',
         '^15.2f', '=+15.3f', '015.3f', '*^20.4g', ',', ',.2f', '_.3f', '020,.2f', '_g', '-.4',
         ',.0f', '0=+20,.1f', '.30f', '.40e', '.25g']

for i in range(90):
    x = random_float(i)
    print(repr(x), ' | '.join(format(x, spec) for spec in SPECS))

for x in [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 5e-324, 1.7976931348623157e308,
          0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1e16, 1e22, 123456789.0, 9.5, 99.5, 0.05,
          0.045, 1e-7, 123.456, 1e300, -0.0001, 0.00001]:
    print(repr(x), ' | '.join(format(x, spec) for spec in SPECS))
