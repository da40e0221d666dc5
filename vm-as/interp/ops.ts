// The eval loop's out-of-line work: everything an instruction does beyond its fast path. Kept
// out of eval.ts so the loop stays small enough for the engine to optimise well.

import { Value, NULL, NONE, TRUE, FALSE, isSmallInt, isFloat, isPtr, intOf, floatOf, smallInt,
  floatValue, ptrOf, ptrValue, fitsSmallInt, smallIntOrNull, bothSmallInts } from '../value';
import * as O from '../generated/opcodes';
import { FRAME_CODE, FRAME_FUNC, FRAME_GLOBALS, FRAME_BUILTINS, FRAME_BACK, FRAME_SP, FRAME_IP,
  FRAME_LOCALS, FRAME_FLAGS, FRAME_OWNER, FRAME_RESUME_MODE, FRAME_HEADER, FRAME_IN_GENERATOR,
  FRAME_ENTRY, FRAME_INLINE_CORO, FRAME_LASTI, popFrameMemory, pushFrameMemory, setCurrentFrame, currentFrame } from './frame';
import * as C from '../objects/code';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE, CO_VARARGS,
  CO_VARKEYWORDS } from '../generated/image-format';
import { newTuple, tupleSet, tupleGet, tupleLength, tupleItems, tupleFromArray, emptyTuple, tupleType } from '../objects/tuple';
import { newList, listAppend, listLength, listGet, listItems, listType, listReserve } from '../objects/list';
import { newDict, dictGetStr, dictSet, dictSetStr, dictDelete, dictVersion, dictIndexOfStr, entryValue,
  dictLength, dictNextEntry, entryKey, dictType, dictGet } from '../objects/dict';
import { newSet, setAdd, setType } from '../objects/set';
import { newCell, CELL_CONTENTS, cellType } from '../objects/cell';
import { newSlice } from '../objects/slice';
import { newFunction, FUNC_CLOSURE, FUNC_DEFAULTS, FUNC_KWDEFAULTS, FUNC_ANNOTATIONS, FUNC_NAME, FUNC_QUALNAME,
  FUNC_GLOBALS, FUNC_BUILTINS } from '../objects/function';
import { newTraceback } from '../objects/traceback';
import { newGenerator, genFrame, GEN_STATE, GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED,
  GEN_SAVED_EXC, GEN_RESUMER_EXC, GEN_PLAIN, GEN_COROUTINE, GEN_ASYNC, GEN_FLAVOR, GEN_FLAGS, GENFLAG_OWNED,
  GENFLAG_FINALIZED, GEN_CHAIN_HEAD, GEN_PARKED_LEAF, setGenFlag, freeOwnedGenerator, needsFinalization } from '../objects/generator';
import { chainHeadFor, resumeParkedChain } from './delegation-chain';
import { startInlineExcState, inlineOwnExc, inlineResumerExc, setFrameHandledExc } from './handled-exc';
import { strLength, strType, newStr, strWidth, STR_DATA, finishStr, widthFor, charAt, setCharAt } from '../objects/str';
import { KIND_STR, KIND_TUPLE, KIND_LIST, KIND_DICT, KIND_SET, KIND_EXCEPTION, KIND_GENERATOR, KIND_FUNCTION,
  KIND_DESCRIPTOR, KIND_TYPE, KIND_BUILTIN, kindOfPtr, typeOfPtr } from '../object';
import { raiseJs, raiseStr, raiseValue, raiseEmpty, fetchExc, errOccurred, excMatches, clearExc,
  currentExc, handledExc, setHandledExc, restoreExc } from '../errors';
import * as E from '../objects/exception';
import { EXC_TRACEBACK, EXC_CAUSE, EXC_FLAGS, EXC_SUPPRESS_CONTEXT, EXC_VALUE, newException } from '../objects/exception';
import * as A from '../abstract';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from '../objects/strbuilder';
import { leaveFrameDepth, enterFrameDepth, initFrame, bindArguments, newFrameForCall } from './call';
import { RESUME_SEND } from './eval';
import * as N from '../names';
import { TYPE_FLAGS, TPFLAG_EXCEPTION, isSubtype, typeType, getSlot, SLOT_GETATTR, SLOT_NEXT } from '../types';
import { DESCR_SUBKIND, DESCR_METHOD, DESCR_FN, BUILTIN_FN, BUILTIN_SELF } from '../objects/builtin';
import { pushTempRoot, popTempRoots } from '../gc';
import { genericGetAttrSlot, instanceDictOf } from '../objects/baseobject';
import { getAwaitable as getAwaitableOf, getAsyncIter, getAsyncNext, beforeAsyncWithAt } from '../objects/await';
import { genSendEx, sendOutcome, SENT_YIELDED, isResumingCall, newStopIteration } from '../objects/generator-type';
import { wrapAsyncGenValue } from '../objects/async-gen';
import { warnDiscardedCoroutine, runPendingFinalizers, finalizeGenerator } from '../objects/gen-finalize';
import { importModule, importFromModule, importStar } from '../import';
import { callDisplayhook } from '../modules/sys';
import { matchesKind, matchMappingKeys, matchClassPattern } from '../match';
import { fastNext } from '../objects/iterators';
import { superType, superLookup, superCheckType } from '../objects/super';
import { floorDivide, floatModulo } from '../objects/float-type';
import { powPositive } from '../objects/float-pow';
import { setUpdateWith } from '../objects/set-type';
import { dictMergeMapping } from '../objects/dict-type';
import { corruptImage, hasKind, checkFunctionParts, isExceptionOrNone } from './image-guards';
import { isFutureIter, futureIterSend, futureIterReturned } from '../objects/future-await';
import { exceptStarMatch, prepareReraiseStar, isExceptClause, exceptClauseCatches, newPair } from '../objects/exception-group';

/** Whether the outermost loop may return to the host when its budget runs out. */
export let slicesEnabled: bool = false;
export function setSlicesEnabled(on: bool): void {
  slicesEnabled = on;
}

export function raiseMemoryError(): bool {
  raiseEmpty(E.MemoryError);
  return false;
}

export function raiseKeyboardInterrupt(): bool {
  raiseEmpty(E.KeyboardInterrupt);
  return false;
}

export function raiseBadOpcode(op: u32): void {
  const sb = newBuilder();
  appendJs(sb, 'unknown opcode ');
  appendI64(sb, op);
  raiseStr(E.SystemError, finishBuilder(sb));
}

function localName(code: usize, i: u32): usize {
  return ptrOf(tupleGet(<usize>load<u32>(code + C.CODE_LOCALSPLUSNAMES), <i32>i));
}

function raiseWithName(type: usize, before: string, name: usize, after: string): void {
  const sb = newBuilder();
  appendJs(sb, before);
  appendStr(sb, name);
  appendJs(sb, after);
  raiseStr(type, finishBuilder(sb));
}

export function raiseUnboundLocal(code: usize, i: u32): void {
  raiseWithName(E.UnboundLocalError, "cannot access local variable '", localName(code, i),
    "' where it is not associated with a value");
}

export function raiseUnboundDeref(code: usize, i: u32): void {
  const kinds = <usize>load<u32>(code + C.CODE_LOCALSPLUSKINDS) + 8;
  if (load<u8>(kinds + i) & 0x80) {
    raiseWithName(E.NameError, "cannot access free variable '", localName(code, i),
      "' where it is not associated with a value in enclosing scope");
  } else {
    raiseUnboundLocal(code, i);
  }
}

function raiseNameError(name: Value): void {
  raiseWithName(E.NameError, "name '", ptrOf(name), "' is not defined");
}

export function raiseNoLocals(): void {
  raiseJs(E.SystemError, 'no locals found');
}

// ---- cells and closures ----

export function newCellValue(v: Value): Value {
  return ptrValue(newCell(v));
}

// @ts-ignore: decorator
@inline export function cellGet(cell: Value): Value {
  return load<u64>(ptrOf(cell) + CELL_CONTENTS);
}

// @ts-ignore: decorator
@inline export function cellSet(cell: Value, v: Value): void {
  store<u64>(ptrOf(cell) + CELL_CONTENTS, v);
}

export function copyFreeVars(f: usize, code: usize, n: u32): void {
  const closure = <usize>load<u32>(<usize>load<u32>(f + FRAME_FUNC) + FUNC_CLOSURE);
  const offset = load<u32>(code + C.CODE_NLOCALSPLUS) - n;
  const locals = f + FRAME_HEADER;
  for (let i: u32 = 0; i < n; i++) store<u64>(locals + (<usize>(offset + i) << 3), tupleGet(closure, <i32>i));
}

// ---- names ----

/** LOAD_GLOBAL: globals then builtins, through the instruction's cache (see opcodes.ts). */
export function loadGlobal(f: usize, name: Value, cache: usize): Value {
  const globals = <usize>load<u32>(f + FRAME_GLOBALS);
  const builtins = <usize>load<u32>(f + FRAME_BUILTINS);
  const gv = dictVersion(globals);
  const bv = dictVersion(builtins);
  if (load<u32>(cache) == gv && load<u32>(cache, 4) == bv) {
    const slot = load<u32>(cache, 8);
    return entryValue((slot & 1) ? builtins : globals, <i32>(slot >> 1));
  }
  let ix = dictIndexOfStr(globals, ptrOf(name));
  let slot: u32 = 0;
  let v: Value;
  if (ix >= 0) {
    v = entryValue(globals, ix);
    slot = <u32>ix << 1;
  } else {
    ix = dictIndexOfStr(builtins, ptrOf(name));
    if (ix < 0) {
      raiseNameError(name);
      return NULL;
    }
    v = entryValue(builtins, ix);
    slot = (<u32>ix << 1) | 1;
  }
  store<u32>(cache, gv);
  store<u32>(cache, bv, 4);
  store<u32>(cache, slot, 8);
  return v;
}

