# float ** float, bit for bit with CPython (glibc's pow, including the last-bit choices its
# fused multiply-adds make), across magnitudes, near overflow and in the subnormal range.
state = 11


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11


print([i ** 0.5 for i in range(540, 560)])
print([2.0 ** (i / 7) for i in range(-30, 30)])
print([1.1 ** i for i in range(-40, 200, 7)], [(i / 7) ** 1.5 for i in range(1, 40)])
print([10.0 ** i for i in range(-330, 320, 13)])
total = 0.0
for i in range(4000):
    x = (rand() % 10 ** 9 + 1) / 10 ** (rand() % 12)
    y = (rand() % 2000001 - 1000000) / 10 ** (rand() % 7)
    try:
        r = x ** y
    except OverflowError:
        r = 'overflow'
    if i % 20 == 0:
        print(repr(x), repr(y), repr(r))
    if r != 'overflow':
        total += r.hex().count('f')
print(total)
for x, y in [(0.5, 1074.0), (0.5, 1075.0), (2.0, 1023.0), (2.0, 1024.0), (1.0000001, 7e9),
             (0.9999999, 7.4e9), (5e-324, 0.5), (1e-310, 0.25), (1.7976931348623157e308, 0.999), (3.0, -680.5)]:
    try:
        print(repr(x ** y))
    except OverflowError as e:
        print('OverflowError', e)
