// The heapq module: CPython's _heapq accelerator (heappush, heappop, heapify, heapreplace,
// heappushpop and the _max variants, sifting exactly as Modules/_heapqmodule.c does, so a heap
// ends up in the same order), plus merge, nlargest and nsmallest, which give the results of
// heapq.py's versions.

import { Value, NULL, NONE, FALSE, TRUE, ptrOf, ptrValue } from '../value';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { TypeError, IndexError, RuntimeError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from '../objects/strbuilder';
import { checkArgCount, checkNoKwargs, checkOneArg, kwCount, strIsJs } from '../objects/args';
import { bindArgs } from '../objects/number-args';
import { listGet, listSet, listLength, listAppend, setListLength, listType } from '../objects/list';
import { listFromIterable } from '../objects/list-type';
import { sortList } from '../objects/list-sort';
import { newTuple, tupleSet, tupleGet, tupleLength } from '../objects/tuple';
import { setSlot, SLOT_NEW, SLOT_ITER, SLOT_NEXT, isSubtype } from '../types';
import { defineFunction } from '../objects/builtin';
import { moduleDict } from '../objects/module';
import { internJs } from '../intern';
import { pushTempRoot, popTempRoots } from '../gc';
import { iteratorIterSlot } from '../objects/iterators';
import { intOperand } from '../objects/int-type';
import * as I from '../objects/int';
import * as A from '../abstract';
import { CMP_LT } from '../generated/opcodes';
import { arg, newNativeModule, newRecordType, addType, newRecord, field, setField, addFunction, keepModule } from './support';

/** a < b as a truth value: 1, 0, or -1 with an exception set. */
function lessThan(a: Value, b: Value): i32 {
  pushTempRoot(a);
  pushTempRoot(b);
  const r = A.richCompare(a, b, CMP_LT);
  const t = r == NULL ? -1 : A.isTrue(r);
  popTempRoots(2);
  return t;
}

function raiseChangedSize(): i32 {
  raiseJs(RuntimeError, 'list changed size during iteration');
  return -1;
}

/**
 * Moves the item at pos up towards startpos while it is smaller than its parent (larger, for a
 * max-heap); 0, or -1 with an exception set.
 */
function siftDown(heap: usize, startpos: i32, pos: i32, max: bool): i32 {
  const size = listLength(heap);
  if (pos >= size) {
    raiseJs(IndexError, 'index out of range');
    return -1;
  }
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const item = listGet(heap, pos);
    const parent = listGet(heap, parentpos);
    const cmp = max ? lessThan(parent, item) : lessThan(item, parent);
    if (cmp < 0) return -1;
    if (size != listLength(heap)) return raiseChangedSize();
    if (cmp == 0) break;
    listSet(heap, parentpos, listGet(heap, pos));
    listSet(heap, pos, parent);
    pos = parentpos;
  }
  return 0;
}

/** Moves the smaller child up until pos is a leaf, then sifts the item there back down. */
function siftUp(heap: usize, pos: i32, max: bool): i32 {
  const endpos = listLength(heap);
  const startpos = pos;
  if (pos >= endpos) {
    raiseJs(IndexError, 'index out of range');
    return -1;
  }
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = listGet(heap, childpos);
      const b = listGet(heap, childpos + 1);
      const cmp = max ? lessThan(b, a) : lessThan(a, b);
      if (cmp < 0) return -1;
      if (cmp == 0) childpos++;
      if (endpos != listLength(heap)) return raiseChangedSize();
    }
    const child = listGet(heap, childpos);
    listSet(heap, childpos, listGet(heap, pos));
    listSet(heap, pos, child);
    pos = childpos;
  }
  return siftDown(heap, startpos, pos, max);
}

/** The heap argument, which must be a list: "NAME() argument[ 1] must be list, not T". */
function heapArg(v: Value, name: string, position: string): usize {
  if (isSubtype(A.typeOf(v), listType)) return ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, '() argument');
  appendJs(sb, position);
  appendJs(sb, ' must be list, not ');
  appendStr(sb, A.typeNameOf(v));
  raiseStr(TypeError, finishBuilder(sb));
  return 0;
}

function twoArgs(name: string, args: usize, nargs: i32, kwnames: Value): usize {
  if (!checkNoKwargs(name, kwnames, '_heapq') || !checkArgCount(name, nargs, 2, 2)) return 0;
  return heapArg(arg(args, 0), name, ' 1');
}

function oneHeap(name: string, args: usize, nargs: i32, kwnames: Value): usize {
  if (!checkOneArg(name, nargs, kwnames, '_heapq')) return 0;
  return heapArg(arg(args, 0), name, '');
}

function heappush(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const heap = twoArgs('heappush', args, nargs, kwnames);
  if (heap == 0) return NULL;
  if (!listAppend(heap, arg(args, 1))) return NULL;
  return siftDown(heap, 0, listLength(heap) - 1, false) < 0 ? NULL : NONE;
}

