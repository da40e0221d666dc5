// What the host and the VM exchange through the host imports of vm-as/host.ts beyond code images:
// status codes, modes, and the record format of the answers the VM copies out of the host. The
// VM's copy of the constants (vm-as/generated/host-protocol.ts) is generated from this file.
//
// An answer is a record: fields one after the other, an int as i32 (little-endian), a string
// as its UTF-8 byte length (i32) then the bytes, and a trailing blob (a code image, file
// contents) as the rest of the answer.

/** findModule's status; the answer records of each are described in host/modules.ts. */
export const FIND = {
  NOT_FOUND: 0,
  SOURCE: 1,
  SOURCE_PACKAGE: 2,
  FROZEN: 3,
  FROZEN_PACKAGE: 4,
  NAMESPACE: 5,
  COMPILE_ERROR: 6,
  OS_ERROR: 7,
} as const;

/** compileSource's mode argument (compile()'s 'exec', 'eval' and 'single'). */
export const COMPILE_MODE = { EXEC: 0, EVAL: 1, SINGLE: 2 } as const;

/** Or'ed into compileSource's mode: compile()'s flag ast.PyCF_ALLOW_TOP_LEVEL_AWAIT (CPYTHON_FLAG). */
export const COMPILE_FLAG = { ALLOW_TOP_LEVEL_AWAIT: 4, MODE_MASK: 3, CPYTHON_ALLOW_TOP_LEVEL_AWAIT: 0x2000 } as const;

/** compileSource's status: the answer is the code image, or a compile-error record. */
export const COMPILED = { OK: 0, ERROR: 1 } as const;

/** fileOpen's mode argument: reading answers the file's contents; the others give a handle. */
export const OPEN = { READ: 0, WRITE: 1, APPEND: 2, CREATE: 3 } as const;

/**
 * osCall's operation (host/os-host.ts): GETCWD answers the directory as a string field,
 * LISTDIR one string per entry (returning their count), ENVIRON a name and a value string per variable
 * (returning their count). STAT, LSTAT and FSTAT (whose path is the descriptor's digits)
 * answer the fields of os.stat_result as decimal strings: mode, ino, dev, nlink, uid, gid,
 * size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev. MKDIR ("path NUL mode"), RMDIR,
 * UNLINK and RENAME ("from NUL to") answer nothing. All return -errno on failure.
 */
export const OS_OP = { GETCWD: 0, LISTDIR: 1, ENVIRON: 3, STAT: 4, LSTAT: 5, FSTAT: 6, MKDIR: 7, RMDIR: 8,
  UNLINK: 9, RENAME: 10 } as const;

/** setSysList's first argument: which list of strings (each followed by a NUL) the host wrote. */
export const SYS_LIST = { ARGV: 0, PATH: 1, PLATFORM: 2, EXECUTABLE: 3 } as const;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Builds an answer record. */
export class RecordWriter {
  private parts: Uint8Array[] = [];

  int(n: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, n, true);
    this.parts.push(b);
    return this;
  }

  str(s: string): this {
    const b = encoder.encode(s);
    this.int(b.length);
    this.parts.push(b);
    return this;
  }

  float(x: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.parts.push(b);
    return this;
  }

  blob(b: Uint8Array): this {
    this.parts.push(b);
    return this;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/**
 * A value crossing between Python and JS (host/js-values.ts, vm-as/js-values.ts): its tag (an
 * int field), then INT an int, FLOAT 8 bytes (f64, little-endian), STR a string, BIGINT its
 * decimal digits as a string, JS a reference to a JS value the host keeps (Python sees a
 * JsProxy), PY a handle of a Python value (JS sees a callable proxy) then two ints: 1 when the
 * value is a coroutine, and its address (0 for none; the same object while the handle lives);
 * BYTES (Python bytes, a JS Uint8Array, copied) its length then the bytes.
 */
export const JS_VALUE = { NONE: 0, FALSE: 1, TRUE: 2, INT: 3, FLOAT: 4, STR: 5, BIGINT: 6, JS: 7, PY: 8, BYTES: 9 } as const;

/**
 * jsOp's operations on a JS value (its reference) with values as arguments: GET [name] and SET
 * [name, value] an attribute, CALL and NEW with arguments, TYPEOF and STRING (typeof, String()),
 * ITER (its iterator), THEN (a host-event token for a thenable; SETTLED with the token as the
 * reference then answers its value or raises its error), EQUALS [other] (===), KEYS (its own
 * enumerable keys as an array), ARRAY and OBJECT (a new array of the arguments, a new object
 * of key/value arguments), GLOBAL (the global object, if granted) and REGISTERED [name] (a
 * module the embedder registered), RELEASE (forgets the reference). KIND answers 'array',
 * 'promise', 'function', 'iterable' or 'object' for a JS object. SETTLER [fn] registers
 * lib/wasmpy/ffi.py's settle(coroutine, resolve, reject), which turns coroutines into Promises.
 * IDENTITY answers a number that stays the same for the same JS object (its hash in Python).
 */
export const JS_OP = {
  GET: 0, SET: 1, CALL: 2, NEW: 3, TYPEOF: 4, STRING: 5, ITER: 6, THEN: 7, SETTLED: 8, EQUALS: 9,
  KEYS: 10, ARRAY: 11, OBJECT: 12, GLOBAL: 13, REGISTERED: 14, RELEASE: 15, KIND: 16, SETTLER: 17, IDENTITY: 18,
} as const;

/** How a call of a Python value from JS (or an attribute read) ended: OK (its value answered), RAISED, MISSING (no such attribute). */
export const HOST_CALL = { OK: 0, RAISED: 1, MISSING: 2 } as const;

/** jsOp's status: OK answers a value; THROWN the JS error's name and message (strings); MISSING: no such attribute. */
export const JS_STATUS = { OK: 0, THROWN: 1, MISSING: 2 } as const;

/** Reads a record the VM wrote (the format RecordWriter writes). */
export class RecordReader {
  private at = 0;
  private readonly view: DataView;

  constructor(private readonly bytes_: Uint8Array) {
    this.view = new DataView(bytes_.buffer, bytes_.byteOffset, bytes_.byteLength);
  }

  int(): number {
    const n = this.view.getInt32(this.at, true);
    this.at += 4;
    return n;
  }

  float(): number {
    const x = this.view.getFloat64(this.at, true);
    this.at += 8;
    return x;
  }

  bytes(): Uint8Array {
    const n = this.int();
    const b = this.bytes_.slice(this.at, this.at + n);
    this.at += n;
    return b;
  }

  str(): string {
    const n = this.int();
    const s = decoder.decode(this.bytes_.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
}
