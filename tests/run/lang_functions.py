# Functions: defaults, *args, **kwargs, keyword-only and positional-only parameters, closures,
# nonlocal, global, lambda, recursion, and CPython's argument errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))


def pos(a, b, /, c, *, d):
    return a + b + c + d


print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c = make_counter()
c()
c(5)
print(c())

total = 0


def add(n):
    global total
    total += n


for i in range(5):
    add(i)
print(total)

square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, 2, x=3))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))


def outer():
    fns = []
    for i in range(3):
        def g(i=i):
            return i * 10
        fns.append(g)
    return [fn() for fn in fns]


print(outer())

errors = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, c=1, b=5),
    lambda: pos(1, b=2, c=3, d=4),
    lambda: pos(1, 2, 3, 4),
    lambda: square(1, 2),
    lambda: square(),
    lambda: square(y=1),
    lambda: fact(1, 2, 3),
    lambda: make_counter(1),
]
for e in errors:
    try:
        e()
    except TypeError as exc:
        print('TypeError:', exc)


def kwonly(*, a, b, c):
    pass


try:
    kwonly(a=1)
except TypeError as exc:
    print(exc)


def three(a, b, c):
    pass


try:
    three()
except TypeError as exc:
    print(exc)