export function storeGlobal(f: usize, name: Value, v: Value): i32 {
  return dictSet(<usize>load<u32>(f + FRAME_GLOBALS), name, v);
}

export function deleteGlobal(f: usize, name: Value): i32 {
  const r = dictDelete(<usize>load<u32>(f + FRAME_GLOBALS), name);
  if (r == 1) {
    raiseNameError(name);
    return -1;
  }
  return r;
}

/** The frame's f_locals mapping (a dict for module frames; any mapping for class bodies). */
function frameLocalsMapping(f: usize): usize {
  return <usize>load<u32>(f + FRAME_LOCALS);
}

function mappingGet(mapping: usize, name: Value): Value {
  if (kindOfPtr(mapping) == KIND_DICT && typeOfPtr(mapping) == dictType) return dictGetStr(mapping, ptrOf(name));
  const v = A.getItem(ptrValue(mapping), name);
  if (v == NULL && excMatches(E.KeyError)) clearExc();
  return v;
}

export function loadName(f: usize, name: Value): Value {
  const mapping = frameLocalsMapping(f);
  if (mapping != 0) {
    const v = mappingGet(mapping, name);
    if (v != NULL || errOccurred()) return v;
  }
  return loadFromGlobalsOrBuiltins(f, name);
}

function loadFromGlobalsOrBuiltins(f: usize, name: Value): Value {
  let v = dictGetStr(<usize>load<u32>(f + FRAME_GLOBALS), ptrOf(name));
  if (v != NULL) return v;
  v = dictGetStr(<usize>load<u32>(f + FRAME_BUILTINS), ptrOf(name));
  if (v != NULL) return v;
  raiseNameError(name);
  return NULL;
}

export function storeName(f: usize, name: Value, v: Value): i32 {
  const mapping = frameLocalsMapping(f);
  if (mapping == 0) {
    raiseWithName(E.SystemError, 'no locals found when storing ', ptrOf(name), '');
    return -1;
  }
  if (kindOfPtr(mapping) == KIND_DICT && typeOfPtr(mapping) == dictType) return dictSet(mapping, name, v);
  return A.setItem(ptrValue(mapping), name, v);
}

export function deleteName(f: usize, name: Value): i32 {
  const mapping = frameLocalsMapping(f);
  if (mapping == 0) {
    raiseWithName(E.SystemError, 'no locals when deleting ', ptrOf(name), '');
    return -1;
  }
  let r: i32;
  if (kindOfPtr(mapping) == KIND_DICT && typeOfPtr(mapping) == dictType) {
    r = dictDelete(mapping, name);
  } else {
    r = A.setItem(ptrValue(mapping), name, NULL);
    if (r < 0 && excMatches(E.KeyError)) {
      clearExc();
      r = 1;
    }
  }
  if (r == 1) {
    raiseNameError(name);
    return -1;
  }
  return r;
}

export function loadFromDictOrGlobals(f: usize, mapping: Value, name: Value): Value {
  const v = mappingGet(ptrOf(mapping), name);
  if (v != NULL || errOccurred()) return v;
  return loadFromGlobalsOrBuiltins(f, name);
}

export function loadFromDictOrDeref(f: usize, code: usize, mapping: Value, i: u32): Value {
  const v = mappingGet(ptrOf(mapping), ptrValue(localName(code, i)));
  if (v != NULL || errOccurred()) return v;
  const cellValue = cellGet(load<u64>(f + FRAME_HEADER + (<usize>i << 3)));
  if (cellValue == NULL) raiseUnboundDeref(code, i);
  return cellValue;
}

// ---- attributes ----

/**
 * LOAD_ATTR's method form: writes (function, self) at `at` when name is a plain method found on
 * the type and not shadowed by the instance; otherwise (NULL, attribute). NULL on error.
 */
export function loadMethod(obj: Value, name: Value, at: usize): Value {
  const type = A.typeOf(obj);
  if (getSlot(type, SLOT_GETATTR) == changetype<usize>(genericGetAttrSlot)) {
    const attr = A.lookupInMro(type, ptrOf(name));
    if (attr != NULL && isPtr(attr) && isUnboundMethod(ptrOf(attr))) {
      const dict = instanceDictOf(obj);
      if (dict == 0 || dictGetStr(dict, ptrOf(name)) == NULL) {
        store<u64>(at, attr);
        store<u64>(at, obj, 8);
        return TRUE;
      }
    }
  }
  const v = A.getAttr(obj, ptrOf(name));
  if (v == NULL) return NULL;
  store<u64>(at, NULL);
  store<u64>(at, v, 8);
  return TRUE;
}

function isUnboundMethod(p: usize): bool {
  const kind = kindOfPtr(p);
  if (kind == KIND_FUNCTION) return true;
  return kind == KIND_DESCRIPTOR && load<u32>(p + DESCR_SUBKIND) == DESCR_METHOD;
}

/**
 * LOAD_SUPER_ATTR: at holds (global super, class, self). Writes the attribute — or, for a method
 * load, (method, self) / (NULL, attribute) — at `at`; returns how many values it wrote, or -1.
 */
export function loadSuperAttr(at: usize, name: Value, arg: u32): i32 {
  const globalSuper = load<u64>(at);
  const cls = load<u64>(at, 8);
  const self = load<u64>(at, 16);
  const wantMethod = (arg & 1) != 0;
  let v: Value;
  if (globalSuper == ptrValue(superType) && isPtr(cls) && kindOfPtr(ptrOf(cls)) == KIND_TYPE) {
    const objType = superCheckType(ptrOf(cls), self);
    if (objType == 0) return -1;
    const isMethod = memory.data(1);
    store<u8>(isMethod, 0);
    v = superLookup(ptrOf(cls), self, objType, ptrOf(name), wantMethod ? isMethod : 0);
    if (v == NULL) {
      if (!errOccurred()) raiseWithName(E.AttributeError, "'super' object has no attribute '", ptrOf(name), "'");
      return -1;
    }
    if (load<u8>(isMethod)) {
      store<u64>(at, v);
      store<u64>(at, self, 8);
      return 2;
    }
  } else {
    const sup = (arg & 2) ? A.call2(globalSuper, cls, self) : A.call0(globalSuper);
    if (sup == NULL) return -1;
    v = A.getAttr(sup, ptrOf(name));
    if (v == NULL) return -1;
  }
  if (!wantMethod) {
    store<u64>(at, v);
    return 1;
  }
  store<u64>(at, NULL);
  store<u64>(at, v, 8);
  return 2;
}

// ---- subscripts and slices ----

export function subscript(container: Value, key: Value): Value {
  if (isPtr(container) && isSmallInt(key)) {
    const p = ptrOf(container);
    const type = typeOfPtr(p);
    let i = intOf(key);
    if (type == listType) {
      const n = <i64>listLength(p);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return listGet(p, <i32>i);
    } else if (type == tupleType) {
      const n = <i64>tupleLength(p);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return tupleGet(p, <i32>i);
    }
  }
  return A.getItem(container, key);
}

export function storeSubscript(container: Value, key: Value, value: Value): i32 {
  if (isPtr(container) && isSmallInt(key) && typeOfPtr(ptrOf(container)) == listType) {
    const p = ptrOf(container);
    const n = <i64>listLength(p);
    let i = intOf(key);
    if (i < 0) i += n;
    if (i >= 0 && i < n) {
      store<u64>(listItems(p) + (<usize>i << 3), value);
      return 0;
    }
  }
  return A.setItem(container, key, value);
}

export function binarySlice(container: Value, start: Value, stop: Value): Value {
  const s = ptrValue(newSlice(start, stop, NONE));
  return A.getItem(container, s);
}

export function storeSlice(container: Value, start: Value, stop: Value, value: Value): i32 {
  const s = ptrValue(newSlice(start, stop, NONE));
  return A.setItem(container, s, value);
}

// ---- number fast paths ----

/** a * b for two small ints when the product is a small int; else NULL. */
// @ts-ignore: decorator
@inline export function smallIntMultiply(a: i64, b: i64): Value {
  // Factors of at most 31 bits can't overflow 64 bits.
  if (a > 0x7FFFFFFF || a < -0x7FFFFFFF || b > 0x7FFFFFFF || b < -0x7FFFFFFF) return NULL;
  const r = a * b;
  return smallIntOrNull(r);
}

/**
 * a <op> b for two numbers (small ints or floats, mixed too) when the result needs no bigint
 * and raises nothing; else NULL (the types' slots handle it).
 */
export function numberBinary(a: Value, b: Value, op: u32): Value {
  if (bothSmallInts(a, b)) return smallIntBinary(intOf(a), intOf(b), op);
  if (isFloat(a)) {
    if (isFloat(b)) return floatBinary(floatOf(a), floatOf(b), op);
    if (isSmallInt(b)) return floatBinary(floatOf(a), <f64>intOf(b), op);
  } else if (isSmallInt(a) && isFloat(b)) {
    return floatBinary(<f64>intOf(a), floatOf(b), op);
  }
  return NULL;
}

