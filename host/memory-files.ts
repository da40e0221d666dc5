// An in-memory file system: what a page grants a program in place of a disk. The embedder puts
// files in (sources to import, data to open) and reads back what the program wrote; `open`,
// imports, os.listdir and tracebacks see the same tree. Directories exist when a file is put
// under them.

import { ERRNO, FileError, type HostFiles, type WriteMode } from './files.js';

/** A file's contents, with room to append (writes come in small pieces). */
class Contents {
  private data = new Uint8Array(0);
  size = 0;

  append(bytes: Uint8Array): void {
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

export class MemoryFiles implements HostFiles {
  private readonly files = new Map<string, Contents>();
  private readonly dirs = new Set<string>(['/']);
  private readonly handles = new Map<number, Contents>();
  private nextHandle = 1;

  /** files: absolute (or cwd-relative) path → text (stored as UTF-8) or bytes. */
  constructor(files: Record<string, string | Uint8Array> = {}, private readonly workingDir = '/') {
    this.dirs.add(resolvePath('/', workingDir));
    for (const [path, data] of Object.entries(files)) this.writeFile(path, data);
  }

  /** Puts a file in (replacing one at the same path), creating the directories above it. */
  writeFile(path: string, data: string | Uint8Array): void {
    const at = this.resolve(path);
    if (this.dirs.has(at)) throw new FileError(ERRNO.EISDIR);
    for (let dir = parentOf(at); !this.dirs.has(dir); dir = parentOf(dir)) {
      if (this.files.has(dir)) throw new FileError(ERRNO.ENOTDIR);
      this.dirs.add(dir);
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
    for (const entry of [...this.dirs, ...this.files.keys()]) {
      if (entry !== at && parentOf(entry) === at) names.push(entry.slice(prefix.length));
    }
    return names;
  }

  cwd(): string {
    return resolvePath('/', this.workingDir);
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
