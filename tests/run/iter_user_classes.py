# Containers and iteration with user classes: __iter__/__next__, __getitem__ iteration,
# __reversed__, __index__, __lt__ in sorting, __eq__ in searches, list and tuple subclasses.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), sorted(Countdown(4)), sum(Countdown(5)), max(Countdown(3)), list(zip(Countdown(2), 'ab')))
c = Countdown(1)
print(next(c), next(c, 'done'))


class Valued:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration('the value')


try:
    next(Valued())
except StopIteration as e:
    print('StopIteration', e.value)
print(list(Valued()), next(Valued(), 'dflt'))


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 5 in Squares(), type(iter(Squares())).__name__, list(enumerate(Squares())))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'abc'[i]


print(list(reversed(Seq())), type(reversed(Seq())).__name__)


class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])


class NoRev:
    __reversed__ = None

    def __getitem__(self, i):
        return i


print(list(reversed(Rev())))
check(lambda: reversed(NoRev()))


class GetOnly:
    def __getitem__(self, i):
        return i


check(lambda: reversed(GetOnly()))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list(range(10))
print(data[Idx(3)], data[Idx(-1)], data[Idx(1):Idx(4)], (1, 2, 3)[Idx(2)], range(10)[Idx(5)], [1, 2] * Idx(2))
data[Idx(0)] = 'x'
print(data[:2], data.pop(Idx(1)), data.index(5, Idx(2)), list(range(Idx(3))), 'ab' in ['ab'])


class Key:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'Key(%d)' % self.v


ks = [Key(3), Key(1), Key(2)]
print(sorted(ks), min(ks), max(ks))


class Bad:
    def __lt__(self, other):
        raise ValueError('no order')


check(lambda: sorted([Bad(), Bad()]))
check(lambda: max(Bad(), Bad()))
victim = [3, 1, 2]


class Mutator:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        victim.append(0)
        return self.v < other.v


victim = [Mutator(2), Mutator(1)]
check(lambda: victim.sort())
print(len(victim))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v


e = [Eq(1), Eq(2)]
print(Eq(2) in e, e.index(Eq(2)), e.count(Eq(1)), Eq(3) in e, (Eq(1),) == (Eq(1),), [Eq(1)] != [Eq(1)])
e.remove(Eq(1))
print(len(e))


class MyList(list):
    pass


class MyTuple(tuple):
    pass


ml = MyList([3, 1, 2])
ml.sort()
print(ml, type(ml).__name__, type(ml + [1]).__name__, type(ml[:]).__name__, ml == [1, 2, 3], len(ml))
mt = MyTuple((1, 2))
print(mt, type(mt).__name__, type(mt + (3,)).__name__, mt == (1, 2), hash(mt) == hash((1, 2)), tuple(mt) == mt)
print(type(tuple(mt)).__name__, MyTuple(), MyList())


class Right:
    def __radd__(self, other):
        return 'radd'

    def __rmul__(self, other):
        return 'rmul'


print([1] + Right(), (1,) + Right(), [1] * Right(), (1,) * Right())
check(lambda: Right() * [1])
check(lambda: Right() + [1])
