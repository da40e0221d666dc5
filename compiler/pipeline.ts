// Source to code image: the whole compiler in one call.
import { CompileError } from './errors.js';

/** Compiles a module's source to the code image the VM loads. */
export function compileToImage(source: Uint8Array | string, filename: string): Uint8Array {
  throw new CompileError('SyntaxError', 'code generation is not available yet', filename, 1, 1, 1, 1, null);
}
