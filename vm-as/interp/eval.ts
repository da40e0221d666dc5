// The eval loop: one function, one dispatch switch, with the instruction pointer, stack pointer
// and frame in locals. Python-to-Python calls and generator resumptions switch frames inside
// the loop (no Wasm recursion). Errors follow CPython's convention: an operation that fails
// leaves the exception in the error indicator and the case `break`s out of the switch to the
// unwinder below it; every case that succeeds ends with `continue`.

import { Value, NULL, NONE, TRUE, FALSE, isSmallInt, isFloat, isPtr, intOf, floatOf, smallInt,
  floatValue, ptrOf, ptrValue, fitsSmallInt, smallIntOrNull, bothSmallInts, surelyBothFloats } from '../value';
import * as O from '../generated/opcodes';
import { FRAME_CODE, FRAME_FUNC, FRAME_GLOBALS, FRAME_BUILTINS, FRAME_BACK, FRAME_IP, FRAME_SP,
  FRAME_LOCALS, FRAME_FLAGS, FRAME_OWNER, FRAME_RESUME_MODE, FRAME_LASTI, FRAME_HEADER,
  FRAME_ENTRY, FRAME_IN_GENERATOR, FRAME_INLINE_CORO, popFrameMemory, setCurrentFrame, frameStackTop, frameStackLimit,
  setFrameStackTop } from './frame';
import * as C from '../objects/code';
import { tupleGet, tupleItems, tupleLength } from '../objects/tuple';
import { FUNC_CODE, FUNC_GLOBALS as FN_GLOBALS, FUNC_BUILTINS as FN_BUILTINS } from '../objects/function';
import { DICT_VERSION, DICT_ENTRIES } from '../objects/dict';
import { ATTR_METHOD, cachedLoad, cachedStore, sharedLoadCache, sharedStoreCache, loadAttrAndFill,
  storeAttrAndFill } from './attr-cache';
import { TYPE_VERSION, TYPE_DICT } from '../types';
import { KIND_FUNCTION, KIND_GENERATOR, kindOfPtr, typeOfPtr } from '../object';
import { listType, LIST_LENGTH, LIST_ITEMS } from '../objects/list';
import { endedFastIterator } from '../objects/iterators';
import { tupleType, TUPLE_LENGTH, TUPLE_ITEMS } from '../objects/tuple';
import { gcRequested, memoryExhausted } from '../heap';
import { attention, clearAttention, requestAttention, ATTENTION_INTERRUPT, ATTENTION_HOST_WAIT } from '../attention';
import { collect } from '../gc';
import { currentExc, fetchExc, restoreExc, errOccurred } from '../errors';
import { newFrameForCall, leaveFrameDepth, enterFrameDepth } from './call';
import * as A from '../abstract';
import * as X from './ops';
import * as G from './image-guards';
import * as Q from './quicken';
import * as D from './delegation-chain';
import * as H from './handled-exc';
import { GEN_STATE, GEN_RUNNING, GEN_SUSPENDED, GEN_FINISHED, GEN_SAVED_EXC, GEN_FRAME } from '../objects/generator';
import { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } from '../generated/opcodes';

/** How evalFrame ended, for callers that need more than the result. */
export const STATUS_RETURNED: i32 = 0;
export const STATUS_YIELDED: i32 = 1;
export const STATUS_RAISED: i32 = 2;
/** The slice budget ran out; the host calls resumeSlice() to continue. */
export const STATUS_SLICE: i32 = 3;
export let evalStatus: i32 = STATUS_RETURNED;

/** Resumption modes of a generator frame (low 2 bits of FRAME_RESUME_MODE; the rest: jump target). */
export const RESUME_ENTRY: u32 = 0;
export const RESUME_FOR_ITER: u32 = 1;
export const RESUME_SEND: u32 = 2;
/** Resumed by a call of gen.send(v) / next(gen) in Python code: it yields the call's result. */
export const RESUME_CALL: u32 = 3;

/**
 * Safe points (calls and backward jumps) between returns to the host. Slices start short and
 * double: V8 runs new code in its baseline compiler and can only switch a function to its
 * optimised version when the function is called again, so early slices must end soon. They stay
 * short (about a millisecond of optimised code; a slice costs a microsecond) because the
 * optimised code may come late, when the machine is busy.
 */
const FIRST_SLICE: i32 = 1 << 10;
const LONGEST_SLICE: i32 = 1 << 16;
let sliceBudget: i32 = FIRST_SLICE;
/** Nested evalFrame activations (natives calling back into Python). Only the outermost slices. */
let evalDepth: i32 = 0;
/**
 * Whether the loop running now may return to the host at its next safe point: it is the
 * outermost one (no native code between it and the host) and slices may end.
 */
export function canReturnToHost(): bool {
  return evalDepth == 1 && X.slicesEnabled;
}
/** The frame a slice stopped in. */
export let slicedFrame: usize = 0;
/** Set by the host to interrupt the program (KeyboardInterrupt at the next safe point). */
export let interruptRequested: bool = false;

export function requestInterrupt(): void {
  interruptRequested = true;
  requestAttention(ATTENTION_INTERRUPT);
}

/** Runs frames from `start` until the bottom frame (flagged FRAME_ENTRY) returns, yields or raises. */
export function evalFrame(start: usize): Value {
  evalDepth++;
  const result = run(start, -1);
  evalDepth--;
  return result;
}

/**
 * Like evalFrame, but first raises the pending exception inside `start` as if instruction
 * `index` had raised it (generator.throw(): the exception appears where the generator paused).
 */
export function evalFrameThrow(start: usize, index: i32): Value {
  evalDepth++;
  const result = run(start, index);
  evalDepth--;
  return result;
}

// What the unwinder needs to know about the error a case `break`s with (globals, as they are set
// only on the way to the unwinder, which resets them).
/** True when the error being unwound is a re-raise (no new traceback entry). */
let reraising = false;
/** Where the exception appears when not at the current instruction (evalFrameThrow); -1 otherwise. */
let raisedAt: i32 = -1;

/** The keyword names KW_NAMES sets for the CALL that follows it (a global: rare, and the loop
 * keeps its registers for the hot values). */
let callKwNames: Value = NULL;

/** A pseudo-instruction the loop starts at to unwind an exception thrown into a frame. */
const THROW_WORD = memory.data<u32>([O.FIRST_VM_OPCODE]);

/**
 * A safe point: collect garbage if asked, raise MemoryError or KeyboardInterrupt if pending.
 * The frame's ip and sp must be saved. Returns false when an exception was raised.
 */
function safePoint(f: usize): bool {
  setCurrentFrame(f);
  if (gcRequested || memoryExhausted) {
    collect();
    if (memoryExhausted) return X.raiseMemoryError();
    X.afterCollection();
  }
  if (interruptRequested) {
    interruptRequested = false;
    clearAttention(ATTENTION_INTERRUPT);
    return X.raiseKeyboardInterrupt();
  }
  return true;
}

// @ts-ignore: decorator
@inline function push(sp: usize, v: Value): usize {
  store<u64>(sp, v);
  return sp + 8;
}

