// The itertools module, as CPython 3.11's Modules/itertoolsmodule.c: the same types, argument
// checks, messages and iteration order. Each iterator is a record (support.ts) whose fields are
// listed above its functions; index arrays live in raw buffers referenced from a field.

import { Value, NULL, NONE, isSmallInt, intOf, smallInt, fitsSmallInt, ptrOf, ptrValue } from '../value';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { TypeError, ValueError, OverflowError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from '../objects/strbuilder';
import { checkArgCount, checkNoKwargs, checkOneArg, kwCount, strIsJs } from '../objects/args';
import { bindArgs } from '../objects/number-args';
import { newTuple, tupleSet, tupleGet, tupleLength, tupleItems, tupleFromArray, tuple2, tupleType } from '../objects/tuple';
import { newList, listAppend, listGet, listLength } from '../objects/list';
import { listFromIterable } from '../objects/list-type';
import { setSlot, getSlot, SLOT_NEW, SLOT_ITER, SLOT_NEXT, SLOT_REPR, SLOT_INDEX, SLOT_INT, SLOT_FLOAT,
  TPFLAG_BASETYPE, isSubtype } from '../types';
import { defineClassMethod, defineMethod } from '../objects/builtin';
import { alloc } from '../heap';
import { KIND_RAW, KIND_TUPLE, kindOf } from '../object';
import { pushTempRoot, popTempRoots } from '../gc';
import { iteratorIterSlot } from '../objects/iterators';
import { complexType } from '../objects/complex';
import { intOperand } from '../objects/int-type';
import { internJs } from '../intern';
import * as I from '../objects/int';
import * as A from '../abstract';
import { NB_ADD } from '../generated/opcodes';
import { arg, newNativeModule, newRecordType, addType, newRecord, field, setField, addFunction, keepModule } from './support';

const MODULE = 'itertools';
const MAX_SIZE: i64 = 9223372036854775807;

/** Bound arguments of the functions that take keywords (read right after bindArgs). */
const bound = memory.data(4 * 8);

// @ts-ignore: decorator
@inline function boundArg(i: i32): Value {
  return load<u64>(bound + (<usize>i << 3));
}

/** A new iterator type of the module: subclassable, iterating through `next`. */
function iteratorType(m: usize, name: string, fields: i32, newFn: usize, next: usize, flags: u32 = TPFLAG_BASETYPE): usize {
  const t = newRecordType(MODULE, name, fields, flags);
  if (newFn != 0) setSlot(t, SLOT_NEW, newFn);
  setSlot(t, SLOT_ITER, changetype<usize>(iteratorIterSlot));
  setSlot(t, SLOT_NEXT, next);
  return t;
}

/** A raw buffer of n i64s (zeroed), held by a field of its owner. */
function newIndices(n: i32): Value {
  return ptrValue(alloc(8 + (<usize>max<i32>(n, 1) << 3), 0, KIND_RAW));
}

// @ts-ignore: decorator
@inline function indexAt(buffer: Value, i: i32): i64 {
  return load<i64>(ptrOf(buffer) + 8 + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline function setIndexAt(buffer: Value, i: i32, v: i64): void {
  store<i64>(ptrOf(buffer) + 8 + (<usize>i << 3), v);
}

/** A copy of a tuple (iterators return a new result tuple each time). */
function copyTuple(t: usize): usize {
  return tupleFromArray(tupleItems(t), tupleLength(t));
}

/** tuple(iterable) as the pools of product/combinations keep them. */
function toTuple(v: Value): Value {
  if (kindOf(v) == KIND_TUPLE && A.typeOf(v) == tupleType) return v;
  const l = listFromIterable(v);
  if (l == 0) return NULL;
  const n = listLength(l);
  const t = newTuple(n);
  for (let i = 0; i < n; i++) tupleSet(t, i, listGet(l, i));
  return ptrValue(t);
}

/** A non-negative Py_ssize_t argument (r, times …); -1 with an exception set. */
function sizeArg(v: Value): i64 {
  const i = A.indexOf(v);
  if (i == NULL) return -1;
  const n = intOperand(i);
  if (!I.intFitsI64(n)) {
    raiseJs(TypeError, 'Python int too large to convert to C ssize_t');
    return -1;
  }
  return I.intToI64(n);
}

// ---- count(start=0, step=1) ----
// Fields: 0 the next value, 1 the step.

const COUNT_NAMES: StaticArray<string> = ['start', 'step'];

/** PyNumber_Check: ints, floats, complex numbers and whatever defines __index__, __int__ or __float__. */
function isNumber(v: Value): bool {
  const t = A.typeOf(v);
  return getSlot(t, SLOT_INDEX) != 0 || getSlot(t, SLOT_INT) != 0 || getSlot(t, SLOT_FLOAT) != 0 ||
    isSubtype(t, complexType);
}

function countNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('count', args, nargs, kwnames, COUNT_NAMES, 0, 2, 0, bound)) return NULL;
  const start = boundArg(0) == NULL ? smallInt(0) : boundArg(0);
  const step = boundArg(1) == NULL ? smallInt(1) : boundArg(1);
  if (!isNumber(start) || !isNumber(step)) return raiseJs(TypeError, 'a number is required');
  const p = newRecord(ptrOf(type));
  setField(p, 0, start);
  setField(p, 1, step);
  return ptrValue(p);
}

function countNext(self: Value): Value {
  const p = ptrOf(self);
  const v = field(p, 0);
  const step = field(p, 1);
  if (isSmallInt(v) && isSmallInt(step)) {
    const n = intOf(v) + intOf(step);
    setField(p, 0, fitsSmallInt(n) ? smallInt(n) : I.intFromI64(n));
    return v;
  }
  const next = A.binaryOp(v, step, NB_ADD);
  if (next == NULL) return NULL;
  setField(p, 0, next);
  return v;
}

function countRepr(self: Value): Value {
  const p = ptrOf(self);
  const sb = newBuilder();
  appendJs(sb, 'count(');
  const start = A.reprOf(field(p, 0));
  if (start == 0) return NULL;
  appendStr(sb, start);
  const step = field(p, 1);
  if (!(isSmallInt(step) && intOf(step) == 1)) {
    appendJs(sb, ', ');
    const r = A.reprOf(step);
    if (r == 0) return NULL;
    appendStr(sb, r);
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

// ---- cycle(iterable, /) ----
// Fields: 0 the source iterator (NULL once exhausted), 1 the saved items (list), 2 the next index.

function cycleNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('cycle', kwnames) || !checkArgCount('cycle', nargs, 1, 1)) return NULL;
  const it = A.getIter(arg(args, 0));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  const p = newRecord(ptrOf(type));
  setField(p, 0, it);
  setField(p, 1, ptrValue(newList(0)));
  setField(p, 2, smallInt(0));
  popTempRoots(1);
  return ptrValue(p);
}

function cycleNext(self: Value): Value {
  const p = ptrOf(self);
  const saved = ptrOf(field(p, 1));
  const it = field(p, 0);
  if (it != NULL) {
    const item = A.iterNext(it);
    if (item != NULL) {
      if (!listAppend(saved, item)) return NULL;
      return item;
    }
    if (errOccurred()) return NULL;
    setField(p, 0, NULL);
  }
  const n = listLength(saved);
  if (n == 0) return NULL;
  const i = <i32>intOf(field(p, 2));
  setField(p, 2, smallInt(i + 1 >= n ? 0 : i + 1));
  return listGet(saved, i);
}

// ---- repeat(object, times=None) ----
// Fields: 0 the object, 1 the repetitions left (-1: forever).

const REPEAT_NAMES: StaticArray<string> = ['object', 'times'];

function repeatNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('repeat', args, nargs, kwnames, REPEAT_NAMES, 0, 2, 1, bound)) return NULL;
  const obj = boundArg(0);
  let count: i64 = -1;
  if (boundArg(1) != NULL) {
    count = sizeArg(boundArg(1));
    if (count == -1 && errOccurred()) return NULL;
    if (count < 0) count = 0;
  }
  const p = newRecord(ptrOf(type));
  setField(p, 0, obj);
  setField(p, 1, I.intFromI64(count));
  return ptrValue(p);
}

