// The match statement (PEP 634), as CPython 3.12 compiles it.
//
// Each case matches a copy of the subject. A pattern leaves on the stack the values it
// captures (bound to names only once the whole pattern has matched), keeping below them the
// items it still needs (`onTop`). A failed test jumps to a "fail_pop" block that pops exactly
// what is on the stack at that point: failPop[n] pops n items then falls into failPop[n-1].

import type * as ast from './ast.js';
import type { BasicBlock } from './cfg.js';
import { NO_POSITION } from './cfg.js';
import type { SourcePosition } from './code.js';
import { loc, type Compiler } from './codegen.js';
import { binaryOpArg, compareOp, compileJumpIf } from './codegen-expr.js';
import { compileStmts } from './codegen-stmt.js';
import { PyTuple } from './consts.js';
import { OP } from './opcodes.js';

interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack. */
  stores: string[];
  /** An irrefutable pattern is allowed here (the last case, or a guarded one). */
  allowIrrefutable: boolean;
  failPop: BasicBlock[];
  /** Items on the stack above the captured values that a failure must pop too. */
  onTop: number;
}

function isWildcard(p: ast.Pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

function isStarWildcard(p: ast.Pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

export function compileMatch(c: Compiler, s: ast.Match): void {
  c.expr(s.subject);
  const end = c.newBlock();
  const cases = s.cases;
  const lastCase = cases[cases.length - 1];
  // A trailing `case _:` needs no copy of the subject, nor a test.
  const hasDefault = isWildcard(lastCase.pattern) && cases.length > 1;
  const tested = cases.length - (hasDefault ? 1 : 0);
  for (let i = 0; i < tested; i++) {
    const m = cases[i];
    const ploc = loc(m.pattern);
    // Only copy the subject if we're not on the last case.
    if (i !== tested - 1) c.emit(OP.COPY, 1, ploc);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1, failPop: [], onTop: 0 };
    compilePattern(c, m.pattern, pc);
    // A match: bind the captured values (they are on the stack).
    for (const name of pc.stores) c.nameOp(name, 'Store', ploc);
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      compileJumpIf(c, ploc, m.guard, pc.failPop[0], false);
    }
    if (i !== tested - 1) c.op(OP.POP_TOP, ploc); // the subject
    compileStmts(c, m.body);
    c.jump(OP.JUMP, end, NO_POSITION);
    // A failed match's cleanup belongs to the pattern, not to the end of the body.
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    const ploc = loc(lastCase.pattern);
    c.op(OP.NOP, ploc);
    if (lastCase.guard !== null) compileJumpIf(c, ploc, lastCase.guard, end, false);
    compileStmts(c, lastCase.body);
  }
  c.useBlock(end);
}

// ---- failure paths ----

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

/** Jumps (with `op`) to the block popping what is on the stack now: items on top, captures. */
function jumpToFailPop(c: Compiler, pos: SourcePosition, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(op, pc.failPop[pops], pos);
}

function emitAndResetFailPop(c: Compiler, pos: SourcePosition, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useBlock(pc.failPop[i]);
    c.op(OP.POP_TOP, pos);
  }
  c.useBlock(pc.failPop[0]);
  pc.failPop = [];
}

/** Moves TOS down `count - 1` places (3.10's ROT_N, as SWAPs). */
function rotate(c: Compiler, pos: SourcePosition, count: number): void {
  while (count > 1) c.emit(OP.SWAP, count--, pos);
}

