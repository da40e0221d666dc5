// The code verifier: before a code object runs, check that every path through it keeps the value
// stack consistent, so the eval loop can trust the image without checking depths as it runs.
// Follows every reachable instruction (from the entry and from every exception handler) with the
// stack depth it has there, using the opcode table's stack effects (generated from
// compiler/opcodes.ts). A path must never pop more than it holds, never exceed the declared
// stacksize, and reach each instruction with the same depth whichever way it comes; jumps land
// on instruction starts; no path runs off the end. (An exception handler expecting more values
// than the raising instruction left gets None in the missing slots: interp/ops.ts findHandler.)
// The few instructions whose meaning depends on the code's kind or on its local slots are
// checked too (generator prologue, cell slots, keyword-name tuples).

import { OPCODE_CACHE, OPCODE_JUMP, JUMP_CONDITIONAL, JUMP_UNCONDITIONAL, JUMP_EXIT, OP_EXTENDED_ARG,
  OP_KW_NAMES, OP_CALL, OP_MAKE_CELL, OP_COPY_FREE_VARS, OP_RETURN_GENERATOR, OP_YIELD_VALUE,
  OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF, OP_LOAD_CLOSURE, OP_LOAD_FROM_DICT_OR_DEREF,
  OP_STORE_FAST, OP_DELETE_FAST, OP_LOAD_FAST_AND_CLEAR,
  stackPop, stackPush, stackJumpPush } from './generated/opcodes';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, LOCAL_KIND_CELL, LOCAL_KIND_FREE } from './generated/image-format';
import { alloc } from './heap';
import { KIND_RAW, KIND_STR, KIND_TUPLE, kindOfPtr } from './object';
import { isPtr, ptrOf } from './value';
import { tupleGet, tupleLength } from './objects/tuple';
import * as C from './objects/code';

// Per word: NOT_START (inside an instruction: EXTENDED_ARG's operand or cache words), UNSEEN (an
// instruction start no path has reached yet), or SEEN + the stack depth on arrival.
const NOT_START: u32 = 0;
const UNSEEN: u32 = 1;
const SEEN: u32 = 2;

/** The code being verified. */
let words: usize = 0;
let count: u32 = 0;
let stacksize: u32 = 0;
let states: usize = 0;
let worklist: usize = 0;
let pending: u32 = 0;
/** Index of the first instruction after the prologue (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR). */
let bodyStart: u32 = 0;

/** Why the last verification failed, and at which instruction (for the error message). */
export let verifyProblem: string = '';
export let verifyIndex: u32 = 0;

function reject(problem: string, at: u32): bool {
  verifyProblem = problem;
  verifyIndex = at;
  return false;
}

/** True when every path through `code` (already range-checked by image.ts) keeps the stack sound. */
export function verifyCode(code: usize): bool {
  words = C.codeWords(code);
  count = load<u32>(code + C.CODE_WORDCOUNT);
  stacksize = load<u32>(code + C.CODE_STACKSIZE);
  const scratch = alloc(8 + (<usize>count << 3), 0, KIND_RAW) + 8;
  states = scratch;
  worklist = scratch + (<usize>count << 2);
  pending = 0;
  markStarts();
  if (!checkPrologue(code)) return false;
  if (!arrive(0, 0, 0)) return false;
  if (!seedHandlers(code)) return false;
  while (pending > 0) {
    pending--;
    const at = load<u32>(worklist + (<usize>pending << 2));
    if (!step(code, at, load<u32>(states + (<usize>at << 2)) - SEEN)) return false;
  }
  return true;
}

// @ts-ignore: decorator
@inline function opAt(i: u32): u32 {
  return load<u32>(words + (<usize>i << 2)) & 0xFF;
}

// @ts-ignore: decorator
@inline function rawArgAt(i: u32): u32 {
  return load<u32>(words + (<usize>i << 2)) >> 8;
}