/** a <op> b for two small ints when the result needs no bigint and raises nothing; else NULL. */
// @ts-ignore: decorator
@inline export function smallIntBinary(a: i64, b: i64, op: u32): Value {
  if (op >= <u32>O.NB_INPLACE_ADD) op -= <u32>O.NB_INPLACE_ADD;
  let r: i64;
  switch (op) {
    case O.NB_ADD: r = a + b; break;
    case O.NB_SUBTRACT: r = a - b; break;
    case O.NB_MULTIPLY: return smallIntMultiply(a, b);
    case O.NB_FLOOR_DIVIDE: {
      if (b == 0) return NULL;
      r = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
      break;
    }
    case O.NB_REMAINDER: {
      if (b == 0) return NULL;
      r = a % b;
      if (r != 0 && ((r < 0) != (b < 0))) r += b;
      break;
    }
    case O.NB_TRUE_DIVIDE: {
      if (b == 0) return NULL;
      return floatValue(<f64>a / <f64>b);
    }
    case O.NB_AND: r = a & b; break;
    case O.NB_OR: r = a | b; break;
    case O.NB_XOR: r = a ^ b; break;
    case O.NB_LSHIFT: {
      if (b < 0 || b > 47) return NULL;
      r = a << b;
      if ((r >> b) != a) return NULL;
      break;
    }
    case O.NB_RSHIFT: {
      if (b < 0) return NULL;
      r = a >> (b > 63 ? 63 : b);
      break;
    }
    case O.NB_POWER: {
      if (b < 0 || b > 64) return NULL;
      r = 1;
      let base = a;
      let e = b;
      while (e > 0) {
        if (e & 1) {
          if (!fitsSmallInt(r) || !fitsSmallInt(base) || (r > 0x7FFFFFFF || r < -0x7FFFFFFF || base > 0x7FFFFFFF || base < -0x7FFFFFFF)) return NULL;
          r *= base;
        }
        e >>= 1;
        if (e > 0) {
          if (base > 0x7FFFFFFF || base < -0x7FFFFFFF) return NULL;
          base *= base;
        }
      }
      break;
    }
    default: return NULL;
  }
  return smallIntOrNull(r);
}

/** a <op> b for two floats when it raises nothing; else NULL (the float type's slots handle it). */
// @ts-ignore: decorator
@inline export function floatBinary(a: f64, b: f64, op: u32): Value {
  if (op >= <u32>O.NB_INPLACE_ADD) op -= <u32>O.NB_INPLACE_ADD;
  switch (op) {
    case O.NB_ADD: return floatValue(a + b);
    case O.NB_SUBTRACT: return floatValue(a - b);
    case O.NB_MULTIPLY: return floatValue(a * b);
    case O.NB_TRUE_DIVIDE: return b == 0 ? NULL : floatValue(a / b);
    case O.NB_FLOOR_DIVIDE: return b == 0 ? NULL : floatValue(floorDivide(a, b));
    case O.NB_REMAINDER: return b == 0 ? NULL : floatValue(floatModulo(a, b));
    case O.NB_POWER: {
      // The plain case (positive finite base, finite exponent, finite result); the slot does the rest.
      if (a > 0 && a < Infinity && b - b == 0) {
        const r = powPositive(a, b);
        if (r < Infinity) return floatValue(r);
      }
      return NULL;
    }
  }
  return NULL;
}

// @ts-ignore: decorator
@inline export function compareI64(a: i64, b: i64, op: u32): bool {
  switch (op) {
    case O.CMP_LT: return a < b;
    case O.CMP_LE: return a <= b;
    case O.CMP_EQ: return a == b;
    case O.CMP_NE: return a != b;
    case O.CMP_GT: return a > b;
    default: return a >= b;
  }
}

// @ts-ignore: decorator
@inline export function compareF64(a: f64, b: f64, op: u32): bool {
  switch (op) {
    case O.CMP_LT: return a < b;
    case O.CMP_LE: return a <= b;
    case O.CMP_EQ: return a == b;
    case O.CMP_NE: return a != b;
    case O.CMP_GT: return a > b;
    default: return a >= b;
  }
}

// ---- intrinsics ----

export function intrinsic1(f: usize, which: u32, v: Value): Value {
  switch (which) {
    case O.INTRINSIC1_UNARY_POSITIVE: return A.positive(v);
    case O.INTRINSIC1_LIST_TO_TUPLE: {
      const l = ptrOf(v);
      return ptrValue(tupleFromArray(listItems(l), listLength(l)));
    }
    case O.INTRINSIC1_STOPITERATION_ERROR: return stopIterationError(f, v);
    case O.INTRINSIC1_ASYNC_GEN_WRAP: return wrapAsyncGenValue(v);
    case O.INTRINSIC1_IMPORT_STAR: return importStar(f, v);
    case O.INTRINSIC1_PRINT: return callDisplayhook(v);
  }
  raiseJs(E.SystemError, 'intrinsic not supported yet');
  return NULL;
}

/** PEP 479: a StopIteration escaping a generator body becomes RuntimeError (the handler re-raises the result). */
function stopIterationError(f: usize, exc: Value): Value {
  const code = <usize>load<u32>(f + FRAME_CODE);
  const flags = load<u32>(code + C.CODE_FLAGS);
  let msg = '';
  if (A.isInstance(exc, E.StopIteration)) {
    if (flags & CO_ASYNC_GENERATOR) msg = 'async generator raised StopIteration';
    else if (flags & CO_COROUTINE) msg = 'coroutine raised StopIteration';
    else msg = 'generator raised StopIteration';
  } else if ((flags & CO_ASYNC_GENERATOR) && A.isInstance(exc, E.StopAsyncIteration)) {
    msg = 'async generator raised StopAsyncIteration';
  }
  if (msg.length == 0) return exc;
  const err = newException(E.RuntimeError, ptrValue(newBuilderStr(msg)));
  store<u64>(err + EXC_CAUSE, exc);
  store<u32>(err + EXC_FLAGS, load<u32>(err + EXC_FLAGS) | EXC_SUPPRESS_CONTEXT);
  store<u64>(err + E.EXC_CONTEXT, exc);
  return ptrValue(err);
}

function newBuilderStr(js: string): usize {
  const sb = newBuilder();
  appendJs(sb, js);
  return finishBuilder(sb);
}

/** CALL_INTRINSIC_2; the image validator admits only PREP_RERAISE_STAR (what leaves a try/except*). */
export function intrinsic2(which: u32, a: Value, b: Value): Value {
  if (!hasKind(b, KIND_LIST) || !isExceptionOrNone(a)) {
    corruptImage('bad code image: PREP_RERAISE_STAR operands');
    return NULL;
  }
  return prepareReraiseStar(a, b);
}

// ---- building ----

export function buildTuple(at: usize, n: u32): Value {
  return ptrValue(tupleFromArray(at, <i32>n));
}

export function buildList(at: usize, n: u32): Value {
  const l = newList(<i32>n);
  if (n > 0) memory.copy(listItems(l), at, <usize>n << 3);
  store<u32>(l + 8, n);
  return ptrValue(l);
}

export function buildSet(at: usize, n: u32): Value {
  const s = newSet();
  for (let i: u32 = 0; i < n; i++) if (setAdd(s, load<u64>(at + (<usize>i << 3))) < 0) return NULL;
  return ptrValue(s);
}

export function buildMap(at: usize, n: u32): Value {
  const d = newDict();
  for (let i: u32 = 0; i < n; i++) {
    if (dictSet(d, load<u64>(at + (<usize>i << 4)), load<u64>(at + (<usize>i << 4) + 8)) < 0) return NULL;
  }
  return ptrValue(d);
}

export function buildConstKeyMap(at: usize, n: u32): Value {
  const keyTuple = load<u64>(at + (<usize>n << 3));
  if (!hasKind(keyTuple, KIND_TUPLE) || <u32>tupleLength(ptrOf(keyTuple)) != n) {
    corruptImage('bad code image: BUILD_CONST_KEY_MAP keys are not a tuple of its size');
    return NULL;
  }
  const keys = ptrOf(keyTuple);
  const d = newDict();
  for (let i: u32 = 0; i < n; i++) {
    if (dictSet(d, tupleGet(keys, <i32>i), load<u64>(at + (<usize>i << 3))) < 0) return NULL;
  }
  return ptrValue(d);
}

export function buildString(at: usize, n: u32): Value {
  let length = 0;
  let width: u32 = 1;
  for (let i: u32 = 0; i < n; i++) {
    const s = ptrOf(load<u64>(at + (<usize>i << 3)));
    length += strLength(s);
    if (strWidth(s) > width) width = strWidth(s);
  }
  const r = newStr(length, width);
  if (r == 0) {
    raiseEmpty(E.MemoryError);
    return NULL;
  }
  let j = 0;
  for (let i: u32 = 0; i < n; i++) {
    const s = ptrOf(load<u64>(at + (<usize>i << 3)));
    const len = strLength(s);
    if (strWidth(s) == width) {
      memory.copy(r + STR_DATA + (<usize>j * width), s + STR_DATA, <usize>len * width);
    } else {
      for (let k = 0; k < len; k++) setCharAt(r, j + k, charAt(s, k));
    }
    j += len;
  }
  return ptrValue(finishStr(r));
}

export function buildSlice(at: usize, n: u32): Value {
  return ptrValue(newSlice(load<u64>(at), load<u64>(at + 8), n == 3 ? load<u64>(at + 16) : NONE));
}

export function listAppendValue(list: Value, v: Value): i32 {
  if (!hasKind(list, KIND_LIST)) return corruptImage('bad code image: LIST_APPEND to a non-list');
  listAppend(ptrOf(list), v);
  return 0;
}

export function setAddValue(set: Value, v: Value): i32 {
  if (!hasKind(set, KIND_SET)) return corruptImage('bad code image: SET_ADD to a non-set');
  return setAdd(ptrOf(set), v);
}

