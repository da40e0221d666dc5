# Formatting objects of user classes: __index__, __int__, __float__, __str__, __repr__, __format__.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Num:
    def __index__(self):
        return 42
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
class Strange:
    def __str__(self):
        return 'S!'
    def __repr__(self):
        return 'R!'
print('%x %d %f %c %s %r %a' % (Num(), Num(), Num(), Num(), Strange(), Strange(), Strange()))


class Weird:
    def __format__(self, spec):
        return '<' + spec + '>'
print('{:abc}|{}|{:{}}'.format(Weird(), Weird(), Weird(), 'n'))
class BadFormat:
    def __format__(self, spec):
        return 5
show(lambda: '{}'.format(BadFormat()))
show(lambda: '{0.__class__.__name__}'.format('s'))