/** Marks where instructions start: an EXTENDED_ARG chain and the instruction it extends count as one. */
function markStarts(): void {
  let i: u32 = 0;
  while (i < count) {
    store<u32>(states + (<usize>i << 2), UNSEEN);
    while (i < count && opAt(i) == OP_EXTENDED_ARG) i++;
    if (i < count) i += 1 + <u32>OPCODE_CACHE[opAt(i)];
  }
}

/**
 * MAKE_CELL and COPY_FREE_VARS may appear only at the very start, then RETURN_GENERATOR exactly
 * when the code is a generator, coroutine or async generator; none of them anywhere else, and
 * YIELD_VALUE only in generator code.
 */
function checkPrologue(code: usize): bool {
  let i: u32 = 0;
  while (i < count && (opAt(i) == OP_MAKE_CELL || opAt(i) == OP_COPY_FREE_VARS)) i++;
  const isGenerator = (load<u32>(code + C.CODE_FLAGS) & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
  if (isGenerator) {
    if (i >= count || opAt(i) != OP_RETURN_GENERATOR) return reject('generator code without RETURN_GENERATOR', i);
    i++;
  }
  bodyStart = i;
  if (!prologueFillsClosureSlots(code)) return false;
  for (let j = i; j < count; j++) {
    if (load<u32>(states + (<usize>j << 2)) == NOT_START) continue;
    const op = opAt(j);
    if (op == OP_MAKE_CELL || op == OP_COPY_FREE_VARS || op == OP_RETURN_GENERATOR) return reject('prologue instruction in the body', j);
    if (op == OP_YIELD_VALUE && !isGenerator) return reject('YIELD_VALUE outside generator code', j);
  }
  return true;
}

/**
 * The prologue makes every cell slot a cell exactly once (MAKE_CELL on it) and fills the free
 * slots once (COPY_FREE_VARS), so the *_DEREF instructions always find a cell there.
 */
function prologueFillsClosureSlots(code: usize): bool {
  let makeCells: u32 = 0;
  let copies: u32 = 0;
  for (let i: u32 = 0; i < bodyStart; i++) {
    if (opAt(i) == OP_COPY_FREE_VARS) {
      copies++;
      continue;
    }
    if (opAt(i) != OP_MAKE_CELL) continue;
    const slot = rawArgAt(i);
    if ((slotKind(code, slot) & (LOCAL_KIND_CELL | LOCAL_KIND_FREE)) != LOCAL_KIND_CELL) return reject('MAKE_CELL on a slot that is not a cell', i);
    for (let j: u32 = 0; j < i; j++) {
      if (opAt(j) == OP_MAKE_CELL && rawArgAt(j) == slot) return reject('MAKE_CELL twice on one slot', i);
    }
    makeCells++;
  }
  if (makeCells != load<u32>(code + C.CODE_NCELLS)) return reject('cell slots without MAKE_CELL', 0);
  if (copies != (load<u32>(code + C.CODE_NFREES) > 0 ? 1 : 0)) return reject('free variables without one COPY_FREE_VARS', 0);
  return true;
}

/** Exception handlers start with their depth, plus lasti if asked, plus the exception. */
function seedHandlers(code: usize): bool {
  const n = load<u32>(code + C.CODE_HANDLERCOUNT);
  const table = <usize>load<u32>(code + C.CODE_HANDLERS) + 8;
  for (let h: u32 = 0; h < n; h++) {
    const depthAndLasti = load<u32>(table + (<usize>h << 4), 12);
    const target = load<u32>(table + (<usize>h << 4), 8);
    if (!arriveByJump(target, (depthAndLasti >> 1) + (depthAndLasti & 1) + 1, target)) return false;
  }
  return true;
}

/** Jumps and handlers never lead back into the prologue (it runs once, on entry). */
function arriveByJump(at: u32, depth: i64, from: u32): bool {
  if (at < bodyStart) return reject('jump into the prologue', from);
  return arrive(at, depth, from);
}

/** A path from instruction `from` reaches instruction `at` with `depth` values on the stack. */
function arrive(at: u32, depth: i64, from: u32): bool {
  if (at >= count) return reject('execution runs off the end of the code', from);
  if (depth > <i64>stacksize) return reject('stack deeper than stacksize', from);
  const slot = states + (<usize>at << 2);
  const state = load<u32>(slot);
  if (state == NOT_START) return reject('jump into the middle of an instruction', from);
  if (state == UNSEEN) {
    store<u32>(slot, SEEN + <u32>depth);
    store<u32>(worklist + (<usize>pending << 2), at);
    pending++;
    return true;
  }
  return state == SEEN + <u32>depth || reject('stack depths differ where paths meet', from);
}

/** Follows the instruction starting at `start` (an EXTENDED_ARG chain counts as one) to its successors. */
function step(code: usize, start: u32, depth: u32): bool {
  let i = start;
  let arg: u32 = 0;
  while (opAt(i) == OP_EXTENDED_ARG) {
    arg = rawArgAt(i) | (arg << 24);
    i++;
  }
  const op = opAt(i);
  arg = rawArgAt(i) | (arg << 24);
  const pops = stackPop(op, arg);
  if (pops > <i64>depth) return reject('stack underflow', i);
  const base = <i64>depth - pops;
  if (!operandsValid(code, op, arg, i)) return false;
  const kind = OPCODE_JUMP[op];
  if (kind == JUMP_EXIT) return true;
  if (kind == JUMP_CONDITIONAL || kind == JUMP_UNCONDITIONAL) {
    if (!arriveByJump(arg, base + stackJumpPush(op, arg), i)) return false;
    if (kind == JUMP_UNCONDITIONAL) return true;
  }
  return arrive(i + 1 + <u32>OPCODE_CACHE[op], base + stackPush(op, arg), i);
}

/** Operands whose validity depends on more than a table's length (image.ts checks those). */
function operandsValid(code: usize, op: u32, arg: u32, i: u32): bool {
  switch (op) {
    case OP_KW_NAMES:
      return kwNamesValid(code, arg, i + 1) || reject('KW_NAMES without a tuple of names for the next CALL', i);
    case OP_MAKE_CELL: case OP_LOAD_CLOSURE: case OP_LOAD_DEREF: case OP_STORE_DEREF:
    case OP_DELETE_DEREF: case OP_LOAD_FROM_DICT_OR_DEREF:
      return isCellSlot(code, arg) || reject('cell operation on a plain local', i);
    case OP_COPY_FREE_VARS:
      return arg == load<u32>(code + C.CODE_NFREES) || reject('COPY_FREE_VARS count differs from the free variables', i);
    case OP_STORE_FAST: case OP_DELETE_FAST: case OP_LOAD_FAST_AND_CLEAR:
      return (slotKind(code, arg) & (LOCAL_KIND_CELL | LOCAL_KIND_FREE)) == 0 || reject('plain store into a cell slot', i);
  }
  return true;
}

/** KW_NAMES names a tuple of strings and comes right before the CALL that consumes it. */
function kwNamesValid(code: usize, arg: u32, next: u32): bool {
  const names = tupleGet(<usize>load<u32>(code + C.CODE_CONSTS), <i32>arg);
  if (!isPtr(names) || kindOfPtr(ptrOf(names)) != KIND_TUPLE) return false;
  const tuple = ptrOf(names);
  const n = tupleLength(tuple);
  for (let k = 0; k < n; k++) {
    const name = tupleGet(tuple, k);
    if (!isPtr(name) || kindOfPtr(ptrOf(name)) != KIND_STR) return false;
  }
  return next < count && opAt(next) == OP_CALL && <i32>rawArgAt(next) >= n;
}

function slotKind(code: usize, slot: u32): i32 {
  return <i32>load<u8>(<usize>load<u32>(code + C.CODE_LOCALSPLUSKINDS) + 8 + slot);
}

function isCellSlot(code: usize, slot: u32): bool {
  return (slotKind(code, slot) & (LOCAL_KIND_CELL | LOCAL_KIND_FREE)) != 0;
}
