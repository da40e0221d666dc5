// An in-memory file system: what a page grants a program in place of a disk. The embedder puts
// files in (sources to import, data to open) and reads back what the program wrote; `open`,
// imports, os.listdir and tracebacks see the same tree. Directories exist when a file is put
// under them.

import { ERRNO, FileError, type FileStatus, type HostFiles, type WriteMode } from './files.js';

/** What os.stat() reports of a directory or file beyond its size: its identity and times. */
class Entry {
  private static lastIno = 0n;
  readonly ino = ++Entry.lastIno;
  readonly ctimeNs = nowNs();
  mtimeNs = this.ctimeNs;
}

/** A file's contents, with room to append (writes come in small pieces). */
class Contents extends Entry {
  private data = new Uint8Array(0);
  size = 0;

  append(bytes: Uint8Array): void {
    this.mtimeNs = nowNs();
    if (this.size + bytes.length > this.data.length) {
      const grown = new Uint8Array(Math.max(this.size + bytes.length, this.data.length * 2));
      grown.set(this.data.subarray(0, this.size));
      this.data = grown;
    }
    this.data.set(bytes, this.size);
    this.size += bytes.length;
  }

  bytes(): Uint8Array {
    return this.data.slice(0, this.size);
  }
}

const encoder = new TextEncoder();
const S_IFDIR = 0o040000n;
const S_IFREG = 0o100000n;

function nowNs(): bigint {
  return BigInt(Date.now()) * 1000000n;
}

function status(entry: Entry, mode: bigint, size: number): FileStatus {
  const zero = 0n;
  return { mode, ino: entry.ino, dev: 1n, nlink: 1n, uid: zero, gid: zero, size: BigInt(size), atimeNs: entry.mtimeNs,
    mtimeNs: entry.mtimeNs, ctimeNs: entry.ctimeNs, blksize: 4096n, blocks: BigInt(Math.ceil(size / 512)), rdev: zero };
}

export class MemoryFiles implements HostFiles {
  private readonly files = new Map<string, Contents>();
  private readonly dirs = new Map<string, Entry>([['/', new Entry()]]);
  private readonly handles = new Map<number, Contents>();
  private nextHandle = 1;

  /** files: absolute (or cwd-relative) path → text (stored as UTF-8) or bytes. */
  constructor(files: Record<string, string | Uint8Array> = {}, private readonly workingDir = '/') {
    this.addDir(resolvePath('/', workingDir));
    for (const [path, data] of Object.entries(files)) this.writeFile(path, data);
  }

  /** Puts a file in (replacing one at the same path), creating the directories above it. */
  writeFile(path: string, data: string | Uint8Array): void {
    const at = this.resolve(path);
    if (this.dirs.has(at)) throw new FileError(ERRNO.EISDIR);
    for (let dir = parentOf(at); !this.dirs.has(dir); dir = parentOf(dir)) {
      if (this.files.has(dir)) throw new FileError(ERRNO.ENOTDIR);
      this.addDir(dir);
    }
    const contents = new Contents();
    contents.append(typeof data === 'string' ? encoder.encode(data) : data);
    this.files.set(at, contents);
  }

  kind(path: string): 'file' | 'dir' | null {
    const at = this.resolve(path);
    return this.files.has(at) ? 'file' : this.dirs.has(at) ? 'dir' : null;
  }

  readFile(path: string): Uint8Array {
    const at = this.resolve(path);
    const contents = this.files.get(at);
    if (contents) return contents.bytes();
    throw new FileError(this.dirs.has(at) ? ERRNO.EISDIR : ERRNO.ENOENT);
  }

  open(path: string, mode: WriteMode): number {
    const at = this.resolve(path);
    if (this.dirs.has(at)) throw new FileError(ERRNO.EISDIR);
    const parent = parentOf(at);
    if (!this.dirs.has(parent)) throw new FileError(this.files.has(parent) ? ERRNO.ENOTDIR : ERRNO.ENOENT);
    let contents = this.files.get(at);
    if (contents && mode === 'x') throw new FileError(ERRNO.EEXIST);
    if (!contents || mode === 'w') {
      contents = new Contents();
      this.files.set(at, contents);
    }
    const handle = this.nextHandle++;
    this.handles.set(handle, contents);
    return handle;
  }

  write(handle: number, bytes: Uint8Array): void {
    const contents = this.handles.get(handle);
    if (!contents) throw new FileError(ERRNO.EINVAL);
    contents.append(bytes);
  }

