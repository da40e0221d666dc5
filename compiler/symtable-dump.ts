// A canonical text form of a module's symbol tables: what tests/tools/symtable_dump.py prints
// from CPython's `symtable` module for the same source, line for line.
//
//   <type> <name> lineno=<n> optimized=<bool> nested=<bool> children=<bool>
//     [function tables] params=[a b] locals=[...] globals=[...] nonlocals=[...] frees=[...]
//     <name>: scope=<SCOPE> flags=<DEF_X|USE> is=[referenced assigned ...]
//     <child tables, indented>
//
// Symbols are sorted by name, and so are the lists of function tables, except parameters,
// which keep their order. `is` lists the symtable.Symbol predicates that are true.

import type { Module } from './ast.js';
import { parseFutures } from './future.js';
import { CODE_FLAGS } from './image-format.js';
import { ErrorReporter } from './source-errors.js';
import {
  type Block, type SymbolInfo, buildSymtable, comparePyStr, Scope,
  DEF_ANNOT, DEF_BOUND, DEF_COMP_ITER, DEF_FREE_CLASS, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL,
  DEF_NONLOCAL, DEF_PARAM, USE,
} from './symtable.js';

const FLAG_NAMES: [number, string][] = [
  [DEF_GLOBAL, 'DEF_GLOBAL'], [DEF_LOCAL, 'DEF_LOCAL'], [DEF_PARAM, 'DEF_PARAM'],
  [DEF_NONLOCAL, 'DEF_NONLOCAL'], [USE, 'USE'], [DEF_FREE_CLASS, 'DEF_FREE_CLASS'],
  [DEF_IMPORT, 'DEF_IMPORT'], [DEF_ANNOT, 'DEF_ANNOT'], [DEF_COMP_ITER, 'DEF_COMP_ITER'],
];

const SCOPE_NAMES = ['NONE', 'LOCAL', 'GLOBAL_EXPLICIT', 'GLOBAL_IMPLICIT', 'FREE', 'CELL'];

/** The dump of a parsed module's symbol tables; throws the symbol table's SyntaxErrors. */
export function dumpSymtable(tree: Module, filename = '<unknown>', source: Uint8Array | string | null = null): string {
  const errors = new ErrorReporter(filename, source);
  const table = buildSymtable(tree, parseFutures(tree, errors), errors);
  const out: string[] = [];
  dumpBlock(table.top, '', out);
  return out.join('');
}

/**
 * One line per code object the module compiles to, in the form `symtable_dump.py --code`
 * prints from CPython's code objects: path of names, flags, parameters, cell and free
 * variables (both sorted).
 */
export function dumpCodeObjects(
  tree: Module, filename = '<unknown>', source: Uint8Array | string | null = null,
): string {
  const errors = new ErrorReporter(filename, source);
  const table = buildSymtable(tree, parseFutures(tree, errors), errors);
  const out: string[] = [];
  dumpCode(table.top, '', out);
  return out.join('');
}

/** co_name: comprehensions and lambdas are named `<listcomp>`, `<lambda>`… */
function codeName(block: Block): string {
  if (block.type === 'module') return '<module>';
  if (block.comprehension !== null || block.name === 'lambda') return `<${block.name}>`;
  return block.name;
}

const CODE_FLAG_NAMES = Object.entries(CODE_FLAGS).map(([name, bit]): [number, string] => [bit, name.slice(3)]);

function dumpCode(block: Block, parent: string, out: string[]): void {
  const path = parent === '' ? codeName(block) : `${parent}/${codeName(block)}`;
  const flags = CODE_FLAG_NAMES.filter(([bit]) => block.codeFlags() & bit).map(([, label]) => label);
  const cells = [...block.cellVars()].sort(comparePyStr);
  out.push(`${path} flags=${flags.join('|') || '0'} params=[${block.params.join(' ')}] ` +
    `cells=[${cells.join(' ')}] frees=[${block.freeVars().join(' ')}]\n`);
  for (const child of block.children) dumpCode(child, path, out);
}

function dumpBlock(block: Block, indent: string, out: string[]): void {
  const optimized = block.type === 'function';
  out.push(`${indent}${block.type} ${block.name} lineno=${block.lineno} optimized=${py(optimized)} ` +
    `nested=${py(block.nested)} children=${py(block.children.length > 0)}\n`);
  const inner = indent + '  ';
  if (block.type === 'function') out.push(inner + functionLists(block) + '\n');
  const names = [...block.symbols.keys()].sort(comparePyStr);
  for (const name of names) {
    const sym = block.symbols.get(name)!;
    out.push(`${inner}${name}: scope=${SCOPE_NAMES[sym.scope]} flags=${flagNames(sym.flags)} ` +
      `is=[${predicates(block, name, sym).join(' ')}]\n`);
  }
  for (const child of block.children) dumpBlock(child, inner, out);
}

/** symtable.Function's get_parameters, get_locals, get_globals, get_nonlocals, get_frees. */
function functionLists(block: Block): string {
  const where = (test: (s: SymbolInfo) => boolean) =>
    [...block.symbols].filter(([, s]) => test(s)).map(([name]) => name);
  const sorted = (names: string[]) => `[${names.sort(comparePyStr).join(' ')}]`;
  return `params=[${where((s) => (s.flags & DEF_PARAM) !== 0).join(' ')}]` +
    ` locals=${sorted(where((s) => s.scope === Scope.LOCAL || s.scope === Scope.CELL))}` +
    ` globals=${sorted(where((s) => s.scope === Scope.GLOBAL_IMPLICIT || s.scope === Scope.GLOBAL_EXPLICIT))}` +
    ` nonlocals=${sorted(where((s) => (s.flags & DEF_NONLOCAL) !== 0))}` +
    ` frees=${sorted(where((s) => s.scope === Scope.FREE))}`;
}

/** The symtable.Symbol predicates that hold, in a fixed order. */
function predicates(block: Block, name: string, sym: SymbolInfo): string[] {
  const { flags, scope } = sym;
  // symtable.py treats every bound name of a table named "top" as module-level.
  const moduleBound = block.name === 'top' && (flags & DEF_BOUND) !== 0;
  const checks: [string, boolean][] = [
    ['referenced', (flags & USE) !== 0],
    ['imported', (flags & DEF_IMPORT) !== 0],
    ['parameter', (flags & DEF_PARAM) !== 0],
    ['global', scope === Scope.GLOBAL_IMPLICIT || scope === Scope.GLOBAL_EXPLICIT || moduleBound],
    ['declared_global', scope === Scope.GLOBAL_EXPLICIT],
    ['local', scope === Scope.LOCAL || scope === Scope.CELL || moduleBound],
    ['annotated', (flags & DEF_ANNOT) !== 0],
    ['free', scope === Scope.FREE],
    ['assigned', (flags & DEF_LOCAL) !== 0],
    ['namespace', block.children.some((child) => child.name === name)],
    ['nonlocal', (flags & DEF_NONLOCAL) !== 0],
  ];
  return checks.filter(([, holds]) => holds).map(([label]) => label);
}

function flagNames(flags: number): string {
  const names = FLAG_NAMES.filter(([bit]) => flags & bit).map(([, label]) => label);
  return names.length > 0 ? names.join('|') : '0';
}

function py(b: boolean): string {
  return b ? 'True' : 'False';
}
