# asyncio's streams over TCP on 127.0.0.1: a line-echo server and clients using every reader
# and writer method; the same output in CPython.
import asyncio

server_log = []


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    assert peer[0] == '127.0.0.1' and isinstance(peer[1], int)
    greeting = await reader.readline()
    if greeting == b'slow\n':
        await asyncio.sleep(0.05)
        writer.write(b'late line\n')
        await writer.drain()
        writer.close()
        return
    writer.write(b'hello ' + greeting)
    size = int((await reader.readuntil(b':'))[:-1])
    body = await reader.readexactly(size)
    writer.writelines([b'got ', str(len(body)).encode(), b' bytes\n'])
    await writer.drain()
    rest = await reader.read()
    writer.write(b'rest ' + rest + b'\n')
    server_log.append(reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client sockname host:', writer.get_extra_info('sockname')[0])
    writer.write(b'world\n')
    print('client:', await reader.readline())
    payload = b'x' * 100000
    writer.write(str(len(payload)).encode() + b':' + payload)
    await writer.drain()
    print('client:', await reader.readline())
    writer.write(b'tail bytes')
    writer.write_eof()
    print('client:', await reader.read())
    print('client: at_eof', reader.at_eof(), await reader.read(), await reader.readline())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print('client: incomplete', e.partial, e.expected)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await client(port)
        await cancelled_read(port)
        for line in await asyncio.gather(*(lines(port, n) for n in range(3))):
            print('lines:', line)
    print('serving after close:', server.is_serving())
    print('server: at_eof', server_log)
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused:', type(e).__name__)


async def cancelled_read(port):
    # A read given up loses no data: the line arrives after the timeout.
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'slow\n')
    try:
        await asyncio.wait_for(reader.readline(), 0.01)
    except TimeoutError:
        print('read timed out')
    print('then:', await reader.readline())
    writer.close()
    await writer.wait_closed()


async def lines(port, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'client {n}\n'.encode())
    line = await reader.readline()
    writer.write(b'0:')
    await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line


asyncio.run(main())
