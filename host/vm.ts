// Loading the VM's WebAssembly module and talking to it: the imports it calls (output, number
// formatting, clocks, finding modules, compiling source, files and standard input) and the
// exports the host drives (run a code image, continue after a slice, describe an uncaught
// exception).

import * as floatText from './float-digits.js';
import type { FrozenModule } from '../compiler/index.js';
import { ModuleFinder, compileSource, type Answer } from './modules.js';
import { vmModule, frozenModules } from './assets.js';
import { noFiles, FileError, type HostFiles, type WriteMode } from './files.js';
import { OPEN, SYS_LIST, JS_STATUS, HOST_CALL, RecordWriter } from './protocol.js';
import { osCall, type OsGrants } from './os-host.js';
import { formatException, findAnchors, SourceLines } from './traceback.js';
import { fillRandom } from './random-bytes.js';
import { HostEvents } from './host-events.js';

/** Lines of the files the program may read, as linecache sees them (cached per file). */
class FileLines {
  private readonly cache = new Map<string, string[] | null>();

  line(file: string, line: number, files: HostFiles): string | null {
    let lines = this.cache.get(file);
    if (lines === undefined) {
      try {
        lines = decoder.decode(files.readFile(file)).split(/\r\n|\r|\n/);
      } catch {
        lines = null;
      }
      this.cache.set(file, lines);
    }
    return lines && line >= 1 && line <= lines.length ? lines[line - 1] : null;
  }
}

export interface VmExports {
  memory: WebAssembly.Memory;
  imageVersion(): number;
  init(): void;
  inputBuffer(size: number): number;
  runMain(length: number): number;
  resume(): number;
  hostWaitRequest(): number;
  runInteractive(length: number): number;
  exceptionJson(): number;
  exceptionLength(): number;
  exitStatus(): number;
  flush(): void;
  configure(lineBuffered: number, memoryLimitMb: number, recursionLimit: number, slices: number): void;
  setSysList(which: number, length: number): void;
  interrupt(): void;
  collectGarbage(): number;
  // Driving coroutines (vm-as/coro-host.ts)
  coroStep(coroHandle: number, valueHandle: number, throwing: number): number;
  coroContinue(): number;
  mainGlobal(length: number): number;
  callHandle(fnHandle: number, argHandle: number): number;
  intHandle(n: number): number;
  handleRepr(h: number): number;
  textLength(): number;
  releaseValueHandle(h: number): void;
  finalizeProgram(): void;
  setVirtualTime(on: number): void;
  // JS interop (vm-as/js-host.ts)
  encodeHandleValue(h: number): number;
  encodedValue(): number;
  encodedSize(): number;
  setGlobal(length: number): number;
  callWith(fn: number, length: number, argc: number): number;
  getAttribute(h: number, length: number): number;
  raisedJson(): number;
}

/** How a call of a Python value from JS (or an attribute read) ended (vm-as/js-host.ts). */
export type HostCall =
  | { status: 'ok'; value: Uint8Array }
  | { status: 'raised'; exception: ExceptionInfo[] }
  | { status: 'missing' };

/** How a coroutine step (or a call) ended, and the handle holding its value (0: none). */
export interface Step {
  status: 'yielded' | 'returned' | 'raised';
  handle: number;
}

const STEP_STATUS = ['yielded', 'returned', 'raised'] as const;
const STEP_SLICE = 3;

/** How runMain / resume end. */
export const RUN_OK = 0;
export const RUN_EXCEPTION = 1;
export const RUN_SLICE = 2;
export const RUN_EXIT = 3;

