// TCP through Node's net module for asyncio's streams (lib/asyncio/streams.py), when the network
// is granted (the command line grants it; an embedder passes `network: new NodeNetwork()`). Python
// reaches it as the registered JS module _wasmpy_network and awaits its Promises, so a program
// waiting for data leaves the JS event loop free. Failures resolve to {errno, message}
// (CPython's OSError arguments) rather than rejecting, so that Python raises the right OSError.

import { createRequire } from 'node:module';
import { constants } from 'node:os';
import type { Server, Socket, AddressInfo } from 'node:net';

/** node:net, loaded when first used: loading it takes longer than running a small program. */
function net(): typeof import('node:net') {
  return createRequire(import.meta.url)('node:net');
}

/** Incoming data buffered beyond this pauses the socket until Python reads. */
const HIGH_WATER = 1 << 16;

/** A failure: CPython's OSError arguments. */
type Failure = { errno: number; message: string };

/** CPython's OSError arguments for a Node error: its errno, and `message` (with strerror when asked). */
function failure(err: unknown, message: string, withReason = false): Failure {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const errno = (constants.errno as Record<string, number>)[code] ?? 0;
  // Node's messages read "listen EADDRINUSE: address already in use 127.0.0.1:8888".
  const reason = /: (.*?)(?: \S+:\d+)?$/.exec((err as Error).message)?.[1] ?? (err as Error).message;
  return { errno, message: withReason ? `${message}: ${reason}` : message };
}

/** One TCP connection: data buffered until Python takes it, writes queued by Node. */
export class NodeStream {
  private readonly chunks: Uint8Array[] = [];
  private buffered = 0;
  private ended = false;
  private error: Failure | null = null;
  private wake: (() => void) | null = null;
  private readonly closedPromise: Promise<void>;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      this.buffered += chunk.byteLength;
      if (this.buffered > HIGH_WATER) socket.pause();
      this.notify();
    });
    socket.on('end', () => {
      this.ended = true;
      this.notify();
    });
    socket.on('error', (err) => {
      this.error = failure(err, (err as Error).message);
      this.notify();
    });
    this.closedPromise = new Promise((resolve) => socket.once('close', () => {
      this.ended = true;
      this.notify();
      resolve();
    }));
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /**
   * Resolves when take() has something to give. Waiting takes nothing, so that a wait given up
   * (a cancelled read) loses no data.
   */
  async readable(): Promise<void> {
    while (this.chunks.length === 0 && !this.ended && !this.error) await new Promise<void>((resolve) => (this.wake = resolve));
  }

  /** The data received so far (empty when none yet); null at the end of the stream; {errno, message} on error. */
  take(): Uint8Array | null | Failure {
    if (this.chunks.length > 0) {
      const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      this.chunks.length = 0;
      this.buffered = 0;
      this.socket.resume();
      return data;
    }
    if (this.error) return this.error;
    return this.ended ? null : new Uint8Array(0);
  }

  write(bytes: Uint8Array): void {
    if (!this.socket.destroyed) this.socket.write(bytes);
  }

  /** Resolves when what was written has gone out (or the socket closed). */
  drain(): Promise<void> {
    if (this.socket.writableLength === 0 || this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  writeEof(): void {
    this.socket.end();
  }

  /** Closes after what was written has gone out. */
  close(): void {
    this.socket.end(() => this.socket.destroy());
  }

  isClosing(): boolean {
    return this.socket.writableEnded || this.socket.destroyed;
  }

  closed(): Promise<void> {
    return this.closedPromise;
  }

  /** get_extra_info('peername' / 'sockname'): [host, port], or null. */
  address(which: string): [string, number] | null {
    const host = which === 'peername' ? this.socket.remoteAddress : this.socket.localAddress;
    const port = which === 'peername' ? this.socket.remotePort : this.socket.localPort;
    return host === undefined || port === undefined ? null : [host, port];
  }
}

/** A listening server: accepted connections as Promises. */
export class NodeListener {
  private readonly pending: NodeStream[] = [];
  private wake: (() => void) | null = null;
  private closing = false;
  private readonly closedPromise: Promise<void>;

  constructor(private readonly server: Server, private readonly network: NodeNetwork) {
    server.on('connection', (socket) => {
      this.pending.push(this.network.track(socket));
      this.notify();
    });
    this.closedPromise = new Promise((resolve) => server.once('close', () => resolve()));
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** The next connection; null once the server is closed. */
  async accept(): Promise<NodeStream | null> {
    while (this.pending.length === 0 && !this.closing) await new Promise<void>((resolve) => (this.wake = resolve));
    return this.pending.shift() ?? null;
  }

  close(): void {
    if (this.closing) return;
    this.closing = true;
    this.server.close();
    this.notify();
  }

  closed(): Promise<void> {
    return this.closedPromise;
  }

  address(): [string, number] {
    const info = this.server.address() as AddressInfo;
    return [info.address, info.port];
  }
}

/** The network granted to a program: connections and servers, all closed when it ends. */
export class NodeNetwork {
  private readonly sockets = new Set<Socket>();
  private readonly servers = new Set<Server>();

  track(socket: Socket): NodeStream {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    return new NodeStream(socket);
  }

  /** A connection to host:port, or {errno, message}. */
  connect(host: string, port: number): Promise<NodeStream | Failure> {
    return new Promise((resolve) => {
      const socket = net().createConnection({ host, port, allowHalfOpen: true });
      const fail = (err: Error) => resolve(failure(err, `Connect call failed ('${host}', ${port})`));
      socket.once('error', fail);
      socket.once('connect', () => {
        socket.off('error', fail);
        resolve(this.track(socket));
      });
    });
  }

  /** A server listening on host:port (port 0: any free one), or {errno, message}. */
  listen(host: string, port: number, backlog: number): Promise<NodeListener | Failure> {
    return new Promise((resolve) => {
      const server = net().createServer({ allowHalfOpen: true });
      const fail = (err: Error) => resolve(failure(err, `error while attempting to bind on address ('${host}', ${port})`, true));
      server.once('error', fail);
      server.listen({ host, port, backlog }, () => {
        server.off('error', fail);
        this.servers.add(server);
        server.once('close', () => this.servers.delete(server));
        resolve(new NodeListener(server, this));
      });
    });
  }

  /** Closes what the program left open (CPython's exit does too). */
  closeAll(): void {
    for (const socket of this.sockets) socket.destroy();
    for (const server of this.servers) server.close();
  }
}