function repeatNext(self: Value): Value {
  const p = ptrOf(self);
  const left = I.intToI64(field(p, 1));
  if (left == 0) return NULL;
  if (left > 0) setField(p, 1, I.intFromI64(left - 1));
  return field(p, 0);
}

function repeatRepr(self: Value): Value {
  const p = ptrOf(self);
  const sb = newBuilder();
  appendJs(sb, 'repeat(');
  const r = A.reprOf(field(p, 0));
  if (r == 0) return NULL;
  appendStr(sb, r);
  const left = I.intToI64(field(p, 1));
  if (left >= 0) {
    appendJs(sb, ', ');
    appendStr(sb, ptrOf(I.intToStr(field(p, 1), 10, 0)));
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

function repeatLengthHint(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const left = field(ptrOf(self), 1);
  if (I.intSign(left) < 0) return raiseJs(TypeError, 'len() of unsized object');
  return left;
}

// ---- accumulate(iterable, func=None, *, initial=None) ----
// Fields: 0 the source iterator, 1 func (None: addition), 2 the running total (NULL before the
// first item), 3 the initial value still to be yielded (NULL when none).

const ACCUMULATE_NAMES: StaticArray<string> = ['iterable', 'func', 'initial'];

function accumulateNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('accumulate', args, nargs, kwnames, ACCUMULATE_NAMES, 0, 2, 1, bound)) return NULL;
  const func = boundArg(1) == NULL ? NONE : boundArg(1);
  const initial = boundArg(2) == NULL || boundArg(2) == NONE ? NULL : boundArg(2);
  const it = A.getIter(boundArg(0));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  const p = newRecord(ptrOf(type));
  setField(p, 0, it);
  setField(p, 1, func);
  setField(p, 2, NULL);
  setField(p, 3, initial);
  popTempRoots(1);
  return ptrValue(p);
}

function accumulateNext(self: Value): Value {
  const p = ptrOf(self);
  const initial = field(p, 3);
  if (initial != NULL) {
    setField(p, 2, initial);
    setField(p, 3, NULL);
    return initial;
  }
  const item = A.iterNext(field(p, 0));
  if (item == NULL) return NULL;
  const total = field(p, 2);
  if (total == NULL) {
    setField(p, 2, item);
    return item;
  }
  pushTempRoot(item);
  const func = field(p, 1);
  const next = func == NONE ? A.binaryOp(total, item, NB_ADD) : A.call2(func, total, item);
  popTempRoots(1);
  if (next == NULL) return NULL;
  setField(p, 2, next);
  return next;
}

// ---- chain(*iterables), chain.from_iterable(iterable) ----
// Fields: 0 the iterator over the iterables (NULL when done), 1 the current iterator (NULL between).

let chainType: usize = 0;

function newChain(type: usize, source: Value): Value {
  pushTempRoot(source);
  const p = newRecord(type);
  setField(p, 0, source);
  setField(p, 1, NULL);
  popTempRoots(1);
  return ptrValue(p);
}

function chainNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('chain', kwnames)) return NULL;
  const source = A.getIter(ptrValue(tupleFromArray(args, nargs)));
  return source == NULL ? NULL : newChain(ptrOf(type), source);
}

function chainFromIterable(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('from_iterable', nargs, kwnames, 'chain')) return NULL;
  const source = A.getIter(arg(args, 0));
  return source == NULL ? NULL : newChain(ptrOf(cls), source);
}

function chainNext(self: Value): Value {
  const p = ptrOf(self);
  while (true) {
    const active = field(p, 1);
    if (active != NULL) {
      const item = A.iterNext(active);
      if (item != NULL || errOccurred()) return item;
      setField(p, 1, NULL);
    }
    const source = field(p, 0);
    if (source == NULL) return NULL;
    const iterable = A.iterNext(source);
    if (iterable == NULL) {
      if (!errOccurred()) setField(p, 0, NULL);
      return NULL;
    }
    pushTempRoot(iterable);
    const it = A.getIter(iterable);
    popTempRoots(1);
    if (it == NULL) return NULL;
    setField(p, 1, it);
  }
  return NULL;
}

// ---- compress(data, selectors) ----
// Fields: 0 the data iterator, 1 the selectors iterator.

const COMPRESS_NAMES: StaticArray<string> = ['data', 'selectors'];

/** A new record of `type` holding iter(a) and iter(b) in fields 0 and 1; extra fields start NULL. */
function newWithTwoIterators(type: usize, a: Value, b: Value): Value {
  const itA = A.getIter(a);
  if (itA == NULL) return NULL;
  pushTempRoot(itA);
  const itB = A.getIter(b);
  if (itB == NULL) {
    popTempRoots(1);
    return NULL;
  }
  pushTempRoot(itB);
  const p = newRecord(type);
  setField(p, 0, itA);
  setField(p, 1, itB);
  popTempRoots(2);
  return ptrValue(p);
}

function compressNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('compress', args, nargs, kwnames, COMPRESS_NAMES, 0, 2, 2, bound)) return NULL;
  return newWithTwoIterators(ptrOf(type), boundArg(0), boundArg(1));
}

function compressNext(self: Value): Value {
  const p = ptrOf(self);
  while (true) {
    const datum = A.iterNext(field(p, 0));
    if (datum == NULL) return NULL;
    pushTempRoot(datum);
    const selector = A.iterNext(field(p, 1));
    if (selector == NULL) {
      popTempRoots(1);
      return NULL;
    }
    const ok = A.isTrue(selector);
    popTempRoots(1);
    if (ok < 0) return NULL;
    if (ok > 0) return datum;
  }
  return NULL;
}

// ---- dropwhile, takewhile, filterfalse, starmap: (function, iterable, /) ----
// Fields: 0 the function, 1 the source iterator, 2 state (dropwhile: started; takewhile: stopped).

function newFunctionIterator(name: string, type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs(name, kwnames) || !checkArgCount(name, nargs, 2, 2)) return NULL;
  const it = A.getIter(arg(args, 1));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  const p = newRecord(ptrOf(type));
  setField(p, 0, arg(args, 0));
  setField(p, 1, it);
  setField(p, 2, smallInt(0));
  popTempRoots(1);
  return ptrValue(p);
}

function dropwhileNew(t: Value, a: usize, n: i32, k: Value): Value { return newFunctionIterator('dropwhile', t, a, n, k); }
function takewhileNew(t: Value, a: usize, n: i32, k: Value): Value { return newFunctionIterator('takewhile', t, a, n, k); }
function filterfalseNew(t: Value, a: usize, n: i32, k: Value): Value { return newFunctionIterator('filterfalse', t, a, n, k); }
function starmapNew(t: Value, a: usize, n: i32, k: Value): Value { return newFunctionIterator('starmap', t, a, n, k); }

/** bool(func(item)), or bool(item) when func is None (filterfalse); -1 on error. */
function predicate(func: Value, item: Value): i32 {
  if (func == NONE) return A.isTrue(item);
  pushTempRoot(item);
  const r = A.call1(func, item);
  popTempRoots(1);
  return r == NULL ? -1 : A.isTrue(r);
}

function dropwhileNext(self: Value): Value {
  const p = ptrOf(self);
  while (true) {
    const item = A.iterNext(field(p, 1));
    if (item == NULL) return NULL;
    if (field(p, 2) != smallInt(0)) return item;
    pushTempRoot(item);
    const ok = predicate(field(p, 0), item);
    popTempRoots(1);
    if (ok < 0) return NULL;
    if (ok == 0) {
      setField(p, 2, smallInt(1));
      return item;
    }
  }
  return NULL;
}

function takewhileNext(self: Value): Value {
  const p = ptrOf(self);
  if (field(p, 2) != smallInt(0)) return NULL;
  const item = A.iterNext(field(p, 1));
  if (item == NULL) return NULL;
  pushTempRoot(item);
  const ok = predicate(field(p, 0), item);
  popTempRoots(1);
  if (ok < 0) return NULL;
  if (ok > 0) return item;
  setField(p, 2, smallInt(1));
  return NULL;
}

function filterfalseNext(self: Value): Value {
  const p = ptrOf(self);
  while (true) {
    const item = A.iterNext(field(p, 1));
    if (item == NULL) return NULL;
    pushTempRoot(item);
    const ok = predicate(field(p, 0), item);
    popTempRoots(1);
    if (ok < 0) return NULL;
    if (ok == 0) return item;
  }
  return NULL;
}

