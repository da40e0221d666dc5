// The embedding API: a Python interpreter JS code creates, runs programs in (asynchronously:
// asyncio's timers and awaited Promises don't block the JS event loop), and exchanges values
// with. It holds no power by default: file access, environment variables, `import js` (the JS
// global object) and JS modules are what the embedder grants.

import { readFrozenBundle, type FrozenModule } from '../compiler/index.js';
import { compileProgram } from './compile-program.js';
import { Vm, RUN_OK, RUN_EXIT, RUN_EXCEPTION, type ExceptionInfo } from './vm.js';
import { driveAsync } from './driver.js';
import { Interop, PythonError, NETWORK_MODULE } from './interop.js';
import { HostEvents } from './host-events.js';
import { RecordWriter } from './protocol.js';
import { formatException, SourceLines } from './traceback.js';
import type { HostFiles } from './files.js';

export interface PythonOptions {
  /** Receives what the program writes to sys.stdout (default: the console). */
  stdout?: (text: string) => void;
  /** Receives what the program writes to sys.stderr, tracebacks included (default: the console). */
  stderr?: (text: string) => void;
  /** The file access granted (default: none). In Node, `nodeFiles` grants the whole file system. */
  files?: HostFiles;
  /** The environment variables os.environ shows (default: none). */
  env?: Record<string, string>;
  /** `import js`: true grants globalThis, an object grants that object (default: no `js` module). */
  js?: boolean | object;
  /** TCP for asyncio's streams (default: none). In Node, `new NodeNetwork()` grants it. */
  network?: object;
  /** sys.argv (default ['']). */
  argv?: string[];
  /** sys.path: directories imports search, through `files` (default: none). */
  path?: string[];
  /** Run asyncio's loop on a virtual clock: timers fire in order without waiting (default false). */
  virtualTime?: boolean;
  /** A memory limit in MiB (MemoryError beyond it) and the recursion limit. */
  memoryLimitMb?: number;
  recursionLimit?: number;
  /**
   * build/vm.wasm (compiled, or its bytes) and build/frozen.bin's bytes (the standard library of
   * lib/), where the platform has no default (browsers; or install one with setAssetProvider).
   */
  vm?: WebAssembly.Module | BufferSource;
  stdlib?: Uint8Array;
}

export interface RunOptions {
  /** The file name tracebacks show (default '<exec>'). */
  filename?: string;
}

/** A global of __main__, read and written as JS values. */
export interface Globals {
  /** The JS value of a global of __main__ (or of a builtin), undefined when there is none. */
  get(name: string): unknown;
  set(name: string, value: unknown): void;
}

/** Creates an interpreter; several are independent of each other. */
export async function createPython(options: PythonOptions = {}): Promise<Python> {
  if (options === null || typeof options !== 'object') throw new TypeError('createPython: options must be an object');
  const vm = options.vm === undefined || options.vm instanceof WebAssembly.Module ? options.vm : await WebAssembly.compile(options.vm);
  const python = new Python({ ...options, vm });
  await python.run("__import__('wasmpy.ffi')", { filename: '<wasmpy>' });
  return python;
}

const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

// The source of a registered JS module: it replaces itself with the JS object's proxy.
const JS_MODULE_SOURCE = 'import sys\nfrom wasmpy import ffi\nsys.modules[__name__] = ffi.registered_module(__name__)\n';

export class Python {
  readonly globals: Globals;
  private readonly vm: Vm;
  private readonly interop: Interop;
  private readonly sources = new Map<string, string>();
  private readonly registered = new Map<string, string>();
  private readonly jsModules = new Map<string, unknown>();
  private readonly files: HostFiles | undefined;
  private readonly network: { closeAll?(): void } | undefined;
  /** The runs in order: each starts when the previous one ended. */
  private tail: Promise<unknown> = Promise.resolve();
  private running = false;
  private closed = false;

  /** Use createPython() (which compiles the `vm` option's bytes). */
  constructor(options: PythonOptions & { vm?: WebAssembly.Module }) {
    const events = new HostEvents();
    const jsGlobal = options.js === true ? globalThis : options.js && typeof options.js === 'object' ? options.js : null;
    const self = this;
    this.interop = new Interop(
      {
        jsGlobal,
        jsModules: this.jsModules,
        formatException: (chain) => self.formatException(chain),
        runDetached: () => self.runDetached(),
      },
      events,
    );
    const stdout = textSink(options.stdout, 1);
    const stderr = textSink(options.stderr, 2);
    this.files = options.files;
    if (options.network) this.jsModules.set(NETWORK_MODULE, options.network);
    this.network = options.network;
    this.vm = Vm.create({
      write: (fd, bytes) => (fd === 2 ? stderr : stdout)(bytes),
      lineBuffered: true,
      memoryLimitMb: options.memoryLimitMb,
      recursionLimit: options.recursionLimit,
      argv: options.argv,
      path: options.path,
      files: options.files,
      environ: options.env,
      virtualTime: options.virtualTime,
      modules: this.registered,
      vmModule: options.vm,
      frozen: options.stdlib && frozenBundle(options.stdlib),
      events,
      jsOp: (op, ref, args, argc) => this.interop.op(op, ref, args, argc),
      mayCallPython: () => this.interop.holdsPython,
    });
    this.interop.attach(this.vm);
    this.globals = {
      get: (name) => this.getGlobal(name),
      set: (name, value) => this.setGlobal(name, value),
    };
  }

