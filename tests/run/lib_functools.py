# functools: partial, reduce, wraps, lru_cache, total_ordering, cached_property, singledispatch…
import functools
from functools import (partial, partialmethod, reduce, wraps, update_wrapper, lru_cache, cache,
                       total_ordering, cached_property, singledispatch, singledispatchmethod,
                       cmp_to_key)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# --- partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
print(square(5), square(5, exp=3), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), mod=7)
print(p2(10), p2.func is power, p2.args, p2.keywords)
print(repr(partial(max, 1, key=abs)).startswith('functools.partial(<built-in function max>, 1, key='))
show('not callable', lambda: partial(3))
p3 = partial(power, 3)
p3.note = 'hi'
print(p3.note, p3(2))


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)

# --- reduce
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10),
      reduce(lambda a, b: a + [b], 'abc', []))
show('reduce empty', lambda: reduce(lambda a, b: a, []))


# --- wraps
def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) + 1
    return wrapper

@deco
def answer(x):
    """The answer."""
    return x * 2

answer.extra = 1
print(answer(20), answer.__name__, answer.__doc__, answer.__wrapped__(20), answer.__qualname__)


def plain():
    pass
plain.attr = 'copied'
def other():
    pass
update_wrapper(other, plain)
print(other.__name__, other.attr, other.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# --- lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())

@lru_cache(typed=True)
def ident(x):
    calls.append(('typed', x))
    return x

calls.clear()
ident(3), ident(3.0), ident(3)
print(calls, ident.cache_info())

@lru_cache
def kw(a, b=1, *, c=2):
    return a + b + c

print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1, c=5), kw.cache_info())
show('bad maxsize', lambda: lru_cache('x'))

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@cache
def counted(n):
    calls.append(n)
    return n
calls.clear()
counted(1); counted(1); counted(2)
print(calls, counted.cache_info())
show('unhashable', lambda: counted([1]))


class Holder:
    @lru_cache(maxsize=None)
    def value(self, k):
        return k * 10

h = Holder()
print(h.value(3), h.value(3), Holder.value.cache_info().hits)


# --- total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= b, a == Version(1))
print(sorted([Version(3), Version(1), Version(2)], key=lambda v: v.n)[0].n)
show('compare with int', lambda: a >= 3)
show('no ordering', lambda: total_ordering(type('X', (), {})))
print(Version.__gt__.__name__)


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

print(Rev(1) < Rev(2), Rev(1) >= Rev(2), Rev(2) <= Rev(2))


# --- cached_property
class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        """The area."""
        print('computing')
        return 3 * self.r * self.r

ci = Circle(2)
print(ci.area, ci.area, 'area' in ci.__dict__, Circle.area.__doc__, type(Circle.area).__name__)
del ci.area
print(ci.area)
ci.area = 5
print(ci.area)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def y(self):
        return 1

show('no dict', lambda: Slotted().y)
cp = cached_property(lambda self: 1)
show('no set_name', lambda: cp.__get__(Circle(1), Circle))


# --- singledispatch
@singledispatch
def describe(obj):
    return 'object'

@describe.register
def _(obj: int):
    return 'int'

@describe.register(list)
def _(obj):
    return 'list'

def describe_str(obj):
    return 'str'
describe.register(str, describe_str)

class MyList(list):
    pass

print(describe(1), describe(True), describe([]), describe(MyList()), describe('s'), describe(2.5))
print(describe.dispatch(bool) is describe.dispatch(int), sorted(t.__name__ for t in describe.registry))
show('no args', lambda: describe())

from collections.abc import Mapping, Sequence

@singledispatch
def kind(obj):
    return 'other'

@kind.register(Mapping)
def _(obj):
    return 'mapping'

@kind.register(Sequence)
def _(obj):
    return 'sequence'

print(kind({}), kind((1,)), kind([]), kind('x'), kind(3))


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('Cannot negate a')

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

print(Negator().neg(5), Negator().neg(True))
show('negate str', lambda: Negator().neg('x'))

# --- cmp_to_key
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(by_len_then_alpha)
print(K('a') < K('bb'), K('b') == K('b'), K('bb') >= K('ccc'))
print(type(K).__name__)
