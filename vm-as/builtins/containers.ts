// Builtin functions of this area — min, max, sum, sorted, any, all, iter, next — and the
// container and iterator type names (set, frozenset, slice, enumerate, zip, map, filter,
// reversed; list, tuple, dict and range are named in functions.ts).

import { Value, NULL, NONE, TRUE, FALSE, isSmallInt, isFloat, intOf, floatOf, smallInt, floatValue,
  isPtr, ptrOf, ptrValue, smallIntOrNull } from '../value';
import { KIND_STR, KIND_BYTES, KIND_BYTEARRAY, kindOfPtr } from '../object';
import * as A from '../abstract';
import { getSlot, SLOT_NEXT, SLOT_CALL } from '../types';
import { raiseJs, raiseStr, raiseEmpty, errOccurred, excMatches, clearExc } from '../errors';
import { TypeError, ValueError, StopIteration } from '../objects/exception';
import { defineFunction } from '../objects/builtin';
import { dictSetStr } from '../objects/dict';
import { internJs } from '../intern';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from '../objects/strbuilder';
import { tupleFromArray } from '../objects/tuple';
import { checkNoKwargs, checkArgCount, checkOneArg, kwCount, parseKeywords } from '../objects/args';
import { listFromIterable } from '../objects/list-type';
import { compareValues, comparisonTruth } from '../objects/sequence';
import { sortList, parseSortKeywords, sortKey, sortReverse } from '../objects/list-sort';
import { newCallableIterator, reversedType, enumerateType, zipType, mapType, filterType } from '../objects/builtin-iterators';
import { setType, frozensetType } from '../objects/set';
import { sliceType } from '../objects/slice';
import { pushTempRoot, popTempRoots } from '../gc';
import { CMP_LT, CMP_GT, NB_ADD } from '../generated/opcodes';

// ---- min and max ----

const MIN_MAX_KEYWORDS: StaticArray<string> = ['key', 'default'];

/**
 * Folds the items of an iterator into the first one whose key beats all others under `op`
 * (CPython's min_max): NULL when empty (no exception) or on error.
 */
function extremum(it: Value, key: Value, op: i32): Value {
  let best: Value = NULL;
  let bestKey: Value = NULL;
  while (true) {
    pushTempRoot(best);
    pushTempRoot(bestKey);
    const item = A.iterNext(it);
    let k = item;
    if (item != NULL && key != NONE) {
      pushTempRoot(item);
      k = A.call1(key, item);
      popTempRoots(1);
    }
    let better = 0;
    if (k != NULL) {
      if (best == NULL) better = 1;
      else {
        pushTempRoot(item);
        pushTempRoot(k);
        better = comparisonTruth(compareValues(k, bestKey, op));
        popTempRoots(2);
      }
    }
    popTempRoots(2);
    if (item == NULL || k == NULL || better < 0) return item == NULL && !errOccurred() ? best : NULL;
    if (better > 0) {
      best = item;
      bestKey = k;
    }
  }
  return NULL;
}

