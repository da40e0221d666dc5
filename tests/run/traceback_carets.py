# The traceback module draws CPython 3.11's carets under the failing expression: ~~^^ under a
# failing operator or subscript, ^^^ under a failing call, none when it is the whole line.
import traceback, sys
def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc())
def a():
    x = [1]
    return x[0] / (x[0] - 1)
def b():
    d = {'k': {}}
    return d['k']['missing']
def c():
    s = 'héllo'
    return len(s) + s
def d():
    raise ValueError('whole line')
def e():
    return f_missing(1,
                     2)
def g():
    lst = [1, 2]
    return lst[1] + lst[5]
def h():
	return (1 +
	        None)
for fn in (a, b, c, d, e, g, h):
    show(fn)
try:
    a()
except Exception as ex:
    for fs in traceback.extract_tb(ex.__traceback__):
        print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.name, fs.line)
    traceback.print_exception(ex, file=sys.stdout)
    print(''.join(traceback.format_tb(ex.__traceback__)))
    print(traceback.TracebackException.from_exception(ex).stack.format())
traceback.print_stack(limit=1, file=sys.stdout)
