// dict.keys(), dict.values() and dict.items(): live views of a dict. Keys and items views are
// set-like (comparisons, & | - ^, isdisjoint), with CPython's algorithms so that the resulting
// sets are built in CPython's order.
//
// Layout (kind KIND_DICT_VIEW; the type says which view):
//   +8  u64 dict

import { alloc } from '../heap';
import { Value, NULL, TRUE, FALSE, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue } from '../value';
import { KIND_DICT_VIEW, KIND_TUPLE, KIND_SET, kindOfPtr, typeOfPtr } from '../object';
import { setSlot, SLOT_REPR, SLOT_LEN, SLOT_ITER, SLOT_CONTAINS, SLOT_RICHCOMPARE, SLOT_HASH, SLOT_NB } from '../types';
import * as A from '../abstract';
import { errOccurred } from '../errors';
import { dictLength, dictGet } from './dict';
import { tupleLength, tupleGet } from './tuple';
import { newDictIterator, DICT_ITER_KEYS, DICT_ITER_VALUES, DICT_ITER_ITEMS, DICT_ITER_REVERSE } from './builtin-iterators';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { reprEnter, reprLeave } from './sequence-repr';
import { listFromIterable } from './list-type';
import { defineMethod } from './builtin';
import { checkOneArg, checkNoArgs } from './args';
import { pushTempRoot, popTempRoots } from '../gc';
import { setType, setLength, setAdd } from './set';
import { newSetFrom, setUpdateWith, setDifferenceUpdateWith, setSymmetricDifferenceUpdateWith, setIntersection,
  itemsViewXor } from './set-type';
import { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, NB_AND, NB_OR, NB_SUBTRACT, NB_XOR } from '../generated/opcodes';

export const VIEW_DICT: usize = 8;

export let dictKeysType: usize = 0;
export let dictValuesType: usize = 0;
export let dictItemsType: usize = 0;

export function newDictView(type: usize, dict: Value): Value {
  const v = alloc(16, type, KIND_DICT_VIEW);
  store<u64>(v + VIEW_DICT, dict);
  return ptrValue(v);
}

// @ts-ignore: decorator
@inline function viewDict(v: Value): usize {
  return ptrOf(load<u64>(ptrOf(v) + VIEW_DICT));
}

/** What a view's iterator yields (DICT_ITER_*). */
function viewKind(v: Value): u32 {
  const t = typeOfPtr(ptrOf(v));
  return t == dictKeysType ? DICT_ITER_KEYS : t == dictValuesType ? DICT_ITER_VALUES : DICT_ITER_ITEMS;
}

/** The type name argument errors give a view's methods. */
function viewOwner(v: Value): string {
  const t = typeOfPtr(ptrOf(v));
  return t == dictKeysType ? 'dict_keys' : t == dictValuesType ? 'dict_values' : 'dict_items';
}

/** A keys or items view (the set-like ones). */
export function isSetLikeView(v: Value): bool {
  if (!isPtr(v) || kindOfPtr(ptrOf(v)) != KIND_DICT_VIEW) return false;
  const t = typeOfPtr(ptrOf(v));
  return t == dictKeysType || t == dictItemsType;
}

function viewLenSlot(v: Value): i64 {
  return dictLength(viewDict(v));
}

function viewIterSlot(v: Value): Value {
  return newDictIterator(load<u64>(ptrOf(v) + VIEW_DICT), viewKind(v));
}

function viewReversedMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__reversed__', nargs, kwnames, viewOwner(self))) return NULL;
  return newDictIterator(load<u64>(ptrOf(self) + VIEW_DICT), viewKind(self) | DICT_ITER_REVERSE);
}

