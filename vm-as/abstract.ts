// The object protocol (CPython's Objects/abstract.c and object.c): the operations every value
// takes part in — type, hash, equality and comparison, truth, repr/str, attributes, items,
// iteration, operators and calls — with fast paths for the immediates and dispatch through the
// types' slots for everything else.

import { genericAlias } from './objects/generic-alias';
import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, ELLIPSIS, isSmallInt, isFloat, isPtr,
  intOf, floatOf, ptrOf, ptrValue, smallInt } from './value';
import { kindOfPtr, typeOfPtr, KIND_STR, KIND_TUPLE } from './object';
import { strHash, strEquals, strType, strLength, charAt } from './objects/str';
import { tupleLength, tupleGet, tupleItems, tupleType } from './objects/tuple';
import { getSlot, SLOT_HASH, SLOT_REPR, SLOT_STR, SLOT_BOOL, SLOT_LEN, SLOT_GETATTR, SLOT_SETATTR,
  SLOT_RICHCOMPARE, SLOT_ITER, SLOT_NEXT, SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_CALL,
  SLOT_NB, SLOT_NEGATIVE, SLOT_POSITIVE, SLOT_INVERT, SLOT_INDEX, SLOT_DESCR_GET, SLOT_DESCR_SET,
  TYPE_MRO, TYPE_DICT, TYPE_NAME, TYPE_VERSION, TPFLAG_HEAPTYPE, TPFLAG_TYPE_SUBCLASS, isSubtype, typeType, typeFlags } from './types';
import { STR_FLAGS, STR_INTERNED } from './objects/str';
import { newGetItemIterator } from './objects/iterators';
import { raiseJs, raiseStr, errOccurred, excMatches, clearExc } from './errors';
import { TypeError, AttributeError, StopIteration, RecursionError } from './objects/exception';
import { hashFloat } from './objects/float-hash';
import { intOperand } from './objects/int-type';
import { dictGetStr } from './objects/dict';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from './objects/strbuilder';
import { N_format } from './names';
import { N_class_getitem } from './objects/class';
import { genericGetAttrSlot, genericGetAttrOrNull } from './objects/baseobject';
import { typeGetAttrSlot, typeGetAttrOrNull } from './objects/typeobject';
import { pushTempRoot, popTempRoots } from './gc';
import { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, NB_INPLACE_ADD } from './generated/opcodes';

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

// ---- the types of immediates (set at start-up by builtins/setup) ----

export let intType: usize = 0;
export let floatType: usize = 0;
export let boolType: usize = 0;
export let noneType: usize = 0;
export let notImplementedType: usize = 0;
export let ellipsisType: usize = 0;

export function setImmediateTypes(i: usize, f: usize, b: usize, n: usize, ni: usize, e: usize): void {
  intType = i;
  floatType = f;
  boolType = b;
  noneType = n;
  notImplementedType = ni;
  ellipsisType = e;
}

/** type(v) */
export function typeOf(v: Value): usize {
  if (isPtr(v)) return typeOfPtr(ptrOf(v));
  if (isSmallInt(v)) return intType;
  if (isFloat(v)) return floatType;
  if (v == TRUE || v == FALSE) return boolType;
  if (v == NONE) return noneType;
  if (v == NOT_IMPLEMENTED) return notImplementedType;
  if (v == ELLIPSIS) return ellipsisType;
  return noneType;
}

/** The name of v's type, as a str object (for messages). */
export function typeNameOf(v: Value): usize {
  return <usize>load<u32>(typeOf(v) + TYPE_NAME);
}

/** isinstance(v, type) for a type object (no __instancecheck__). */
export function isInstance(v: Value, type: usize): bool {
  return isSubtype(typeOf(v), type);
}

// ---- native recursion guard ----

/** How deeply natives have recursed (repr of nested lists, nested eval loops…). */
let nativeDepth: i32 = 0;
export let nativeDepthLimit: i32 = 400;

