// Expressions: what each compiles to, as CPython 3.12's compile.c emits it.

import type * as ast from './ast.js';
import { NO_POSITION, type BasicBlock } from './cfg.js';
import type { SourcePosition } from './code.js';
import { loc, type Compiler } from './codegen.js';
import { compileComprehension } from './codegen-comprehension.js';
import { compileLambda } from './codegen-def.js';
import { isTruthy, PyFrozenSet, PyTuple } from './consts.js';
import { constantValue } from './fold.js';
import { BINARY_OPS, CMP_OPS, FORMAT_CONVERSION, INTRINSIC_1, OP } from './opcodes.js';
import { DEF_IMPORT, Scope } from './symtable.js';
import { callWarning, compareWarning, subscriptWarning } from './warnings.js';

/** Beyond this many items, sequences are built incrementally rather than all on the stack. */
const STACK_USE_GUIDELINE = 30;

const INTRINSIC_UNARY_POSITIVE = INTRINSIC_1.indexOf('INTRINSIC_UNARY_POSITIVE');
const INTRINSIC_LIST_TO_TUPLE = INTRINSIC_1.indexOf('INTRINSIC_LIST_TO_TUPLE');
const INTRINSIC_ASYNC_GEN_WRAP = INTRINSIC_1.indexOf('INTRINSIC_ASYNC_GEN_WRAP');

const OPERATOR_SYMBOLS: Record<ast.OperatorKind, string> = {
  Add: '+', Sub: '-', Mult: '*', MatMult: '@', Div: '/', Mod: '%', Pow: '**',
  LShift: '<<', RShift: '>>', BitOr: '|', BitXor: '^', BitAnd: '&', FloorDiv: '//',
};

/** BINARY_OP's argument for an operator (`+=` and the like when in place). */
export function binaryOpArg(op: ast.OperatorKind, inplace: boolean): number {
  return BINARY_OPS.indexOf((OPERATOR_SYMBOLS[op] + (inplace ? '=' : '')) as (typeof BINARY_OPS)[number]);
}

export function compileExpr(c: Compiler, e: ast.Expr): void {
  const eloc = loc(e);
  switch (e._type) {
    case 'NamedExpr':
      c.expr(e.value);
      c.emit(OP.COPY, 1, eloc);
      c.expr(e.target);
      return;
    case 'BoolOp':
      return compileBoolOp(c, e);
    case 'BinOp':
      c.expr(e.left);
      c.expr(e.right);
      c.emit(OP.BINARY_OP, binaryOpArg(e.op, false), eloc);
      return;
    case 'UnaryOp':
      c.expr(e.operand);
      if (e.op === 'UAdd') c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, eloc);
      else c.op(e.op === 'Invert' ? OP.UNARY_INVERT : e.op === 'Not' ? OP.UNARY_NOT : OP.UNARY_NEGATIVE, eloc);
      return;
    case 'Lambda':
      return compileLambda(c, e);
    case 'IfExp': {
      const end = c.newBlock();
      const next = c.newBlock();
      compileJumpIf(c, eloc, e.test, next, false);
      c.expr(e.body);
      c.jump(OP.JUMP, end, NO_POSITION);
      c.useBlock(next);
      c.expr(e.orelse);
      c.useBlock(end);
      return;
    }
    case 'Dict':
      return compileDict(c, e);
    case 'Set':
      return starunpackHelper(c, eloc, e.elts, 0, 'set', false);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(c, e);
    case 'Yield':
      if (e.value !== null) c.expr(e.value);
      else c.loadConst(null, eloc);
      addYield(c, eloc);
      return;
    case 'YieldFrom':
      c.expr(e.value);
      c.op(OP.GET_YIELD_FROM_ITER, eloc);
      c.loadConst(null, eloc);
      addYieldFrom(c, eloc, false);
      return;
    case 'Await':
      c.expr(e.value);
      c.emit(OP.GET_AWAITABLE, 0, eloc);
      c.loadConst(null, eloc);
      addYieldFrom(c, eloc, true);
      return;
    case 'Compare':
      return compileCompare(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'FormattedValue':
      return compileFormattedValue(c, e);
    case 'JoinedStr':
      return compileJoinedStr(c, e);
    case 'Constant':
      c.loadConst(constantValue(e), eloc);
      return;
    case 'Attribute':
      return compileAttribute(c, e);
    case 'Subscript':
      return compileSubscript(c, e);
    case 'Starred':
      // Starred items are handled by the list, tuple, set or call holding them.
      throw new Error('starred expression outside a display or call');
    case 'Slice':
      c.emit(OP.BUILD_SLICE, compileSlice(c, e), eloc);
      return;
    case 'Name':
      c.nameOp(e.id, e.ctx, eloc);
      return;
    case 'List':
    case 'Tuple':
      if (e.ctx === 'Store') assignmentHelper(c, eloc, e.elts);
      else if (e.ctx === 'Load') starunpackHelper(c, eloc, e.elts, 0, 'list', e._type === 'Tuple');
      else for (const elt of e.elts) c.expr(elt);
      return;
  }
}

