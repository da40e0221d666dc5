// Finding modules for the VM's import system (vm-as/import.ts asks through the findModule host
// import) and compiling source for it. Frozen modules of lib/ come first, then the directories
// of the search path the VM sends (sys.path, or the parent package's __path__), as CPython's
// FrozenImporter and PathFinder: in each directory a package (NAME/__init__.py), then a module
// (NAME.py); a directory NAME without __init__.py is a portion of a namespace package, used only
// when no directory has the module itself.
//
// findModule's answers (records, see host/protocol.ts):
//   SOURCE, SOURCE_PACKAGE, FROZEN, FROZEN_PACKAGE:  origin, location count, locations…, code image
//   NAMESPACE:                                       origin '', location count, locations…
//   COMPILE_ERROR:                                   a compile-error record (compileErrorRecord)
//   OS_ERROR:                                        errno, file name

import { compile, writeImage, CompileError, CompileRecursionError, CompileMemoryError, type FrozenModule } from '../compiler/index.js';
import { FIND, COMPILE_MODE, COMPILE_FLAG, COMPILED, RecordWriter } from './protocol.js';
import { FileError, type HostFiles } from './files.js';

export interface Answer {
  status: number;
  record: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * A compile error as the VM raises it: type, msg, filename, lineno, offset, end lineno, end
 * offset, then 1 and the source line's text, or 0 when there is none.
 */
export function compileErrorRecord(err: unknown): Uint8Array {
  const w = new RecordWriter();
  if (err instanceof CompileError) {
    w.str(err.type).str(err.msg).str(err.filename).int(err.lineno).int(err.offset).int(err.endLineno).int(err.endOffset);
    return (err.text === null ? w.int(0) : w.int(1).str(err.text)).finish();
  }
  if (err instanceof CompileRecursionError || err instanceof CompileMemoryError) {
    return w.str(err.name).str(err.message).str('').int(0).int(0).int(0).int(0).int(0).finish();
  }
  throw err;
}

const MODES = ['exec', 'eval', 'single'] as const;

/** Compiles source for compile(), exec() and eval(): the code image, or a compile error. */
export function compileSource(source: Uint8Array, filename: string, modeAndFlags: number): Answer {
  const mode = modeAndFlags & COMPILE_FLAG.MODE_MASK;
  if (mode < COMPILE_MODE.EXEC || mode > COMPILE_MODE.SINGLE) throw new Error(`bad compile mode ${mode}`);
  const topLevelAwait = (modeAndFlags & COMPILE_FLAG.ALLOW_TOP_LEVEL_AWAIT) !== 0;
  try {
    return { status: COMPILED.OK, record: writeImage(compile(source, filename, MODES[mode], { topLevelAwait })) };
  } catch (err) {
    return { status: COMPILED.ERROR, record: compileErrorRecord(err) };
  }
}

/** dir/name, as CPython's path finder joins them (without normalising). */
function joinPath(dir: string, name: string): string {
  return dir === '' || dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function moduleAnswer(status: number, origin: string, locations: string[], image: Uint8Array | null): Answer {
  const w = new RecordWriter().str(origin).int(locations.length);
  for (const l of locations) w.str(l);
  if (image) w.blob(image);
  return { status, record: w.finish() };
}

export class ModuleFinder {
  constructor(
    private readonly files: HostFiles,
    private readonly frozen: Map<string, FrozenModule>,
    /** Modules the embedder registered: their source, by name (found first). */
    private readonly registered: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** Finds the module `name` (its full dotted name) among the registered and frozen modules, then in `paths`. */
  find(name: string, paths: string[]): Answer {
    const source = this.registered.get(name);
    if (source !== undefined) return this.compiled(encoder.encode(source), `<${name}>`, FIND.SOURCE, []);
    const frozen = this.frozen.get(name);
    if (frozen) return moduleAnswer(frozen.isPackage ? FIND.FROZEN_PACKAGE : FIND.FROZEN, 'frozen', [], frozen.image);
    const last = name.slice(name.lastIndexOf('.') + 1);
    const portions: string[] = [];
    for (const entry of paths) {
      const dir = entry === '' ? this.files.cwd() : entry;
      const packageDir = joinPath(dir, last);
      const isDir = this.files.kind(packageDir) === 'dir';
      const init = joinPath(packageDir, '__init__.py');
      if (isDir && this.files.kind(init) === 'file') return this.load(name, init, FIND.SOURCE_PACKAGE, [packageDir]);
      const file = joinPath(dir, last + '.py');
      if (this.files.kind(file) === 'file') return this.load(name, file, FIND.SOURCE, []);
      if (isDir) portions.push(packageDir);
    }
    if (portions.length > 0) return moduleAnswer(FIND.NAMESPACE, '', portions, null);
    return { status: FIND.NOT_FOUND, record: new Uint8Array(0) };
  }

  /** Reads and compiles a module's file. */
  private load(name: string, file: string, status: number, locations: string[]): Answer {
    let source: Uint8Array;
    try {
      source = this.files.readFile(file);
    } catch (err) {
      if (!(err instanceof FileError)) throw err;
      return { status: FIND.OS_ERROR, record: new RecordWriter().int(err.errno).str(file).finish() };
    }
    return this.compiled(source, file, status, locations);
  }

  private compiled(source: Uint8Array, file: string, status: number, locations: string[]): Answer {
    try {
      return moduleAnswer(status, file, locations, writeImage(compile(source, file, 'exec')));
    } catch (err) {
      return { status: FIND.COMPILE_ERROR, record: compileErrorRecord(err) };
    }
  }
}
