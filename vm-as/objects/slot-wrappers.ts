// Special methods in both directions (CPython's slotdefs):
// - a class statement defining `__add__`, `__repr__`, `__eq__`, … gets its type's slots pointed at
//   generic natives that look the method up on the type and call it (the `slot*` functions);
// - a builtin type's slots are reachable from Python as `int.__add__`, `object.__init__`,
//   `dict.__setitem__` …: descriptors (wrapper_descriptor) that call the slot (`callSlot`).

import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue, smallInt } from '../value';
import { alloc } from '../heap';
import { KIND_DESCRIPTOR, KIND_BUILTIN, KIND_FUNCTION, KIND_METHOD_WRAPPER, KIND_TYPE, kindOfPtr } from '../object';
import { newBuiltin } from './builtin';
import * as T from '../types';
import * as A from '../abstract';
import { internJs } from '../intern';
import { dictGetStr, dictSetStr } from './dict';
import { strEquals } from './str';
import { raiseJs, raiseStr, raiseEmpty, errOccurred, excMatches, clearExc } from '../errors';
import { TypeError, AttributeError, StopIteration, ValueError, OverflowError } from './exception';
import { intFitsI64, intToI64, intFromI64 } from './int';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { tupleLength, tupleGet } from './tuple';
import { pushTempRoot, popTempRoots } from '../gc';
import * as O from '../generated/opcodes';
import { genericGetAttrSlot } from './baseobject';
import { addPermanentRoot } from '../gc';

// ---- the table of special names ----

/** How a special method maps onto its slot. */
const KIND_UNARY: i32 = 0; //     __repr__ …: (self) -> Value
const KIND_HASH: i32 = 1;
const KIND_LEN: i32 = 2;
const KIND_BOOL: i32 = 3;
const KIND_NEXT: i32 = 4;
const KIND_BINARY: i32 = 5; //    __add__: slot(self, other)
const KIND_RBINARY: i32 = 6; //   __radd__: slot(other, self)
const KIND_COMPARE: i32 = 7; //   __lt__ …: richcompare(self, other, op)
const KIND_GETITEM: i32 = 8;
const KIND_SETITEM: i32 = 9;
const KIND_DELITEM: i32 = 10;
const KIND_CONTAINS: i32 = 11;
const KIND_CALL: i32 = 12;
const KIND_INIT: i32 = 13;
const KIND_GETATTRIBUTE: i32 = 14;
const KIND_SETATTR: i32 = 15;
const KIND_DELATTR: i32 = 16;
const KIND_DESCR_GET: i32 = 17;
const KIND_DESCR_SET: i32 = 18;
const KIND_DESCR_DELETE: i32 = 19;
const KIND_INPLACE: i32 = 20; //  __iadd__: slot(self, other)
const KIND_POW3: i32 = 21;
const KIND_NEW: i32 = 22; //      __new__: a staticmethod-like function of the class

const DEF_COUNT: i32 = 76;
/** Per definition: name (interned at start-up), slot index, kind, and for comparisons the op. */
const defNames = memory.data(DEF_COUNT * 4);
const defSlots = memory.data(DEF_COUNT * 4);
const defKinds = memory.data(DEF_COUNT * 4);
const defOps = memory.data(DEF_COUNT * 4);
let defCount: i32 = 0;

function def(name: string, slot: i32, kind: i32, op: i32 = 0): void {
  const n = internJs(name);
  addPermanentRoot(ptrValue(n));
  store<u32>(defNames + (<usize>defCount << 2), <u32>n);
  store<i32>(defSlots + (<usize>defCount << 2), slot);
  store<i32>(defKinds + (<usize>defCount << 2), kind);
  store<i32>(defOps + (<usize>defCount << 2), op);
  defCount++;
}

