# Instances of str subclasses: methods and operators return exact strs.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
x = S('  hi  ')
print(type(x.strip()), type(x.lower()), type(x + 'a'), type(x * 2), type(x[1:]), type(str(x)), type(x.replace('z', 'y')), type(x.center(2)))
print(x.strip(), x * 2, len(x), x == '  hi  ', isinstance(x, str), x.split())
show(lambda: str.upper(1))
show(lambda: str.upper())

class Loud(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return 'Loud(' + str.__repr__(self) + ')'
y = Loud('quiet')
print(y, str(y), repr(y), '%s %r' % (y, y), '{} {!r}'.format(y, y), [y], type(y.join(['a', 'b'])))
print(S('abc')[1], S('abc')[::-1], S('a') == 'a', hash(S('a')) == hash('a'), {S('k'): 1}['k'], 'k' in {S('k'): 1})
print(S(b'x', 'ascii'), type(S(b'x', 'ascii')), S(), type(S()), S(5), len(S('ab')), S('ab') < 'b', sorted([S('b'), 'a']))
print(format(S('x'), '>3'), type(format(S('x'), '')), '%s' % S('z'), type('%s' % S('z')), f'{S("f")}')

class B(bytes):
    pass
b = B(b'hi')
print(b, type(b), type(b + b'!'), type(b[0:1]), type(b.upper()), type(bytes(b)), B(3), B([65]), b == b'hi', b.decode())

# the special methods behind the operators
show(lambda: str.__add__('a', 'b'))
show(lambda: 'abc'.__getitem__(1))
show(lambda: 'a'.__mul__(3))
show(lambda: 'a'.__rmul__(2))
show(lambda: '%s'.__mod__(1))
show(lambda: 'a'.__contains__('a'))
show(lambda: type(str.__new__(S, 'x')))
show(lambda: 'abc'.__len__())
show(lambda: 'a'.__lt__('b'))
show(lambda: 'a'.__eq__(1))
show(lambda: 'a'.__hash__() == hash('a'))
show(lambda: 'a'.__add__(1))
show(lambda: b'a'.__add__(b'b'))
show(lambda: b'ab'.__getitem__(0))
show(lambda: 'a'.__repr__())
show(lambda: 'a'.__str__())
show(lambda: list('ab'.__iter__()))
show(lambda: str.__new__(int))
show(lambda: 'a'.__format__('>3'))
show(lambda: 'a'.__getnewargs__())
show(lambda: 'a'.__ne__('a'))
show(lambda: b'x'.__hash__() == hash(b'x'))
show(lambda: 'ab'.__mod__(()))
show(lambda: b'a'.__getnewargs__())
show(lambda: B(b'q').__getnewargs__())
