// list.sort() and sorted(): a stable merge sort — binary insertion sort on short runs, then
// bottom-up merges — that compares only with `<`, as CPython's timsort does. As in CPython,
// the list is empty while it is being sorted (so a key or __lt__ that mutates it is detected:
// "list modified during sort"), keys are computed once up front, reverse=True sorts the
// reversed list and reverses the result (keeping equal items in their original order), and a
// pre-scan picks a direct comparison when every key is an int, a float or a str.

import { Value, NULL, NONE, isSmallInt, isFloat, bothSmallInts, intOf, floatOf, isPtr, ptrOf, ptrValue } from '../value';
import { allocChecked } from '../heap';
import { typeOfPtr, KIND_VALUES } from '../object';
import * as A from '../abstract';
import { raiseJs, raiseEmpty, errOccurred } from '../errors';
import { ValueError, MemoryError, TypeError } from './exception';
import { listLength, listStorage, LIST_LENGTH, LIST_CAPACITY, LIST_ITEMS } from './list';
import { strType, strCompare } from './str';
import { pushTempRoot, popTempRoots } from '../gc';
import { indexValue } from './slice';
import { parseKeywords } from './args';
import { reverseValues } from './list-type';
import { compareValues, comparisonTruth } from './sequence';
import { tupleType, tupleLength, tupleGet } from './tuple';
import { CMP_LT } from '../generated/opcodes';

/** Runs shorter than this are sorted by binary insertion before merging. */
const RUN: i32 = 32;

// How keys are compared, chosen by a pre-scan of all of them.
const BY_RICHCOMPARE: i32 = 0;
const BY_INT: i32 = 1;
const BY_FLOAT: i32 = 2;
const BY_STR: i32 = 3;
const BY_TUPLE: i32 = 4;

/** x < y: 1, 0, or -1 with an exception set. */
function lessThan(x: Value, y: Value, how: i32): i32 {
  switch (how) {
    case BY_INT: return intOf(x) < intOf(y) ? 1 : 0;
    case BY_FLOAT: return floatOf(x) < floatOf(y) ? 1 : 0;
    case BY_STR: return strCompare(ptrOf(x), ptrOf(y)) < 0 ? 1 : 0;
    case BY_TUPLE: return tupleLessThan(ptrOf(x), ptrOf(y));
  }
  return comparisonTruth(compareValues(x, y, CMP_LT));
}

/** x < y for exact tuples: what tuple.__lt__ computes, without dispatching to it. */
function tupleLessThan(x: usize, y: usize): i32 {
  const nx = tupleLength(x);
  const ny = tupleLength(y);
  let i = 0;
  for (; i < nx && i < ny; i++) {
    const a = tupleGet(x, i);
    const b = tupleGet(y, i);
    // Ints, the usual items of sort keys, decide without a call.
    if (bothSmallInts(a, b)) {
      if (a == b) continue;
      return intOf(a) < intOf(b) ? 1 : 0;
    }
    const eq = A.valuesEqual(a, b);
    if (eq < 0) return -1;
    if (eq == 0) break;
  }
  if (i >= nx || i >= ny) return nx < ny ? 1 : 0;
  return comparisonTruth(compareValues(tupleGet(x, i), tupleGet(y, i), CMP_LT));
}

function comparisonFor(keys: usize, n: i32): i32 {
  let ints = true;
  let floats = true;
  let strs = true;
  let tuples = true;
  for (let i = 0; i < n; i++) {
    const k = load<u64>(keys + (<usize>i << 3));
    ints = ints && isSmallInt(k);
    floats = floats && isFloat(k);
    const type = isPtr(k) ? typeOfPtr(ptrOf(k)) : 0;
    strs = strs && type == strType;
    tuples = tuples && type == tupleType;
  }
  return ints ? BY_INT : floats ? BY_FLOAT : strs ? BY_STR : tuples ? BY_TUPLE : BY_RICHCOMPARE;
}

// The sort works on `keys`, moving `values` in step with them (values == keys when there is
// no key function); tempKeys and tempValues are scratch space for merging, laid out alike.

