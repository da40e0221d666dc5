// The builtin iterators over sequences: list, tuple, str and range iterators, with the fast path
// FOR_ITER takes for them (no slot call per item), the reversed list iterator and the iterator
// over any object with __getitem__. builtin-iterators.ts has the others, in the same layout.
//
// Layout (kind KIND_ITERATOR):
//   +8  u32 subkind   ITER_*
//   +16 u64 source    the sequence (NULL once exhausted)
//   +24 i64 index     the next position (range: the next value); a Value for subkinds at or
//                     above ITER_FIRST_WITH_VALUE
//   +32 i64 limit     range: items left; others: see their subkind
//   +40 i64 step      range: the step

import { alloc } from '../heap';
import { KIND_ITERATOR, typeOfPtr } from '../object';
import { Value, NULL, isPtr, ptrOf, ptrValue, smallInt } from '../value';
import { listLength, listGet } from './list';
import { tupleLength, tupleGet } from './tuple';
import { strLength, charAt, strAlloc1, isAscii } from './str';
import { markValue } from '../gc';
import * as A from '../abstract';
import { excMatches, clearExc } from '../errors';
import { IndexError, StopIteration } from './exception';

export const ITER_SUBKIND: usize = 8;
export const ITER_SOURCE: usize = 16;
export const ITER_INDEX: usize = 24;
export const ITER_LIMIT: usize = 32;
export const ITER_STEP: usize = 40;
export const ITER_SIZE: usize = 48;

export const ITER_LIST: u32 = 1;
export const ITER_TUPLE: u32 = 2;
export const ITER_STR: u32 = 3;
export const ITER_RANGE: u32 = 4;
export const ITER_LIST_REVERSE: u32 = 5;
export const ITER_SEQUENCE: u32 = 6;
// builtin-iterators.ts
export const ITER_REVERSED: u32 = 7;
export const ITER_DICT: u32 = 8; // + DICT_ITER_KEYS/VALUES/ITEMS, + DICT_ITER_REVERSE
export const ITER_SET: u32 = 16;
export const ITER_ZIP: u32 = 17;
/** Subkinds from here on keep a second Value (traced) at ITER_INDEX. */
export const ITER_FIRST_WITH_VALUE: u32 = 32;
export const ITER_ENUMERATE: u32 = 32;
export const ITER_MAP: u32 = 33;
export const ITER_FILTER: u32 = 34;
export const ITER_CALLABLE: u32 = 35;

export let listIteratorType: usize = 0;
export let tupleIteratorType: usize = 0;
export let strIteratorType: usize = 0;
export let strAsciiIteratorType: usize = 0;
export let rangeIteratorType: usize = 0;
export let listReverseIteratorType: usize = 0;
export let sequenceIteratorType: usize = 0;

export function setSequenceIteratorTypes(l: usize, t: usize, s: usize, sa: usize, r: usize): void {
  listIteratorType = l;
  tupleIteratorType = t;
  strIteratorType = s;
  strAsciiIteratorType = sa;
  rangeIteratorType = r;
}

export function setMoreSequenceIteratorTypes(listReverse: usize, sequence: usize): void {
  listReverseIteratorType = listReverse;
  sequenceIteratorType = sequence;
}

/** Marks what an iterator refers to (the collector's case for KIND_ITERATOR). */
export function traceIterator(p: usize): void {
  markValue(load<u64>(p + ITER_SOURCE));
  if (load<u32>(p + ITER_SUBKIND) >= ITER_FIRST_WITH_VALUE) markValue(load<u64>(p + ITER_INDEX));
}

export function newSequenceIterator(type: usize, subkind: u32, source: Value): Value {
  const it = alloc(ITER_SIZE, type, KIND_ITERATOR);
  store<u32>(it + ITER_SUBKIND, subkind);
  store<u64>(it + ITER_SOURCE, source);
  return ptrValue(it);
}

export function newListIterator(list: Value): Value {
  return newSequenceIterator(listIteratorType, ITER_LIST, list);
}

export function newTupleIterator(tuple: Value): Value {
  return newSequenceIterator(tupleIteratorType, ITER_TUPLE, tuple);
}

export function newStrIterator(s: Value): Value {
  return newSequenceIterator(isAscii(ptrOf(s)) ? strAsciiIteratorType : strIteratorType, ITER_STR, s);
}

/** reversed(list): from the last item down, noticing a list that shrank meanwhile. */
export function newListReverseIterator(list: Value): Value {
  const it = newSequenceIterator(listReverseIteratorType, ITER_LIST_REVERSE, list);
  store<i64>(ptrOf(it) + ITER_INDEX, <i64>listLength(ptrOf(list)) - 1);
  return it;
}

/** iter(obj) for an object with __getitem__ but no __iter__: obj[0], obj[1], … until IndexError. */
export function newGetItemIterator(obj: Value): Value {
  return newSequenceIterator(sequenceIteratorType, ITER_SEQUENCE, obj);
}

