// The dict type's slots and methods, and the update algorithm dict(), dict.update() and |=
// share (a dict, a mapping with keys(), or an iterable of pairs).

import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue } from '../value';
import { KIND_DICT, kindOfPtr, typeOfPtr } from '../object';
import { setSlot, getSlot, SLOT_REPR, SLOT_LEN, SLOT_ITER, SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_NEW,
  SLOT_INIT, SLOT_RICHCOMPARE, SLOT_HASH, SLOT_NB, TYPE_BASICSIZE } from '../types';
import { DICT_SIZE } from './dict';
import { dictType, dictLength, dictGet, dictSet, dictDelete, dictNextEntry, dictPrevEntry, dictFilled, entryKey,
  entryValue, entryHash, newDictOfType, dictLookup, dictSetWithHash, dictDeleteEntry, dictDeleteLast, dictClear,
  dictCopyOfType, dictGetWithHash } from './dict';
import { newBuilder, appendJs, appendStr, appendCodePoint, appendI64, builderLength, finishBuilder } from './strbuilder';
import { reprEnter, reprLeave } from './sequence-repr';
import { raiseStr, raiseValue, errOccurred, excMatches } from '../errors';
import { KeyError, TypeError, ValueError, newException } from './exception';
import * as A from '../abstract';
import { pushTempRoot, popTempRoots } from '../gc';
import { tuple2, tupleGet } from './tuple';
import { strFromJs } from './str';
import { internJs } from '../intern';
import { defineMethod, defineClassMethod } from './builtin';
import { checkNoKwargs, checkArgCount, checkNoArgs, kwCount } from './args';
import { seqLength, seqItem } from './sequence';
import { sequenceFast } from './list-type';
import { newDictIterator, DICT_ITER_KEYS, DICT_ITER_REVERSE } from './builtin-iterators';
import { newDictView, dictKeysType, dictValuesType, dictItemsType } from './dict-views';
import { N_keys } from '../names';
import { CMP_EQ, CMP_NE, NB_OR, NB_INPLACE_OR } from '../generated/opcodes';

let nMissing: usize = 0;

// @ts-ignore: decorator
@inline function isDict(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_DICT;
}

function raiseKeyError(key: Value): void {
  raiseValue(ptrValue(newException(KeyError, key)));
}

// ---- update ----

/**
 * Adds a mapping's items (CPython's dict_merge): a dict iterating as dicts do is read
 * directly, anything else through keys() and [] (AttributeError when it has no keys()).
 */
export function dictMergeMapping(d: usize, mapping: Value): i32 {
  if (isDict(mapping) && getSlot(A.typeOf(mapping), SLOT_ITER) == changetype<usize>(dictIterSlot)) {
    const m = ptrOf(mapping);
    if (m == d) return 0;
    for (let i = dictNextEntry(m, 0); i >= 0; i = dictNextEntry(m, i + 1)) {
      if (dictSetWithHash(d, entryKey(m, i), entryHash(m, i), entryValue(m, i)) < 0) return -1;
    }
    return 0;
  }
  const keysMethod = A.getAttr(mapping, N_keys);
  if (keysMethod == NULL) return -1;
  const keys = A.call0(keysMethod);
  if (keys == NULL) return -1;
  pushTempRoot(keys);
  const it = A.getIter(keys);
  popTempRoots(1);
  if (it == NULL) return -1;
  pushTempRoot(it);
  let r = 0;
  while (true) {
    const key = A.iterNext(it);
    if (key == NULL) {
      if (errOccurred()) r = -1;
      break;
    }
    // The key and value stay alive through the Python code __getitem__ and __hash__ may run.
    pushTempRoot(key);
    const value = A.getItem(mapping, key);
    pushTempRoot(value);
    const failed = value == NULL || dictSet(d, key, value) < 0;
    popTempRoots(2);
    if (failed) {
      r = -1;
      break;
    }
  }
  popTempRoots(1);
  return r;
}

/** Adds (key, value) pairs from an iterable (CPython's PyDict_MergeFromSeq2). */
function mergePairs(d: usize, iterable: Value): i32 {
  const it = A.getIter(iterable);
  if (it == NULL) return -1;
  pushTempRoot(it);
  let r = 0;
  for (let i = 0; ; i++) {
    const item = A.iterNext(it);
    if (item == NULL) {
      if (errOccurred()) r = -1;
      break;
    }
    if (mergePair(d, item, i) < 0) {
      r = -1;
      break;
    }
  }
  popTempRoots(1);
  return r;
}

