// Constant folding on the AST, exactly where CPython 3.11's Python/ast_opt.c folds: operators
// on constants (within its size limits), tuples of constants, constant subscripts, `__debug__`,
// `x in [a, b]` / `for x in [a, b]` as tuples (frozensets for sets of constants), and
// `'%s' % (x,)` as an f-string. The tree is changed in place, before the symbol table is built.

import type * as ast from './ast.js';
import { binaryOp, subscript, unaryOp } from './const-ops.js';
import { PyFrozenSet, PyTuple, type Const } from './consts.js';
import { isDocstring } from './future.js';

/** The value of a Constant node: folding also makes tuple and frozenset constants. */
export function constantValue(e: ast.Constant): Const {
  return e.value as Const;
}

export interface FoldOptions {
  /** `from __future__ import annotations`: annotations become strings and are left alone. */
  futureAnnotations: boolean;
}

export function foldModule(mod: ast.Mod, options: FoldOptions): void {
  const folder = new Folder(options.futureAnnotations);
  if (mod._type === 'Module') folder.body(mod.body);
  else if (mod._type === 'Interactive') folder.stmts(mod.body);
  else folder.expr(mod.body);
}

const POSITION_KEYS = new Set(['lineno', 'col_offset', 'end_lineno', 'end_col_offset']);

/** Turns `node` into another node kind where it stands, keeping its position. */
function replaceWith(node: ast.Expr, fields: Record<string, unknown>): void {
  const target = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!POSITION_KEYS.has(key)) delete target[key];
  Object.assign(target, fields);
}

function makeConst(node: ast.Expr, value: Const | undefined): void {
  if (value !== undefined) replaceWith(node, { _type: 'Constant', value, kind: null });
}

function isConstant(e: ast.Expr): e is ast.Constant {
  return e._type === 'Constant';
}

function hasStarred(elts: ast.Expr[]): boolean {
  return elts.some((e) => e._type === 'Starred');
}

/** A tuple of the elements' values when all are constants. */
function constTuple(elts: ast.Expr[]): PyTuple | undefined {
  if (!elts.every(isConstant)) return undefined;
  return new PyTuple(elts.map((e) => constantValue(e as ast.Constant)));
}

/** A position that is no position (the nodes ast_opt.c synthesizes have -1 everywhere). */
const NOWHERE = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

class Folder {
  constructor(private readonly futureAnnotations: boolean) {}

  /** A module, class or function body: folding must not create a docstring. */
  body(stmts: ast.Stmt[]): void {
    const hadDocstring = isDocstring(stmts[0]);
    this.stmts(stmts);
    if (!hadDocstring && isDocstring(stmts[0])) {
      const st = stmts[0] as ast.ExprStmt;
      const pos = { lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset };
      st.value = { _type: 'JoinedStr', values: [st.value], ...pos };
    }
  }

