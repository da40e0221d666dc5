// slice objects (start, stop and step as given, None when omitted) and the index arithmetic
// every sequence uses: CPython's PySlice_Unpack + PySlice_AdjustIndices, and the conversion of
// an index object to a machine integer.
//
// Layout (kind KIND_SLICE):
//   +8  u64 start   +16 u64 stop   +24 u64 step

import { alloc } from '../heap';
import { KIND_SLICE, hasKind } from '../object';
import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, intOf, smallInt, ptrOf, ptrValue } from '../value';
import * as A from '../abstract';
import { setSlot, getSlot, SLOT_NEW, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_INDEX } from '../types';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { ValueError, TypeError, IndexError, OverflowError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { tupleFromArray, tuple3 } from './tuple';
import { defineMethod, defineGetSet } from './builtin';
import { checkNoKwargs, checkArgCount, checkOneArg } from './args';
import { pushTempRoot, popTempRoots } from '../gc';
import { intFitsI64, intToI64, intClampToI64 } from './int';

export const SLICE_START: usize = 8;
export const SLICE_STOP: usize = 16;
export const SLICE_STEP: usize = 24;

const I64_MAX: i64 = 0x7FFF_FFFF_FFFF_FFFF;
const I64_MIN: i64 = -0x7FFF_FFFF_FFFF_FFFF - 1;

export let sliceType: usize = 0;
export function setSliceType(t: usize): void {
  sliceType = t;
}

export function newSlice(start: Value, stop: Value, step: Value): usize {
  const s = alloc(32, sliceType, KIND_SLICE);
  store<u64>(s + SLICE_START, start);
  store<u64>(s + SLICE_STOP, stop);
  store<u64>(s + SLICE_STEP, step);
  return s;
}

// @ts-ignore: decorator
@inline export function isSlice(v: Value): bool {
  return hasKind(v, KIND_SLICE);
}

// ---- index conversion ----

/** True when v can serve as an index: an int, a bool, or an object with __index__. */
export function isIndexable(v: Value): bool {
  return isSmallInt(v) || v == TRUE || v == FALSE || getSlot(A.typeOf(v), SLOT_INDEX) != 0;
}

/**
 * operator.index(v) as an i64 (CPython's PyNumber_AsSsize_t): an int beyond the i64 range
 * raises `overflow` ("cannot fit 'int' into an index-sized integer"), or is clamped when
 * overflow is 0. Returns -1 with an exception set on error (check errOccurred()).
 */
export function indexValue(v: Value, overflow: usize): i64 {
  if (isSmallInt(v)) return intOf(v);
  const n = A.indexOf(v);
  if (n == NULL) return -1;
  if (isSmallInt(n)) return intOf(n);
  if (overflow == 0) return intClampToI64(n);
  if (intFitsI64(n)) return intToI64(n);
  raiseJs(overflow, "cannot fit 'int' into an index-sized integer");
  return -1;
}

/**
 * A sequence subscript that is not a slice, as an i64 (not yet adjusted for negatives):
 * "<what> indices must be integers or slices, not T" when it is no index at all; an int
 * beyond the i64 range raises IndexError, or is clamped when `clamp` is set. -1 with an
 * exception set on error.
 */
export function subscriptIndex(key: Value, what: string, clamp: bool = false): i64 {
  if (isSmallInt(key)) return intOf(key);
  if (!isIndexable(key)) {
    const sb = newBuilder();
    appendJs(sb, what);
    appendJs(sb, ' indices must be integers or slices, not ');
    appendStr(sb, A.typeNameOf(key));
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  return indexValue(key, clamp ? 0 : IndexError);
}

// ---- slice normalisation ----

/** The result of the last normalizeSlice/unpackSlice: read right after the call. */
export let sliceStart: i64 = 0;
export let sliceStop: i64 = 0;
export let sliceStep: i64 = 1;

/** One slice bound (_PyEval_SliceIndex): None gives `dflt`; big ints are clamped. */
function sliceBound(v: Value, dflt: i64): i64 {
  if (v == NONE) return dflt;
  if (isSmallInt(v)) return intOf(v);
  if (!isIndexable(v)) {
    raiseJs(TypeError, 'slice indices must be integers or None or have an __index__ method');
    return -1;
  }
  return indexValue(v, 0);
}

/** PySlice_Unpack: fills sliceStart/Stop/Step (unadjusted); false with an exception set. */
export function unpackSlice(s: usize): bool {
  const stepV = load<u64>(s + SLICE_STEP);
  let step: i64 = sliceBound(stepV, 1);
  if (step == -1 && errOccurred()) return false;
  if (step == 0) {
    raiseJs(ValueError, 'slice step cannot be zero');
    return false;
  }
  if (step < -I64_MAX) step = -I64_MAX;
  const start = sliceBound(load<u64>(s + SLICE_START), step < 0 ? I64_MAX : 0);
  if (start == -1 && errOccurred()) return false;
  const stop = sliceBound(load<u64>(s + SLICE_STOP), step < 0 ? I64_MIN : I64_MAX);
  if (stop == -1 && errOccurred()) return false;
  sliceStart = start;
  sliceStop = stop;
  sliceStep = step;
  return true;
}

/** PySlice_AdjustIndices: clips sliceStart/Stop to a sequence of `length`; returns the item count. */
export function adjustSlice(length: i64): i64 {
  const step = sliceStep;
  sliceStart = clipBound(sliceStart, length, step);
  sliceStop = clipBound(sliceStop, length, step);
  if (step < 0) {
    if (sliceStop < sliceStart) return (sliceStart - sliceStop - 1) / (-step) + 1;
  } else if (sliceStart < sliceStop) {
    return (sliceStop - sliceStart - 1) / step + 1;
  }
  return 0;
}

function clipBound(i: i64, length: i64, step: i64): i64 {
  if (i < 0) {
    i += length;
    if (i < 0) return step < 0 ? -1 : 0;
    return i;
  }
  if (i >= length) return step < 0 ? length - 1 : length;
  return i;
}

/**
 * The slice as applied to a sequence of `length`: sliceStart, sliceStop, sliceStep adjusted;
 * returns the number of items, or -1 with an exception set.
 */
export function normalizeSlice(s: usize, length: i64): i64 {
  if (!unpackSlice(s)) return -1;
  return adjustSlice(length);
}

// ---- the slice type ----

function sliceNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('slice', kwnames) || !checkArgCount('slice', nargs, 1, 3)) return NULL;
  const a = load<u64>(args);
  if (nargs == 1) return ptrValue(newSlice(NONE, a, NONE));
  return ptrValue(newSlice(a, load<u64>(args, 8), nargs == 3 ? load<u64>(args, 16) : NONE));
}

