// Statements: what each compiles to, as CPython 3.12's compile.c emits it.

import type * as ast from './ast.js';
import { NO_POSITION, type BasicBlock } from './cfg.js';
import type { SourcePosition } from './code.js';
import { FB, loc, type Compiler, type FrameBlock } from './codegen.js';
import { compileClass, compileFunction } from './codegen-def.js';
import { addYieldFrom, attributeLocation, binaryOpArg, compileJumpIf, compileSlice, isTwoElementSlice } from './codegen-expr.js';
import { compileMatch } from './codegen-pattern.js';
import { PyTuple } from './consts.js';
import { constantValue } from './fold.js';
import { isDocstring } from './future.js';
import { INTRINSIC_1, INTRINSIC_2, OP } from './opcodes.js';
import { unparseAnnotation } from './unparse.js';
import { assertWarning } from './warnings.js';

const INTRINSIC_PRINT = INTRINSIC_1.indexOf('INTRINSIC_PRINT');
const INTRINSIC_IMPORT_STAR = INTRINSIC_1.indexOf('INTRINSIC_IMPORT_STAR');
const INTRINSIC_PREP_RERAISE_STAR = INTRINSIC_2.indexOf('INTRINSIC_PREP_RERAISE_STAR');

/**
 * A module or class body (compiler_body): SETUP_ANNOTATIONS if anything in it is annotated,
 * the docstring stored as __doc__, then the statements.
 */
export function compileBody(c: Compiler, stmts: ast.Stmt[], start: SourcePosition): void {
  if (hasAnnotations(stmts)) c.op(OP.SETUP_ANNOTATIONS, start);
  let i = 0;
  if (isDocstring(stmts[0])) {
    i = 1;
    c.expr((stmts[0] as ast.ExprStmt).value);
    c.nameOp('__doc__', 'Store', NO_POSITION);
  }
  for (; i < stmts.length; i++) compileStmt(c, stmts[i]);
}

/** Statements typed at the interactive prompt: expression statements print their values. */
export function compileInteractive(c: Compiler, stmts: ast.Stmt[]): void {
  if (hasAnnotations(stmts)) c.op(OP.SETUP_ANNOTATIONS, { lineno: 1, endLineno: 1, col: 0, endCol: 0 });
  compileStmts(c, stmts);
}

/** find_ann: an annotated assignment anywhere in these statements, outside nested scopes. */
function hasAnnotations(stmts: ast.Stmt[]): boolean {
  return stmts.some((s) => {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case 'With':
      case 'AsyncWith':
        return hasAnnotations(s.body);
      case 'Try':
      case 'TryStar':
        return s.handlers.some((h) => hasAnnotations(h.body)) || hasAnnotations(s.body) || hasAnnotations(s.finalbody) || hasAnnotations(s.orelse);
      case 'Match':
        return s.cases.some((m) => hasAnnotations(m.body));
      default:
        return false;
    }
  });
}

export function compileStmts(c: Compiler, stmts: ast.Stmt[]): void {
  for (const s of stmts) compileStmt(c, s);
}

export function compileStmt(c: Compiler, s: ast.Stmt): void {
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return compileFunction(c, s);
    case 'ClassDef':
      return compileClass(c, s);
    case 'Return':
      return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) c.expr(t);
      return;
    case 'Assign':
      c.expr(s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.emit(OP.COPY, 1, loc(s));
        c.expr(t);
      });
      return;
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'AsyncFor':
      return compileAsyncFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If':
      return compileIf(c, s);
    case 'Match':
      return compileMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc !== null) {
        c.expr(s.exc);
        n++;
        if (s.cause !== null) {
          c.expr(s.cause);
          n++;
        }
      }
      c.emit(OP.RAISE_VARARGS, n, loc(s));
      return;
    }
    case 'Try':
    case 'TryStar':
      if (s.finalbody.length > 0) return compileTryFinally(c, s);
      return s._type === 'Try' ? compileTryExcept(c, s) : compileTryStarExcept(c, s);
    case 'Assert':
      return compileAssert(c, s);
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileImportFrom(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      return compileExprStmt(c, s);
    case 'Pass':
      c.op(OP.NOP, loc(s));
      return;
    case 'Break':
      return compileBreak(c, s);
    case 'Continue':
      return compileContinue(c, s);
    case 'With':
      return compileWith(c, s, 0);
    case 'AsyncWith':
      return compileAsyncWith(c, s, 0);
  }
}

