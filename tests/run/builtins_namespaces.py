# globals(), locals(), vars() and dir().
import sys

print(globals() is sys.modules[__name__].__dict__, locals() is globals())
x = 1
print(globals()['x'], 'x' in locals(), vars() is globals())
globals()['made_here'] = 'via globals()'
print(made_here)


def function(a, b=2, *args, **kwargs):
    c = a + b
    inner_free = 'free'

    def inner():
        return inner_free
    snapshot = locals()
    snapshot['c'] = 'changed in the snapshot'
    print(sorted(snapshot), c)
    print(sorted(dir()))
    return inner


function(1, 3, 4, key='v')


def closure_locals():
    value = 'outer'

    def inner():
        print(locals())
        return value
    return inner


closure_locals()()


class Body:
    one = 1
    seen = sorted(locals())
    print('class body', seen, sorted(dir()))


class Base:
    base_attr = 'b'

    def method(self):
        pass


class Derived(Base):
    derived_attr = 'd'

    def __init__(self):
        self.instance_attr = 'i'


d = Derived()
names = dir(d)
print(names == sorted(names), [n for n in names if not n.startswith('__')])
print('__init__' in names, '__class__' in names, '__dict__' in names, '__module__' in names)
print([n for n in dir(Derived) if not n.startswith('__')])
print(vars(d), sorted(k for k in vars(Derived) if not k.startswith('__')))
try:
    vars(5)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)


class Custom:
    def __dir__(self):
        return ['zebra', 'apple', 'mango']


print(dir(Custom()))
print([n for n in dir(sys) if n in ('argv', 'path', 'modules', 'exit')])
import pkgs.with_getattr
print(dir(pkgs.with_getattr))
print(dir(5) == sorted(dir(int)), 'append' in dir([]), 'keys' in dir({}))
print(sorted(dir())[:6])
