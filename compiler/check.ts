// Compiling without running: every check CPython's compile() makes, in CPython's order: the
// parser, then the future statements, the symbol table of the whole module, and the errors the
// code generator would meet.
import type { Module } from './ast.js';
import { checkCodegen } from './codegen-checks.js';
import { parseFutures } from './future.js';
import { parse } from './parser.js';
import { ErrorReporter } from './source-errors.js';
import { buildSymtable, type SymbolTable } from './symtable.js';

/** Throws the CompileError CPython's compile() would raise for this source, if any. */
export function checkSource(source: Uint8Array | string, filename: string): void {
  analyzeModule(parse(source, filename), filename, source);
}

/**
 * The symbol table of a parsed module, once every check between parsing and code generation
 * has passed: what the code generator starts from.
 */
export function analyzeModule(tree: Module, filename: string, source: Uint8Array | string | null, topLevelAwait = false): SymbolTable {
  const errors = new ErrorReporter(filename, source);
  const table = buildSymtable(tree, parseFutures(tree, errors), errors);
  checkCodegen(tree, table, errors, topLevelAwait);
  return table;
}