function compileExprStmt(c: Compiler, s: ast.ExprStmt): void {
  const value = s.value;
  if (c.interactive && c.nestLevel <= 1) {
    c.expr(value);
    c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_PRINT, loc(s));
    c.op(OP.POP_TOP, NO_POSITION);
    return;
  }
  if (value._type === 'Constant') {
    // A constant statement (a docstring elsewhere than first, `...`) does nothing.
    c.op(OP.NOP, loc(s));
    return;
  }
  c.expr(value);
  c.op(OP.POP_TOP, NO_POSITION);
}

// ---- assignments ----

function compileAugAssign(c: Compiler, s: ast.AugAssign): void {
  const target = s.target;
  const tloc = loc(target);
  switch (target._type) {
    case 'Attribute': {
      c.expr(target.value);
      c.emit(OP.COPY, 1, tloc);
      c.loadAttr(target.attr, attributeLocation(tloc, target));
      break;
    }
    case 'Subscript':
      c.expr(target.value);
      if (isTwoElementSlice(target.slice)) {
        compileSlice(c, target.slice);
        for (let i = 0; i < 3; i++) c.emit(OP.COPY, 3, tloc);
        c.op(OP.BINARY_SLICE, tloc);
      } else {
        c.expr(target.slice);
        c.emit(OP.COPY, 2, tloc);
        c.emit(OP.COPY, 2, tloc);
        c.op(OP.BINARY_SUBSCR, tloc);
      }
      break;
    case 'Name':
      c.nameOp(target.id, 'Load', tloc);
      break;
    default:
      throw new Error(`invalid augmented assignment target ${target._type}`);
  }
  c.expr(s.value);
  c.emit(OP.BINARY_OP, binaryOpArg(s.op, true), loc(s));
  switch (target._type) {
    case 'Attribute':
      c.emit(OP.SWAP, 2, attributeLocation(tloc, target));
      c.named(OP.STORE_ATTR, target.attr, attributeLocation(tloc, target));
      break;
    case 'Subscript':
      if (isTwoElementSlice(target.slice)) {
        c.emit(OP.SWAP, 4, tloc);
        c.emit(OP.SWAP, 3, tloc);
        c.emit(OP.SWAP, 2, tloc);
        c.op(OP.STORE_SLICE, tloc);
      } else {
        c.emit(OP.SWAP, 3, tloc);
        c.emit(OP.SWAP, 2, tloc);
        c.op(OP.STORE_SUBSCR, tloc);
      }
      break;
    case 'Name':
      c.nameOp(target.id, 'Store', tloc);
      break;
  }
}

function compileAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const target = s.target;
  const sloc = loc(s);
  const scopeType = c.unit.scopeType;
  const evaluatesAnnotations = scopeType === 'module' || scopeType === 'class';
  if (s.value !== null) {
    c.expr(s.value);
    c.expr(target);
  }
  switch (target._type) {
    case 'Name':
      if (s.simple && evaluatesAnnotations) {
        compileAnnotation(c, s.annotation);
        c.named(OP.LOAD_NAME, '__annotations__', sloc);
        c.loadConst(c.mangle(target.id), sloc);
        c.op(OP.STORE_SUBSCR, sloc);
      }
      break;
    case 'Attribute':
      if (s.value === null) evaluateAndDiscard(c, target.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        evaluateAndDiscard(c, target.value);
        evaluateSubscriptParts(c, target.slice);
      }
      break;
    default:
      throw new Error(`invalid annotated assignment target ${target._type}`);
  }
  // A complex target's annotation is evaluated (and dropped) last, in modules and classes.
  if (!s.simple && !c.future.annotations && evaluatesAnnotations) evaluateAndDiscard(c, s.annotation);
}

/** An annotation's value: the expression, or its source text under `from __future__ import annotations`. */
export function compileAnnotation(c: Compiler, annotation: ast.Expr): void {
  if (c.future.annotations) c.loadConst(unparseAnnotation(annotation), loc(annotation));
  else c.expr(annotation);
}

