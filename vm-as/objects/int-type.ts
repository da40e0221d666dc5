// The int and bool types: their slots (operators, comparison, hash, conversions), int(x) and
// int(str, base), bool(x), and the methods (bit_length, to_bytes, from_bytes, __format__ …).
// The arithmetic itself is objects/int.ts; this file adapts operands to it: bools are the ints
// 0 and 1, and instances of int subclasses are boxes (kind KIND_INT_SUBCLASS) holding an int
// Value at INT_BOX_VALUE.

import { bytesLikeView } from './buffer';
import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, isPtr, intOf, smallInt, ptrOf,
  ptrValue, boolValue } from '../value';
import { kindOfPtr, KIND_BIGINT, KIND_INT_SUBCLASS, KIND_STR, KIND_BYTES } from '../object';
import { alloc } from '../heap';
import { setSlot, getSlot, SLOT_COUNT, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_NB, SLOT_BOOL,
  SLOT_INDEX, SLOT_INT, SLOT_FLOAT, SLOT_NEGATIVE, SLOT_POSITIVE, SLOT_INVERT, SLOT_ABS, SLOT_NEW,
  SLOT_POWER3, TYPE_BASICSIZE, TYPE_DICT_OFFSET } from '../types';
import * as A from '../abstract';
import * as I from './int';
import { setIntType } from './bigint';
import { newBuilder, appendJs, appendStr, appendI64, appendSubstring, finishBuilder } from './strbuilder';
import { raiseJs, raiseStr, raiseEmpty, errOccurred, clearExc } from '../errors';
import { OverflowError, ValueError, TypeError, MemoryError } from './exception';
import { boolReprSlot } from './singletons';
import { tuple1, tuple2 } from './tuple';
import { strLength, strAlloc1 } from './str';
import { newBytes, bytesData, bytesLength } from './bytes';
import { defineMethod, defineClassMethod, defineGetSet } from './builtin';
import { checkNoArgs, checkArgCount, checkNoKwargs, strIsJs } from './args';
import { bindArgs } from './number-args';
import { newList, listAppend, listLength, listGet } from './list';
import { pushTempRoot, popTempRoots, addPermanentRoot } from '../gc';
import { internJs } from '../intern';
import { compareSign } from './float-type';
import { formatFloatParsed } from './float-format';
import * as F from './format-spec';
import * as O from '../generated/opcodes';

export const INT_BOX_VALUE: usize = 8;

// ---- operands ----

/** int, bool, and int subclass instances. */
export function isIntValue(v: Value): bool {
  if (isSmallInt(v) || v == TRUE || v == FALSE) return true;
  if (!isPtr(v)) return false;
  const kind = kindOfPtr(ptrOf(v));
  return kind == KIND_BIGINT || kind == KIND_INT_SUBCLASS;
}

/** The plain int Value of an int-like v (bool → 0/1, subclass box → its value); NULL if v is no int. */
export function intOperand(v: Value): Value {
  if (isSmallInt(v)) return v;
  if (v == TRUE) return smallInt(1);
  if (v == FALSE) return smallInt(0);
  if (!isPtr(v)) return NULL;
  const kind = kindOfPtr(ptrOf(v));
  if (kind == KIND_BIGINT) return v;
  if (kind == KIND_INT_SUBCLASS) return load<u64>(ptrOf(v) + INT_BOX_VALUE);
  return NULL;
}

/** float(v) for an int-like v; NaN with OverflowError set when it is too large. */
export function intValueToF64(v: Value): f64 {
  const n = intOperand(v);
  if (isSmallInt(n)) return <f64>intOf(n);
  const x = I.intToF64(n);
  return x == -1.0 && errOccurred() ? NaN : x;
}

/** An int Value for any i64 (heap int when it does not fit a small int). */
export function intFromI64Value(n: i64): Value {
  return I.intFromI64(n);
}

/**
 * An instance of a subclass of int, float or complex: the box of `boxSize` bytes extended as the
 * class lays it out (a __dict__ pointer, __slots__ values), which start empty.
 */
