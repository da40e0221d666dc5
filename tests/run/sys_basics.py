# The sys module: argv, path, modules, version information, limits, sizes, exceptions, hooks.
import sys

print(sys.argv, sys.path[0] == sys.path[0].rstrip('/'), sys.path[0].endswith('tests/run'))
print(type(sys.argv), type(sys.path), type(sys.modules), sys.modules['sys'] is sys, '__main__' in sys.modules)
print(sys.modules['__main__'].__name__, sys.modules['builtins'].__name__)
print(sys.version.startswith('3.11.'), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info < (4,), len(sys.version_info), type(sys.version_info).__name__)
print(sys.version_info.releaselevel, sys.version_info[3], sys.hexversion >> 16 == 0x030B)
major, minor, micro, level, serial = sys.version_info
print(major, minor, level, serial)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(type(sys.implementation.name), sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, sys.float_info.radix, sys.float_info.rounds)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.flags.optimize, sys.flags.debug, sys.flags.int_max_str_digits, sys.flags.dev_mode)
print(type(sys.flags).__name__, repr(sys.version_info)[:40])
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), isinstance(sys.executable, str))

print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for bad in [0, -5, 1.5, 'x']:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


try:
    depth(1000)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)
print(depth(900))

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 1001)
except ValueError as e:
    print(e)
for bad in [5, 639]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)

print(sys.getsizeof(1), sys.getsizeof(0), sys.getsizeof(2 ** 40), sys.getsizeof(1.5), sys.getsizeof(None))
print(sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof(b'xy'))


class Sized:
    __slots__ = ()

    def __sizeof__(self):
        return 100


print(sys.getsizeof(Sized()), sys.getsizeof(True), sys.getsizeof(False))

s = ''.join(['inter', 'ned'])
print(sys.intern(s) is sys.intern('interned'), sys.intern('x') == 'x')
try:
    sys.intern(5)
except TypeError as e:
    print(e)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
    try:
        raise ValueError('inner')
    except ValueError:
        print(type(sys.exception()).__name__)
    print(type(sys.exception()).__name__)
print(sys.exc_info(), sys.exception())

for args in [(), (0,), (3,), ('message',), (None,), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print('SystemExit', e.code, e.args)
try:
    sys.exit(1, 2, 3)
except TypeError as e:
    print(e)

import builtins
sys.displayhook(None)
print(hasattr(builtins, '_'))
sys.displayhook([1, 'two'])
print(builtins._)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.warnoptions, sys._xoptions, sys.dont_write_bytecode in (True, False))
sys.exit(4)