export function mapAddValue(dict: Value, key: Value, value: Value): i32 {
  if (!hasKind(dict, KIND_DICT)) return corruptImage('bad code image: MAP_ADD to a non-dict');
  return dictSet(ptrOf(dict), key, value);
}

export function listExtendValue(list: Value, iterable: Value): i32 {
  if (!hasKind(list, KIND_LIST)) return corruptImage('bad code image: LIST_EXTEND to a non-list');
  const l = ptrOf(list);
  if (isPtr(iterable)) {
    const p = ptrOf(iterable);
    const t = typeOfPtr(p);
    if (t == tupleType || t == listType) {
      const n = t == tupleType ? tupleLength(p) : listLength(p);
      const items = t == tupleType ? tupleItems(p) : listItems(p);
      const have = listLength(l);
      if (!listReserve(l, have + n)) return memoryError();
      memory.copy(listItems(l) + (<usize>have << 3), items, <usize>n << 3);
      store<u32>(l + 8, <u32>(have + n));
      return 0;
    }
  }
  const it = A.getIter(iterable);
  if (it == NULL) {
    if (excMatches(E.TypeError)) {
      clearExc();
      const sb = newBuilder();
      appendJs(sb, 'Value after * must be an iterable, not ');
      appendStr(sb, A.typeNameOf(iterable));
      raiseStr(E.TypeError, finishBuilder(sb));
    }
    return -1;
  }
  pushTempRoot(it);
  while (true) {
    const x = A.iterNext(it);
    if (x == NULL) break;
    if (!listAppend(l, x)) {
      popTempRoots(1);
      return memoryError();
    }
  }
  popTempRoots(1);
  return errOccurred() ? -1 : 0;
}

function memoryError(): i32 {
  raiseEmpty(E.MemoryError);
  return -1;
}

/** SET_UPDATE: set.update's algorithm (a set argument is merged table to table, as CPython does). */
export function setUpdateValue(set: Value, iterable: Value): i32 {
  if (!hasKind(set, KIND_SET)) return corruptImage('bad code image: SET_UPDATE to a non-set');
  return setUpdateWith(ptrOf(set), iterable);
}

/** DICT_UPDATE ({**mapping}): any mapping with keys(); anything else is "not a mapping". */
export function dictUpdateValue(dict: Value, mapping: Value): i32 {
  if (!hasKind(dict, KIND_DICT)) return corruptImage('bad code image: DICT_UPDATE to a non-dict');
  if (dictMergeMapping(ptrOf(dict), mapping) == 0) return 0;
  if (!excMatches(E.AttributeError)) return -1;
  clearExc();
  const sb = newBuilder();
  appendJs(sb, "'");
  appendStr(sb, A.typeNameOf(mapping));
  appendJs(sb, "' object is not a mapping");
  raiseStr(E.TypeError, finishBuilder(sb));
  return -1;
}

/** f(**mapping): like dictUpdateValue, but a repeated key is an error naming the function. */
export function dictMergeValue(dict: Value, mapping: Value, func: Value): i32 {
  if (!hasKind(dict, KIND_DICT)) return corruptImage('bad code image: DICT_MERGE to a non-dict');
  if (!(isPtr(mapping) && kindOfPtr(ptrOf(mapping)) == KIND_DICT)) {
    const sb = newBuilder();
    appendFunctionName(sb, func);
    appendJs(sb, ' argument after ** must be a mapping, not ');
    appendStr(sb, A.typeNameOf(mapping));
    raiseStr(E.TypeError, finishBuilder(sb));
    return -1;
  }
  const m = ptrOf(mapping);
  const d = ptrOf(dict);
  for (let i = dictNextEntry(m, 0); i >= 0; i = dictNextEntry(m, i + 1)) {
    const k = entryKey(m, i);
    if (dictGet(d, k) != NULL) {
      const sb = newBuilder();
      appendFunctionName(sb, func);
      appendJs(sb, " got multiple values for keyword argument '");
      const ks = A.strOf(k);
      if (ks == 0) return -1;
      appendStr(sb, ks);
      appendJs(sb, "'");
      raiseStr(E.TypeError, finishBuilder(sb));
      return -1;
    }
    if (dictSet(d, k, entryValue(m, i)) < 0) return -1;
  }
  return 0;
}

/** "module.f()" as CPython names a callable in call errors (_PyObject_FunctionStr). */
function appendFunctionName(sb: usize, func: Value): void {
  const qualname = A.getAttrOrNull(func, N.N_qualname);
  if (qualname == NULL) {
    clearExc();
    const s = A.strOf(func);
    if (s != 0) appendStr(sb, s);
    return;
  }
  const module = A.getAttrOrNull(func, N.N_module);
  clearExc();
  if (module != NULL && module != NONE) {
    const m = A.strOf(module);
    if (m != 0 && !isBuiltinsModuleName(m)) {
      appendStr(sb, m);
      appendJs(sb, '.');
    }
  }
  const q = A.strOf(qualname);
  if (q != 0) appendStr(sb, q);
  appendJs(sb, '()');
}

function isBuiltinsModuleName(s: usize): bool {
  return strLength(s) == 8 && charAt(s, 0) == 0x62 && charAt(s, 1) == 0x75 && charAt(s, 7) == 0x73 &&
    charAt(s, 2) == 0x69 && charAt(s, 3) == 0x6C && charAt(s, 4) == 0x74 && charAt(s, 5) == 0x69 && charAt(s, 6) == 0x6E;
}

// ---- unpacking ----

function raiseUnpackCount(before: string, expected: u32, got: i32, tail: string): bool {
  const sb = newBuilder();
  appendJs(sb, before);
  appendI64(sb, expected);
  if (got >= 0) {
    appendJs(sb, ', got ');
    appendI64(sb, got);
  }
  appendJs(sb, tail);
  raiseStr(E.ValueError, finishBuilder(sb));
  return false;
}

/** Writes the n items of seq to dest with the first item on top (dest[n-1]). */
export function unpackSequence(seq: Value, dest: usize, n: u32): bool {
  if (isPtr(seq)) {
    const p = ptrOf(seq);
    const t = typeOfPtr(p);
    if (t == tupleType || t == listType) {
      const len = t == tupleType ? tupleLength(p) : listLength(p);
      const items = t == tupleType ? tupleItems(p) : listItems(p);
      if (<u32>len != n) {
        if (<u32>len < n) return raiseUnpackCount('not enough values to unpack (expected ', n, len, ')');
        return raiseUnpackCount('too many values to unpack (expected ', n, -1, ')');
      }
      for (let i: u32 = 0; i < n; i++) store<u64>(dest + (<usize>(n - 1 - i) << 3), load<u64>(items + (<usize>i << 3)));
      return true;
    }
  }
  return unpackIterable(seq, dest, n, 0, false);
}

/** Unpacking with a starred target: before items, a list of the rest, after items. */
export function unpackEx(seq: Value, dest: usize, before: u32, after: u32): bool {
  return unpackIterable(seq, dest, before, after, true);
}

function unpackIterable(seq: Value, dest: usize, before: u32, after: u32, starred: bool): bool {
  const it = A.getIter(seq);
  if (it == NULL) {
    if (excMatches(E.TypeError)) {
      clearExc();
      const sb = newBuilder();
      appendJs(sb, 'cannot unpack non-iterable ');
      appendStr(sb, A.typeNameOf(seq));
      appendJs(sb, ' object');
      raiseStr(E.TypeError, finishBuilder(sb));
    }
    return false;
  }
  pushTempRoot(it);
  const total = before + after + (starred ? 1 : 0);
  for (let i: u32 = 0; i < before; i++) {
    const x = A.iterNext(it);
    if (x == NULL) {
      popTempRoots(1);
      if (errOccurred()) return false;
      if (starred) return raiseUnpackCount('not enough values to unpack (expected at least ', before + after, <i32>i, ')');
      return raiseUnpackCount('not enough values to unpack (expected ', before, <i32>i, ')');
    }
    store<u64>(dest + (<usize>(total - 1 - i) << 3), x);
  }
  if (!starred) {
    const extra = A.iterNext(it);
    popTempRoots(1);
    if (extra == NULL) return !errOccurred();
    return raiseUnpackCount('too many values to unpack (expected ', before, -1, ')');
  }
  const rest = newList(0);
  pushTempRoot(ptrValue(rest));
  while (true) {
    const x = A.iterNext(it);
    if (x == NULL) break;
    listAppend(rest, x);
  }
  popTempRoots(2);
  if (errOccurred()) return false;
  const have = <u32>listLength(rest);
  if (have < after) return raiseUnpackCount('not enough values to unpack (expected at least ', before + after, <i32>(before + have), ')');
  // The list keeps what is left once the `after` items are taken from its end.
  for (let i: u32 = 0; i < after; i++) {
    store<u64>(dest + (<usize>(after - 1 - i) << 3), listGet(rest, <i32>(have - after + i)));
  }
  store<u32>(rest + 8, have - after);
  store<u64>(dest + (<usize>after << 3), ptrValue(rest));
  return true;
}

// ---- functions ----

/** How many values MAKE_FUNCTION's flags put below the code object. */
export function makeFunctionExtras(flags: u32): u32 {
  return popcnt<u32>(flags & 0x0F);
}

