# Free variables, cells, and free variables passed through class scopes.


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment


def cell_parameter(x, *args, **kwargs):
    return lambda: (x, args, kwargs)


def pass_through():
    value = 1

    def middle():
        def inner():
            return value
        return inner
    return middle


def class_in_function():
    x = 1
    y = 2

    class Body:
        # The class binds y itself; x is free in the class and its method.
        y = 3
        z = x

        def method(self):
            return x, y

        def other(self):
            return self.y
    return Body


def class_name_shadow():
    name = "outer"

    class Holder:
        name = "class level"

        def get(self):
            # A method's free variable named like a class-level name (DEF_FREE_CLASS).
            return name
    return Holder


def class_global_shadow():
    g = 1

    class Holder:
        global g

        def get(self):
            return g
    return Holder


def deletes_cell():
    v = 1

    def reader():
        return v
    del v
    return reader


def nonlocal_chain():
    a = 1

    def level1():
        nonlocal a

        def level2():
            nonlocal a
            a += 1
        return level2
    return level1


def unused_nonlocal():
    b = 1

    def f():
        nonlocal b
    return f


class TopClass:
    attr = 1

    def method(self):
        # Class attributes are not visible in methods: a global.
        return attr