function evaluateAndDiscard(c: Compiler, e: ast.Expr): void {
  c.expr(e);
  c.op(OP.POP_TOP, loc(e));
}

/** check_ann_subscr: everything in an annotated subscript target must be defined. */
function evaluateSubscriptParts(c: Compiler, e: ast.Expr): void {
  if (e._type === 'Slice') {
    for (const part of [e.lower, e.upper, e.step]) if (part !== null) evaluateAndDiscard(c, part);
  } else if (e._type === 'Tuple') {
    for (const elt of e.elts) evaluateSubscriptParts(c, elt);
  } else {
    evaluateAndDiscard(c, e);
  }
}

// ---- control flow ----

function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newBlock();
  const next = s.orelse.length > 0 ? c.newBlock() : end;
  compileJumpIf(c, loc(s), s.test, next, false);
  compileStmts(c, s.body);
  if (s.orelse.length > 0) {
    c.jump(OP.JUMP, end, NO_POSITION);
    c.useBlock(next);
    compileStmts(c, s.orelse);
  }
  c.useBlock(end);
}

function compileWhile(c: Compiler, s: ast.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const end = c.newBlock();
  const anchor = c.newBlock();
  c.useBlock(loop);
  c.pushFblock(FB.WHILE_LOOP, loop, end);
  compileJumpIf(c, loc(s), s.test, anchor, false);
  c.useBlock(body);
  compileStmts(c, s.body);
  // The test again at the bottom: one jump per iteration.
  compileJumpIf(c, loc(s), s.test, body, true);
  c.popFblock(FB.WHILE_LOOP);
  c.useBlock(anchor);
  compileStmts(c, s.orelse);
  c.useBlock(end);
}

function compileFor(c: Compiler, s: ast.For): void {
  const sloc = loc(s);
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFblock(FB.FOR_LOOP, start, end);
  c.expr(s.iter);
  c.op(OP.GET_ITER, sloc);
  c.useBlock(start);
  // FOR_ITER pops the exhausted iterator itself (3.11's meaning): no END_FOR at `cleanup`.
  c.jump(OP.FOR_ITER, cleanup, sloc);
  c.useBlock(body);
  c.expr(s.target);
  compileStmts(c, s.body);
  c.jump(OP.JUMP, start, NO_POSITION);
  c.useBlock(cleanup);
  c.popFblock(FB.FOR_LOOP);
  compileStmts(c, s.orelse);
  c.useBlock(end);
}

function compileAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  const sloc = loc(s);
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  c.expr(s.iter);
  c.op(OP.GET_AITER, sloc);
  c.useBlock(start);
  c.pushFblock(FB.FOR_LOOP, start, end);
  // SETUP_FINALLY guards the __anext__ call: StopAsyncIteration ends the loop.
  c.jump(OP.SETUP_FINALLY, except, sloc);
  c.op(OP.GET_ANEXT, sloc);
  c.loadConst(null, sloc);
  addYieldFrom(c, sloc, true);
  c.op(OP.POP_BLOCK, sloc);
  c.expr(s.target);
  compileStmts(c, s.body);
  c.jump(OP.JUMP, start, NO_POSITION);
  c.popFblock(FB.FOR_LOOP);
  c.useBlock(except);
  // END_ASYNC_FOR belongs to the `for`, not the body: it is located at the iterable.
  c.op(OP.END_ASYNC_FOR, loc(s.iter));
  compileStmts(c, s.orelse);
  c.useBlock(end);
}

function compileReturn(c: Compiler, s: ast.Return): void {
  let rloc = loc(s);
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (preserveTos) {
    c.expr(value);
  } else if (value !== null) {
    rloc = loc(value);
    c.op(OP.NOP, rloc);
  }
  if (value === null || value.lineno !== s.lineno) {
    rloc = loc(s);
    c.op(OP.NOP, rloc);
  }
  rloc = unwindFblockStack(c, rloc, preserveTos, false).loc;
  if (value === null) c.loadConst(null, rloc);
  else if (!preserveTos) c.loadConst(constantValue(value as ast.Constant), rloc);
  c.op(OP.RETURN_VALUE, rloc);
}