/** dict_keys([...]): the view's type name around the list of what it yields. */
function viewReprSlot(v: Value): Value {
  const p = ptrOf(v);
  if (reprEnter(p)) {
    const sb = newBuilder();
    appendJs(sb, '...');
    return ptrValue(finishBuilder(sb));
  }
  const items = listFromIterable(v);
  let r: usize = 0;
  if (items != 0) {
    pushTempRoot(ptrValue(items));
    r = A.reprOf(ptrValue(items));
    popTempRoots(1);
  }
  reprLeave();
  if (r == 0) return NULL;
  const sb = newBuilder();
  appendStr(sb, A.typeNameOf(v));
  appendJs(sb, '(');
  appendStr(sb, r);
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

function keysContainsSlot(v: Value, key: Value): i32 {
  const r = dictGet(viewDict(v), key);
  if (r == NULL) return errOccurred() ? -1 : 0;
  return 1;
}

/** (key, value) in d.items(): the key is there with an equal value. */
function itemsContainsSlot(v: Value, item: Value): i32 {
  if (!isPtr(item) || kindOfPtr(ptrOf(item)) != KIND_TUPLE || tupleLength(ptrOf(item)) != 2) return 0;
  const found = dictGet(viewDict(v), tupleGet(ptrOf(item), 0));
  if (found == NULL) return errOccurred() ? -1 : 0;
  return A.valuesEqual(found, tupleGet(ptrOf(item), 1));
}

/** Every item of `a` is in `b` (CPython's all_contained_in): 1, 0 or -1. */
function allContainedIn(a: Value, b: Value): i32 {
  const it = A.getIter(a);
  if (it == NULL) return -1;
  pushTempRoot(it);
  let r = 1;
  while (true) {
    const x = A.iterNext(it);
    if (x == NULL) {
      if (errOccurred()) r = -1;
      break;
    }
    r = A.containsValue(b, x);
    if (r <= 0) break;
  }
  popTempRoots(1);
  return r;
}

function isSetOrView(v: Value): bool {
  return (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_SET) || isSetLikeView(v);
}

/** Set-like comparison of a keys or items view with a set or another such view. */
function viewRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isSetOrView(b)) return NOT_IMPLEMENTED;
  const na = A.lengthOf(a);
  const nb = A.lengthOf(b);
  if (na < 0 || nb < 0) return NULL;
  let r = 0;
  switch (op) {
    case CMP_EQ:
    case CMP_NE:
      if (na == nb) r = allContainedIn(a, b);
      if (op == CMP_NE && r >= 0) r = r == 0 ? 1 : 0;
      break;
    case CMP_LT: if (na < nb) r = allContainedIn(a, b); break;
    case CMP_LE: if (na <= nb) r = allContainedIn(a, b); break;
    case CMP_GT: if (na > nb) r = allContainedIn(b, a); break;
    default: if (na >= nb) r = allContainedIn(b, a);
  }
  return r < 0 ? NULL : r ? TRUE : FALSE;
}

/** set(x), where a keys view of an exact dict is read straight from the dict (dictviews_to_set). */
function viewToSet(x: Value): usize {
  if (isPtr(x) && kindOfPtr(ptrOf(x)) == KIND_DICT_VIEW && typeOfPtr(ptrOf(x)) == dictKeysType) {
    return newSetFrom(load<u64>(ptrOf(x) + VIEW_DICT));
  }
  return newSetFrom(x);
}

/** Runs an in-place set update on set(a) with b; the set, or NULL. */
function updatedSet(a: Value, b: Value, update: (s: usize, other: Value) => i32): Value {
  const s = viewToSet(a);
  if (s == 0) return NULL;
  pushTempRoot(ptrValue(s));
  const r = update(s, b);
  popTempRoots(1);
  return r < 0 ? NULL : ptrValue(s);
}

function viewOrSlot(a: Value, b: Value): Value {
  return updatedSet(a, b, setUpdateWith);
}

function viewSubtractSlot(a: Value, b: Value): Value {
  return updatedSet(a, b, setDifferenceUpdateWith);
}