function starmapNext(self: Value): Value {
  const p = ptrOf(self);
  const item = A.iterNext(field(p, 1));
  if (item == NULL) return NULL;
  pushTempRoot(item);
  const callArgs = toTuple(item);
  popTempRoots(1);
  if (callArgs == NULL) return NULL;
  pushTempRoot(callArgs);
  const t = ptrOf(callArgs);
  const r = A.callValue(field(p, 0), tupleItems(t), tupleLength(t), NULL);
  popTempRoots(1);
  return r;
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ----
// Fields: 0 the source iterator (NULL once done), 1 items consumed, 2 the next index to yield,
// 3 stop (-1: none), 4 step.

/** An islice bound: None, or an int in [0, sys.maxsize]; -2 with ValueError set otherwise. */
function sliceBound(v: Value, ifNone: i64, message: string): i64 {
  if (v == NONE) return ifNone;
  const hasIndex = getSlot(A.typeOf(v), SLOT_INDEX) != 0 || isSmallInt(v) || intOperand(v) != NULL;
  if (hasIndex) {
    const i = A.indexOf(v);
    if (i == NULL) return -2;
    const n = intOperand(i);
    if (I.intSign(n) >= 0) return I.intFitsI64(n) ? I.intToI64(n) : MAX_SIZE;
  }
  raiseJs(ValueError, message);
  return -2;
}

const STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDEX_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

function isliceNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('islice', kwnames) || !checkArgCount('islice', nargs, 2, 4)) return NULL;
  let start: i64 = 0;
  let stop: i64 = -1;
  let step: i64 = 1;
  if (nargs == 2) {
    stop = sliceBound(arg(args, 1), -1, STOP_MESSAGE);
    if (stop == -2) return NULL;
  } else {
    start = sliceBound(arg(args, 1), 0, INDEX_MESSAGE);
    if (start == -2) return NULL;
    stop = sliceBound(arg(args, 2), -1, STOP_MESSAGE);
    if (stop == -2) return NULL;
    if (nargs == 4) {
      const s = arg(args, 3);
      if (s != NONE) {
        step = sliceBound(s, 1, 'Step for islice() must be a positive integer or None.');
        if (step == -2) return NULL;
        if (step == 0) return raiseJs(ValueError, 'Step for islice() must be a positive integer or None.');
      }
    }
  }
  const it = A.getIter(arg(args, 0));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  const p = newRecord(ptrOf(type));
  setField(p, 0, it);
  setField(p, 1, I.intFromI64(0));
  setField(p, 2, I.intFromI64(start));
  setField(p, 3, I.intFromI64(stop));
  setField(p, 4, I.intFromI64(step));
  popTempRoots(1);
  return ptrValue(p);
}

function isliceNext(self: Value): Value {
  const p = ptrOf(self);
  const it = field(p, 0);
  if (it == NULL) return NULL;
  let consumed = I.intToI64(field(p, 1));
  const next = I.intToI64(field(p, 2));
  const stop = I.intToI64(field(p, 3));
  while (consumed < next) {
    const skipped = A.iterNext(it);
    if (skipped == NULL) {
      setField(p, 0, NULL);
      return NULL;
    }
    consumed++;
    setField(p, 1, I.intFromI64(consumed));
  }
  if (stop != -1 && consumed >= stop) {
    setField(p, 0, NULL);
    return NULL;
  }
  const item = A.iterNext(it);
  if (item == NULL) {
    setField(p, 0, NULL);
    return NULL;
  }
  setField(p, 1, I.intFromI64(consumed + 1));
  let following = next + I.intToI64(field(p, 4));
  if (following < next || (stop != -1 && following > stop)) following = stop;
  setField(p, 2, I.intFromI64(following));
  return item;
}

// ---- pairwise(iterable, /) ----
// Fields: 0 the source iterator (NULL once done), 1 the previous item (NULL before the first).

function pairwiseNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('pairwise', kwnames) || !checkArgCount('pairwise', nargs, 1, 1)) return NULL;
  const it = A.getIter(arg(args, 0));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  const p = newRecord(ptrOf(type));
  setField(p, 0, it);
  popTempRoots(1);
  return ptrValue(p);
}

function pairwiseNext(self: Value): Value {
  const p = ptrOf(self);
  const it = field(p, 0);
  if (it == NULL) return NULL;
  let old = field(p, 1);
  if (old == NULL) {
    old = A.iterNext(it);
    if (old == NULL) {
      setField(p, 0, NULL);
      return NULL;
    }
    setField(p, 1, old);
  }
  const item = A.iterNext(it);
  if (item == NULL) {
    setField(p, 0, NULL);
    setField(p, 1, NULL);
    return NULL;
  }
  setField(p, 1, item);
  return ptrValue(tuple2(old, item));
}

// ---- zip_longest(*iterables, fillvalue=None) ----
// Fields: 0 the iterators (a tuple; an exhausted one becomes NULL), 1 how many are still active,
// 2 the fill value.

let nFillvalue: usize = 0;

/** A tuple of iter(x) for each of n arguments at args; NULL on error. */
function iteratorsOf(args: usize, n: i32): Value {
  const t = newTuple(n);
  pushTempRoot(ptrValue(t));
  for (let i = 0; i < n; i++) {
    const it = A.getIter(arg(args, i));
    if (it == NULL) {
      popTempRoots(1);
      return NULL;
    }
    tupleSet(t, i, it);
  }
  popTempRoots(1);
  return ptrValue(t);
}

function zipLongestNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  let fill = NONE;
  const nkw = kwCount(kwnames);
  for (let k = 0; k < nkw; k++) {
    if (ptrOf(tupleGet(ptrOf(kwnames), k)) != nFillvalue && !strIsJs(ptrOf(tupleGet(ptrOf(kwnames), k)), 'fillvalue')) {
      return raiseJs(TypeError, 'zip_longest() got an unexpected keyword argument');
    }
    fill = arg(args, nargs + k);
  }
  const its = iteratorsOf(args, nargs);
  if (its == NULL) return NULL;
  pushTempRoot(its);
  const p = newRecord(ptrOf(type));
  setField(p, 0, its);
  setField(p, 1, smallInt(nargs));
  setField(p, 2, fill);
  popTempRoots(1);
  return ptrValue(p);
}

function zipLongestNext(self: Value): Value {
  const p = ptrOf(self);
  const its = ptrOf(field(p, 0));
  const n = tupleLength(its);
  if (n == 0 || intOf(field(p, 1)) == 0) return NULL;
  const result = newTuple(n);
  pushTempRoot(ptrValue(result));
  for (let i = 0; i < n; i++) {
    const it = tupleGet(its, i);
    let item = field(p, 2);
    if (it != NULL) {
      const got = A.iterNext(it);
      if (got != NULL) {
        item = got;
      } else {
        const active = intOf(field(p, 1)) - 1;
        if (active == 0 || errOccurred()) {
          setField(p, 1, smallInt(0));
          popTempRoots(1);
          return NULL;
        }
        setField(p, 1, smallInt(active));
        tupleSet(its, i, NULL);
      }
    }
    tupleSet(result, i, item);
  }
  popTempRoots(1);
  return ptrValue(result);
}

// ---- product(*iterables, repeat=1) ----
// Fields: 0 the pools (a tuple of tuples), 1 the indices (raw), 2 the last result (NULL before
// the first), 3 stopped (0/1).

let nRepeat: usize = 0;

function productNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  let repeat: i64 = 1;
  const nkw = kwCount(kwnames);
  for (let k = 0; k < nkw; k++) {
    const name = ptrOf(tupleGet(ptrOf(kwnames), k));
    if (name != nRepeat && !strIsJs(name, 'repeat')) {
      const sb = newBuilder();
      appendJs(sb, "'");
      appendStr(sb, name);
      appendJs(sb, "' is an invalid keyword argument for product()");
      return raiseStr(TypeError, finishBuilder(sb));
    }
    repeat = sizeArg(arg(args, nargs + k));
    if (repeat == -1 && errOccurred()) return NULL;
    if (repeat < 0) return raiseJs(ValueError, 'repeat argument cannot be negative');
  }
  const npools = nargs == 0 ? 0 : <i64>nargs * repeat;
  if (npools > 0x7FFFFFF) return raiseJs(OverflowError, 'repeat argument too large');
  const pools = newTuple(<i32>npools);
  pushTempRoot(ptrValue(pools));
  for (let i = 0; i < nargs; i++) {
    const pool = toTuple(arg(args, i));
    if (pool == NULL) {
      popTempRoots(1);
      return NULL;
    }
    for (let r: i64 = 0; r < repeat; r++) tupleSet(pools, <i32>(r * nargs) + i, pool);
  }
  const p = newRecord(ptrOf(type));
  setField(p, 0, ptrValue(pools));
  setField(p, 1, newIndices(<i32>npools));
  setField(p, 3, smallInt(0));
  popTempRoots(1);
  return ptrValue(p);
}

function productNext(self: Value): Value {
  const p = ptrOf(self);
  if (field(p, 3) != smallInt(0)) return NULL;
  const pools = ptrOf(field(p, 0));
  const indices = field(p, 1);
  const n = tupleLength(pools);
  const last = field(p, 2);
  let result: usize;
  if (last == NULL) {
    result = newTuple(n);
    for (let i = 0; i < n; i++) {
      const pool = ptrOf(tupleGet(pools, i));
      if (tupleLength(pool) == 0) return stop(p, 3);
      tupleSet(result, i, tupleGet(pool, 0));
    }
  } else {
    result = copyTuple(ptrOf(last));
    // Advance the indices right to left, moving left only when one rolls over.
    let i = n - 1;
    for (; i >= 0; i--) {
      const pool = ptrOf(tupleGet(pools, i));
      const index = indexAt(indices, i) + 1;
      if (index == <i64>tupleLength(pool)) {
        setIndexAt(indices, i, 0);
        tupleSet(result, i, tupleGet(pool, 0));
      } else {
        setIndexAt(indices, i, index);
        tupleSet(result, i, tupleGet(pool, <i32>index));
        break;
      }
    }
    if (i < 0) return stop(p, 3);
  }
  setField(p, 2, ptrValue(result));
  return ptrValue(result);
}

/** Marks a combinatoric iterator exhausted (its stopped field) and ends the iteration. */
function stop(p: usize, stoppedField: i32): Value {
  setField(p, stoppedField, smallInt(1));
  return NULL;
}

// ---- combinations(iterable, r), combinations_with_replacement(iterable, r) ----
// Fields: 0 the pool (tuple), 1 the indices (raw), 2 the last result, 3 stopped, 4 r.

const COMBINATIONS_NAMES: StaticArray<string> = ['iterable', 'r'];