// @ts-ignore: decorator
@inline function defName(i: i32): usize { return <usize>load<u32>(defNames + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function defSlot(i: i32): i32 { return load<i32>(defSlots + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function defKind(i: i32): i32 { return load<i32>(defKinds + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function defOp(i: i32): i32 { return load<i32>(defOps + (<usize>i << 2)); }

/** The operator methods in NB_* order: plain, reflected, in-place. */
const BINARY_NAMES: StaticArray<string> = [
  '__add__', '__and__', '__floordiv__', '__lshift__', '__matmul__', '__mul__', '__mod__', '__or__', '__pow__',
  '__rshift__', '__sub__', '__truediv__', '__xor__',
  '__radd__', '__rand__', '__rfloordiv__', '__rlshift__', '__rmatmul__', '__rmul__', '__rmod__', '__ror__', '__rpow__',
  '__rrshift__', '__rsub__', '__rtruediv__', '__rxor__',
  '__iadd__', '__iand__', '__ifloordiv__', '__ilshift__', '__imatmul__', '__imul__', '__imod__', '__ior__', '__ipow__',
  '__irshift__', '__isub__', '__itruediv__', '__ixor__',
];

let N_getattr: usize = 0;
let N_getattribute: usize = 0;

function defineAll(): void {
  def('__repr__', T.SLOT_REPR, KIND_UNARY);
  def('__str__', T.SLOT_STR, KIND_UNARY);
  def('__iter__', T.SLOT_ITER, KIND_UNARY);
  def('__neg__', T.SLOT_NEGATIVE, KIND_UNARY);
  def('__pos__', T.SLOT_POSITIVE, KIND_UNARY);
  def('__invert__', T.SLOT_INVERT, KIND_UNARY);
  def('__abs__', T.SLOT_ABS, KIND_UNARY);
  def('__index__', T.SLOT_INDEX, KIND_UNARY);
  def('__int__', T.SLOT_INT, KIND_UNARY);
  def('__float__', T.SLOT_FLOAT, KIND_UNARY);
  def('__hash__', T.SLOT_HASH, KIND_HASH);
  def('__len__', T.SLOT_LEN, KIND_LEN);
  def('__bool__', T.SLOT_BOOL, KIND_BOOL);
  def('__next__', T.SLOT_NEXT, KIND_NEXT);
  def('__getitem__', T.SLOT_GETITEM, KIND_GETITEM);
  def('__setitem__', T.SLOT_SETITEM, KIND_SETITEM);
  def('__delitem__', T.SLOT_SETITEM, KIND_DELITEM);
  def('__contains__', T.SLOT_CONTAINS, KIND_CONTAINS);
  def('__call__', T.SLOT_CALL, KIND_CALL);
  def('__init__', T.SLOT_INIT, KIND_INIT);
  def('__new__', T.SLOT_NEW, KIND_NEW);
  def('__getattribute__', T.SLOT_GETATTR, KIND_GETATTRIBUTE);
  def('__setattr__', T.SLOT_SETATTR, KIND_SETATTR);
  def('__delattr__', T.SLOT_SETATTR, KIND_DELATTR);
  def('__get__', T.SLOT_DESCR_GET, KIND_DESCR_GET);
  def('__set__', T.SLOT_DESCR_SET, KIND_DESCR_SET);
  def('__delete__', T.SLOT_DESCR_SET, KIND_DESCR_DELETE);
  def('__lt__', T.SLOT_RICHCOMPARE, KIND_COMPARE, O.CMP_LT);
  def('__le__', T.SLOT_RICHCOMPARE, KIND_COMPARE, O.CMP_LE);
  def('__eq__', T.SLOT_RICHCOMPARE, KIND_COMPARE, O.CMP_EQ);
  def('__ne__', T.SLOT_RICHCOMPARE, KIND_COMPARE, O.CMP_NE);
  def('__gt__', T.SLOT_RICHCOMPARE, KIND_COMPARE, O.CMP_GT);
  def('__ge__', T.SLOT_RICHCOMPARE, KIND_COMPARE, O.CMP_GE);
  for (let i = 0; i < 13; i++) {
    def(unchecked(BINARY_NAMES[i]), T.SLOT_NB + i, KIND_BINARY, i);
    def(unchecked(BINARY_NAMES[13 + i]), T.SLOT_NB + i, KIND_RBINARY, i);
    def(unchecked(BINARY_NAMES[26 + i]), T.SLOT_NB + O.NB_INPLACE_ADD + i, KIND_INPLACE, i);
  }
  N_getattr = internJs('__getattr__');
  N_getattribute = internJs('__getattribute__');
  addPermanentRoot(ptrValue(N_getattr));
}

export function initSlotDefinitions(): void {
  if (defCount == 0) defineAll();
}

// ---- calling a special method found on the type ----

/** type(self).name as a function of self and up to two arguments; NULL with no error when absent. */
function callSpecial(self: Value, name: usize, a: Value, b: Value, nargs: i32): Value {
  const type = A.typeOf(self);
  const attr = A.lookupInMro(type, name);
  if (attr == NULL) return NULL;
  const at = A.scratchReserve(24);
  let r: Value;
  if (isPtr(attr) && kindOfPtr(ptrOf(attr)) == KIND_FUNCTION) {
    // A plain function: call it with self first, without making a bound method.
    store<u64>(at, self);
    store<u64>(at, a, 8);
    store<u64>(at, b, 16);
    r = A.callValue(attr, at, nargs + 1, NULL);
  } else {
    const bound = A.bindDescriptor(attr, self, type);
    if (bound == NULL) {
      A.scratchRelease(at);
      return NULL;
    }
    store<u64>(at, a);
    store<u64>(at, b, 8);
    r = A.callValue(bound, at, nargs, NULL);
  }
  A.scratchRelease(at);
  return r;
}

function raiseMissingSpecial(self: Value, name: usize): Value {
  return A.raiseAttributeError(self, name);
}

function special0(self: Value, i: i32): Value {
  const r = callSpecial(self, defName(i), NULL, NULL, 0);
  if (r == NULL && !errOccurred()) return raiseMissingSpecial(self, defName(i));
  return r;
}

function special1(self: Value, i: i32, a: Value): Value {
  const r = callSpecial(self, defName(i), a, NULL, 1);
  if (r == NULL && !errOccurred()) return raiseMissingSpecial(self, defName(i));
  return r;
}

// Definition indexes of the names the slot functions call (order of defineAll).
const D_REPR = 0; const D_STR = 1; const D_ITER = 2; const D_NEG = 3; const D_POS = 4; const D_INVERT = 5;
const D_ABS = 6; const D_INDEX = 7; const D_INT = 8; const D_FLOAT = 9; const D_HASH = 10; const D_LEN = 11;
const D_BOOL = 12; const D_NEXT = 13; const D_GETITEM = 14; const D_SETITEM = 15; const D_DELITEM = 16;
const D_CONTAINS = 17; const D_CALL = 18; const D_INIT = 19; const D_NEW = 20; const D_SETATTR = 22;
const D_DELATTR = 23; const D_GET = 24; const D_SET = 25; const D_DELETE = 26; const D_LT = 27;
const D_BINARY = 33; // __add__ at 33, __radd__ at 34, __iadd__ at 35, then the next operator

// ---- the slot functions installed for Python-defined special methods ----

function slotRepr(v: Value): Value { return special0(v, D_REPR); }
function slotStr(v: Value): Value { return special0(v, D_STR); }
function slotIter(v: Value): Value { return special0(v, D_ITER); }
function slotNeg(v: Value): Value { return special0(v, D_NEG); }
function slotPos(v: Value): Value { return special0(v, D_POS); }
function slotInvert(v: Value): Value { return special0(v, D_INVERT); }
function slotAbs(v: Value): Value { return special0(v, D_ABS); }
function slotIndex(v: Value): Value { return special0(v, D_INDEX); }
function slotInt(v: Value): Value { return special0(v, D_INT); }
function slotFloat(v: Value): Value { return special0(v, D_FLOAT); }

function slotHash(v: Value): i64 {
  const r = special0(v, D_HASH);
  if (r == NULL) return -1;
  const i = A.indexOf(r);
  if (i == NULL) {
    clearExc();
    raiseJs(TypeError, '__hash__ method should return an integer');
    return -1;
  }
  // As CPython's slot_tp_hash: a result that fits is the hash itself (-1 becomes -2); only
  // larger ints are reduced as hash(int) reduces them.
  if (intFitsI64(i)) {
    const h = intToI64(i);
    return h == -1 ? -2 : h;
  }
  return A.hashValue(i);
}

function slotLen(v: Value): i64 {
  const r = special0(v, D_LEN);
  if (r == NULL) return -1;
  const i = A.indexOf(r);
  if (i == NULL) return -1;
  if (!intFitsI64(i)) {
    raiseJs(OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  const n = intToI64(i);
  if (n < 0) {
    raiseJs(ValueError, '__len__() should return >= 0');
    return -1;
  }
  return n;
}

function slotBool(v: Value): i32 {
  const type = A.typeOf(v);
  if (A.lookupInMro(type, defName(D_BOOL)) == NULL) {
    // No __bool__: __len__ decides (a class defining only __len__ got this slot for it).
    const n = slotLen(v);
    return n < 0 ? -1 : n > 0 ? 1 : 0;
  }
  const r = special0(v, D_BOOL);
  if (r == NULL) return -1;
  if (r == TRUE) return 1;
  if (r == FALSE) return 0;
  const sb = newBuilder();
  appendJs(sb, '__bool__ should return bool, returned ');
  appendStr(sb, A.typeNameOf(r));
  raiseStr(TypeError, finishBuilder(sb));
  return -1;
}

/** __next__: a StopIteration it raises stays set (A.iterNext clears it; next() re-raises it with its value). */
function slotNext(v: Value): Value {
  return special0(v, D_NEXT);
}

function slotGetItem(v: Value, key: Value): Value { return special1(v, D_GETITEM, key); }

function slotSetItem(v: Value, key: Value, value: Value): i32 {
  const r = value == NULL ? special1(v, D_DELITEM, key) : callSpecial(v, defName(D_SETITEM), key, value, 2);
  if (r == NULL && !errOccurred()) raiseMissingSpecial(v, defName(value == NULL ? D_DELITEM : D_SETITEM));
  return r == NULL ? -1 : 0;
}

function slotContains(v: Value, item: Value): i32 {
  const r = special1(v, D_CONTAINS, item);
  if (r == NULL) return -1;
  return A.isTrue(r);
}

function slotCall(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const type = A.typeOf(callable);
  const attr = A.lookupInMro(type, defName(D_CALL));
  if (attr == NULL) return raiseMissingSpecial(callable, defName(D_CALL));
  const bound = A.bindDescriptor(attr, callable, type);
  if (bound == NULL) return NULL;
  pushTempRoot(bound);
  const r = A.callValue(bound, args, nargs, kwnames);
  popTempRoots(1);
  return r;
}

/** A class's own __new__: called as __new__(cls, *args, **kwargs). */
function slotNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = ptrOf(type);
  const attr = A.lookupInMro(t, defName(D_NEW));
  if (attr == NULL) return raiseMissingSpecial(type, defName(D_NEW));
  const func = A.bindDescriptor(attr, NULL, t);
  if (func == NULL) return NULL;
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  const at = A.scratchReserve(<usize>(nargs + nkw + 1) << 3);
  if (at == 0) return raiseJs(TypeError, 'too many arguments');
  store<u64>(at, type);
  memory.copy(at + 8, args, <usize>(nargs + nkw) << 3);
  pushTempRoot(func);
  const r = A.callValue(func, at, nargs + 1, kwnames);
  popTempRoots(1);
  A.scratchRelease(at);
  return r;
}

function slotInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  const type = A.typeOf(self);
  const attr = A.lookupInMro(type, defName(D_INIT));
  if (attr == NULL) return 0;
  const bound = A.bindDescriptor(attr, self, type);
  if (bound == NULL) return -1;
  pushTempRoot(bound);
  const r = A.callValue(bound, args, nargs, kwnames);
  popTempRoots(1);
  if (r == NULL) return -1;
  if (r != NONE) {
    const sb = newBuilder();
    appendJs(sb, "__init__() should return None, not '");
    appendStr(sb, A.typeNameOf(r));
    appendJs(sb, "'");
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  return 0;
}

/** __getattribute__ (if overridden) then __getattr__ on AttributeError. */
function slotGetAttr(v: Value, name: Value): Value {
  const type = A.typeOf(v);
  const getattribute = A.lookupInMro(type, N_getattribute);
  let r: Value;
  if (getattribute != NULL && !isNativeGetattribute(getattribute)) {
    r = callSpecial(v, N_getattribute, name, NULL, 1);
  } else {
    r = genericGetAttrSlot(v, name);
  }
  if (r != NULL || !excMatches(AttributeError)) return r;
  if (A.lookupInMro(type, N_getattr) == NULL) return NULL;
  clearExc();
  return callSpecial(v, N_getattr, name, NULL, 1);
}

function isNativeGetattribute(attr: Value): bool {
  return isPtr(attr) && kindOfPtr(ptrOf(attr)) == KIND_DESCRIPTOR;
}

function slotSetAttr(v: Value, name: Value, value: Value): i32 {
  const r = value == NULL ? callSpecial(v, defName(D_DELATTR), name, NULL, 1) :
    callSpecial(v, defName(D_SETATTR), name, value, 2);
  return r == NULL ? -1 : 0;
}

function slotDescrGet(descr: Value, instance: Value, owner: Value): Value {
  return callSpecial(descr, defName(D_GET), instance == NULL ? NONE : instance, owner == NULL ? NONE : owner, 2);
}

function slotDescrSet(descr: Value, instance: Value, value: Value): i32 {
  const r = value == NULL ? callSpecial(descr, defName(D_DELETE), instance, NULL, 1) :
    callSpecial(descr, defName(D_SET), instance, value, 2);
  if (r == NULL && !errOccurred()) raiseMissingSpecial(descr, defName(value == NULL ? D_DELETE : D_SET));
  return r == NULL ? -1 : 0;
}

/** Rich comparison through __lt__ … __ge__ (NotImplemented when the class lacks the method). */
function slotRichCompare(a: Value, b: Value, op: i32): Value {
  const r = callSpecial(a, defName(D_LT + op), b, NULL, 1);
  if (r == NULL && !errOccurred()) return NOT_IMPLEMENTED;
  return r;
}

/**
 * A binary operator for a class defining __op__ and/or __rop__ (CPython's SLOT1BINFULL): the
 * slot is called for whichever operand's type has it, with the operands in their order.
 */
function slotBinary(a: Value, b: Value, nb: i32): Value {
  const slot = T.SLOT_NB + nb;
  const mine = getBinarySlotFn(nb);
  const ta = A.typeOf(a);
  const tb = A.typeOf(b);
  let doOther = ta != tb && T.getSlot(tb, slot) == mine;
  const op = defName(D_BINARY + nb * 3);
  const rop = defName(D_BINARY + nb * 3 + 1);
  if (T.getSlot(ta, slot) == mine) {
    if (doOther && T.isSubtype(tb, ta) && A.lookupInMro(tb, rop) != A.lookupInMro(ta, rop)) {
      const r = callSpecial(b, rop, a, NULL, 1);
      if (r != NOT_IMPLEMENTED || errOccurred()) return r == NULL && !errOccurred() ? NOT_IMPLEMENTED : r;
      doOther = false;
    }
    const r = callSpecial(a, op, b, NULL, 1);
    if (r == NULL && !errOccurred()) {
      if (!doOther) return NOT_IMPLEMENTED;
    } else if (r != NOT_IMPLEMENTED || ta == tb) {
      return r;
    }
  }
  if (doOther) {
    const r = callSpecial(b, rop, a, NULL, 1);
    return r == NULL && !errOccurred() ? NOT_IMPLEMENTED : r;
  }
  return NOT_IMPLEMENTED;
}

/** An in-place operator: __iop__ only (NotImplemented falls back to the binary operator). */
function slotInplace(a: Value, b: Value, nb: i32): Value {
  const r = callSpecial(a, defName(D_BINARY + nb * 3 + 2), b, NULL, 1);
  if (r == NULL && !errOccurred()) return NOT_IMPLEMENTED;
  return r;
}

function b0(a: Value, b: Value): Value { return slotBinary(a, b, 0); }
function b1(a: Value, b: Value): Value { return slotBinary(a, b, 1); }
function b2(a: Value, b: Value): Value { return slotBinary(a, b, 2); }
function b3(a: Value, b: Value): Value { return slotBinary(a, b, 3); }
function b4(a: Value, b: Value): Value { return slotBinary(a, b, 4); }
function b5(a: Value, b: Value): Value { return slotBinary(a, b, 5); }
function b6(a: Value, b: Value): Value { return slotBinary(a, b, 6); }
function b7(a: Value, b: Value): Value { return slotBinary(a, b, 7); }
function b8(a: Value, b: Value): Value { return slotBinary(a, b, 8); }
function b9(a: Value, b: Value): Value { return slotBinary(a, b, 9); }
function b10(a: Value, b: Value): Value { return slotBinary(a, b, 10); }
function b11(a: Value, b: Value): Value { return slotBinary(a, b, 11); }
function b12(a: Value, b: Value): Value { return slotBinary(a, b, 12); }
function i0(a: Value, b: Value): Value { return slotInplace(a, b, 0); }
function i1(a: Value, b: Value): Value { return slotInplace(a, b, 1); }
function i2(a: Value, b: Value): Value { return slotInplace(a, b, 2); }
function i3(a: Value, b: Value): Value { return slotInplace(a, b, 3); }
function i4(a: Value, b: Value): Value { return slotInplace(a, b, 4); }
function i5(a: Value, b: Value): Value { return slotInplace(a, b, 5); }
function i6(a: Value, b: Value): Value { return slotInplace(a, b, 6); }
function i7(a: Value, b: Value): Value { return slotInplace(a, b, 7); }
function i8(a: Value, b: Value): Value { return slotInplace(a, b, 8); }
function i9(a: Value, b: Value): Value { return slotInplace(a, b, 9); }
function i10(a: Value, b: Value): Value { return slotInplace(a, b, 10); }
function i11(a: Value, b: Value): Value { return slotInplace(a, b, 11); }
function i12(a: Value, b: Value): Value { return slotInplace(a, b, 12); }

function getBinarySlotFn(nb: i32): usize {
  switch (nb) {
    case 0: return changetype<usize>(b0);
    case 1: return changetype<usize>(b1);
    case 2: return changetype<usize>(b2);
    case 3: return changetype<usize>(b3);
    case 4: return changetype<usize>(b4);
    case 5: return changetype<usize>(b5);
    case 6: return changetype<usize>(b6);
    case 7: return changetype<usize>(b7);
    case 8: return changetype<usize>(b8);
    case 9: return changetype<usize>(b9);
    case 10: return changetype<usize>(b10);
    case 11: return changetype<usize>(b11);
    default: return changetype<usize>(b12);
  }
}

function getInplaceSlotFn(nb: i32): usize {
  switch (nb) {
    case 0: return changetype<usize>(i0);
    case 1: return changetype<usize>(i1);
    case 2: return changetype<usize>(i2);
    case 3: return changetype<usize>(i3);
    case 4: return changetype<usize>(i4);
    case 5: return changetype<usize>(i5);
    case 6: return changetype<usize>(i6);
    case 7: return changetype<usize>(i7);
    case 8: return changetype<usize>(i8);
    case 9: return changetype<usize>(i9);
    case 10: return changetype<usize>(i10);
    case 11: return changetype<usize>(i11);
    default: return changetype<usize>(i12);
  }
}

/** The slot function for definition i (for a Python-defined special method). */
function slotFunctionFor(i: i32): usize {
  switch (defKind(i)) {
    case KIND_HASH: return changetype<usize>(slotHash);
    case KIND_LEN: return changetype<usize>(slotLen);
    case KIND_BOOL: return changetype<usize>(slotBool);
    case KIND_NEXT: return changetype<usize>(slotNext);
    case KIND_GETITEM: return changetype<usize>(slotGetItem);
    case KIND_SETITEM: case KIND_DELITEM: return changetype<usize>(slotSetItem);
    case KIND_CONTAINS: return changetype<usize>(slotContains);
    case KIND_CALL: return changetype<usize>(slotCall);
    case KIND_INIT: return changetype<usize>(slotInit);
    case KIND_NEW: return changetype<usize>(slotNew);
    case KIND_GETATTRIBUTE: return changetype<usize>(slotGetAttr);
    case KIND_SETATTR: case KIND_DELATTR: return changetype<usize>(slotSetAttr);
    case KIND_DESCR_GET: return changetype<usize>(slotDescrGet);
    case KIND_DESCR_SET: case KIND_DESCR_DELETE: return changetype<usize>(slotDescrSet);
    case KIND_COMPARE: return changetype<usize>(slotRichCompare);
    case KIND_BINARY: case KIND_RBINARY: return getBinarySlotFn(defOp(i));
    case KIND_INPLACE: return getInplaceSlotFn(defOp(i));
  }
  switch (defSlot(i)) {
    case T.SLOT_REPR: return changetype<usize>(slotRepr);
    case T.SLOT_STR: return changetype<usize>(slotStr);
    case T.SLOT_ITER: return changetype<usize>(slotIter);
    case T.SLOT_NEGATIVE: return changetype<usize>(slotNeg);
    case T.SLOT_POSITIVE: return changetype<usize>(slotPos);
    case T.SLOT_INVERT: return changetype<usize>(slotInvert);
    case T.SLOT_ABS: return changetype<usize>(slotAbs);
    case T.SLOT_INDEX: return changetype<usize>(slotIndex);
    case T.SLOT_INT: return changetype<usize>(slotInt);
    default: return changetype<usize>(slotFloat);
  }
}

/** True when a class of this MRO has a Python-level definition of name (not a builtin's). */
function definedInClass(type: usize, name: usize): bool {
  const attr = A.lookupInMro(type, name);
  if (attr == NULL) return false;
  // A builtin's own wrapper (int.__str__ seen from a subclass) keeps the inherited native slot;
  // a wrapper stored under another name (__str__ = int.__repr__) must be called as a method.
  return !isWrapperOf(attr) || !strEquals(<usize>load<u32>(ptrOf(attr) + 16), name);
}

function isWrapperOf(attr: Value): bool {
  return isPtr(attr) && kindOfPtr(ptrOf(attr)) == KIND_DESCRIPTOR && load<u32>(ptrOf(attr) + DESCR_SUBKIND) == DESCR_SLOT_WRAPPER;
}

/**
 * Points a class's slots at the slot functions for the special methods its MRO defines in
 * Python (CPython's fixup_slot_dispatchers); `__eq__` without `__hash__` makes it unhashable.
 */
export function fixupSlots(type: usize, newClass: bool = false): void {
  const slots = newClass ? slotsToFix(type) : ALL_SLOTS;
  for (let i = 0; i < defCount; i++) {
    if ((slots & (<u64>1 << <u64>defSlot(i))) == 0 || !definedInClass(type, defName(i))) continue;
    const attr = A.lookupInMro(type, defName(i));
    if (defKind(i) == KIND_HASH && attr == NONE) {
      T.setSlot(type, T.SLOT_HASH, 0);
      continue;
    }
    T.setSlot(type, defSlot(i), slotFunctionFor(i));
  }
  if (definedInClass(type, N_getattr)) T.setSlot(type, T.SLOT_GETATTR, changetype<usize>(slotGetAttr));
  if (definedInClass(type, defName(D_LEN)) && !definedInClass(type, defName(D_BOOL))) {
    T.setSlot(type, T.SLOT_BOOL, changetype<usize>(slotBool));
  }
  const dict = <usize>load<u32>(type + T.TYPE_DICT);
  if (dictGetStr(dict, defName(D_LT + O.CMP_EQ)) != NULL && dictGetStr(dict, defName(D_HASH)) == NULL) {
    dictSetStr(dict, defName(D_HASH), NONE);
    T.setSlot(type, T.SLOT_HASH, 0);
  }
}

const ALL_SLOTS: u64 = <u64>-1;

/**
 * The slots a new class may have to change. With one base, it inherited that base's slots, which
 * already answer for every special method along the rest of its MRO: only those its own namespace
 * defines can differ (sparing a walk of the MRO per special name). Several bases mix their MROs:
 * all of them.
 */
function slotsToFix(type: usize): u64 {
  const bases = <usize>load<u32>(type + T.TYPE_BASES);
  if (T.SLOT_COUNT > 64 || bases == 0 || tupleLength(bases) != 1) return ALL_SLOTS;
  const dict = <usize>load<u32>(type + T.TYPE_DICT);
  let slots: u64 = 0;
  for (let i = 0; i < defCount; i++) {
    if (dictGetStr(dict, defName(i)) != NULL) slots |= <u64>1 << <u64>defSlot(i);
  }
  return slots;
}

/** After `cls.__name__ = value` for a special name: refresh that slot (and subclasses'). */
export function updateSlotForName(type: usize, name: usize): void {
  for (let i = 0; i < defCount; i++) {
    // By value: a name from setattr() or type.__setattr__() need not be the interned one.
    if (defName(i) != name && !strEquals(defName(i), name)) continue;
    fixupSlots(type);
    return;
  }
}

// ---- wrapper descriptors: a builtin type's slots as Python methods ----
// Descriptor layout (objects/builtin.ts): subkind DESCR_SLOT_WRAPPER, fn unused, name, owner,
// flags = the definition index.

export const DESCR_SUBKIND: usize = 8;
export const DESCR_SLOT_WRAPPER: u32 = 5;

export let wrapperDescriptorType: usize = 0;
export let methodWrapperType: usize = 0;

/** method-wrapper (a wrapper bound to self): +8 u64 self, +16 u32 descriptor. */
const MW_SELF: usize = 8;
const MW_DESCR: usize = 16;

function newWrapperDescriptor(owner: usize, i: i32): Value {
  const d = alloc(32, wrapperDescriptorType, KIND_DESCRIPTOR);
  store<u32>(d + DESCR_SUBKIND, DESCR_SLOT_WRAPPER);
  store<u32>(d + 16, <u32>defName(i));
  store<u32>(d + 20, <u32>owner);
  store<u32>(d + 24, <u32>i);
  return ptrValue(d);
}

/** Adds `__add__`-style wrappers to a builtin type for each slot it defines itself. */
export function addSlotWrappers(type: usize): void {
  const base = <usize>load<u32>(type + T.TYPE_BASE);
  const dict = <usize>load<u32>(type + T.TYPE_DICT);
  for (let i = 0; i < defCount; i++) {
    const fn = T.getSlot(type, defSlot(i));
    if (fn == 0) {
      // An unhashable builtin (list, dict, set …) shows __hash__ = None, as CPython's type_ready
      // makes it (collections.abc.Hashable relies on that).
      if (defSlot(i) == T.SLOT_HASH && dictGetStr(dict, defName(i)) == NULL) dictSetStr(dict, defName(i), NONE);
      continue;
    }
    if (base != 0 && T.getSlot(base, defSlot(i)) == fn) continue;
    if (dictGetStr(dict, defName(i)) != NULL) continue;
    const wrapper = defKind(i) == KIND_NEW ? ptrValue(newBuiltin(newWrapperCall, defName(i), ptrValue(type), 0, 0)) :
      newWrapperDescriptor(type, i);
    dictSetStr(dict, defName(i), wrapper);
  }
}

/** T.__new__(S, *args): S's instance made by T's constructor (CPython's tp_new_wrapper). */
function newWrapperCall(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const owner = ptrOf(self);
  if (nargs < 1) {
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(owner + T.TYPE_NAME));
    appendJs(sb, '.__new__(): not enough arguments');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const sub = load<u64>(args);
  if (!(isPtr(sub) && kindOfPtr(ptrOf(sub)) == KIND_TYPE)) {
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(owner + T.TYPE_NAME));
    appendJs(sb, '.__new__(X): X is not a type object (');
    appendStr(sb, A.typeNameOf(sub));
    appendJs(sb, ')');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  if (!T.isSubtype(ptrOf(sub), owner)) {
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(owner + T.TYPE_NAME));
    appendJs(sb, '.__new__(');
    appendStr(sb, <usize>load<u32>(ptrOf(sub) + T.TYPE_NAME));
    appendJs(sb, '): ');
    appendStr(sb, <usize>load<u32>(ptrOf(sub) + T.TYPE_NAME));
    appendJs(sb, ' is not a subtype of ');
    appendStr(sb, <usize>load<u32>(owner + T.TYPE_NAME));
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const fn = T.getSlot(owner, T.SLOT_NEW);
  return changetype<A.CallFn>(fn)(sub, args + 8, nargs - 1, kwnames);
}

function wrapperGetSlot(descr: Value, instance: Value, owner: Value): Value {
  if (instance == NULL) return descr;
  const d = ptrOf(descr);
  if (!A.isInstance(instance, <usize>load<u32>(d + 20))) return raiseWrongSelf(d, instance);
  const mw = alloc(24, methodWrapperType, KIND_METHOD_WRAPPER);
  store<u64>(mw + MW_SELF, instance);
  store<u32>(mw + MW_DESCR, <u32>d);
  return ptrValue(mw);
}

function raiseWrongSelf(d: usize, obj: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "descriptor '");
  appendStr(sb, <usize>load<u32>(d + 16));
  appendJs(sb, "' requires a '");
  appendStr(sb, <usize>load<u32>(<usize>load<u32>(d + 20) + T.TYPE_NAME));
  appendJs(sb, "' object but received a '");
  appendStr(sb, A.typeNameOf(obj));
  appendJs(sb, "'");
  return raiseStr(TypeError, finishBuilder(sb));
}

/** Calling an unbound wrapper: int.__add__(1, 2). */
function wrapperCallSlot(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const d = ptrOf(callable);
  if (nargs < 1) {
    const sb = newBuilder();
    appendJs(sb, "descriptor '");
    appendStr(sb, <usize>load<u32>(d + 16));
    appendJs(sb, "' of '");
    appendStr(sb, <usize>load<u32>(<usize>load<u32>(d + 20) + T.TYPE_NAME));
    appendJs(sb, "' object needs an argument");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const self = load<u64>(args);
  if (!A.isInstance(self, <usize>load<u32>(d + 20))) return raiseWrongSelf(d, self);
  return callSlot(<usize>load<u32>(d + 20), load<i32>(d + 24), self, args + 8, nargs - 1, kwnames);
}

function methodWrapperCallSlot(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const mw = ptrOf(callable);
  const d = <usize>load<u32>(mw + MW_DESCR);
  return callSlot(<usize>load<u32>(d + 20), load<i32>(d + 24), load<u64>(mw + MW_SELF), args, nargs, kwnames);
}

function expectArgs(d: i32, nargs: i32, want: i32, kwnames: Value): bool {
  if (nargs == want && (kwnames == NULL || tupleLength(ptrOf(kwnames)) == 0)) return true;
  const sb = newBuilder();
  appendJs(sb, 'expected ');
  appendI64(sb, want);
  appendJs(sb, want == 1 ? ' argument, got ' : ' arguments, got ');
  appendI64(sb, nargs);
  raiseStr(TypeError, finishBuilder(sb));
  return false;
}

/** Invokes the slot behind definition i of `owner` for self and the Python-level arguments. */
function callSlot(owner: usize, i: i32, self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const fn = T.getSlot(owner, defSlot(i));
  const kind = defKind(i);
  if (kind == KIND_CALL) return changetype<A.CallFn>(fn)(self, args, nargs, kwnames);
  if (kind == KIND_INIT) {
    return changetype<(s: Value, a: usize, n: i32, k: Value) => i32>(fn)(self, args, nargs, kwnames) < 0 ? NULL : NONE;
  }
  const arity = kind == KIND_SETITEM || kind == KIND_SETATTR || kind == KIND_DESCR_SET ? 2 :
    kind == KIND_UNARY || kind == KIND_HASH || kind == KIND_LEN || kind == KIND_BOOL || kind == KIND_NEXT ? 0 :
    kind == KIND_DESCR_GET ? -1 : 1;
  if (arity >= 0 && !expectArgs(i, nargs, arity, kwnames)) return NULL;
  const a = nargs > 0 ? load<u64>(args) : NONE;
  const b = nargs > 1 ? load<u64>(args, 8) : NONE;
  switch (kind) {
    case KIND_UNARY: return changetype<(v: Value) => Value>(fn)(self);
    case KIND_HASH: {
      const h = changetype<(v: Value) => i64>(fn)(self);
      return h == -1 ? NULL : intFromI64(h);
    }
    case KIND_LEN: {
      const n = changetype<(v: Value) => i64>(fn)(self);
      return n < 0 ? NULL : smallInt(n);
    }
    case KIND_BOOL: {
      const t = changetype<(v: Value) => i32>(fn)(self);
      return t < 0 ? NULL : t ? TRUE : FALSE;
    }
    case KIND_NEXT: {
      const r = changetype<(v: Value) => Value>(fn)(self);
      if (r == NULL && !errOccurred()) return raiseEmpty(StopIteration);
      return r;
    }
    case KIND_BINARY: case KIND_INPLACE: return changetype<(a: Value, b: Value) => Value>(fn)(self, a);
    case KIND_RBINARY: return changetype<(a: Value, b: Value) => Value>(fn)(a, self);
    case KIND_COMPARE: return changetype<(a: Value, b: Value, op: i32) => Value>(fn)(self, a, defOp(i));
    case KIND_GETITEM: return changetype<(v: Value, k: Value) => Value>(fn)(self, a);
    case KIND_SETITEM: return changetype<(v: Value, k: Value, x: Value) => i32>(fn)(self, a, b) < 0 ? NULL : NONE;
    case KIND_DELITEM: return changetype<(v: Value, k: Value, x: Value) => i32>(fn)(self, a, NULL) < 0 ? NULL : NONE;
    case KIND_CONTAINS: {
      const t = changetype<(v: Value, x: Value) => i32>(fn)(self, a);
      return t < 0 ? NULL : t ? TRUE : FALSE;
    }
    case KIND_GETATTRIBUTE: return changetype<(v: Value, n: Value) => Value>(fn)(self, a);
    case KIND_SETATTR: return changetype<(v: Value, n: Value, x: Value) => i32>(fn)(self, a, b) < 0 ? NULL : NONE;
    case KIND_DELATTR: return changetype<(v: Value, n: Value, x: Value) => i32>(fn)(self, a, NULL) < 0 ? NULL : NONE;
    case KIND_DESCR_GET: return changetype<(d: Value, i: Value, o: Value) => Value>(fn)(self, a == NONE ? NULL : a, nargs > 1 ? b : NULL);
    case KIND_DESCR_SET: return changetype<(d: Value, i: Value, x: Value) => i32>(fn)(self, a, b) < 0 ? NULL : NONE;
    case KIND_DESCR_DELETE: return changetype<(d: Value, i: Value, x: Value) => i32>(fn)(self, a, NULL) < 0 ? NULL : NONE;
  }
  return raiseJs(TypeError, 'unsupported special method call');
}

function wrapperReprSlot(v: Value): Value {
  const d = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, "<slot wrapper '");
  appendStr(sb, <usize>load<u32>(d + 16));
  appendJs(sb, "' of '");
  appendStr(sb, <usize>load<u32>(<usize>load<u32>(d + 20) + T.TYPE_NAME));
  appendJs(sb, "' objects>");
  return ptrValue(finishBuilder(sb));
}

function methodWrapperReprSlot(v: Value): Value {
  const mw = ptrOf(v);
  const d = <usize>load<u32>(mw + MW_DESCR);
  const sb = newBuilder();
  appendJs(sb, "<method-wrapper '");
  appendStr(sb, <usize>load<u32>(d + 16));
  appendJs(sb, "' of ");
  appendStr(sb, A.typeNameOf(load<u64>(mw + MW_SELF)));
  appendJs(sb, ' object>');
  return ptrValue(finishBuilder(sb));
}

/** A method-wrapper's references, for the collector: self, then the descriptor. */
export function methodWrapperSelf(p: usize): Value {
  return load<u64>(p + MW_SELF);
}

export function methodWrapperDescriptor(p: usize): usize {
  return <usize>load<u32>(p + MW_DESCR);
}

export function setupWrapperTypes(descrType: usize, mwType: usize): void {
  wrapperDescriptorType = descrType;
  methodWrapperType = mwType;
  T.setSlot(descrType, T.SLOT_DESCR_GET, changetype<usize>(wrapperGetSlot));
  T.setSlot(descrType, T.SLOT_CALL, changetype<usize>(wrapperCallSlot));
  T.setSlot(descrType, T.SLOT_REPR, changetype<usize>(wrapperReprSlot));
  T.setSlot(mwType, T.SLOT_CALL, changetype<usize>(methodWrapperCallSlot));
  T.setSlot(mwType, T.SLOT_REPR, changetype<usize>(methodWrapperReprSlot));
}

export { D_CONTAINS, D_INDEX, D_INT, D_FLOAT, D_SETITEM, D_ABS, KIND_BUILTIN, tupleGet };
