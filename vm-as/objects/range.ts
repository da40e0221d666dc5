// range objects.
//
// Layout (kind KIND_RANGE):
//   +8  u64 start   +16 u64 stop   +24 u64 step   +32 u64 length   (ints)

import { alloc } from '../heap';
import { KIND_RANGE } from '../object';
import { Value, NULL, isSmallInt, intOf, smallInt, ptrOf, ptrValue } from '../value';
import { setSlot, SLOT_NEW, SLOT_ITER, SLOT_LEN, SLOT_REPR } from '../types';
import { newRangeIterator } from './iterators';
import * as A from '../abstract';
import { raiseJs } from '../errors';
import { ValueError, TypeError, OverflowError } from './exception';
import { newBuilder, appendJs, appendI64, finishBuilder } from './strbuilder';

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

function rangeNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (kwnames != NULL) return raiseJs(TypeError, 'range() takes no keyword arguments');
  if (nargs < 1 || nargs > 3) {
    return raiseJs(TypeError, nargs == 0 ? 'range expected at least 1 argument, got 0' : 'range expected at most 3 arguments, got 4');
  }
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
  const r = alloc(40, rangeType, KIND_RANGE);
  store<u64>(r + RANGE_START, start);
  store<u64>(r + RANGE_STOP, stop);
  store<u64>(r + RANGE_STEP, step);
  store<u64>(r + RANGE_LENGTH, smallInt(rangeCount(intOf(start), intOf(stop), intOf(step))));
  return ptrValue(r);
}

function rangeIterSlot(v: Value): Value {
  const r = ptrOf(v);
  return newRangeIterator(intOf(load<u64>(r + RANGE_START)), intOf(load<u64>(r + RANGE_STEP)),
    intOf(load<u64>(r + RANGE_LENGTH)));
}

function rangeLenSlot(v: Value): i64 {
  return intOf(load<u64>(ptrOf(v) + RANGE_LENGTH));
}

function rangeReprSlot(v: Value): Value {
  const r = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, 'range(');
  appendI64(sb, intOf(load<u64>(r + RANGE_START)));
  appendJs(sb, ', ');
  appendI64(sb, intOf(load<u64>(r + RANGE_STOP)));
  const step = intOf(load<u64>(r + RANGE_STEP));
  if (step != 1) {
    appendJs(sb, ', ');
    appendI64(sb, step);
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

export function setupRangeType(t: usize): void {
  rangeType = t;
  setSlot(t, SLOT_NEW, changetype<usize>(rangeNewSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(rangeIterSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(rangeLenSlot));
  setSlot(t, SLOT_REPR, changetype<usize>(rangeReprSlot));
}
