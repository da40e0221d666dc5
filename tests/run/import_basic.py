# import a, import a.b as c, from a import b: modules run once, sys.modules, attributes of modules.
import sys

here = sys.path[0]


def rel(path):
    return path.replace(here, '<tests/run>') if isinstance(path, str) else path


print(__name__ == '__main__', __package__, __spec__, rel(__file__))
print(sorted(k for k in globals() if k.startswith('__')))

import pkgs.simple
print(pkgs.simple.value, pkgs.simple.double(4))
import pkgs.simple as again
print(again is pkgs.simple, sys.modules['pkgs.simple'] is again)
from pkgs import simple
print(simple is again)
from pkgs.simple import value, double as twice
print(value, twice(5))
import pkgs
print(pkgs.simple is simple, 'simple' in dir(pkgs))

m = pkgs.simple
print(m.__name__, m.__package__, rel(m.__file__), m.__doc__)
print(sorted(k for k in vars(m) if k.startswith('__')))
print(m.__spec__.name, m.__spec__.parent, rel(m.__spec__.origin), m.__spec__.has_location)
print(type(m.__loader__).__name__, type(m.__spec__).__name__)
print(rel(repr(m)))
print(rel(str(pkgs.__path__)), pkgs.__spec__.submodule_search_locations == pkgs.__path__)
print(pkgs.__package__, pkgs.__spec__.parent, rel(pkgs.__file__))

import pkgs.family.deep.leaf as leaf
print(leaf.result)
print('family' in dir(pkgs), 'deep' in dir(pkgs.family), pkgs.family.deep.leaf is leaf)

import pkgs.nsportion.inner.mod
ns = pkgs.nsportion
print(ns.__file__, ns.__package__, [rel(p) for p in ns.__path__], ns.__spec__.origin)
print(type(ns.__loader__).__name__, pkgs.nsportion.inner.mod.where)
print(rel(repr(ns)).split(' (')[0])

import pkgs.replaces_itself
print(sys.modules['pkgs.replaces_itself'].answer)
from pkgs import replaces_itself
print(replaces_itself.answer)

from pkgs import with_getattr
print(with_getattr.dynamic, dir(with_getattr))
try:
    with_getattr.missing
except AttributeError as e:
    print(e)
try:
    pkgs.simple.missing
except AttributeError as e:
    print(e)

import sys as system, pkgs.simple as s2, pkgs.family.child
print(system is sys, s2 is simple, pkgs.family.child.greet('you'))
print(type(sys)('made', 'its doc'), type(sys)('made').__dict__)