/** Local variable i of frame f (FRAME_HEADER as the access offset: no add in the loop). */
// @ts-ignore: decorator
@inline function getLocal(f: usize, i: u32): Value {
  return load<u64>(f + (<usize>i << 3), FRAME_HEADER);
}

// @ts-ignore: decorator
@inline function setLocal(f: usize, i: u32, v: Value): void {
  store<u64>(f + (<usize>i << 3), v, FRAME_HEADER);
}

/**
 * BINARY_OP beyond the loop's fast paths: other number pairs, then the general protocol (a
 * function of its own, so the loop stays small). NULL with the error set when it fails.
 */
function binaryOpInFrame(f: usize, sp: usize, a: Value, b: Value, op: u32): Value {
  const r = X.numberBinary(a, b, op);
  if (r != NULL) return r;
  store<u32>(f + FRAME_SP, <u32>sp);
  setCurrentFrame(f);
  return A.binaryOp(a, b, op);
}

// For each comparison operator a nibble: bit i is set when it holds for operands whose order
// is i (0 less, 1 equal, 2 greater, 3 unordered: a NaN).
const CMP_OUTCOMES: u32 = (0x1 << (CMP_LT << 2)) | (0x3 << (CMP_LE << 2)) | (0x2 << (CMP_EQ << 2)) |
  (0xD << (CMP_NE << 2)) | (0x4 << (CMP_GT << 2)) | (0x6 << (CMP_GE << 2));

/** 1 when comparison operator op holds for operands in order `order` (see CMP_OUTCOMES), else 0. */
// @ts-ignore: decorator
@inline function comparisonHolds(op: u32, order: i32): i32 {
  return (CMP_OUTCOMES >> ((op << 2) + <u32>order)) & 1;
}

/** Name i of the code object (co_names). */
// @ts-ignore: decorator
@inline function nameAt(code: usize, i: u32): Value {
  return load<u64>(tupleItems(<usize>load<u32>(code + C.CODE_NAMES)) + (<usize>i << 3));
}

