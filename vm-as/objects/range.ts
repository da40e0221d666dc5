// range objects: length, items and slices computed arithmetically, fast membership for ints,
// equality as sequences, and CPython's hash.
//
// Layout (kind KIND_RANGE):
//   +8  u64 start   +16 u64 stop   +24 u64 step   +32 u64 length   (ints)

import { alloc } from '../heap';
import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, intOf, smallInt, ptrOf, ptrValue } from '../value';
import { KIND_RANGE, hasKind } from '../object';
import { setSlot, SLOT_NEW, SLOT_ITER, SLOT_LEN, SLOT_REPR, SLOT_GETITEM, SLOT_CONTAINS, SLOT_RICHCOMPARE,
  SLOT_HASH } from '../types';
import { newRangeIterator } from './iterators';
import * as A from '../abstract';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { ValueError, IndexError, OverflowError } from './exception';
import { newBuilder, appendJs, appendI64, appendStr, finishBuilder } from './strbuilder';
import { isSlice, subscriptIndex, normalizeSlice, sliceStart, sliceStop, sliceStep } from './slice';
import { tuple3 } from './tuple';
import { defineMethod, defineGetSet } from './builtin';
import { checkNoKwargs, checkArgCount, checkOneArg, checkNoArgs } from './args';
import { CMP_EQ, CMP_NE } from '../generated/opcodes';

export const RANGE_START: usize = 8;
export const RANGE_STOP: usize = 16;
export const RANGE_STEP: usize = 24;
export const RANGE_LENGTH: usize = 32;

export let rangeType: usize = 0;

/** The number of values of a small-int range. */
function rangeCount(start: i64, stop: i64, step: i64): i64 {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
  return 0;
}

// @ts-ignore: decorator
@inline function startOf(r: usize): i64 {
  return intOf(load<u64>(r + RANGE_START));
}

// @ts-ignore: decorator
@inline function stepOf(r: usize): i64 {
  return intOf(load<u64>(r + RANGE_STEP));
}

// @ts-ignore: decorator
@inline function lengthOf(r: usize): i64 {
  return intOf(load<u64>(r + RANGE_LENGTH));
}

function newRange(start: i64, stop: i64, step: i64): Value {
  const r = alloc(40, rangeType, KIND_RANGE);
  store<u64>(r + RANGE_START, smallInt(start));
  store<u64>(r + RANGE_STOP, smallInt(stop));
  store<u64>(r + RANGE_STEP, smallInt(step));
  store<u64>(r + RANGE_LENGTH, smallInt(rangeCount(start, stop, step)));
  return ptrValue(r);
}

function rangeNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('range', kwnames) || !checkArgCount('range', nargs, 1, 3)) return NULL;
  const a = A.indexOf(load<u64>(args));
  if (a == NULL) return NULL;
  let start = smallInt(0);
  let stop = a;
  let step = smallInt(1);
  if (nargs >= 2) {
    start = a;
    stop = A.indexOf(load<u64>(args, 8));
    if (stop == NULL) return NULL;
  }
  if (nargs == 3) {
    step = A.indexOf(load<u64>(args, 16));
    if (step == NULL) return NULL;
  }
  if (!isSmallInt(start) || !isSmallInt(stop) || !isSmallInt(step)) {
    return raiseJs(OverflowError, 'range of big ints is not available yet');
  }
  if (intOf(step) == 0) return raiseJs(ValueError, 'range() arg 3 must not be zero');
  return newRange(intOf(start), intOf(stop), intOf(step));
}

function rangeIterSlot(v: Value): Value {
  const r = ptrOf(v);
  return newRangeIterator(startOf(r), stepOf(r), lengthOf(r));
}

function rangeLenSlot(v: Value): i64 {
  return lengthOf(ptrOf(v));
}