// ---- yield and await ----

/** YIELD_VALUE then RESUME; an async generator's values are wrapped to tell them from awaits. */
export function addYield(c: Compiler, pos: SourcePosition): void {
  const block = c.unit.block;
  if (block.isGenerator && block.isCoroutine) c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, pos);
  c.emit(OP.YIELD_VALUE, 0, pos);
  c.emit(OP.RESUME, 1, pos);
}

/**
 * The send loop of `yield from` and `await` (receiver and value to send on the stack): SEND
 * until the receiver returns; a throw() or close() that makes YIELD_VALUE raise StopIteration
 * ends the loop through CLEANUP_THROW.
 */
export function addYieldFrom(c: Compiler, pos: SourcePosition, isAwait: boolean): void {
  const send = c.newBlock();
  const fail = c.newBlock();
  const exit = c.newBlock();
  c.useBlock(send);
  c.jump(OP.SEND, exit, pos);
  c.jump(OP.SETUP_FINALLY, fail, pos);
  c.emit(OP.YIELD_VALUE, 0, pos);
  c.op(OP.POP_BLOCK, NO_POSITION);
  c.emit(OP.RESUME, isAwait ? 3 : 2, pos);
  c.jump(OP.JUMP_NO_INTERRUPT, send, pos);
  c.useBlock(fail);
  c.op(OP.CLEANUP_THROW, pos);
  c.useBlock(exit);
  c.op(OP.END_SEND, pos);
}

// ---- conditions ----

/**
 * Jumps to `next` when `e` is true (cond) or false (!cond), without materialising a bool where
 * it can: `not`, `and`/`or`, conditional expressions and chained comparisons become jumps.
 */
export function compileJumpIf(c: Compiler, pos: SourcePosition, e: ast.Expr, next: BasicBlock, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') return compileJumpIf(c, pos, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const isOr = e.op === 'Or';
      const next2 = isOr !== cond ? c.newBlock() : next;
      const last = e.values.length - 1;
      for (let i = 0; i < last; i++) compileJumpIf(c, pos, e.values[i], next2, isOr);
      compileJumpIf(c, pos, e.values[last], next, cond);
      if (next2 !== next) c.useBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      compileJumpIf(c, pos, e.test, next2, false);
      compileJumpIf(c, pos, e.body, next, cond);
      c.jump(OP.JUMP, end, NO_POSITION);
      c.useBlock(next2);
      compileJumpIf(c, pos, e.orelse, next, cond);
      c.useBlock(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n === 0) break;
      c.warn(compareWarning(e), e.lineno);
      const eloc = loc(e);
      const cleanup = c.newBlock();
      c.expr(e.left);
      for (let i = 0; i < n; i++) {
        c.expr(e.comparators[i]);
        c.emit(OP.SWAP, 2, eloc);
        c.emit(OP.COPY, 2, eloc);
        compareOp(c, e.ops[i], eloc);
        c.jump(OP.POP_JUMP_IF_FALSE, cleanup, eloc);
      }
      c.expr(e.comparators[n]);
      compareOp(c, e.ops[n], eloc);
      c.jump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, next, eloc);
      const end = c.newBlock();
      c.jump(OP.JUMP, end, NO_POSITION);
      c.useBlock(cleanup);
      c.op(OP.POP_TOP, eloc);
      if (!cond) c.jump(OP.JUMP, next, NO_POSITION);
      c.useBlock(end);
      return;
    }
    case 'Constant':
      // A constant condition is decided now (3.12's CFG optimiser does the same).
      if (isTruthy(constantValue(e)) === cond) c.jump(OP.JUMP, next, loc(e));
      else c.op(OP.NOP, loc(e));
      return;
  }
  c.expr(e);
  // The jump has the statement's line, as CPython's (a coroutine tested and dropped there warns there).
  c.jump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, next, pos);
}

