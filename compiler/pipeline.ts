// Source to code image: the whole compiler in one call.
import { compile, type CompileMode, type CompileOptions } from './compile.js';
import { writeImage } from './image-writer.js';

/** Compiles a module's source to the code image the VM loads (throws CompileError). */
export function compileToImage(source: Uint8Array | string, filename: string, mode: CompileMode = 'exec', options: CompileOptions = {}): Uint8Array {
  return writeImage(compile(source, filename, mode, options));
}
