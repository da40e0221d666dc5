# __slots__ members through the attribute caches: the same instruction meets set and unset
# slots, subclasses, other classes with the same attribute name, and classes changed later.


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


class Q(P):
    __slots__ = ('z',)


class D:
    def __init__(self, x):
        self.x = x


class WithDict(P):
    pass


def get_x(o):
    try:
        return o.x
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


def set_y(o, v):
    try:
        o.y = v
        return o.y
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


objs = [P(1), Q(2), D(3), WithDict(4), P(5), Q(6)]
for rep in range(3):
    print([get_x(o) for o in objs], [set_y(o, rep) for o in objs])
empty = P.__new__(P)
print(get_x(empty), get_x(P(7)), get_x(empty))
del objs[0].x
print(get_x(objs[0]), get_x(objs[4]))
w = WithDict(8)
w.__dict__['x'] = 'shadow ignored'
print(get_x(w), w.__dict__)
# replacing the descriptor on the class changes what the cached instruction sees
for rep in range(2):
    print([get_x(o) for o in objs[:3]])
    P.x = property(lambda self: 'property now')
print([get_x(o) for o in objs[:3]])


class R:
    __slots__ = ('x',)


r = R()
r.x = 'r'
print(get_x(r))
r.__class__ = R
print(get_x(r))
try:
    P.__dict__['y'].__set__(D(0), 1)
except TypeError as e:
    print(e)