export function allocNumberBox(type: usize, kind: u8, boxSize: usize): usize {
  const size = max<usize>(boxSize, <usize>load<u32>(type + TYPE_BASICSIZE));
  const box = alloc(size, type, kind);
  const dictOffset = <usize>load<u32>(type + TYPE_DICT_OFFSET);
  for (let at = boxSize; at + 8 <= size; at += 8) {
    if (at != dictOffset) store<u64>(box + at, NULL);
  }
  return box;
}

const INT_BOX_SIZE: usize = 16;

function newIntOfType(type: usize, v: Value): Value {
  if (type == A.intType) return v;
  const box = allocNumberBox(type, KIND_INT_SUBCLASS, INT_BOX_SIZE);
  store<u64>(box + INT_BOX_VALUE, v);
  return ptrValue(box);
}

// ---- slots ----

function intReprSlot(v: Value): Value {
  return I.intToStr(intOperand(v), 10, 0);
}

function intHashSlot(v: Value): i64 {
  return I.intHash(intOperand(v));
}

function intBoolSlot(v: Value): i32 {
  return I.intIsZero(intOperand(v)) ? 0 : 1;
}

/** __index__ and __int__: the plain int. */
function intIndexSlot(v: Value): Value {
  return intOperand(v);
}

function intFloatSlot(v: Value): Value {
  return I.intToFloat(intOperand(v));
}

function intNegativeSlot(v: Value): Value {
  return I.intNeg(intOperand(v));
}

function intInvertSlot(v: Value): Value {
  return I.intInvert(intOperand(v));
}

function intAbsSlot(v: Value): Value {
  return I.intAbs(intOperand(v));
}

function intRichCompareSlot(a: Value, b: Value, op: i32): Value {
  const x = intOperand(a);
  const y = intOperand(b);
  if (y == NULL) return NOT_IMPLEMENTED; // floats compare with ints in their own slot
  return compareSign(I.intCompare(x, y), op) ? TRUE : FALSE;
}

function intBinarySlot(a: Value, b: Value, nb: i32): Value {
  const x = intOperand(a);
  if (x == NULL) return NOT_IMPLEMENTED;
  const y = intOperand(b);
  if (y == NULL) return NOT_IMPLEMENTED;
  switch (nb) {
    case O.NB_ADD: return I.intAdd(x, y);
    case O.NB_SUBTRACT: return I.intSub(x, y);
    case O.NB_MULTIPLY: return I.intMul(x, y);
    case O.NB_FLOOR_DIVIDE: return I.intFloorDiv(x, y);
    case O.NB_REMAINDER: return I.intMod(x, y);
    case O.NB_TRUE_DIVIDE: return I.intTrueDiv(x, y);
    case O.NB_POWER: return I.intPow(x, y);
    case O.NB_LSHIFT: return I.intLshift(x, y);
    case O.NB_RSHIFT: return I.intRshift(x, y);
    case O.NB_AND: return I.intAnd(x, y);
    case O.NB_OR: return I.intOr(x, y);
    case O.NB_XOR: return I.intXor(x, y);
  }
  return NOT_IMPLEMENTED;
}

function intAdd(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_ADD); }
function intSub(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_SUBTRACT); }
function intMul(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_MULTIPLY); }
function intFloorDiv(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_FLOOR_DIVIDE); }
function intMod(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_REMAINDER); }
function intTrueDiv(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_TRUE_DIVIDE); }
function intPow(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_POWER); }
function intLshift(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_LSHIFT); }
function intRshift(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_RSHIFT); }
function intAnd(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_AND); }
function intOr(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_OR); }
function intXor(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_XOR); }

/** pow(a, b, m) for ints; NOT_IMPLEMENTED when an operand is not an int. */
function intPower3Slot(a: Value, b: Value, m: Value): Value {
  if (m == NONE) return intPow(a, b);
  const x = intOperand(a);
  const y = intOperand(b);
  const z = intOperand(m);
  if (x == NULL || y == NULL || z == NULL) return NOT_IMPLEMENTED;
  return I.intPowMod(x, y, z);
}

