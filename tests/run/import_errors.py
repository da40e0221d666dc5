# What failed imports raise: ModuleNotFoundError, ImportError for names, errors inside modules.
import sys

here = sys.path[0]

for name in ['no_such_module', 'pkgs.no_such_module', 'pkgs.simple.sub', 'sys.path']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)

try:
    import no_such.thing as t
except ModuleNotFoundError as e:
    print(e, e.name, e.path)

try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)

try:
    from pkgs.simple import no_such_name
except ImportError as e:
    print(str(e).replace(here, '<tests/run>'), e.name)

try:
    from pkgs import no_such_submodule
except ImportError as e:
    print(str(e).replace(here, '<tests/run>'))

for attempt in range(2):
    try:
        import pkgs.broken
    except ValueError as e:
        print('attempt', attempt, e, 'pkgs.broken' in sys.modules, hasattr(sys.modules['pkgs'], 'broken'))

try:
    import pkgs.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename.replace(here, '<tests/run>'))
print('pkgs.bad_syntax' in sys.modules)

sys.modules['blocked'] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(e, e.name)

for bad in [lambda: __import__(5), lambda: __import__(''), lambda: __import__('sys', level=-1),
            lambda: __import__('pkgs', fromlist=[5])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

e = ImportError('message', name='n', path='p')
print(e, e.name, e.path, e.msg, e.args)
print(ModuleNotFoundError('m').name)
try:
    ImportError(bad=1)
except TypeError as e:
    print(e)

import pkgs.no_module_at_all
