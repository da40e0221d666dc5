# io.BytesIO: writing, reading, lines, seek/tell, truncate.
import io

b = io.BytesIO()
print(b.write(b'hello\n'), b.write(b'world\n'), b.write(b''), b.tell())
print(b.getvalue(), b.read())
print(b.seek(0), b.read(3), b.tell(), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), b.tell())
b.seek(0)
print(list(b), [line for line in io.BytesIO(b'a\nb')])
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)

b = io.BytesIO(b'abcdef')
print(b.tell(), b.write(b'XY'), b.getvalue(), b.tell(), b.read1(2), b.read1())
# Relative seeks are allowed and stop at 0.
print(b.seek(-2, io.SEEK_CUR), b.seek(-1, io.SEEK_END), b.seek(-10, io.SEEK_END), b.seek(3))
print(b.read(-1), b.read(None), b.read(0))

b = io.BytesIO(b'abc')
print(b.seek(6), b.read(), b.write(b'z'), b.getvalue(), b.tell())

b = io.BytesIO(b'hello world')
b.seek(5)
print(b.truncate(), b.getvalue(), b.tell(), b.truncate(2), b.getvalue(), b.tell(), b.truncate(50))

b = io.BytesIO(b'one\ntwo\nthree')
print(b.readline(2), b.readline(10), b.readline(0), b.readlines(1), b.readlines())

b = io.BytesIO()
for i in range(1000):
    b.write(bytes([48 + i % 10]))
print(len(b.getvalue()), b.getvalue()[:12])

with io.BytesIO(b'x') as b:
    b.writelines([b'a', b'b'])
    print(b.getvalue())
print(b.closed)
print(io.BytesIO(None).getvalue(), type(io.BytesIO()), io.BytesIO.__module__)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(repr(io.BytesIO()).startswith('<_io.BytesIO object at 0x'))