export function makeFunction(f: usize, at: usize, flags: u32): Value {
  let slot = at;
  const defaults = (flags & <u32>O.MAKE_FUNCTION_DEFAULTS) ? load<u64>((slot += 8) - 8) : NULL;
  const kwdefaults = (flags & <u32>O.MAKE_FUNCTION_KWDEFAULTS) ? load<u64>((slot += 8) - 8) : NULL;
  const annotations = (flags & <u32>O.MAKE_FUNCTION_ANNOTATIONS) ? load<u64>((slot += 8) - 8) : NULL;
  const closure = (flags & <u32>O.MAKE_FUNCTION_CLOSURE) ? load<u64>((slot += 8) - 8) : NULL;
  if (checkFunctionParts(load<u64>(slot), defaults, kwdefaults, closure) < 0) return NULL;
  const code = ptrOf(load<u64>(slot));
  const globals = <usize>load<u32>(f + FRAME_GLOBALS);
  const consts = <usize>load<u32>(code + C.CODE_CONSTS);
  let doc = NONE;
  if (tupleLength(consts) > 0) {
    const first = tupleGet(consts, 0);
    if (isPtr(first) && kindOfPtr(ptrOf(first)) == KIND_STR) doc = first;
  }
  let module = dictGetStr(globals, N.N_name);
  if (module == NULL) module = NONE;
  const fn = newFunction(code, globals, <usize>load<u32>(f + FRAME_BUILTINS), module, doc);
  if (defaults != NULL) store<u32>(fn + FUNC_DEFAULTS, <u32>ptrOf(defaults));
  if (kwdefaults != NULL) store<u32>(fn + FUNC_KWDEFAULTS, <u32>ptrOf(kwdefaults));
  if (closure != NULL) store<u32>(fn + FUNC_CLOSURE, <u32>ptrOf(closure));
  if (annotations != NULL) store<u64>(fn + FUNC_ANNOTATIONS, annotations);
  return ptrValue(fn);
}

// ---- formatting ----

export function formatValue(v: Value, conversion: u32, spec: Value): Value {
  let x = v;
  if (conversion == <u32>O.FORMAT_STR) {
    const s = A.strOf(v);
    if (s == 0) return NULL;
    x = ptrValue(s);
  } else if (conversion == <u32>O.FORMAT_REPR) {
    const s = A.reprOf(v);
    if (s == 0) return NULL;
    x = ptrValue(s);
  } else if (conversion == <u32>O.FORMAT_ASCII) {
    const s = A.asciiOf(v);
    if (s == 0) return NULL;
    x = ptrValue(s);
  }
  if (spec == NULL && isPtr(x) && typeOfPtr(ptrOf(x)) == strType) return x;
  const r = A.formatWithSpec(x, spec == NULL ? ptrValue(N.N_empty) : spec);
  return r == 0 ? NULL : ptrValue(r);
}

// ---- calls ----

export function callFunctionEx(func: Value, callargs: Value, kwargs: Value): Value {
  let args = callargs;
  if (!(isPtr(args) && typeOfPtr(ptrOf(args)) == tupleType)) {
    const l = newList(0);
    pushTempRoot(ptrValue(l));
    const ok = listExtendValue(ptrValue(l), args);
    popTempRoots(1);
    if (ok < 0) {
      if (excMatches(E.TypeError)) {
        clearExc();
        const sb = newBuilder();
        appendFunctionName(sb, func);
        appendJs(sb, ' argument after * must be an iterable, not ');
        appendStr(sb, A.typeNameOf(callargs));
        raiseStr(E.TypeError, finishBuilder(sb));
      }
      return NULL;
    }
    args = ptrValue(tupleFromArray(listItems(l), listLength(l)));
  }
  const t = ptrOf(args);
  const nargs = tupleLength(t);
  if (kwargs == NULL || dictLength(ptrOf(kwargs)) == 0) return A.callValue(func, tupleItems(t), nargs, NULL);
  const d = ptrOf(kwargs);
  const nkw = dictLength(d);
  const all = newTuple(nargs + nkw);
  const names = newTuple(nkw);
  for (let i = 0; i < nargs; i++) tupleSet(all, i, tupleGet(t, i));
  let k = 0;
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
    const key = entryKey(d, i);
    if (!(isPtr(key) && kindOfPtr(ptrOf(key)) == KIND_STR)) {
      raiseJs(E.TypeError, 'keywords must be strings');
      return NULL;
    }
    tupleSet(names, k, key);
    tupleSet(all, nargs + k, entryValue(d, i));
    k++;
  }
  pushTempRoot(ptrValue(all));
  pushTempRoot(ptrValue(names));
  const r = A.callValue(func, tupleItems(all), nargs, ptrValue(names));
  popTempRoots(2);
  return r;
}

// ---- exceptions ----

/** Makes an exception instance from a raise operand (a class is called with no arguments). */
function exceptionFrom(v: Value, what: string): Value {
  if (isPtr(v)) {
    const p = ptrOf(v);
    if (kindOfPtr(p) == KIND_TYPE && (load<u32>(p + TYPE_FLAGS) & TPFLAG_EXCEPTION)) {
      const inst = A.call0(v);
      if (inst == NULL) return NULL;
      if (!A.isInstance(inst, E.BaseException)) {
        const sb = newBuilder();
        appendJs(sb, 'calling ');
        const r = A.reprOf(v);
        if (r != 0) appendStr(sb, r);
        appendJs(sb, ' should have returned an instance of BaseException, not ');
        appendStr(sb, A.typeNameOf(inst));
        raiseStr(E.TypeError, finishBuilder(sb));
        return NULL;
      }
      return inst;
    }
    if (kindOfPtr(p) == KIND_EXCEPTION) return v;
  }
  raiseJs(E.TypeError, what);
  return NULL;
}

/** RAISE_VARARGS; returns true when it re-raised the handled exception (no new traceback entry). */
export function doRaise(n: u32, exc: Value, cause: Value): bool {
  if (n == 0) {
    if (handledExc == NONE) {
      raiseJs(E.RuntimeError, 'No active exception to reraise');
      return false;
    }
    raiseValue(handledExc);
    return true;
  }
  const e = exceptionFrom(exc, 'exceptions must derive from BaseException');
  if (e == NULL) return false;
  if (n == 2) {
    let c = cause;
    if (c != NONE) {
      c = exceptionFrom(cause, 'exception causes must derive from BaseException');
      if (c == NULL) return false;
    }
    store<u64>(ptrOf(e) + EXC_CAUSE, c);
    store<u32>(ptrOf(e) + EXC_FLAGS, load<u32>(ptrOf(e) + EXC_FLAGS) | EXC_SUPPRESS_CONTEXT);
  }
  raiseValue(e);
  return false;
}

/** Prepends a traceback entry for (code, instruction index) to the pending exception's traceback. */
export function addTraceback(f: usize, code: usize, index: u32): void {
  const exc = currentExc;
  if (!isPtr(exc) || kindOfPtr(ptrOf(exc)) != KIND_EXCEPTION) return;
  const e = ptrOf(exc);
  store<u64>(e + EXC_TRACEBACK, ptrValue(newTraceback(load<u64>(e + EXC_TRACEBACK), code, index)));
}

/**
 * Looks up the handler covering instruction `index`; when there is one, resets the frame's
 * stack to the handler's depth, pushes lasti (if asked) and the exception, and returns the
 * handler's word index. Returns -1 when this frame has no handler there.
 */
export function findHandler(f: usize, code: usize, index: u32): i32 {
  // Where the frame is, for what finalizers dropped below report (writeUnraisable).
  store<u32>(f + FRAME_LASTI, index);
  const n = load<u32>(code + C.CODE_HANDLERCOUNT);
  const table = <usize>load<u32>(code + C.CODE_HANDLERS) + 8;
  for (let i: u32 = 0; i < n; i++) {
    const at = table + (<usize>i << 4);
    if (index < load<u32>(at) || index >= load<u32>(at, 4)) continue;
    const depthAndLasti = load<u32>(at, 12);
    const nlocals = <usize>load<u32>(code + C.CODE_NLOCALSPLUS);
    let sp = f + FRAME_HEADER + (nlocals << 3) + (<usize>(depthAndLasti >> 1) << 3);
    finalizeDroppedGenerators(f, sp);
    // Slots above where the raising instruction left the stack hold stale values; our compiler
    // never makes a handler expect them, but a hand-made image could: give it None instead.
    for (let p = <usize>load<u32>(f + FRAME_SP); p < sp; p += 8) store<u64>(p, NONE);
    if (depthAndLasti & 1) {
      store<u64>(sp, smallInt(index));
      sp += 8;
    }
    store<u64>(sp, fetchExc());
    store<u32>(f + FRAME_SP, <u32>(sp + 8));
    return <i32>load<u32>(at, 8);
  }
  return -1;
}

/** Leaves a frame that has no handler for the pending exception; returns the frame below. */
export function unwindFrame(f: usize): usize {
  finalizeDroppedGenerators(f, f + FRAME_HEADER);
  const back = <usize>load<u32>(f + FRAME_BACK);
  const flags = load<u32>(f + FRAME_FLAGS);
  if (flags & FRAME_IN_GENERATOR) {
    // Not freed even when owned: the caller's unwinding still looks at the stack slot holding it.
    finishGenerator(f);
    return back;
  }
  leaveFrameDepth();
  popFrameMemory(f);
  return back;
}