  close(handle: number): void {
    this.handles.delete(handle);
  }

  list(path: string): string[] {
    const at = this.resolve(path);
    if (!this.dirs.has(at)) throw new FileError(this.files.has(at) ? ERRNO.ENOTDIR : ERRNO.ENOENT);
    const prefix = at === '/' ? '/' : at + '/';
    const names: string[] = [];
    for (const entry of [...this.dirs.keys(), ...this.files.keys()]) {
      if (entry !== at && parentOf(entry) === at) names.push(entry.slice(prefix.length));
    }
    return names;
  }

  cwd(): string {
    return resolvePath('/', this.workingDir);
  }

  /** There are no symbolic links here: follow changes nothing. */
  stat(path: string, _follow: boolean): FileStatus {
    const at = this.resolve(path);
    const contents = this.files.get(at);
    if (contents) return status(contents, S_IFREG | 0o644n, contents.size);
    const dir = this.dirs.get(at);
    if (dir) return status(dir, S_IFDIR | 0o755n, 4096);
    throw new FileError(this.missing(at));
  }

  fstat(fd: number): FileStatus {
    const contents = this.handles.get(fd);
    if (!contents) throw new FileError(ERRNO.EBADF);
    return status(contents, S_IFREG | 0o644n, contents.size);
  }

  mkdir(path: string, _mode: number): void {
    const at = this.resolve(path);
    if (this.kind(at) !== null) throw new FileError(ERRNO.EEXIST);
    const parent = parentOf(at);
    if (!this.dirs.has(parent)) throw new FileError(this.missing(at));
    this.addDir(at);
  }

  rmdir(path: string): void {
    const at = this.resolve(path);
    if (!this.dirs.has(at)) throw new FileError(this.files.has(at) ? ERRNO.ENOTDIR : this.missing(at));
    if (this.list(at).length > 0) throw new FileError(ERRNO.ENOTEMPTY);
    if (at === '/' || at === this.cwd()) throw new FileError(ERRNO.EPERM);
    this.dirs.delete(at);
  }

  unlink(path: string): void {
    const at = this.resolve(path);
    if (this.dirs.has(at)) throw new FileError(ERRNO.EISDIR);
    if (!this.files.delete(at)) throw new FileError(this.missing(at));
  }

  /** Moves a file, or a directory with everything below it, replacing a file (or empty directory) at to. */
  rename(from: string, to: string): void {
    const source = this.resolve(from);
    const target = this.resolve(to);
    const kind = this.kind(source);
    if (kind === null) throw new FileError(this.missing(source));
    if (source === target) return;
    if (!this.dirs.has(parentOf(target))) throw new FileError(this.missing(target));
    const targetKind = this.kind(target);
    if (kind === 'file') {
      if (targetKind === 'dir') throw new FileError(ERRNO.EISDIR);
      this.files.set(target, this.files.get(source)!);
      this.files.delete(source);
      return;
    }
    if (targetKind === 'file') throw new FileError(ERRNO.ENOTDIR);
    if (targetKind === 'dir' && this.list(target).length > 0) throw new FileError(ERRNO.ENOTEMPTY);
    if (target.startsWith(source + '/')) throw new FileError(ERRNO.EINVAL);
    for (const table of [this.dirs, this.files] as Map<string, Entry>[]) {
      for (const [path, entry] of [...table]) {
        if (path !== source && !path.startsWith(source + '/')) continue;
        table.delete(path);
        table.set(target + path.slice(source.length), entry);
      }
    }
  }

  private addDir(path: string): void {
    if (!this.dirs.has(path)) this.dirs.set(path, new Entry());
  }

  /** The errno for a path that isn't there: ENOTDIR when a file stands where a directory above it should be. */
  private missing(at: string): number {
    for (let dir = parentOf(at); dir !== '/'; dir = parentOf(dir)) {
      if (this.files.has(dir)) return ERRNO.ENOTDIR;
    }
    return ERRNO.ENOENT;
  }

  private resolve(path: string): string {
    return resolvePath(this.cwd(), path);
  }
}

/** The absolute form of path ('.' and '..' resolved, no trailing slash), a relative one taken from cwd. */
function resolvePath(cwd: string, path: string): string {
  const segments: string[] = [];
  for (const segment of `${path.startsWith('/') ? '' : cwd}/${path}`.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return '/' + segments.join('/');
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}