/** Call before recursing in native code; false (RecursionError set) when too deep. */
export function enterRecursion(what: string): bool {
  if (++nativeDepth > nativeDepthLimit) {
    nativeDepth--;
    const sb = newBuilder();
    appendJs(sb, 'maximum recursion depth exceeded');
    appendJs(sb, what);
    raiseStr(RecursionError, finishBuilder(sb));
    return false;
  }
  return true;
}

export function leaveRecursion(): void {
  nativeDepth--;
}

// ---- hashing and equality ----

/** hash(v), or -1 with an exception set. */
export function hashValue(v: Value): i64 {
  if (isSmallInt(v)) {
    const n = intOf(v);
    return n == -1 ? -2 : n;
  }
  if (isFloat(v)) return hashFloat(floatOf(v));
  if (!isPtr(v)) {
    if (v == TRUE) return 1;
    if (v == FALSE) return 0;
    return <i64>(v & 0xFFFF) * 0x9E3779B1 + 0x5D; // None, Ellipsis, NotImplemented: fixed values
  }
  const p = ptrOf(v);
  const kind = kindOfPtr(p);
  const type = typeOfPtr(p);
  if (kind == KIND_STR && type == strType) return strHash(p);
  if (kind == KIND_TUPLE && type == tupleType) return hashTuple(p);
  const slot = getSlot(type, SLOT_HASH);
  if (slot == 0) return raiseUnhashable(v);
  return changetype<(v: Value) => i64>(slot)(v);
}

function raiseUnhashable(v: Value): i64 {
  const sb = newBuilder();
  appendJs(sb, "unhashable type: '");
  appendStr(sb, typeNameOf(v));
  appendJs(sb, "'");
  raiseStr(TypeError, finishBuilder(sb));
  return -1;
}

/** CPython's tuple hash (xxHash-based), so sets of tuples iterate in CPython's order. */
export function hashTuple(t: usize): i64 {
  const n = tupleLength(t);
  let acc = XXPRIME_5;
  for (let i = 0; i < n; i++) {
    const lane = hashValue(tupleGet(t, i));
    if (lane == -1) return -1;
    acc += <u64>lane * XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    acc *= XXPRIME_1;
  }
  acc += <u64>n ^ (XXPRIME_5 ^ 3527539);
  if (acc == <u64>-1) return 1546275796;
  return <i64>acc;
}

/** a == b as a truth value (identity implies equality, as CPython's containers assume): 1, 0 or -1. */
export function valuesEqual(a: Value, b: Value): i32 {
  if (a == b) return isFloat(a) ? (floatOf(a) == floatOf(b) ? 1 : 0) : 1;
  if (isSmallInt(a) && isSmallInt(b)) return 0;
  if (isFloat(a) && isFloat(b)) return floatOf(a) == floatOf(b) ? 1 : 0;
  if (isPtr(a) && isPtr(b)) {
    const pa = ptrOf(a);
    const pb = ptrOf(b);
    if (kindOfPtr(pa) == KIND_STR && kindOfPtr(pb) == KIND_STR &&
      typeOfPtr(pa) == strType && typeOfPtr(pb) == strType) return strEquals(pa, pb) ? 1 : 0;
  }
  const r = richCompare(a, b, CMP_EQ);
  if (r == NULL) return -1;
  return isTrue(r);
}

// ---- comparison ----

const CMP_SYMBOLS: StaticArray<string> = ['<', '<=', '==', '!=', '>', '>='];
const CMP_SWAPPED: StaticArray<i32> = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];

function callRichSlot(slot: usize, a: Value, b: Value, op: i32): Value {
  return changetype<(a: Value, b: Value, op: i32) => Value>(slot)(a, b, op);
}