// @ts-ignore: decorator
@inline function at(base: usize, i: i32): usize {
  return base + (<usize>i << 3);
}

/** Sorts [lo, hi) by binary insertion; false with an exception set. */
function insertionSort(keys: usize, values: usize, lo: i32, hi: i32, how: i32): bool {
  for (let i = lo + 1; i < hi; i++) {
    const pivot = load<u64>(at(keys, i));
    const pivotValue = load<u64>(at(values, i));
    let l = lo;
    let r = i;
    while (l < r) {
      const m = (l + r) >> 1;
      const c = lessThan(pivot, load<u64>(at(keys, m)), how);
      if (c < 0) return false;
      if (c > 0) r = m;
      else l = m + 1;
    }
    if (l == i) continue;
    memory.copy(at(keys, l + 1), at(keys, l), <usize>(i - l) << 3);
    store<u64>(at(keys, l), pivot);
    if (values != keys) {
      memory.copy(at(values, l + 1), at(values, l), <usize>(i - l) << 3);
      store<u64>(at(values, l), pivotValue);
    }
  }
  return true;
}

/**
 * Merges the sorted runs [lo, mid) and [mid, hi), taking from the right run only when its
 * item is strictly less (stability); false with an exception set, every item still present.
 */
function merge(keys: usize, values: usize, tempKeys: usize, tempValues: usize, lo: i32, mid: i32, hi: i32,
  how: i32): bool {
  const ordered = lessThan(load<u64>(at(keys, mid)), load<u64>(at(keys, mid - 1)), how);
  if (ordered <= 0) return ordered == 0;
  const keyed = values != keys;
  const nLeft = mid - lo;
  memory.copy(tempKeys, at(keys, lo), <usize>nLeft << 3);
  if (keyed) memory.copy(tempValues, at(values, lo), <usize>nLeft << 3);
  let i = 0;
  let j = mid;
  let k = lo;
  let ok = true;
  while (i < nLeft && j < hi) {
    const c = lessThan(load<u64>(at(keys, j)), load<u64>(at(tempKeys, i)), how);
    if (c < 0) {
      ok = false;
      break;
    }
    if (c > 0) {
      store<u64>(at(keys, k), load<u64>(at(keys, j)));
      if (keyed) store<u64>(at(values, k), load<u64>(at(values, j)));
      j++;
    } else {
      store<u64>(at(keys, k), load<u64>(at(tempKeys, i)));
      if (keyed) store<u64>(at(values, k), load<u64>(at(tempValues, i)));
      i++;
    }
    k++;
  }
  // What is left of the left run goes just before j (k + left == j).
  memory.copy(at(keys, k), at(tempKeys, i), <usize>(nLeft - i) << 3);
  if (keyed) memory.copy(at(values, k), at(tempValues, i), <usize>(nLeft - i) << 3);
  return ok;
}

function mergeSort(keys: usize, values: usize, tempKeys: usize, tempValues: usize, n: i32, how: i32): bool {
  for (let lo = 0; lo < n; lo += RUN) {
    if (!insertionSort(keys, values, lo, min(lo + RUN, n), how)) return false;
  }
  for (let width = RUN; width < n; width <<= 1) {
    for (let lo = 0; lo + width < n; lo += width << 1) {
      if (!merge(keys, values, tempKeys, tempValues, lo, lo + width, min(lo + (width << 1), n), how)) return false;
    }
  }
  return true;
}

/** A KIND_VALUES buffer for n values, pushed as a temporary root; 0 on MemoryError (raised). */
function rootedBuffer(n: i32): usize {
  const b = allocChecked(8 + (<usize>n << 3), 0, KIND_VALUES);
  if (b == 0) {
    raiseEmpty(MemoryError);
    return 0;
  }
  pushTempRoot(ptrValue(b));
  return b;
}

/** Computes key(item) for the n values into keys; false with an exception set. */
function computeKeys(key: Value, values: usize, keys: usize, n: i32): bool {
  for (let i = 0; i < n; i++) {
    const k = A.call1(key, load<u64>(at(values, i)));
    if (k == NULL) return false;
    store<u64>(at(keys, i), k);
  }
  return true;
}