function compileBreak(c: Compiler, s: ast.Break): void {
  c.op(OP.NOP, loc(s));
  const { loc: bloc, loop } = unwindFblockStack(c, loc(s), false, true);
  const after = unwindFblock(c, bloc, loop!, false);
  c.jump(OP.JUMP, loop!.exit!, after);
}

function compileContinue(c: Compiler, s: ast.Continue): void {
  c.op(OP.NOP, loc(s));
  const { loc: cloc, loop } = unwindFblockStack(c, loc(s), false, true);
  c.jump(OP.JUMP, loop!.block!, cloc);
}

/**
 * Emits what leaving the enclosing frame blocks takes (up to the innermost loop if `toLoop`):
 * popping iterators, calling __exit__, running finally bodies. Returns the position to use
 * afterwards and the loop reached.
 */
function unwindFblockStack(c: Compiler, pos: SourcePosition, preserveTos: boolean, toLoop: boolean): { loc: SourcePosition; loop: FrameBlock | null } {
  const fblocks = c.unit.fblocks;
  const top = fblocks[fblocks.length - 1];
  if (top === undefined) return { loc: pos, loop: null };
  if (toLoop && (top.type === FB.WHILE_LOOP || top.type === FB.FOR_LOOP)) return { loc: pos, loop: top };
  fblocks.pop();
  pos = unwindFblock(c, pos, top, preserveTos);
  const result = unwindFblockStack(c, pos, preserveTos, toLoop);
  fblocks.push(top);
  return result;
}

/** Leaves one frame block; returns the position for what follows. */
function unwindFblock(c: Compiler, pos: SourcePosition, info: FrameBlock, preserveTos: boolean): SourcePosition {
  switch (info.type) {
    case FB.WHILE_LOOP:
    case FB.EXCEPTION_HANDLER:
    case FB.EXCEPTION_GROUP_HANDLER:
    case FB.ASYNC_COMPREHENSION_GENERATOR:
      return pos;
    case FB.FOR_LOOP:
    case FB.POP_VALUE:
      // Pop the iterator (or the saved value).
      if (preserveTos) c.emit(OP.SWAP, 2, pos);
      c.op(info.type === FB.FOR_LOOP ? OP.POP_ITER : OP.POP_TOP, pos);
      return pos;
    case FB.TRY_EXCEPT:
      c.op(OP.POP_BLOCK, pos);
      return pos;
    case FB.FINALLY_TRY:
      c.op(OP.POP_BLOCK, pos);
      if (preserveTos) c.pushFblock(FB.POP_VALUE, null, null);
      // The finally body again, inline.
      compileStmts(c, info.datum as ast.Stmt[]);
      if (preserveTos) c.popFblock(FB.POP_VALUE);
      // What follows should appear to run after the finally body: no position of its own.
      return NO_POSITION;
    case FB.FINALLY_END:
      if (preserveTos) c.emit(OP.SWAP, 2, pos);
      c.op(OP.POP_TOP, pos); // the exception
      if (preserveTos) c.emit(OP.SWAP, 2, pos);
      c.op(OP.POP_BLOCK, pos);
      c.op(OP.POP_EXCEPT, pos);
      return pos;
    case FB.WITH:
    case FB.ASYNC_WITH: {
      const wloc = loc(info.datum as ast.With);
      c.op(OP.POP_BLOCK, wloc);
      if (preserveTos) c.emit(OP.SWAP, 2, wloc);
      callExitWithNones(c, wloc);
      if (info.type === FB.ASYNC_WITH) {
        c.emit(OP.GET_AWAITABLE, 2, wloc);
        c.loadConst(null, wloc);
        addYieldFrom(c, wloc, true);
      }
      c.op(OP.POP_TOP, wloc);
      return NO_POSITION;
    }
    case FB.HANDLER_CLEANUP: {
      const name = info.datum as string | null;
      if (name !== null) c.op(OP.POP_BLOCK, pos);
      if (preserveTos) c.emit(OP.SWAP, 2, pos);
      c.op(OP.POP_BLOCK, pos);
      c.op(OP.POP_EXCEPT, pos);
      if (name !== null) {
        c.loadConst(null, pos);
        c.nameOp(name, 'Store', pos);
        c.nameOp(name, 'Del', pos);
      }
      return pos;
    }
  }
}

