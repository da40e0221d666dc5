// Compiling a program to run, for the command line and the embedding API alike.

import { compileToImage, formatCompileFailure, CompileError } from '../compiler/index.js';

/** What compiling gave: the code image, or the failure as python3 prints it and its type's name. */
export type Compiled = { image: Uint8Array } | { failure: string; type: string };

/** Compiles source; a SyntaxError (or the RecursionError or MemoryError of absurd nesting) is a failure. */
export function compileProgram(source: Uint8Array | string, filename: string): Compiled {
  try {
    return { image: compileToImage(source, filename) };
  } catch (err) {
    const failure = formatCompileFailure(err);
    if (failure === null) throw err;
    return { failure, type: err instanceof CompileError ? err.type : (err as Error).name };
  }
}
