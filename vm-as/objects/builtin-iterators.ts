// The builtin iterator types beyond the sequence iterators (iterators.ts, same layout):
// enumerate, zip, map, filter, reversed, callable_iterator, and the dict and set iterators.
//
// Fields by subkind (see iterators.ts for the layout):
//   ITER_DICT+…  source dict, index next entry position, limit items left, step dict size
//                when created (a change raises "dictionary changed size during iteration")
//   ITER_SET     source set, index next slot, limit items left, step set size when created
//   ITER_REVERSED source sequence, index next position (counting down)
//   ITER_ZIP     source tuple of iterators, limit: strict (1) or not
//   ITER_ENUMERATE source iterator, index (a Value) the next count
//   ITER_MAP     source tuple of iterators, index (a Value) the function
//   ITER_FILTER  source iterator, index (a Value) the predicate, or None
//   ITER_CALLABLE source callable, index (a Value) the sentinel

import { alloc } from '../heap';
import { Value, NULL, NONE, FALSE, isSmallInt, isPtr, intOf, smallInt, fitsSmallInt, ptrOf, ptrValue } from '../value';
import { KIND_ITERATOR, KIND_DICT, kindOfPtr } from '../object';
import { setSlot, getSlot, SLOT_ITER, SLOT_NEXT, SLOT_NEW, SLOT_GETITEM } from '../types';
import * as A from '../abstract';
import { raiseJs, raiseStr, errOccurred, excMatches, clearExc } from '../errors';
import { RuntimeError, TypeError, ValueError, IndexError, StopIteration } from './exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { ITER_SUBKIND, ITER_SOURCE, ITER_INDEX, ITER_LIMIT, ITER_STEP, ITER_SIZE, ITER_REVERSED, ITER_DICT,
  ITER_SET, ITER_ZIP, ITER_ENUMERATE, ITER_MAP, ITER_FILTER, ITER_CALLABLE, iteratorIterSlot } from './iterators';
import { dictLength, dictNextEntry, dictPrevEntry, dictFilled, entryKey, entryValue } from './dict';
import { setLength, setNextSlot, setKeyAt } from './set';
import { newTuple, tupleSet, tupleGet, tupleLength, tuple2 } from './tuple';
import { internJs } from '../intern';
import { pushTempRoot, popTempRoots } from '../gc';
import { checkNoKwargs, checkArgCount, kwCount, parseKeywords, raiseTakesAtMost } from './args';
import { NB_ADD } from '../generated/opcodes';

// What a dict iterator yields, added to ITER_DICT; DICT_ITER_REVERSE walks backwards.
export const DICT_ITER_KEYS: u32 = 0;
export const DICT_ITER_VALUES: u32 = 1;
export const DICT_ITER_ITEMS: u32 = 2;
export const DICT_ITER_REVERSE: u32 = 4;

/** The dict iterator types, indexed by DICT_ITER_* (keys, values, items, each also reversed). */
const dictIteratorTypes = memory.data(8 * 4);
let setIteratorType: usize = 0;
export let reversedType: usize = 0;
export let enumerateType: usize = 0;
export let zipType: usize = 0;
export let mapType: usize = 0;
export let filterType: usize = 0;
let callableIteratorType: usize = 0;

function newIterator(type: usize, subkind: u32, source: Value): usize {
  const it = alloc(ITER_SIZE, type, KIND_ITERATOR);
  store<u32>(it + ITER_SUBKIND, subkind);
  store<u64>(it + ITER_SOURCE, source);
  return it;
}

// ---- dict iterators ----

/** An iterator over a dict's keys, values or items (DICT_ITER_*), forwards or reversed. */
export function newDictIterator(dict: Value, what: u32): Value {
  const d = ptrOf(dict);
  const it = newIterator(<usize>load<u32>(dictIteratorTypes + (<usize>what << 2)), ITER_DICT + what, dict);
  store<i64>(it + ITER_INDEX, (what & DICT_ITER_REVERSE) ? dictFilled(d) - 1 : 0);
  store<i64>(it + ITER_LIMIT, dictLength(d));
  store<i64>(it + ITER_STEP, dictLength(d));
  return ptrValue(it);
}