function mergePair(d: usize, item: Value, index: i32): i32 {
  const pair = sequenceFast(item, '');
  if (pair == NULL) {
    if (excMatches(TypeError)) {
      const sb = newBuilder();
      appendJs(sb, 'cannot convert dictionary update sequence element #');
      appendI64(sb, index);
      appendJs(sb, ' to a sequence');
      raiseStr(TypeError, finishBuilder(sb));
    }
    return -1;
  }
  const p = ptrOf(pair);
  const n = seqLength(p);
  if (n != 2) {
    const sb = newBuilder();
    appendJs(sb, 'dictionary update sequence element #');
    appendI64(sb, index);
    appendJs(sb, ' has length ');
    appendI64(sb, n);
    appendJs(sb, '; 2 is required');
    raiseStr(ValueError, finishBuilder(sb));
    return -1;
  }
  pushTempRoot(pair);
  const r = dictSet(d, seqItem(p, 0), seqItem(p, 1));
  popTempRoots(1);
  return r;
}

/** CPython's dict_update_arg: a dict or anything with keys() is a mapping, else pairs. */
export function dictUpdateFrom(d: usize, arg: Value): i32 {
  if (isPtr(arg) && typeOfPtr(ptrOf(arg)) == dictType) return dictMergeMapping(d, arg);
  const keys = A.getAttrOrNull(arg, N_keys);
  if (keys == NULL && errOccurred()) return -1;
  return keys != NULL ? dictMergeMapping(d, arg) : mergePairs(d, arg);
}

/** The keyword arguments of a call, added to d. */
function updateFromKeywords(d: usize, args: usize, nargs: i32, kwnames: Value): i32 {
  const n = kwCount(kwnames);
  for (let k = 0; k < n; k++) {
    if (dictSet(d, tupleGet(ptrOf(kwnames), k), load<u64>(args + (<usize>(nargs + k) << 3))) < 0) return -1;
  }
  return 0;
}

/** dict(...) and dict.update(...): an optional positional mapping or iterable, then keywords. */
function updateCommon(d: usize, args: usize, nargs: i32, kwnames: Value, name: string): i32 {
  if (!checkArgCount(name, nargs, 0, 1)) return -1;
  if (nargs == 1 && dictUpdateFrom(d, load<u64>(args)) < 0) return -1;
  return updateFromKeywords(d, args, nargs, kwnames);
}

// ---- slots ----

function dictReprSlot(v: Value): Value {
  const d = ptrOf(v);
  const sb = newBuilder();
  if (dictLength(d) == 0) {
    appendJs(sb, '{}');
    return ptrValue(finishBuilder(sb));
  }
  if (reprEnter(d)) {
    appendJs(sb, '{...}');
    return ptrValue(finishBuilder(sb));
  }
  pushTempRoot(ptrValue(sb));
  appendCodePoint(sb, 0x7B);
  let ok = true;
  for (let i = dictNextEntry(d, 0); i >= 0 && ok; i = dictNextEntry(d, i + 1)) {
    if (builderLength(sb) > 1) appendJs(sb, ', ');
    // The key and value stay alive through their reprs, which may run Python code.
    const key = entryKey(d, i);
    const value = entryValue(d, i);
    pushTempRoot(key);
    pushTempRoot(value);
    ok = appendRepr(sb, key);
    if (ok) {
      appendJs(sb, ': ');
      ok = appendRepr(sb, value);
    }
    popTempRoots(2);
  }
  appendCodePoint(sb, 0x7D);
  popTempRoots(1);
  reprLeave();
  return ok ? ptrValue(finishBuilder(sb)) : NULL;
}

function appendRepr(sb: usize, v: Value): bool {
  const r = A.reprOf(v);
  if (r == 0) return false;
  appendStr(sb, r);
  return true;
}

function dictLenSlot(v: Value): i64 {
  return dictLength(ptrOf(v));
}

