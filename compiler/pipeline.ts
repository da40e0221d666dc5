// Source to code image: the whole compiler in one call.
import { compile } from './compile.js';
import { writeImage } from './image-writer.js';

/** Compiles a module's source to the code image the VM loads (throws CompileError). */
export function compileToImage(source: Uint8Array | string, filename: string): Uint8Array {
  return writeImage(compile(source, filename, 'exec'));
}