/** Keeps TOS as the value of a capture, below what must stay on top (or drops it for `_`). */
function storeName(c: Compiler, pos: SourcePosition, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.op(OP.POP_TOP, pos);
    return;
  }
  if (pc.stores.includes(name)) throw new Error(`multiple assignments to name '${name}' in pattern`);
  rotate(c, pos, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

// ---- patterns ----

function compilePattern(c: Compiler, p: ast.Pattern, pc: PatternContext): void {
  const ploc = loc(p);
  switch (p._type) {
    case 'MatchValue':
      c.expr(p.value);
      compareOp(c, 'Eq', ploc);
      jumpToFailPop(c, ploc, pc, OP.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSingleton':
      c.loadConst(p.value, ploc);
      compareOp(c, 'Is', ploc);
      jumpToFailPop(c, ploc, pc, OP.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence':
      return compileSequencePattern(c, p, pc);
    case 'MatchMapping':
      return compileMappingPattern(c, p, pc);
    case 'MatchClass':
      return compileClassPattern(c, p, pc);
    case 'MatchStar':
      return storeName(c, ploc, p.name, pc);
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) throw new Error('irrefutable pattern makes remaining patterns unreachable');
        return storeName(c, ploc, p.name, pc);
      }
      // Keep a copy to store if the inner pattern matches.
      pc.onTop++;
      c.emit(OP.COPY, 1, ploc);
      compilePattern(c, p.pattern, pc);
      pc.onTop--;
      return storeName(c, ploc, p.name, pc);
    case 'MatchOr':
      return compileOrPattern(c, p, pc);
  }
}

/** A pattern inside another: may be irrefutable. */
function compileSubpattern(c: Compiler, p: ast.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function compileSequencePattern(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const ploc = loc(p);
  const patterns = p.patterns;
  const size = patterns.length;
  const star = patterns.findIndex((sub) => sub._type === 'MatchStar');
  const starWildcard = star >= 0 && isStarWildcard(patterns[star]);
  const onlyWildcards = patterns.every((sub) => isWildcard(sub) || isStarWildcard(sub));
  // The subject stays on top during the sequence and length checks.
  pc.onTop++;
  c.op(OP.MATCH_SEQUENCE, ploc);
  jumpToFailPop(c, ploc, pc, OP.POP_JUMP_IF_FALSE);
  if (star < 0) lengthCheck(c, ploc, pc, size, 'Eq');
  else lengthCheck(c, ploc, pc, size - 1, 'GtE');
  // Whatever comes next consumes the subject.
  pc.onTop--;
  if (onlyWildcards) {
    c.op(OP.POP_TOP, ploc);
  } else if (starWildcard) {
    sequenceBySubscript(c, ploc, patterns, star, pc);
  } else {
    sequenceByUnpacking(c, ploc, patterns, star, pc);
  }
}

function lengthCheck(c: Compiler, pos: SourcePosition, pc: PatternContext, n: number, op: 'Eq' | 'GtE'): void {
  c.op(OP.GET_LEN, pos);
  c.loadConst(BigInt(n), pos);
  compareOp(c, op, pos);
  jumpToFailPop(c, pos, pc, OP.POP_JUMP_IF_FALSE);
}

/** UNPACK_SEQUENCE (or UNPACK_EX) the subject, then match each item. */
function sequenceByUnpacking(c: Compiler, pos: SourcePosition, patterns: ast.Pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  if (star < 0) c.emit(OP.UNPACK_SEQUENCE, size, pos);
  else c.emit(OP.UNPACK_EX, star + ((size - star - 1) << 8), pos);
  // The items stay on the stack until their subpattern has run.
  pc.onTop += size;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
}

/**
 * With a `*_` wildcard, only the items the other subpatterns need are fetched, by index
 * (counting from the end after the star: the subject may not support negative indexes).
 */
function sequenceBySubscript(c: Compiler, pos: SourcePosition, patterns: ast.Pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  pc.onTop++;
  patterns.forEach((sub, i) => {
    if (isWildcard(sub) || i === star) return;
    c.emit(OP.COPY, 1, pos);
    if (i < star) {
      c.loadConst(BigInt(i), pos);
    } else {
      c.op(OP.GET_LEN, pos);
      c.loadConst(BigInt(size - i), pos);
      c.emit(OP.BINARY_OP, binaryOpArg('Sub', false), pos);
    }
    c.op(OP.BINARY_SUBSCR, pos);
    compileSubpattern(c, sub, pc);
  });
  pc.onTop--;
  c.op(OP.POP_TOP, pos); // the subject
}

function compileMappingPattern(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const ploc = loc(p);
  const size = p.keys.length;
  // The subject stays on top during the mapping and length checks.
  pc.onTop++;
  c.op(OP.MATCH_MAPPING, ploc);
  jumpToFailPop(c, ploc, pc, OP.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === null) {
    // `{}` matches any mapping.
    pc.onTop--;
    c.op(OP.POP_TOP, ploc);
    return;
  }
  if (size > 0) lengthCheck(c, ploc, pc, size, 'GtE');
  for (const key of p.keys) c.expr(key);
  c.emit(OP.BUILD_TUPLE, size, ploc);
  c.op(OP.MATCH_KEYS, ploc);
  // Now the keys tuple and the values tuple (or None) are on top of the subject.
  pc.onTop += 2;
  c.emit(OP.COPY, 1, ploc);
  c.loadConst(null, ploc);
  c.emit(OP.IS_OP, 1, ploc);
  jumpToFailPop(c, ploc, pc, OP.POP_JUMP_IF_FALSE);
  c.emit(OP.UNPACK_SEQUENCE, size, ploc);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
  // A match: what follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (p.rest === null) {
    c.op(OP.POP_TOP, ploc); // the keys
    c.op(OP.POP_TOP, ploc); // the subject
    return;
  }
  // rest = dict(subject), minus the matched keys.
  c.emit(OP.BUILD_MAP, 0, ploc); // [subject, keys, {}]
  c.emit(OP.SWAP, 3, ploc); // [{}, keys, subject]
  c.emit(OP.DICT_UPDATE, 2, ploc); // [copy, keys]
  c.emit(OP.UNPACK_SEQUENCE, size, ploc); // [copy, keys...]
  for (let left = size; left > 0; left--) {
    c.emit(OP.COPY, 1 + left, ploc); // [copy, keys..., copy]
    c.emit(OP.SWAP, 2, ploc); // [copy, keys..., copy, key]
    c.op(OP.DELETE_SUBSCR, ploc); // [copy, keys...]
  }
  storeName(c, ploc, p.rest, pc);
}

function compileClassPattern(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const ploc = loc(p);
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  c.expr(p.cls);
  c.loadConst(new PyTuple(p.kwd_attrs), ploc);
  c.emit(OP.MATCH_CLASS, nargs, ploc);
  c.emit(OP.COPY, 1, ploc);
  c.loadConst(null, ploc);
  c.emit(OP.IS_OP, 1, ploc);
  // TOS is now a tuple of (nargs + nattrs) attributes, or None.
  pc.onTop++;
  jumpToFailPop(c, ploc, pc, OP.POP_JUMP_IF_FALSE);
  c.emit(OP.UNPACK_SEQUENCE, nargs + nattrs, ploc);
  pc.onTop += nargs + nattrs - 1;
  for (const sub of [...p.patterns, ...p.kwd_patterns]) {
    pc.onTop--;
    if (isWildcard(sub)) c.op(OP.POP_TOP, ploc);
    else compileSubpattern(c, sub, pc);
  }
}

/**
 * Alternatives each match a copy of the subject with a fresh context; all must capture the same
 * names, and their values are put in the first alternative's order before joining.
 */
function compileOrPattern(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const ploc = loc(p);
  const end = c.newBlock();
  const outer = { ...pc };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    const aloc = loc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && outer.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(OP.COPY, 1, aloc);
    compilePattern(c, alt, pc);
    if (control === null) {
      control = pc.stores;
    } else {
      if (pc.stores.length !== control.length) throw new Error('alternative patterns bind different names');
      reorderCaptures(c, aloc, pc.stores, control);
    }
    c.jump(OP.JUMP, end, aloc);
    emitAndResetFailPop(c, aloc, pc);
  });
  Object.assign(pc, outer);
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.op(OP.POP_TOP, ploc);
  jumpToFailPop(c, ploc, pc, OP.JUMP);
  c.useBlock(end);
  const names: string[] = control!;
  // Between the new captures and where they belong: the other captures, the copy of the
  // subject, what is on top, and the captures made before this pattern.
  const rotations = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, ploc, rotations);
    if (pc.stores.includes(name)) throw new Error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.op(OP.POP_TOP, ploc); // the copy of the subject
}

/** Rotates an alternative's captured values (and `stores`) into `control`'s order. */
function reorderCaptures(c: Compiler, pos: SourcePosition, stores: string[], control: string[]): void {
  for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
    const istores = stores.indexOf(control[icontrol]);
    if (istores < 0) throw new Error('alternative patterns bind different names');
    if (istores === icontrol) continue;
    const rotations = istores + 1;
    const rotated = stores.splice(0, rotations);
    stores.splice(icontrol - istores, 0, ...rotated);
    for (let r = 0; r < rotations; r++) rotate(c, pos, icontrol + 1);
  }
}