/** `a and b`: the value of the first false operand (or the last): COPY; POP_JUMP_IF_*; POP_TOP. */
function compileBoolOp(c: Compiler, e: ast.BoolOp): void {
  const eloc = loc(e);
  const end = c.newBlock();
  const jumpOp = e.op === 'And' ? OP.POP_JUMP_IF_FALSE : OP.POP_JUMP_IF_TRUE;
  const last = e.values.length - 1;
  for (let i = 0; i < last; i++) {
    c.expr(e.values[i]);
    c.emit(OP.COPY, 1, eloc);
    c.jump(jumpOp, end, eloc);
    c.op(OP.POP_TOP, eloc);
  }
  c.expr(e.values[last]);
  c.useBlock(end);
}

const CMP_SYMBOLS = { Lt: '<', LtE: '<=', Eq: '==', NotEq: '!=', Gt: '>', GtE: '>=' } as const;

/** `is`/`is not` and `in`/`not in` have instructions of their own; the rest are COMPARE_OP. */
export function compareOp(c: Compiler, op: ast.CmpOpKind, pos: SourcePosition): void {
  switch (op) {
    case 'Is': return c.emit(OP.IS_OP, 0, pos);
    case 'IsNot': return c.emit(OP.IS_OP, 1, pos);
    case 'In': return c.emit(OP.CONTAINS_OP, 0, pos);
    case 'NotIn': return c.emit(OP.CONTAINS_OP, 1, pos);
    default: return c.emit(OP.COMPARE_OP, CMP_OPS.indexOf(CMP_SYMBOLS[op]), pos);
  }
}

/** `a < b < c`: each comparison on a copy of the middle operand, stopping at the first false. */
function compileCompare(c: Compiler, e: ast.Compare): void {
  c.warn(compareWarning(e), e.lineno);
  const eloc = loc(e);
  c.expr(e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    c.expr(e.comparators[0]);
    compareOp(c, e.ops[0], eloc);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    c.expr(e.comparators[i]);
    c.emit(OP.SWAP, 2, eloc);
    c.emit(OP.COPY, 2, eloc);
    compareOp(c, e.ops[i], eloc);
    c.emit(OP.COPY, 1, eloc);
    c.jump(OP.POP_JUMP_IF_FALSE, cleanup, eloc);
    c.op(OP.POP_TOP, eloc);
  }
  c.expr(e.comparators[n]);
  compareOp(c, e.ops[n], eloc);
  const end = c.newBlock();
  c.jump(OP.JUMP, end, NO_POSITION);
  c.useBlock(cleanup);
  c.emit(OP.SWAP, 2, eloc);
  c.op(OP.POP_TOP, eloc);
  c.useBlock(end);
}

// ---- displays ----

type SequenceKind = 'list' | 'set';

const SEQUENCE_OPS = {
  list: { build: OP.BUILD_LIST, add: OP.LIST_APPEND, extend: OP.LIST_EXTEND },
  set: { build: OP.BUILD_SET, add: OP.SET_ADD, extend: OP.SET_UPDATE },
};

function allConstant(elts: (ast.Expr | null)[]): elts is ast.Constant[] {
  return elts.every((e) => e !== null && e._type === 'Constant');
}

/**
 * A list, set or tuple display (or call arguments), `pushed` items already on the stack:
 * BUILD_* of all items when they fit on the stack and none is starred; else the sequence is
 * built first and extended item by item (a tuple then converted).
 */
export function starunpackHelper(c: Compiler, pos: SourcePosition, elts: ast.Expr[], pushed: number, kind: SequenceKind, tuple: boolean): void {
  const ops = SEQUENCE_OPS[kind];
  const n = elts.length;
  if (n > 2 && allConstant(elts)) {
    const items = elts.map((e) => constantValue(e));
    if (tuple && pushed === 0) {
      c.loadConst(new PyTuple(items), pos);
      return;
    }
    c.emit(ops.build, pushed, pos);
    c.loadConst(kind === 'set' ? new PyFrozenSet(items) : new PyTuple(items), pos);
    c.emit(ops.extend, 1, pos);
    if (tuple) c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, pos);
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const starred = elts.some((e) => e._type === 'Starred');
  if (!starred && !big) {
    for (const elt of elts) c.expr(elt);
    c.emit(tuple ? OP.BUILD_TUPLE : ops.build, n + pushed, pos);
    return;
  }
  let built = false;
  if (big) {
    c.emit(ops.build, pushed, pos);
    built = true;
  }
  elts.forEach((elt, i) => {
    if (elt._type === 'Starred') {
      if (!built) {
        c.emit(ops.build, i + pushed, pos);
        built = true;
      }
      c.expr(elt.value);
      c.emit(ops.extend, 1, pos);
    } else {
      c.expr(elt);
      if (built) c.emit(ops.add, 1, pos);
    }
  });
  if (tuple) c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, pos);
}

