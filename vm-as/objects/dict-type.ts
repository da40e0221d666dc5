// The dict type's slots and methods.

import { Value, NULL, NONE, ptrOf, ptrValue } from '../value';
import { setSlot, SLOT_REPR, SLOT_LEN, SLOT_ITER, SLOT_GETITEM, SLOT_SETITEM, SLOT_CONTAINS, SLOT_NEW } from '../types';
import { dictLength, dictGet, dictSet, dictDelete, dictNextEntry, entryKey, entryValue, newDictOfType } from './dict';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from './strbuilder';
import { reprEnter, reprLeave } from './sequence-repr';
import { raiseValue, errOccurred } from '../errors';
import { KeyError, newException } from './exception';
import * as A from '../abstract';
import { pushTempRoot, popTempRoots } from '../gc';
import { newListIterator } from './iterators';
import { newList, listAppend } from './list';

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
  let first = true;
  let ok = true;
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
    if (!first) appendJs(sb, ', ');
    first = false;
    const k = A.reprOf(entryKey(d, i));
    if (k == 0) { ok = false; break; }
    appendStr(sb, k);
    appendJs(sb, ': ');
    const r = A.reprOf(entryValue(d, i));
    if (r == 0) { ok = false; break; }
    appendStr(sb, r);
  }
  appendCodePoint(sb, 0x7D);
  popTempRoots(1);
  reprLeave();
  return ok ? ptrValue(finishBuilder(sb)) : NULL;
}

function dictLenSlot(v: Value): i64 {
  return dictLength(ptrOf(v));
}

/** d[key]: KeyError(key) when missing. */
function dictGetItemSlot(v: Value, key: Value): Value {
  const r = dictGet(ptrOf(v), key);
  if (r == NULL && !errOccurred()) return raiseValue(ptrValue(newException(KeyError, key)));
  return r;
}

function dictSetItemSlot(v: Value, key: Value, value: Value): i32 {
  if (value == NULL) {
    const r = dictDelete(ptrOf(v), key);
    if (r == 1) {
      raiseValue(ptrValue(newException(KeyError, key)));
      return -1;
    }
    return r;
  }
  return dictSet(ptrOf(v), key, value);
}

function dictContainsSlot(v: Value, key: Value): i32 {
  const r = dictGet(ptrOf(v), key);
  if (r == NULL) return errOccurred() ? -1 : 0;
  return 1;
}

/** iter(d): over a snapshot of the keys until the dict views land. */
function dictIterSlot(v: Value): Value {
  const d = ptrOf(v);
  const keys = newList(dictLength(d));
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) listAppend(keys, entryKey(d, i));
  return newListIterator(ptrValue(keys));
}

function dictNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return ptrValue(newDictOfType(ptrOf(type)));
}

export function setupDictType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(dictReprSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(dictLenSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(dictGetItemSlot));
  setSlot(t, SLOT_SETITEM, changetype<usize>(dictSetItemSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(dictContainsSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(dictIterSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(dictNewSlot));
}

export { NONE };
