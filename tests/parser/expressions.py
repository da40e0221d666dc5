# Expressions: precedence, comparisons, boolean operators, calls, subscripts, displays.
x = a or b and not c or d and e
x = not a == b
x = a < b <= c > d >= e == f != g in h not in i is j is not k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o
x = -a ** b
x = (-a) ** b
x = await_ = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
x = lambda a, /, b: a
x = lambda *, a: a
x = lambda *a, **k: 0
f(a)(b)(c)
f(a, b, *c, d=1, *e, **g, h=2)
f(x for x in y)
f((x for x in y), z)
f(a=1)
f(**{'a': 1})
f(*args, **kwargs)
f(a,)
obj.attr.attr2[0][1:2, ::3, ...](1)
x = a[1:2:3], a[:], a[::], a[1:], a[:2], a[::2]
x = a[1, 2], a[1:2, 3], a[(1, 2)], a[*b], a[*b, c]
x = a[b := 1], a[(b := 1):2]
x = ()
x = (1,)
x = (1, 2)
x = 1, 2
x = [1, 2, *rest]
x = {1, 2, *rest}
x = {'a': 1, **rest, 'b': 2}
x = {}
x = [i for i in range(10) if i if not i for j in i]
x = {i for i in range(10)}
x = {k: v for k, v in items}
x = (i for i in range(10))
x = [(y := f(i)) for i in data if y]
x = [*a, *b]
print(*a, sep='')
x = ...
x = None, True, False
x = a.b.c.d
def generator():
    x = (yield)
    x = (yield from gen)
(y := 10)
if (n := len(a)) > 10: pass
while chunk := read(): pass
x = (
    1
    +
    2
)
x = [
    1,
    2,
]
x = f'{a}' f"{b}" 'c' "d"
x = a if b else c
x = [a for a in b if c if d]
x = ~a, +a, -a
x = a.__class__.__name__
x = 1 if True else 2 if False else 3
x = (a for b in c for d in e)
x = {**a}
x = {*a}
x = a[:, 1]
x = a[..., 1]
x = f(*(), **{})
x = not not a
x = a is not (not b)
