"""The io module, written for wasmpy: the in-memory streams StringIO and BytesIO, the abstract
base classes, and the native file types of open() and sys.stdout (from _io).

Approximations: IOBase, RawIOBase, BufferedIOBase and TextIOBase are Python classes (ABCMeta)
with CPython's generic methods; the native file types are registered as their virtual
subclasses, so isinstance() works but those types do not inherit the generic methods. StringIO
and BytesIO derive from them directly (in CPython from _io._TextIOBase / _io._BufferedIOBase).
BytesIO copies what it is given (bytes, bytearray or memoryview), RawIOBase.read is not
written over readinto, and there is no BytesIO.getbuffer. There is no FileIO or
BufferedRandom, and TextIOWrapper cannot be constructed around a buffer.
"""

import abc
from operator import index as _index
from _io import TextIOWrapper, BufferedReader, BufferedWriter, UnsupportedOperation, DEFAULT_BUFFER_SIZE

__all__ = [
    'BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase',
    'StringIO', 'BytesIO', 'TextIOWrapper', 'BufferedReader', 'BufferedWriter',
    'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
]

open = open
BlockingIOError = BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_CLOSED = 'I/O operation on closed file.'


def _size_arg(size):
    """A read/readline/truncate size: an int, or -1 for None."""
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    if not hasattr(type(size), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return _index(size)


class IOBase(metaclass=abc.ABCMeta):
    """The generic stream methods, written over read/readline/write/seek/close."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _checkClosed(self):
        if self.closed:
            raise ValueError(_CLOSED)

    @property
    def closed(self):
        return self.__closed

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def flush(self):
        self._checkClosed()

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def fileno(self):
        self._unsupported('fileno')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        """Reads a byte at a time up to a newline (subclasses read faster)."""
        size = _size_arg(size)
        line = []
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line.append(b)
            if b == b'\n':
                break
        return b''.join(line)

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams; subclasses define read (wasmpy has no mutable buffers for
    CPython's read over readinto), or readinto and write. Those left out raise NotImplementedError."""

    def read(self, size=-1):
        raise NotImplementedError

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


class TextIOBase(IOBase):
    """Text streams."""

    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        self._unsupported('read')

    def readline(self, size=-1):
        self._unsupported('readline')

    def write(self, s):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')


TextIOBase.register(TextIOWrapper)
BufferedIOBase.register(BufferedReader)
BufferedIOBase.register(BufferedWriter)


class _MemoryStream:
    """What StringIO and BytesIO share. The contents are a str (or bytes) plus the chunks written
    at the end since, joined when next needed, so that a run of writes costs one join."""

    _empty = ''
    _zero = '\0'
    _negative_size = 'Negative size value {}'

    def _init_contents(self, initial):
        self._data = self._empty
        self._chunks = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial:
            self._put(initial)
            self._pos = 0

    def _contents(self):
        if self._chunks:
            self._chunks.insert(0, self._data)
            self._data = self._empty.join(self._chunks)
            self._chunks = []
        return self._data

    def _put(self, s):
        """Writes the non-empty s at the position (past the end: after zeros, as CPython)."""
        pos = self._pos
        if pos == self._size:
            self._chunks.append(s)
        else:
            data = self._contents()
            if pos > len(data):
                data += self._zero * (pos - len(data))
            self._data = data[:pos] + s + data[pos + len(s):]
        self._pos = pos + len(s)
        if self._pos > self._size:
            self._size = self._pos

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._data = self._empty
        self._chunks = []

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._contents()

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        data = self._contents()
        start = self._pos
        end = len(data) if size < 0 else min(start + size, len(data))
        if end <= start:
            return self._empty
        self._pos = end
        return data[start:end]

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        data = self._contents()
        start = self._pos
        if start >= len(data):
            return self._empty
        end = self._line_end(data, start)
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return data[start:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        """Cuts the contents at pos (default: the position), which does not move."""
        self._check()
        pos = self._pos if pos is None else _size_arg(pos)
        if pos < 0:
            raise ValueError(self._negative_size.format(pos))
        if pos < self._size:
            self._data = self._contents()[:pos]
            self._size = pos
        return pos


# Which line endings a StringIO with universal newlines has seen (its newlines attribute).
_SEEN_CR, _SEEN_LF, _SEEN_CRLF = 1, 2, 4
_NEWLINES_SEEN = {
    0: None, 1: '\r', 2: '\n', 4: '\r\n', 3: ('\r', '\n'), 5: ('\r', '\r\n'), 6: ('\n', '\r\n'),
    7: ('\r', '\n', '\r\n'),
}


class StringIO(_MemoryStream, TextIOBase):
    """A text stream in memory; its position counts characters."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        self._seen = 0
        self._init_contents(self._translate(initial_value) if initial_value else '')

    def _check(self):
        # StringIO's own methods say it without the full stop, as CPython's.
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _translate(self, s):
        """s as stored: newline None reads '\\r\\n' and '\\r' as '\\n'; '\\r' or '\\r\\n' replace '\\n'."""
        newline = self._newline
        if newline == '\n':
            return s
        if newline is None or newline == '':
            if '\r' in s or '\n' in s:
                self._note_newlines(s)
                if newline is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            return s
        return s.replace('\n', newline)

    def _note_newlines(self, s):
        crlf = s.count('\r\n')
        if crlf:
            self._seen |= _SEEN_CRLF
        if s.count('\r') > crlf:
            self._seen |= _SEEN_CR
        if s.count('\n') > crlf:
            self._seen |= _SEEN_LF

    def _line_end(self, text, start):
        """Where the line starting at start ends (past its terminator), or len(text)."""
        newline = self._newline
        if newline == '':
            lf = text.find('\n', start)
            cr = text.find('\r', start, lf if lf >= 0 else len(text))
            if cr >= 0:
                return cr + 2 if text.startswith('\n', cr + 1) else cr + 1
            return lf + 1 if lf >= 0 else len(text)
        terminator = '\n' if newline is None else newline
        at = text.find(terminator, start)
        return at + len(terminator) if at >= 0 else len(text)

    def flush(self):
        pass

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None or self._newline == '':
            return _NEWLINES_SEEN[self._seen]
        return None

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        written = len(s)
        s = self._translate(s)
        if s:
            self._put(s)
        return written

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 1:
            pos = self._pos
        else:
            pos = self._size
        self._pos = pos
        return pos


def _bytes_arg(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, (bytearray, memoryview)):
        return bytes(b)
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream in memory."""

    __module__ = '_io'
    _empty = b''
    _zero = b'\0'
    _negative_size = 'negative size value {}'

    def __init__(self, initial_bytes=None):
        self._init_contents(b'' if initial_bytes is None else _bytes_arg(initial_bytes))

    def _check(self):
        self._checkClosed()

    def _line_end(self, data, start):
        at = data.find(b'\n', start)
        return len(data) if at < 0 else at + 1

    def __iter__(self):
        return self

    read1 = _MemoryStream.read

    def write(self, b):
        self._check()
        b = _bytes_arg(b)
        if b:
            self._put(b)
        return len(b)

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += self._size
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = max(pos, 0)
        return self._pos
