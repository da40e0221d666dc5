"""Generators: yield, yield from, send, generator expressions, StopIteration handling."""


def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield received
    return n


def delegate(n):
    result = yield from gen(n)
    yield result


def gen_with_finally():
    try:
        yield 1
    finally:
        print("closed")


def gen_in_try():
    try:
        yield
    except GeneratorExit:
        raise
    except Exception as e:
        yield e


def genexps(items):
    squares = (x * x for x in items)
    nested = (y for x in items for y in x if y)
    return sum(squares), list(nested), sum(x for x in items)


def closure_gen(items):
    factor = 2
    return (x * factor for x in items)


def yield_expressions():
    x = yield
    y = yield x
    z = [(yield), (yield y)]
    return z
