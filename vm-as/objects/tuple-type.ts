// The tuple type's slots (items and slices, hashing in abstract.ts, comparison, + and *,
// iteration, construction) and its methods.

import { Value, NULL, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue, smallInt } from '../value';
import { kindOfPtr, typeOfPtr, KIND_TUPLE, KIND_LIST } from '../object';
import { setSlot, SLOT_REPR, SLOT_LEN, SLOT_ITER, SLOT_GETITEM, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_CONTAINS, SLOT_NEW,
  SLOT_NB } from '../types';
import { tupleType, tupleLength, tupleGet, tupleSet, tupleItems, newTuple, newTupleOfType, tupleFromArray } from './tuple';
import { listLength, listItems } from './list';
import { sequenceRepr } from './sequence-repr';
import { newTupleIterator } from './iterators';
import { raiseJs, raiseEmpty, errOccurred } from '../errors';
import { IndexError, MemoryError, ValueError } from './exception';
import { hashTuple } from '../abstract';
import { isSlice, subscriptIndex, normalizeSlice, sliceStart, sliceStep, isIndexable } from './slice';
import { sequenceRichCompare, sequenceContains, sequenceCount, sequenceFind, rightOperandTurn, raiseCantMultiply,
  raiseCantConcat, MAX_SEQUENCE_ITEMS } from './sequence';
import { listFromIterable, repeatCount, repeatItems, parseSearchBounds, searchStart, searchStop } from './list-type';
import { defineMethod } from './builtin';
import { checkNoKwargs, checkArgCount, checkOneArg } from './args';
import { NB_ADD, NB_MULTIPLY } from '../generated/opcodes';

function lengthOf(t: usize): i32 {
  return tupleLength(t);
}

function itemOf(t: usize, i: i32): Value {
  return tupleGet(t, i);
}

function tupleReprSlot(v: Value): Value {
  return sequenceRepr(v, 0x28, 0x29, itemOf, lengthOf, true, '(...)');
}

function tupleLenSlot(v: Value): i64 {
  return tupleLength(ptrOf(v));
}

function tupleIterSlot(v: Value): Value {
  return newTupleIterator(v);
}

/** t[start:stop:step] for n items; the whole of an exact tuple is the tuple itself. */
function tupleSlice(v: Value, start: i64, step: i64, n: i64): Value {
  const t = ptrOf(v);
  if (start == 0 && step == 1 && n == <i64>tupleLength(t) && typeOfPtr(t) == tupleType) return v;
  if (step == 1) return ptrValue(tupleFromArray(tupleItems(t) + (<usize>start << 3), <i32>n));
  const r = newTuple(<i32>n);
  for (let i: i64 = 0; i < n; i++) tupleSet(r, <i32>i, tupleGet(t, <i32>(start + i * step)));
  return ptrValue(r);
}

function tupleGetItemSlot(v: Value, key: Value): Value {
  const t = ptrOf(v);
  if (isSlice(key)) {
    const n = normalizeSlice(ptrOf(key), tupleLength(t));
    if (n < 0) return NULL;
    return tupleSlice(v, sliceStart, sliceStep, n);
  }
  let i = subscriptIndex(key, 'tuple');
  if (i == -1 && errOccurred()) return NULL;
  const n = <i64>tupleLength(t);
  if (i < 0) i += n;
  if (i >= 0 && i < n) return tupleGet(t, <i32>i);
  return raiseJs(IndexError, 'tuple index out of range');
}

function tupleHashSlot(v: Value): i64 {
  return hashTuple(ptrOf(v));
}

function tupleRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isPtr(b) || kindOfPtr(ptrOf(b)) != KIND_TUPLE) return NOT_IMPLEMENTED;
  return sequenceRichCompare(ptrOf(a), ptrOf(b), op);
}

function tupleContainsSlot(v: Value, item: Value): i32 {
  return sequenceContains(ptrOf(v), item);
}

// @ts-ignore: decorator
@inline function isTuple(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_TUPLE;
}

