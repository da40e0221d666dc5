# io.StringIO: writing, reading, lines, seek/tell, truncate, newline modes.
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'), s.write(''), s.tell())
print(repr(s.getvalue()), repr(s.read()))
print(s.seek(0), repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(list(s), [line for line in io.StringIO('a\nb')])
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering)
print(s.encoding, s.errors, s.newlines)

# initial_value starts at position 0; writing there overwrites.
s = io.StringIO('abcdef')
print(s.tell(), s.write('XY'), repr(s.getvalue()), s.tell(), repr(s.read()))
print(s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR), s.seek(2, io.SEEK_SET))
print(repr(s.read(-1)), repr(s.read(None)), repr(s.read(0)))

# Seeking past the end, then writing, fills with NULs.
s = io.StringIO('abc')
print(s.seek(6), repr(s.read()), s.write('z'), repr(s.getvalue()), s.tell())

# truncate keeps the position.
s = io.StringIO('hello world')
s.seek(5)
print(s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(2), repr(s.getvalue()), s.tell(), s.truncate(50))
s.seek(0, 2)
print(s.write('!'), repr(s.getvalue()))

# readline with a size, readlines with a hint.
s = io.StringIO('one\ntwo\nthree\n')
print(repr(s.readline(2)), repr(s.readline(10)), repr(s.readline(0)), s.readlines(1), s.readlines())
s = io.StringIO('one\ntwo\nthree\n')
print(s.readlines(5))

# Newline modes.
for newline in ['\n', None, '', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), s.newlines, s.tell())
    s = io.StringIO(newline=newline)
    print(s.write('x\ny\r\n'), repr(s.getvalue()), s.newlines)
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO('').read()))

# Many small writes, interleaved with reads.
s = io.StringIO()
for i in range(1000):
    s.write(str(i % 10))
    if i % 250 == 0:
        s.seek(0)
        s.read(1)
        s.seek(0, 2)
print(len(s.getvalue()), s.getvalue()[:12], s.getvalue()[-5:])

# Context manager and writelines.
with io.StringIO() as s:
    s.writelines(['a', 'b', 'c\n'])
    print(repr(s.getvalue()))
print(s.closed)
s.close()
print(s.closed)

# A subclass.
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print('shout', file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))
print(type(io.StringIO()), io.StringIO.__name__, io.StringIO.__module__)
print(repr(io.StringIO()).startswith('<_io.StringIO object at 0x'))
