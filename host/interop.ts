// JS interop, the host's side: the JS values Python holds (by reference number; Python sees
// JsProxy objects, lib/wasmpy/ffi.py), the _js module's operations on them (JS_OP_*), and the
// Python values JS holds (by handle; JS sees callable proxies). Values cross as records
// (JS_VALUE_*, host/protocol.ts): None, bools, numbers and strings as themselves (ints beyond
// 2**53 as BigInt), anything else by reference.

import { JS_OP, JS_STATUS, JS_VALUE, RecordReader, RecordWriter } from './protocol.js';
import type { Answer } from './modules.js';
import type { HostEvents } from './host-events.js';
import type { ExceptionInfo, HostCall, Vm } from './vm.js';

/** A JS value Python holds, and the object a function came from (its `this` when called). */
interface JsRef {
  value: unknown;
  thisArg?: unknown;
}

/** The registered JS module through which asyncio's streams reach the network (lib/asyncio/streams.py). */
export const NETWORK_MODULE = '_wasmpy_network';

/** The property of a Python proxy that holds its handle (so that it crosses back as itself). */
const PY_HANDLE = Symbol('wasmpy.handle');

/** A Python exception that escaped into JS: an Error whose message is the Python traceback. */
export class PythonError extends Error {
  /** The exception's type name, e.g. 'ValueError'. */
  readonly type: string;

  constructor(traceback: string, type: string) {
    super(traceback);
    this.name = 'PythonError';
    this.type = type;
  }
}