export interface VmOptions {
  /** Receives everything the program writes to stdout (fd 1) and stderr (fd 2). */
  write(fd: number, bytes: Uint8Array): void;
  lineBuffered?: boolean;
  memoryLimitMb?: number;
  recursionLimit?: number;
  /** sys.argv (default ['']). */
  argv?: string[];
  /** sys.path: where imports look for modules after the frozen ones (default: nowhere). */
  path?: string[];
  /** The file access granted to the program (default: none). */
  files?: HostFiles;
  /** The environment variables os.environ shows (default: none). */
  environ?: Record<string, string>;
  /** Reads standard input into buf; returns the bytes read, 0 at its end (default: no input). */
  readStdin?(buf: Uint8Array): number;
  /** The modules imports find before sys.path (default: those of lib/, from build/frozen.bin). */
  frozen?: Map<string, FrozenModule>;
  /** Modules registered by the embedder, found before all others: their source by name. */
  modules?: ReadonlyMap<string, string>;
  /** The compiled VM (default: assets.ts's). */
  vmModule?: WebAssembly.Module;
  /** sys.platform (default: Node's process.platform, 'browser' elsewhere) and sys.executable (default ''). */
  platform?: string;
  executable?: string;
  /** Run asyncio's loop on a virtual clock: timers fire in order without waiting (default false). */
  virtualTime?: boolean;
  /** The host events the program may wait for (default: a fresh set). */
  events?: HostEvents;
  /** Whether JS holds Python callables (the program then waits for a call instead of ending idle). */
  mayCallPython?(): boolean;
  /** Performs the _js module's operations on JS values (default: none, every one fails). */
  jsOp?(op: number, ref: number, args: Uint8Array, argc: number): Answer;
}

