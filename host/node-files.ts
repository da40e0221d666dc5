// The whole file system through Node's fs: what the CLI grants (files.ts's HostFiles), and
// source lines for tracebacks.

import { readFileSync, readdirSync, statSync, lstatSync, fstatSync, openSync, writeSync, closeSync, mkdirSync,
  rmdirSync, unlinkSync, renameSync, type BigIntStats } from 'node:fs';
import { constants } from 'node:os';
import { FileError, type FileStatus, type HostFiles } from './files.js';

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

/** A source file's text for tracebacks, or null when it can't be read. */
export function readSourceFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
