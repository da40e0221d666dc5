# Every kind of scope, how scopes nest, and the order of child tables.
import functools


def plain(a, b=1):
    return a + b


@functools.lru_cache
@staticmethod
def decorated(x):
    """The table's line is the def line, not the first decorator's."""
    return x


def defaults(a=lambda: 1, *, b=lambda: 2) -> (lambda: 3):
    # The lambdas in defaults and annotations belong to the module, before `defaults` itself.
    return a, b


class Outer:
    attr = [n for n in range(3)]

    def method(self):
        class Local:
            def deep(self):
                return (lambda y: y)(self)
        return Local

    @property
    def prop(self):
        return self.attr


async def coroutine():
    return await plain(1)


gen = (i * i for i in range(10))
squares = [i * i for i in range(10)]
evens = {i for i in range(10) if i % 2 == 0}
table = {k: v for k, v in zip("ab", "cd")}
adder = lambda x, y=2, *rest, z, **kw: x + y + z


def nested():
    def inner():
        def innermost():
            return 0
        return innermost
    return inner


if plain(1):
    def conditional():
        pass
else:
    def conditional():
        return 1

try:
    def in_try():
        pass
except ImportError:
    def in_handler():
        pass
else:
    def in_else():
        pass
finally:
    def in_finally():
        pass

for loop_var in range(2):
    class InLoop:
        pass

with open(__file__) as handle:
    def in_with():
        return handle
