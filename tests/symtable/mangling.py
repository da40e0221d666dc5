# Private names are mangled inside classes, in the symbol table already.
import os.path as __alias


class Private:
    __slots = ()
    __dunder__ = 1
    _single = 2
    __ = 3

    def __method(self, __arg, *__args, __kw=None, **__kwargs):
        __local = __arg
        return self.__slots, __local, __alias

    def public(self):
        global __shared
        __shared = 1
        import __hidden.sub
        from __pkg import __name
        return __name

    class __Nested:
        def __inner(self):
            return __outer_ref

    def comprehension(self):
        return [__item for __item in self.__slots]


class _Leading:
    def method(self):
        return __private


class ___:
    def method(self):
        # A class named only with underscores mangles nothing.
        return __kept


def __module_level(__param):
    return __param