function sliceReprSlot(v: Value): Value {
  const s = ptrOf(v);
  const sb = newBuilder();
  pushTempRoot(ptrValue(sb));
  appendJs(sb, 'slice(');
  let ok = true;
  for (let i = 0; i < 3 && ok; i++) {
    if (i > 0) appendJs(sb, ', ');
    const r = A.reprOf(load<u64>(s + SLICE_START + (<usize>i << 3)));
    if (r == 0) ok = false;
    else appendStr(sb, r);
  }
  popTempRoots(1);
  if (!ok) return NULL;
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

/** Slices compare as the tuples (start, stop, step). */
function sliceRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isSlice(b)) return NOT_IMPLEMENTED;
  const ta = ptrValue(tupleFromArray(ptrOf(a) + SLICE_START, 3));
  pushTempRoot(ta);
  const tb = ptrValue(tupleFromArray(ptrOf(b) + SLICE_START, 3));
  pushTempRoot(tb);
  const r = A.richCompare(ta, tb, op);
  popTempRoots(2);
  return r;
}

/** slice.indices(length) -> (start, stop, step) */
function sliceIndicesMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('slice.indices', nargs, kwnames)) return NULL;
  const length = indexValue(load<u64>(args), OverflowError);
  if (length == -1 && errOccurred()) return NULL;
  if (length < 0) return raiseJs(ValueError, 'length should not be negative');
  if (normalizeSlice(ptrOf(self), length) < 0) return NULL;
  return ptrValue(tuple3(smallInt(sliceStart), smallInt(sliceStop), smallInt(sliceStep)));
}

function getStart(v: Value): Value {
  return load<u64>(ptrOf(v) + SLICE_START);
}

function getStop(v: Value): Value {
  return load<u64>(ptrOf(v) + SLICE_STOP);
}

function getStep(v: Value): Value {
  return load<u64>(ptrOf(v) + SLICE_STEP);
}

export function setupSliceType(t: usize): void {
  sliceType = t;
  setSlot(t, SLOT_NEW, changetype<usize>(sliceNewSlot));
  setSlot(t, SLOT_REPR, changetype<usize>(sliceReprSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(sliceRichCompareSlot));
  setSlot(t, SLOT_HASH, 0); // unhashable in 3.11
  defineMethod(t, 'indices', sliceIndicesMethod);
  defineGetSet(t, 'start', getStart, null);
  defineGetSet(t, 'stop', getStop, null);
  defineGetSet(t, 'step', getStep, null);
}