/** __exit__(None, None, None): the bound __exit__ is below, called as a method with self = None. */
function callExitWithNones(c: Compiler, pos: SourcePosition): void {
  c.loadConst(null, pos);
  c.loadConst(null, pos);
  c.loadConst(null, pos);
  c.emit(OP.CALL, 2, pos);
}

// ---- try ----

/** COPY 3; POP_EXCEPT; RERAISE 1: restore the previous exception, re-raise with the original lasti. */
function popExceptAndReraise(c: Compiler, pos: SourcePosition): void {
  c.emit(OP.COPY, 3, pos);
  c.op(OP.POP_EXCEPT, pos);
  c.emit(OP.RERAISE, 1, pos);
}

function compileTryFinally(c: Compiler, s: ast.Try | ast.TryStar): void {
  const sloc = loc(s);
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  // The try block.
  c.jump(OP.SETUP_FINALLY, end, sloc);
  c.useBlock(body);
  c.pushFblock(FB.FINALLY_TRY, body, end, s.finalbody);
  if (s.handlers.length > 0) {
    if (s._type === 'Try') compileTryExcept(c, s);
    else compileTryStarExcept(c, s);
  } else {
    compileStmts(c, s.body);
  }
  c.op(OP.POP_BLOCK, NO_POSITION);
  c.popFblock(FB.FINALLY_TRY);
  compileStmts(c, s.finalbody);
  c.jump(OP.JUMP, exit, NO_POSITION);
  // The finally block, on an exception.
  c.useBlock(end);
  c.jump(OP.SETUP_CLEANUP, cleanup, NO_POSITION);
  c.op(OP.PUSH_EXC_INFO, NO_POSITION);
  c.pushFblock(FB.FINALLY_END, end, null);
  compileStmts(c, s.finalbody);
  c.popFblock(FB.FINALLY_END);
  c.emit(OP.RERAISE, 0, NO_POSITION);
  c.useBlock(cleanup);
  popExceptAndReraise(c, NO_POSITION);
  c.useBlock(exit);
}

/**
 * try/except[/else]: on an exception the handlers test it in turn; a named one binds it for the
 * handler's body and unbinds it after, even if the body leaves by an exception:
 *
 *     except E as name:            try: body
 *         body             →       finally: name = None; del name
 */
function compileTryExcept(c: Compiler, s: ast.Try): void {
  const sloc = loc(s);
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.jump(OP.SETUP_FINALLY, except, sloc);
  c.useBlock(body);
  c.pushFblock(FB.TRY_EXCEPT, body, null);
  compileStmts(c, s.body);
  c.popFblock(FB.TRY_EXCEPT);
  c.op(OP.POP_BLOCK, NO_POSITION);
  compileStmts(c, s.orelse);
  c.jump(OP.JUMP, end, NO_POSITION);
  c.useBlock(except);
  c.jump(OP.SETUP_CLEANUP, cleanup, NO_POSITION);
  c.op(OP.PUSH_EXC_INFO, NO_POSITION);
  // The runtime pushed the exception: `break`/`return` must know.
  c.pushFblock(FB.EXCEPTION_HANDLER, null, null);
  for (const handler of s.handlers) {
    const hloc = loc(handler);
    except = c.newBlock();
    if (handler.type !== null) {
      c.expr(handler.type);
      c.op(OP.CHECK_EXC_MATCH, hloc);
      c.jump(OP.POP_JUMP_IF_FALSE, except, hloc);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameOp(handler.name, 'Store', hloc);
      c.jump(OP.SETUP_CLEANUP, cleanupEnd, hloc);
      c.useBlock(cleanupBody);
      c.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, handler.name);
      compileStmts(c, handler.body);
      c.popFblock(FB.HANDLER_CLEANUP);
      c.op(OP.POP_BLOCK, NO_POSITION);
      c.op(OP.POP_BLOCK, NO_POSITION);
      c.op(OP.POP_EXCEPT, NO_POSITION);
      unbindName(c, handler.name);
      c.jump(OP.JUMP, end, NO_POSITION);
      // The handler's body raised: unbind, then re-raise.
      c.useBlock(cleanupEnd);
      unbindName(c, handler.name);
      c.emit(OP.RERAISE, 1, NO_POSITION);
    } else {
      const cleanupBody = c.newBlock();
      c.op(OP.POP_TOP, hloc); // the exception
      c.useBlock(cleanupBody);
      c.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, null);
      compileStmts(c, handler.body);
      c.popFblock(FB.HANDLER_CLEANUP);
      c.op(OP.POP_BLOCK, NO_POSITION);
      c.op(OP.POP_EXCEPT, NO_POSITION);
      c.jump(OP.JUMP, end, NO_POSITION);
    }
    c.useBlock(except);
  }
  // No handler matched.
  c.popFblock(FB.EXCEPTION_HANDLER);
  c.emit(OP.RERAISE, 0, NO_POSITION);
  c.useBlock(cleanup);
  popExceptAndReraise(c, NO_POSITION);
  c.useBlock(end);
}

