"""asyncio's streams over TCP: open_connection, start_server, StreamReader, StreamWriter. The
host does the I/O (host/node-network.ts, reached as the registered JS module _wasmpy_network
where the network is granted); its Promises are awaited as any JS thenable (wasmpy.ffi), so a
task waiting for data lets the loop wait for host events."""

__all__ = ('StreamReader', 'StreamWriter', 'open_connection', 'start_server')

from . import coroutines
from . import events
from . import exceptions

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


def _network():
    from wasmpy import ffi
    try:
        return ffi.registered_module('_wasmpy_network')
    except AttributeError:
        raise PermissionError(13, 'network access is not granted') from None


def _checked(result):
    """The host's result, or the OSError its failure ({errno, message}) stands for."""
    errno = getattr(result, 'errno', None)
    if errno is not None:
        raise OSError(errno, result.message)
    return result


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connects to host:port; returns a (StreamReader, StreamWriter) pair."""
    stream = _checked(await _network().connect(host or 'localhost', port))
    reader = StreamReader(limit=limit, _stream=stream)
    return reader, StreamWriter(stream, reader)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       backlog=100, start_serving=True, **kwds):
    """Listens on host:port; each connection calls client_connected_cb(reader, writer) (a
    coroutine function's coroutine becomes a task). Returns the Server."""
    listener = _checked(await _network().listen(host or '0.0.0.0', port or 0, backlog))
    server = Server(listener, client_connected_cb, limit)
    if start_serving:
        server._start()
    return server


class _ServerSocket:
    """What Server.sockets holds: the listening address."""

    def __init__(self, address):
        self._address = address

    def getsockname(self):
        return self._address

    def __repr__(self):
        return f'<asyncio.TransportSocket laddr={self._address!r}>'


class Server:
    def __init__(self, listener, client_connected_cb, limit):
        self._listener = listener
        self._callback = client_connected_cb
        self._limit = limit
        self._loop = events.get_running_loop()
        self._accepting = None
        self._closed = False
        self._serving_forever = None

    def _start(self):
        if self._accepting is None and not self._closed:
            self._accepting = self._loop.create_task(self._accept())

    async def _accept(self):
        while True:
            stream = await self._listener.accept()
            if stream is None:
                return
            reader = StreamReader(limit=self._limit, _stream=stream)
            writer = StreamWriter(stream, reader)
            result = self._callback(reader, writer)
            if coroutines.iscoroutine(result):
                self._loop.create_task(result).add_done_callback(
                    lambda task, writer=writer: self._report(task, writer))

    def _report(self, task, writer):
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            self._loop.call_exception_handler({
                'message': 'Unhandled exception in client_connected_cb',
                'exception': exc,
            })
            writer.close()

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._accepting is not None and not self._closed

    @property
    def sockets(self):
        if self._closed:
            return ()
        return (_ServerSocket(tuple(self._listener.address())),)

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._listener.close()
        if self._accepting is not None:
            self._accepting.cancel()
        if self._serving_forever is not None and not self._serving_forever.done():
            self._serving_forever.cancel()

    async def wait_closed(self):
        await self._listener.closed()

    async def start_serving(self):
        self._start()

    async def serve_forever(self):
        if self._serving_forever is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._closed:
            raise RuntimeError(f'server {self!r} is closed')
        self._start()
        self._serving_forever = self._loop.create_future()
        try:
            await self._serving_forever
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()

    def __repr__(self):
        return f'<Server sockets={self.sockets!r}>'


class StreamReader:
    """Buffered reading from a connection (or from what feed_data() gives it)."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None, *, _stream=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._stream = _stream
        self._buffer = b''
        self._eof = False
        self._exception = None
        self._waiter = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake()

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if data:
            self._buffer += bytes(data)
            self._wake()

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        """Whether the buffer is empty and the end of the stream was reached."""
        return self._eof and not self._buffer

    def _wake(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    async def _fill(self):
        """Waits for more data; False at the end of the stream."""
        if self._exception is not None:
            raise self._exception
        if self._eof:
            return False
        if self._stream is None:
            self._waiter = events.get_running_loop().create_future()
            await self._waiter
        else:
            await self._stream.readable()
            data = _checked(self._stream.take())
            if data is None:
                self._eof = True
            else:
                self._buffer += data
        if self._exception is not None:
            raise self._exception
        return True

    def _take(self, n):
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    async def read(self, n=-1):
        """Up to n bytes (n < 0: everything until the end of the stream); b'' at its end."""
        if n == 0:
            return b''
        if n < 0:
            while await self._fill():
                pass
            return self._take(len(self._buffer))
        while not self._buffer and await self._fill():
            pass
        return self._take(n)

    async def readline(self):
        """A line (ending with b'\\n'); at the end of the stream what is left, b'' when nothing."""
        sep = b'\n'
        try:
            return await self.readuntil(sep)
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                self._take(e.consumed + len(sep))
            else:
                self._buffer = b''
            raise ValueError(e.args[0])

    async def readexactly(self, n):
        """Exactly n bytes, or IncompleteReadError when the stream ends first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if not await self._fill():
                incomplete = self._take(len(self._buffer))
                raise exceptions.IncompleteReadError(incomplete, n)
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        """Data up to and including separator (IncompleteReadError when the stream ends first,
        LimitOverrunError when the limit is reached first)."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            found = self._buffer.find(separator, offset)
            if found >= 0:
                if found > self._limit:
                    raise exceptions.LimitOverrunError('Separator is found, but chunk is longer than limit', found)
                return self._take(found + seplen)
            offset = max(0, len(self._buffer) + 1 - seplen)
            if offset > self._limit:
                raise exceptions.LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if not await self._fill():
                chunk = self._take(len(self._buffer))
                raise exceptions.IncompleteReadError(chunk, None)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class StreamWriter:
    """Writing to a connection."""

    def __init__(self, stream, reader):
        self._stream = stream
        self._reader = reader

    def __repr__(self):
        return f'<StreamWriter reader={self._reader!r}>'

    @property
    def transport(self):
        return self

    def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f"data argument must be a bytes-like object, not '{type(data).__name__}'")
        if data:
            self._stream.write(data)

    def writelines(self, data):
        self.write(b''.join(data))

    def write_eof(self):
        self._stream.writeEof()

    def can_write_eof(self):
        return True

    def close(self):
        self._stream.close()

    def is_closing(self):
        return self._stream.isClosing()

    async def wait_closed(self):
        await self._stream.closed()

    def get_extra_info(self, name, default=None):
        if name in ('peername', 'sockname'):
            address = self._stream.address(name)
            return default if address is None else tuple(address)
        return default

    async def drain(self):
        exc = self._reader.exception() if self._reader is not None else None
        if exc is not None:
            raise exc
        await self._stream.drain()