function rangeReprSlot(v: Value): Value {
  const r = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, 'range(');
  appendI64(sb, startOf(r));
  appendJs(sb, ', ');
  appendI64(sb, intOf(load<u64>(r + RANGE_STOP)));
  const step = stepOf(r);
  if (step != 1) {
    appendJs(sb, ', ');
    appendI64(sb, step);
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

/** r[i] and r[slice]: a slice of a range is a range. */
function rangeGetItemSlot(v: Value, key: Value): Value {
  const r = ptrOf(v);
  const start = startOf(r);
  const step = stepOf(r);
  if (isSlice(key)) {
    if (normalizeSlice(ptrOf(key), lengthOf(r)) < 0) return NULL;
    return newRange(start + sliceStart * step, start + sliceStop * step, step * sliceStep);
  }
  let i = subscriptIndex(key, 'range', true);
  if (i == -1 && errOccurred()) return NULL;
  const n = lengthOf(r);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseJs(IndexError, 'range object index out of range');
  return smallInt(start + i * step);
}

/** The position of an int in the range, or -1. */
function positionOf(r: usize, x: i64): i64 {
  const start = startOf(r);
  const stop = intOf(load<u64>(r + RANGE_STOP));
  const step = stepOf(r);
  const inside = step > 0 ? start <= x && x < stop : stop < x && x <= start;
  if (!inside || (x - start) % step != 0) return -1;
  return (x - start) / step;
}

/** Compares v with each value of the range (for non-int operands): its position, -1 absent, -2 error. */
function searchByEquality(r: usize, v: Value, counting: bool): i64 {
  const n = lengthOf(r);
  let found: i64 = 0;
  for (let i: i64 = 0; i < n; i++) {
    const eq = A.valuesEqual(smallInt(startOf(r) + i * stepOf(r)), v);
    if (eq < 0) return -2;
    if (eq > 0) {
      if (!counting) return i;
      found++;
    }
  }
  return counting ? found : -1;
}

function rangeContainsSlot(v: Value, x: Value): i32 {
  const r = ptrOf(v);
  if (isSmallInt(x)) return positionOf(r, intOf(x)) >= 0 ? 1 : 0;
  const i = searchByEquality(r, x, false);
  return i == -2 ? -1 : i >= 0 ? 1 : 0;
}

/** Ranges are equal when they hold the same values (CPython's range_equals). */
function rangesEqual(a: usize, b: usize): bool {
  if (a == b) return true;
  const n = lengthOf(a);
  if (n != lengthOf(b)) return false;
  if (n == 0) return true;
  if (startOf(a) != startOf(b)) return false;
  return n == 1 || stepOf(a) == stepOf(b);
}

function rangeRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!hasKind(b, KIND_RANGE) || (op != CMP_EQ && op != CMP_NE)) return NOT_IMPLEMENTED;
  return rangesEqual(ptrOf(a), ptrOf(b)) == (op == CMP_EQ) ? TRUE : FALSE;
}

/** hash((len, start, step)), with None for what does not matter to equality. */
function rangeHashSlot(v: Value): i64 {
  const r = ptrOf(v);
  const n = lengthOf(r);
  const t = tuple3(smallInt(n), n == 0 ? NONE : smallInt(startOf(r)), n <= 1 ? NONE : smallInt(stepOf(r)));
  return A.hashTuple(t);
}

function rangeCountMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('count', nargs, kwnames, 'range')) return NULL;
  const r = ptrOf(self);
  const x = load<u64>(args);
  if (isSmallInt(x)) return smallInt(positionOf(r, intOf(x)) >= 0 ? 1 : 0);
  const n = searchByEquality(r, x, true);
  return n == -2 ? NULL : smallInt(n);
}

function rangeIndexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('index', nargs, kwnames, 'range')) return NULL;
  const r = ptrOf(self);
  const x = load<u64>(args);
  if (!isSmallInt(x) && x != TRUE && x != FALSE) {
    const i = searchByEquality(r, x, false);
    if (i == -2) return NULL;
    if (i < 0) return raiseJs(ValueError, 'sequence.index(x): x not in sequence');
    return smallInt(i);
  }
  const i = positionOf(r, isSmallInt(x) ? intOf(x) : x == TRUE ? 1 : 0);
  if (i >= 0) return smallInt(i);
  const text = A.reprOf(x);
  if (text == 0) return NULL;
  const sb = newBuilder();
  appendStr(sb, text);
  appendJs(sb, ' is not in range');
  return raiseStr(ValueError, finishBuilder(sb));
}

/** reversed(range): the same values from the last down. */
function rangeReversedMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__reversed__', nargs, kwnames, 'range')) return NULL;
  const r = ptrOf(self);
  const n = lengthOf(r);
  return newRangeIterator(startOf(r) + (n - 1) * stepOf(r), -stepOf(r), n);
}

function getStart(v: Value): Value {
  return load<u64>(ptrOf(v) + RANGE_START);
}

function getStop(v: Value): Value {
  return load<u64>(ptrOf(v) + RANGE_STOP);
}

function getStep(v: Value): Value {
  return load<u64>(ptrOf(v) + RANGE_STEP);
}

export function setupRangeType(t: usize): void {
  rangeType = t;
  setSlot(t, SLOT_NEW, changetype<usize>(rangeNewSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(rangeIterSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(rangeLenSlot));
  setSlot(t, SLOT_REPR, changetype<usize>(rangeReprSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(rangeGetItemSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(rangeContainsSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(rangeRichCompareSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(rangeHashSlot));
  defineMethod(t, 'count', rangeCountMethod);
  defineMethod(t, 'index', rangeIndexMethod);
  defineMethod(t, '__reversed__', rangeReversedMethod);
  defineGetSet(t, 'start', getStart, null);
  defineGetSet(t, 'stop', getStop, null);
  defineGetSet(t, 'step', getStep, null);
}
