# Exact decimal ties: Python rounds half to even in format(), round() and str.format, where
# JavaScript's toFixed rounds half away from zero.
state = 99


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11


for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 0.375, 0.625, 0.875, 1.25, 1.75, 2.675,
          1.005, 0.0625, 1e22 + 2 ** 22, 25.0, 35.0, 45.0, 125.0, 2 ** 60 + 0.0, 12345678901234567890.0]:
    print(repr(x), format(x, '.0f'), format(x, '.1f'), format(x, '.2f'), format(x, '.3f'),
          format(x, '.0e'), format(x, '.1e'), format(x, '.2e'), format(x, '.1g'), format(x, '.2g'),
          round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -2))

ties = 0
for i in range(3000):
    d = rand() % 14
    x = (rand() % 200001 - 100000) / 2 ** d
    digits = rand() % (d + 2)
    f = format(x, '.' + str(digits) + 'f')
    e = format(x, '.' + str(rand() % 8) + 'e')
    r = round(x, digits)
    if i % 10 == 0:
        print(repr(x), digits, f, e, repr(r))
    ties += f.endswith('5')
print(ties)

for x in [1234.5678, -1234.5678, 0.1, 2.5, 1e300, -1e-300, 5e-324, float('inf'), float('nan'), -0.0]:
    print([round(x, n) for n in (-400, -309, -308, -5, -3, -1, 0, 1, 3, 5, 17, 308, 323, 324, 400)])
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 1e16 + 2, 4.5e15 + 0.5, 0.49999999999999994, 123.456]:
    print(round(x), type(round(x)).__name__, round(x, None))
for x, n in [(1.7976931348623157e308, -308), (float('inf'), None), (float('nan'), None)]:
    try:
        print(round(x, n))
    except Exception as e:
        print(type(e).__name__, e)
