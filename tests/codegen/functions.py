"""Functions: parameters, defaults, annotations, decorators, closures, docstrings, lambdas."""
import functools


def plain(a, b):
    return a + b


def documented(x):
    "The docstring."
    return x


def defaults(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a + b + c + d + len(args) + len(kwargs)


def posonly(a, b, /, c, *, d):
    return a, b, c, d


def annotated(a: int, /, b: "str" = "x", *c: float, d: list[int], **e: dict) -> None:
    pass


@functools.lru_cache(maxsize=None)
@staticmethod
def decorated(n):
    return n


def outer(x):
    y = 1

    def inner(z):
        nonlocal y
        y += z
        return x + y

    def reader():
        return y

    return inner, reader


def shadow(x):
    def f():
        return x

    x = 2
    del x
    return f


counter = 0


def bump():
    global counter
    counter += 1
    return counter


def nested_global():
    def g():
        global counter
        counter = 2
    return g


lam = lambda a, *b, c=1, **d: (a, b, c, d)
lam2 = lambda: (yield)
adder = lambda x: lambda y: x + y


def unbound():
    print(v)
    v = 1


def conditional_local(flag):
    if flag:
        w = 1
    return w


def deletes():
    u = 1
    del u
    return locals()


def many_args(*args, **kwargs):
    return plain(*args, **kwargs), plain(1, *args), plain(a=1, **kwargs), plain(*args, b=2)


def kw_call():
    return defaults(1, c=2), defaults(1, 2, 3, c=4, d=5, e=6), functools.partial(plain, b=1)(a=2)


def arg_cell(a, b):
    def g():
        return a
    return g


def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