/** CHECK_EXC_MATCH: is exc an instance of the class(es) named in an except clause? 1, 0 or -1. */
export function checkExcMatch(exc: Value, match: Value): i32 {
  if (!isExceptClause(match)) {
    raiseJs(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    return -1;
  }
  return exceptClauseCatches(exc, match) ? 1 : 0;
}

/**
 * CHECK_EG_MATCH: [exc, types] becomes [rest, match] when an except* clause catches part of exc
 * (match becomes the handled exception), else [exc, None].
 */
export function checkEgMatch(at: usize): bool {
  const out = newPair();
  pushTempRoot(ptrValue(out));
  const ok = exceptStarMatch(load<u64>(at), load<u64>(at, 8), out);
  popTempRoots(1);
  if (!ok) return false;
  const match = listGet(out, 0);
  if (match == NONE) {
    store<u64>(at, NONE, 8);
    return true;
  }
  store<u64>(at, listGet(out, 1));
  store<u64>(at, match, 8);
  setFrameHandledExc(currentFrame, match);
  return true;
}

/** WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__). */
export function withExceptStart(exit: Value, exc: Value): Value {
  const at = A.scratchReserve(24);
  store<u64>(at, ptrValue(A.typeOf(exc)));
  store<u64>(at, exc, 8);
  store<u64>(at, load<u64>(ptrOf(exc) + EXC_TRACEBACK), 16);
  const r = A.callValue(exit, at, 3, NULL);
  A.scratchRelease(at);
  return r;
}

/** BEFORE_WITH: replaces the manager at `at` with its bound __exit__, then pushes __enter__(). */
export function beforeWith(at: usize): bool {
  const mgr = load<u64>(at);
  const type = A.typeOf(mgr);
  const enter = A.lookupInMro(type, N.N_enter);
  const exit = enter == NULL ? NULL : A.lookupInMro(type, N.N_exit);
  if (enter == NULL || exit == NULL) {
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, A.typeNameOf(mgr));
    appendJs(sb, enter == NULL ? "' object does not support the context manager protocol" :
      "' object does not support the context manager protocol (missed __exit__ method)");
    raiseStr(E.TypeError, finishBuilder(sb));
    return false;
  }
  const boundExit = A.bindDescriptor(exit, mgr, type);
  if (boundExit == NULL) return false;
  store<u64>(at, boundExit);
  const boundEnter = A.bindDescriptor(enter, mgr, type);
  if (boundEnter == NULL) return false;
  const r = A.call0(boundEnter);
  if (r == NULL) return false;
  store<u64>(at + 8, r);
  return true;
}

export function assertionErrorValue(): Value {
  return ptrValue(E.AssertionError);
}

export function loadBuildClass(f: usize): Value {
  const v = dictGetStr(<usize>load<u32>(f + FRAME_BUILTINS), N.N_build_class);
  if (v == NULL) raiseJs(E.NameError, '__build_class__ not found');
  return v;
}

export function setupAnnotations(f: usize): i32 {
  const mapping = frameLocalsMapping(f);
  if (mapping == 0) {
    raiseJs(E.SystemError, 'no locals found when setting up annotations');
    return -1;
  }
  if (mappingGet(mapping, ptrValue(N.N_annotations)) != NULL) return 0;
  if (errOccurred()) return -1;
  return storeName(f, ptrValue(N.N_annotations), ptrValue(newDict()));
}

// ---- generators ----

/** The co_flags that make a code object's calls create a generator, coroutine or async generator. */
export const GENERATOR_CODE_FLAGS: u32 = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/** A new generator object for a frame of `code`, with room for the frame and no frame yet. */
function newGeneratorFor(code: usize, func: usize): usize {
  const flags = load<u32>(code + C.CODE_FLAGS);
  const flavor = (flags & CO_COROUTINE) ? GEN_COROUTINE : (flags & CO_ASYNC_GENERATOR) ? GEN_ASYNC : GEN_PLAIN;
  return newGenerator(flavor, <usize>load<u32>(code + C.CODE_FRAMESIZE), <usize>load<u32>(func + FUNC_NAME),
    <usize>load<u32>(func + FUNC_QUALNAME));
}

/** Marks g's frame as its own (suspended before its first instruction after RETURN_GENERATOR). */
function adoptFrame(g: usize): void {
  const gf = genFrame(g);
  store<u32>(gf + FRAME_FLAGS, FRAME_IN_GENERATOR);
  store<u32>(gf + FRAME_OWNER, <u32>g);
  store<u32>(gf + FRAME_BACK, 0);
}

/** RETURN_GENERATOR: copies the running frame into a new generator object. */
export function makeGenerator(f: usize): Value {
  const code = <usize>load<u32>(f + FRAME_CODE);
  const size = <usize>load<u32>(code + C.CODE_FRAMESIZE);
  const g = newGeneratorFor(code, <usize>load<u32>(f + FRAME_FUNC));
  const gf = genFrame(g);
  // A loop, not memory.copy: V8 makes memory.copy a call into the runtime.
  for (let i: usize = 0; i < size; i += 8) store<u64>(gf + i, load<u64>(f + i));
  store<u32>(gf + FRAME_SP, load<u32>(f + FRAME_SP) - <u32>f + <u32>gf);
  adoptFrame(g);
  if ((load<u32>(f + FRAME_FLAGS) & FRAME_ENTRY) == 0) noteCallerUse(g, load<u32>(g + GEN_FLAVOR), <usize>load<u32>(f + FRAME_BACK));
  return ptrValue(g);
}

/**
 * CALL of a generator, coroutine or async generator function from Python code: what running
 * the new frame up to its RETURN_GENERATOR would do, without running it — the object is made
 * with the frame inside, the arguments bound there and the prologue (COPY_FREE_VARS,
 * MAKE_CELL) done. Returns it, or NULL on an argument error.
 */
export function callGeneratorFunction(func: usize, code: usize, args: usize, nargs: i32, kwnames: Value, caller: usize): Value {
  const g = newGeneratorFor(code, func);
  const gf = genFrame(g);
  initFrame(gf, code, func, <usize>load<u32>(func + FUNC_GLOBALS), <usize>load<u32>(func + FUNC_BUILTINS), 0);
  if (!bindCallArguments(gf, func, code, args, nargs, kwnames)) {
    setGenFlag(g, GENFLAG_FINALIZED, true); // never started: nothing to report when it is collected
    store<u32>(g + GEN_STATE, GEN_FINISHED);
    return NULL;
  }
  let ip = C.codeWords(code);
  const end = ip + (<usize>load<u32>(code + C.CODE_WORDCOUNT) << 2);
  for (let word = load<u32>(ip); (word & 0xFF) != O.OP_RETURN_GENERATOR; word = load<u32>(ip)) {
    const slot = gf + FRAME_HEADER + (<usize>(word >> 8) << 3);
    if ((word & 0xFF) == O.OP_MAKE_CELL) store<u64>(slot, newCellValue(load<u64>(slot)));
    else if ((word & 0xFF) == O.OP_COPY_FREE_VARS) copyFreeVars(gf, code, word >> 8);
    ip += 4;
    if (ip >= end) {
      store<u32>(g + GEN_STATE, GEN_FINISHED);
      raiseJs(E.SystemError, 'generator code without RETURN_GENERATOR');
      return NULL;
    }
  }
  store<u32>(gf + FRAME_IP, <u32>(ip + 4));
  adoptFrame(g);
  noteCallerUse(g, load<u32>(g + GEN_FLAVOR), caller);
  return ptrValue(g);
}

/**
 * `await f(...)` where f is a coroutine function and the caller's next instructions are the
 * await (GET_AWAITABLE; LOAD_CONST None; SEND): instead of making a coroutine object to send
 * None into, push f's frame as a call's (its RETURN_GENERATOR then does nothing). If it returns,
 * the value lands after the await's END_SEND, as a call's result; if it raises, the exception
 * comes out of the SEND. If it suspends, spillInlineCoroutine moves it into a coroutine object
 * then, which is all CPython's object would have been observable for: nothing else could reach
 * it meanwhile. Returns the frame, or 0 (an error set, or not such an await).
 * `yield from g(...)` where g is a generator function runs the same way (GET_YIELD_FROM_ITER
 * in place of GET_AWAITABLE): a generator that returns without yielding is never made.
 */
export function inlineAwaitFrame(func: usize, code: usize, args: usize, nargs: i32, kwnames: Value, caller: usize): usize {
  const flags = load<u32>(code + C.CODE_FLAGS);
  const awaitOp = (flags & CO_COROUTINE) ? O.OP_GET_AWAITABLE :
    (flags & (CO_GENERATOR | CO_ASYNC_GENERATOR)) == CO_GENERATOR ? O.OP_GET_YIELD_FROM_ITER : 0;
  if (awaitOp == 0) return 0;
  const next = <usize>load<u32>(caller + FRAME_IP);
  const consts = tupleItems(<usize>load<u32>(<usize>load<u32>(caller + FRAME_CODE) + C.CODE_CONSTS));
  const loadNone = load<u32>(next, 4);
  const send = load<u32>(next, 8);
  if ((load<u32>(next) & 0xFF) != awaitOp || (loadNone & 0xFF) != O.OP_LOAD_CONST ||
    load<u64>(consts + (<usize>(loadNone >> 8) << 3)) != NONE || (send & 0xFF) != O.OP_SEND) return 0;
  const f = pushCallFrame(func, code, args, nargs, kwnames, caller);
  if (f == 0) return 0;
  // Without a prologue, start after RETURN_GENERATOR and the POP_TOP of the value sent in.
  const start = C.codeWords(code);
  if ((load<u32>(start) & 0xFF) == O.OP_RETURN_GENERATOR && (load<u32>(start, 4) & 0xFF) == O.OP_POP_TOP) {
    store<u32>(f + FRAME_IP, <u32>(start + 8));
  }
  const words = C.codeWords(<usize>load<u32>(caller + FRAME_CODE));
  store<u32>(f + FRAME_FLAGS, FRAME_INLINE_CORO);
  startInlineExcState(f);
  // The caller continues after END_SEND (SEND's target) with the result; an exception is the SEND's.
  store<u32>(caller + FRAME_IP, <u32>(words + (<usize>(send >> 8) << 2) + 4));
  store<u32>(caller + FRAME_LASTI, <u32>((next + 8 - words) >> 2));
  return f;
}

