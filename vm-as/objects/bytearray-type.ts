// The bytearray type: construction, repr, comparison, items and slices (read, assigned,
// deleted), iteration, `in`, + and * (and in place), and the list-like methods (append, extend,
// pop, insert, remove, reverse, clear, copy); the methods it shares with bytes come from
// bytes-type.ts (defineBytesMethods), reading the bytearray's buffer (bytearray.ts).

import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, intOf, ptrOf, ptrValue, smallInt } from '../value';
import { hasKind, typeOfPtr, KIND_BYTEARRAY, KIND_ITERATOR, KIND_STR } from '../object';
import { setSlot, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_LEN, SLOT_ITER, SLOT_NEXT,
  SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_NB, SLOT_NEW, SLOT_INIT, TYPE_NAME, TYPE_BASICSIZE, getSlot } from '../types';
import { strData, strLength, strEquals } from './str';
import { BYTES_DATA } from './bytes';
import { BYTEARRAY_SIZE, newBytearrayOfType, newBytearray, bytearrayBuffer, bytearrayLength, bytearrayData,
  bytearrayResize, viewOf, sameKindAs } from './bytearray';
import { bytesLikeView } from './buffer';
import { bytesFrom, bytesFromIterable, bytesRemainderSlot, bytesContainsSlot, bytesIteratorNextSlot, bytesReprOf, bytesFromhexMethod, bytesMaketransMethod, defineBytesMethods } from './bytes-type';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { raiseJs, raiseStr, raiseEmpty, errOccurred, excMatches, clearExc } from '../errors';
import { TypeError, ValueError, IndexError, MemoryError, OverflowError } from './exception';
import { CMP_EQ, CMP_NE, NB_ADD, NB_MULTIPLY, NB_REMAINDER, NB_INPLACE_ADD, NB_INPLACE_MULTIPLY } from '../generated/opcodes';
import { defineMethod, defineClassMethod, defineStaticMethod } from './builtin';
import { checkNoArgs, checkOneArg, checkArgCount, checkNoKwargs } from './args';
import { isSlice, isIndexable, indexValue, subscriptIndex, unpackSlice, adjustSlice, sliceStart, sliceStop,
  sliceStep } from './slice';
import { compareInts, raiseCantMultiply } from './sequence';
import { newSequenceIterator, iteratorIterSlot } from './iterators';
import { newBuiltinType } from '../typesetup';
import { compareText } from './str-ops';
import * as A from '../abstract';
import { keywordArgs, raiseTypeNamed } from './text-args';
import { addPermanentRoot, pushTempRoot, popTempRoots } from '../gc';
import { repeatCount } from './list-type';

const boundArgs = memory.data(3 * 8);

// @ts-ignore: decorator
@inline function isBytearray(v: Value): bool {
  return hasKind(v, KIND_BYTEARRAY);
}

// @ts-ignore: decorator
@inline function byteAt(ba: usize, i: i64): u32 {
  return <u32>load<u8>(bytearrayData(ba) + <usize>i);
}

function result(ba: usize): Value {
  return ba == 0 ? NULL : ptrValue(ba);
}

/** A byte value to store: an int (or __index__) in range(256), or -1 with an exception set. */
function byteArgument(v: Value): i32 {
  if (!isIndexable(v)) {
    raiseTypeNamed("'", v, "' object cannot be interpreted as an integer");
    return -1;
  }
  const n = indexValue(v, 0);
  if (n == -1 && errOccurred()) return -1;
  if (n < 0 || n > 255) {
    raiseJs(ValueError, 'byte must be in range(0, 256)');
    return -1;
  }
  return <i32>n;
}

// ---- construction ----

function bytearrayNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return result(newBytearrayOfType(ptrOf(type), 0, 0));
}

const INIT_PARAMS: StaticArray<string> = ['source', 'encoding', 'errors'];

/** bytearray(), (n), (iterable of ints), (bytes-like), (str, encoding[, errors]) */
function bytearrayInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (!keywordArgs('bytearray', args, nargs, kwnames, INIT_PARAMS, boundArgs)) return -1;
  const source = load<u64>(boundArgs);
  const encoding = load<u64>(boundArgs + 8);
  const errors = load<u64>(boundArgs + 16);
  if (encoding != NULL && !hasKind(encoding, KIND_STR)) {
    raiseTypeNamed("bytearray() argument 'encoding' must be str, not ", encoding, '');
    return -1;
  }
  let contents: usize = 0;
  if (source != NULL && encoding == NULL && errors == NULL && !isIndexable(source) && bytesLikeView(source) == 0 &&
    !hasKind(source, KIND_STR)) {
    contents = bytesFromInts(source);
  } else {
    contents = bytesFrom(source, encoding, errors);
  }
  if (contents == 0) return -1;
  const ba = ptrOf(self);
  if (!bytearrayResize(ba, strLength(contents))) return -1;
  memory.copy(bytearrayData(ba), strData(contents), <usize>strLength(contents));
  return 0;
}

