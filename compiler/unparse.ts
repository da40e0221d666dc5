// Annotations as source text, for `from __future__ import annotations` (PEP 563): CPython
// 3.11's Python/ast_unparse.c, which decides the text `__annotations__` holds, character for
// character (parentheses by operator priority, its own spacing).

import type * as ast from './ast.js';
import { PyComplex, PyEllipsis, PyStrCodePoints } from './ast.js';
import { reprConst, reprStr } from './repr.js';

/** Operator priorities, loosest first. */
const enum PR {
  TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM,
}
const PR_BOR = PR.EXPR;

const BINARY: Record<ast.OperatorKind, [string, number]> = {
  Add: [' + ', PR.ARITH], Sub: [' - ', PR.ARITH], Mult: [' * ', PR.TERM], MatMult: [' @ ', PR.TERM],
  Div: [' / ', PR.TERM], Mod: [' % ', PR.TERM], LShift: [' << ', PR.SHIFT], RShift: [' >> ', PR.SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR.BXOR], BitAnd: [' & ', PR.BAND], FloorDiv: [' // ', PR.TERM],
  Pow: [' ** ', PR.POWER],
};

const UNARY: Record<ast.UnaryOpKind, [string, number]> = {
  Invert: ['~', PR.FACTOR], Not: ['not ', PR.NOT], UAdd: ['+', PR.FACTOR], USub: ['-', PR.FACTOR],
};

const COMPARE: Record<ast.CmpOpKind, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** The text of an annotation (_PyAST_ExprAsUnicode). */
export function unparseAnnotation(e: ast.Expr): string {
  return unparse(e, PR.TEST);
}

function parenthesize(level: number, priority: number, text: string): string {
  return level > priority ? `(${text})` : text;
}

function unparse(e: ast.Expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const [op, pr] = e.op === 'And' ? [' and ', PR.AND] : [' or ', PR.OR];
      return parenthesize(level, pr, e.values.map((v) => unparse(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINARY[e.op];
      const rightAssoc = e.op === 'Pow' ? 1 : 0;
      return parenthesize(level, pr, unparse(e.left, pr + rightAssoc) + op + unparse(e.right, pr + 1 - rightAssoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARY[e.op];
      return parenthesize(level, pr, op + unparse(e.operand, pr));
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return parenthesize(level, PR.TEST, (positional > 0 ? 'lambda ' : 'lambda') + unparseArgs(e.args) + ': ' + unparse(e.body, PR.TEST));
    }
    case 'IfExp':
      return parenthesize(level, PR.TEST, `${unparse(e.body, PR.TEST + 1)} if ${unparse(e.test, PR.TEST + 1)} else ${unparse(e.orelse, PR.TEST)}`);
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k === null ? '**' + unparse(e.values[i], PR.EXPR) : `${unparse(k, PR.TEST)}: ${unparse(e.values[i], PR.TEST)}`)).join(', ') + '}';
    case 'Set':
      return '{' + e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return '(' + unparse(e.elt, PR.TEST) + comprehensions(e.generators) + ')';
    case 'ListComp':
      return '[' + unparse(e.elt, PR.TEST) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + unparse(e.elt, PR.TEST) + comprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + unparse(e.key, PR.TEST) + ': ' + unparse(e.value, PR.TEST) + comprehensions(e.generators) + '}';
    case 'Yield':
      return e.value === null ? '(yield)' : `(yield ${unparse(e.value, PR.TEST)})`;
    case 'YieldFrom':
      return `(yield from ${unparse(e.value, PR.TEST)})`;
    case 'Await':
      return parenthesize(level, PR.AWAIT, 'await ' + unparse(e.value, PR.ATOM));
    case 'Compare':
      return parenthesize(level, PR.CMP, unparse(e.left, PR.CMP + 1) + e.ops.map((op, i) => COMPARE[op] + unparse(e.comparators[i], PR.CMP + 1)).join(''));
    case 'Call':
      return unparseCall(e);
    case 'Constant':
      if (e.value instanceof PyEllipsis) return '...';
      return (e.kind ?? '') + constantRepr(e.value);
    case 'JoinedStr':
      return 'f' + reprStr(fstringBody(e.values, false));
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      // `1 .real`: an int needs a space before the dot.
      const isInt = e.value._type === 'Constant' && typeof e.value.value === 'bigint';
      return unparse(e.value, PR.ATOM) + (isInt ? ' .' : '.') + e.attr;
    }
    case 'Subscript':
      return unparse(e.value, PR.ATOM) + '[' + unparse(e.slice, PR.TUPLE) + ']';
    case 'Starred':
      return '*' + unparse(e.value, PR.EXPR);
    case 'Slice': {
      let text = (e.lower !== null ? unparse(e.lower, PR.TEST) : '') + ':';
      if (e.upper !== null) text += unparse(e.upper, PR.TEST);
      if (e.step !== null) text += ':' + unparse(e.step, PR.TEST);
      return text;
    }
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const items = e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return parenthesize(level, PR.TUPLE, items);
    }
    case 'NamedExpr':
      return parenthesize(level, PR.TUPLE, `${unparse(e.target, PR.ATOM)} := ${unparse(e.value, PR.ATOM)}`);
  }
}