/** divmod(a, b) for ints; NOT_IMPLEMENTED when an operand is not an int. */
export function intDivmod(a: Value, b: Value): Value {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x == NULL || y == NULL) return NOT_IMPLEMENTED;
  return I.intDivmod(x, y);
}

// ---- bool ----

/** &, |, ^ of two bools is a bool; anything else is int arithmetic. */
function boolBitwise(a: Value, b: Value, nb: i32): Value {
  const aBool = a == TRUE || a == FALSE;
  const bBool = b == TRUE || b == FALSE;
  if (!aBool || !bBool) return intBinarySlot(a, b, nb);
  const x = a == TRUE;
  const y = b == TRUE;
  if (nb == O.NB_AND) return boolValue(x && y);
  if (nb == O.NB_OR) return boolValue(x || y);
  return boolValue(x != y);
}

function boolAnd(a: Value, b: Value): Value { return boolBitwise(a, b, O.NB_AND); }
function boolOr(a: Value, b: Value): Value { return boolBitwise(a, b, O.NB_OR); }
function boolXor(a: Value, b: Value): Value { return boolBitwise(a, b, O.NB_XOR); }

/** bool(x=False, /) */
function boolNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('bool', kwnames) || !checkArgCount('bool', nargs, 0, 1)) return NULL;
  if (nargs == 0) return FALSE;
  const t = A.isTrue(load<u64>(args));
  return t < 0 ? NULL : boolValue(t != 0);
}

// ---- int(x=0, /, base=10) ----

function raiseInvalidLiteral(x: Value, base: i32): Value {
  const repr = A.reprOf(x);
  if (repr == 0) return NULL;
  const sb = newBuilder();
  appendJs(sb, 'invalid literal for int() with base ');
  appendI64(sb, base);
  appendJs(sb, ': ');
  appendSubstring(sb, repr, 0, min(strLength(repr), 200)); // %.200R
  return raiseStr(ValueError, finishBuilder(sb));
}

/** int(bytes, base) */
function intFromBytesText(b: usize, base: i32): Value {
  const v = I.intFromAscii(bytesData(b), bytesLength(b), base);
  if (v == NULL && !errOccurred()) return raiseInvalidLiteral(ptrValue(b), base);
  return v;
}

function isStr(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

function isBytes(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_BYTES;
}

/** Calls a type's int-valued slot (__int__) and checks that the result is an int. */
function checkedIntResult(x: Value, r: Value, method: string): Value {
  if (r == NULL) return NULL;
  const n = intOperand(r);
  if (n != NULL) return n;
  const sb = newBuilder();
  appendJs(sb, method);
  appendJs(sb, ' returned non-int (type ');
  appendStr(sb, A.typeNameOf(r));
  appendJs(sb, ')');
  return raiseStr(TypeError, finishBuilder(sb));
}

let nTrunc: usize = 0; // '__trunc__'

/** int(x) through x.__trunc__() (deprecated, still honoured by 3.11); its result must be integral. */
function intFromTrunc(x: Value, trunc: Value): Value {
  const bound = A.bindDescriptor(trunc, x, A.typeOf(x));
  if (bound == NULL) return NULL;
  const r = A.call0(bound);
  if (r == NULL) return NULL;
  const n = intOperand(r);
  if (n != NULL) return n;
  if (getSlot(A.typeOf(r), SLOT_INDEX) != 0) return A.indexOf(r);
  const sb = newBuilder();
  appendJs(sb, '__trunc__ returned non-Integral (type ');
  appendStr(sb, A.typeNameOf(r));
  appendJs(sb, ')');
  return raiseStr(TypeError, finishBuilder(sb));
}

/** int(x) for one argument (CPython's PyNumber_Long). */
export function toInt(x: Value): Value {
  if (isSmallInt(x)) return x;
  const type = A.typeOf(x);
  const intSlot = getSlot(type, SLOT_INT);
  if (intSlot != 0) return checkedIntResult(x, changetype<(v: Value) => Value>(intSlot)(x), '__int__');
  if (getSlot(type, SLOT_INDEX) != 0) return A.indexOf(x);
  const trunc = A.lookupInMro(type, nTrunc);
  if (trunc != NULL) return intFromTrunc(x, trunc);
  if (isStr(x)) return I.intFromStr(ptrOf(x), 10);
  if (bytesLikeView(x) != 0) return intFromBytesText(bytesLikeView(x), 10);
  const sb = newBuilder();
  appendJs(sb, "int() argument must be a string, a bytes-like object or a real number, not '");
  appendStr(sb, A.typeNameOf(x));
  appendJs(sb, "'");
  return raiseStr(TypeError, finishBuilder(sb));
}

const INT_PARAMS: StaticArray<string> = ['x', 'base'];
const intArgs = memory.data(16);

function intNewSlot(typeValue: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('int', args, nargs, kwnames, INT_PARAMS, 1, 2, 0, intArgs)) return NULL;
  const x = load<u64>(intArgs);
  const baseArg = load<u64>(intArgs, 8);
  let r: Value;
  if (x == NULL) {
    if (baseArg != NULL) return raiseJs(TypeError, 'int() missing string argument');
    r = smallInt(0);
  } else if (baseArg == NULL) {
    r = toInt(x);
  } else {
    r = intWithBase(x, baseArg);
  }
  return r == NULL ? NULL : newIntOfType(ptrOf(typeValue), r);
}