  stmts(stmts: ast.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private exprs(exprs: (ast.Expr | null)[]): void {
    for (const e of exprs) if (e !== null) this.expr(e);
  }

  private annotation(e: ast.Expr | null): void {
    if (e !== null && !this.futureAnnotations) this.expr(e);
  }

  private arguments(args: ast.Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args]) this.annotation(a.annotation);
    if (args.vararg !== null) this.annotation(args.vararg.annotation);
    for (const a of args.kwonlyargs) this.annotation(a.annotation);
    this.exprs(args.kw_defaults);
    if (args.kwarg !== null) this.annotation(args.kwarg.annotation);
    this.exprs(args.defaults);
  }

  stmt(s: ast.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        this.annotation(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        if (s.value !== null) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        this.expr(s.target);
        this.annotation(s.annotation);
        if (s.value !== null) this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        this.iterable(s.iter);
        break;
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars !== null) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard !== null) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  /** Patterns hold expressions only to spell negative and complex numbers. */
  private pattern(p: ast.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const sub of p.patterns) this.pattern(sub);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const sub of p.patterns) this.pattern(sub);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const sub of p.patterns) this.pattern(sub);
        for (const sub of p.kwd_patterns) this.pattern(sub);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        break;
      case 'MatchSingleton':
      case 'MatchStar':
        break;
    }
  }

  private comprehensions(generators: ast.Comprehension[]): void {
    for (const g of generators) {
      this.expr(g.target);
      this.expr(g.iter);
      this.exprs(g.ifs);
      this.iterable(g.iter);
    }
  }

  expr(e: ast.Expr): void {
    switch (e._type) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.binOp(e);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        this.unaryOp(e);
        break;
      case 'Lambda':
        this.arguments(e.args);
        this.expr(e.body);
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.expr(e.elt);
        this.comprehensions(e.generators);
        break;
      case 'DictComp':
        this.expr(e.key);
        this.expr(e.value);
        this.comprehensions(e.generators);
        break;
      case 'Await':
      case 'YieldFrom':
        this.expr(e.value);
        break;
      case 'Yield':
        if (e.value !== null) this.expr(e.value);
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        this.compare(e);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Attribute':
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        if (e.ctx === 'Load' && isConstant(e.value) && isConstant(e.slice)) {
          makeConst(e, subscript(constantValue(e.value), constantValue(e.slice)));
        }
        break;
      case 'Slice':
        this.exprs([e.lower, e.upper, e.step]);
        break;
      case 'List':
        this.exprs(e.elts);
        break;
      case 'Tuple':
        this.exprs(e.elts);
        if (e.ctx === 'Load') makeConst(e, constTuple(e.elts));
        break;
      case 'Name':
        // Without -O, __debug__ is True.
        if (e.ctx === 'Load' && e.id === '__debug__') makeConst(e, true);
        break;
      case 'NamedExpr':
        this.expr(e.value);
        break;
      case 'Constant':
        break;
    }
  }

  private unaryOp(e: ast.UnaryOp): void {
    const operand = e.operand;
    if (isConstant(operand)) {
      makeConst(e, unaryOp(e.op, constantValue(operand)));
      return;
    }
    // `not a is b` → `a is not b` (and in/not in); the other comparisons can't be inverted. The
    // comparison replaces the `not`, position included.
    if (e.op !== 'Not' || operand._type !== 'Compare' || operand.ops.length !== 1) return;
    const inverse = ({ Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' } as const)[operand.ops[0] as 'Is'];
    if (inverse === undefined) return;
    replaceWith(e, { ...operand, ops: [inverse] });
  }

  private binOp(e: ast.BinOp): void {
    const { left, right } = e;
    if (!isConstant(left)) return;
    const lv = constantValue(left);
    if (e.op === 'Mod' && right._type === 'Tuple' && typeof lv === 'string' && !hasStarred(right.elts)) {
      const values = percentFormatAsFString(lv, right.elts);
      if (values !== undefined) replaceWith(e, { _type: 'JoinedStr', values });
      return;
    }
    if (!isConstant(right)) return;
    makeConst(e, binaryOp(e.op, lv, constantValue(right)));
  }

  /** The last comparator of `in`/`not in`: a literal list or set of constants becomes a constant. */
  private compare(e: ast.Compare): void {
    const op = e.ops[e.ops.length - 1];
    if (op === 'In' || op === 'NotIn') this.iterable(e.comparators[e.comparators.length - 1]);
  }

  /**
   * An iterable only iterated (for loops, comprehensions, `in`): a list literal becomes a tuple,
   * constant if its items are; a set of constants becomes a frozenset.
   */
  private iterable(e: ast.Expr): void {
    if (e._type === 'List') {
      if (hasStarred(e.elts)) return;
      const elts = e.elts;
      replaceWith(e, { _type: 'Tuple', elts, ctx: e.ctx });
      makeConst(e, constTuple(elts));
    } else if (e._type === 'Set') {
      const tuple = constTuple(e.elts);
      if (tuple !== undefined) makeConst(e, new PyFrozenSet(tuple.items));
    }
  }
}

// ---- `'...' % (a, b)` as an f-string (optimize_format) ----

/** Digits allowed in a width or precision. */
const MAX_DIGITS = 3;

interface FormatUnit {
  spec: string;
  leftJustify: boolean;
  width: number;
  precision: number;
}

/**
 * The parts of an f-string equivalent to `fmt % args`, or undefined when a unit is not a
 * simple %s/%r/%a or the counts differ.
 */
function percentFormatAsFString(fmt: string, args: ast.Expr[]): ast.Expr[] | undefined {
  const chars = Array.from(fmt);
  const values: ast.Expr[] = [];
  let pos = 0;
  let used = 0;
  for (;;) {
    const start = pos;
    let hasPercents = false;
    while (pos < chars.length) {
      if (chars[pos] !== '%') pos++;
      else if (chars[pos + 1] === '%') {
        hasPercents = true;
        pos += 2;
      } else break;
    }
    if (pos > start) {
      let literal = chars.slice(start, pos).join('');
      if (hasPercents) literal = literal.replaceAll('%%', '%');
      values.push({ _type: 'Constant', value: literal, kind: null, ...NOWHERE });
    }
    if (pos >= chars.length) break;
    if (used >= args.length) return undefined;
    pos++;
    const unit = parseFormatUnit(chars, pos);
    if (unit === undefined) return undefined;
    pos = unit.end;
    const value = formattedValue(unit.unit, args[used++]);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return used < args.length ? undefined : values;
}

/** simple_format_arg_parse: flags, width and precision (up to 2 digits each), the spec character. */
function parseFormatUnit(chars: string[], pos: number): { unit: FormatUnit; end: number } | undefined {
  let ch: string | undefined;
  const next = () => (ch = chars[pos++]);
  let leftJustify = false;
  for (;;) {
    if (next() === undefined) return undefined;
    if (ch === '-') leftJustify = true;
    else if (ch !== '+' && ch !== ' ' && ch !== '#' && ch !== '0') break;
  }
  const isDigit = () => ch !== undefined && ch >= '0' && ch <= '9';
  const number = (): number | undefined => {
    let value = 0;
    let digits = 0;
    while (isDigit()) {
      value = value * 10 + Number(ch);
      if (next() === undefined || ++digits >= MAX_DIGITS) return undefined;
    }
    return value;
  };
  let width = -1;
  let precision = -1;
  if (isDigit()) {
    const w = number();
    if (w === undefined) return undefined;
    width = w;
  }
  if (ch === '.') {
    if (next() === undefined) return undefined;
    const p = number();
    if (p === undefined) return undefined;
    precision = p;
  }
  return { unit: { spec: ch!, leftJustify, width, precision }, end: pos };
}

function formattedValue(unit: FormatUnit, arg: ast.Expr): ast.FormattedValue | undefined {
  if (unit.spec !== 's' && unit.spec !== 'r' && unit.spec !== 'a') return undefined;
  let spec = '';
  if (!unit.leftJustify && unit.width > 0) spec += '>';
  if (unit.width >= 0) spec += String(unit.width);
  if (unit.precision >= 0) spec += '.' + String(unit.precision);
  const formatSpec: ast.Constant | null = spec === '' ? null : { _type: 'Constant', value: spec, kind: null, ...NOWHERE };
  return {
    _type: 'FormattedValue',
    value: arg,
    conversion: unit.spec.charCodeAt(0),
    format_spec: formatSpec,
    lineno: arg.lineno,
    col_offset: arg.col_offset,
    end_lineno: arg.end_lineno,
    end_col_offset: arg.end_col_offset,
  };
}