/** `name = None; del name` after a handler that bound the exception. */
function unbindName(c: Compiler, name: string): void {
  c.loadConst(null, NO_POSITION);
  c.nameOp(name, 'Store', NO_POSITION);
  c.nameOp(name, 'Del', NO_POSITION);
}

/**
 * try/except*: each handler splits off the part of the exception group it matches
 * (CHECK_EG_MATCH); what the handlers raise or leave unmatched is collected in a list and
 * re-raised together (INTRINSIC_PREP_RERAISE_STAR). Stack in the handlers: the original group,
 * the list of raised exceptions, the rest still to match.
 */
function compileTryStarExcept(c: Compiler, s: ast.TryStar): void {
  const sloc = loc(s);
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.jump(OP.SETUP_FINALLY, except, sloc);
  c.useBlock(body);
  c.pushFblock(FB.TRY_EXCEPT, body, null);
  compileStmts(c, s.body);
  c.popFblock(FB.TRY_EXCEPT);
  c.op(OP.POP_BLOCK, NO_POSITION);
  c.jump(OP.JUMP, orelse, NO_POSITION);
  c.useBlock(except);
  c.jump(OP.SETUP_CLEANUP, cleanup, NO_POSITION);
  c.op(OP.PUSH_EXC_INFO, NO_POSITION);
  c.pushFblock(FB.EXCEPTION_GROUP_HANDLER, null, null, 'except handler');
  s.handlers.forEach((handler, i) => {
    const hloc = loc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      // [orig] → [orig, [], exc]: a list for what the handlers raise, and the group to split.
      c.emit(OP.BUILD_LIST, 0, hloc);
      c.emit(OP.COPY, 2, hloc);
    }
    if (handler.type !== null) {
      c.expr(handler.type);
      c.op(OP.CHECK_EG_MATCH, hloc);
      c.emit(OP.COPY, 1, hloc);
      c.jump(OP.POP_JUMP_IF_NONE, noMatch, hloc);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (handler.name !== null) c.nameOp(handler.name, 'Store', hloc);
    else c.op(OP.POP_TOP, hloc); // the match
    c.jump(OP.SETUP_CLEANUP, cleanupEnd, hloc);
    c.useBlock(cleanupBody);
    c.pushFblock(FB.HANDLER_CLEANUP, cleanupBody, null, handler.name);
    compileStmts(c, handler.body);
    c.popFblock(FB.HANDLER_CLEANUP);
    c.op(OP.POP_BLOCK, NO_POSITION);
    if (handler.name !== null) unbindName(c, handler.name);
    c.jump(OP.JUMP, except, NO_POSITION);
    // The handler raised: add that to the list.
    c.useBlock(cleanupEnd);
    if (handler.name !== null) unbindName(c, handler.name);
    c.emit(OP.LIST_APPEND, 3, NO_POSITION); // the exception
    c.op(OP.POP_TOP, NO_POSITION); // lasti
    c.jump(OP.JUMP, exceptWithError, NO_POSITION);
    c.useBlock(except);
    c.op(OP.NOP, NO_POSITION);
    c.jump(OP.JUMP, exceptWithError, NO_POSITION);
    c.useBlock(noMatch);
    c.op(OP.POP_TOP, hloc); // the match (None)
    c.useBlock(exceptWithError);
    if (i === s.handlers.length - 1) {
      // What is still unmatched goes in the list too.
      c.emit(OP.LIST_APPEND, 1, NO_POSITION);
      c.jump(OP.JUMP, reraiseStar, NO_POSITION);
    }
  });
  c.popFblock(FB.EXCEPTION_GROUP_HANDLER);
  const reraise = c.newBlock();
  c.useBlock(reraiseStar);
  c.emit(OP.CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_POSITION);
  c.emit(OP.COPY, 1, NO_POSITION);
  c.jump(OP.POP_JUMP_IF_NOT_NONE, reraise, NO_POSITION);
  // Nothing to re-raise.
  c.op(OP.POP_TOP, NO_POSITION);
  c.op(OP.POP_BLOCK, NO_POSITION);
  c.op(OP.POP_EXCEPT, NO_POSITION);
  c.jump(OP.JUMP, end, NO_POSITION);
  c.useBlock(reraise);
  c.op(OP.POP_BLOCK, NO_POSITION);
  c.emit(OP.SWAP, 2, NO_POSITION);
  c.op(OP.POP_EXCEPT, NO_POSITION);
  c.emit(OP.RERAISE, 0, NO_POSITION);
  c.useBlock(cleanup);
  popExceptAndReraise(c, NO_POSITION);
  c.useBlock(orelse);
  compileStmts(c, s.orelse);
  c.useBlock(end);
}