/** Whether a call passes exactly the positional parameters of code (nothing to bind but a copy). */
function isPlainCall(code: usize, nargs: i32, kwnames: Value): bool {
  return kwnames == NULL && <u32>nargs == load<u32>(code + C.CODE_ARGCOUNT) &&
    (load<u32>(code + C.CODE_FLAGS) & (CO_VARARGS | CO_VARKEYWORDS)) == 0 && load<u32>(code + C.CODE_KWONLY) == 0;
}

/** Binds a call's arguments in a frame initFrame made (a loop for a plain call; V8 makes memory.copy a runtime call). */
function bindCallArguments(f: usize, func: usize, code: usize, args: usize, nargs: i32, kwnames: Value): bool {
  if (!isPlainCall(code, nargs, kwnames)) return bindArguments(f, func, code, args, nargs, kwnames);
  for (let i: usize = 0; i < <usize>nargs; i++) store<u64>(f + FRAME_HEADER + (i << 3), load<u64>(args + (i << 3)));
  return true;
}

/** A frame for a call of func with its arguments bound (newFrameForCall, quicker for plain positional calls). */
function pushCallFrame(func: usize, code: usize, args: usize, nargs: i32, kwnames: Value, caller: usize): usize {
  if (!isPlainCall(code, nargs, kwnames) || !enterFrameDepth()) return newFrameForCall(func, args, nargs, kwnames, caller);
  const f = pushFrameMemory(<usize>load<u32>(code + C.CODE_FRAMESIZE));
  if (f == 0) {
    leaveFrameDepth();
    return newFrameForCall(func, args, nargs, kwnames, caller);
  }
  initFrame(f, code, func, <usize>load<u32>(func + FUNC_GLOBALS), <usize>load<u32>(func + FUNC_BUILTINS), caller);
  bindCallArguments(f, func, code, args, nargs, kwnames);
  return f;
}

/**
 * YIELD_VALUE in an inline-awaited coroutine frame: the coroutine object it would have been is
 * made now, with the frame moved in (suspended there), and its awaiter is set up as if its SEND
 * had resumed it and received the value: the object is the SEND's receiver and the awaiter goes
 * on to its own YIELD_VALUE. The frame leaves the frame stack. Returns the awaiter.
 */
function spillInlineCoroutine(f: usize): usize {
  const caller = <usize>load<u32>(f + FRAME_BACK);
  const code = <usize>load<u32>(f + FRAME_CODE);
  const size = <usize>load<u32>(code + C.CODE_FRAMESIZE);
  const g = newGeneratorFor(code, <usize>load<u32>(f + FRAME_FUNC));
  const gf = genFrame(g);
  for (let i: usize = 0; i < size; i += 8) store<u64>(gf + i, load<u64>(f + i));
  store<u32>(gf + FRAME_SP, load<u32>(f + FRAME_SP) - <u32>f + <u32>gf);
  adoptFrame(g);
  store<u32>(g + GEN_STATE, GEN_SUSPENDED);
  setGenFlag(g, GENFLAG_OWNED, true);
  // Exception state as for a coroutine resumed with the handled exception it was called with.
  store<u64>(g + GEN_SAVED_EXC, inlineOwnExc(f));
  setHandledExc(inlineResumerExc(f));
  // The caller's last instruction is the await's SEND (inlineAwaitFrame).
  const sendAt = C.codeWords(<usize>load<u32>(caller + FRAME_CODE)) + (<usize>load<u32>(caller + FRAME_LASTI) << 2);
  store<u32>(caller + FRAME_IP, <u32>(sendAt + 8));
  const base = <usize>load<u32>(caller + FRAME_SP);
  store<u64>(base, ptrValue(g));
  store<u32>(caller + FRAME_SP, <u32>(base + 8));
  leaveFrameDepth();
  popFrameMemory(f);
  return caller;
}

/** Whether op pops a value to test it (a coroutine is true, and then dropped). */
function isTruthTest(op: u32): bool {
  return op == O.OP_POP_JUMP_IF_FALSE || op == O.OP_POP_JUMP_IF_TRUE || op == O.OP_POP_JUMP_IF_NONE ||
    op == O.OP_POP_JUMP_IF_NOT_NONE;
}

/**
 * What the caller's next instructions do with a new generator: drop it at once (a coroutine
 * never awaited — an expression statement, an if or while test: warn now, where CPython does),
 * or keep it only on its stack for `await`, `yield from` or a for loop (owned: freed when it
 * finishes there; objects/generator.ts).
 */
function noteCallerUse(g: usize, flavor: u32, caller: usize): void {
  const next = <usize>load<u32>(caller + FRAME_IP);
  const op = load<u32>(next) & 0xFF;
  if (flavor == GEN_COROUTINE) {
    if (op == O.OP_POP_TOP || isTruthTest(op)) warnDiscardedCoroutine(g, caller, next);
    else if (op == O.OP_GET_AWAITABLE) setGenFlag(g, GENFLAG_OWNED, true);
  } else if (flavor == GEN_ASYNC) {
    // `async for x in agen()`: finalized when the loop drops it (its frame never runs in the loop).
    if (op == O.OP_GET_AITER) setGenFlag(g, GENFLAG_OWNED, true);
  } else if (flavor == GEN_PLAIN) {
    // GET_ITER feeding a comprehension's call passes the iterator on: only a for loop here owns it.
    if (op == O.OP_GET_YIELD_FROM_ITER || (op == O.OP_GET_ITER && (load<u32>(next, 4) & 0xFF) == O.OP_FOR_ITER)) {
      setGenFlag(g, GENFLAG_OWNED, true);
    }
  }
}

/**
 * POP_ITER of a generator: when the loop was all that held it (owned), nothing can reach it any
 * more, so it is finalized now (its finally blocks run), where CPython's reference count drops.
 */
export function dropLoopGenerator(g: usize): void {
  if ((load<u32>(g + GEN_FLAGS) & GENFLAG_OWNED) != 0 && needsFinalization(g)) finalizeGenerator(g);
}

/**
 * An exception unwinds f's stack down to `to`: generators that only a for loop there held are
 * finalized now, before any handler runs, as CPython's reference counting would.
 */
function finalizeDroppedGenerators(f: usize, to: usize): void {
  for (let p = <usize>load<u32>(f + FRAME_SP); p > to; ) {
    p -= 8;
    const v = load<u64>(p);
    if (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_GENERATOR) {
      setCurrentFrame(f);
      dropLoopGenerator(ptrOf(v));
    }
  }
}

/** True when the generator can be resumed right now by the loop (else the slow path raises). */
export function canResumeInLoop(g: usize): bool {
  const state = load<u32>(g + GEN_STATE);
  return state == GEN_SUSPENDED || state == GEN_CREATED;
}

/**
 * Links a generator's frame above `back` and pushes the value sent in; returns the frame to run.
 * mode: RESUME_* | target << 2 (see eval.ts).
 */
// @ts-ignore: decorator
@inline export function resumeGenerator(g: usize, back: usize, value: Value, mode: u32, isSend: bool): usize {
  if (load<u32>(g + GEN_PARKED_LEAF) != 0) {
    const leafFrame = resumeParkedChain(g, back, value, mode);
    if (leafFrame != 0) return leafFrame;
  }
  const gf = genFrame(g);
  store<u32>(g + GEN_CHAIN_HEAD, <u32>chainHeadFor(g, back, mode));
  store<u32>(gf + FRAME_BACK, <u32>back);
  store<u32>(gf + FRAME_RESUME_MODE, mode);
  store<u32>(gf + FRAME_FLAGS, FRAME_IN_GENERATOR | (mode == 0 ? 1 : 0));
  store<u32>(g + GEN_STATE, GEN_RUNNING);
  store<u64>(g + GEN_RESUMER_EXC, handledExc);
  const own = load<u64>(g + GEN_SAVED_EXC);
  if (own != NONE) setHandledExc(own);
  const sp = <usize>load<u32>(gf + FRAME_SP);
  store<u64>(sp, value);
  store<u32>(gf + FRAME_SP, <u32>(sp + 8));
  return gf;
}

// @ts-ignore: decorator
@inline function restoreResumerExc(g: usize): void {
  // Its own handled exception stays in GEN_SAVED_EXC (interp/handled-exc.ts).
  setHandledExc(load<u64>(g + GEN_RESUMER_EXC));
  store<u64>(g + GEN_RESUMER_EXC, NONE);
}

// A value sent into a `yield from` / `await` chain suspended level by level goes down through
// every level (RESUME, JUMP_BACKWARD_NO_INTERRUPT, SEND at each); sendThrough does those steps
// directly, without dispatching the instructions or loading each frame into the loop: the same
// state results, and the first frame that does something else is where the loop continues.
// (The skipped RESUMEs are safe points; the next RESUME the loop runs is one too.) A value
// yielded goes up the same way: see interp/delegation-chain.ts.

/**
 * After resuming generator frame gf with a value: while gf is suspended in a SEND loop over a
 * suspended generator (RESUME 2/3, JUMP_BACKWARD_NO_INTERRUPT to the SEND), do that SEND: pass
 * the value down. Returns the frame to run.
 */
