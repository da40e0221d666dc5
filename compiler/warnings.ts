// The SyntaxWarnings CPython's code generator issues (compile.c's compiler_warn): code that is
// valid but almost certainly a mistake, such as `x is 1` or `f(a)(b)` meant as `f(a), (b)`.
// The compiler collects them; whoever runs the program prints them (formatWarning) on stderr.

import type * as ast from './ast.js';
import { PyBytes, PyComplex, PyEllipsis, PyStrCodePoints } from './ast.js';
import { PyFrozenSet, PyTuple, type Const } from './consts.js';
import { constantValue } from './fold.js';

export interface CompileWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
}

/** As Python's warnings.formatwarning prints it: the location, then the source line stripped. */
export function formatWarning(w: CompileWarning, sourceLine: string | null): string {
  let out = `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
  const line = sourceLine?.trim();
  if (line) out += `  ${line}\n`;
  return out;
}

/** The type of a value only its syntax can tell (infer_type), or null. */
function inferType(e: ast.Expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List':
    case 'ListComp': return 'list';
    case 'Dict':
    case 'DictComp': return 'dict';
    case 'Set':
    case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr':
    case 'FormattedValue': return 'str';
    case 'Constant': return constTypeName(constantValue(e));
    default: return null;
  }
}

function constTypeName(v: Const): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
  }
  if (v instanceof PyStrCodePoints) return 'str';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof PyEllipsis) return 'ellipsis';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyFrozenSet) return 'frozenset';
  return 'code';
}

/** `is` is fine with None, True, False and ..., and with anything that is not a literal. */
function isIdentityOperand(e: ast.Expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = constantValue(e);
  return v === null || typeof v === 'boolean' || v instanceof PyEllipsis;
}

/** check_compare: `x is 1`. */
export function compareWarning(e: ast.Compare): string | null {
  let left = isIdentityOperand(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const right = isIdentityOperand(e.comparators[i]);
    const op = e.ops[i];
    if ((op === 'Is' || op === 'IsNot') && !(left && right)) {
      return op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?';
    }
    left = right;
  }
  return null;
}

const NOT_CALLABLE = new Set(['Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue']);

/** check_caller: `(1, 2)(3)`. */
export function callWarning(func: ast.Expr): string | null {
  if (!NOT_CALLABLE.has(func._type)) return null;
  return `'${inferType(func)}' object is not callable; perhaps you missed a comma?`;
}

/** check_subscripter and check_index: `[1, 2][3, 4]`, `5[0]`. */
export function subscriptWarning(value: ast.Expr, index: ast.Expr): string | null {
  let notSubscriptable = ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value._type);
  if (value._type === 'Constant') {
    const v = constantValue(value);
    notSubscriptable = v === null || v instanceof PyEllipsis || typeof v === 'bigint' || typeof v === 'boolean' ||
      typeof v === 'number' || v instanceof PyComplex || v instanceof PyFrozenSet;
  }
  if (notSubscriptable) return `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`;
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return null;
  let badIndex = ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value._type);
  if (value._type === 'Constant') {
    const v = constantValue(value);
    badIndex = typeof v === 'string' || v instanceof PyStrCodePoints || v instanceof PyBytes || v instanceof PyTuple;
  }
  if (!badIndex) return null;
  return `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`;
}

/** `assert (x, "message")` is always true. */
export function assertWarning(s: ast.Assert): string | null {
  const test = s.test;
  const nonEmptyTuple = (test._type === 'Tuple' && test.elts.length > 0) ||
    (test._type === 'Constant' && constantValue(test) instanceof PyTuple && (constantValue(test) as PyTuple).items.length > 0);
  return nonEmptyTuple ? 'assertion is always true, perhaps remove parentheses?' : null;
}
