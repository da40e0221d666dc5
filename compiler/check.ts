// Compiling without running: every check CPython's compile() makes, in CPython's order.
import { parse } from './parser.js';

/** Throws the CompileError CPython's compile() would raise for this source, if any. */
export function checkSource(source: Uint8Array | string, filename: string): void {
  parse(source, filename);
}
