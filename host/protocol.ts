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
