"""Scopes: cells, free variables, global and nonlocal, class namespaces, mangling, qualnames."""

x = "global"


def declares_global():
    global made_global, MadeClass

    def made_global():
        return x

    class MadeClass:
        pass

    return made_global


def nonlocal_chain():
    a = 1

    def middle():
        def inner():
            nonlocal a
            a += 1
            return a
        return inner

    return middle


def cell_deleted():
    v = 1

    def read():
        return v

    del v
    return read


def handler_names():
    try:
        pass
    except Exception as exc:
        def keep():
            return exc
        return keep


class Namespace:
    x = "class"
    y = [x for _ in range(1)]
    z = lambda: x

    def method(self):
        return x

    def x(self):
        return __class__

    global outside
    outside = 1


def function_with_class(a):
    b = 2

    class Inner:
        b = 3
        c = a

        def get(self):
            return a, b

    return Inner


class Private:
    __slots = 1

    def __init__(self):
        self.__field = 1
        __local = 2

        def nested(__arg=__local):
            return self.__field, __arg

        class __Nested:
            def m(self):
                return self.__field

        return None

    def __dunder__(self):
        return self.__dunder__

    @staticmethod
    def use(__x):
        return __x


def lambdas(items):
    return [lambda i=i: i for i in items], (lambda: items)


def comprehension_scopes(n):
    a = [[n * i for i in range(j)] for j in range(n)]
    b = {k: (lambda: k) for k in range(n)}
    c = [y := k for k in range(n)]
    return a, b, c, y


def star_args_cells(*args, **kwargs):
    def inner():
        return args, kwargs
    return inner


def __mangled_at_module_level():
    pass
