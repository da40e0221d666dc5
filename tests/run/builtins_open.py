# open(): text and binary files, reading, writing, appending, iteration, with, and OSError.
import sys

path = '/tmp/wasmpy-builtins-open-test.txt'

with open(path, 'w') as f:
    print(repr(f), f.closed, f.mode, f.name, f.encoding, f.writable(), f.readable())
    print(f.write('first line\n'), f.write('second line\n'))
    f.writelines(['third\n', 'fourth'])
print(f.closed)

f = open(path)
print(repr(f.read()))
f.close()
f.close()

with open(path, 'r', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))

with open(path) as f:
    print(f.read(5), f.tell(), f.seek(0), f.read(3), next(f), list(f))

with open(path, 'a') as f:
    f.write('\nappended é ü 😀')
with open(path, encoding='utf-8') as f:
    print(f.read().splitlines()[-1])

with open(path, 'rb') as f:
    data = f.read()
    print(repr(f), type(data).__name__, len(data), data[:10], f.mode)
with open(path, 'rb') as f:
    print(f.readline(), f.read(4))

with open(path, 'wb') as f:
    print(repr(f), f.write(b'bytes\r\nwith\rCR\n'))
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(repr(f.read()))

try:
    open(path, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)

for name in ['/tmp/no/such/dir/file.txt', '/tmp']:
    try:
        open(name)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.args)

with open(path, 'w') as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError))
    try:
        f.write(b'bytes')
    except TypeError as e:
        print(e)
with open(path, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print(e)
try:
    f.write(b'after close')
except ValueError as e:
    print(e)

for mode in ['rw', 'q', 'rr', 'tb', '']:
    try:
        open(path, mode)
    except ValueError as e:
        print(e)
    except OSError as e:
        print(type(e).__name__)
for kwargs in [{'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}]:
    try:
        open(path, 'rb', **kwargs)
    except ValueError as e:
        print(e)
for bad in [lambda: open(1.5), lambda: open(path, encoding=5), lambda: open(path, 5),
            lambda: open(path, encoding='no-such-codec'), lambda: open(path, newline='x'), lambda: open()]:
    try:
        bad()
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)

print(OSError(2, 'No such file or directory', 'x'), type(OSError(2, 'x')).__name__)
print(OSError('plain'), OSError(13, 'Permission denied').errno)
open('/tmp/no/such/file')