/** Unpacks the sequence on the stack for an assignment to a tuple or list of targets. */
function assignmentHelper(c: Compiler, pos: SourcePosition, elts: ast.Expr[]): void {
  const star = elts.findIndex((e) => e._type === 'Starred');
  if (star < 0) c.emit(OP.UNPACK_SEQUENCE, elts.length, pos);
  else c.emit(OP.UNPACK_EX, star + ((elts.length - star - 1) << 8), pos);
  for (const elt of elts) c.expr(elt._type === 'Starred' ? elt.value : elt);
}

/** Entries `begin..end` of a dict display (no `**`), as one dict. */
function compileSubdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const eloc = loc(e);
  const keys = e.keys.slice(begin, end);
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConstant(keys)) {
    for (let i = begin; i < end; i++) c.expr(e.values[i]);
    c.loadConst(new PyTuple(keys.map((k) => constantValue(k))), eloc);
    c.emit(OP.BUILD_CONST_KEY_MAP, n, eloc);
    return;
  }
  if (big) c.emit(OP.BUILD_MAP, 0, eloc);
  for (let i = begin; i < end; i++) {
    c.expr(e.keys[i]!);
    c.expr(e.values[i]);
    if (big) c.emit(OP.MAP_ADD, 1, eloc);
  }
  if (!big) c.emit(OP.BUILD_MAP, n, eloc);
}

function compileDict(c: Compiler, e: ast.Dict): void {
  const eloc = loc(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  const flush = (end: number) => {
    compileSubdict(c, e, end - elements, end);
    if (haveDict) c.emit(OP.DICT_UPDATE, 1, eloc);
    haveDict = true;
    elements = 0;
  };
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      // `**mapping`
      if (elements > 0) flush(i);
      if (!haveDict) {
        c.emit(OP.BUILD_MAP, 0, eloc);
        haveDict = true;
      }
      c.expr(e.values[i]);
      c.emit(OP.DICT_UPDATE, 1, eloc);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      elements++;
      flush(i + 1);
    } else {
      elements++;
    }
  }
  if (elements > 0) flush(n);
  if (!haveDict) c.emit(OP.BUILD_MAP, 0, eloc);
}

// ---- attributes, subscripts, slices ----

/**
 * A multi-line attribute reference is located at its attribute name, so that tracebacks point
 * at `.name` (update_start_location_to_match_attr).
 */
export function attributeLocation(pos: SourcePosition, attr: ast.Attribute): SourcePosition {
  const endLineno = attr.end_lineno ?? attr.lineno;
  if (pos.lineno === endLineno) return pos;
  const result = { ...pos, lineno: endLineno };
  const len = Array.from(attr.attr).length;
  const endCol = attr.end_col_offset ?? -1;
  if (len <= endCol) {
    result.col = endCol - len;
  } else {
    result.col = -1;
    result.endCol = -1;
  }
  result.endLineno = Math.max(result.lineno, result.endLineno);
  if (result.lineno === result.endLineno) result.endCol = Math.max(result.col, result.endCol);
  return result;
}

function compileAttribute(c: Compiler, e: ast.Attribute): void {
  const eloc = loc(e);
  if (e.ctx === 'Load' && canOptimizeSuperCall(c, e)) {
    const call = e.value as ast.Call;
    loadArgsForSuper(c, call);
    c.loadSuperAttr(e.attr, eloc, false, call.args.length > 0);
    c.op(OP.NOP, attributeLocation(eloc, e));
    return;
  }
  c.expr(e.value);
  const aloc = attributeLocation(eloc, e);
  if (e.ctx === 'Load') c.loadAttr(e.attr, aloc);
  else c.named(e.ctx === 'Store' ? OP.STORE_ATTR : OP.DELETE_ATTR, e.attr, aloc);
}

/**
 * `super().attr` (or `super(C, self).attr`) as LOAD_SUPER_ATTR, without making the super
 * object: only when `super` is the builtin (not rebound anywhere visible) and, for the
 * zero-argument form, the function has a first argument and the __class__ cell.
 */
