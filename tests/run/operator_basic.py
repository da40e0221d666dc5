import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(1, 4), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.inv(5), operator.abs(-3.5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
d = {}
operator.setitem(d, 'a', 1); print(d, operator.getitem(d, 'a')); operator.delitem(d, 'a'); print(d)
l = [1]; print(operator.iadd(l, [2]), l, operator.iconcat(l, [3]), operator.ipow(2, 3), operator.ixor(5, 1))
print(itemgetter(1)([1, 2, 3]), itemgetter(0, 2)('abc'), itemgetter('x')({'x': 5}))
class A: pass
a = A(); a.b = A(); a.b.c = 3; a.x = 1
print(attrgetter('x')(a), attrgetter('b.c', 'x')(a))
print(methodcaller('split', ',')('a,b'), methodcaller('split', sep=',', maxsplit=1)('a,b,c'))
print(repr(itemgetter(1, 'a')), repr(attrgetter('a', 'b.c')), repr(methodcaller('f', 1, x=2)))
print(operator.length_hint([1, 2]), operator.length_hint(5, 7), operator.call(max, 1, 5, key=lambda v: -v))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
print(operator.__add__(1, 1), operator.__lt__(1, 0), type(itemgetter(1)).__name__, itemgetter.__module__)
for f in [lambda: operator.add(1), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 2), lambda: itemgetter(),
          lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(1), lambda: itemgetter(1)(1),
          lambda: attrgetter('a.b')(1), lambda: operator.not_(), lambda: operator.abs('a'), lambda: operator.countOf(1, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