/** int(x, base) where x must be a str or bytes. */
function intWithBase(x: Value, baseArg: Value): Value {
  const b = A.indexOf(baseArg);
  if (b == NULL) return NULL;
  const base = I.intFitsI64(b) ? I.intToI64(b) : -1;
  if ((base != 0 && base < 2) || base > 36) return raiseJs(ValueError, 'int() base must be >= 2 and <= 36, or 0');
  if (isStr(x)) return I.intFromStr(ptrOf(x), <i32>base);
  if (bytesLikeView(x) != 0) return intFromBytesText(bytesLikeView(x), <i32>base);
  return raiseJs(TypeError, "int() can't convert non-string with explicit base");
}

// ---- methods ----

function selfInt(self: Value): Value {
  return intOperand(self);
}

function intBitLength(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('int.bit_length', nargs, kwnames)) return NULL;
  return I.intFromI64(I.intBitLength(selfInt(self)));
}

function intBitCount(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('int.bit_count', nargs, kwnames)) return NULL;
  return I.intFromI64(I.intBitCount(selfInt(self)));
}

function intAsIntegerRatio(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('int.as_integer_ratio', nargs, kwnames)) return NULL;
  return ptrValue(tuple2(selfInt(self), smallInt(1)));
}

/** conjugate(), __int__(), __index__(), __trunc__(), __floor__(), __ceil__(): the int itself. */
function intSelfMethod(name: string, self: Value, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs(name, nargs, kwnames)) return NULL;
  return selfInt(self);
}

function intConjugate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return intSelfMethod('int.conjugate', self, nargs, kwnames);
}

function intIntMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return intSelfMethod('int.__int__', self, nargs, kwnames);
}

function intIndexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return intSelfMethod('int.__index__', self, nargs, kwnames);
}

function intTrunc(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return intSelfMethod('int.__trunc__', self, nargs, kwnames);
}

function intFloor(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return intSelfMethod('int.__floor__', self, nargs, kwnames);
}

function intCeil(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return intSelfMethod('int.__ceil__', self, nargs, kwnames);
}

function intFloatMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('int.__float__', nargs, kwnames)) return NULL;
  return I.intToFloat(selfInt(self));
}

function intGetnewargs(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('int.__getnewargs__', nargs, kwnames)) return NULL;
  return ptrValue(tuple1(selfInt(self)));
}

/** int.__round__(ndigits=None): ints round only to negative ndigits (half to even). */
function intRoundMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('__round__', kwnames) || !checkArgCount('__round__', nargs, 0, 1)) return NULL;
  if (nargs == 0 || load<u64>(args) == NONE) return selfInt(self);
  const nd = A.indexOf(load<u64>(args));
  if (nd == NULL) return NULL;
  return I.intRound(selfInt(self), nd);
}