/** The pool and r of combinations and permutations, in poolOut / rOut; false on error. */
let poolOut: Value = NULL;
let rOut: i64 = 0;
function poolAndR(name: string, args: usize, nargs: i32, kwnames: Value, rRequired: bool): bool {
  if (!bindArgs(name, args, nargs, kwnames, COMBINATIONS_NAMES, 0, 2, rRequired ? 2 : 1, bound)) return false;
  const rv = boundArg(1);
  poolOut = toTuple(boundArg(0));
  if (poolOut == NULL) return false;
  if (rv == NULL || rv == NONE) {
    rOut = tupleLength(ptrOf(poolOut));
    return true;
  }
  pushTempRoot(poolOut);
  rOut = sizeArg(rv);
  popTempRoots(1);
  if (rOut == -1 && errOccurred()) return false;
  if (rOut < 0) {
    raiseJs(ValueError, 'r must be non-negative');
    return false;
  }
  return true;
}

function newCombinatoric(type: Value, pool: Value, r: i64, stopped: bool): usize {
  pushTempRoot(pool);
  const p = newRecord(ptrOf(type));
  setField(p, 0, pool);
  setField(p, 3, smallInt(stopped ? 1 : 0));
  setField(p, 4, I.intFromI64(r));
  popTempRoots(1);
  return p;
}

function combinationsNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!poolAndR('combinations', args, nargs, kwnames, true)) return NULL;
  const n = tupleLength(ptrOf(poolOut));
  const p = newCombinatoric(type, poolOut, rOut, rOut > n);
  if (rOut <= n) {
    const indices = newIndices(<i32>rOut);
    for (let i = 0; i < <i32>rOut; i++) setIndexAt(indices, i, i);
    setField(p, 1, indices);
  }
  return ptrValue(p);
}

function combinationsNext(self: Value): Value {
  const p = ptrOf(self);
  if (field(p, 3) != smallInt(0)) return NULL;
  const pool = ptrOf(field(p, 0));
  const indices = field(p, 1);
  const n = tupleLength(pool);
  const r = <i32>I.intToI64(field(p, 4));
  const last = field(p, 2);
  let result: usize;
  if (last == NULL) {
    result = newTuple(r);
    for (let i = 0; i < r; i++) tupleSet(result, i, tupleGet(pool, <i32>indexAt(indices, i)));
  } else {
    // The rightmost index not at its maximum (i + n - r) moves up; those right of it follow it.
    let i = r - 1;
    while (i >= 0 && indexAt(indices, i) == <i64>(i + n - r)) i--;
    if (i < 0) return stop(p, 3);
    setIndexAt(indices, i, indexAt(indices, i) + 1);
    for (let j = i + 1; j < r; j++) setIndexAt(indices, j, indexAt(indices, j - 1) + 1);
    result = copyTuple(ptrOf(last));
    for (; i < r; i++) tupleSet(result, i, tupleGet(pool, <i32>indexAt(indices, i)));
  }
  setField(p, 2, ptrValue(result));
  return ptrValue(result);
}

function cwrNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!poolAndR('combinations_with_replacement', args, nargs, kwnames, true)) return NULL;
  const n = tupleLength(ptrOf(poolOut));
  const p = newCombinatoric(type, poolOut, rOut, n == 0 && rOut > 0);
  setField(p, 1, newIndices(<i32>rOut));
  return ptrValue(p);
}

function cwrNext(self: Value): Value {
  const p = ptrOf(self);
  if (field(p, 3) != smallInt(0)) return NULL;
  const pool = ptrOf(field(p, 0));
  const indices = field(p, 1);
  const n = tupleLength(pool);
  const r = <i32>I.intToI64(field(p, 4));
  const last = field(p, 2);
  let result: usize;
  if (last == NULL) {
    result = newTuple(r);
    for (let i = 0; i < r; i++) tupleSet(result, i, tupleGet(pool, 0));
  } else {
    // The rightmost index below n - 1 moves up, and every index right of it takes its value.
    let i = r - 1;
    while (i >= 0 && indexAt(indices, i) == <i64>(n - 1)) i--;
    if (i < 0) return stop(p, 3);
    const index = indexAt(indices, i) + 1;
    const elem = tupleGet(pool, <i32>index);
    result = copyTuple(ptrOf(last));
    for (; i < r; i++) {
      setIndexAt(indices, i, index);
      tupleSet(result, i, elem);
    }
  }
  setField(p, 2, ptrValue(result));
  return ptrValue(result);
}

// ---- permutations(iterable, r=None) ----
// Fields: 0 the pool, 1 the indices (raw, n), 2 the last result, 3 stopped, 4 r, 5 the cycles (raw, r).

function permutationsNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!poolAndR('permutations', args, nargs, kwnames, false)) return NULL;
  const n = tupleLength(ptrOf(poolOut));
  const p = newCombinatoric(type, poolOut, rOut, rOut > n);
  if (rOut <= n) {
    const indices = newIndices(n);
    for (let i = 0; i < n; i++) setIndexAt(indices, i, i);
    setField(p, 1, indices);
    const cycles = newIndices(<i32>rOut);
    for (let i = 0; i < <i32>rOut; i++) setIndexAt(cycles, i, n - i);
    setField(p, 5, cycles);
  }
  return ptrValue(p);
}