function canOptimizeSuperCall(c: Compiler, attr: ast.Attribute): boolean {
  const e = attr.value;
  if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length > 0) return false;
  if (c.unit.block.scope('super') !== Scope.GLOBAL_IMPLICIT || c.symtable.top.scope('super') !== Scope.NONE) return false;
  if (e.args.length === 2) return e.args.every((a) => a._type !== 'Starred');
  if (e.args.length !== 0) return false;
  if (c.unit.argcount === 0 && c.unit.posonlyargcount === 0) return false;
  return c.refType('__class__') === Scope.FREE;
}

/** Pushes the global `super`, then the class and self (or the two explicit arguments). */
function loadArgsForSuper(c: Compiler, call: ast.Call): void {
  const func = call.func as ast.Name;
  c.nameOp(func.id, 'Load', loc(func));
  if (call.args.length === 2) {
    c.expr(call.args[0]);
    c.expr(call.args[1]);
    return;
  }
  const cloc = loc(call);
  c.nameOp('__class__', 'Load', cloc);
  c.nameOp(c.unit.varnames.keys().next().value!, 'Load', cloc);
}

export function isTwoElementSlice(e: ast.Expr): e is ast.Slice {
  return e._type === 'Slice' && e.step === null;
}

/** Pushes a slice's bounds (None for missing ones); returns how many (BUILD_SLICE's argument). */
export function compileSlice(c: Compiler, s: ast.Slice): number {
  const sloc = loc(s);
  for (const bound of [s.lower, s.upper]) {
    if (bound !== null) c.expr(bound);
    else c.loadConst(null, sloc);
  }
  if (s.step === null) return 2;
  c.expr(s.step);
  return 3;
}

function compileSubscript(c: Compiler, e: ast.Subscript): void {
  const eloc = loc(e);
  if (e.ctx === 'Load') c.warn(subscriptWarning(e.value, e.slice), e.lineno);
  c.expr(e.value);
  if (isTwoElementSlice(e.slice) && e.ctx !== 'Del') {
    compileSlice(c, e.slice);
    c.op(e.ctx === 'Load' ? OP.BINARY_SLICE : OP.STORE_SLICE, eloc);
    return;
  }
  c.expr(e.slice);
  c.op(e.ctx === 'Load' ? OP.BINARY_SUBSCR : e.ctx === 'Store' ? OP.STORE_SUBSCR : OP.DELETE_SUBSCR, eloc);
}

// ---- calls ----

function hasStarred(args: ast.Expr[]): boolean {
  return args.some((a) => a._type === 'Starred');
}

function hasDoubleStarred(keywords: ast.Keyword[]): boolean {
  return keywords.some((k) => k.arg === null);
}

function compileCall(c: Compiler, e: ast.Call): void {
  if (maybeOptimizeMethodCall(c, e)) return;
  c.warn(callWarning(e.func), e.lineno);
  c.op(OP.PUSH_NULL, loc(e.func));
  c.expr(e.func);
  compileCallHelper(c, loc(e), 0, e.args, e.keywords);
}