function intGetSelf(self: Value): Value {
  return selfInt(self);
}

function intGetZero(self: Value): Value {
  return smallInt(0);
}

function intGetOne(self: Value): Value {
  return smallInt(1);
}

// ---- to_bytes / from_bytes ----

/** The byteorder argument: 1 little, 0 big, -1 with the error set. */
function byteOrderOf(fname: string, v: Value): i32 {
  if (v == NULL) return 0;
  if (!isStr(v)) {
    const sb = newBuilder();
    appendJs(sb, fname);
    appendJs(sb, "() argument 'byteorder' must be str, not ");
    appendStr(sb, A.typeNameOf(v));
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  if (strIsJs(ptrOf(v), 'little')) return 1;
  if (strIsJs(ptrOf(v), 'big')) return 0;
  raiseJs(ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

/** The keyword-only `signed` flag: 1, 0, or -1 with an error. */
function signedFlag(v: Value): i32 {
  return v == NULL ? 0 : A.isTrue(v);
}

const TO_BYTES_PARAMS: StaticArray<string> = ['length', 'byteorder', 'signed'];
const bytesArgs = memory.data(24);

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
function intToBytesMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('to_bytes', args, nargs, kwnames, TO_BYTES_PARAMS, 0, 2, 0, bytesArgs)) return NULL;
  const lengthArg = load<u64>(bytesArgs);
  let length: i64 = 1;
  if (lengthArg != NULL) {
    const n = A.indexOf(lengthArg);
    if (n == NULL) return NULL;
    if (I.intSign(n) < 0) return raiseJs(ValueError, 'length argument must be non-negative');
    if (!I.intFitsI64(n) || I.intToI64(n) > 0x7FFF_FFFF) return raiseEmpty(MemoryError);
    length = I.intToI64(n);
  }
  const little = byteOrderOf('to_bytes', load<u64>(bytesArgs, 8));
  if (little < 0) return NULL;
  const signed = signedFlag(load<u64>(bytesArgs, 16));
  if (signed < 0) return NULL;
  const b = newBytes(0, <i32>length);
  if (b == 0) return raiseEmpty(MemoryError);
  if (I.intToBytes(selfInt(self), bytesData(b), <i32>length, little == 1, signed == 1) < 0) return NULL;
  return ptrValue(b);
}

const FROM_BYTES_PARAMS: StaticArray<string> = ['bytes', 'byteorder', 'signed'];

/** int.from_bytes(bytes, byteorder='big', *, signed=False) (a classmethod) */
function intFromBytesMethod(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('from_bytes', args, nargs, kwnames, FROM_BYTES_PARAMS, 0, 2, 1, bytesArgs)) return NULL;
  const little = byteOrderOf('from_bytes', load<u64>(bytesArgs, 8));
  if (little < 0) return NULL;
  const signed = signedFlag(load<u64>(bytesArgs, 16));
  if (signed < 0) return NULL;
  const data = bytesOf(load<u64>(bytesArgs));
  if (data == 0) return NULL;
  const v = I.intFromBytes(bytesData(data), bytesLength(data), little == 1, signed == 1);
  if (v == NULL || ptrOf(cls) == A.intType) return v;
  return A.call1(cls, v);
}

/** bytes(x) for from_bytes: a bytes object as it is, or an iterable of ints in range(256). */
function bytesOf(x: Value): usize {
  if (bytesLikeView(x) != 0) return bytesLikeView(x);
  const it = isStr(x) ? NULL : A.getIter(x);
  if (it == NULL) {
    clearExc();
    const sb = newBuilder();
    appendJs(sb, "cannot convert '");
    appendStr(sb, A.typeNameOf(x));
    appendJs(sb, "' object to bytes");
    raiseStr(TypeError, finishBuilder(sb));
    return 0;
  }
  // Iterating may run Python code (and the collector): keep the iterator and the items rooted.
  const items = newList(8);
  pushTempRoot(it);
  pushTempRoot(ptrValue(items));
  const ok = collectBytes(it, items);
  popTempRoots(2);
  if (!ok) return 0;
  const n = listLength(items);
  const b = newBytes(0, n);
  if (b == 0) {
    raiseEmpty(MemoryError);
    return 0;
  }
  for (let i = 0; i < n; i++) store<u8>(bytesData(b) + <usize>i, <u8>intOf(listGet(items, i)));
  return b;
}

