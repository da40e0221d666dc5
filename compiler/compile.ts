// compile(): source text to a code object — parse, the checks CPython's compile() makes (with
// the symbol table they build), constant folding, code generation and assembly.

import type * as ast from './ast.js';
import { analyzeModule } from './check.js';
import type { CodeObject } from './code.js';
import { Compiler } from './codegen.js';
import { foldModule } from './fold.js';
import { parse } from './parser.js';
import type { CompileWarning } from './warnings.js';

/** What the source is: a module ('exec'), one expression ('eval'), or an interactive statement ('single'). */
export type CompileMode = 'exec' | 'eval' | 'single';

export interface CompileOptions {
  /** Receives the SyntaxWarnings CPython would print (see formatWarning). */
  warnings?: CompileWarning[];
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT: the module may use await, async for and async with; if it does, its code is a coroutine's (CO_COROUTINE). */
  topLevelAwait?: boolean;
}

export function compile(source: Uint8Array | string, filename: string, mode: CompileMode = 'exec', options: CompileOptions = {}): CodeObject {
  // (parse's overloads name one mode each: the cast picks one for the checker.)
  const tree = parse(source, filename, mode as 'exec') as ast.Mod;
  const symtable = analyzeModule(asModule(tree), filename, source, options.topLevelAwait);
  // CPython folds before building the symbol table; folding only removes constants (and
  // `__debug__`, which is never a local), so the table is the same either way.
  foldModule(tree, { futureAnnotations: symtable.future.annotations });
  return new Compiler(symtable, filename, symtable.future, mode === 'single', options.warnings, options.topLevelAwait).compileModule(tree);
}

/** The symbol table and the checks work on modules: an expression or interactive input as one. */
function asModule(tree: ast.Mod): ast.Module {
  if (tree._type === 'Module') return tree;
  if (tree._type === 'Interactive') return { _type: 'Module', body: tree.body, type_ignores: [] };
  const e = tree.body;
  const pos = { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  return { _type: 'Module', body: [{ _type: 'Expr', value: e, ...pos }], type_ignores: [] };
}
