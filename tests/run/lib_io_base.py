# Streams of one's own over io's base classes: the generic readline, readlines, iteration,
# readall, tell, close and the context manager come from IOBase / RawIOBase.
import io


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.at = 0
        self.flushes = 0

    def readable(self):
        return True

    def read(self, size=-1):
        if size < 0:
            size = len(self.data)
        chunk = self.data[self.at:self.at + size]
        self.at += len(chunk)
        return chunk

    def seek(self, pos, whence=0):
        if whence == 1:
            pos += self.at
        self.at = pos
        return pos

    def flush(self):
        self.flushes += 1
        super().flush()


s = Source(b'one\ntwo\nthree')
print(s.readline(), s.readline(2), s.tell(), s.readline(), s.readline(), s.readline())
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines(5), s.readall())
print(isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase), s.readable(), s.writable(), s.seekable())
with s as entered:
    print(entered is s, s.closed)
print(s.closed, s.flushes)
s.close()
print(s.flushes)
for name, call in [('iter', lambda: iter(s)), ('isatty', lambda: s.isatty())]:
    try:
        call()
    except ValueError as e:
        print(name, type(e).__name__, e)


class Words(io.BufferedIOBase):
    def __init__(self, words):
        self.words = words

    def read(self, size=-1):
        return self.words.pop(0) if self.words else b''


w = Words([b'ab', b'cd'])
print(w.read(), w.readable())


class Raw(io.RawIOBase):
    pass


class Buffered(io.BufferedIOBase):
    pass


class Text(io.TextIOBase):
    pass


# What each base class does when the subclass defines nothing.
for stream in (Raw(), Buffered(), Text()):
    for name in ['read', 'readinto', 'write', 'truncate', 'fileno', 'readall', 'read1', 'detach', 'readline',
                 'seek', 'tell']:
        if not hasattr(stream, name):
            continue
        args = {'write': (b'x',), 'seek': (0,)}.get(name, ())
        if name == 'readinto':
            continue
        try:
            print(type(stream).__name__, name, repr(getattr(stream, name)(*args)))
        except Exception as e:
            print(type(stream).__name__, name, type(e).__name__, e)
    print(type(stream).__name__, 'readinto' in dir(stream), 'readall' in dir(stream), 'read1' in dir(stream))
