# io.StringIO and io.BytesIO: bad arguments and closed streams raise as CPython's.
import io


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', repr(r) if not isinstance(r, io.IOBase) else type(r).__name__)


s = io.StringIO('abc')
for label, f in [
    ('write int', lambda: s.write(1)),
    ('write bytes', lambda: s.write(b'x')),
    ('seek negative', lambda: s.seek(-1)),
    ('seek cur', lambda: s.seek(1, 1)),
    ('seek end', lambda: s.seek(-1, 2)),
    ('seek whence', lambda: s.seek(0, 3)),
    ('seek float', lambda: s.seek(1.5)),
    ('seek whence float', lambda: s.seek(0, 1.0)),
    ('read str', lambda: s.read('a')),
    ('readline float', lambda: s.readline(1.0)),
    ('truncate negative', lambda: s.truncate(-1)),
    ('truncate str', lambda: s.truncate('a')),
    ('init int', lambda: io.StringIO(1)),
    ('newline bad', lambda: io.StringIO(newline='x')),
    ('newline int', lambda: io.StringIO(newline=3)),
    ('newline positional', lambda: io.StringIO('a', 'b')),
    ('writelines int', lambda: s.writelines([1])),
    ('fileno', lambda: s.fileno()),
]:
    attempt(label, f)

s.close()
for label, f in [
    ('write', lambda: s.write('a')),
    ('read', lambda: s.read()),
    ('readline', lambda: s.readline()),
    ('getvalue', lambda: s.getvalue()),
    ('tell', lambda: s.tell()),
    ('seek', lambda: s.seek(0)),
    ('truncate', lambda: s.truncate()),
    ('readable', lambda: s.readable()),
    ('iter', lambda: iter(s)),
    ('next', lambda: next(s)),
    ('enter', lambda: s.__enter__()),
    ('newlines', lambda: s.newlines),
    ('line_buffering', lambda: s.line_buffering),
    ('isatty', lambda: s.isatty()),
    ('flush', lambda: s.flush()),
    ('close again', lambda: s.close()),
    ('print', lambda: print('x', file=s)),
]:
    attempt('closed StringIO ' + label, f)

b = io.BytesIO(b'abc')
for label, f in [
    ('init str', lambda: io.BytesIO('a')),
    ('init int', lambda: io.BytesIO(3)),
    ('write str', lambda: b.write('a')),
    ('write int', lambda: b.write(3)),
    ('seek negative', lambda: b.seek(-1)),
    ('seek whence', lambda: b.seek(0, 5)),
    ('seek str', lambda: b.seek('a')),
    ('read float', lambda: b.read(1.0)),
    ('truncate negative', lambda: b.truncate(-1)),
    ('truncate str', lambda: b.truncate('a')),
    ('fileno', lambda: b.fileno()),
]:
    attempt(label, f)

b.close()
for label, f in [
    ('write', lambda: b.write(b'a')),
    ('read', lambda: b.read()),
    ('getvalue', lambda: b.getvalue()),
    ('tell', lambda: b.tell()),
    ('seek', lambda: b.seek(0)),
    ('readable', lambda: b.readable()),
    ('iter', lambda: iter(b)),
    ('next', lambda: next(b)),
    ('enter', lambda: b.__enter__()),
    ('flush', lambda: b.flush()),
    ('isatty', lambda: b.isatty()),
]:
    attempt('closed BytesIO ' + label, f)