/** `obj.method(args)` without a bound-method object: LOAD_ATTR's method form, then CALL. */
function maybeOptimizeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  const nargs = e.args.length;
  const nkw = e.keywords.length;
  if (hasStarred(e.args) || hasDoubleStarred(e.keywords)) return false;
  if (nargs + nkw + (nkw !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  // `module.function()` (a name the module imports) is a plain call.
  if (meth.value._type === 'Name' && c.symtable.top.flags(meth.value.id) & DEF_IMPORT) return false;
  const mloc = loc(meth);
  if (canOptimizeSuperCall(c, meth)) {
    const call = meth.value as ast.Call;
    loadArgsForSuper(c, call);
    c.loadSuperAttr(meth.attr, mloc, true, call.args.length > 0);
    c.op(OP.NOP, attributeLocation(mloc, meth));
  } else {
    c.expr(meth.value);
    c.loadAttr(meth.attr, attributeLocation(mloc, meth), true);
  }
  for (const arg of e.args) c.expr(arg);
  if (nkw > 0) {
    for (const k of e.keywords) c.expr(k.value);
    kwNames(c, loc(e), e.keywords);
  }
  c.emit(OP.CALL, nargs + nkw, attributeLocation(loc(e), meth));
  return true;
}

/** KW_NAMES: the names of the keyword arguments the next CALL takes, last on the stack. */
function kwNames(c: Compiler, pos: SourcePosition, keywords: ast.Keyword[]): void {
  c.emit(OP.KW_NAMES, c.unit.addConst(new PyTuple(keywords.map((k) => k.arg!))), pos);
}

/**
 * The arguments of a call whose callable (and `pushed` arguments) are on the stack: CALL when
 * there is no `*` or `**` and few enough; else a tuple of positional arguments and a dict of
 * keyword ones for CALL_FUNCTION_EX.
 */
export function compileCallHelper(c: Compiler, pos: SourcePosition, pushed: number, args: ast.Expr[], keywords: ast.Keyword[]): void {
  const nargs = args.length;
  const nkw = keywords.length;
  if (nargs + nkw * 2 <= STACK_USE_GUIDELINE && !hasStarred(args) && !hasDoubleStarred(keywords)) {
    for (const arg of args) c.expr(arg);
    if (nkw > 0) {
      for (const k of keywords) c.expr(k.value);
      kwNames(c, pos, keywords);
    }
    c.emit(OP.CALL, pushed + nargs + nkw, pos);
    return;
  }
  if (pushed === 0 && nargs === 1 && args[0]._type === 'Starred') {
    c.expr(args[0].value);
  } else {
    starunpackHelper(c, pos, args, pushed, 'list', true);
  }
  if (nkw > 0) {
    let haveDict = false;
    let seen = 0; // keyword arguments on the stack, not yet in a dict
    keywords.forEach((k, i) => {
      if (k.arg !== null) {
        seen++;
        return;
      }
      if (seen > 0) {
        compileSubkwargs(c, pos, keywords.slice(i - seen, i));
        if (haveDict) c.emit(OP.DICT_MERGE, 1, pos);
        haveDict = true;
        seen = 0;
      }
      if (!haveDict) {
        c.emit(OP.BUILD_MAP, 0, pos);
        haveDict = true;
      }
      c.expr(k.value);
      c.emit(OP.DICT_MERGE, 1, pos);
    });
    if (seen > 0) {
      compileSubkwargs(c, pos, keywords.slice(nkw - seen));
      if (haveDict) c.emit(OP.DICT_MERGE, 1, pos);
    }
  }
  c.emit(OP.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, pos);
}

/** Named keyword arguments as one dict. */
function compileSubkwargs(c: Compiler, pos: SourcePosition, keywords: ast.Keyword[]): void {
  const n = keywords.length;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (const k of keywords) c.expr(k.value);
    c.loadConst(new PyTuple(keywords.map((k) => k.arg!)), pos);
    c.emit(OP.BUILD_CONST_KEY_MAP, n, pos);
    return;
  }
  if (big) c.emit(OP.BUILD_MAP, 0, NO_POSITION);
  for (const k of keywords) {
    c.loadConst(k.arg!, pos);
    c.expr(k.value);
    if (big) c.emit(OP.MAP_ADD, 1, NO_POSITION);
  }
  if (!big) c.emit(OP.BUILD_MAP, n, pos);
}

// ---- f-strings ----

function compileJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  const eloc = loc(e);
  if (e.values.length > STACK_USE_GUIDELINE) {
    // ''.join([...]) rather than all the parts on the stack.
    c.loadConst('', eloc);
    c.loadAttr('join', eloc, true);
    c.emit(OP.BUILD_LIST, 0, eloc);
    for (const value of e.values) {
      c.expr(value);
      c.emit(OP.LIST_APPEND, 1, eloc);
    }
    c.emit(OP.CALL, 1, eloc);
    return;
  }
  for (const value of e.values) c.expr(value);
  if (e.values.length !== 1) c.emit(OP.BUILD_STRING, e.values.length, eloc);
}

const CONVERSIONS: Record<number, number> = {
  [-1]: FORMAT_CONVERSION.NONE,
  [0x73]: FORMAT_CONVERSION.STR, // !s
  [0x72]: FORMAT_CONVERSION.REPR, // !r
  [0x61]: FORMAT_CONVERSION.ASCII, // !a
};

function compileFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  c.expr(e.value);
  let arg = CONVERSIONS[e.conversion];
  if (e.format_spec !== null) {
    c.expr(e.format_spec);
    arg |= FORMAT_CONVERSION.HAVE_SPEC;
  }
  c.emit(OP.FORMAT_VALUE, arg, loc(e));
}
