// Placeholder until the parser lands.
import type { Module } from './ast.js';

export function parse(source: Uint8Array | string, filename: string): Module {
  throw new Error(`parser not written yet (${filename}, ${source.length} bytes)`);
}
