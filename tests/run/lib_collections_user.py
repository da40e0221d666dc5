# collections: UserDict, UserList, UserString, and the container ABCs of collections.abc.
from collections import UserDict, UserList, UserString
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Hashable, Iterable, Sized, Container, KeysView, ItemsView, ValuesView)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
print(ld, ld['a'], len(ld), 'b' in ld, list(ld), ld.get('zz', 0), ld.data)
ld.update({'D': 4})
print(ld.pop('d'), ld.setdefault('E', 5), sorted(ld.items()), ld.copy(), type(ld.copy()).__name__)
show('missing', lambda: ld['nope'])


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2

print(Defaulting()['ab'], UserDict(a=1) | {'b': 2}, {'z': 1} | UserDict(a=1), UserDict.fromkeys('xy', 0))
print(isinstance(ld, MutableMapping), isinstance(ld, dict), ld == {'a': 1, 'b': 2, 'c': 3, 'e': 5})

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[0], ul[1:3], type(ul[1:3]).__name__, len(ul), 2 in ul, ul + [9], [0] + ul, ul * 2)
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.index(3), ul.count(1), ul == [-1, 1, 2, 3, 5], ul < [0], ul.copy())
ul.reverse()
ul.remove(1)
del ul[0]
ul += (8,)
print(ul, isinstance(ul, MutableSequence), list(reversed(ul)))

us = UserString('Hello World')
print(us, repr(us), us.upper(), us.lower(), us.split(), us[0], us[1:5], len(us), 'World' in us)
print(us + '!', 'x' + us, us * 2, us.replace('l', 'L'), us.find('o'), us.startswith('He'), us == 'Hello World')
print(us.center(15, '*'), us.strip('Hd'), us.count('l'), us.title(), us.zfill(13), hash(us) == hash('Hello World'))
print(sorted([UserString('b'), UserString('a')]), UserString(12) + '3', int(UserString('42')) + 1)

# the container ABCs
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence),
      isinstance((), MutableSequence), isinstance('s', Sequence), isinstance(set(), MutableSet),
      isinstance(frozenset(), Set), isinstance(frozenset(), MutableSet), isinstance(range(3), Sequence))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView),
      isinstance([], Hashable), isinstance((), Hashable), isinstance(3, Iterable), issubclass(list, Sized))


class Bits(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n.bit_length()

    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError(i)
        return (self.n >> i) & 1

b = Bits(10)
print(list(b), b.count(1), b.index(1), 1 in b, list(reversed(b)), len(b))
show('index missing', lambda: Bits(1).index(0))


class SetOfInts(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

s1, s2 = SetOfInts([1, 2, 3]), SetOfInts([2, 3, 4])
print(list(s1 & s2), list(s1 | s2), list(s1 - s2), list(s1 ^ s2), s1 <= s2, s1 == SetOfInts([3, 2, 1]))
print(s1.isdisjoint([9]), s1.pop(), list(s1))
s1 |= [7]
s1 -= [2]
print(list(s1), len(s1))
show('abstract', lambda: MutableSet())
show('remove missing', lambda: s1.remove(100))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

r = Registry()
r.update(a=1, b=2)
r.setdefault('c', 3)
print(dict(r), r.pop('a'), r.popitem(), list(r.keys()), list(r.values()), list(r.items()), r == {'c': 3})
print(type(r.keys()).__name__, 'c' in r.keys(), ('c', 3) in r.items(), 3 in r.values())
r.clear()
print(len(r))
show('pop missing', lambda: r.pop('zz'))