function collectBytes(it: Value, items: usize): bool {
  while (true) {
    const item = A.iterNext(it);
    if (item == NULL) return !errOccurred();
    const n = A.indexOf(item);
    if (n == NULL) return false;
    if (!isSmallInt(n) || intOf(n) < 0 || intOf(n) > 255) {
      raiseJs(ValueError, 'bytes must be in range(0, 256)');
      return false;
    }
    if (!listAppend(items, n)) {
      raiseEmpty(MemoryError);
      return false;
    }
  }
  return true;
}

// ---- __format__ ----

/** int.__format__(spec) */
function intFormatMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const spec = F.formatSpecArg(args, nargs, kwnames);
  if (spec == 0) return NULL;
  return formatInt(self, spec);
}

/** format(v, spec) for an int-like v (CPython's _PyLong_FormatAdvancedWriter). */
export function formatInt(obj: Value, spec: usize): Value {
  const v = intOperand(obj);
  if (strLength(spec) == 0) {
    if (A.typeOf(obj) == A.intType) return I.intToStr(v, 10, 0);
    const s = A.strOf(obj);
    return s == 0 ? NULL : ptrValue(s);
  }
  if (!F.parseFormatSpec(spec, obj, 0x64, 0x3E)) return NULL;
  switch (F.specType) {
    case 0x62: case 0x63: case 0x64: case 0x6F: case 0x78: case 0x58: case 0x6E:
      return formatIntParsed(v);
    case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x25: {
      const x = I.intToF64(v);
      if (x == -1.0 && errOccurred()) return NULL;
      return formatFloatParsed(x);
    }
  }
  return F.raiseUnknownFormatCode(obj);
}