/** One frame of a traceback, as the VM reports it. */
export interface FrameInfo {
  file: string;
  name: string;
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

/** One exception of an uncaught exception's chain (causes and contexts first). */
export interface ExceptionInfo {
  link: '' | 'cause' | 'context';
  module: string;
  type: string;
  message: string | null;
  frames: FrameInfo[];
  /** For a SyntaxError with a location: what CPython prints instead of the message line. */
  syntax?: SyntaxInfo;
  /** Its __notes__ (PEP 678), printed after the message line. */
  notes?: string[];
  /** For an exception group: how many members it has and the chains of the first ones. */
  group?: { size: number; members: ExceptionInfo[][] };
}

/** A SyntaxError's msg, filename, lineno, offset, end_lineno, end_offset and text attributes. */
export interface SyntaxInfo {
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  endLineno: number;
  endOffset: number;
  text: string | null;
}


const decoder = new TextDecoder();

const NO_ANSWER: Answer = { status: 0, record: new Uint8Array(0) };

/** The host functions the VM imports (see vm-as/host.ts). */
function hostImports(getMemory: () => WebAssembly.Memory, options: VmOptions, events: HostEvents) {
  const bytes = (ptr: number, length: number) => new Uint8Array(getMemory().buffer, ptr, length);
  const text = (ptr: number, length: number) => decoder.decode(bytes(ptr, length));
  const files = options.files ?? noFiles;
  const finder = new ModuleFinder(files, options.frozen ?? frozenModules(), options.modules);
  const sourceLines = new FileLines();
  const osGrants: OsGrants = { files, environ: options.environ ?? {} };
  // The last answer, until the VM copies it out (answerLength, takeAnswer).
  let answer = NO_ANSWER;
  const answered = (a: Answer) => {
    answer = a;
    return a.status;
  };
  // Views of the whole memory, remade when it grows (its buffer is then replaced).
  let byteView = new Uint8Array(0);
  let intView = new Int32Array(0);
  const memoryBytes = () => {
    if (byteView.buffer !== getMemory().buffer) byteView = new Uint8Array(getMemory().buffer);
    return byteView;
  };
  const memoryInts = () => {
    if (intView.buffer !== getMemory().buffer) intView = new Int32Array(getMemory().buffer);
    return intView;
  };
  return {
    write(fd: number, ptr: number, length: number) {
      options.write(fd, bytes(ptr, length).slice());
    },
    floatDigits(x: number, mode: number, ndigits: number, out: number, decptOut: number) {
      const count = floatText.floatDigits(x, mode, ndigits, memoryBytes(), out);
      memoryInts()[decptOut >> 2] = floatText.decpt;
      return count;
    },
    parseFloat(ptr: number, length: number) {
      return Number(decoder.decode(bytes(ptr, length)));
    },
    timeNow() {
      return Date.now() / 1000;
    },
    monotonic() {
      return performance.now() / 1000;
    },
    // For the random and time modules (vm-as/modules/random.ts, time.ts).
    randomBytes(ptr: number, length: number) {
      fillRandom(bytes(ptr, length));
    },
    processTime() {
      if (typeof process === 'undefined' || !process.cpuUsage) return performance.now() / 1000;
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1e6;
    },
    sleep(seconds: number) {
      return blockFor(seconds) ? 0 : -1;
    },
    localOffset(t: number) {
      return -new Date(t * 1000).getTimezoneOffset() * 60;
    },
    // Source lines for warnings and "Exception ignored" reports (generators and coroutines).
    sourceLine(filePtr: number, fileLength: number, line: number, out: number, capacity: number) {
      const found = sourceLines.line(text(filePtr, fileLength), line, files);
      if (found === null) return -1;
      const encoded = new TextEncoder().encode(found.trim());
      if (encoded.length > capacity) return -1;
      bytes(out, encoded.length).set(encoded);
      return encoded.length;
    },
    findModule(namePtr: number, nameLength: number, pathsPtr: number, pathsLength: number) {
      // Each directory ends with a NUL: the text ends with an empty piece.
      const paths = text(pathsPtr, pathsLength).split('\0').slice(0, -1);
      return answered(finder.find(text(namePtr, nameLength), paths));
    },
    compileSource(sourcePtr: number, sourceLength: number, filenamePtr: number, filenameLength: number, mode: number) {
      return answered(compileSource(bytes(sourcePtr, sourceLength).slice(), text(filenamePtr, filenameLength), mode));
    },
    caretAnchors(ptr: number, length: number) {
      const anchors = findAnchors(text(ptr, length), 0);
      return anchors && anchors[1] < 65536 ? anchors[0] * 65536 + anchors[1] : -1;
    },
    answerLength() {
      return answer.record.length;
    },
    takeAnswer(ptr: number) {
      bytes(ptr, answer.record.length).set(answer.record);
      answer = NO_ANSWER;
    },
    fileOpen(pathPtr: number, pathLength: number, mode: number) {
      const path = text(pathPtr, pathLength);
      return fileCall(() => {
        if (mode === OPEN.READ) return answered({ status: 0, record: files.readFile(path) });
        return files.open(path, WRITE_MODES[mode]);
      });
    },
    fileWrite(handle: number, ptr: number, length: number) {
      return fileCall(() => {
        files.write(handle, bytes(ptr, length));
        return 0;
      });
    },
    fileClose(handle: number) {
      return fileCall(() => {
        files.close(handle);
        return 0;
      });
    },
    osCall(op: number, pathPtr: number, pathLength: number) {
      return osCall(op, text(pathPtr, pathLength), osGrants, answered);
    },
    readStdin(ptr: number, length: number) {
      return options.readStdin ? options.readStdin(bytes(ptr, length)) : 0;
    },
    jsOp(op: number, ref: number, argsPtr: number, argsLength: number, argc: number) {
      const args = bytes(argsPtr, argsLength).slice();
      return answered(options.jsOp ? options.jsOp(op, ref, args, argc) : noJsAccess());
    },
    hostMayCall() {
      return options.mayCallPython?.() ? 1 : 0;
    },
    hostEvents() {
      const tokens = events.take();
      if (tokens === null) return -1;
      if (tokens.length > 0) {
        const record = new RecordWriter();
        for (const token of tokens) record.int(token);
        answered({ status: 0, record: record.finish() });
      }
      return tokens.length;
    },
    printException(ptr: number, length: number) {
      const chain: ExceptionInfo[] = JSON.parse(text(ptr, length));
      options.write(2, new TextEncoder().encode(formatException(chain, new SourceLines(new Map(), (file) => fileText(files, file)))));
    },
  };
}

function defaultPlatform(): string {
  return typeof process !== 'undefined' && process.platform ? process.platform : 'browser';
}

/** A file's text through the granted file access, or null. */
function fileText(files: HostFiles, file: string): string | null {
  try {
    return decoder.decode(files.readFile(file));
  } catch {
    return null;
  }
}

/** The answer of a JS operation where the embedder granted no JS access. */
function noJsAccess(): Answer {
  return { status: JS_STATUS.THROWN, record: new RecordWriter().str('Error').str('JS access is not granted').finish() };
}

/** Blocks the thread for `seconds`; false where it may not block (a browser's main thread). */
function blockFor(seconds: number): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
    return true;
  } catch {
    return false;
  }
}

