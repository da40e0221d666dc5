import sys
import traceback


class PathFree:
    """A file that writes to stdout with this script's path (which differs per checkout) as FILE."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__, 'FILE'))


def inner(x):
    raise ValueError('bad value %d' % x)


def outer():
    inner(3)


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'))
    exc = sys.exc_info()[1]

tb = exc.__traceback__
summary = traceback.extract_tb(tb)
print(len(summary), [f.name for f in summary], [f.lineno for f in summary])
print([f.line for f in summary])
first = summary[0]
print(first.filename == __file__, first[1], first[2], first[3], len(first), repr(first).endswith('in <module>>'))
filename, lineno, name, line = summary[-1]
print(lineno, name, line, summary[-1] == (__file__, 6, 'inner', "raise ValueError('bad value %d' % x)"))
print(''.join(traceback.format_tb(tb)).replace(__file__, 'FILE'))
print(''.join(traceback.format_tb(tb, limit=1)).replace(__file__, 'FILE'))
print(''.join(traceback.format_tb(tb, limit=-1)).replace(__file__, 'FILE'))
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, ValueError('x')))
print(traceback.format_exception_only(KeyError('k')), traceback.format_exception_only(StopIteration()))
print(''.join(traceback.format_exception(exc)).replace(__file__, 'FILE'))
print(''.join(traceback.format_exception(type(exc), exc, tb, limit=0)).replace(__file__, 'FILE'))
traceback.print_exception(exc, file=PathFree())
print(traceback.format_exc())
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])


class CustomError(Exception):
    def __str__(self):
        return 'custom text'


class BrokenStr(Exception):
    def __str__(self):
        raise RuntimeError


def chained():
    try:
        raise KeyError('missing')
    except KeyError as e:
        raise CustomError('wrapped') from e


try:
    chained()
except CustomError:
    print(traceback.format_exc().replace(__file__, 'FILE'))

try:
    try:
        raise ZeroDivisionError('division by zero')
    except ZeroDivisionError:
        raise BrokenStr()
except BrokenStr:
    print(traceback.format_exc().replace(__file__, 'FILE'))
    print(traceback.format_exc(chain=False).replace(__file__, 'FILE'))

try:
    try:
        int('x')
    except ValueError:
        raise TypeError('suppressed') from None
except TypeError:
    traceback.print_exc(file=PathFree())

e = ValueError('noted')
e.__notes__ = ['first note', 'second\nnote']
print(traceback.format_exception_only(e))


def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    recurse(n - 1)


try:
    recurse(10)
except RecursionError:
    print(traceback.format_exc().replace(__file__, 'FILE'))


def where():
    return traceback.extract_stack()


stack = where()
print([(f.name, f.line) for f in stack][-2:])
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)]))
try:
    compile('x = (1,\n', 'snippet.py', 'exec')
except SyntaxError as err:
    print(traceback.format_exception_only(err))
try:
    compile('a b', 'snippet.py', 'exec')
except SyntaxError as err:
    print(''.join(traceback.format_exception_only(err)))
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack))
print(list(te.format_exception_only()))
try:
    traceback.format_exception(5)
except TypeError as err:
    print(err)
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as err:
    print(err)
print(traceback.format_exception(None))
traceback.print_exc(file=sys.stdout)