/** repr(), with infinities spelled as a literal that evaluates to them (1e309). */
function constantRepr(value: ast.Constant['value']): string {
  const text = reprConst(value);
  const isInfinite = typeof value === 'number' && !Number.isFinite(value) && !Number.isNaN(value);
  return isInfinite || value instanceof PyComplex ? text.replaceAll('inf', '1e309') : text;
}

function comprehensions(generators: ast.Comprehension[]): string {
  return generators
    .map((g) => (g.is_async ? ' async for ' : ' for ') + unparse(g.target, PR.TUPLE) + ' in ' + unparse(g.iter, PR.TEST + 1) + g.ifs.map((x) => ' if ' + unparse(x, PR.TEST + 1)).join(''))
    .join('');
}

function unparseCall(e: ast.Call): string {
  const func = unparse(e.func, PR.ATOM);
  // A lone generator expression argument keeps only its own parentheses.
  if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') return func + unparse(e.args[0], PR.TEST);
  const args = e.args.map((a) => unparse(a, PR.TEST));
  for (const k of e.keywords) args.push((k.arg === null ? '**' : k.arg + '=') + unparse(k.value, PR.TEST));
  return func + '(' + args.join(', ') + ')';
}

function unparseArg(a: ast.Arg): string {
  return a.annotation === null ? a.arg : `${a.arg}: ${unparse(a.annotation, PR.TEST)}`;
}

function unparseArgs(args: ast.Arguments): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  positional.forEach((a, i) => {
    let text = unparseArg(a);
    if (i >= firstDefault) text += '=' + unparse(args.defaults[i - firstDefault], PR.TEST);
    if (args.posonlyargs.length > 0 && i + 1 === args.posonlyargs.length) text += ', /';
    parts.push(text);
  });
  if (args.vararg !== null || args.kwonlyargs.length > 0) parts.push('*' + (args.vararg !== null ? unparseArg(args.vararg) : ''));
  args.kwonlyargs.forEach((a, i) => {
    const value = args.kw_defaults[i];
    parts.push(unparseArg(a) + (value !== null && value !== undefined ? '=' + unparse(value, PR.TEST) : ''));
  });
  if (args.kwarg !== null) parts.push('**' + unparseArg(args.kwarg));
  return parts.join(', ');
}

/** The inside of an f-string (or of a format spec), braces in literal parts doubled. */
function fstringBody(values: ast.Expr[], isFormatSpec: boolean): string {
  return values.map((v) => fstringElement(v, isFormatSpec)).join('');
}

function fstringElement(e: ast.Expr, isFormatSpec: boolean): string {
  if (e._type === 'Constant') return strText(e.value).replaceAll('{', '{{').replaceAll('}', '}}');
  if (e._type === 'JoinedStr') return isFormatSpec ? fstringBody(e.values, true) : 'f' + reprStr(fstringBody(e.values, false));
  if (e._type === 'FormattedValue') return formattedValue(e);
  throw new Error(`unexpected ${e._type} in an f-string`);
}

/** The text of a str constant (an f-string's literal part). */
function strText(value: ast.Constant['value']): string {
  return value instanceof PyStrCodePoints ? String.fromCodePoint(...value.codePoints) : String(value);
}

function formattedValue(e: ast.FormattedValue): string {
  // Above PR_TEST, so that a lambda's ':' is parenthesized.
  const value = unparse(e.value, PR.TEST + 1);
  let text = (value.startsWith('{') ? '{ ' : '{') + value;
  if (e.conversion > 0) text += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec !== null) text += ':' + fstringElement(e.format_spec, true);
  return text + '}';
}