/** An iterator over start, start + step, … (count values; all small ints). */
export function newRangeIterator(start: i64, step: i64, count: i64): Value {
  const it = alloc(ITER_SIZE, rangeIteratorType, KIND_ITERATOR);
  store<u32>(it + ITER_SUBKIND, ITER_RANGE);
  store<u64>(it + ITER_SOURCE, smallInt(0));
  store<i64>(it + ITER_INDEX, start);
  store<i64>(it + ITER_LIMIT, count);
  store<i64>(it + ITER_STEP, step);
  return ptrValue(it);
}

/**
 * The next item of a builtin sequence iterator, or NULL when `it` is not one (or is exhausted:
 * FOR_ITER's slow path then finds it exhausted too and ends the loop).
 */
// @ts-ignore: decorator
@inline export function fastNext(it: Value): Value {
  if (!isPtr(it)) return NULL;
  const p = ptrOf(it);
  const type = typeOfPtr(p);
  if (type == rangeIteratorType) {
    const left = load<i64>(p + ITER_LIMIT);
    if (left <= 0) return NULL;
    const v = load<i64>(p + ITER_INDEX);
    store<i64>(p + ITER_LIMIT, left - 1);
    store<i64>(p + ITER_INDEX, v + load<i64>(p + ITER_STEP));
    return smallInt(v);
  }
  if (type == listIteratorType) {
    const src = load<u64>(p + ITER_SOURCE);
    if (src == NULL) return NULL;
    const i = load<i64>(p + ITER_INDEX);
    if (i < <i64>listLength(ptrOf(src))) {
      store<i64>(p + ITER_INDEX, i + 1);
      return listGet(ptrOf(src), <i32>i);
    }
    return NULL;
  }
  if (type == tupleIteratorType) {
    const src = load<u64>(p + ITER_SOURCE);
    if (src == NULL) return NULL;
    const i = load<i64>(p + ITER_INDEX);
    if (i < <i64>tupleLength(ptrOf(src))) {
      store<i64>(p + ITER_INDEX, i + 1);
      return tupleGet(ptrOf(src), <i32>i);
    }
    return NULL;
  }
  return NULL;
}

/**
 * After fastNext returned NULL: whether `it` is one of the iterators it serves, hence exhausted
 * (its source dropped, as sequenceIteratorNext does), so FOR_ITER ends the loop at once.
 */
export function endedFastIterator(it: Value): bool {
  if (!isPtr(it)) return false;
  const p = ptrOf(it);
  const type = typeOfPtr(p);
  if (type == rangeIteratorType) return true;
  if (type != listIteratorType && type != tupleIteratorType) return false;
  store<u64>(p + ITER_SOURCE, NULL);
  return true;
}

/** SLOT_NEXT of the sequence iterators: NULL with no exception when exhausted. */
export function sequenceIteratorNext(it: Value): Value {
  const p = ptrOf(it);
  const sub = load<u32>(p + ITER_SUBKIND);
  if (sub == ITER_LIST_REVERSE) return listReverseIteratorNext(it);
  if (sub == ITER_SEQUENCE) return getItemIteratorNext(it);
  if (sub == ITER_STR) {
    const src = load<u64>(p + ITER_SOURCE);
    if (src == NULL) return NULL;
    const i = load<i64>(p + ITER_INDEX);
    if (i < <i64>strLength(ptrOf(src))) {
      store<i64>(p + ITER_INDEX, i + 1);
      return ptrValue(strAlloc1(charAt(ptrOf(src), <i32>i)));
    }
    store<u64>(p + ITER_SOURCE, NULL);
    return NULL;
  }
  const v = fastNext(it);
  if (v == NULL && sub != ITER_RANGE) store<u64>(p + ITER_SOURCE, NULL);
  return v;
}

/** The next item of a list_reverseiterator. */
function listReverseIteratorNext(it: Value): Value {
  const p = ptrOf(it);
  const src = load<u64>(p + ITER_SOURCE);
  if (src == NULL) return NULL;
  const i = load<i64>(p + ITER_INDEX);
  if (i >= 0 && i < <i64>listLength(ptrOf(src))) {
    store<i64>(p + ITER_INDEX, i - 1);
    return listGet(ptrOf(src), <i32>i);
  }
  store<u64>(p + ITER_SOURCE, NULL);
  return NULL;
}

/** The next item of the __getitem__ iterator: IndexError or StopIteration from obj[i] ends it. */
function getItemIteratorNext(it: Value): Value {
  const p = ptrOf(it);
  const src = load<u64>(p + ITER_SOURCE);
  if (src == NULL) return NULL;
  const i = load<i64>(p + ITER_INDEX);
  const v = A.getItem(src, smallInt(i));
  if (v != NULL) {
    store<i64>(p + ITER_INDEX, i + 1);
    return v;
  }
  if (excMatches(IndexError) || excMatches(StopIteration)) {
    clearExc();
    store<u64>(p + ITER_SOURCE, NULL);
  }
  return NULL;
}

/** SLOT_ITER of every iterator: itself. */
export function iteratorIterSlot(it: Value): Value {
  return it;
}
