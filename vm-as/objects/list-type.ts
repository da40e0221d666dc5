// The list type: its slots (items and slices, comparison, + and *, iteration) and methods.

import { Value, NULL, NONE, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue, smallInt } from '../value';
import { kindOfPtr, typeOfPtr, KIND_LIST } from '../object';
import { setSlot, SLOT_REPR, SLOT_LEN, SLOT_ITER, SLOT_GETITEM, SLOT_SETITEM, SLOT_NEW, SLOT_INIT, SLOT_CONTAINS,
  SLOT_RICHCOMPARE, SLOT_HASH, SLOT_NB, TYPE_BASICSIZE } from '../types';
import { LIST_SIZE } from './list';
import { listType, listLength, listGet, listSet, listItems, listAppend, listReserve, newList, newListOfType,
  listClear, listReplace, listInsert, listRemoveAt, setListLength, LIST_LENGTH } from './list';
import { tupleType, tupleItems } from './tuple';
import { sequenceRepr } from './sequence-repr';
import { newListIterator, newListReverseIterator } from './iterators';
import { raiseJs, raiseStr, raiseEmpty, errOccurred, excMatches } from '../errors';
import { IndexError, MemoryError, TypeError, ValueError, OverflowError } from './exception';
import { defineMethod } from './builtin';
import * as A from '../abstract';
import { pushTempRoot, popTempRoots } from '../gc';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { isSlice, subscriptIndex, normalizeSlice, unpackSlice, adjustSlice, sliceStart, sliceStop, sliceStep,
  indexValue, isIndexable } from './slice';
import { seqLength, sequenceRichCompare, sequenceContains, sequenceCount, sequenceFind, clipSearchBound,
  rightOperandTurn, raiseCantMultiply, raiseCantConcat, MAX_SEQUENCE_ITEMS } from './sequence';
import { checkNoKwargs, checkArgCount, checkOneArg, checkNoArgs } from './args';
import { listSortMethod } from './list-sort';
import { NB_ADD, NB_MULTIPLY, NB_INPLACE_ADD, NB_INPLACE_MULTIPLY } from '../generated/opcodes';

// ---- building lists ----

function memoryError(): i32 {
  raiseEmpty(MemoryError);
  return -1;
}

/**
 * Appends every item of an iterable (list.extend): lists and tuples are copied in one go
 * (the list itself included, which doubles it). Returns -1 with an exception set on error.
 */
export function listExtend(l: usize, iterable: Value): i32 {
  if (isPtr(iterable)) {
    const p = ptrOf(iterable);
    const t = typeOfPtr(p);
    if (t == listType || t == tupleType || p == l) {
      const n = seqLength(p);
      const have = listLength(l);
      if (!listReserve(l, have + n)) return memoryError();
      const items = kindOfPtr(p) == KIND_LIST ? listItems(p) : tupleItems(p);
      memory.copy(listItems(l) + (<usize>have << 3), items, <usize>n << 3);
      store<u32>(l + LIST_LENGTH, <u32>(have + n));
      return 0;
    }
  }
  const it = A.getIter(iterable);
  return it == NULL ? -1 : extendFromIterator(l, it);
}

/** Appends what remains of an iterator; -1 with an exception set. */
function extendFromIterator(l: usize, it: Value): i32 {
  pushTempRoot(it);
  let r = 0;
  while (true) {
    const x = A.iterNext(it);
    if (x == NULL) {
      if (errOccurred()) r = -1;
      break;
    }
    if (!listAppend(l, x)) {
      r = memoryError();
      break;
    }
  }
  popTempRoots(1);
  return r;
}

/** list(iterable) as a new exact list; 0 with an exception set. */
export function listFromIterable(iterable: Value): usize {
  const l = newList(0);
  pushTempRoot(ptrValue(l));
  const r = listExtend(l, iterable);
  popTempRoots(1);
  return r < 0 ? 0 : l;
}

/**
 * CPython's PySequence_Fast: an exact list or tuple as it is, anything else iterated into a
 * new list; a non-iterable raises TypeError(message). Returns NULL with an exception set.
 */