/** d[key]: KeyError when missing, unless a subclass defines __missing__. */
function dictGetItemSlot(v: Value, key: Value): Value {
  const r = dictGet(ptrOf(v), key);
  if (r != NULL || errOccurred()) return r;
  if (typeOfPtr(ptrOf(v)) != dictType) {
    const missing = A.lookupInMro(A.typeOf(v), nMissing);
    if (missing != NULL) {
      const bound = A.bindDescriptor(missing, v, A.typeOf(v));
      return bound == NULL ? NULL : A.call1(bound, key);
    }
  }
  raiseKeyError(key);
  return NULL;
}

function dictSetItemSlot(v: Value, key: Value, value: Value): i32 {
  if (value != NULL) return dictSet(ptrOf(v), key, value);
  const r = dictDelete(ptrOf(v), key);
  if (r != 1) return r;
  raiseKeyError(key);
  return -1;
}

function dictContainsSlot(v: Value, key: Value): i32 {
  const r = dictGet(ptrOf(v), key);
  if (r == NULL) return errOccurred() ? -1 : 0;
  return 1;
}

function dictIterSlot(v: Value): Value {
  return newDictIterator(v, DICT_ITER_KEYS);
}

/** dict == dict: the same keys with equal values. */
function dictEqual(a: usize, b: usize): i32 {
  if (dictLength(a) != dictLength(b)) return 0;
  for (let i = dictNextEntry(a, 0); i >= 0; i = dictNextEntry(a, i + 1)) {
    const key = entryKey(a, i);
    const value = entryValue(a, i);
    pushTempRoot(key);
    pushTempRoot(value);
    const other = dictGetWithHash(b, key, entryHash(a, i));
    let r = other == NULL ? (errOccurred() ? -1 : 0) : A.valuesEqual(value, other);
    popTempRoots(2);
    if (r <= 0) return r;
  }
  return 1;
}

function dictRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isDict(b) || (op != CMP_EQ && op != CMP_NE)) return NOT_IMPLEMENTED;
  const r = dictEqual(ptrOf(a), ptrOf(b));
  if (r < 0) return NULL;
  return (r == 1) == (op == CMP_EQ) ? TRUE : FALSE;
}

/** dict | dict: a copy of the left updated with the right. */
function dictOrSlot(a: Value, b: Value): Value {
  if (!isDict(a) || !isDict(b)) return NOT_IMPLEMENTED;
  const d = dictCopyOfType(ptrOf(a), dictType);
  pushTempRoot(ptrValue(d));
  const r = dictUpdateFrom(d, b);
  popTempRoots(1);
  return r < 0 ? NULL : ptrValue(d);
}

/** dict |= mapping or pairs */
function dictInplaceOrSlot(a: Value, b: Value): Value {
  return dictUpdateFrom(ptrOf(a), b) < 0 ? NULL : a;
}

function dictNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return ptrValue(newDictOfType(ptrOf(type)));
}

function dictInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  return updateCommon(ptrOf(self), args, nargs, kwnames, 'dict');
}

// ---- methods ----

function dictGetMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('dict.get', kwnames) || !checkArgCount('get', nargs, 1, 2)) return NULL;
  const r = dictGet(ptrOf(self), load<u64>(args));
  if (r != NULL || errOccurred()) return r;
  return nargs == 2 ? load<u64>(args, 8) : NONE;
}

function dictSetDefaultMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('dict.setdefault', kwnames) || !checkArgCount('setdefault', nargs, 1, 2)) return NULL;
  const d = ptrOf(self);
  const key = load<u64>(args);
  const hash = A.hashValue(key);
  if (hash == -1) return NULL;
  const ix = dictLookup(d, key, hash);
  if (ix == -2) return NULL;
  if (ix >= 0) return entryValue(d, ix);
  const dflt = nargs == 2 ? load<u64>(args, 8) : NONE;
  return dictSetWithHash(d, key, hash, dflt) < 0 ? NULL : dflt;
}

function dictPopMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('dict.pop', kwnames) || !checkArgCount('pop', nargs, 1, 2)) return NULL;
  const d = ptrOf(self);
  const key = load<u64>(args);
  const hash = A.hashValue(key);
  if (hash == -1) return NULL;
  const ix = dictLookup(d, key, hash);
  if (ix == -2) return NULL;
  if (ix >= 0) {
    const v = entryValue(d, ix);
    dictDeleteEntry(d, ix);
    return v;
  }
  if (nargs == 2) return load<u64>(args, 8);
  raiseKeyError(key);
  return NULL;
}

function dictPopItemMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('popitem', nargs, kwnames, 'dict')) return NULL;
  const d = ptrOf(self);
  const ix = dictPrevEntry(d, dictFilled(d) - 1);
  if (ix < 0) {
    raiseKeyError(ptrValue(strFromJs('popitem(): dictionary is empty')));
    return NULL;
  }
  const item = ptrValue(tuple2(entryKey(d, ix), entryValue(d, ix)));
  dictDeleteLast(d, ix);
  return item;
}

function dictKeysMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('keys', nargs, kwnames, 'dict')) return NULL;
  return newDictView(dictKeysType, self);
}

function dictValuesMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('values', nargs, kwnames, 'dict')) return NULL;
  return newDictView(dictValuesType, self);
}

function dictItemsMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('items', nargs, kwnames, 'dict')) return NULL;
  return newDictView(dictItemsType, self);
}

function dictUpdateMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return updateCommon(ptrOf(self), args, nargs, kwnames, 'update') < 0 ? NULL : NONE;
}

/** d.copy(): always an exact dict. */
function dictCopyMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('copy', nargs, kwnames, 'dict')) return NULL;
  return ptrValue(dictCopyOfType(ptrOf(self), dictType));
}

function dictClearMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('clear', nargs, kwnames, 'dict')) return NULL;
  dictClear(ptrOf(self));
  return NONE;
}

/** dict.fromkeys(iterable, value=None): cls(), then each key set to value. */
function dictFromKeysMethod(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('dict.fromkeys', kwnames) || !checkArgCount('fromkeys', nargs, 1, 2)) return NULL;
  const value = nargs == 2 ? load<u64>(args, 8) : NONE;
  const d = A.call0(cls);
  if (d == NULL) return NULL;
  pushTempRoot(d);
  const it = A.getIter(load<u64>(args));
  let ok = it != NULL;
  if (ok) pushTempRoot(it);
  const exact = isPtr(d) && typeOfPtr(ptrOf(d)) == dictType;
  while (ok) {
    const key = A.iterNext(it);
    if (key == NULL) {
      ok = !errOccurred();
      break;
    }
    ok = (exact ? dictSet(ptrOf(d), key, value) : A.setItem(d, key, value)) >= 0;
  }
  popTempRoots(it != NULL ? 2 : 1);
  return ok ? d : NULL;
}

function dictReversedMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__reversed__', nargs, kwnames, 'dict')) return NULL;
  return newDictIterator(self, DICT_ITER_KEYS | DICT_ITER_REVERSE);
}

export function setupDictType(t: usize): void {
  store<u32>(t + TYPE_BASICSIZE, <u32>DICT_SIZE); // what subclasses extend
  setSlot(t, SLOT_REPR, changetype<usize>(dictReprSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(dictLenSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(dictGetItemSlot));
  setSlot(t, SLOT_SETITEM, changetype<usize>(dictSetItemSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(dictContainsSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(dictIterSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(dictRichCompareSlot));
  setSlot(t, SLOT_HASH, 0);
  setSlot(t, SLOT_NB + NB_OR, changetype<usize>(dictOrSlot));
  setSlot(t, SLOT_NB + NB_INPLACE_OR, changetype<usize>(dictInplaceOrSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(dictNewSlot));
  setSlot(t, SLOT_INIT, changetype<usize>(dictInitSlot));
  defineMethod(t, 'get', dictGetMethod);
  defineMethod(t, 'setdefault', dictSetDefaultMethod);
  defineMethod(t, 'pop', dictPopMethod);
  defineMethod(t, 'popitem', dictPopItemMethod);
  defineMethod(t, 'keys', dictKeysMethod);
  defineMethod(t, 'values', dictValuesMethod);
  defineMethod(t, 'items', dictItemsMethod);
  defineMethod(t, 'update', dictUpdateMethod);
  defineMethod(t, 'copy', dictCopyMethod);
  defineMethod(t, 'clear', dictClearMethod);
  defineMethod(t, '__reversed__', dictReversedMethod);
  defineClassMethod(t, 'fromkeys', dictFromKeysMethod);
  nMissing = internJs('__missing__');
}
