// `from __future__ import ...` at the top of a module, as CPython's Python/future.c reads it.
// Runs before the symbol table: `annotations` changes what the table records.

import { PyStrCodePoints, type ImportFrom, type Module, type Stmt } from './ast.js';
import type { ErrorReporter } from './source-errors.js';

export interface FutureFeatures {
  /** PEP 563: annotations are kept as strings and never evaluated. */
  annotations: boolean;
  /** `barry_as_FLUFL`: the parser accepts `<>` (the parser tracks this itself). */
  barryAsFlufl: boolean;
  /**
   * Line of the last future import at the top of the module (CPython's ff_lineno), -1 if none.
   * A `from __future__` import on a later line is the code generator's error.
   */
  lineno: number;
}

/** Features that need nothing from us: mandatory since Python 3.0 or 3.7. */
const ALWAYS_ON = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop',
]);

export function parseFutures(tree: Module, errors: ErrorReporter): FutureFeatures {
  const features: FutureFeatures = { annotations: false, barryAsFlufl: false, lineno: -1 };
  const body = tree.body;
  let done = false;
  let prevLine = 0;
  for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    // Statements sharing the last future import's line are still checked: `import os; from
    // __future__ import x` is easier to reject here than in the code generator.
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        // future.c passes the 0-based column where 1-based is expected: the caret lands one
        // character early, and there is no end position.
        const msg = 'from __future__ imports must occur at the beginning of the file';
        throw errors.error(msg, s.lineno, s.col_offset, s.lineno, -1);
      }
      checkFeatures(s, features, errors);
      features.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return features;
}

function checkFeatures(s: ImportFrom, features: FutureFeatures, errors: ErrorReporter): void {
  for (const { name } of s.names) {
    if (ALWAYS_ON.has(name)) continue;
    if (name === 'annotations') features.annotations = true;
    else if (name === 'barry_as_FLUFL') features.barryAsFlufl = true;
    else {
      const msg = name === 'braces' ? 'not a chance' : `future feature ${truncateUtf8(name, 100)} is not defined`;
      throw errors.error(msg, s.lineno, s.col_offset + 1, s.lineno, -1);
    }
  }
}

/** A docstring: CPython's _PyAST_GetDocString, an expression statement holding a str constant. */
export function isDocstring(s: Stmt | undefined): boolean {
  if (s === undefined || s._type !== 'Expr' || s.value._type !== 'Constant') return false;
  const value = s.value.value;
  return typeof value === 'string' || value instanceof PyStrCodePoints;
}

/** `%.100s` in PyUnicode_FromFormat: at most 100 UTF-8 bytes, a cut character replaced. */
function truncateUtf8(s: string, maxBytes: number): string {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length <= maxBytes) return s;
  return new TextDecoder().decode(bytes.subarray(0, maxBytes));
}