const WRITE_MODES: Record<number, WriteMode> = { [OPEN.WRITE]: 'w', [OPEN.APPEND]: 'a', [OPEN.CREATE]: 'x' };

/** Runs a file operation; a FileError becomes its negated errno, as the VM expects. */
function fileCall(fn: () => number): number {
  try {
    return fn();
  } catch (err) {
    if (err instanceof FileError) return -err.errno;
    throw err;
  }
}

export class Vm {
  private constructor(
    private readonly exports: VmExports,
    /** The events the program may wait for (see host-events.ts). */
    readonly events: HostEvents,
  ) {}

  static create(options: VmOptions): Vm {
    let memory: WebAssembly.Memory | null = null;
    const events = options.events ?? new HostEvents();
    const instance = new WebAssembly.Instance(options.vmModule ?? vmModule(), {
      env: {
        abort(_msg: number, _file: number, line: number, column: number) {
          throw new Error(`wasmpy VM aborted at ${line}:${column}`);
        },
      },
      host: hostImports(() => memory!, options, events),
    });
    const exports = instance.exports as unknown as VmExports;
    memory = exports.memory;
    exports.init();
    exports.configure(options.lineBuffered ? 1 : 0, options.memoryLimitMb ?? 0, options.recursionLimit ?? 0, 1);
    exports.setVirtualTime(options.virtualTime ? 1 : 0);
    const vm = new Vm(exports, events);
    vm.setSysList(SYS_LIST.ARGV, options.argv ?? ['']);
    vm.setSysList(SYS_LIST.PATH, options.path ?? []);
    vm.setSysList(SYS_LIST.PLATFORM, [options.platform ?? defaultPlatform()]);
    vm.setSysList(SYS_LIST.EXECUTABLE, [options.executable ?? '']);
    return vm;
  }

  /** Copies bytes into the VM's input buffer; returns their length. */
  private writeInput(data: Uint8Array): number {
    const at = this.exports.inputBuffer(data.length);
    new Uint8Array(this.exports.memory.buffer, at, data.length).set(data);
    return data.length;
  }

  private setSysList(which: number, items: string[]): void {
    this.exports.setSysList(which, this.writeInput(new TextEncoder().encode(items.map((item) => item + '\0').join(''))));
  }

  /** Runs a code image as __main__ to its end (continuing through slices, blocking when it waits). */
  runMain(image: Uint8Array): number {
    let status = this.startMain(image);
    while (status === RUN_SLICE) status = this.resume();
    return status;
  }

  /** Starts running a code image as __main__; RUN_SLICE when a slice ended before it did. */
  startMain(image: Uint8Array): number {
    return this.exports.runMain(this.writeInput(image));
  }

  /**
   * Starts running a code image compiled in 'single' mode in the REPL's __main__; returns
   * RUN_SLICE when a slice ended before it did (continue with resume()), so the host can handle
   * events (Ctrl-C) between slices.
   */
  startInteractive(image: Uint8Array): number {
    return this.exports.runInteractive(this.writeInput(image));
  }

  /**
   * Continues a run after RUN_SLICE. When the program asked to wait for host events (and
   * takeWaitRequest() did not take the request), this blocks for the time asked, as time.sleep.
   */
  resume(): number {
    this.waitBlocking();
    return this.exports.resume();
  }

  /**
   * After RUN_SLICE: the seconds the program asked to wait for host events (Infinity: until one
   * fires), or -1 when the slice ended for another reason. The caller waits, then resumes.
   */
  takeWaitRequest(): number {
    return this.exports.hostWaitRequest();
  }

  /**
   * Answers a wait request by blocking the thread for `seconds` (default: a request not taken
   * yet, if any); no JS event can fire meanwhile.
   */
  waitBlocking(seconds = this.exports.hostWaitRequest()): void {
    if (seconds < 0 || this.events.anyFired) return;
    if (!Number.isFinite(seconds) || !blockFor(seconds)) this.events.cannotWait();
  }

  /** Asks the running code to raise KeyboardInterrupt at its next safe point (ending a wait for events). */
  interrupt(): void {
    this.exports.interrupt();
    this.events.wakeUp();
  }

