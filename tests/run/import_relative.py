# Relative imports, __package__, and the errors of relative imports.
import sys

try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)

import pkgs.family
print(pkgs.family.greeting('world'), pkgs.family.parent_value)
print(pkgs.family.child.__package__, pkgs.family.__package__)

from pkgs.family import sibling
print(sibling.message)

from pkgs.family.deep import leaf
print(leaf.result)

try:
    import pkgs.family.deep.too_far
except ImportError as e:
    print(type(e).__name__, e)
print('pkgs.family.deep.too_far' in sys.modules)

print(__import__('child', globals={'__package__': 'pkgs.family'}, level=1).__name__)
print(__import__('', globals={'__name__': 'pkgs.family.x'}, level=1).__name__)
print(__import__('simple', globals={'__name__': 'pkgs.family', '__path__': []}, level=2).__name__)
for bad in [{'__package__': 5}, {}, 5]:
    try:
        __import__('x', globals=bad, level=1)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__('x', globals={'__package__': ''}, level=1)
except ImportError as e:
    print(e)
