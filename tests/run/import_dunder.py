# __import__ itself, a replacement __import__ in builtins, and the frozen modules of lib/.
import builtins
import sys

print(__import__('pkgs.family.child').__name__)
print(__import__('pkgs.family.child', fromlist=['greet']).__name__)
print(__import__('pkgs.family', fromlist=['sibling']).sibling.__name__)
print(__import__('pkgs', fromlist=['*']).__name__)
print(__import__('sys', {}, {}, [], 0) is sys)
print(__import__(name='sys') is sys)

original = builtins.__import__
seen = []


def spy(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = spy
import pkgs.simple
from pkgs import simple as s
from pkgs.family import child
builtins.__import__ = original
print(seen)

import keyword
print(keyword.iskeyword('def'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
print(len(keyword.kwlist), keyword.softkwlist, keyword.__all__)
print(keyword.__name__, keyword.__package__, 'keyword' in sys.modules)
print(builtins.__name__, sys.modules['builtins'] is builtins, builtins.len is len)
print(repr(builtins), repr(sys))
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