/** CPython's dictiter_iternext*: detects a dict that changed size (sticky) or whose keys changed. */
function dictIteratorNext(itv: Value): Value {
  const it = ptrOf(itv);
  const src = load<u64>(it + ITER_SOURCE);
  if (src == NULL) return NULL;
  const d = ptrOf(src);
  if (<i64>dictLength(d) != load<i64>(it + ITER_STEP)) {
    store<i64>(it + ITER_STEP, -1);
    return raiseJs(RuntimeError, 'dictionary changed size during iteration');
  }
  const what = load<u32>(it + ITER_SUBKIND) - ITER_DICT;
  const pos = <i32>load<i64>(it + ITER_INDEX);
  const i = (what & DICT_ITER_REVERSE) ? (pos < 0 ? -1 : dictPrevEntry(d, pos)) : dictNextEntry(d, pos);
  if (i < 0) {
    store<u64>(it + ITER_SOURCE, NULL);
    return NULL;
  }
  const left = load<i64>(it + ITER_LIMIT);
  if (left == 0) {
    store<u64>(it + ITER_SOURCE, NULL);
    return raiseJs(RuntimeError, 'dictionary keys changed during iteration');
  }
  store<i64>(it + ITER_INDEX, (what & DICT_ITER_REVERSE) ? i - 1 : i + 1);
  store<i64>(it + ITER_LIMIT, left - 1);
  switch (what & 3) {
    case DICT_ITER_KEYS: return entryKey(d, i);
    case DICT_ITER_VALUES: return entryValue(d, i);
  }
  return ptrValue(tuple2(entryKey(d, i), entryValue(d, i)));
}

// ---- set iterator ----

export function newSetIterator(set: Value): Value {
  const s = ptrOf(set);
  const it = newIterator(setIteratorType, ITER_SET, set);
  store<i64>(it + ITER_LIMIT, setLength(s));
  store<i64>(it + ITER_STEP, setLength(s));
  return ptrValue(it);
}

function setIteratorNext(itv: Value): Value {
  const it = ptrOf(itv);
  const src = load<u64>(it + ITER_SOURCE);
  if (src == NULL) return NULL;
  const s = ptrOf(src);
  if (<i64>setLength(s) != load<i64>(it + ITER_STEP)) {
    store<i64>(it + ITER_STEP, -1);
    return raiseJs(RuntimeError, 'Set changed size during iteration');
  }
  const i = setNextSlot(s, <i32>load<i64>(it + ITER_INDEX));
  if (i < 0) {
    store<u64>(it + ITER_SOURCE, NULL);
    return NULL;
  }
  store<i64>(it + ITER_INDEX, i + 1);
  store<i64>(it + ITER_LIMIT, load<i64>(it + ITER_LIMIT) - 1);
  return setKeyAt(s, i);
}

// ---- reversed ----

let nReversed: usize = 0;

/** reversed(seq): seq.__reversed__() when it has one, else a sequence walked backwards by index. */
export function reversedOf(seq: Value): Value {
  const type = A.typeOf(seq);
  const method = A.lookupInMro(type, nReversed);
  if (method == NONE) return raiseNotReversible(seq);
  if (method != NULL) {
    const bound = A.bindDescriptor(method, seq, type);
    return bound == NULL ? NULL : A.call0(bound);
  }
  if (getSlot(type, SLOT_GETITEM) == 0 || (isPtr(seq) && kindOfPtr(ptrOf(seq)) == KIND_DICT)) {
    return raiseNotReversible(seq);
  }
  const n = A.lengthOf(seq);
  if (n < 0) return NULL;
  const it = newIterator(reversedType, ITER_REVERSED, seq);
  store<i64>(it + ITER_INDEX, n - 1);
  return ptrValue(it);
}

function raiseNotReversible(seq: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "'");
  appendStr(sb, A.typeNameOf(seq));
  appendJs(sb, "' object is not reversible");
  return raiseStr(TypeError, finishBuilder(sb));
}

function reversedNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('reversed', kwnames) || !checkArgCount('reversed', nargs, 1, 1)) return NULL;
  return reversedOf(load<u64>(args));
}

