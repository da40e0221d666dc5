// File access for the VM (imports from sys.path, open()). The embedding API grants none by
// default; the CLI grants what python3 would have through Node's fs (node-files.ts).

/** Errno values the VM turns into OSError subclasses (Linux numbering, as CPython's messages). */
export const ERRNO = { EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENOTEMPTY: 39 } as const;

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