function run(start: usize, throwAt: i32): Value {
  let f = start;
  let code = <usize>load<u32>(f + FRAME_CODE);
  let words = C.codeWords(code);
  let ip = <usize>load<u32>(f + FRAME_IP);
  let sp = <usize>load<u32>(f + FRAME_SP);
  let consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
  let extArg: u32 = 0;
  let budget: i32 = sliceBudget;
  let at = ip;
  if (throwAt >= 0) {
    raisedAt = throwAt;
    ip = THROW_WORD;
  }

  while (true) {
    at = ip;
    const word = load<u32>(ip);
    ip += 4;
    const op = word & 0xFF;
    const arg = (word >> 8) | extArg;
    extArg = 0;
    switch (op) {
      case O.OP_NOP: continue;
      case O.OP_EXTENDED_ARG: {
        extArg = arg << 8;
        continue;
      }
      case O.OP_POP_TOP: {
        sp -= 8;
        continue;
      }
      case O.OP_POP_ITER: {
        sp -= 8;
        const it = load<u64>(sp);
        if (isPtr(it) && kindOfPtr(ptrOf(it)) == KIND_GENERATOR) {
          store<u32>(f + FRAME_IP, <u32>ip);
          store<u32>(f + FRAME_SP, <u32>sp);
          store<u32>(f + FRAME_LASTI, <u32>((at - words) >> 2));
          setCurrentFrame(f);
          X.dropLoopGenerator(ptrOf(it));
        }
        continue;
      }
      case O.OP_PUSH_NULL: {
        sp = push(sp, NULL);
        continue;
      }
      case O.OP_COPY: {
        sp = push(sp, load<u64>(sp - (<usize>arg << 3)));
        continue;
      }
      case O.OP_SWAP: {
        const other = sp - (<usize>arg << 3);
        const top = load<u64>(sp - 8);
        store<u64>(sp - 8, load<u64>(other));
        store<u64>(other, top);
        continue;
      }
      case O.OP_RESUME: {
        if (--budget < 0 || attention != 0) {
          store<u32>(f + FRAME_IP, <u32>ip);
          store<u32>(f + FRAME_SP, <u32>sp);
          if (budget < 0 || (attention & ATTENTION_HOST_WAIT) != 0) {
            if (sliceBudget < LONGEST_SLICE) sliceBudget <<= 1;
            budget = sliceBudget;
            if (evalDepth == 1 && X.slicesEnabled) {
              clearAttention(ATTENTION_HOST_WAIT);
              slicedFrame = f;
              evalStatus = STATUS_SLICE;
              return NULL;
            }
          }
          if (!safePoint(f)) break;
        }
        continue;
      }
      case O.OP_LOAD_CONST: {
        sp = push(sp, load<u64>(consts + (<usize>arg << 3)));
        continue;
      }
      case O.OP_LOAD_FAST: {
        sp = push(sp, getLocal(f, arg));
        continue;
      }
      case O.OP_LOAD_FAST_CHECK: {
        const v = getLocal(f, arg);
        if (v == NULL) {
          X.raiseUnboundLocal(code, arg);
          break;
        }
        sp = push(sp, v);
        continue;
      }
      case O.OP_LOAD_FAST_AND_CLEAR: {
        sp = push(sp, getLocal(f, arg));
        setLocal(f, arg, NULL);
        continue;
      }
      case O.OP_STORE_FAST: {
        sp -= 8;
        setLocal(f, arg, load<u64>(sp));
        continue;
      }
      case O.OP_DELETE_FAST: {
        if (getLocal(f, arg) == NULL) {
          X.raiseUnboundLocal(code, arg);
          break;
        }
        setLocal(f, arg, NULL);
        continue;
      }
      case O.OP_MAKE_CELL: {
        setLocal(f, arg, X.newCellValue(getLocal(f, arg)));
        continue;
      }
      case O.OP_LOAD_CLOSURE: {
        sp = push(sp, getLocal(f, arg));
        continue;
      }
      case O.OP_LOAD_DEREF: {
        const v = X.cellGet(getLocal(f, arg));
        if (v == NULL) {
          X.raiseUnboundDeref(code, arg);
          break;
        }
        sp = push(sp, v);
        continue;
      }
      case O.OP_STORE_DEREF: {
        sp -= 8;
        X.cellSet(getLocal(f, arg), load<u64>(sp));
        continue;
      }
      case O.OP_DELETE_DEREF: {
        const cell = getLocal(f, arg);
        if (X.cellGet(cell) == NULL) {
          X.raiseUnboundDeref(code, arg);
          break;
        }
        X.cellSet(cell, NULL);
        continue;
      }
      case O.OP_COPY_FREE_VARS: {
        X.copyFreeVars(f, code, arg);
        continue;
      }
      case O.OP_LOAD_GLOBAL: {
        if (arg & 1) sp = push(sp, NULL);
        // The cache remembers where the name was found while the dicts keep their versions (a
        // name found in globals needs only theirs).
        const globals = <usize>load<u32>(f + FRAME_GLOBALS);
        const slot = load<u32>(ip, 8);
        let v: Value;
        if (load<u32>(ip) == load<u32>(globals + DICT_VERSION) &&
          ((slot & 1) == 0 || load<u32>(ip, 4) == load<u32>(<usize>load<u32>(f + FRAME_BUILTINS) + DICT_VERSION))) {
          const dict = (slot & 1) ? <usize>load<u32>(f + FRAME_BUILTINS) : globals;
          v = load<u64>(<usize>load<u32>(dict + DICT_ENTRIES) + (<usize>(slot >> 1) << 4) + 8);
        } else {
          v = X.loadGlobal(f, nameAt(code, arg >> 1), ip);
        }
        ip += 12;
        if (v == NULL) break;
        sp = push(sp, v);
        continue;
      }
      case O.OP_STORE_GLOBAL: {
        sp -= 8;
        if (X.storeGlobal(f, nameAt(code, arg), load<u64>(sp)) < 0) break;
        continue;
      }
      case O.OP_DELETE_GLOBAL: {
        if (X.deleteGlobal(f, nameAt(code, arg)) < 0) break;
        continue;
      }
      case O.OP_LOAD_NAME: {
        store<u32>(f + FRAME_SP, <u32>sp);
        const v = X.loadName(f, nameAt(code, arg));
        if (v == NULL) break;
        sp = push(sp, v);
        continue;
      }
      case O.OP_STORE_NAME: {
        sp -= 8;
        store<u32>(f + FRAME_SP, <u32>sp);
        if (X.storeName(f, nameAt(code, arg), load<u64>(sp)) < 0) break;
        continue;
      }
      case O.OP_DELETE_NAME: {
        store<u32>(f + FRAME_SP, <u32>sp);
        if (X.deleteName(f, nameAt(code, arg)) < 0) break;
        continue;
      }
      case O.OP_LOAD_LOCALS: {
        const l = <usize>load<u32>(f + FRAME_LOCALS);
        if (l == 0) {
          X.raiseNoLocals();
          break;
        }
        sp = push(sp, ptrValue(l));
        continue;
      }
      case O.OP_LOAD_FROM_DICT_OR_GLOBALS: {
        store<u32>(f + FRAME_SP, <u32>sp);
        const v = X.loadFromDictOrGlobals(f, load<u64>(sp - 8), nameAt(code, arg));
        if (v == NULL) break;
        store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_LOAD_FROM_DICT_OR_DEREF: {
        store<u32>(f + FRAME_SP, <u32>sp);
        const v = X.loadFromDictOrDeref(f, code, load<u64>(sp - 8), arg);
        if (v == NULL) break;
        store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_LOAD_ATTR: {
        const name = nameAt(code, arg >> 1);
        const obj = load<u64>(sp - 8);
        if (isPtr(obj)) {
          // The inline cache (interp/attr-cache.ts): valid while the class keeps its version tag.
          const p = ptrOf(obj);
          const type = typeOfPtr(p);
          const version = load<u32>(type + TYPE_VERSION);
          // The inline cache, or the shared one of this class (a site that sees several classes).
          const cache = load<u32>(ip) == version ? ip : sharedLoadCache(version, name);
          if (cache != 0) {
            const v = cachedLoad(p, type, name, cache, (arg & 1) != 0);
            if (v != NULL) {
              const isMethod = load<u32>(cache, 4) == ATTR_METHOD;
              ip += 16;
              if (arg & 1) {
                store<u64>(sp - 8, isMethod ? v : NULL);
                sp = push(sp, isMethod ? obj : v);
              } else {
                store<u64>(sp - 8, v);
              }
              continue;
            }
          }
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = loadAttrAndFill(obj, name, ip, (arg & 1) != 0, sp - 8);
        ip += 16;
        if (v == NULL) break;
        if (arg & 1) sp += 8;
        else store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_LOAD_SUPER_ATTR: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        ip += 4;
        const pushed = X.loadSuperAttr(sp - 24, nameAt(code, arg >> 2), arg);
        if (pushed < 0) break;
        sp = sp - 24 + (<usize>pushed << 3);
        continue;
      }
      case O.OP_STORE_ATTR: {
        const obj = load<u64>(sp - 8);
        const value = load<u64>(sp - 16);
        const name = nameAt(code, arg);
        if (isPtr(obj)) {
          const p = ptrOf(obj);
          const type = typeOfPtr(p);
          const version = load<u32>(type + TYPE_VERSION);
          const cache = load<u32>(ip) == version ? ip : sharedStoreCache(version, name);
          if (cache != 0 && cachedStore(p, type, name, value, cache)) {
            sp -= 16;
            ip += 8;
            continue;
          }
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 16;
        const r = storeAttrAndFill(obj, name, value, ip);
        ip += 8;
        if (r < 0) break;
        continue;
      }
      case O.OP_DELETE_ATTR: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 8;
        if (A.setAttr(load<u64>(sp), ptrOf(nameAt(code, arg)), NULL) < 0) break;
        continue;
      }
      case O.OP_BINARY_SUBSCR: {
        ip += 4;
        const container = load<u64>(sp - 16);
        const key = load<u64>(sp - 8);
        // list[i] and tuple[i] with a small int in range: no call.
        if (isPtr(container) && isSmallInt(key)) {
          const p = ptrOf(container);
          const type = typeOfPtr(p);
          let i = intOf(key);
          if (type == listType) {
            const n = <i64>load<u32>(p + LIST_LENGTH);
            if (i < 0) i += n;
            if (<u64>i < <u64>n) {
              sp -= 8;
              store<u64>(sp - 8, load<u64>(<usize>load<u32>(p + LIST_ITEMS) + 8 + (<usize>i << 3)));
              continue;
            }
          } else if (type == tupleType) {
            const n = <i64>load<u32>(p + TUPLE_LENGTH);
            if (i < 0) i += n;
            if (<u64>i < <u64>n) {
              sp -= 8;
              store<u64>(sp - 8, load<u64>(p + TUPLE_ITEMS + (<usize>i << 3)));
              continue;
            }
          }
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.subscript(container, key);
        if (v == NULL) break;
        sp -= 8;
        store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_STORE_SUBSCR: {
        ip += 4;
        {
          const container = load<u64>(sp - 16);
          const key = load<u64>(sp - 8);
          if (isPtr(container) && isSmallInt(key) && typeOfPtr(ptrOf(container)) == listType) {
            const p = ptrOf(container);
            const n = <i64>load<u32>(p + LIST_LENGTH);
            let i = intOf(key);
            if (i < 0) i += n;
            if (<u64>i < <u64>n) {
              store<u64>(<usize>load<u32>(p + LIST_ITEMS) + 8 + (<usize>i << 3), load<u64>(sp - 24));
              sp -= 24;
              continue;
            }
          }
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 24;
        if (X.storeSubscript(load<u64>(sp + 8), load<u64>(sp + 16), load<u64>(sp)) < 0) break;
        continue;
      }
      case O.OP_DELETE_SUBSCR: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 16;
        if (A.setItem(load<u64>(sp), load<u64>(sp + 8), NULL) < 0) break;
        continue;
      }
      case O.OP_BINARY_SLICE: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.binarySlice(load<u64>(sp - 24), load<u64>(sp - 16), load<u64>(sp - 8));
        if (v == NULL) break;
        sp -= 16;
        store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_STORE_SLICE: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 32;
        if (X.storeSlice(load<u64>(sp + 8), load<u64>(sp + 16), load<u64>(sp + 24), load<u64>(sp)) < 0) break;
        continue;
      }
      case O.OP_UNARY_NEGATIVE: {
        const v = load<u64>(sp - 8);
        let r: Value;
        if (isSmallInt(v) && intOf(v) != -(1 << 47)) r = smallInt(-intOf(v));
        else if (isFloat(v)) r = floatValue(-floatOf(v));
        else {
          store<u32>(f + FRAME_SP, <u32>sp);
          setCurrentFrame(f);
          r = A.negative(v);
          if (r == NULL) break;
        }
        store<u64>(sp - 8, r);
        continue;
      }
      case O.OP_UNARY_NOT: {
        const v = load<u64>(sp - 8);
        if (v == TRUE) store<u64>(sp - 8, FALSE);
        else if (v == FALSE) store<u64>(sp - 8, TRUE);
        else {
          store<u32>(f + FRAME_SP, <u32>sp);
          setCurrentFrame(f);
          const t = A.isTrue(v);
          if (t < 0) break;
          store<u64>(sp - 8, t ? FALSE : TRUE);
        }
        continue;
      }
      case O.OP_UNARY_INVERT: {
        const v = load<u64>(sp - 8);
        let r: Value;
        if (isSmallInt(v)) r = smallInt(~intOf(v));
        else {
          store<u32>(f + FRAME_SP, <u32>sp);
          setCurrentFrame(f);
          r = A.invert(v);
          if (r == NULL) break;
        }
        store<u64>(sp - 8, r);
        continue;
      }
      // One case per quickened operator, on purpose: sharing one case with a test of the opcode
      // costs 6-10 % more instructions on fib, the integer loops and n-body (callgrind).
      case Q.OP_BINARY_OP_ADD: {
        const a = load<u64>(sp - 16);
        const b = load<u64>(sp - 8);
        let r: Value = NULL;
        if (bothSmallInts(a, b)) r = smallIntOrNull(intOf(a) + intOf(b));
        else if (surelyBothFloats(a, b)) r = floatValue(floatOf(a) + floatOf(b));
        if (r == NULL) r = binaryOpInFrame(f, sp, a, b, arg);
        if (r == NULL) break;
        ip += 4;
        sp -= 8;
        store<u64>(sp - 8, r);
        continue;
      }
      case Q.OP_BINARY_OP_SUBTRACT: {
        const a = load<u64>(sp - 16);
        const b = load<u64>(sp - 8);
        let r: Value = NULL;
        if (bothSmallInts(a, b)) r = smallIntOrNull(intOf(a) - intOf(b));
        else if (surelyBothFloats(a, b)) r = floatValue(floatOf(a) - floatOf(b));
        if (r == NULL) r = binaryOpInFrame(f, sp, a, b, arg);
        if (r == NULL) break;
        ip += 4;
        sp -= 8;
        store<u64>(sp - 8, r);
        continue;
      }
      case Q.OP_BINARY_OP_MULTIPLY: {
        const a = load<u64>(sp - 16);
        const b = load<u64>(sp - 8);
        let r: Value = NULL;
        if (bothSmallInts(a, b)) r = X.smallIntMultiply(intOf(a), intOf(b));
        else if (surelyBothFloats(a, b)) r = floatValue(floatOf(a) * floatOf(b));
        if (r == NULL) r = binaryOpInFrame(f, sp, a, b, arg);
        if (r == NULL) break;
        ip += 4;
        sp -= 8;
        store<u64>(sp - 8, r);
        continue;
      }
      case O.OP_BINARY_OP: {
        const a = load<u64>(sp - 16);
        const b = load<u64>(sp - 8);
        let r: Value = NULL;
        if (bothSmallInts(a, b)) r = X.smallIntBinary(intOf(a), intOf(b), arg);
        if (r == NULL) r = binaryOpInFrame(f, sp, a, b, arg);
        if (r == NULL) break;
        ip += 4;
        sp -= 8;
        store<u64>(sp - 8, r);
        continue;
      }
      case O.OP_COMPARE_OP: {
        const a = load<u64>(sp - 16);
        const b = load<u64>(sp - 8);
        ip += 4;
        let truth: i32 = -1;
        if (bothSmallInts(a, b)) {
          // Shifting the tag out keeps the payloads' order.
          const x = <i64>(a << 16);
          const y = <i64>(b << 16);
          truth = comparisonHolds(arg, <i32>(x >= y) + <i32>(x > y));
        } else if (surelyBothFloats(a, b)) {
          const x = floatOf(a);
          const y = floatOf(b);
          truth = comparisonHolds(arg, <i32>(x >= y) + <i32>(x > y) + 3 * <i32>((x != x) | (y != y)));
        }
        if (truth >= 0) {
          sp -= 16;
          // A comparison feeding a conditional jump takes the jump itself.
          const next = load<u32>(ip);
          const nextOp = next & 0xFF;
          if (nextOp == O.OP_POP_JUMP_IF_FALSE) {
            ip = truth ? ip + 4 : words + (<usize>(next >> 8) << 2);
            continue;
          }
          if (nextOp == O.OP_POP_JUMP_IF_TRUE) {
            ip = truth ? words + (<usize>(next >> 8) << 2) : ip + 4;
            continue;
          }
          sp = push(sp, truth ? TRUE : FALSE);
          continue;
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const r = A.richCompare(a, b, arg);
        if (r == NULL) break;
        sp -= 8;
        store<u64>(sp - 8, r);
        continue;
      }
      case O.OP_IS_OP: {
        sp -= 8;
        const same = load<u64>(sp - 8) == load<u64>(sp);
        store<u64>(sp - 8, (same != (arg == 1)) ? TRUE : FALSE);
        continue;
      }
      case O.OP_CONTAINS_OP: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const r = A.containsValue(load<u64>(sp - 8), load<u64>(sp - 16));
        if (r < 0) break;
        sp -= 8;
        store<u64>(sp - 8, ((r == 1) != (arg == 1)) ? TRUE : FALSE);
        continue;
      }
      case O.OP_CALL_INTRINSIC_1: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const r = X.intrinsic1(f, arg, load<u64>(sp - 8));
        if (r == NULL) break;
        store<u64>(sp - 8, r);
        continue;
      }
      case O.OP_CALL_INTRINSIC_2: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const r = X.intrinsic2(arg, load<u64>(sp - 16), load<u64>(sp - 8));
        if (r == NULL) break;
        sp -= 8;
        store<u64>(sp - 8, r);
        continue;
      }
      case O.OP_BUILD_TUPLE: {
        sp -= <usize>arg << 3;
        sp = push(sp, X.buildTuple(sp, arg));
        continue;
      }
      case O.OP_BUILD_LIST: {
        sp -= <usize>arg << 3;
        sp = push(sp, X.buildList(sp, arg));
        continue;
      }
      case O.OP_BUILD_SET: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.buildSet(sp - (<usize>arg << 3), arg);
        if (v == NULL) break;
        sp -= <usize>arg << 3;
        sp = push(sp, v);
        continue;
      }
      case O.OP_BUILD_MAP: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.buildMap(sp - (<usize>arg << 4), arg);
        if (v == NULL) break;
        sp -= <usize>arg << 4;
        sp = push(sp, v);
        continue;
      }
      case O.OP_BUILD_CONST_KEY_MAP: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.buildConstKeyMap(sp - (<usize>(arg + 1) << 3), arg);
        if (v == NULL) break;
        sp -= <usize>(arg + 1) << 3;
        sp = push(sp, v);
        continue;
      }
      case O.OP_BUILD_STRING: {
        const v = X.buildString(sp - (<usize>arg << 3), arg);
        if (v == NULL) break;
        sp -= <usize>arg << 3;
        sp = push(sp, v);
        continue;
      }
      case O.OP_BUILD_SLICE: {
        sp -= <usize>arg << 3;
        sp = push(sp, X.buildSlice(sp, arg));
        continue;
      }
      case O.OP_LIST_APPEND: {
        sp -= 8;
        if (X.listAppendValue(load<u64>(sp - (<usize>arg << 3)), load<u64>(sp)) < 0) {
          sp += 8;
          store<u32>(f + FRAME_SP, <u32>sp);
          setCurrentFrame(f);
          break;
        }
        continue;
      }
      case O.OP_SET_ADD: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 8;
        if (X.setAddValue(load<u64>(sp - (<usize>arg << 3)), load<u64>(sp)) < 0) break;
        continue;
      }
      case O.OP_MAP_ADD: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 16;
        if (X.mapAddValue(load<u64>(sp - (<usize>arg << 3)), load<u64>(sp), load<u64>(sp + 8)) < 0) break;
        continue;
      }
      case O.OP_LIST_EXTEND: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 8;
        if (X.listExtendValue(load<u64>(sp - (<usize>arg << 3)), load<u64>(sp)) < 0) break;
        continue;
      }
      case O.OP_SET_UPDATE: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 8;
        if (X.setUpdateValue(load<u64>(sp - (<usize>arg << 3)), load<u64>(sp)) < 0) break;
        continue;
      }
      case O.OP_DICT_UPDATE: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 8;
        if (X.dictUpdateValue(load<u64>(sp - (<usize>arg << 3)), load<u64>(sp)) < 0) break;
        continue;
      }
      case O.OP_DICT_MERGE: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 8;
        const target = sp - (<usize>arg << 3);
        if (X.dictMergeValue(load<u64>(target), load<u64>(sp), load<u64>(target - 16)) < 0) break;
        continue;
      }
      case O.OP_UNPACK_SEQUENCE: {
        {
          // An exact tuple (or list) of the right length: push its items, first on top.
          const seq = load<u64>(sp - 8);
          if (isPtr(seq)) {
            const p = ptrOf(seq);
            const type = typeOfPtr(p);
            let items: usize = 0;
            if (type == tupleType && load<u32>(p + TUPLE_LENGTH) == arg) items = p + TUPLE_ITEMS;
            else if (type == listType && load<u32>(p + LIST_LENGTH) == arg) items = <usize>load<u32>(p + LIST_ITEMS) + 8;
            if (items != 0) {
              sp -= 8;
              for (let i: usize = 0; i < <usize>arg; i++) store<u64>(sp + (i << 3), load<u64>(items + ((<usize>arg - 1 - i) << 3)));
              sp += <usize>arg << 3;
              continue;
            }
          }
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 8;
        if (!X.unpackSequence(load<u64>(sp), sp, arg)) break;
        sp += <usize>arg << 3;
        continue;
      }
      case O.OP_UNPACK_EX: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= 8;
        if (!X.unpackEx(load<u64>(sp), sp, arg & 0xFF, arg >> 8)) break;
        sp += <usize>((arg & 0xFF) + (arg >> 8) + 1) << 3;
        continue;
      }
      case O.OP_MAKE_FUNCTION: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const extras = <usize>X.makeFunctionExtras(arg) << 3;
        const fn = X.makeFunction(f, sp - 8 - extras, arg);
        if (fn == NULL) break;
        sp -= extras;
        store<u64>(sp - 8, fn);
        continue;
      }
      case O.OP_FORMAT_VALUE: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const hasSpec = (arg & 4) != 0;
        const spec = hasSpec ? load<u64>(sp - 8) : NULL;
        const slot = hasSpec ? sp - 16 : sp - 8;
        const v = X.formatValue(load<u64>(slot), arg & 3, spec);
        if (v == NULL) break;
        store<u64>(slot, v);
        sp = slot + 8;
        continue;
      }
      case O.OP_KW_NAMES: {
        callKwNames = load<u64>(consts + (<usize>arg << 3));
        continue;
      }
      case O.OP_CALL: {
        ip += 12;
        const base = sp - (<usize>(arg + 2) << 3);
        let callable = load<u64>(base);
        let args = base + 16;
        let nargs = <i32>arg;
        if (callable == NULL) callable = load<u64>(base + 8);
        else {
          args = base + 8;
          nargs++;
        }
        const kw = callKwNames;
        callKwNames = NULL;
        if (kw != NULL) nargs -= tupleLength(ptrOf(kw)); // CALL's argument counts the keyword values too
        if (isPtr(callable) && kindOfPtr(ptrOf(callable)) == KIND_FUNCTION) {
          // A Python function: push its frame and continue in this loop.
          const func = ptrOf(callable);
          store<u32>(f + FRAME_IP, <u32>ip);
          store<u32>(f + FRAME_SP, <u32>base);
          store<u32>(f + FRAME_LASTI, <u32>((at - words) >> 2));
          const fcode = <usize>load<u32>(func + FUNC_CODE);
          let nf: usize = 0;
          const top = frameStackTop();
          const size = <usize>load<u32>(fcode + C.CODE_FRAMESIZE);
          if (kw == NULL && <u32>nargs == load<u32>(fcode + C.CODE_FASTCALL_ARGS) && top + size <= frameStackLimit() &&
            enterFrameDepth()) {
            // Positional arguments only, exactly as many as parameters: no binding to do.
            nf = top;
            setFrameStackTop(top + size);
            store<u32>(nf + FRAME_CODE, <u32>fcode);
            store<u32>(nf + FRAME_FUNC, <u32>func);
            store<u32>(nf + FRAME_GLOBALS, load<u32>(func + FN_GLOBALS));
            store<u32>(nf + FRAME_BUILTINS, load<u32>(func + FN_BUILTINS));
            store<u32>(nf + FRAME_BACK, <u32>f);
            store<u64>(nf + FRAME_LOCALS, 0); // locals and flags
            store<u64>(nf + FRAME_OWNER, 0); // owner and resume mode
            const nlocals = <usize>load<u32>(fcode + C.CODE_NLOCALSPLUS);
            const fl = nf + FRAME_HEADER;
            // A loop, not memory.copy: V8 makes memory.copy a call into the runtime.
            for (let i: usize = 0; i < <usize>nargs; i++) store<u64>(fl + (i << 3), load<u64>(args + (i << 3)));
            for (let i = <usize>nargs; i < nlocals; i++) store<u64>(fl + (i << 3), NULL);
            sp = fl + (nlocals << 3);
          } else if (load<u32>(fcode + C.CODE_FLAGS) & X.GENERATOR_CODE_FLAGS) {
            // A generator or coroutine function. `await f()` runs f's frame like a call's (moved
            // into a coroutine object only if it suspends); otherwise the call makes the object.
            setCurrentFrame(f);
            nf = X.inlineAwaitFrame(func, fcode, args, nargs, kw, f);
            if (nf == 0) {
              const gen = errOccurred() ? NULL : X.callGeneratorFunction(func, fcode, args, nargs, kw, f);
              if (gen == NULL) {
                store<u32>(f + FRAME_SP, <u32>sp);
                break;
              }
              sp = push(base, gen);
              continue;
            }
            // Its frame may start past its RETURN_GENERATOR.
            f = nf;
            code = fcode;
            words = C.codeWords(code);
            ip = <usize>load<u32>(f + FRAME_IP);
            sp = <usize>load<u32>(f + FRAME_SP);
            consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
            continue;
          } else {
            nf = newFrameForCall(func, args, nargs, kw, f);
            if (nf == 0) {
              store<u32>(f + FRAME_SP, <u32>sp);
              break;
            }
            sp = <usize>load<u32>(nf + FRAME_SP);
          }
          f = nf;
          code = fcode;
          words = C.codeWords(code);
          ip = words;
          consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
          continue;
        }
        store<u32>(f + FRAME_IP, <u32>ip);
        store<u32>(f + FRAME_LASTI, <u32>((at - words) >> 2));
        const resumed = kw == NULL ? X.generatorToResume(callable, args, nargs) : 0;
        if (resumed != 0) {
          // gen.send(v), coro.send(v), next(gen): run the generator's frame in this loop, as SEND
          // does (a native send() would nest the loop, where slices cannot end).
          store<u32>(f + FRAME_SP, <u32>base);
          f = X.sendThrough(X.resumeGenerator(resumed, f, X.valueToResumeWith, RESUME_CALL, false));
          code = <usize>load<u32>(f + FRAME_CODE);
          words = C.codeWords(code);
          ip = <usize>load<u32>(f + FRAME_IP);
          sp = <usize>load<u32>(f + FRAME_SP);
          consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
          continue;
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const r = A.callValue(callable, args, nargs, kw);
        if (r == NULL) break;
        sp = push(base, r);
        continue;
      }
      case O.OP_CALL_FUNCTION_EX: {
        store<u32>(f + FRAME_SP, <u32>sp);
        store<u32>(f + FRAME_LASTI, <u32>((at - words) >> 2));
        setCurrentFrame(f);
        const hasKw = (arg & 1) != 0;
        const base = sp - (hasKw ? 32 : 24);
        const r = X.callFunctionEx(load<u64>(base + 8), load<u64>(base + 16), hasKw ? load<u64>(base + 24) : NULL);
        if (r == NULL) break;
        sp = push(base, r);
        continue;
      }
      case O.OP_RETURN_CONST:
      case O.OP_RETURN_VALUE: {
        let result: Value;
        if (op == O.OP_RETURN_CONST) result = load<u64>(consts + (<usize>arg << 3));
        else {
          sp -= 8;
          result = load<u64>(sp);
        }
        const flags = load<u32>(f + FRAME_FLAGS);
        if (flags & FRAME_IN_GENERATOR) {
          if (flags & FRAME_ENTRY) {
            // The native that resumed it goes on with its own frame as the current one (the
            // collector walks the frame chain from there).
            setCurrentFrame(X.finishGenerator(f));
            evalStatus = STATUS_RETURNED;
            return result;
          }
          // Back in the resumer: SEND pushes the return value and jumps; FOR_ITER drops the
          // iterator and jumps; a send()/next() call raises StopIteration(value) where it was called.
          const mode = load<u32>(f + FRAME_RESUME_MODE);
          f = X.finishGeneratorInLoop(f);
          code = <usize>load<u32>(f + FRAME_CODE);
          words = C.codeWords(code);
          sp = <usize>load<u32>(f + FRAME_SP);
          consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
          if ((mode & 3) == RESUME_CALL) {
            X.raiseStopIteration(result);
            raisedAt = <i32>load<u32>(f + FRAME_LASTI);
            break;
          }
          if ((mode & 3) == RESUME_SEND) sp = push(sp, result);
          else sp -= 8;
          ip = words + (<usize>(mode >> 2) << 2);
          continue;
        }
        leaveFrameDepth();
        const back = <usize>load<u32>(f + FRAME_BACK);
        popFrameMemory(f);
        if (flags & FRAME_ENTRY) {
          setCurrentFrame(back);
          evalStatus = STATUS_RETURNED;
          return result;
        }
        f = back;
        code = <usize>load<u32>(f + FRAME_CODE);
        words = C.codeWords(code);
        ip = <usize>load<u32>(f + FRAME_IP);
        sp = push(<usize>load<u32>(f + FRAME_SP), result);
        consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
        continue;
      }
      case O.OP_JUMP_FORWARD: {
        ip = words + (<usize>arg << 2);
        continue;
      }
      case O.OP_JUMP_BACKWARD: {
        ip = words + (<usize>arg << 2);
        if (--budget < 0 || attention != 0) {
          store<u32>(f + FRAME_IP, <u32>ip);
          store<u32>(f + FRAME_SP, <u32>sp);
          if (budget < 0 || (attention & ATTENTION_HOST_WAIT) != 0) {
            if (sliceBudget < LONGEST_SLICE) sliceBudget <<= 1;
            budget = sliceBudget;
            if (evalDepth == 1 && X.slicesEnabled) {
              clearAttention(ATTENTION_HOST_WAIT);
              slicedFrame = f;
              evalStatus = STATUS_SLICE;
              return NULL;
            }
          }
          if (!safePoint(f)) break;
        }
        continue;
      }
      case O.OP_JUMP_BACKWARD_NO_INTERRUPT: {
        ip = words + (<usize>arg << 2);
        continue;
      }
      case O.OP_POP_JUMP_IF_FALSE:
      case O.OP_POP_JUMP_IF_TRUE: {
        sp -= 8;
        const v = load<u64>(sp);
        let truth: i32;
        if (v == TRUE) truth = 1;
        else if (v == FALSE) truth = 0;
        else {
          store<u32>(f + FRAME_SP, <u32>sp);
          setCurrentFrame(f);
          truth = A.isTrue(v);
          if (truth < 0) break;
        }
        if ((truth == 1) == (op == O.OP_POP_JUMP_IF_TRUE)) ip = words + (<usize>arg << 2);
        continue;
      }
      case O.OP_POP_JUMP_IF_NONE: {
        sp -= 8;
        if (load<u64>(sp) == NONE) ip = words + (<usize>arg << 2);
        continue;
      }
      case O.OP_POP_JUMP_IF_NOT_NONE: {
        sp -= 8;
        if (load<u64>(sp) != NONE) ip = words + (<usize>arg << 2);
        continue;
      }
      case O.OP_GET_ITER: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const it = A.getIter(load<u64>(sp - 8));
        if (it == NULL) break;
        store<u64>(sp - 8, it);
        continue;
      }
      case O.OP_GET_YIELD_FROM_ITER: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const it = X.getYieldFromIter(code, load<u64>(sp - 8));
        if (it == NULL) break;
        store<u64>(sp - 8, it);
        continue;
      }
      case O.OP_FOR_ITER: {
        ip += 4;
        const it = load<u64>(sp - 8);
        const fast = X.fastIterNext(it);
        if (fast != NULL) {
          sp = push(sp, fast);
          continue;
        }
        if (endedFastIterator(it)) {
          sp -= 8;
          ip = words + (<usize>arg << 2);
          continue;
        }
        if (isPtr(it) && kindOfPtr(ptrOf(it)) == KIND_GENERATOR && X.canResumeInLoop(ptrOf(it))) {
          // A generator: run its frame in this loop; its yield lands back here.
          store<u32>(f + FRAME_IP, <u32>ip);
          store<u32>(f + FRAME_SP, <u32>sp);
          store<u32>(f + FRAME_LASTI, <u32>((at - words) >> 2));
          const gf = X.sendThrough(X.resumeGenerator(ptrOf(it), f, NONE, RESUME_FOR_ITER | (arg << 2), false));
          f = gf;
          code = <usize>load<u32>(f + FRAME_CODE);
          words = C.codeWords(code);
          ip = <usize>load<u32>(f + FRAME_IP);
          sp = <usize>load<u32>(f + FRAME_SP);
          consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
          continue;
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        store<u32>(f + FRAME_LASTI, <u32>((at - words) >> 2));
        setCurrentFrame(f);
        const v = A.iterNext(it);
        if (v == NULL) {
          if (errOccurred()) break;
          sp -= 8;
          ip = words + (<usize>arg << 2);
          continue;
        }
        sp = push(sp, v);
        continue;
      }
      case O.OP_GET_LEN: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const n = A.lengthOf(load<u64>(sp - 8));
        if (n < 0) break;
        sp = push(sp, smallInt(n));
        continue;
      }
      case O.OP_RAISE_VARARGS: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        sp -= <usize>arg << 3;
        reraising = X.doRaise(arg, arg >= 1 ? load<u64>(sp) : NULL, arg == 2 ? load<u64>(sp + 8) : NULL);
        break;
      }
      case O.OP_RERAISE: {
        sp -= 8;
        const exc = load<u64>(sp);
        const savedLasti = arg != 0 ? load<u64>(sp - (<usize>arg << 3)) : NULL;
        if (G.checkReraise(exc, savedLasti, code) < 0) {
          store<u32>(f + FRAME_SP, <u32>sp);
          setCurrentFrame(f);
          break;
        }
        // With an argument, the frame's lasti goes back to where the exception came from (for
        // f_lineno); the handler search still starts at this instruction, as in CPython.
        if (arg != 0) store<u32>(f + FRAME_LASTI, <u32>intOf(savedLasti));
        // A re-raise keeps the exception's __context__ (a generator's may differ from its resumer's).
        restoreExc(exc);
        reraising = true;
        break;
      }
      case O.OP_PUSH_EXC_INFO: {
        const exc = load<u64>(sp - 8);
        if (!G.isExceptionOrNone(exc)) {
          store<u32>(f + FRAME_SP, <u32>sp);
          setCurrentFrame(f);
          G.corruptImage('bad code image: PUSH_EXC_INFO of a non-exception');
          break;
        }
        store<u64>(sp - 8, H.pushHandledExc(f, exc));
        sp = push(sp, exc);
        continue;
      }
      case O.OP_POP_EXCEPT: {
        sp -= 8;
        if (!G.isExceptionOrNone(load<u64>(sp))) {
          store<u32>(f + FRAME_SP, <u32>sp);
          setCurrentFrame(f);
          G.corruptImage('bad code image: POP_EXCEPT of a non-exception');
          break;
        }
        H.popHandledExc(f, load<u64>(sp));
        continue;
      }
      case O.OP_CHECK_EXC_MATCH: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const r = X.checkExcMatch(load<u64>(sp - 16), load<u64>(sp - 8));
        if (r < 0) break;
        store<u64>(sp - 8, r ? TRUE : FALSE);
        continue;
      }
      case O.OP_CHECK_EG_MATCH: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        if (!X.checkEgMatch(sp - 16)) break;
        continue;
      }
      case O.OP_WITH_EXCEPT_START: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const r = X.withExceptStart(load<u64>(sp - 32), load<u64>(sp - 8));
        if (r == NULL) break;
        sp = push(sp, r);
        continue;
      }
      case O.OP_BEFORE_WITH: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        if (!X.beforeWith(sp - 8)) break;
        sp += 8;
        continue;
      }
      case O.OP_LOAD_ASSERTION_ERROR: {
        sp = push(sp, X.assertionErrorValue());
        continue;
      }
      case O.OP_LOAD_BUILD_CLASS: {
        const v = X.loadBuildClass(f);
        if (v == NULL) break;
        sp = push(sp, v);
        continue;
      }
      case O.OP_SETUP_ANNOTATIONS: {
        if (X.setupAnnotations(f) < 0) break;
        continue;
      }
      case O.OP_RETURN_GENERATOR: {
        // A coroutine awaited as it is called runs as a call: as if resumed with None at once.
        if (load<u32>(f + FRAME_FLAGS) & FRAME_INLINE_CORO) {
          sp = push(sp, NONE);
          continue;
        }
        // Move this frame into a new generator object and return that to the caller.
        store<u32>(f + FRAME_IP, <u32>ip);
        store<u32>(f + FRAME_SP, <u32>sp);
        const gen = X.makeGenerator(f);
        const flags = load<u32>(f + FRAME_FLAGS);
        leaveFrameDepth();
        const back = <usize>load<u32>(f + FRAME_BACK);
        popFrameMemory(f);
        if (flags & FRAME_ENTRY) {
          setCurrentFrame(back);
          evalStatus = STATUS_RETURNED;
          return gen;
        }
        f = back;
        code = <usize>load<u32>(f + FRAME_CODE);
        words = C.codeWords(code);
        ip = <usize>load<u32>(f + FRAME_IP);
        sp = push(<usize>load<u32>(f + FRAME_SP), gen);
        consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
        continue;
      }
      case O.OP_YIELD_VALUE: {
        sp -= 8;
        const value = load<u64>(sp);
        store<u32>(f + FRAME_IP, <u32>ip);
        store<u32>(f + FRAME_SP, <u32>sp);
        const back = D.suspendAtYield(f);
        if (D.yieldLeavesLoop) {
          setCurrentFrame(back);
          evalStatus = STATUS_YIELDED;
          return value;
        }
        f = back;
        code = <usize>load<u32>(f + FRAME_CODE);
        words = C.codeWords(code);
        ip = <usize>load<u32>(f + FRAME_IP);
        sp = push(<usize>load<u32>(f + FRAME_SP), value);
        consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
        continue;
      }
      case O.OP_SEND: {
        ip += 4;
        const receiver = load<u64>(sp - 16);
        const value = load<u64>(sp - 8);
        if (isPtr(receiver) && kindOfPtr(ptrOf(receiver)) == KIND_GENERATOR && X.canResumeInLoop(ptrOf(receiver))) {
          sp -= 8;
          store<u32>(f + FRAME_IP, <u32>ip);
          store<u32>(f + FRAME_SP, <u32>sp);
          store<u32>(f + FRAME_LASTI, <u32>((at - words) >> 2));
          const gf = X.sendThrough(X.resumeGenerator(ptrOf(receiver), f, value, RESUME_SEND | (arg << 2), true));
          f = gf;
          code = <usize>load<u32>(f + FRAME_CODE);
          words = C.codeWords(code);
          ip = <usize>load<u32>(f + FRAME_IP);
          sp = <usize>load<u32>(f + FRAME_SP);
          consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
          continue;
        }
        store<u32>(f + FRAME_SP, <u32>sp);
        store<u32>(f + FRAME_LASTI, <u32>((at - words) >> 2));
        setCurrentFrame(f);
        const r = X.sendNonGenerator(receiver, value);
        if (r == NULL) {
          if (errOccurred()) break;
          // The receiver returned: its value (StopIteration.value) is in X.sendReturnValue.
          store<u64>(sp - 8, X.sendReturnValue);
          ip = words + (<usize>arg << 2);
          continue;
        }
        store<u64>(sp - 8, r);
        continue;
      }
      case O.OP_END_SEND: {
        sp -= 8;
        store<u64>(sp - 8, load<u64>(sp));
        continue;
      }
      case O.OP_CLEANUP_THROW: {
        setCurrentFrame(f);
        const exc = load<u64>(sp - 8);
        const v = X.cleanupThrow(exc);
        if (v == NULL) {
          reraising = true;
          break;
        }
        sp -= 8;
        store<u64>(sp - 16, NONE);
        store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_GET_AWAITABLE: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.getAwaitable(load<u64>(sp - 8), arg);
        if (v == NULL) break;
        store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_GET_AITER: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.getAIter(load<u64>(sp - 8));
        if (v == NULL) break;
        store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_GET_ANEXT: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.getANext(load<u64>(sp - 8));
        if (v == NULL) break;
        sp = push(sp, v);
        continue;
      }
      case O.OP_END_ASYNC_FOR: {
        sp -= 16;
        if (!X.endAsyncFor(load<u64>(sp + 8))) {
          reraising = true;
          break;
        }
        continue;
      }
      case O.OP_BEFORE_ASYNC_WITH: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        if (!X.beforeAsyncWith(sp - 8)) break;
        sp += 8;
        continue;
      }
      case O.OP_IMPORT_NAME: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.importName(f, nameAt(code, arg), load<u64>(sp - 8), load<u64>(sp - 16));
        if (v == NULL) break;
        sp -= 8;
        store<u64>(sp - 8, v);
        continue;
      }
      case O.OP_IMPORT_FROM: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.importFrom(load<u64>(sp - 8), nameAt(code, arg));
        if (v == NULL) break;
        sp = push(sp, v);
        continue;
      }
      case O.OP_MATCH_MAPPING:
      case O.OP_MATCH_SEQUENCE: {
        sp = push(sp, X.matchKind(load<u64>(sp - 8), op == O.OP_MATCH_MAPPING) ? TRUE : FALSE);
        continue;
      }
      case O.OP_MATCH_KEYS: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.matchKeys(load<u64>(sp - 16), load<u64>(sp - 8));
        if (v == NULL) break;
        sp = push(sp, v);
        continue;
      }
      case O.OP_MATCH_CLASS: {
        store<u32>(f + FRAME_SP, <u32>sp);
        setCurrentFrame(f);
        const v = X.matchClass(load<u64>(sp - 24), load<u64>(sp - 16), arg, load<u64>(sp - 8));
        if (v == NULL) break;
        sp -= 16;
        store<u64>(sp - 8, v);
        continue;
      }
      case Q.OP_LOAD_FAST__LOAD_FAST: {
        store<u64>(sp, getLocal(f, arg));
        store<u64>(sp, getLocal(f, load<u32>(ip) >> 8), 8);
        sp += 16;
        ip += 4;
        continue;
      }
      case Q.OP_LOAD_FAST__LOAD_CONST: {
        store<u64>(sp, getLocal(f, arg));
        store<u64>(sp, load<u64>(consts + (<usize>(load<u32>(ip) >> 8) << 3)), 8);
        sp += 16;
        ip += 4;
        continue;
      }
      case Q.OP_LOAD_CONST__LOAD_FAST: {
        store<u64>(sp, load<u64>(consts + (<usize>arg << 3)));
        store<u64>(sp, getLocal(f, load<u32>(ip) >> 8), 8);
        sp += 16;
        ip += 4;
        continue;
      }
      case Q.OP_STORE_FAST__LOAD_FAST: {
        setLocal(f, arg, load<u64>(sp - 8));
        store<u64>(sp - 8, getLocal(f, load<u32>(ip) >> 8));
        ip += 4;
        continue;
      }
      case Q.OP_STORE_FAST__STORE_FAST: {
        setLocal(f, arg, load<u64>(sp - 8));
        setLocal(f, load<u32>(ip) >> 8, load<u64>(sp - 16));
        sp -= 16;
        ip += 4;
        continue;
      }
      case O.FIRST_VM_OPCODE: {
        // THROW_WORD: unwind the exception thrown into this frame (raisedAt says where).
        break;
      }
      default: {
        X.raiseBadOpcode(op);
        break;
      }
    }

    // ---- an exception is pending: find a handler, in this frame or the ones below ----
    store<u32>(f + FRAME_SP, <u32>sp);
    let index = raisedAt >= 0 ? <u32>raisedAt : <u32>((at - words) >> 2);
    if (!reraising) X.addTraceback(f, code, index);
    reraising = false;
    raisedAt = -1;
    while (true) {
      const target = X.findHandler(f, code, index);
      if (target >= 0) {
        ip = words + (<usize>target << 2);
        sp = <usize>load<u32>(f + FRAME_SP);
        break;
      }
      // No handler here: this frame is done; continue in the one below.
      const flags = load<u32>(f + FRAME_FLAGS);
      const back = X.unwindFrame(f);
      if (flags & FRAME_ENTRY) {
        setCurrentFrame(back);
        evalStatus = STATUS_RAISED;
        return NULL;
      }
      f = back;
      code = <usize>load<u32>(f + FRAME_CODE);
      words = C.codeWords(code);
      index = load<u32>(f + FRAME_LASTI);
      sp = <usize>load<u32>(f + FRAME_SP);
      consts = tupleItems(<usize>load<u32>(code + C.CODE_CONSTS));
      X.addTraceback(f, code, index);
    }
  }
  return NULL;
}

/** Continues a program whose slice ran out (the host calls this until the status changes). */
export function resumeSlice(): Value {
  const f = slicedFrame;
  slicedFrame = 0;
  return evalFrame(f);
}

export { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, FRAME_FUNC, FRAME_GLOBALS, FRAME_BUILTINS,
  FRAME_LOCALS, FRAME_OWNER, fitsSmallInt, currentExc, fetchExc, GEN_STATE, GEN_RUNNING,
  GEN_SUSPENDED, GEN_FINISHED, GEN_SAVED_EXC, GEN_FRAME };