export function sequenceFast(v: Value, message: string): Value {
  if (isPtr(v)) {
    const t = typeOfPtr(ptrOf(v));
    if (t == listType || t == tupleType) return v;
  }
  const it = A.getIter(v);
  if (it == NULL) {
    if (excMatches(TypeError)) raiseJs(TypeError, message);
    return NULL;
  }
  const l = newList(0);
  pushTempRoot(ptrValue(l));
  const r = extendFromIterator(l, it);
  popTempRoots(1);
  return r < 0 ? NULL : ptrValue(l);
}

// ---- slots ----

function lengthOf(l: usize): i32 {
  return listLength(l);
}

function itemOf(l: usize, i: i32): Value {
  return listGet(l, i);
}

function listReprSlot(v: Value): Value {
  return sequenceRepr(v, 0x5B, 0x5D, itemOf, lengthOf, false, '[...]');
}

function listLenSlot(v: Value): i64 {
  return listLength(ptrOf(v));
}

function listIterSlot(v: Value): Value {
  return newListIterator(v);
}

/** A new list of the n items start, start + step, … */
function listSlice(l: usize, start: i64, step: i64, n: i64): Value {
  const r = newList(<i32>n);
  if (r == 0) return raiseEmpty(MemoryError);
  if (step == 1) {
    memory.copy(listItems(r), listItems(l) + (<usize>start << 3), <usize>n << 3);
  } else {
    for (let i: i64 = 0; i < n; i++) listSet(r, <i32>i, listGet(l, <i32>(start + i * step)));
  }
  store<u32>(r + LIST_LENGTH, <u32>n);
  return ptrValue(r);
}

function listGetItemSlot(v: Value, key: Value): Value {
  const l = ptrOf(v);
  if (isSlice(key)) {
    const n = normalizeSlice(ptrOf(key), listLength(l));
    if (n < 0) return NULL;
    return listSlice(l, sliceStart, sliceStep, n);
  }
  let i = subscriptIndex(key, 'list');
  if (i == -1 && errOccurred()) return NULL;
  const n = <i64>listLength(l);
  if (i < 0) i += n;
  if (i >= 0 && i < n) return listGet(l, <i32>i);
  return raiseJs(IndexError, 'list index out of range');
}

function listSetItemSlot(v: Value, key: Value, value: Value): i32 {
  const l = ptrOf(v);
  if (isSlice(key)) return assignSlice(l, ptrOf(key), value);
  let i = subscriptIndex(key, 'list');
  if (i == -1 && errOccurred()) return -1;
  const n = <i64>listLength(l);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raiseJs(IndexError, 'list assignment index out of range');
    return -1;
  }
  if (value == NULL) listRemoveAt(l, <i32>i);
  else listSet(l, <i32>i, value);
  return 0;
}

/** l[slice] = value, or del l[slice] when value is NULL (CPython's list_ass_subscript). */
function assignSlice(l: usize, s: usize, value: Value): i32 {
  if (!unpackSlice(s)) return -1;
  const n = adjustSlice(listLength(l));
  if (sliceStep == 1) return assignSimpleSlice(l, sliceStart, sliceStop, value);
  const start = sliceStart;
  const step = sliceStep;
  if (value == NULL) {
    deleteExtendedSlice(l, start, step, n);
    return 0;
  }
  const seq = value == ptrValue(l) ? ptrValue(listSliceCopy(l)) :
    sequenceFast(value, 'must assign iterable to extended slice');
  if (seq == NULL) return -1;
  const got = seqLength(ptrOf(seq));
  if (<i64>got != n) {
    const sb = newBuilder();
    appendJs(sb, 'attempt to assign sequence of size ');
    appendI64(sb, got);
    appendJs(sb, ' to extended slice of size ');
    appendI64(sb, n);
    raiseStr(ValueError, finishBuilder(sb));
    return -1;
  }
  const items = kindOfPtr(ptrOf(seq)) == KIND_LIST ? listItems(ptrOf(seq)) : tupleItems(ptrOf(seq));
  // Converting the value may have run code that shrank the list: only store within it.
  const length = <i64>listLength(l);
  for (let i: i64 = 0; i < n; i++) {
    const at = start + i * step;
    if (at < length) listSet(l, <i32>at, load<u64>(items + (<usize>i << 3)));
  }
  return 0;
}