function pop(heap: usize, max: bool): Value {
  const n = listLength(heap);
  if (n == 0) return raiseJs(IndexError, 'index out of range');
  const last = listGet(heap, n - 1);
  setListLength(heap, n - 1);
  if (n == 1) return last;
  const result = listGet(heap, 0);
  listSet(heap, 0, last);
  pushTempRoot(result);
  const ok = siftUp(heap, 0, max);
  popTempRoots(1);
  return ok < 0 ? NULL : result;
}

function heappop(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const heap = oneHeap('heappop', args, nargs, kwnames);
  return heap == 0 ? NULL : pop(heap, false);
}

function heappopMax(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const heap = oneHeap('_heappop_max', args, nargs, kwnames);
  return heap == 0 ? NULL : pop(heap, true);
}

function replace(heap: usize, item: Value, max: bool): Value {
  if (listLength(heap) == 0) return raiseJs(IndexError, 'index out of range');
  const result = listGet(heap, 0);
  listSet(heap, 0, item);
  pushTempRoot(result);
  const ok = siftUp(heap, 0, max);
  popTempRoots(1);
  return ok < 0 ? NULL : result;
}

function heapreplace(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const heap = twoArgs('heapreplace', args, nargs, kwnames);
  return heap == 0 ? NULL : replace(heap, arg(args, 1), false);
}

function heapreplaceMax(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const heap = twoArgs('_heapreplace_max', args, nargs, kwnames);
  return heap == 0 ? NULL : replace(heap, arg(args, 1), true);
}

function heappushpop(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const heap = twoArgs('heappushpop', args, nargs, kwnames);
  if (heap == 0) return NULL;
  const item = arg(args, 1);
  if (listLength(heap) == 0) return item;
  const cmp = lessThan(listGet(heap, 0), item);
  if (cmp < 0) return NULL;
  if (cmp == 0) return item;
  return replace(heap, item, false);
}

/** The largest power of two not above n. */
function keepTopBit(n: i32): i32 {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}

/**
 * Heapify bottom-up; lists too big for the cache are done subtree by subtree in CPython's
 * cache-friendly order, which gives a different (equally valid) heap that we reproduce.
 */
function heapifyList(heap: usize, max: bool): i32 {
  const n = listLength(heap);
  if (n <= 2500) {
    for (let i = (n >> 1) - 1; i >= 0; i--) if (siftUp(heap, i, max) < 0) return -1;
    return 0;
  }
  const m = n >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const mhalf = m >> 1;
  for (let i = leftmost - 1; i >= mhalf; i--) if (siftPath(heap, i, max) < 0) return -1;
  for (let i = m - 1; i >= leftmost; i--) if (siftPath(heap, i, max) < 0) return -1;
  return 0;
}

/** Sifts up i, then its ancestors for as long as the node was a left child. */
function siftPath(heap: usize, i: i32, max: bool): i32 {
  let j = i;
  while (true) {
    if (siftUp(heap, j, max) < 0) return -1;
    if (!(j & 1)) return 0;
    j >>= 1;
  }
  return 0;
}

function heapify(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const heap = oneHeap('heapify', args, nargs, kwnames);
  if (heap == 0) return NULL;
  return heapifyList(heap, false) < 0 ? NULL : NONE;
}

function heapifyMax(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const heap = oneHeap('_heapify_max', args, nargs, kwnames);
  if (heap == 0) return NULL;
  return heapifyList(heap, true) < 0 ? NULL : NONE;
}

// ---- nlargest(n, iterable, key=None), nsmallest(n, iterable, key=None) ----

const N_NAMES: StaticArray<string> = ['n', 'iterable', 'key'];
const nArgs = memory.data(3 * 8);

/** sorted(iterable, key=key, reverse=largest)[:n], which is what heapq.py's versions return. */
function nBest(name: string, args: usize, nargs: i32, kwnames: Value, largest: bool): Value {
  if (!bindArgs(name, args, nargs, kwnames, N_NAMES, 0, 3, 2, nArgs)) return NULL;
  const nv = load<u64>(nArgs);
  const iterable = load<u64>(nArgs, 8);
  let key = load<u64>(nArgs, 16);
  if (key == NULL) key = NONE;
  const l = listFromIterable(iterable);
  if (l == 0) return NULL;
  pushTempRoot(ptrValue(l));
  let ok = sortList(l, key, largest) == 0;
  if (ok) {
    const nOp = A.indexOf(nv);
    if (nOp == NULL) {
      ok = false;
    } else {
      const n = I.intClampToI64(intOperand(nOp));
      if (n < <i64>listLength(l)) setListLength(l, n <= 0 ? 0 : <i32>n);
    }
  }
  popTempRoots(1);
  return ok ? ptrValue(l) : NULL;
}

function nlargest(s: Value, a: usize, n: i32, k: Value): Value { return nBest('nlargest', a, n, k, true); }
function nsmallest(s: Value, a: usize, n: i32, k: Value): Value { return nBest('nsmallest', a, n, k, false); }