function reversedNext(itv: Value): Value {
  const it = ptrOf(itv);
  const src = load<u64>(it + ITER_SOURCE);
  const i = load<i64>(it + ITER_INDEX);
  if (src != NULL && i >= 0) {
    const v = A.getItem(src, smallInt(i));
    if (v != NULL) {
      store<i64>(it + ITER_INDEX, i - 1);
      return v;
    }
    if (!excMatches(IndexError) && !excMatches(StopIteration)) return NULL;
    clearExc();
  }
  store<i64>(it + ITER_INDEX, -1);
  store<u64>(it + ITER_SOURCE, NULL);
  return NULL;
}

// ---- enumerate ----

const ENUMERATE_KEYWORDS: StaticArray<string> = ['iterable', 'start'];

/** enumerate(iterable, start=0) */
function enumerateNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const given = nargs + kwCount(kwnames);
  if (given > 2) {
    raiseTakesAtMost('enumerate', 2, given);
    return NULL;
  }
  // Keywords are matched as if there were no positionals: one repeating a positional is then
  // refused as CPython refuses it, as an invalid keyword.
  const params = A.scratchReserve(16);
  store<u64>(params, NULL);
  store<u64>(params, NULL, 8);
  let ok = parseKeywords('enumerate', args + (<usize>nargs << 3), 0, kwnames, ENUMERATE_KEYWORDS, params);
  for (let i = 0; ok && i < nargs; i++) {
    if (load<u64>(params + (<usize>i << 3)) != NULL) {
      raiseInvalidKeyword(unchecked(ENUMERATE_KEYWORDS[i]));
      ok = false;
    }
    store<u64>(params + (<usize>i << 3), load<u64>(args + (<usize>i << 3)));
  }
  const iterable = load<u64>(params);
  let start = load<u64>(params, 8);
  A.scratchRelease(params);
  if (!ok) return NULL;
  if (iterable == NULL) return raiseJs(TypeError, "enumerate() missing required argument 'iterable'");
  if (start == NULL) start = smallInt(0);
  else {
    start = A.indexOf(start);
    if (start == NULL) return NULL;
  }
  pushTempRoot(start);
  const source = A.getIter(iterable);
  popTempRoots(1);
  if (source == NULL) return NULL;
  const it = newIterator(ptrOf(type), ITER_ENUMERATE, source);
  store<u64>(it + ITER_INDEX, start);
  return ptrValue(it);
}

function raiseInvalidKeyword(name: string): void {
  const sb = newBuilder();
  appendJs(sb, "'");
  appendJs(sb, name);
  appendJs(sb, "' is an invalid keyword argument for enumerate()");
  raiseStr(TypeError, finishBuilder(sb));
}

function enumerateNext(itv: Value): Value {
  const it = ptrOf(itv);
  const item = A.iterNext(load<u64>(it + ITER_SOURCE));
  if (item == NULL) return NULL;
  const count = load<u64>(it + ITER_INDEX);
  let next: Value;
  if (isSmallInt(count) && fitsSmallInt(intOf(count) + 1)) {
    next = smallInt(intOf(count) + 1);
  } else {
    pushTempRoot(item);
    next = A.binaryOp(count, smallInt(1), NB_ADD);
    popTempRoots(1);
    if (next == NULL) return NULL;
  }
  store<u64>(it + ITER_INDEX, next);
  return ptrValue(tuple2(count, item));
}

// ---- zip ----

/** A tuple of iter(x) for the n arguments at args; 0 with an exception set. */
function iteratorsOf(args: usize, n: i32): usize {
  const t = newTuple(n);
  pushTempRoot(ptrValue(t));
  for (let i = 0; i < n; i++) tupleSet(t, i, NONE);
  for (let i = 0; i < n; i++) {
    const it = A.getIter(load<u64>(args + (<usize>i << 3)));
    if (it == NULL) {
      popTempRoots(1);
      return 0;
    }
    tupleSet(t, i, it);
  }
  popTempRoots(1);
  return t;
}

const ZIP_KEYWORDS: StaticArray<string> = ['strict'];

