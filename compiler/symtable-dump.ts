// Placeholder until the symbol table lands.
import type { Module } from './ast.js';

export function dumpSymtable(tree: Module): string {
  throw new Error(`symtable not written yet (${tree.body.length} statements)`);
}
