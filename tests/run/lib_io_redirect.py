# Printing into io.StringIO: print(file=), contextlib.redirect_stdout/redirect_stderr,
# traceback.print_exc(file=); the types io re-exports and its abstract base classes.
import io
import sys
import traceback
from contextlib import redirect_stdout, redirect_stderr

out = io.StringIO()
print('a', 1, [2], sep='-', end='!\n', file=out, flush=True)
print(file=out)
print(repr(out.getvalue()))

captured = io.StringIO()
with redirect_stdout(captured) as target:
    print('inside')
    sys.stdout.write('written\n')
    inner = io.StringIO()
    with redirect_stdout(inner):
        print('nested')
    print('after nested')
print('restored', target is captured, sys.stdout is sys.__stdout__)
print(repr(captured.getvalue()), repr(inner.getvalue()))

# One redirect object entered twice restores each level.
again = redirect_stdout(io.StringIO())
with again:
    with again:
        print('twice')
print(sys.stdout is sys.__stdout__)

errors = io.StringIO()
with redirect_stderr(errors):
    print('to stderr', file=sys.stderr)
print(repr(errors.getvalue()), sys.stderr is sys.__stderr__)

# An exception leaving the block still restores sys.stdout.
try:
    with redirect_stdout(io.StringIO()):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e), sys.stdout is sys.__stdout__)


def fail():
    return {}['missing']


try:
    fail()
except KeyError:
    report = io.StringIO()
    traceback.print_exc(file=report)
    lines = report.getvalue().splitlines()
    print(lines[0], lines[-1], sum(1 for line in lines if line.startswith('  File')))
    to_stderr = io.StringIO()
    with redirect_stderr(to_stderr):
        traceback.print_exc()
    print(to_stderr.getvalue() == report.getvalue())

# What io re-exports.
print(io.open is open, io.TextIOWrapper is type(sys.stdout), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__name__, issubclass(io.UnsupportedOperation, OSError))
with open(__file__) as f:
    print(type(f) is io.TextIOWrapper, isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
with open(__file__, 'rb') as f:
    print(type(f) is io.BufferedReader, isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase))
print(isinstance(sys.stdout, io.IOBase), isinstance(sys.stdout, io.RawIOBase), isinstance(io.StringIO(), io.IOBase))
print([c.__name__ for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)])
print(issubclass(io.TextIOBase, io.IOBase), issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.IOBase))
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
# UnsupportedOperation is both an OSError and a ValueError.
print(io.UnsupportedOperation.__bases__, [c.__name__ for c in io.UnsupportedOperation.__mro__])
try:
    sys.stdin.write('x')
except ValueError as e:
    print('as ValueError', type(e).__name__, e, isinstance(e, OSError))


# A stream of one's own, written over write() only.
class Collector(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collector()
print('x', 'y', file=c)
c.writelines(['z'])
print(c.parts, c.readable(), c.writable(), c.closed)
for name, call in [('read', c.read), ('readline', c.readline), ('fileno', c.fileno), ('seek', lambda: c.seek(0))]:
    try:
        call()
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
with c:
    pass
print(c.closed)
try:
    c.writelines(['late'])
except ValueError as e:
    print(e)