/** The bytes of an iterable of ints, with bytearray's messages; 0 with an exception set. */
function bytesFromInts(source: Value): usize {
  if (!isIterable(source)) {
    raiseTypeNamed("cannot convert '", source, "' object to bytearray");
    return 0;
  }
  const r = bytesFromIterable(source);
  if (r == 0 && excMatches(ValueError)) {
    clearExc();
    raiseJs(ValueError, 'byte must be in range(0, 256)');
  }
  return r;
}

function isIterable(v: Value): bool {
  const t = A.typeOf(v);
  return getSlot(t, SLOT_ITER) != 0 || getSlot(t, SLOT_GETITEM) != 0;
}

// ---- repr, comparison, length ----

function bytearrayReprSlot(v: Value): Value {
  const bytesRepr = bytesReprOf(bytearrayBuffer(ptrOf(v)), true);
  const sb = newBuilder();
  appendStr(sb, <usize>load<u32>(typeOfPtr(ptrOf(v)) + TYPE_NAME));
  appendJs(sb, '(');
  appendStr(sb, bytesRepr);
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

/** Comparisons with any bytes-like object, on either side. */
function bytearrayRichCompareSlot(a: Value, b: Value, op: i32): Value {
  const x = bytesLikeView(a);
  const y = bytesLikeView(b);
  if (x == 0 || y == 0) {
    if (errOccurred()) return NULL;
    return NOT_IMPLEMENTED;
  }
  if (op == CMP_EQ || op == CMP_NE) return strEquals(x, y) == (op == CMP_EQ) ? TRUE : FALSE;
  return compareInts(compareText(x, y), op) ? TRUE : FALSE;
}

function bytearrayLenSlot(v: Value): i64 {
  return bytearrayLength(ptrOf(v));
}

// ---- items and slices ----

function bytearrayGetItemSlot(v: Value, key: Value): Value {
  const ba = ptrOf(v);
  if (isSlice(key)) {
    if (!unpackSlice(ptrOf(key))) return NULL;
    const n = adjustSlice(bytearrayLength(ba));
    const r = newBytearray(0, <i32>n);
    if (r == 0) return NULL;
    for (let k: i64 = 0; k < n; k++) store<u8>(bytearrayData(r) + <usize>k, <u8>byteAt(ba, sliceStart + k * sliceStep));
    return ptrValue(r);
  }
  let i = subscriptIndex(key, 'bytearray');
  if (i == -1 && errOccurred()) return NULL;
  const n = <i64>bytearrayLength(ba);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseJs(IndexError, 'bytearray index out of range');
  return smallInt(byteAt(ba, i));
}

function bytearraySetItemSlot(v: Value, key: Value, value: Value): i32 {
  const ba = ptrOf(v);
  if (isSlice(key)) return assignSlice(ba, ptrOf(key), value);
  let i = subscriptIndex(key, 'bytearray');
  if (i == -1 && errOccurred()) return -1;
  const n = <i64>bytearrayLength(ba);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raiseJs(IndexError, 'bytearray index out of range');
    return -1;
  }
  if (value == NULL) return removeRange(ba, i, i + 1) ? 0 : -1;
  const byte = byteArgument(value);
  if (byte < 0) return -1;
  store<u8>(bytearrayData(ba) + <usize>i, <u8>byte);
  return 0;
}