function permutationsNext(self: Value): Value {
  const p = ptrOf(self);
  if (field(p, 3) != smallInt(0)) return NULL;
  const pool = ptrOf(field(p, 0));
  const indices = field(p, 1);
  const cycles = field(p, 5);
  const n = tupleLength(pool);
  const r = <i32>I.intToI64(field(p, 4));
  const last = field(p, 2);
  let result: usize;
  if (last == NULL) {
    result = newTuple(r);
    for (let i = 0; i < r; i++) tupleSet(result, i, tupleGet(pool, <i32>indexAt(indices, i)));
  } else {
    if (n == 0) return stop(p, 3);
    result = copyTuple(ptrOf(last));
    // Decrement the rightmost cycle, moving left when one rolls over (CPython's algorithm).
    let i = r - 1;
    for (; i >= 0; i--) {
      const c = indexAt(cycles, i) - 1;
      setIndexAt(cycles, i, c);
      if (c == 0) {
        // indices[i:] = indices[i+1:] + indices[i:i+1]
        const index = indexAt(indices, i);
        for (let j = i; j < n - 1; j++) setIndexAt(indices, j, indexAt(indices, j + 1));
        setIndexAt(indices, n - 1, index);
        setIndexAt(cycles, i, n - i);
      } else {
        const j = <i32>c;
        const index = indexAt(indices, i);
        setIndexAt(indices, i, indexAt(indices, n - j));
        setIndexAt(indices, n - j, index);
        for (let k = i; k < r; k++) tupleSet(result, k, tupleGet(pool, <i32>indexAt(indices, k)));
        break;
      }
    }
    if (i < 0) return stop(p, 3);
  }
  setField(p, 2, ptrValue(result));
  return ptrValue(result);
}

// ---- groupby(iterable, key=None) and its _grouper ----
// groupby fields: 0 the source iterator, 1 the key function (None: identity), 2 the target key,
// 3 the current key, 4 the current value (NULL when taken), 5 the current grouper.
// _grouper fields: 0 the groupby, 1 its target key.

const GROUPBY_NAMES: StaticArray<string> = ['iterable', 'key'];
let grouperType: usize = 0;

function groupbyNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('groupby', args, nargs, kwnames, GROUPBY_NAMES, 0, 2, 1, bound)) return NULL;
  const key = boundArg(1) == NULL ? NONE : boundArg(1);
  const it = A.getIter(boundArg(0));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  const p = newRecord(ptrOf(type));
  setField(p, 0, it);
  setField(p, 1, key);
  popTempRoots(1);
  return ptrValue(p);
}

/** Reads the next value and its key into the groupby; false at the end or on error. */
function groupbyStep(p: usize): bool {
  const value = A.iterNext(field(p, 0));
  if (value == NULL) return false;
  let key = value;
  const keyfunc = field(p, 1);
  if (keyfunc != NONE) {
    pushTempRoot(value);
    key = A.call1(keyfunc, value);
    popTempRoots(1);
    if (key == NULL) return false;
  }
  setField(p, 4, value);
  setField(p, 3, key);
  return true;
}

function groupbyNext(self: Value): Value {
  const p = ptrOf(self);
  setField(p, 5, NULL);
  // Skip to the start of the next group.
  while (true) {
    const current = field(p, 3);
    if (current != NULL) {
      const target = field(p, 2);
      if (target == NULL) break;
      const eq = A.valuesEqual(target, current);
      if (eq < 0) return NULL;
      if (eq == 0) break;
    }
    if (!groupbyStep(p)) return NULL;
  }
  const key = field(p, 3);
  setField(p, 2, key);
  const g = newRecord(grouperType);
  setField(g, 0, self);
  setField(g, 1, key);
  setField(p, 5, ptrValue(g));
  return ptrValue(tuple2(key, ptrValue(g)));
}

function grouperNext(self: Value): Value {
  const g = ptrOf(self);
  const p = ptrOf(field(g, 0));
  if (field(p, 5) != self) return NULL;
  if (field(p, 4) == NULL && !groupbyStep(p)) return NULL;
  const eq = A.valuesEqual(field(g, 1), field(p, 3));
  if (eq <= 0) return NULL;
  const value = field(p, 4);
  setField(p, 4, NULL);
  setField(p, 3, NULL);
  return value;
}

// ---- tee(iterable, n=2, /) and its _tee ----
// The tees of one source share a chain of data blocks of up to TEE_BLOCK items, read from the
// source on demand. Data block fields: 0 the source iterator, 1 the items read (a list),
// 2 the next block (NULL until needed). _tee fields: 0 its data block, 1 its index in it.

const TEE_BLOCK = 57;
let teeType: usize = 0;
let teeDataType: usize = 0;
let nCopy: usize = 0;

function newTeeData(source: Value): usize {
  pushTempRoot(source);
  const d = newRecord(teeDataType);
  setField(d, 0, source);
  setField(d, 1, ptrValue(newList(0)));
  popTempRoots(1);
  return d;
}

function newTee(data: usize, index: i32): Value {
  pushTempRoot(ptrValue(data));
  const t = newRecord(teeType);
  setField(t, 0, ptrValue(data));
  setField(t, 1, smallInt(index));
  popTempRoots(1);
  return ptrValue(t);
}

function teeNext(self: Value): Value {
  const t = ptrOf(self);
  let data = ptrOf(field(t, 0));
  let index = <i32>intOf(field(t, 1));
  if (index >= TEE_BLOCK) {
    let next = field(data, 2);
    if (next == NULL) {
      next = ptrValue(newTeeData(field(data, 0)));
      setField(data, 2, next);
    }
    data = ptrOf(next);
    setField(t, 0, next);
    index = 0;
  }
  const items = ptrOf(field(data, 1));
  let value: Value;
  if (index < listLength(items)) {
    value = listGet(items, index);
  } else {
    value = A.iterNext(field(data, 0));
    if (value == NULL) return NULL;
    if (!listAppend(items, value)) return NULL;
  }
  setField(t, 1, smallInt(index + 1));
  return value;
}

function teeCopy(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = ptrOf(self);
  return newTee(ptrOf(field(t, 0)), <i32>intOf(field(t, 1)));
}

function teeNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('_tee', kwnames) || !checkArgCount('_tee', nargs, 1, 1)) return NULL;
  return teeOf(arg(args, 0));
}

/** A _tee over iterable (a copy when it already is one). */
function teeOf(iterable: Value): Value {
  const it = A.getIter(iterable);
  if (it == NULL) return NULL;
  if (A.typeOf(it) == teeType) return teeCopy(it, 0, 0, NULL);
  return newTee(newTeeData(it), 0);
}

function teeFunction(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('tee', kwnames) || !checkArgCount('tee', nargs, 1, 2)) return NULL;
  let n: i64 = 2;
  if (nargs == 2) {
    n = sizeArg(arg(args, 1));
    if (n == -1 && errOccurred()) return NULL;
  }
  if (n < 0) return raiseJs(ValueError, 'n must be >= 0');
  const result = newTuple(<i32>n);
  if (n == 0) return ptrValue(result);
  pushTempRoot(ptrValue(result));
  const it = A.getIter(arg(args, 0));
  let copy: Value = NULL;
  if (it != NULL) {
    // An iterator with __copy__ is copied as is; any other is wrapped in a _tee first.
    tupleSet(result, 0, it);
    copy = A.getAttrOrNull(it, nCopy);
    if (copy == NULL && !errOccurred()) {
      const first = teeOf(it);
      if (first != NULL) {
        tupleSet(result, 0, first);
        copy = A.getAttr(first, nCopy);
      }
    }
  }
  if (copy == NULL) {
    popTempRoots(1);
    return NULL;
  }
  pushTempRoot(copy);
  for (let i = 1; i < <i32>n; i++) {
    const c = A.call0(copy);
    if (c == NULL) {
      popTempRoots(2);
      return NULL;
    }
    tupleSet(result, i, c);
  }
  popTempRoots(2);
  return ptrValue(result);
}

// ---- the module ----

let made: usize = 0;

export function createItertoolsModule(): usize {
  if (made != 0) return made;
  nFillvalue = internJs('fillvalue');
  nRepeat = internJs('repeat');
  nCopy = internJs('__copy__');
  const m = newNativeModule(MODULE);
  const count = iteratorType(m, 'count', 2, changetype<usize>(countNew), changetype<usize>(countNext));
  setSlot(count, SLOT_REPR, changetype<usize>(countRepr));
  addType(m, count);
  addType(m, iteratorType(m, 'cycle', 3, changetype<usize>(cycleNew), changetype<usize>(cycleNext)));
  const repeat = iteratorType(m, 'repeat', 2, changetype<usize>(repeatNew), changetype<usize>(repeatNext));
  setSlot(repeat, SLOT_REPR, changetype<usize>(repeatRepr));
  defineMethod(repeat, '__length_hint__', repeatLengthHint);
  addType(m, repeat);
  addType(m, iteratorType(m, 'accumulate', 4, changetype<usize>(accumulateNew), changetype<usize>(accumulateNext)));
  chainType = iteratorType(m, 'chain', 2, changetype<usize>(chainNew), changetype<usize>(chainNext));
  defineClassMethod(chainType, 'from_iterable', chainFromIterable);
  addType(m, chainType);
  addType(m, iteratorType(m, 'compress', 2, changetype<usize>(compressNew), changetype<usize>(compressNext)));
  addType(m, iteratorType(m, 'dropwhile', 3, changetype<usize>(dropwhileNew), changetype<usize>(dropwhileNext)));
  addType(m, iteratorType(m, 'takewhile', 3, changetype<usize>(takewhileNew), changetype<usize>(takewhileNext)));
  addType(m, iteratorType(m, 'filterfalse', 3, changetype<usize>(filterfalseNew), changetype<usize>(filterfalseNext)));
  addType(m, iteratorType(m, 'starmap', 3, changetype<usize>(starmapNew), changetype<usize>(starmapNext)));
  addType(m, iteratorType(m, 'islice', 5, changetype<usize>(isliceNew), changetype<usize>(isliceNext)));
  addType(m, iteratorType(m, 'pairwise', 2, changetype<usize>(pairwiseNew), changetype<usize>(pairwiseNext)));
  addType(m, iteratorType(m, 'zip_longest', 3, changetype<usize>(zipLongestNew), changetype<usize>(zipLongestNext)));
  addType(m, iteratorType(m, 'product', 4, changetype<usize>(productNew), changetype<usize>(productNext)));
  addType(m, iteratorType(m, 'combinations', 5, changetype<usize>(combinationsNew), changetype<usize>(combinationsNext)));
  addType(m, iteratorType(m, 'combinations_with_replacement', 5, changetype<usize>(cwrNew), changetype<usize>(cwrNext)));
  addType(m, iteratorType(m, 'permutations', 6, changetype<usize>(permutationsNew), changetype<usize>(permutationsNext)));
  addType(m, iteratorType(m, 'groupby', 6, changetype<usize>(groupbyNew), changetype<usize>(groupbyNext)));
  grouperType = iteratorType(m, '_grouper', 2, 0, changetype<usize>(grouperNext), 0);
  addType(m, grouperType);
  teeType = iteratorType(m, '_tee', 2, changetype<usize>(teeNew), changetype<usize>(teeNext), 0);
  defineMethod(teeType, '__copy__', teeCopy);
  addType(m, teeType);
  teeDataType = newRecordType(MODULE, '_tee_dataobject', 3);
  addType(m, teeDataType);
  addFunction(m, 'tee', teeFunction);
  made = keepModule(m);
  return m;
}