/** zip(*iterables, strict=False) */
function zipNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const params = A.scratchReserve(8);
  store<u64>(params, FALSE);
  const ok = parseKeywords('zip', args + (<usize>nargs << 3), 0, kwnames, ZIP_KEYWORDS, params);
  const strictValue = load<u64>(params);
  A.scratchRelease(params);
  if (!ok) return NULL;
  const strict = A.isTrue(strictValue);
  if (strict < 0) return NULL;
  const iterators = iteratorsOf(args, nargs);
  if (iterators == 0) return NULL;
  const it = newIterator(ptrOf(type), ITER_ZIP, ptrValue(iterators));
  store<i64>(it + ITER_LIMIT, strict);
  return ptrValue(it);
}

function zipNext(itv: Value): Value {
  const it = ptrOf(itv);
  const iterators = ptrOf(load<u64>(it + ITER_SOURCE));
  const n = tupleLength(iterators);
  if (n == 0) return NULL;
  const result = newTuple(n);
  for (let i = 0; i < n; i++) tupleSet(result, i, NONE);
  pushTempRoot(ptrValue(result));
  for (let i = 0; i < n; i++) {
    const item = A.iterNext(tupleGet(iterators, i));
    if (item == NULL) {
      popTempRoots(1);
      if (load<i64>(it + ITER_LIMIT) != 0 && !errOccurred()) return checkStrictLengths(iterators, i);
      return NULL;
    }
    tupleSet(result, i, item);
  }
  popTempRoots(1);
  return ptrValue(result);
}

/** zip(strict=True) found iterator `i` exhausted: all the others must be too. */
function checkStrictLengths(iterators: usize, i: i32): Value {
  if (i > 0) return raiseZipLength(i, 'shorter');
  for (let j = 1; j < tupleLength(iterators); j++) {
    const item = A.iterNext(tupleGet(iterators, j));
    if (item != NULL) return raiseZipLength(j, 'longer');
    if (errOccurred()) return NULL;
  }
  return NULL;
}

/** ValueError: zip() argument 3 is shorter than arguments 1-2 */
function raiseZipLength(i: i32, what: string): Value {
  const sb = newBuilder();
  appendJs(sb, 'zip() argument ');
  appendI64(sb, i + 1);
  appendJs(sb, ' is ');
  appendJs(sb, what);
  appendJs(sb, i == 1 ? ' than argument ' : ' than arguments 1-');
  appendI64(sb, i);
  return raiseStr(ValueError, finishBuilder(sb));
}

// ---- map ----

/** map(function, *iterables) */
function mapNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('map', kwnames)) return NULL;
  if (nargs < 2) return raiseJs(TypeError, 'map() must have at least two arguments.');
  const iterators = iteratorsOf(args + 8, nargs - 1);
  if (iterators == 0) return NULL;
  const it = newIterator(ptrOf(type), ITER_MAP, ptrValue(iterators));
  store<u64>(it + ITER_INDEX, load<u64>(args));
  return ptrValue(it);
}

function mapNext(itv: Value): Value {
  const it = ptrOf(itv);
  const iterators = ptrOf(load<u64>(it + ITER_SOURCE));
  const func = load<u64>(it + ITER_INDEX);
  const n = tupleLength(iterators);
  if (n == 1) {
    const item = A.iterNext(tupleGet(iterators, 0));
    return item == NULL ? NULL : A.call1(func, item);
  }
  // Each item stays rooted while the next iterators (maybe generators) run.
  const items = A.scratchReserve(<usize>n << 3);
  let got = 0;
  while (got < n) {
    const item = A.iterNext(tupleGet(iterators, got));
    if (item == NULL) break;
    store<u64>(items + (<usize>got << 3), item);
    pushTempRoot(item);
    got++;
  }
  const r = got == n ? A.callValue(func, items, n, NULL) : NULL;
  popTempRoots(got);
  A.scratchRelease(items);
  return r;
}

// ---- filter ----

/** filter(function or None, iterable) */
function filterNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('filter', kwnames) || !checkArgCount('filter', nargs, 2, 2)) return NULL;
  const source = A.getIter(load<u64>(args, 8));
  if (source == NULL) return NULL;
  const it = newIterator(ptrOf(type), ITER_FILTER, source);
  store<u64>(it + ITER_INDEX, load<u64>(args));
  return ptrValue(it);
}

