// The list type's slots and methods.

import { Value, NULL, NONE, isSmallInt, intOf, ptrOf, ptrValue } from '../value';
import { setSlot, SLOT_REPR, SLOT_LEN, SLOT_ITER, SLOT_GETITEM, SLOT_SETITEM, SLOT_NEW } from '../types';
import { listLength, listGet, listItems, listAppend, newListOfType } from './list';
import { sequenceRepr } from './sequence-repr';
import { newListIterator } from './iterators';
import { raiseJs, raiseEmpty } from '../errors';
import { IndexError, MemoryError, TypeError } from './exception';
import { defineMethod } from './builtin';
import { listExtendValue } from '../interp/ops';
import { tupleLength } from './tuple';

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

function listGetItemSlot(v: Value, key: Value): Value {
  const l = ptrOf(v);
  if (isSmallInt(key)) {
    let i = intOf(key);
    const n = <i64>listLength(l);
    if (i < 0) i += n;
    if (i >= 0 && i < n) return listGet(l, <i32>i);
    return raiseJs(IndexError, 'list index out of range');
  }
  return raiseJs(TypeError, 'list slicing is not available yet');
}

function listSetItemSlot(v: Value, key: Value, value: Value): i32 {
  const l = ptrOf(v);
  if (isSmallInt(key) && value != NULL) {
    let i = intOf(key);
    const n = <i64>listLength(l);
    if (i < 0) i += n;
    if (i >= 0 && i < n) {
      store<u64>(listItems(l) + (<usize>i << 3), value);
      return 0;
    }
    raiseJs(IndexError, 'list assignment index out of range');
    return -1;
  }
  raiseJs(TypeError, 'list slice assignment is not available yet');
  return -1;
}

function listNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const l = newListOfType(ptrOf(type), 0);
  if (nargs == 1 && listExtendValue(ptrValue(l), load<u64>(args)) < 0) return NULL;
  return ptrValue(l);
}

function listAppendMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 1 || kwnames != NULL) return raiseJs(TypeError, 'list.append() takes exactly one argument');
  if (!listAppend(ptrOf(self), load<u64>(args))) return raiseEmpty(MemoryError);
  return NONE;
}

export function setupListType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(listReprSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(listLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(listIterSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(listGetItemSlot));
  setSlot(t, SLOT_SETITEM, changetype<usize>(listSetItemSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(listNewSlot));
  defineMethod(t, 'append', listAppendMethod);
}

export { tupleLength };