function listSliceCopy(l: usize): usize {
  return ptrOf(listSlice(l, 0, 1, listLength(l)));
}

/** l[lo:hi] = value (any iterable), or deletion; bounds are clipped to the length after conversion. */
function assignSimpleSlice(l: usize, lo: i64, hi: i64, value: Value): i32 {
  let src: usize = 0;
  let n = 0;
  let seq: Value = NULL;
  if (value != NULL) {
    seq = value == ptrValue(l) ? ptrValue(listSliceCopy(l)) : sequenceFast(value, 'can only assign an iterable');
    if (seq == NULL) return -1;
    const p = ptrOf(seq);
    n = seqLength(p);
    src = kindOfPtr(p) == KIND_LIST ? listItems(p) : tupleItems(p);
  }
  const length = <i64>listLength(l);
  if (lo < 0) lo = 0;
  else if (lo > length) lo = length;
  if (hi < lo) hi = lo;
  else if (hi > length) hi = length;
  return listReplace(l, <i32>lo, <i32>hi, src, n) ? 0 : memoryError();
}

/** del l[start::step] for n items (step != 1): keeps the others in order. */
function deleteExtendedSlice(l: usize, start: i64, step: i64, n: i64): void {
  if (n <= 0) return;
  if (step < 0) {
    start = start + step * (n - 1);
    step = -step;
  }
  const length = <i64>listLength(l);
  let write = start;
  let next = start;
  for (let read = start; read < length; read++) {
    if (read == next && n > 0) {
      next += step;
      n--;
      continue;
    }
    listSet(l, <i32>write, listGet(l, <i32>read));
    write++;
  }
  setListLength(l, <i32>write);
}

function listContainsSlot(v: Value, item: Value): i32 {
  return sequenceContains(ptrOf(v), item);
}

function listRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isPtr(b) || kindOfPtr(ptrOf(b)) != KIND_LIST) return NOT_IMPLEMENTED;
  return sequenceRichCompare(ptrOf(a), ptrOf(b), op);
}

/** list + list */
function listAddSlot(a: Value, b: Value): Value {
  if (!isPtr(a) || kindOfPtr(ptrOf(a)) != KIND_LIST) return NOT_IMPLEMENTED;
  if (!isPtr(b) || kindOfPtr(ptrOf(b)) != KIND_LIST) {
    const r = rightOperandTurn(a, b, NB_ADD, changetype<usize>(listAddSlot));
    return r != NOT_IMPLEMENTED ? r : raiseCantConcat('list', b);
  }
  const x = ptrOf(a);
  const y = ptrOf(b);
  const nx = listLength(x);
  const ny = listLength(y);
  if (<i64>nx + <i64>ny > MAX_SEQUENCE_ITEMS) return raiseEmpty(MemoryError);
  const r = newList(nx + ny);
  if (r == 0) return raiseEmpty(MemoryError);
  memory.copy(listItems(r), listItems(x), <usize>nx << 3);
  memory.copy(listItems(r) + (<usize>nx << 3), listItems(y), <usize>ny << 3);
  store<u32>(r + LIST_LENGTH, <u32>(nx + ny));
  return ptrValue(r);
}

/**
 * How many times a sequence of `length` items is repeated by `count` (an index): -1 with an
 * exception set when it is too large.
 */
export function repeatCount(count: Value, length: i64): i64 {
  let n = indexValue(count, OverflowError);
  if (n == -1 && errOccurred()) return -1;
  if (n < 0) n = 0;
  if (length > 0 && n > MAX_SEQUENCE_ITEMS / length) {
    raiseEmpty(MemoryError);
    return -1;
  }
  return n;
}

/** Copies n items from src `times` times to dest. */
export function repeatItems(dest: usize, src: usize, n: i64, times: i64): void {
  const bytes = <usize>n << 3;
  for (let k: i64 = 0; k < times; k++) memory.copy(dest + <usize>k * bytes, src, bytes);
}