function filterNext(itv: Value): Value {
  const it = ptrOf(itv);
  const source = load<u64>(it + ITER_SOURCE);
  const predicate = load<u64>(it + ITER_INDEX);
  while (true) {
    const item = A.iterNext(source);
    if (item == NULL) return NULL;
    pushTempRoot(item);
    let verdict = predicate;
    if (predicate != NONE) verdict = A.call1(predicate, item);
    const truth = predicate == NONE ? A.isTrue(item) : verdict == NULL ? -1 : A.isTrue(verdict);
    popTempRoots(1);
    if (truth < 0) return NULL;
    if (truth > 0) return item;
  }
  return NULL;
}

// ---- callable_iterator ----

/** iter(callable, sentinel) */
export function newCallableIterator(callable: Value, sentinel: Value): Value {
  const it = newIterator(callableIteratorType, ITER_CALLABLE, callable);
  store<u64>(it + ITER_INDEX, sentinel);
  return ptrValue(it);
}

function callableIteratorNext(itv: Value): Value {
  const it = ptrOf(itv);
  const callable = load<u64>(it + ITER_SOURCE);
  if (callable == NULL) return NULL;
  const r = A.call0(callable);
  if (r == NULL) {
    if (excMatches(StopIteration)) {
      clearExc();
      store<u64>(it + ITER_SOURCE, NULL);
    }
    return NULL;
  }
  pushTempRoot(r);
  const eq = A.valuesEqual(r, load<u64>(it + ITER_INDEX));
  popTempRoots(1);
  if (eq == 0) return r;
  if (eq > 0) store<u64>(it + ITER_SOURCE, NULL);
  return NULL;
}

// ---- types ----

function iteratorOfType(t: usize, next: (it: Value) => Value): usize {
  setSlot(t, SLOT_ITER, changetype<usize>(iteratorIterSlot));
  setSlot(t, SLOT_NEXT, changetype<usize>(next));
  return t;
}

function constructible(t: usize, newSlot: (type: Value, args: usize, nargs: i32, kwnames: Value) => Value,
  next: (it: Value) => Value): usize {
  setSlot(t, SLOT_NEW, changetype<usize>(newSlot));
  return iteratorOfType(t, next);
}

function setDictIteratorType(what: u32, t: usize): void {
  store<u32>(dictIteratorTypes + (<usize>what << 2), <u32>t);
  iteratorOfType(t, dictIteratorNext);
}

/** Installs the slots of the iterator types builtins/setup creates (see there for their names). */
export function setupBuiltinIteratorTypes(dictKeys: usize, dictValues: usize, dictItems: usize,
  dictReverseKeys: usize, dictReverseValues: usize, dictReverseItems: usize, setIter: usize,
  reversedT: usize, enumerateT: usize, zipT: usize, mapT: usize, filterT: usize, callableT: usize): void {
  setDictIteratorType(DICT_ITER_KEYS, dictKeys);
  setDictIteratorType(DICT_ITER_VALUES, dictValues);
  setDictIteratorType(DICT_ITER_ITEMS, dictItems);
  setDictIteratorType(DICT_ITER_KEYS | DICT_ITER_REVERSE, dictReverseKeys);
  setDictIteratorType(DICT_ITER_VALUES | DICT_ITER_REVERSE, dictReverseValues);
  setDictIteratorType(DICT_ITER_ITEMS | DICT_ITER_REVERSE, dictReverseItems);
  setIteratorType = iteratorOfType(setIter, setIteratorNext);
  reversedType = constructible(reversedT, reversedNewSlot, reversedNext);
  enumerateType = constructible(enumerateT, enumerateNewSlot, enumerateNext);
  zipType = constructible(zipT, zipNewSlot, zipNext);
  mapType = constructible(mapT, mapNewSlot, mapNext);
  filterType = constructible(filterT, filterNewSlot, filterNext);
  callableIteratorType = iteratorOfType(callableT, callableIteratorNext);
  nReversed = internJs('__reversed__');
}