/** The bytes a slice assignment stores: a copy of a bytes-like value or of an iterable of ints (0 on error). */
function assignedBytes(value: Value): usize {
  if (isIndexable(value) || hasKind(value, KIND_STR)) {
    raiseJs(TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    return 0;
  }
  const view = bytesLikeView(value);
  // A copy, since the value may be this very bytearray.
  if (view != 0) return bytesFrom(ptrValue(view), NULL, NULL);
  if (!isIterable(value)) {
    raiseJs(TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    return 0;
  }
  return bytesFromInts(value);
}

function assignSlice(ba: usize, slice: usize, value: Value): i32 {
  if (!unpackSlice(slice)) return -1;
  let src: usize = 0;
  if (value != NULL) {
    src = assignedBytes(value);
    if (src == 0) return -1;
  }
  pushTempRoot(src == 0 ? NONE : ptrValue(src));
  const ok = storeSlice(ba, src);
  popTempRoots(1);
  return ok ? 0 : -1;
}

/** Replaces the slice last unpacked with src's bytes (src 0: deletes it). */
function storeSlice(ba: usize, src: usize): bool {
  const n = adjustSlice(bytearrayLength(ba));
  const start = sliceStart;
  const step = sliceStep;
  const m = src == 0 ? 0 : <i64>strLength(src);
  if (step == 1) {
    const stop = max(sliceStop, start);
    return replaceRange(ba, start, stop, src == 0 ? 0 : strData(src), m);
  }
  if (src == 0) return deleteExtended(ba, start, step, n);
  if (m != n) {
    const sb = newBuilder();
    appendJs(sb, 'attempt to assign bytes of size ');
    appendI64(sb, m);
    appendJs(sb, ' to extended slice of size ');
    appendI64(sb, n);
    raiseStr(ValueError, finishBuilder(sb));
    return false;
  }
  for (let k: i64 = 0; k < n; k++) store<u8>(bytearrayData(ba) + <usize>(start + k * step), load<u8>(strData(src) + <usize>k));
  return true;
}

/** ba[lo:hi] = the m bytes at data (which is not inside ba). */
function replaceRange(ba: usize, lo: i64, hi: i64, data: usize, m: i64): bool {
  const n = <i64>bytearrayLength(ba);
  const tail = n - hi;
  if (m > hi - lo) {
    if (!bytearrayResize(ba, n + m - (hi - lo))) return false;
    memory.copy(bytearrayData(ba) + <usize>(lo + m), bytearrayData(ba) + <usize>hi, <usize>tail);
  } else {
    memory.copy(bytearrayData(ba) + <usize>(lo + m), bytearrayData(ba) + <usize>hi, <usize>tail);
    if (!bytearrayResize(ba, n + m - (hi - lo))) return false;
  }
  if (m > 0) memory.copy(bytearrayData(ba) + <usize>lo, data, <usize>m);
  return true;
}

function removeRange(ba: usize, lo: i64, hi: i64): bool {
  return replaceRange(ba, lo, hi, 0, 0);
}

function deleteExtended(ba: usize, start: i64, step: i64, n: i64): bool {
  const length = <i64>bytearrayLength(ba);
  const data = bytearrayData(ba);
  let kept: i64 = 0;
  for (let i: i64 = 0; i < length; i++) {
    const offset = i - start;
    const inSlice = step > 0 ? offset >= 0 && offset % step == 0 && offset / step < n :
      offset <= 0 && (-offset) % (-step) == 0 && (-offset) / (-step) < n;
    if (inSlice) continue;
    store<u8>(data + <usize>kept, load<u8>(data + <usize>i));
    kept++;
  }
  return bytearrayResize(ba, kept);
}

// ---- iteration (the items as bytes' iterator reads them) ----

let bytearrayIteratorType: usize = 0;

function bytearrayIterSlot(v: Value): Value {
  return newSequenceIterator(bytearrayIteratorType, 0, v);
}

// ---- operators ----

function raiseCantConcat(other: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "can't concat ");
  appendStr(sb, A.typeNameOf(other));
  appendJs(sb, ' to bytearray');
  return raiseStr(TypeError, finishBuilder(sb));
}

function bytearrayAddSlot(a: Value, b: Value): Value {
  if (!isBytearray(a)) return NOT_IMPLEMENTED;
  const y = bytesLikeView(b);
  if (y == 0) return errOccurred() ? NULL : raiseCantConcat(b);
  const x = ptrOf(a);
  const nx = bytearrayLength(x);
  const ny = strLength(y);
  if (<i64>nx + <i64>ny > <i64>i32.MAX_VALUE - 16) return raiseEmpty(MemoryError);
  const r = newBytearray(0, nx + ny);
  if (r == 0) return NULL;
  memory.copy(bytearrayData(r), bytearrayData(x), <usize>nx);
  memory.copy(bytearrayData(r) + <usize>nx, strData(y), <usize>ny);
  return ptrValue(r);
}

function bytearrayInplaceAddSlot(a: Value, b: Value): Value {
  const y = bytesLikeView(b);
  if (y == 0) return errOccurred() ? NULL : raiseCantConcat(b);
  const x = ptrOf(a);
  pushTempRoot(b);
  const copy = bytesFrom(ptrValue(y), NULL, NULL);
  popTempRoots(1);
  if (copy == 0) return NULL;
  const n = <i64>bytearrayLength(x);
  if (!replaceRange(x, n, n, strData(copy), strLength(copy))) return NULL;
  return a;
}

/** The repeated contents of ba, `times` times, into dest (which has room). */
function repeatInto(dest: usize, ba: usize, times: i64): void {
  const n = <i64>bytearrayLength(ba);
  for (let k: i64 = 0; k < times; k++) memory.copy(dest + <usize>(k * n), bytearrayData(ba), <usize>n);
}

function bytearrayMultiplySlot(a: Value, b: Value): Value {
  const self = isBytearray(a) ? a : b;
  const count = isBytearray(a) ? b : a;
  if (!isIndexable(count)) return raiseCantMultiply(count);
  const ba = ptrOf(self);
  const times = repeatCount(count, bytearrayLength(ba));
  if (times < 0) return NULL;
  const r = newBytearray(0, <i32>(times * <i64>bytearrayLength(ba)));
  if (r == 0) return NULL;
  repeatInto(bytearrayData(r), ba, times);
  return ptrValue(r);
}

function bytearrayInplaceMultiplySlot(a: Value, b: Value): Value {
  if (!isIndexable(b)) return raiseCantMultiply(b);
  const ba = ptrOf(a);
  const times = repeatCount(b, bytearrayLength(ba));
  if (times < 0) return NULL;
  const n = <i64>bytearrayLength(ba);
  const copy = newBytearray(bytearrayData(ba), <i32>n);
  if (copy == 0 || !bytearrayResize(ba, n * times)) return NULL;
  repeatInto(bytearrayData(ba), copy, times);
  return a;
}

/** ba % args: formatted as bytes' are, as a bytearray. */
function bytearrayRemainderSlot(a: Value, b: Value): Value {
  if (!isBytearray(a)) return NOT_IMPLEMENTED;
  return sameKindAs(a, bytesRemainderSlot(viewOf(a), b));
}

// ---- methods ----

function bytearrayAppendMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('append', nargs, kwnames)) return NULL;
  const byte = byteArgument(load<u64>(args));
  if (byte < 0) return NULL;
  const ba = ptrOf(self);
  const n = <i64>bytearrayLength(ba);
  if (!bytearrayResize(ba, n + 1)) return NULL;
  store<u8>(bytearrayData(ba) + <usize>n, <u8>byte);
  return NONE;
}

function bytearrayExtendMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('extend', nargs, kwnames)) return NULL;
  const v = load<u64>(args);
  if (isIndexable(v) || !isIterable(v)) return raiseTypeNamed("can't extend bytearray with ", v, '');
  const view = bytesLikeView(v);
  const src = view != 0 ? bytesFrom(ptrValue(view), NULL, NULL) : bytesFromInts(v);
  if (src == 0) return NULL;
  pushTempRoot(ptrValue(src));
  const ba = ptrOf(self);
  const n = <i64>bytearrayLength(ba);
  const ok = replaceRange(ba, n, n, strData(src), strLength(src));
  popTempRoots(1);
  return ok ? NONE : NULL;
}

function bytearrayPopMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('bytearray.pop', kwnames) || !checkArgCount('pop', nargs, 0, 1)) return NULL;
  const ba = ptrOf(self);
  const n = <i64>bytearrayLength(ba);
  let i: i64 = -1;
  if (nargs == 1) {
    i = indexValue(load<u64>(args), OverflowError);
    if (i == -1 && errOccurred()) return NULL;
  }
  if (n == 0) return raiseJs(IndexError, 'pop from empty bytearray');
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseJs(IndexError, 'pop index out of range');
  const byte = byteAt(ba, i);
  return removeRange(ba, i, i + 1) ? smallInt(byte) : NULL;
}

function bytearrayInsertMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('bytearray.insert', kwnames) || !checkArgCount('insert', nargs, 2, 2)) return NULL;
  let i = indexValue(load<u64>(args), OverflowError);
  if (i == -1 && errOccurred()) return NULL;
  const byte = byteArgument(load<u64>(args, 8));
  if (byte < 0) return NULL;
  const ba = ptrOf(self);
  const n = <i64>bytearrayLength(ba);
  if (i < 0) i = max<i64>(i + n, 0);
  if (i > n) i = n;
  const one = memory.data(1);
  store<u8>(one, <u8>byte);
  return replaceRange(ba, i, i, one, 1) ? NONE : NULL;
}

function bytearrayRemoveMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('remove', nargs, kwnames)) return NULL;
  const byte = byteArgument(load<u64>(args));
  if (byte < 0) return NULL;
  const ba = ptrOf(self);
  const n = <i64>bytearrayLength(ba);
  for (let i: i64 = 0; i < n; i++) {
    if (byteAt(ba, i) == <u32>byte) return removeRange(ba, i, i + 1) ? NONE : NULL;
  }
  return raiseJs(ValueError, 'value not found in bytearray');
}

function bytearrayReverseMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('reverse', nargs, kwnames)) return NULL;
  const ba = ptrOf(self);
  const data = bytearrayData(ba);
  for (let i = 0, j = bytearrayLength(ba) - 1; i < j; i++, j--) {
    const c = load<u8>(data + <usize>i);
    store<u8>(data + <usize>i, load<u8>(data + <usize>j));
    store<u8>(data + <usize>j, c);
  }
  return NONE;
}

function bytearrayClearMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('clear', nargs, kwnames)) return NULL;
  return bytearrayResize(ptrOf(self), 0) ? NONE : NULL;
}

function bytearrayCopyMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('copy', nargs, kwnames)) return NULL;
  const ba = ptrOf(self);
  return result(newBytearray(bytearrayData(ba), bytearrayLength(ba)));
}

/** bytearray.fromhex(string): a bytearray (of the class it is called on). */
function bytearrayFromhexMethod(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const b = bytesFromhexMethod(cls, args, nargs, kwnames);
  if (b == NULL) return NULL;
  return result(newBytearrayOfType(ptrOf(cls), strData(ptrOf(b)), strLength(ptrOf(b))));
}

export function setupBytearrayType(t: usize): void {
  store<u32>(t + TYPE_BASICSIZE, <u32>BYTEARRAY_SIZE); // what subclasses extend
  setSlot(t, SLOT_NEW, changetype<usize>(bytearrayNewSlot));
  setSlot(t, SLOT_INIT, changetype<usize>(bytearrayInitSlot));
  setSlot(t, SLOT_REPR, changetype<usize>(bytearrayReprSlot));
  setSlot(t, SLOT_STR, changetype<usize>(bytearrayReprSlot));
  setSlot(t, SLOT_HASH, 0);
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(bytearrayRichCompareSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(bytearrayLenSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(bytearrayGetItemSlot));
  setSlot(t, SLOT_SETITEM, changetype<usize>(bytearraySetItemSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(bytearrayIterSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(bytesContainsSlot));
  setSlot(t, SLOT_NB + NB_ADD, changetype<usize>(bytearrayAddSlot));
  setSlot(t, SLOT_NB + NB_INPLACE_ADD, changetype<usize>(bytearrayInplaceAddSlot));
  setSlot(t, SLOT_NB + NB_MULTIPLY, changetype<usize>(bytearrayMultiplySlot));
  setSlot(t, SLOT_NB + NB_REMAINDER, changetype<usize>(bytearrayRemainderSlot));
  setSlot(t, SLOT_NB + NB_INPLACE_MULTIPLY, changetype<usize>(bytearrayInplaceMultiplySlot));
  bytearrayIteratorType = newBuiltinType('bytearray_iterator', 0, KIND_ITERATOR, 0);
  addPermanentRoot(ptrValue(bytearrayIteratorType));
  setSlot(bytearrayIteratorType, SLOT_ITER, changetype<usize>(iteratorIterSlot));
  setSlot(bytearrayIteratorType, SLOT_NEXT, changetype<usize>(bytesIteratorNextSlot));
  defineMethod(t, 'append', bytearrayAppendMethod);
  defineMethod(t, 'extend', bytearrayExtendMethod);
  defineMethod(t, 'pop', bytearrayPopMethod);
  defineMethod(t, 'insert', bytearrayInsertMethod);
  defineMethod(t, 'remove', bytearrayRemoveMethod);
  defineMethod(t, 'reverse', bytearrayReverseMethod);
  defineMethod(t, 'clear', bytearrayClearMethod);
  defineMethod(t, 'copy', bytearrayCopyMethod);
  defineClassMethod(t, 'fromhex', bytearrayFromhexMethod);
  defineStaticMethod(t, 'maketrans', bytesMaketransMethod);
  defineBytesMethods(t);
}