/** What Interop needs from the embedding (host/python.ts). */
export interface InteropHost {
  /** The global object `import js` gives, or null when JS access is not granted. */
  readonly jsGlobal: object | null;
  /** The JS objects registered as modules. */
  readonly jsModules: Map<string, unknown>;
  /** Formats a Python exception as CPython's traceback. */
  formatException(chain: ExceptionInfo[]): string;
  /** Runs a Python coroutine that no event loop runs (JS called an async function between runs). */
  runDetached(): void;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export class Interop {
  private readonly refs = new Map<number, JsRef>();
  private nextRef = 1;
  private readonly settled = new Map<number, { ok: boolean; value: unknown }>();
  private vm: Vm | null = null;
  /** The numbers IDENTITY gave to JS objects (symbols, which can't be weak keys, kept for good). */
  private readonly identities = new WeakMap<object, number>();
  private readonly symbolIdentities = new Map<unknown, number>();
  private nextIdentity = 1;
  /** lib/wasmpy/ffi.py's settle(coro, resolve, reject), which it registers when imported. */
  private settler: ((...args: unknown[]) => unknown) | null = null;
  /** How many proxies of Python values JS may still hold (but the settler, kept for good). */
  private liveProxies = 0;
  /** The proxies of Python objects by address, so that an object crossing twice is the same JS value. */
  private readonly proxies = new Map<number, WeakRef<object>>();
  private readonly released = new FinalizationRegistry<{ handle: number; address: number }>(({ handle, address }) => {
    this.liveProxies--;
    this.vm?.release(handle);
    if (address !== 0 && !this.proxies.get(address)?.deref()) this.proxies.delete(address);
  });

  constructor(
    private readonly host: InteropHost,
    private readonly events: HostEvents,
  ) {}

  attach(vm: Vm): void {
    this.vm = vm;
  }

  /** Whether JS may hold Python callables (one may be called while the program waits). */
  get holdsPython(): boolean {
    return this.liveProxies > 0;
  }

  // ---- the _js module's operations ----

  /** Performs a JS_OP_* operation (vm-as/modules/js.ts): its answer. */
  op(op: number, ref: number, argBytes: Uint8Array, argc: number): Answer {
    try {
      const reader = new RecordReader(argBytes);
      const args = Array.from({ length: argc }, () => this.decode(reader));
      return this.perform(op, ref, args);
    } catch (err) {
      return thrown(err);
    }
  }

  private perform(op: number, ref: number, args: unknown[]): Answer {
    const target = this.refs.get(ref);
    if (op === JS_OP.GLOBAL) {
      if (this.host.jsGlobal === null) return thrown(new Error('JS access is not granted'));
      return this.ok(this.host.jsGlobal);
    }
    if (op === JS_OP.REGISTERED) {
      const name = String(args[0]);
      return this.host.jsModules.has(name) ? this.ok(this.host.jsModules.get(name)) : missing(name);
    }
    if (op === JS_OP.ARRAY) return this.ok(args);
    if (op === JS_OP.OBJECT) {
      const object: Record<string, unknown> = {};
      for (let i = 0; i + 1 < args.length; i += 2) object[String(args[i])] = args[i + 1];
      return this.ok(object);
    }
    if (op === JS_OP.SETTLED) return this.takeSettled(ref);
    if (op === JS_OP.SETTLER) {
      this.settler = args[0] as (...args: unknown[]) => unknown;
      // The interop's own: no program's work waits for it.
      this.liveProxies--;
      return this.ok(undefined);
    }
    if (!target) return thrown(new Error(`no JS value #${ref}`));
    const value = target.value as any;
    switch (op) {
      case JS_OP.GET: {
        const name = String(args[0]);
        if (value === null || value === undefined || !(name in Object(value)) || this.outOfReach(name)) return missing(name);
        const got = value[name];
        return typeof got === 'function' ? this.ok(got, value) : this.ok(got);
      }
      case JS_OP.SET:
        if (this.outOfReach(String(args[0]))) throw new TypeError(`cannot set ${String(args[0])} without JS access`);
        value[String(args[0])] = args[1];
        return this.ok(undefined);
      case JS_OP.CALL:
        return this.ok(Reflect.apply(value, target.thisArg, args));
      case JS_OP.NEW:
        return this.ok(Reflect.construct(value, args));
      case JS_OP.TYPEOF:
        return this.ok(typeof value);
      case JS_OP.STRING:
        return this.ok(String(value));
      case JS_OP.ITER: {
        if (value === null || value === undefined || typeof value[Symbol.iterator] !== 'function') throw new TypeError('object is not iterable');
        return this.ok(value[Symbol.iterator]());
      }
      case JS_OP.THEN:
        return this.ok(this.awaitThenable(value));
      case JS_OP.EQUALS:
        return this.ok(value === args[0]);
      case JS_OP.KEYS:
        return this.ok(Object.keys(value));
      case JS_OP.KIND:
        return this.ok(kindOf(value));
      case JS_OP.IDENTITY:
        return this.ok(this.identity(value));
      case JS_OP.RELEASE:
        this.refs.delete(ref);
        return this.ok(undefined);
    }
    return thrown(new Error(`unknown JS operation ${op}`));
  }

  private identity(value: unknown): number {
    const weak = (typeof value === 'object' && value !== null) || typeof value === 'function';
    const known = weak ? this.identities.get(value as object) : this.symbolIdentities.get(value);
    if (known !== undefined) return known;
    const id = this.nextIdentity++;
    if (weak) this.identities.set(value as object, id);
    else this.symbolIdentities.set(value, id);
    return id;
  }

  /**
   * Without JS access granted, the properties that lead from any object to the Function
   * constructor (and so to everything): a registered module gives its own properties only.
   */
  private outOfReach(name: string): boolean {
    return this.host.jsGlobal === null && (name === 'constructor' || name === '__proto__');
  }

  /** A host-event token that fires when the thenable settles (SETTLED then answers how). */
  private awaitThenable(value: unknown): number {
    const token = this.events.issue();
    const settle = (ok: boolean, result: unknown) => {
      this.settled.set(token, { ok, value: result });
      this.events.fire(token);
    };
    Promise.resolve(value).then((v) => settle(true, v), (e) => settle(false, e));
    return token;
  }

  private takeSettled(token: number): Answer {
    const outcome = this.settled.get(token);
    if (!outcome) return thrown(new Error(`the JS value of event ${token} has not settled`));
    this.settled.delete(token);
    return outcome.ok ? this.ok(outcome.value) : thrown(outcome.value);
  }

  private ok(value: unknown, thisArg?: unknown): Answer {
    const w = new RecordWriter();
    this.encode(w, value, thisArg);
    return { status: JS_STATUS.OK, record: w.finish() };
  }

  // ---- values ----

  /** Writes a JS value's record (a function got from an object keeps it as its `this`). */
  encode(w: RecordWriter, value: unknown, thisArg?: unknown): void {
    switch (typeof value) {
      case 'undefined':
        w.int(JS_VALUE.NONE);
        return;
      case 'boolean':
        w.int(value ? JS_VALUE.TRUE : JS_VALUE.FALSE);
        return;
      case 'number':
        if (Number.isInteger(value) && (value | 0) === value) w.int(JS_VALUE.INT).int(value);
        else if (Number.isSafeInteger(value)) w.int(JS_VALUE.BIGINT).str(String(value));
        else w.int(JS_VALUE.FLOAT).float(value);
        return;
      case 'bigint':
        w.int(JS_VALUE.BIGINT).str(value.toString());
        return;
      case 'string':
        w.int(JS_VALUE.STR).str(value);
        return;
    }
    if (value === null) {
      w.int(JS_VALUE.NONE);
      return;
    }
    if (value instanceof Uint8Array) {
      w.int(JS_VALUE.BYTES).int(value.length).blob(value.slice());
      return;
    }
    const handle = (value as { [PY_HANDLE]?: number })[PY_HANDLE];
    if (typeof handle === 'number') {
      w.int(JS_VALUE.PY).int(handle).int(0).int(0);
      return;
    }
    const ref = this.nextRef++;
    this.refs.set(ref, { value, thisArg });
    w.int(JS_VALUE.JS).int(ref);
  }

  /** The JS value of a record the VM wrote. */
  decode(r: RecordReader): unknown {
    const tag = r.int();
    switch (tag) {
      case JS_VALUE.NONE:
        return undefined;
      case JS_VALUE.FALSE:
        return false;
      case JS_VALUE.TRUE:
        return true;
      case JS_VALUE.INT:
        return r.int();
      case JS_VALUE.FLOAT:
        return r.float();
      case JS_VALUE.STR:
        return r.str();
      case JS_VALUE.BIGINT: {
        const n = BigInt(r.str());
        return n <= MAX_SAFE && n >= -MAX_SAFE ? Number(n) : n;
      }
      case JS_VALUE.JS:
        return this.refs.get(r.int())?.value;
      case JS_VALUE.BYTES:
        return r.bytes();
      case JS_VALUE.PY: {
        const handle = r.int();
        const isCoroutine = r.int() === 1;
        const address = r.int();
        return isCoroutine ? this.promiseFor(handle) : this.pyProxy(handle, address);
      }
    }
    throw new Error(`bad value tag ${tag} from the VM`);
  }

  /** The JS value of a record holding one value. */
  valueOf(record: Uint8Array): unknown {
    return this.decode(new RecordReader(record));
  }

  // ---- Python values in JS ----

  /** A JS function standing for a Python value: calling it calls the value, its properties are the value's attributes. */
  private pyProxy(handle: number, address = 0): unknown {
    const known = address === 0 ? undefined : this.proxies.get(address)?.deref();
    if (known) {
      this.vm!.release(handle);
      return known;
    }
    const interop = this;
    const proxy = new Proxy(function () {}, {
      apply: (_target, _this, args) => interop.callPython(handle, args),
      get(_target, key) {
        if (key === PY_HANDLE) return handle;
        if (key === 'toString' || key === Symbol.toPrimitive) return () => interop.vm!.repr(handle);
        if (typeof key === 'symbol' || key === 'then') return undefined;
        return interop.getPython(handle, key);
      },
      has: (_target, key) => key === PY_HANDLE,
    });
    this.released.register(proxy, { handle, address });
    this.liveProxies++;
    if (address !== 0) this.proxies.set(address, new WeakRef(proxy));
    return proxy;
  }

  /** Calls the Python value of a handle with JS arguments; a Python exception throws a PythonError. */
  callPython(handle: number, args: unknown[]): unknown {
    const w = new RecordWriter();
    for (const arg of args) this.encode(w, arg);
    const result = this.finishCall(this.vm!.callWith(handle, w.finish(), args.length));
    // What the call scheduled runs now, not after the program's wait for events.
    this.events.wakeUp();
    return result;
  }

  private getPython(handle: number, name: string): unknown {
    return this.finishCall(this.vm!.getAttribute(handle, new RecordWriter().str(name).finish()));
  }

  private finishCall(call: HostCall): unknown {
    if (call.status === 'ok') return this.valueOf(call.value);
    if (call.status === 'missing') return undefined;
    throw this.pythonError(call.exception);
  }

  /** A JS Error for a Python exception: its message is the traceback. */
  pythonError(chain: ExceptionInfo[]): PythonError {
    return new PythonError(this.host.formatException(chain), chain[chain.length - 1]?.type ?? 'Exception');
  }

  /** A Promise of a Python coroutine's result: the running event loop runs it as a task (lib/wasmpy/ffi.py). */
  private promiseFor(coroHandle: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const coro = this.pyProxy(coroHandle);
      if (this.settler === null) {
        reject(new Error('wasmpy: Python coroutines cannot cross into JS before the interop module is loaded'));
        return;
      }
      const rejectWith = (type: string, traceback: string) => reject(new PythonError(traceback, type));
      if (this.settler(coro, resolve, rejectWith) === false) this.host.runDetached();
    });
  }
}

function kindOf(value: any): string {
  if (Array.isArray(value)) return 'array';
  if (value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function') return 'promise';
  if (typeof value === 'function') return 'function';
  if (value !== null && typeof value === 'object' && typeof value[Symbol.iterator] === 'function') return 'iterable';
  return 'object';
}

function thrown(err: unknown): Answer {
  const name = err instanceof Error ? err.name : 'Error';
  const message = err instanceof Error ? err.message : String(err);
  return { status: JS_STATUS.THROWN, record: new RecordWriter().str(name).str(message).finish() };
}

function missing(name: string): Answer {
  return { status: JS_STATUS.MISSING, record: new RecordWriter().str(name).finish() };
}
