// File access for the VM (imports from sys.path, open()). The embedding API grants none by
// default; the CLI grants what python3 would have through Node's fs.

import { readFileSync, readdirSync, statSync, lstatSync, fstatSync, openSync, writeSync, closeSync, mkdirSync,
  rmdirSync, unlinkSync, renameSync, type BigIntStats } from 'node:fs';
import { constants } from 'node:os';

/** Errno values the VM turns into OSError subclasses (Linux numbering, as CPython's messages). */
export const ERRNO = { EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22 } as const;

/** A failed file operation, with the errno CPython would report. */
export class FileError extends Error {
  constructor(public readonly errno: number) {
    super(`errno ${errno}`);
  }
}

export type WriteMode = 'w' | 'a' | 'x';

/** What os.stat() reports of a file, as exact integers (times in nanoseconds). */
export interface FileStatus {
  mode: bigint;
  ino: bigint;
  dev: bigint;
  nlink: bigint;
  uid: bigint;
  gid: bigint;
  size: bigint;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blksize: bigint;
  blocks: bigint;
  rdev: bigint;
}

export interface HostFiles {
  /** What is at path: a file, a directory, or nothing (absent or not reachable). */
  kind(path: string): 'file' | 'dir' | null;
  /** A file's bytes (throws FileError). */
  readFile(path: string): Uint8Array;
  /** Opens a file for writing (truncating, appending or creating it); returns a handle (throws FileError). */
  open(path: string, mode: WriteMode): number;
  write(handle: number, bytes: Uint8Array): void;
  close(handle: number): void;
  /** The names of a directory's entries (throws FileError). */
  list(path: string): string[];
  /** The directory relative paths (and the '' entry of sys.path) are resolved against. */
  cwd(): string;
  /** What is at path (of a symbolic link itself when follow is false); throws FileError. */
  stat(path: string, follow: boolean): FileStatus;
  /** What an open file descriptor refers to (throws FileError). */
  fstat(fd: number): FileStatus;
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  /** Renames from to to, replacing what is there (throws FileError). */
  rename(from: string, to: string): void;
}

function refused(): never {
  throw new FileError(ERRNO.EACCES);
}

/** No file access at all: every file is out of reach. */
export const noFiles: HostFiles = {
  kind: () => null,
  readFile() {
    throw new FileError(ERRNO.EACCES);
  },
  open() {
    throw new FileError(ERRNO.EACCES);
  },
  write() {
    throw new FileError(ERRNO.EACCES);
  },
  close() {},
  list() {
    throw new FileError(ERRNO.EACCES);
  },
  cwd: () => '/',
  stat: refused,
  fstat() {
    throw new FileError(ERRNO.EBADF);
  },
  mkdir: refused,
  rmdir: refused,
  unlink: refused,
  rename: refused,
};

/** The errno of a Node fs error (its code mapped through the platform's table). */
function errnoOf(err: unknown): number {
  const code = (err as NodeJS.ErrnoException).code;
  const n = code ? (constants.errno as Record<string, number>)[code] : undefined;
  if (n === undefined) throw err;
  return n;
}

function nodeCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new FileError(errnoOf(err));
  }
}

/** The whole file system, through Node's fs (what the CLI grants). */
export const nodeFiles: HostFiles = {
  kind(path) {
    try {
      const st = statSync(path);
      return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : null;
    } catch {
      return null;
    }
  },
  readFile(path) {
    return nodeCall(() => {
      if (statSync(path).isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
      return readFileSync(path);
    });
  },
  open(path, mode) {
    return nodeCall(() => openSync(path, mode === 'x' ? 'wx' : mode));
  },
  write(handle, bytes) {
    nodeCall(() => {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(handle, bytes, offset, bytes.length - offset);
    });
  },
  close(handle) {
    nodeCall(() => closeSync(handle));
  },
  list(path) {
    return nodeCall(() => readdirSync(path));
  },
  cwd: () => process.cwd(),
  stat(path, follow) {
    return nodeCall(() => fileStatus(follow ? statSync(path, { bigint: true }) : lstatSync(path, { bigint: true })));
  },
  fstat(fd) {
    return nodeCall(() => fileStatus(fstatSync(fd, { bigint: true })));
  },
  mkdir(path, mode) {
    nodeCall(() => mkdirSync(path, { mode }));
  },
  rmdir(path) {
    nodeCall(() => rmdirSync(path));
  },
  unlink(path) {
    nodeCall(() => unlinkSync(path));
  },
  rename(from, to) {
    nodeCall(() => renameSync(from, to));
  },
};

function fileStatus(st: BigIntStats): FileStatus {
  return {
    mode: st.mode, ino: st.ino, dev: st.dev, nlink: st.nlink, uid: st.uid, gid: st.gid, size: st.size,
    atimeNs: st.atimeNs, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, blksize: st.blksize, blocks: st.blocks, rdev: st.rdev,
  };
}
