# getattr with a default and hasattr: only AttributeError (from the lookup or from a property) means missing.
class P:
    @property
    def bad(self):
        raise AttributeError('from property')
    @property
    def worse(self):
        raise KeyError('k')
    x = 1
p = P()
print(getattr(p, 'bad', 'dflt'), hasattr(p, 'bad'), getattr(p, 'x', 0), getattr(P, 'x', 0), getattr(P, 'nope', 'd'))
try:
    getattr(p, 'worse', 1)
except KeyError as e:
    print('KeyError', e)
try:
    p.nope
except AttributeError as e:
    print(e)
try:
    P.nope
except AttributeError as e:
    print(e)
try:
    getattr(P, 'nope')
except AttributeError as e:
    print(e)
class G:
    def __getattr__(self, n):
        return n * 2
print(getattr(G(), 'ab', None), hasattr(G(), 'q'), getattr(None, 'x', 5), hasattr(1, 'real'), hasattr(int, 'nope'))
import math
print(getattr(math, 'nope', 'm'))