// ---- with ----

/**
 * with: BEFORE_WITH leaves the bound __exit__ below __enter__'s result; the body runs under a
 * handler that calls __exit__ with the exception, re-raising it unless __exit__ returns true.
 */
function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos];
  const sloc = loc(s);
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  c.expr(item.context_expr);
  c.op(OP.BEFORE_WITH, sloc);
  c.jump(OP.SETUP_WITH, final, sloc);
  c.useBlock(block);
  c.pushFblock(FB.WITH, block, final, s);
  if (item.optional_vars !== null) c.expr(item.optional_vars);
  else c.op(OP.POP_TOP, sloc); // __enter__()'s result
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  c.op(OP.POP_BLOCK, NO_POSITION);
  c.popFblock(FB.WITH);
  // Success: __exit__(None, None, None).
  callExitWithNones(c, sloc);
  c.op(OP.POP_TOP, sloc);
  c.jump(OP.JUMP, exit, sloc);
  // An exception: __exit__(type, value, traceback).
  c.useBlock(final);
  const cleanup = c.newBlock();
  c.jump(OP.SETUP_CLEANUP, cleanup, sloc);
  c.op(OP.PUSH_EXC_INFO, sloc);
  c.op(OP.WITH_EXCEPT_START, sloc);
  withExceptFinish(c, cleanup);
  c.useBlock(exit);
}

function compileAsyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  const item = s.items[pos];
  const sloc = loc(s);
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  c.expr(item.context_expr);
  c.op(OP.BEFORE_ASYNC_WITH, sloc);
  c.emit(OP.GET_AWAITABLE, 1, sloc);
  c.loadConst(null, sloc);
  addYieldFrom(c, sloc, true);
  c.jump(OP.SETUP_WITH, final, sloc);
  c.useBlock(block);
  c.pushFblock(FB.ASYNC_WITH, block, final, s);
  if (item.optional_vars !== null) c.expr(item.optional_vars);
  else c.op(OP.POP_TOP, sloc); // __aenter__()'s result
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileAsyncWith(c, s, pos + 1);
  c.popFblock(FB.ASYNC_WITH);
  c.op(OP.POP_BLOCK, sloc);
  callExitWithNones(c, sloc);
  c.emit(OP.GET_AWAITABLE, 2, sloc);
  c.loadConst(null, sloc);
  addYieldFrom(c, sloc, true);
  c.op(OP.POP_TOP, sloc);
  c.jump(OP.JUMP, exit, sloc);
  c.useBlock(final);
  const cleanup = c.newBlock();
  c.jump(OP.SETUP_CLEANUP, cleanup, sloc);
  c.op(OP.PUSH_EXC_INFO, sloc);
  c.op(OP.WITH_EXCEPT_START, sloc);
  c.emit(OP.GET_AWAITABLE, 2, sloc);
  c.loadConst(null, sloc);
  addYieldFrom(c, sloc, true);
  withExceptFinish(c, cleanup);
  c.useBlock(exit);
}