  /** The uncaught exception after runMain returned RUN_EXCEPTION. */
  uncaughtException(): ExceptionInfo[] {
    const at = this.exports.exceptionJson();
    const length = this.exports.exceptionLength();
    return JSON.parse(decoder.decode(new Uint8Array(this.exports.memory.buffer, at, length)));
  }

  exitStatus(): number {
    return this.exports.exitStatus();
  }

  /** Writes out what the program's stdout holds. */
  flush(): void {
    this.exports.flush();
  }

  imageVersion(): number {
    return this.exports.imageVersion();
  }

  // ---- values and coroutines, by handle (release each handle when done with it) ----

  /** A handle of __main__'s global (or the builtin) `name`, or 0 when there is none. */
  global(name: string): number {
    return this.exports.mainGlobal(this.writeInput(new TextEncoder().encode(name)));
  }

  /** Calls the value of fn with the value of arg (no argument when 0): returned or raised. */
  call(fn: number, arg = 0): Step {
    return stepOf(this.exports.callHandle(fn, arg));
  }

  /**
   * One step of a coroutine: sends the value of `value` (None when 0) into it — or raises it
   * there when `throwing` — and runs it until it yields, returns or raises (one JS→Wasm call,
   * plus one per slice boundary on the way).
   */
  step(coro: number, value = 0, throwing = false): Step {
    let r = this.exports.coroStep(coro, value, throwing ? 1 : 0);
    while ((r & 3) === STEP_SLICE) {
      this.waitBlocking();
      r = this.exports.coroContinue();
    }
    return stepOf(r);
  }

  /** A handle holding a small int. */
  intHandle(n: number): number {
    return this.exports.intHandle(n);
  }

  /** repr() of a handle's value. */
  repr(h: number): string {
    const at = this.exports.handleRepr(h);
    return decoder.decode(new Uint8Array(this.exports.memory.buffer, at, this.exports.textLength()));
  }

  release(h: number): void {
    this.exports.releaseValueHandle(h);
  }

  // ---- values for JS (vm-as/js-host.ts), as js-values records (host/interop.ts) ----

  /** The record of handle h's value, or null when it can't be made (the handle table is full). */
  encodedValue(h: number): Uint8Array | null {
    return this.exports.encodeHandleValue(h) ? this.lastEncoded() : null;
  }

  private lastEncoded(): Uint8Array {
    return new Uint8Array(this.exports.memory.buffer, this.exports.encodedValue(), this.exports.encodedSize()).slice();
  }

  /** Sets a global of __main__ from a record: its name (a string field), then its value. */
  setGlobal(record: Uint8Array): boolean {
    return this.exports.setGlobal(this.writeInput(record)) === 1;
  }

  /** Calls the value of handle fn with argc values (their records, one after the other). */
  callWith(fn: number, args: Uint8Array, argc: number): HostCall {
    return this.hostCall(this.exports.callWith(fn, this.writeInput(args), argc));
  }

  /** getattr(value of handle h, name): `name` is a record with one string field. */
  getAttribute(h: number, name: Uint8Array): HostCall {
    return this.hostCall(this.exports.getAttribute(h, this.writeInput(name)));
  }

  private hostCall(status: number): HostCall {
    if (status === HOST_CALL.OK) return { status: 'ok', value: this.lastEncoded() };
    if (status === HOST_CALL.MISSING) return { status: 'missing' };
    const at = this.exports.raisedJson();
    const text = decoder.decode(new Uint8Array(this.exports.memory.buffer, at, this.exports.exceptionLength()));
    return { status: 'raised', exception: JSON.parse(text) };
  }

  /** CPython's shutdown for generators and coroutines: closes suspended ones, reports never-awaited ones. */
  finalize(): void {
    this.exports.finalizeProgram();
  }
}

function stepOf(r: number): Step {
  return { status: STEP_STATUS[r & 3], handle: r >>> 2 };
}

/** Loads the VM module for tests that only need its exports. */
export async function loadVm(): Promise<VmExports> {
  const vm = Vm.create({ write() {} });
  return (vm as unknown as { exports: VmExports }).exports;
}