/** list * n and n * list */
function listMultiplySlot(a: Value, b: Value): Value {
  const left = isPtr(a) && kindOfPtr(ptrOf(a)) == KIND_LIST;
  const seq = left ? a : b;
  const count = left ? b : a;
  if (!isIndexable(count)) {
    if (left) {
      const r = rightOperandTurn(a, b, NB_MULTIPLY, changetype<usize>(listMultiplySlot));
      if (r != NOT_IMPLEMENTED) return r;
    }
    return raiseCantMultiply(count);
  }
  const l = ptrOf(seq);
  const n = <i64>listLength(l);
  const times = repeatCount(count, n);
  if (times < 0) return NULL;
  const r = newList(<i32>(n * times));
  if (r == 0) return raiseEmpty(MemoryError);
  repeatItems(listItems(r), listItems(l), n, times);
  store<u32>(r + LIST_LENGTH, <u32>(n * times));
  return ptrValue(r);
}

/** list += iterable */
function listInplaceAddSlot(a: Value, b: Value): Value {
  return listExtend(ptrOf(a), b) < 0 ? NULL : a;
}

/** list *= n */
function listInplaceMultiplySlot(a: Value, b: Value): Value {
  if (!isIndexable(b)) return NOT_IMPLEMENTED;
  const l = ptrOf(a);
  const n = <i64>listLength(l);
  const times = repeatCount(b, n);
  if (times < 0) return NULL;
  if (times == 0 || n == 0) {
    listClear(l);
    return a;
  }
  if (!listReserve(l, <i32>(n * times))) return raiseEmpty(MemoryError);
  const items = listItems(l);
  repeatItems(items + (<usize>n << 3), items, n, times - 1);
  store<u32>(l + LIST_LENGTH, <u32>(n * times));
  return a;
}

/** list.__new__: an empty list; __init__ fills it. */
function listNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const l = newListOfType(ptrOf(type), 0);
  return l == 0 ? raiseEmpty(MemoryError) : ptrValue(l);
}

/** list.__init__(iterable=()): clears the list, then extends it. */
function listInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (!checkNoKwargs('list', kwnames) || !checkArgCount('list', nargs, 0, 1)) return -1;
  const l = ptrOf(self);
  listClear(l);
  return nargs == 1 ? listExtend(l, load<u64>(args)) : 0;
}

// ---- methods ----

function listAppendMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('list.append', nargs, kwnames)) return NULL;
  if (!listAppend(ptrOf(self), load<u64>(args))) return raiseEmpty(MemoryError);
  return NONE;
}

function listExtendMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('list.extend', nargs, kwnames)) return NULL;
  return listExtend(ptrOf(self), load<u64>(args)) < 0 ? NULL : NONE;
}

function listInsertMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('insert', kwnames) || !checkArgCount('insert', nargs, 2, 2)) return NULL;
  const l = ptrOf(self);
  let i = indexValue(load<u64>(args), OverflowError);
  if (i == -1 && errOccurred()) return NULL;
  const n = <i64>listLength(l);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (!listInsert(l, <i32>i, load<u64>(args, 8))) return raiseEmpty(MemoryError);
  return NONE;
}

function listPopMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('list.pop', kwnames) || !checkArgCount('pop', nargs, 0, 1)) return NULL;
  const l = ptrOf(self);
  let i: i64 = -1;
  if (nargs == 1) {
    i = indexValue(load<u64>(args), OverflowError);
    if (i == -1 && errOccurred()) return NULL;
  }
  const n = <i64>listLength(l);
  if (n == 0) return raiseJs(IndexError, 'pop from empty list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseJs(IndexError, 'pop index out of range');
  return listRemoveAt(l, <i32>i);
}

function listRemoveMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('list.remove', nargs, kwnames)) return NULL;
  const l = ptrOf(self);
  const i = sequenceFind(l, load<u64>(args), 0, listLength(l));
  if (i == -2) return NULL;
  if (i < 0) return raiseJs(ValueError, 'list.remove(x): x not in list');
  listRemoveAt(l, <i32>i);
  return NONE;
}

function listClearMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('list.clear', nargs, kwnames)) return NULL;
  listClear(ptrOf(self));
  return NONE;
}

function listCopyMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('list.copy', nargs, kwnames)) return NULL;
  return ptrValue(listSliceCopy(ptrOf(self)));
}

function listCountMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('list.count', nargs, kwnames)) return NULL;
  const n = sequenceCount(ptrOf(self), load<u64>(args));
  return n < 0 ? NULL : smallInt(n);
}

/** The optional start and stop of list.index / tuple.index, clipped; false with an exception set. */
export let searchStart: i64 = 0;
export let searchStop: i64 = 0;
export function parseSearchBounds(args: usize, nargs: i32, length: i64): bool {
  searchStart = 0;
  searchStop = length;
  for (let k = 1; k < nargs; k++) {
    const v = load<u64>(args + (<usize>k << 3));
    if (!isIndexable(v)) {
      raiseJs(TypeError, 'slice indices must be integers or have an __index__ method');
      return false;
    }
    const i = indexValue(v, 0);
    if (i == -1 && errOccurred()) return false;
    if (k == 1) searchStart = clipSearchBound(i, length);
    else searchStop = clipSearchBound(i, length);
  }
  return true;
}

function listIndexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('list.index', kwnames) || !checkArgCount('index', nargs, 1, 3)) return NULL;
  const l = ptrOf(self);
  if (!parseSearchBounds(args, nargs, listLength(l))) return NULL;
  const i = sequenceFind(l, load<u64>(args), searchStart, searchStop);
  if (i == -2) return NULL;
  if (i >= 0) return smallInt(i);
  const r = A.reprOf(load<u64>(args));
  if (r == 0) return NULL;
  const sb = newBuilder();
  appendStr(sb, r);
  appendJs(sb, ' is not in list');
  return raiseStr(ValueError, finishBuilder(sb));
}

function listReverseMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('list.reverse', nargs, kwnames)) return NULL;
  reverseValues(listItems(ptrOf(self)), listLength(ptrOf(self)));
  return NONE;
}

/** Reverses n values in place. */
export function reverseValues(items: usize, n: i32): void {
  let lo = items;
  let hi = items + (<usize>(n - 1) << 3);
  while (lo < hi) {
    const t = load<u64>(lo);
    store<u64>(lo, load<u64>(hi));
    store<u64>(hi, t);
    lo += 8;
    hi -= 8;
  }
}

function listReversedMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('list.__reversed__', nargs, kwnames)) return NULL;
  return newListReverseIterator(self);
}

export function setupListType(t: usize): void {
  store<u32>(t + TYPE_BASICSIZE, <u32>LIST_SIZE); // what subclasses extend
  setSlot(t, SLOT_REPR, changetype<usize>(listReprSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(listLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(listIterSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(listGetItemSlot));
  setSlot(t, SLOT_SETITEM, changetype<usize>(listSetItemSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(listContainsSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(listRichCompareSlot));
  setSlot(t, SLOT_HASH, 0);
  setSlot(t, SLOT_NB + NB_ADD, changetype<usize>(listAddSlot));
  setSlot(t, SLOT_NB + NB_MULTIPLY, changetype<usize>(listMultiplySlot));
  setSlot(t, SLOT_NB + NB_INPLACE_ADD, changetype<usize>(listInplaceAddSlot));
  setSlot(t, SLOT_NB + NB_INPLACE_MULTIPLY, changetype<usize>(listInplaceMultiplySlot));
  setSlot(t, SLOT_NEW, changetype<usize>(listNewSlot));
  setSlot(t, SLOT_INIT, changetype<usize>(listInitSlot));
  defineMethod(t, 'append', listAppendMethod);
  defineMethod(t, 'extend', listExtendMethod);
  defineMethod(t, 'insert', listInsertMethod);
  defineMethod(t, 'pop', listPopMethod);
  defineMethod(t, 'remove', listRemoveMethod);
  defineMethod(t, 'clear', listClearMethod);
  defineMethod(t, 'copy', listCopyMethod);
  defineMethod(t, 'count', listCountMethod);
  defineMethod(t, 'index', listIndexMethod);
  defineMethod(t, 'reverse', listReverseMethod);
  defineMethod(t, 'sort', listSortMethod);
  defineMethod(t, '__reversed__', listReversedMethod);
}