export function sendThrough(gf: usize): usize {
  let f = gf;
  while (true) {
    const ip = <usize>load<u32>(f + FRAME_IP);
    const resume = load<u32>(ip);
    const jump = load<u32>(ip, 4);
    if ((resume & 0xFF) != O.OP_RESUME || (resume >> 8) < 2 || (jump & 0xFF) != O.OP_JUMP_BACKWARD_NO_INTERRUPT) break;
    const sp = <usize>load<u32>(f + FRAME_SP);
    const receiver = load<u64>(sp - 16);
    if (!isPtr(receiver) || kindOfPtr(ptrOf(receiver)) != KIND_GENERATOR || load<u32>(ptrOf(receiver) + GEN_STATE) != GEN_SUSPENDED) break;
    const words = C.codeWords(<usize>load<u32>(f + FRAME_CODE));
    const sendAt = words + (<usize>(jump >> 8) << 2);
    if ((load<u32>(sendAt) & 0xFF) != O.OP_SEND) break;
    store<u32>(f + FRAME_IP, <u32>(sendAt + 8));
    store<u32>(f + FRAME_SP, <u32>(sp - 8));
    store<u32>(f + FRAME_LASTI, <u32>((sendAt - words) >> 2));
    f = resumeGenerator(ptrOf(receiver), f, load<u64>(sp - 8), RESUME_SEND | ((load<u32>(sendAt) >> 8) << 2), true);
  }
  return f;
}

/** YIELD_VALUE: suspends the generator owning frame f; returns the frame to continue in. */
// @ts-ignore: decorator
@inline export function suspendGenerator(f: usize): usize {
  if (load<u32>(f + FRAME_FLAGS) & FRAME_INLINE_CORO) return spillInlineCoroutine(f);
  const g = <usize>load<u32>(f + FRAME_OWNER);
  store<u32>(g + GEN_STATE, GEN_SUSPENDED);
  restoreResumerExc(g);
  const back = <usize>load<u32>(f + FRAME_BACK);
  store<u32>(f + FRAME_BACK, 0);
  return back;
}

/** After a collection: the finalizers of the generators it found unreachable (see objects/gen-finalize.ts). */
export function afterCollection(): void {
  runPendingFinalizers();
}

/**
 * finishGenerator for a frame that returned inside the loop to the frame that resumed it (not
 * to native code): an owned generator is freed, its caller dropping it now.
 */
export function finishGeneratorInLoop(f: usize): usize {
  const g = <usize>load<u32>(f + FRAME_OWNER);
  if ((load<u32>(g + GEN_FLAGS) & GENFLAG_OWNED) == 0) return finishGenerator(f);
  const back = <usize>load<u32>(f + FRAME_BACK);
  restoreResumerExc(g);
  freeOwnedGenerator(g);
  return back;
}

/** A generator's frame returned or raised: it is finished. Returns the frame to continue in. */
export function finishGenerator(f: usize): usize {
  const g = <usize>load<u32>(f + FRAME_OWNER);
  store<u32>(g + GEN_STATE, GEN_FINISHED);
  restoreResumerExc(g);
  store<u64>(g + GEN_SAVED_EXC, NONE);
  const back = <usize>load<u32>(f + FRAME_BACK);
  store<u32>(f + FRAME_BACK, 0);
  // Drop the finished frame's values so they can be collected.
  const code = <usize>load<u32>(f + FRAME_CODE);
  const nlocals = <usize>load<u32>(code + C.CODE_NLOCALSPLUS);
  for (let i: usize = 0; i < nlocals; i++) store<u64>(f + FRAME_HEADER + (i << 3), NULL);
  store<u32>(f + FRAME_SP, <u32>(f + FRAME_HEADER + (nlocals << 3)));
  return back;
}

/** GET_YIELD_FROM_ITER: generators and coroutines as they are (a coroutine only in a coroutine), else iter(v). */
export function getYieldFromIter(code: usize, v: Value): Value {
  if (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_GENERATOR) {
    const flavor = load<u32>(ptrOf(v) + GEN_FLAVOR);
    if (flavor == GEN_PLAIN) return v;
    if (flavor == GEN_COROUTINE) {
      if ((load<u32>(code + C.CODE_FLAGS) & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) == 0) {
        raiseJs(E.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        return NULL;
      }
      return v;
    }
  }
  return A.getIter(v);
}

/** FOR_ITER's fast path for the builtin iterators; NULL when the slow path must run. */
// @ts-ignore: decorator
@inline export function fastIterNext(it: Value): Value {
  return fastNext(it);
}

/** What generatorToResume found to send in. */
export let valueToResumeWith: Value = NONE;

/**
 * CALL's check for gen.send(v), coro.send(v) and next(gen) on a generator the loop can resume:
 * that generator (valueToResumeWith set), or 0 for an ordinary call. Anything unusual (a
 * just-started generator sent a value, next() with a default) takes the native path.
 */
export function generatorToResume(callable: Value, args: usize, nargs: i32): usize {
  if (!isPtr(callable)) return 0;
  let fn: usize;
  let self: Value;
  const c = ptrOf(callable);
  const kind = kindOfPtr(c);
  if (kind == KIND_DESCRIPTOR && load<u32>(c + DESCR_SUBKIND) == DESCR_METHOD && nargs == 2) {
    fn = <usize>load<u32>(c + DESCR_FN); // the method form: self and the value
    self = load<u64>(args);
    valueToResumeWith = load<u64>(args, 8);
  } else if (kind == KIND_BUILTIN) {
    fn = <usize>load<u32>(c + BUILTIN_FN);
    self = load<u64>(c + BUILTIN_SELF);
    if (self == NULL) {
      if (nargs != 1) return 0; // next(gen)
      self = load<u64>(args);
      valueToResumeWith = NONE;
    } else {
      if (nargs != 1) return 0; // a bound gen.send
      valueToResumeWith = load<u64>(args);
    }
  } else {
    return 0;
  }
  if (!isPtr(self) || kindOfPtr(ptrOf(self)) != KIND_GENERATOR) return 0;
  const g = ptrOf(self);
  if (!isResumingCall(fn, load<u32>(g + GEN_FLAVOR))) return 0;
  const state = load<u32>(g + GEN_STATE);
  if (state == GEN_SUSPENDED || (state == GEN_CREATED && valueToResumeWith == NONE)) return g;
  return 0;
}

/** The return of a generator resumed by a send()/next() call: StopIteration at the call. */
export function raiseStopIteration(value: Value): void {
  restoreExc(value == NONE ? ptrValue(newException(E.StopIteration, NULL)) : newStopIteration(value));
}

/** The return value of a non-generator receiver that finished during SEND. */
export let sendReturnValue: Value = NONE;

/**
 * SEND's slow path: a generator the loop cannot resume (running or finished), or any other
 * iterator: next() when sending None to an iterator, else .send(value). NULL with no exception
 * when the receiver returned (its value in sendReturnValue).
 */
export function sendNonGenerator(receiver: Value, value: Value): Value {
  let r: Value;
  if (isPtr(receiver) && kindOfPtr(ptrOf(receiver)) == KIND_GENERATOR) {
    r = genSendEx(ptrOf(receiver), value, false, false);
    if (r == NULL || sendOutcome == SENT_YIELDED) return r;
    sendReturnValue = r;
    return NULL;
  }
  if (isFutureIter(receiver)) {
    // `await future`: its result comes back without a StopIteration.
    r = futureIterSend(receiver);
    if (r == NULL && !errOccurred()) sendReturnValue = futureIterReturned;
    return r;
  }
  if (value == NONE && getSlot(A.typeOf(receiver), SLOT_NEXT) != 0) {
    r = A.iterNextRaw(receiver);
  } else {
    const send = A.getAttr(receiver, N.N_send);
    if (send == NULL) return NULL;
    r = A.call1(send, value);
  }
  if (r != NULL) return r;
  if (!errOccurred()) {
    sendReturnValue = NONE;
    return NULL;
  }
  if (excMatches(E.StopIteration)) {
    sendReturnValue = stopIterationValue(ptrOf(fetchExc()));
    return NULL;
  }
  return NULL;
}

/** The value a StopIteration carries. */
export function stopIterationValue(e: usize): Value {
  return load<u64>(e + EXC_VALUE);
}

/** CLEANUP_THROW: a StopIteration ends the delegation with its value; anything else propagates. */
export function cleanupThrow(exc: Value): Value {
  if (A.isInstance(exc, E.StopIteration)) return stopIterationValue(ptrOf(exc));
  restoreExc(exc);
  return NULL;
}

export function getAwaitable(v: Value, where: u32): Value {
  return getAwaitableOf(v, where);
}

export function getAIter(v: Value): Value {
  return getAsyncIter(v);
}

export function getANext(v: Value): Value {
  return getAsyncNext(v);
}

/** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else is re-raised (returns false). */
export function endAsyncFor(exc: Value): bool {
  if (A.isInstance(exc, E.StopAsyncIteration)) return true;
  restoreExc(exc);
  return false;
}

export function beforeAsyncWith(at: usize): bool {
  return beforeAsyncWithAt(at);
}

// ---- imports and pattern matching (object model issue) ----

export function importName(f: usize, name: Value, fromlist: Value, level: Value): Value {
  return importModule(f, name, fromlist, level);
}

export function importFrom(module: Value, name: Value): Value {
  return importFromModule(module, name);
}

export function matchKind(subject: Value, mapping: bool): bool {
  return matchesKind(subject, mapping);
}

export function matchKeys(subject: Value, keys: Value): Value {
  return matchMappingKeys(subject, keys);
}

export function matchClass(subject: Value, cls: Value, npos: u32, names: Value): Value {
  return matchClassPattern(subject, cls, npos, names);
}

export { NONE, O, restoreExc, FRAME_IP, instanceDictOf, genericGetAttrSlot, cellType, setType,
  tupleType, typeType, emptyTuple, GEN_FINISHED, GEN_CREATED, widthFor };
