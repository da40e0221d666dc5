"""Classes: bodies, methods, super(), __class__, private names, decorators, metaclasses."""
import abc


class Plain:
    pass


class Documented:
    """A docstring."""
    x: int = 1
    y: str

    def method(self):
        return self.x


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Derived(Base, metaclass=abc.ABCMeta):
    __slots__ = ()

    def __init__(self, v):
        super().__init__(v)
        self.__private = v

    def get(self):
        return super().get() + 1

    def explicit(self):
        return super(Derived, self).get()

    def cls(self):
        return __class__

    @property
    def private(self):
        return self.__private

    @classmethod
    def make(cls, *args):
        return cls(*args)

    @staticmethod
    def static():
        return Derived.__private_helper()

    def __private_helper():
        return 1


def factory(value):
    class Local:
        attr = value

        def method(self):
            return value

    return Local


def class_free():
    x = 1

    class C:
        x = 2
        y = x

        def f(self):
            return x

    return C


@lambda c: c
class Decorated(Plain, **{}):
    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)


class Outer:
    class Inner:
        def method(self):
            class Innermost:
                pass
            return Innermost

    def __private(self):
        return self.__attr

    def _Outer__other(self):
        import __mod
        return __mod


class NoSuper:
    def f():
        return super


class Shadowed:
    def f(self, super=None):
        return super().f()