function viewXorSlot(a: Value, b: Value): Value {
  if (isItemsView(a) && isItemsView(b)) return itemsViewXor(viewDict(a), viewDict(b));
  return updatedSet(a, b, setSymmetricDifferenceUpdateWith);
}

function isItemsView(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_DICT_VIEW && typeOfPtr(ptrOf(v)) == dictItemsType;
}

/** view & other (CPython's _PyDictView_Intersect): iterates the smaller side when it can. */
function viewAndSlot(a: Value, b: Value): Value {
  let self = a;
  let other = b;
  if (!isSetLikeView(self)) {
    self = b;
    other = a;
  }
  const selfLength = <i64>dictLength(viewDict(self));
  if (isPtr(other) && typeOfPtr(ptrOf(other)) == setType && selfLength <= <i64>setLength(ptrOf(other))) {
    const r = setIntersection(ptrOf(other), self);
    return r == 0 ? NULL : ptrValue(r);
  }
  if (isSetLikeView(other) && <i64>dictLength(viewDict(other)) > selfLength) {
    const t = other;
    other = self;
    self = t;
  }
  const contains = isItemsView(self) ? itemsContainsSlot : keysContainsSlot;
  const result = newSetFrom(NULL);
  pushTempRoot(ptrValue(result));
  const it = A.getIter(other);
  let ok = it != NULL;
  if (ok) pushTempRoot(it);
  while (ok) {
    const x = A.iterNext(it);
    if (x == NULL) {
      ok = !errOccurred();
      break;
    }
    const r = contains(self, x);
    if (r < 0 || (r > 0 && setAdd(result, x) < 0)) ok = false;
  }
  popTempRoots(it != NULL ? 2 : 1);
  return ok ? ptrValue(result) : NULL;
}

/** view.isdisjoint(other) */
function viewIsDisjointMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('isdisjoint', nargs, kwnames, isItemsView(self) ? 'dict_items' : 'dict_keys')) return NULL;
  let other = load<u64>(args);
  let container = self;
  if (other == self) return dictLength(viewDict(self)) == 0 ? TRUE : FALSE;
  if (isSetOrView(other)) {
    const nSelf = A.lengthOf(self);
    const nOther = A.lengthOf(other);
    if (nOther < 0) return NULL;
    if (nOther > nSelf) {
      container = other;
      other = self;
    }
  }
  const it = A.getIter(other);
  if (it == NULL) return NULL;
  pushTempRoot(it);
  let r = 0;
  while (true) {
    const x = A.iterNext(it);
    if (x == NULL) {
      r = errOccurred() ? -1 : 0;
      break;
    }
    r = A.containsValue(container, x);
    if (r != 0) break;
  }
  popTempRoots(1);
  return r < 0 ? NULL : r ? FALSE : TRUE;
}

function setupViewType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(viewReprSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(viewLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(viewIterSlot));
  defineMethod(t, '__reversed__', viewReversedMethod);
}

function setupSetLikeViewType(t: usize, contains: (v: Value, x: Value) => i32): void {
  setupViewType(t);
  setSlot(t, SLOT_CONTAINS, changetype<usize>(contains));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(viewRichCompareSlot));
  setSlot(t, SLOT_HASH, 0);
  setSlot(t, SLOT_NB + NB_AND, changetype<usize>(viewAndSlot));
  setSlot(t, SLOT_NB + NB_OR, changetype<usize>(viewOrSlot));
  setSlot(t, SLOT_NB + NB_SUBTRACT, changetype<usize>(viewSubtractSlot));
  setSlot(t, SLOT_NB + NB_XOR, changetype<usize>(viewXorSlot));
  defineMethod(t, 'isdisjoint', viewIsDisjointMethod);
}

export function setupDictViewTypes(keys: usize, values: usize, items: usize): void {
  dictKeysType = keys;
  dictValuesType = values;
  dictItemsType = items;
  setupSetLikeViewType(keys, keysContainsSlot);
  setupViewType(values);
  setupSetLikeViewType(items, itemsContainsSlot);
}