// ---- merge(*iterables, key=None, reverse=False) ----
// Fields: 0 the iterators (a tuple; NULL once exhausted), 1 their current items (a tuple, NULL
// when none), 2 the items' keys, 3 the key function (None), 4 reverse (True/False).
// Each step yields the smallest current item (the largest when reversed), the earliest iterator
// winning ties: the order heapq.py's merge produces.

function mergeNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  let key = NONE;
  let reverse = FALSE;
  for (let k = 0; k < kwCount(kwnames); k++) {
    const name = ptrOf(tupleGet(ptrOf(kwnames), k));
    const v = arg(args, nargs + k);
    if (strIsJs(name, 'key')) {
      key = v;
    } else if (strIsJs(name, 'reverse')) {
      const t = A.isTrue(v);
      if (t < 0) return NULL;
      reverse = t ? TRUE : FALSE;
    } else {
      const sb = newBuilder();
      appendJs(sb, "merge() got an unexpected keyword argument '");
      appendStr(sb, name);
      appendJs(sb, "'");
      return raiseStr(TypeError, finishBuilder(sb));
    }
  }
  const its = newTuple(nargs);
  pushTempRoot(ptrValue(its));
  for (let i = 0; i < nargs; i++) {
    const it = A.getIter(arg(args, i));
    if (it == NULL) {
      popTempRoots(1);
      return NULL;
    }
    tupleSet(its, i, it);
  }
  const p = newRecord(ptrOf(type));
  setField(p, 0, ptrValue(its));
  setField(p, 3, key);
  setField(p, 4, reverse);
  popTempRoots(1);
  return ptrValue(p);
}

/** Reads iterator i's next item (and its key) into the merge's tables; false on error. */
function mergeAdvance(p: usize, i: i32): bool {
  const its = ptrOf(field(p, 0));
  const items = ptrOf(field(p, 1));
  const keys = ptrOf(field(p, 2));
  const item = A.iterNext(tupleGet(its, i));
  if (item == NULL) {
    tupleSet(its, i, NULL);
    tupleSet(items, i, NULL);
    return !errOccurred();
  }
  tupleSet(items, i, item);
  const keyfunc = field(p, 3);
  if (keyfunc == NONE) {
    tupleSet(keys, i, item);
    return true;
  }
  const k = A.call1(keyfunc, item);
  if (k == NULL) return false;
  tupleSet(keys, i, k);
  return true;
}

function mergeNext(self: Value): Value {
  const p = ptrOf(self);
  const n = tupleLength(ptrOf(field(p, 0)));
  if (field(p, 1) == NULL) {
    setField(p, 1, ptrValue(newTuple(n)));
    setField(p, 2, ptrValue(newTuple(n)));
    for (let i = 0; i < n; i++) if (!mergeAdvance(p, i)) return NULL;
  }
  const items = ptrOf(field(p, 1));
  const keys = ptrOf(field(p, 2));
  const reverse = field(p, 4) == TRUE;
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (tupleGet(items, i) == NULL) continue;
    if (best >= 0) {
      const ki = tupleGet(keys, i);
      const kb = tupleGet(keys, best);
      const cmp = reverse ? lessThan(kb, ki) : lessThan(ki, kb);
      if (cmp < 0) return NULL;
      if (cmp == 0) continue;
    }
    best = i;
  }
  if (best < 0) return NULL;
  const result = tupleGet(items, best);
  pushTempRoot(result);
  const ok = mergeAdvance(p, best);
  popTempRoots(1);
  return ok ? result : NULL;
}

// ---- the module ----

let made: usize = 0;

export function createHeapqModule(): usize {
  if (made != 0) return made;
  const m = newNativeModule('heapq');
  const d = moduleDict(m);
  const accelerator = internJs('_heapq');
  defineFunction(d, accelerator, 'heappush', heappush);
  defineFunction(d, accelerator, 'heappop', heappop);
  defineFunction(d, accelerator, 'heapify', heapify);
  defineFunction(d, accelerator, 'heapreplace', heapreplace);
  defineFunction(d, accelerator, 'heappushpop', heappushpop);
  defineFunction(d, accelerator, '_heappop_max', heappopMax);
  defineFunction(d, accelerator, '_heapreplace_max', heapreplaceMax);
  defineFunction(d, accelerator, '_heapify_max', heapifyMax);
  addFunction(m, 'nlargest', nlargest);
  addFunction(m, 'nsmallest', nsmallest);
  const merge = newRecordType('heapq', 'merge', 5);
  setSlot(merge, SLOT_NEW, changetype<usize>(mergeNew));
  setSlot(merge, SLOT_ITER, changetype<usize>(iteratorIterSlot));
  setSlot(merge, SLOT_NEXT, changetype<usize>(mergeNext));
  addType(m, merge);
  made = keepModule(m);
  return m;
}
