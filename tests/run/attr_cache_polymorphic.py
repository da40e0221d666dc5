# Attribute loads and stores at sites that see instances of several classes: inherited methods,
# instance attributes at different dict positions, shadowing, class changes and properties.
class Base:
    kind = 'base'

    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def describe(self):
        return self.kind + ':' + str(self.get())


class A(Base):
    kind = 'a'


class B(Base):
    def __init__(self, n):
        self.extra = -n  # 'n' lands at another position of the instance dict
        self.n = n


class C(Base):
    def get(self):
        return self.n * 10


class D(Base):
    @property
    def n(self):
        return self._n + 0.5

    @n.setter
    def n(self, value):
        self._n = value


objects = [A(1), B(2), C(3), D(4), Base(5)]
for round_ in range(3):
    print([o.describe() for o in objects])
    for o in objects:
        o.n = o.get() + 1  # one STORE_ATTR site, several classes

# An instance attribute shadowing a method, then removed again.
c = objects[2]
c.get = lambda: 'shadowed'
print([o.describe() for o in objects])
del c.get
print([o.describe() for o in objects])

# Changing a class invalidates what every site remembered about it and its subclasses.
Base.kind = 'changed'
A.get = lambda self: 'A.get'
print([o.describe() for o in objects])
del A.get
print([o.describe() for o in objects])


# Classes whose instances have no __dict__, and a missing attribute at a shared site.
class S:
    __slots__ = ('n',)

    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


def total(items):
    t = 0
    for item in items:
        t += item.n
    return t


print(total([S(1), A(2), S(3), B(4), D(5)]))
for item in [A(1), S(2), object()]:
    try:
        item.n = 7
        print(type(item).__name__, item.n)
    except AttributeError as e:
        print('AttributeError:', e)