/** tuple + tuple */
function tupleAddSlot(a: Value, b: Value): Value {
  if (!isTuple(a)) return NOT_IMPLEMENTED;
  if (!isTuple(b)) {
    const r = rightOperandTurn(a, b, NB_ADD, changetype<usize>(tupleAddSlot));
    return r != NOT_IMPLEMENTED ? r : raiseCantConcat('tuple', b);
  }
  const x = ptrOf(a);
  const y = ptrOf(b);
  const nx = tupleLength(x);
  const ny = tupleLength(y);
  if (ny == 0 && typeOfPtr(x) == tupleType) return a;
  if (nx == 0 && typeOfPtr(y) == tupleType) return b;
  if (<i64>nx + <i64>ny > MAX_SEQUENCE_ITEMS) return raiseEmpty(MemoryError);
  const r = newTuple(nx + ny);
  if (r == 0) return raiseEmpty(MemoryError);
  memory.copy(tupleItems(r), tupleItems(x), <usize>nx << 3);
  memory.copy(tupleItems(r) + (<usize>nx << 3), tupleItems(y), <usize>ny << 3);
  return ptrValue(r);
}

/** tuple * n and n * tuple */
function tupleMultiplySlot(a: Value, b: Value): Value {
  const left = isTuple(a);
  const seq = left ? a : b;
  const count = left ? b : a;
  if (!isIndexable(count)) {
    if (left) {
      const r = rightOperandTurn(a, b, NB_MULTIPLY, changetype<usize>(tupleMultiplySlot));
      if (r != NOT_IMPLEMENTED) return r;
    }
    return raiseCantMultiply(count);
  }
  const t = ptrOf(seq);
  const n = <i64>tupleLength(t);
  const times = repeatCount(count, n);
  if (times < 0) return NULL;
  if (times == 1 && typeOfPtr(t) == tupleType) return seq;
  const r = newTuple(<i32>(n * times));
  if (r == 0) return raiseEmpty(MemoryError);
  repeatItems(tupleItems(r), tupleItems(t), n, times);
  return ptrValue(r);
}

/** tuple(iterable=()): an exact tuple argument is returned as it is. */
function tupleNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('tuple', kwnames) || !checkArgCount('tuple', nargs, 0, 1)) return NULL;
  const t = ptrOf(type);
  if (nargs == 0) return ptrValue(t == tupleType ? newTuple(0) : newTupleOfType(t, 0));
  const iterable = load<u64>(args);
  if (isPtr(iterable)) {
    const p = ptrOf(iterable);
    if (t == tupleType && typeOfPtr(p) == tupleType) return iterable;
    if (kindOfPtr(p) == KIND_LIST || kindOfPtr(p) == KIND_TUPLE) {
      const n = kindOfPtr(p) == KIND_LIST ? listLength(p) : tupleLength(p);
      return ptrValue(tupleOf(t, kindOfPtr(p) == KIND_LIST ? listItems(p) : tupleItems(p), n));
    }
  }
  const l = listFromIterable(iterable);
  if (l == 0) return NULL;
  return ptrValue(tupleOf(t, listItems(l), listLength(l)));
}

/** A tuple of `type` holding n values copied from `items`. */
function tupleOf(type: usize, items: usize, n: i32): usize {
  if (type == tupleType) return tupleFromArray(items, n);
  const r = newTupleOfType(type, n);
  memory.copy(tupleItems(r), items, <usize>n << 3);
  return r;
}

function tupleCountMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('count', nargs, kwnames, 'tuple')) return NULL;
  const n = sequenceCount(ptrOf(self), load<u64>(args));
  return n < 0 ? NULL : smallInt(n);
}

function tupleIndexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('tuple.index', kwnames) || !checkArgCount('index', nargs, 1, 3)) return NULL;
  const t = ptrOf(self);
  if (!parseSearchBounds(args, nargs, tupleLength(t))) return NULL;
  const i = sequenceFind(t, load<u64>(args), searchStart, searchStop);
  if (i == -2) return NULL;
  if (i < 0) return raiseJs(ValueError, 'tuple.index(x): x not in tuple');
  return smallInt(i);
}

export function setupTupleType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(tupleReprSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(tupleLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(tupleIterSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(tupleGetItemSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(tupleHashSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(tupleRichCompareSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(tupleContainsSlot));
  setSlot(t, SLOT_NB + NB_ADD, changetype<usize>(tupleAddSlot));
  setSlot(t, SLOT_NB + NB_MULTIPLY, changetype<usize>(tupleMultiplySlot));
  setSlot(t, SLOT_NEW, changetype<usize>(tupleNewSlot));
  defineMethod(t, 'count', tupleCountMethod);
  defineMethod(t, 'index', tupleIndexMethod);
}
