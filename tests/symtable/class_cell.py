# `super()` and `__class__` need an implicit __class__ cell in the class.


class Base:
    def method(self):
        return "base"


class UsesSuper(Base):
    def method(self):
        return super().method()

    def uses_class(self):
        return __class__

    def neither(self):
        return self

    lam = lambda self: super()


class Outer:
    class Inner(Base):
        def method(self):
            return super().method()

    def method(self):
        def helper():
            return __class__
        return helper


class NoMethods:
    # super at class level is an ordinary global name.
    x = super


def function_super():
    # super in a plain function still refers to __class__, which is global here.
    return super()


def nested_class():
    class C:
        def m(self):
            return super().m()
    return C


class ClassCellAndName:
    __class__ = "shadow"

    def m(self):
        return __class__