/** After __exit__ returned on an exception: suppress it if the result is true, else re-raise. */
function withExceptFinish(c: Compiler, cleanup: BasicBlock): void {
  const suppress = c.newBlock();
  const exit = c.newBlock();
  c.jump(OP.POP_JUMP_IF_TRUE, suppress, NO_POSITION);
  c.emit(OP.RERAISE, 2, NO_POSITION);
  c.useBlock(suppress);
  c.op(OP.POP_TOP, NO_POSITION); // the exception
  c.op(OP.POP_BLOCK, NO_POSITION);
  c.op(OP.POP_EXCEPT, NO_POSITION);
  c.op(OP.POP_TOP, NO_POSITION); // lasti
  c.op(OP.POP_TOP, NO_POSITION); // __exit__
  c.jump(OP.JUMP, exit, NO_POSITION);
  c.useBlock(cleanup);
  popExceptAndReraise(c, NO_POSITION);
  c.useBlock(exit);
}

// ---- assert, import ----

function compileAssert(c: Compiler, s: ast.Assert): void {
  c.warn(assertWarning(s), s.lineno);
  const end = c.newBlock();
  compileJumpIf(c, loc(s), s.test, end, true);
  const raiseLoc = assertionErrorLocation(s);
  c.op(OP.LOAD_ASSERTION_ERROR, raiseLoc);
  if (s.msg !== null) {
    c.expr(s.msg);
    c.emit(OP.CALL, 0, raiseLoc);
  }
  c.emit(OP.RAISE_VARARGS, 1, raiseLoc);
  c.useBlock(end);
}

/**
 * Where a failed assert raises: CPython 3.11 located it at the last comparison its condition
 * jumps tested (so tracebacks underline `x > 0` in `assert x > 0`), else at the statement.
 */
function assertionErrorLocation(s: ast.Assert): SourcePosition {
  let last: ast.Compare | null = null;
  const visit = (e: ast.Expr): void => {
    if (e._type === 'UnaryOp' && e.op === 'Not') visit(e.operand);
    else if (e._type === 'BoolOp') e.values.forEach(visit);
    else if (e._type === 'IfExp') [e.test, e.body, e.orelse].forEach(visit);
    else if (e._type === 'Compare') last = e;
  };
  visit(s.test);
  return loc(last ?? s);
}

function compileImport(c: Compiler, s: ast.Import): void {
  const sloc = loc(s);
  for (const alias of s.names) {
    c.loadConst(0n, sloc);
    c.loadConst(null, sloc);
    c.named(OP.IMPORT_NAME, alias.name, sloc);
    const dot = alias.name.indexOf('.');
    if (alias.asname === null) {
      // `import a.b.c` binds a.
      c.nameOp(dot < 0 ? alias.name : alias.name.slice(0, dot), 'Store', sloc);
    } else if (dot < 0) {
      c.nameOp(alias.asname, 'Store', sloc);
    } else {
      // `import a.b.c as d` binds the submodule: walk down with IMPORT_FROM.
      const parts = alias.name.split('.').slice(1);
      parts.forEach((part, i) => {
        c.emit(OP.IMPORT_FROM, c.unit.addName(part), sloc);
        if (i < parts.length - 1) {
          c.emit(OP.SWAP, 2, sloc);
          c.op(OP.POP_TOP, sloc);
        }
      });
      c.nameOp(alias.asname, 'Store', sloc);
      c.op(OP.POP_TOP, sloc);
    }
  }
}

function compileImportFrom(c: Compiler, s: ast.ImportFrom): void {
  const sloc = loc(s);
  c.loadConst(BigInt(s.level), sloc);
  c.loadConst(new PyTuple(s.names.map((a) => a.name)), sloc);
  c.named(OP.IMPORT_NAME, s.module ?? '', sloc);
  if (s.names[0].name === '*') {
    c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, sloc);
    c.op(OP.POP_TOP, NO_POSITION);
    return;
  }
  for (const alias of s.names) {
    c.named(OP.IMPORT_FROM, alias.name, sloc);
    c.nameOp(alias.asname ?? alias.name, 'Store', sloc);
  }
  c.op(OP.POP_TOP, sloc); // the module
}
