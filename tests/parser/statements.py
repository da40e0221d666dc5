# Every statement kind, in the forms the grammar allows.
from __future__ import annotations
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from ... import grandparent
from .pkg.mod import (a, b as c,)
from collections import *

x = 1
x = y = z = 2
x, y = y, x
[x, *rest] = a, *b = range(5)
(x) = (y), = [z]
obj.attr = obj[0] = obj[1:2] = obj[::3] = 4
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2
x >>= 1; x <<= 1; x &= 1; x ^= 1; x |= 1
(obj.attr) += 1
x: int
x: int = 5
obj.attr: list[int] = []
(x): str = 'parenthesised target is not simple'
y: tuple = 3, 4
del x
del x, y, obj.attr, obj[0], (a, b), [c, d]
del (x)
pass
assert x
assert x, "message"
global g1, g2
raise
raise ValueError
raise ValueError("x") from None

if x:
    pass
elif y:
    pass
elif z:
    pass
else:
    pass

while x:
    break
else:
    pass

for i in x:
    if i:
        continue

for i in range(10):
    pass
else:
    pass

for i, (j, k) in pairs: pass
for *a, b in c: pass
for x.y in z: pass

with open(f) as fh, open(g) as (a, b):
    pass
def generator():
    with (yield):
        pass
with (
    open(f) as fh,
    open(g) as gh,
):
    pass
with (a, b) as c:
    pass
with a, (b, c):
    pass

try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

def f():
    global g
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner

class C:
    pass

class D(C, metaclass=type, **kw):
    """Docstring."""
    attr: int = 0

    def method(self): return self

if x: y = 1; z = 2
while x: x -= 1
for q in r: print(q)
class E: pass