/** Sorts the detached items of a list; false with an exception set. */
function sortItems(values: usize, n: i32, key: Value, reverse: bool): bool {
  let keys = values;
  let roots = 0;
  if (key != NONE) {
    const buffer = rootedBuffer(n);
    if (buffer == 0) return false;
    roots++;
    keys = buffer + 8;
    if (!computeKeys(key, values, keys, n)) {
      popTempRoots(roots);
      return false;
    }
  }
  let ok = true;
  if (n > 1) {
    // Merging copies the left run out: up to the largest power-of-two multiple of RUN below n.
    const tempKeys = rootedBuffer(n);
    let tempValues = tempKeys;
    if (tempKeys != 0) roots++;
    if (tempKeys != 0 && keys != values) {
      tempValues = rootedBuffer(n);
      if (tempValues != 0) roots++;
    }
    ok = tempKeys != 0 && tempValues != 0;
    if (ok) {
      if (reverse) reverseBoth(keys, values, n);
      ok = mergeSort(keys, values, tempKeys + 8, tempValues + 8, n, comparisonFor(keys, n));
      if (reverse) reverseBoth(keys, values, n);
    }
  }
  popTempRoots(roots);
  return ok;
}

function reverseBoth(keys: usize, values: usize, n: i32): void {
  reverseValues(keys, n);
  if (values != keys) reverseValues(values, n);
}

/**
 * Sorts a list in place; -1 with an exception set. Its items are taken out while sorting and
 * put back even on error; a list changed by the key or a comparison raises ValueError.
 */
export function sortList(l: usize, key: Value, reverse: bool): i32 {
  const n = listLength(l);
  const storage = listStorage(l);
  const capacity = load<u32>(l + LIST_CAPACITY);
  store<u32>(l + LIST_LENGTH, 0);
  store<u32>(l + LIST_CAPACITY, 0);
  store<u32>(l + LIST_ITEMS, 0);
  if (storage != 0) pushTempRoot(ptrValue(storage));
  const ok = storage == 0 || sortItems(storage + 8, n, key, reverse);
  if (storage != 0) popTempRoots(1);
  const modified = listLength(l) != 0 || listStorage(l) != 0;
  store<u32>(l + LIST_LENGTH, <u32>n);
  store<u32>(l + LIST_CAPACITY, capacity);
  store<u32>(l + LIST_ITEMS, <u32>storage);
  if (!ok) return -1;
  if (modified) {
    raiseJs(ValueError, 'list modified during sort');
    return -1;
  }
  return 0;
}

const SORT_KEYWORDS: StaticArray<string> = ['key', 'reverse'];

/** The result of parseSortKeywords: read right after the call. */
export let sortKey: Value = NONE;
export let sortReverse: bool = false;

/** Parses sort's keyword-only (key=None, reverse=False) into sortKey and sortReverse; false with an exception set. */
export function parseSortKeywords(args: usize, nargs: i32, kwnames: Value): bool {
  const parsed = A.scratchReserve(16);
  store<u64>(parsed, NONE);
  store<u64>(parsed, NULL, 8);
  // The parameters are keyword-only: match the keywords as if there were no positionals.
  let ok = parseKeywords('sort', args + (<usize>nargs << 3), 0, kwnames, SORT_KEYWORDS, parsed);
  let reverse: i64 = 0;
  const r = load<u64>(parsed, 8);
  if (ok && r != NULL) {
    reverse = indexValue(r, 0);
    ok = !(reverse == -1 && errOccurred());
  }
  const key = load<u64>(parsed);
  A.scratchRelease(parsed);
  sortKey = key;
  sortReverse = reverse != 0;
  return ok;
}

/** list.sort(*, key=None, reverse=False) */
export function listSortMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs > 0) return raiseJs(TypeError, 'sort() takes no positional arguments');
  if (!parseSortKeywords(args, nargs, kwnames)) return NULL;
  return sortList(ptrOf(self), sortKey, sortReverse) < 0 ? NULL : NONE;
}