function minMax(args: usize, nargs: i32, kwnames: Value, op: i32, name: string): Value {
  if (nargs == 0) {
    const sb = newBuilder();
    appendJs(sb, name);
    appendJs(sb, ' expected at least 1 argument, got 0');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const params = A.scratchReserve(16);
  store<u64>(params, NONE);
  store<u64>(params, NULL, 8);
  const ok = parseKeywords(name, args + (<usize>nargs << 3), 0, kwnames, MIN_MAX_KEYWORDS, params);
  const key = load<u64>(params);
  const dflt = load<u64>(params, 8);
  A.scratchRelease(params);
  if (!ok) return NULL;
  if (nargs > 1 && dflt != NULL) {
    const sb = newBuilder();
    appendJs(sb, 'Cannot specify a default for ');
    appendJs(sb, name);
    appendJs(sb, '() with multiple positional arguments');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const it = A.getIter(nargs > 1 ? ptrValue(tupleFromArray(args, nargs)) : load<u64>(args));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  const r = extremum(it, key, op);
  popTempRoots(1);
  if (r != NULL || errOccurred()) return r;
  if (dflt != NULL) return dflt;
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, '() arg is an empty sequence');
  return raiseStr(ValueError, finishBuilder(sb));
}

function builtinMin(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return minMax(args, nargs, kwnames, CMP_LT, 'min');
}

function builtinMax(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return minMax(args, nargs, kwnames, CMP_GT, 'max');
}

// ---- sum ----

const SUM_KEYWORDS: StaticArray<string> = ['iterable', 'start'];

/** The sum of two numbers without a slot call when both are small ints or floats; NULL otherwise. */
// @ts-ignore: decorator
@inline function fastAdd(a: Value, b: Value): Value {
  if (isSmallInt(a) && isSmallInt(b)) {
    const r = intOf(a) + intOf(b);
    return smallIntOrNull(r);
  }
  if (isFloat(a)) {
    if (isFloat(b)) return floatValue(floatOf(a) + floatOf(b));
    if (isSmallInt(b)) return floatValue(floatOf(a) + <f64>intOf(b));
  }
  return NULL;
}

/** sum(iterable, /, start=0): left to right with +, floats added plainly as CPython 3.11 does. */
function builtinSum(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs + kwCount(kwnames) > 2) {
    const sb = newBuilder();
    appendJs(sb, 'sum() takes at most 2 arguments (');
    appendI64(sb, nargs + kwCount(kwnames));
    appendJs(sb, ' given)');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const params = A.scratchReserve(16);
  store<u64>(params, nargs > 0 ? load<u64>(args) : NULL);
  store<u64>(params, nargs > 1 ? load<u64>(args, 8) : smallInt(0), 8);
  const ok = parseKeywords('sum', args, nargs, kwnames, SUM_KEYWORDS, params);
  let acc = load<u64>(params, 8);
  A.scratchRelease(params);
  if (!ok) return NULL;
  if (nargs == 0) return raiseJs(TypeError, 'sum() takes at least 1 positional argument (0 given)');
  if (isPtr(acc)) {
    const kind = kindOfPtr(ptrOf(acc));
    if (kind == KIND_STR) return raiseJs(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (kind == KIND_BYTES) return raiseJs(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (kind == KIND_BYTEARRAY) return raiseJs(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = A.getIter(load<u64>(args));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  while (true) {
    pushTempRoot(acc);
    const item = A.iterNext(it);
    popTempRoots(1);
    if (item == NULL) {
      if (errOccurred()) acc = NULL;
      break;
    }
    const fast = fastAdd(acc, item);
    acc = fast != NULL ? fast : A.binaryOp(acc, item, NB_ADD);
    if (acc == NULL) break;
  }
  popTempRoots(1);
  return acc;
}

// ---- sorted, any, all ----

/** sorted(iterable, /, *, key=None, reverse=False) */
function builtinSorted(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkArgCount('sorted', nargs, 1, 1)) return NULL;
  if (!parseSortKeywords(args, nargs, kwnames)) return NULL;
  const key = sortKey;
  const reverse = sortReverse;
  pushTempRoot(key);
  const l = listFromIterable(load<u64>(args));
  let r: Value = NULL;
  if (l != 0) {
    pushTempRoot(ptrValue(l));
    if (sortList(l, key, reverse) == 0) r = ptrValue(l);
    popTempRoots(1);
  }
  popTempRoots(1);
  return r;
}

/** any() and all(): stops at the first item whose truth is `stopAt`. */
function anyAll(args: usize, nargs: i32, kwnames: Value, name: string, stopAt: i32): Value {
  if (!checkOneArg(name, nargs, kwnames)) return NULL;
  const it = A.getIter(load<u64>(args));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  let r: Value = stopAt == 1 ? FALSE : TRUE;
  while (true) {
    const item = A.iterNext(it);
    if (item == NULL) {
      if (errOccurred()) r = NULL;
      break;
    }
    const t = A.isTrue(item);
    if (t < 0) {
      r = NULL;
      break;
    }
    if (t == stopAt) {
      r = stopAt == 1 ? TRUE : FALSE;
      break;
    }
  }
  popTempRoots(1);
  return r;
}

function builtinAny(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return anyAll(args, nargs, kwnames, 'any', 1);
}

function builtinAll(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return anyAll(args, nargs, kwnames, 'all', 0);
}

// ---- iter and next ----

/** iter(object) or iter(callable, sentinel) */
function builtinIter(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('iter', kwnames) || !checkArgCount('iter', nargs, 1, 2)) return NULL;
  const obj = load<u64>(args);
  if (nargs == 1) return A.getIter(obj);
  if (getSlot(A.typeOf(obj), SLOT_CALL) == 0) return raiseJs(TypeError, 'iter(v, w): v must be callable');
  return newCallableIterator(obj, load<u64>(args, 8));
}

/** next(iterator[, default]): StopIteration when exhausted (the iterator's own, with its value, if it raised one). */
function builtinNext(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('next', kwnames) || !checkArgCount('next', nargs, 1, 2)) return NULL;
  const it = load<u64>(args);
  const slot = getSlot(A.typeOf(it), SLOT_NEXT);
  if (slot == 0) {
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, A.typeNameOf(it));
    appendJs(sb, "' object is not an iterator");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const r = changetype<(v: Value) => Value>(slot)(it);
  if (r != NULL) return r;
  if (nargs == 2) {
    if (!errOccurred()) return load<u64>(args, 8);
    if (!excMatches(StopIteration)) return NULL;
    clearExc();
    return load<u64>(args, 8);
  }
  if (!errOccurred()) raiseEmpty(StopIteration);
  return NULL;
}

// ---- registration ----

function defineType(builtins: usize, name: string, t: usize): void {
  dictSetStr(builtins, internJs(name), ptrValue(t));
}

/** Adds this area's builtin functions and type names to the builtins namespace. */
export function setupContainerBuiltins(builtins: usize, moduleName: usize): void {
  defineFunction(builtins, moduleName, 'min', builtinMin);
  defineFunction(builtins, moduleName, 'max', builtinMax);
  defineFunction(builtins, moduleName, 'sum', builtinSum);
  defineFunction(builtins, moduleName, 'sorted', builtinSorted);
  defineFunction(builtins, moduleName, 'any', builtinAny);
  defineFunction(builtins, moduleName, 'all', builtinAll);
  defineFunction(builtins, moduleName, 'iter', builtinIter);
  defineFunction(builtins, moduleName, 'next', builtinNext);
  defineType(builtins, 'set', setType);
  defineType(builtins, 'frozenset', frozensetType);
  defineType(builtins, 'slice', sliceType);
  defineType(builtins, 'reversed', reversedType);
  defineType(builtins, 'enumerate', enumerateType);
  defineType(builtins, 'zip', zipType);
  defineType(builtins, 'map', mapType);
  defineType(builtins, 'filter', filterType);
}