/** a <op> b with CPython's reflection rules; NULL with an exception set on error. */
export function richCompare(a: Value, b: Value, op: i32): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const slotA = getSlot(ta, SLOT_RICHCOMPARE);
  const slotB = getSlot(tb, SLOT_RICHCOMPARE);
  let checkedReverse = false;
  if (ta != tb && slotB != 0 && isSubtype(tb, ta)) {
    checkedReverse = true;
    const r = callRichSlot(slotB, b, a, unchecked(CMP_SWAPPED[op]));
    if (r != NOT_IMPLEMENTED) return r;
  }
  if (slotA != 0) {
    const r = callRichSlot(slotA, a, b, op);
    if (r != NOT_IMPLEMENTED) return r;
  }
  if (!checkedReverse && slotB != 0) {
    const r = callRichSlot(slotB, b, a, unchecked(CMP_SWAPPED[op]));
    if (r != NOT_IMPLEMENTED) return r;
  }
  if (op == CMP_EQ) return a == b ? TRUE : FALSE;
  if (op == CMP_NE) return a != b ? TRUE : FALSE;
  const sb = newBuilder();
  appendJs(sb, "'");
  appendJs(sb, unchecked(CMP_SYMBOLS[op]));
  appendJs(sb, "' not supported between instances of '");
  appendStr(sb, typeNameOf(a));
  appendJs(sb, "' and '");
  appendStr(sb, typeNameOf(b));
  appendJs(sb, "'");
  return raiseStr(TypeError, finishBuilder(sb));
}

// ---- truth, length ----

/** bool(v): 1, 0, or -1 with an exception set. */
export function isTrue(v: Value): i32 {
  if (v == TRUE) return 1;
  if (v == FALSE || v == NONE) return 0;
  if (isSmallInt(v)) return intOf(v) != 0 ? 1 : 0;
  if (isFloat(v)) return floatOf(v) != 0 ? 1 : 0;
  if (!isPtr(v)) return 1;
  const type = typeOfPtr(ptrOf(v));
  const boolSlot = getSlot(type, SLOT_BOOL);
  if (boolSlot != 0) return changetype<(v: Value) => i32>(boolSlot)(v);
  const lenSlot = getSlot(type, SLOT_LEN);
  if (lenSlot != 0) {
    const n = changetype<(v: Value) => i64>(lenSlot)(v);
    return n < 0 ? -1 : n > 0 ? 1 : 0;
  }
  return 1;
}