  /**
   * Runs source as a module in __main__ (whose globals persist from one run to the next),
   * awaiting everything it waits for. A Python exception escaping it rejects with a
   * PythonError whose message is the traceback; SystemExit too (its type 'SystemExit').
   */
  run(source: string, options: RunOptions = {}): Promise<void> {
    this.checkOpen();
    if (typeof source !== 'string') return Promise.reject(new TypeError('run: source must be a string'));
    const filename = options?.filename ?? '<exec>';
    if (typeof filename !== 'string') return Promise.reject(new TypeError('run: filename must be a string'));
    return this.enqueue(() => this.execute(source, filename));
  }

  /**
   * Makes `import name` give `module`: a JS object (its properties are the module's attributes;
   * granted even without the `js` option) or a string of Python source. Takes effect for
   * imports that have not happened yet.
   */
  registerModule(name: string, module: object | string): void {
    this.checkOpen();
    if (typeof name !== 'string' || !MODULE_NAME.test(name)) throw new TypeError(`registerModule: bad module name ${String(name)}`);
    if (typeof module === 'string') {
      this.registered.set(name, module);
      this.sources.set(`<${name}>`, module);
    } else if ((typeof module === 'object' || typeof module === 'function') && module !== null) {
      this.jsModules.set(name, module);
      this.registered.set(name, JS_MODULE_SOURCE);
    } else {
      throw new TypeError('registerModule: the module must be an object or a string of Python source');
    }
  }

  /** Stops the running program with KeyboardInterrupt (at its next safe point, or at once when it waits). */
  interrupt(): void {
    if (this.running) this.vm.interrupt();
  }

  /** Ends the interpreter: a running program is interrupted; later calls throw. */
  close(): void {
    if (this.closed) return;
    this.interrupt();
    this.closed = true;
    this.network?.closeAll?.();
  }

  // ---- running ----

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.tail.then(job);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async execute(source: string, filename: string): Promise<void> {
    if (this.closed) throw new Error('wasmpy: the interpreter is closed');
    const compiled = compileProgram(source, filename);
    if ('failure' in compiled) throw new PythonError(compiled.failure, compiled.type);
    this.sources.set(filename, source);
    this.running = true;
    let status: number;
    try {
      status = await driveAsync(this.vm, this.vm.startInteractive(compiled.image));
    } finally {
      this.running = false;
    }
    if (status === RUN_OK) return;
    if (status === RUN_EXIT) throw new PythonError(`SystemExit: ${this.vm.exitStatus()}`, 'SystemExit');
    if (status === RUN_EXCEPTION) throw this.interop.pythonError(this.vm.uncaughtException());
    throw new Error(`wasmpy: unexpected VM status ${status}`);
  }

  /** Runs the coroutines JS started while no event loop ran (wasmpy.ffi.run_detached). */
  private runDetached(): void {
    this.enqueue(() => this.execute("__import__('wasmpy.ffi').ffi.run_detached()", '<wasmpy>')).catch(() => undefined);
  }

  private formatException(chain: ExceptionInfo[]): string {
    const files = this.files;
    const read = (file: string) => {
      try {
        return files ? new TextDecoder().decode(files.readFile(file)) : null;
      } catch {
        return null;
      }
    };
    return formatException(chain, new SourceLines(this.sources, read));
  }

  // ---- globals ----

  private getGlobal(name: string): unknown {
    this.checkOpen();
    if (typeof name !== 'string') throw new TypeError('globals.get: the name must be a string');
    const h = this.vm.global(name);
    if (h === 0) return undefined;
    const record = this.vm.encodedValue(h);
    this.vm.release(h);
    if (record === null) throw new Error('wasmpy: too many Python objects held by JS');
    return this.interop.valueOf(record);
  }

  private setGlobal(name: string, value: unknown): void {
    this.checkOpen();
    if (typeof name !== 'string' || !IDENTIFIER.test(name)) throw new TypeError(`globals.set: bad name ${String(name)}`);
    const w = new RecordWriter().str(name);
    this.interop.encode(w, value);
    if (!this.vm.setGlobal(w.finish())) throw new Error(`wasmpy: cannot set global ${name}`);
  }

  private checkOpen(): void {
    if (this.closed) throw new Error('wasmpy: the interpreter is closed');
  }
}

const frozenBundles = new WeakMap<Uint8Array, Map<string, FrozenModule>>();

/** The modules of a frozen.bin (read once per bytes object, for several interpreters). */
function frozenBundle(bytes: Uint8Array): Map<string, FrozenModule> {
  let modules = frozenBundles.get(bytes);
  if (!modules) frozenBundles.set(bytes, (modules = readFrozenBundle(bytes)));
  return modules;
}

/** Decodes a stream's UTF-8 for a callback (or the console by default). */
function textSink(callback: ((text: string) => void) | undefined, fd: 1 | 2): (bytes: Uint8Array) => void {
  const decoder = new TextDecoder();
  const out = callback ?? consoleWriter(fd);
  return (bytes) => {
    const text = decoder.decode(bytes, { stream: true });
    if (text) out(text);
  };
}

function consoleWriter(fd: 1 | 2): (text: string) => void {
  const stream = typeof process !== 'undefined' ? (fd === 1 ? process.stdout : process.stderr) : undefined;
  if (stream) return (text) => stream.write(text);
  return (text) => (fd === 1 ? console.log : console.error)(text.replace(/\n$/, ''));
}

export { PythonError };
