# Circular imports: the partly run module is in sys.modules; what it has defined so far is
# visible; a name it has not defined yet gives CPython's "partially initialized" errors.
import sys

here = sys.path[0]

import pkgs.circ_a
print(pkgs.circ_a.late)

try:
    import pkgs.cycle_x
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, '<tests/run>'))
    print(e.name, e.path.replace(here, '<tests/run>'))
print('pkgs.cycle_x' in sys.modules, 'pkgs.cycle_y' in sys.modules)