/** len(v), or -1 with an exception set. */
export function lengthOf(v: Value): i64 {
  const slot = getSlot(typeOf(v), SLOT_LEN);
  if (slot == 0) {
    const sb = newBuilder();
    appendJs(sb, "object of type '");
    appendStr(sb, typeNameOf(v));
    appendJs(sb, "' has no len()");
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  return changetype<(v: Value) => i64>(slot)(v);
}

// ---- repr and str ----

/** repr(v) as a str object, or 0 with an exception set. */
export function reprOf(v: Value): usize {
  const slot = getSlot(typeOf(v), SLOT_REPR);
  if (!enterRecursion(' while getting the repr of an object')) return 0;
  const r = changetype<(v: Value) => Value>(slot)(v);
  leaveRecursion();
  return r == NULL ? 0 : checkStrResult(r, '__repr__');
}

/** str(v) as a str object, or 0 with an exception set. */
export function strOf(v: Value): usize {
  if (isPtr(v) && typeOfPtr(ptrOf(v)) == strType) return ptrOf(v);
  const slot = getSlot(typeOf(v), SLOT_STR);
  if (slot == 0) return reprOf(v);
  if (!enterRecursion(' while getting the str of an object')) return 0;
  const r = changetype<(v: Value) => Value>(slot)(v);
  leaveRecursion();
  return r == NULL ? 0 : checkStrResult(r, '__str__');
}

function checkStrResult(r: Value, method: string): usize {
  if (isPtr(r) && kindOfPtr(ptrOf(r)) == KIND_STR) return ptrOf(r);
  const sb = newBuilder();
  appendJs(sb, method);
  appendJs(sb, ' returned non-string (type ');
  appendStr(sb, typeNameOf(r));
  appendJs(sb, ')');
  raiseStr(TypeError, finishBuilder(sb));
  return 0;
}

// ---- attributes ----

/**
 * The type attribute cache (CPython's method cache): (version tag, name) → what the MRO walk
 * found, NULL included. A class that changes gets a new version tag, so entries never go stale.
 * Entry: u32 version, u32 name, u64 result.
 */
const TYPE_CACHE_SIZE: usize = 4096;
const typeCache = memory.data(<i32>(TYPE_CACHE_SIZE * 16));

/** Looks name up along type's MRO without descriptors; NULL when absent (no error). */
export function lookupInMro(type: usize, name: usize): Value {
  const version = load<u32>(type + TYPE_VERSION);
  const entry = typeCache + ((((<usize>version * 2654435761) ^ (name >> 3)) & (TYPE_CACHE_SIZE - 1)) << 4);
  if (load<u32>(entry) == version && <usize>load<u32>(entry, 4) == name) return load<u64>(entry, 8);
  const v = lookupInMroUncached(type, name);
  // Only interned names: their pointer identifies the name (others are rare and not cached).
  if (load<u8>(name + STR_FLAGS) & STR_INTERNED) {
    store<u32>(entry, version);
    store<u32>(entry, <u32>name, 4);
    store<u64>(entry, v, 8);
  }
  return v;
}

/** Forgets every cached lookup (after start-up changed builtin classes' dicts directly). */
export function clearTypeCache(): void {
  memory.fill(typeCache, 0, TYPE_CACHE_SIZE * 16);
}

function lookupInMroUncached(type: usize, name: usize): Value {
  const mro = <usize>load<u32>(type + TYPE_MRO);
  const n = tupleLength(mro);
  for (let i = 0; i < n; i++) {
    const t = ptrOf(tupleGet(mro, i));
    const v = dictGetStr(<usize>load<u32>(t + TYPE_DICT), name);
    if (v != NULL) return v;
  }
  return NULL;
}

/** getattr(obj, name) for a str name; NULL with AttributeError (or another error) set. */
export function getAttr(obj: Value, name: usize): Value {
  const slot = getSlot(typeOf(obj), SLOT_GETATTR);
  return changetype<(o: Value, n: Value) => Value>(slot)(obj, ptrValue(name));
}

/** getattr(obj, name, default) behaviour: NULL and no error when missing. */
export function getAttrOrNull(obj: Value, name: usize): Value {
  // The generic lookups can answer a miss without building an AttributeError.
  const slot = getSlot(typeOf(obj), SLOT_GETATTR);
  let v: Value;
  if (slot == changetype<usize>(genericGetAttrSlot)) v = genericGetAttrOrNull(obj, ptrValue(name));
  else if (slot == changetype<usize>(typeGetAttrSlot)) v = typeGetAttrOrNull(obj, ptrValue(name));
  else v = changetype<(o: Value, n: Value) => Value>(slot)(obj, ptrValue(name));
  // (A property's getter may still raise AttributeError: that too means "missing".)
  if (v == NULL && excMatches(AttributeError)) clearExc();
  return v;
}

export function setAttr(obj: Value, name: usize, value: Value): i32 {
  const slot = getSlot(typeOf(obj), SLOT_SETATTR);
  if (slot == 0) {
    raiseNoAttributes(obj, name, value == NULL);
    return -1;
  }
  return changetype<(o: Value, n: Value, v: Value) => i32>(slot)(obj, ptrValue(name), value);
}

function raiseNoAttributes(obj: Value, name: usize, deleting: bool): void {
  const sb = newBuilder();
  appendJs(sb, "'");
  appendStr(sb, typeNameOf(obj));
  appendJs(sb, deleting ? "' object has no attribute '" : "' object has no attribute '");
  appendStr(sb, name);
  appendJs(sb, "'");
  raiseStr(AttributeError, finishBuilder(sb));
}

/** AttributeError: 'T' object has no attribute 'name' */
export function raiseAttributeError(obj: Value, name: usize): Value {
  raiseNoAttributes(obj, name, false);
  return NULL;
}

/** Calls a descriptor's __get__ if its type has one; else returns the attribute itself. */
export function bindDescriptor(attr: Value, instance: Value, owner: usize): Value {
  const get = getSlot(typeOf(attr), SLOT_DESCR_GET);
  if (get == 0) return attr;
  return changetype<(d: Value, i: Value, o: Value) => Value>(get)(attr, instance, ptrValue(owner));
}

/** True when the attribute's type defines __set__ (or __delete__): a data descriptor. */
export function isDataDescriptor(attr: Value): bool {
  return getSlot(typeOf(attr), SLOT_DESCR_SET) != 0;
}

// ---- items ----

export function getItem(obj: Value, key: Value): Value {
  const slot = getSlot(typeOf(obj), SLOT_GETITEM);
  if (slot == 0) {
    if ((typeFlags(typeOf(obj)) & TPFLAG_TYPE_SUBCLASS) != 0) return classGetItem(obj, key);
    return raiseNotSubscriptable(obj, "' object is not subscriptable");
  }
  return changetype<(o: Value, k: Value) => Value>(slot)(obj, key);
}

/** cls[key] for a class without a metaclass __getitem__: cls.__class_getitem__(key) (PEP 560). */
function classGetItem(cls: Value, key: Value): Value {
  // type[int], as CPython's PyObject_GetItem special-cases it (type has no __class_getitem__).
  if (ptrOf(cls) == typeType) return genericAlias(cls, key);
  const method = getAttrOrNull(cls, N_class_getitem);
  if (method == NULL) {
    if (errOccurred()) return NULL;
    const sb = newBuilder();
    appendJs(sb, "type '");
    appendStr(sb, <usize>load<u32>(ptrOf(cls) + TYPE_NAME));
    appendJs(sb, "' is not subscriptable");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  pushTempRoot(method);
  const result = call1(method, key);
  popTempRoots(1);
  return result;
}

export function setItem(obj: Value, key: Value, value: Value): i32 {
  const slot = getSlot(typeOf(obj), SLOT_SETITEM);
  if (slot == 0) {
    raiseNotSubscriptable(obj, value == NULL ? "' object doesn't support item deletion" :
      "' object does not support item assignment");
    return -1;
  }
  return changetype<(o: Value, k: Value, v: Value) => i32>(slot)(obj, key, value);
}

function raiseNotSubscriptable(obj: Value, rest: string): Value {
  const sb = newBuilder();
  appendJs(sb, "'");
  appendStr(sb, typeNameOf(obj));
  appendJs(sb, rest);
  return raiseStr(TypeError, finishBuilder(sb));
}

/** item in container: 1, 0, or -1 with an exception set. */
export function containsValue(container: Value, item: Value): i32 {
  const slot = getSlot(typeOf(container), SLOT_CONTAINS);
  if (slot != 0) return changetype<(c: Value, i: Value) => i32>(slot)(container, item);
  const it = getIter(container);
  if (it == NULL) {
    clearExc();
    const sb = newBuilder();
    appendJs(sb, "argument of type '");
    appendStr(sb, typeNameOf(container));
    appendJs(sb, "' is not iterable");
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  while (true) {
    const x = iterNext(it);
    if (x == NULL) return errOccurred() ? -1 : 0;
    const eq = valuesEqual(x, item);
    if (eq != 0) return eq;
  }
  return 0;
}

// ---- iteration ----

/** iter(v); NULL with TypeError when v is not iterable. */
export function getIter(v: Value): Value {
  const type = typeOf(v);
  const slot = getSlot(type, SLOT_ITER);
  if (slot == 0) {
    // A class with __getitem__ but no __iter__ is iterated by index (the old sequence protocol).
    if (getSlot(type, SLOT_GETITEM) != 0 && (typeFlags(type) & TPFLAG_HEAPTYPE) != 0) return newGetItemIterator(v);
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, typeNameOf(v));
    appendJs(sb, "' object is not iterable");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return changetype<(v: Value) => Value>(slot)(v);
}

/**
 * next(it): the next item, or NULL — with no exception set when the iterator is exhausted
 * (a StopIteration raised by Python code is swallowed here), else with the exception set.
 */
export function iterNext(it: Value): Value {
  const slot = getSlot(typeOf(it), SLOT_NEXT);
  if (slot == 0) {
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, typeNameOf(it));
    appendJs(sb, "' object is not an iterator");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const r = changetype<(v: Value) => Value>(slot)(it);
  if (r == NULL && excMatches(StopIteration)) clearExc();
  return r;
}

// ---- operators ----

const NB_SYMBOLS: StaticArray<string> = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '** or pow()', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
];

function callBinarySlot(slot: usize, a: Value, b: Value): Value {
  return changetype<(a: Value, b: Value) => Value>(slot)(a, b);
}

/** a <op> b for a non-in-place operator (CPython's binary_op1): NOT_IMPLEMENTED when neither side can. */
function binaryOp1(a: Value, b: Value, nb: i32): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const slotA = getSlot(ta, SLOT_NB + nb);
  let slotB = ta != tb ? getSlot(tb, SLOT_NB + nb) : 0;
  if (slotB == slotA) slotB = 0;
  if (slotA != 0) {
    if (slotB != 0 && isSubtype(tb, ta)) {
      const r = callBinarySlot(slotB, a, b);
      if (r != NOT_IMPLEMENTED) return r;
      slotB = 0;
    }
    const r = callBinarySlot(slotA, a, b);
    if (r != NOT_IMPLEMENTED) return r;
  }
  if (slotB != 0) return callBinarySlot(slotB, a, b);
  return NOT_IMPLEMENTED;
}

/** BINARY_OP's slow path: any operator, in-place forms included. */
export function binaryOp(a: Value, b: Value, nb: i32): Value {
  let r: Value;
  if (nb >= NB_INPLACE_ADD) {
    const slot = getSlot(typeOf(a), SLOT_NB + nb);
    if (slot != 0) {
      r = callBinarySlot(slot, a, b);
      if (r != NOT_IMPLEMENTED) return r;
    }
    r = binaryOp1(a, b, nb - NB_INPLACE_ADD);
  } else {
    r = binaryOp1(a, b, nb);
  }
  if (r != NOT_IMPLEMENTED) return r;
  const sb = newBuilder();
  appendJs(sb, 'unsupported operand type(s) for ');
  appendJs(sb, unchecked(NB_SYMBOLS[nb]));
  appendJs(sb, ": '");
  appendStr(sb, typeNameOf(a));
  appendJs(sb, "' and '");
  appendStr(sb, typeNameOf(b));
  appendJs(sb, "'");
  return raiseStr(TypeError, finishBuilder(sb));
}

function unaryOp(v: Value, slotIndex: i32, symbol: string): Value {
  const slot = getSlot(typeOf(v), slotIndex);
  if (slot == 0) {
    const sb = newBuilder();
    appendJs(sb, 'bad operand type for unary ');
    appendJs(sb, symbol);
    appendJs(sb, ": '");
    appendStr(sb, typeNameOf(v));
    appendJs(sb, "'");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return changetype<(v: Value) => Value>(slot)(v);
}

export function negative(v: Value): Value {
  return unaryOp(v, SLOT_NEGATIVE, '-');
}

export function positive(v: Value): Value {
  return unaryOp(v, SLOT_POSITIVE, '+');
}

export function invert(v: Value): Value {
  return unaryOp(v, SLOT_INVERT, '~');
}

/** operator.index(v): an int, or NULL with TypeError. */
export function indexOf(v: Value): Value {
  if (isSmallInt(v)) return v;
  if (v == TRUE) return smallInt(1);
  if (v == FALSE) return smallInt(0);
  const slot = getSlot(typeOf(v), SLOT_INDEX);
  if (slot == 0) {
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, typeNameOf(v));
    appendJs(sb, "' object cannot be interpreted as an integer");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const r = changetype<(v: Value) => Value>(slot)(v);
  if (r == NULL) return NULL;
  const n = intOperand(r); // a user's __index__ may return anything
  if (n != NULL) return n;
  const sb = newBuilder();
  appendJs(sb, '__index__ returned non-int (type ');
  appendStr(sb, typeNameOf(r));
  appendJs(sb, ')');
  return raiseStr(TypeError, finishBuilder(sb));
}

// ---- calls ----

export type CallFn = (callable: Value, args: usize, nargs: i32, kwnames: Value) => Value;

/** callable(*args, **kw) with vectorcall arguments. */
export function callValue(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const slot = getSlot(typeOf(callable), SLOT_CALL);
  if (slot == 0) {
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, typeNameOf(callable));
    appendJs(sb, "' object is not callable");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return changetype<CallFn>(slot)(callable, args, nargs, kwnames);
}

/** Scratch space for natives' small argument lists (calls nest, so it is a stack). */
let argScratch: usize = 0;
let argScratchTop: usize = 0;
const ARG_SCRATCH_SIZE: usize = 64 << 10;

export function initArgScratch(region: usize): void {
  argScratch = region;
  argScratchTop = region;
}

/** callable(a) */
export function call1(callable: Value, a: Value): Value {
  const at = argScratchTop;
  store<u64>(at, a);
  argScratchTop += 8;
  const r = callValue(callable, at, 1, NULL);
  argScratchTop = at;
  return r;
}

/** callable(a, b) */
export function call2(callable: Value, a: Value, b: Value): Value {
  const at = argScratchTop;
  store<u64>(at, a);
  store<u64>(at, b, 8);
  argScratchTop += 16;
  const r = callValue(callable, at, 2, NULL);
  argScratchTop = at;
  return r;
}

/** callable() */
export function call0(callable: Value): Value {
  return callValue(callable, argScratchTop, 0, NULL);
}

/** Where natives may stage arguments: the current top of the scratch stack, and reserving from it. */
export function scratchReserve(bytes: usize): usize {
  const at = argScratchTop;
  if (at + bytes > argScratch + ARG_SCRATCH_SIZE) return 0;
  argScratchTop += bytes;
  return at;
}

export function scratchRelease(at: usize): void {
  argScratchTop = at;
}

export const ARG_SCRATCH_BYTES: usize = ARG_SCRATCH_SIZE;

/** Calls a method found on the type (bypassing the instance dict), as CPython's special method lookup. */
export function callSpecial0(obj: Value, name: usize): Value {
  const attr = lookupInMro(typeOf(obj), name);
  if (attr == NULL) return NULL;
  const bound = bindDescriptor(attr, obj, typeOf(obj));
  if (bound == NULL) return NULL;
  return call0(bound);
}

export { tupleItems, typeType, strType };

// ---- formatting ----

/** ascii(v): repr with every non-ASCII character escaped. */
export function asciiOf(v: Value): usize {
  const r = reprOf(v);
  if (r == 0) return 0;
  return escapeNonAscii(r);
}

function escapeNonAscii(s: usize): usize {
  const n = strLength(s);
  const sb = newBuilder(n + 8);
  for (let i = 0; i < n; i++) {
    const cp = charAt(s, i);
    if (cp < 0x80) appendCodePoint(sb, cp);
    else if (cp < 0x100) appendHexEscape(sb, 'x', cp, 2);
    else if (cp < 0x10000) appendHexEscape(sb, 'u', cp, 4);
    else appendHexEscape(sb, 'U', cp, 8);
  }
  return finishBuilder(sb);
}

function appendHexEscape(sb: usize, letter: string, cp: u32, digits: i32): void {
  appendCodePoint(sb, 0x5C);
  appendJs(sb, letter);
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    const d = (cp >> <u32>shift) & 0xF;
    appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
  }
}

/** format(v, spec) through type(v).__format__; the result must be a str. 0 on error. */
export function formatWithSpec(v: Value, spec: Value): usize {
  const type = typeOf(v);
  const method = lookupInMro(type, N_format);
  if (method == NULL) {
    raiseJs(TypeError, 'object has no __format__');
    return 0;
  }
  const bound = bindDescriptor(method, v, type);
  if (bound == NULL) return 0;
  const r = call1(bound, spec);
  if (r == NULL) return 0;
  if (isPtr(r) && kindOfPtr(ptrOf(r)) == KIND_STR) return ptrOf(r);
  const sb = newBuilder();
  appendJs(sb, '__format__ must return a str, not ');
  appendStr(sb, typeNameOf(r));
  raiseStr(TypeError, finishBuilder(sb));
  return 0;
}

/** next(it) without swallowing StopIteration (SEND needs its value). */
export function iterNextRaw(it: Value): Value {
  const slot = getSlot(typeOf(it), SLOT_NEXT);
  if (slot == 0) {
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, typeNameOf(it));
    appendJs(sb, "' object is not an iterator");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return changetype<(v: Value) => Value>(slot)(it);
}