/** The b c d o x X n presentations of a parsed spec (CPython's format_long_internal). */
function formatIntParsed(v: Value): Value {
  if (F.specPrecision != -1) return raiseJs(ValueError, 'Precision not allowed in integer format specifier');
  if (F.specNoNegZero) {
    return raiseJs(ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  const type = F.specType;
  let text: usize;
  let sign: u32;
  if (type == 0x63) {
    if (F.specSign != 0) return raiseJs(ValueError, "Sign not allowed with integer format specifier 'c'");
    if (F.specAlternate) return raiseJs(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (!I.intFitsI64(v)) return raiseJs(OverflowError, 'Python int too large to convert to C long');
    const cp = I.intToI64(v);
    if (cp < 0 || cp > 0x10FFFF) return raiseJs(OverflowError, '%c arg not in range(0x110000)');
    text = strAlloc1(<u32>cp);
    sign = F.describeIntText(text, 0, true);
  } else {
    const base = type == 0x62 ? 2 : type == 0x6F ? 8 : type == 0x78 || type == 0x58 ? 16 : 10;
    const s = I.intToStr(v, base, I.INT_STR_PREFIX);
    if (s == NULL) return NULL;
    text = ptrOf(s);
    sign = F.describeIntText(text, base == 10 ? 0 : 2, false);
  }
  const sb = newBuilder();
  F.appendNumberField(sb, sign, type == 0x6E ? 0 : F.specSeparator, F.specGroupSize, type == 0x58);
  return ptrValue(finishBuilder(sb));
}

// ---- setup ----

export function setupIntType(t: usize, boolType: usize): void {
  setIntType(t);
  nTrunc = internJs('__trunc__');
  addPermanentRoot(ptrValue(nTrunc));
  store<u32>(t + TYPE_BASICSIZE, <u32>INT_BOX_SIZE); // what subclasses extend
  setSlot(t, SLOT_REPR, changetype<usize>(intReprSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(intHashSlot));
  setSlot(t, SLOT_BOOL, changetype<usize>(intBoolSlot));
  setSlot(t, SLOT_INDEX, changetype<usize>(intIndexSlot));
  setSlot(t, SLOT_INT, changetype<usize>(intIndexSlot));
  setSlot(t, SLOT_FLOAT, changetype<usize>(intFloatSlot));
  setSlot(t, SLOT_NEGATIVE, changetype<usize>(intNegativeSlot));
  setSlot(t, SLOT_POSITIVE, changetype<usize>(intIndexSlot));
  setSlot(t, SLOT_INVERT, changetype<usize>(intInvertSlot));
  setSlot(t, SLOT_ABS, changetype<usize>(intAbsSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(intRichCompareSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(intNewSlot));
  setSlot(t, SLOT_NB + O.NB_ADD, changetype<usize>(intAdd));
  setSlot(t, SLOT_NB + O.NB_SUBTRACT, changetype<usize>(intSub));
  setSlot(t, SLOT_NB + O.NB_MULTIPLY, changetype<usize>(intMul));
  setSlot(t, SLOT_NB + O.NB_FLOOR_DIVIDE, changetype<usize>(intFloorDiv));
  setSlot(t, SLOT_NB + O.NB_REMAINDER, changetype<usize>(intMod));
  setSlot(t, SLOT_NB + O.NB_TRUE_DIVIDE, changetype<usize>(intTrueDiv));
  setSlot(t, SLOT_NB + O.NB_POWER, changetype<usize>(intPow));
  setSlot(t, SLOT_NB + O.NB_LSHIFT, changetype<usize>(intLshift));
  setSlot(t, SLOT_NB + O.NB_RSHIFT, changetype<usize>(intRshift));
  setSlot(t, SLOT_NB + O.NB_AND, changetype<usize>(intAnd));
  setSlot(t, SLOT_NB + O.NB_OR, changetype<usize>(intOr));
  setSlot(t, SLOT_NB + O.NB_XOR, changetype<usize>(intXor));
  setSlot(t, SLOT_POWER3, changetype<usize>(intPower3Slot));
  defineMethod(t, 'bit_length', intBitLength);
  defineMethod(t, 'bit_count', intBitCount);
  defineMethod(t, 'to_bytes', intToBytesMethod);
  defineClassMethod(t, 'from_bytes', intFromBytesMethod);
  defineMethod(t, 'as_integer_ratio', intAsIntegerRatio);
  defineMethod(t, 'conjugate', intConjugate);
  defineMethod(t, '__int__', intIntMethod);
  defineMethod(t, '__index__', intIndexMethod);
  defineMethod(t, '__float__', intFloatMethod);
  defineMethod(t, '__trunc__', intTrunc);
  defineMethod(t, '__floor__', intFloor);
  defineMethod(t, '__ceil__', intCeil);
  defineMethod(t, '__round__', intRoundMethod);
  defineMethod(t, '__format__', intFormatMethod);
  defineMethod(t, '__getnewargs__', intGetnewargs);
  defineGetSet(t, 'numerator', intGetSelf, null);
  defineGetSet(t, 'real', intGetSelf, null);
  defineGetSet(t, 'denominator', intGetOne, null);
  defineGetSet(t, 'imag', intGetZero, null);

  // bool was created before int had its slots: give it all of int's, then its own.
  for (let i = 0; i < SLOT_COUNT; i++) setSlot(boolType, i, getSlot(t, i));
  setSlot(boolType, SLOT_REPR, changetype<usize>(boolReprSlot));
  setSlot(boolType, SLOT_NEW, changetype<usize>(boolNewSlot));
  setSlot(boolType, SLOT_NB + O.NB_AND, changetype<usize>(boolAnd));
  setSlot(boolType, SLOT_NB + O.NB_OR, changetype<usize>(boolOr));
  setSlot(boolType, SLOT_NB + O.NB_XOR, changetype<usize>(boolXor));
}
