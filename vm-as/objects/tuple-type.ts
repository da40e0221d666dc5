// The tuple type's slots: repr, length, items, iteration, hashing (abstract.ts), comparison.

import { Value, NULL, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, intOf, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, KIND_TUPLE } from '../object';
import { setSlot, SLOT_REPR, SLOT_LEN, SLOT_ITER, SLOT_GETITEM, SLOT_HASH, SLOT_RICHCOMPARE } from '../types';
import { tupleLength, tupleGet } from './tuple';
import { sequenceRepr } from './sequence-repr';
import { newTupleIterator } from './iterators';
import { raiseJs } from '../errors';
import { IndexError } from './exception';
import { hashTuple, valuesEqual, richCompare } from '../abstract';
import { CMP_EQ, CMP_NE } from '../generated/opcodes';

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

function tupleGetItemSlot(v: Value, key: Value): Value {
  const t = ptrOf(v);
  if (isSmallInt(key)) {
    let i = intOf(key);
    const n = <i64>tupleLength(t);
    if (i < 0) i += n;
    if (i >= 0 && i < n) return tupleGet(t, <i32>i);
    return raiseJs(IndexError, 'tuple index out of range');
  }
  return raiseJs(IndexError, 'tuple slicing is not available yet');
}

function tupleHashSlot(v: Value): i64 {
  return hashTuple(ptrOf(v));
}

/** Lexicographic comparison (CPython's tuplerichcompare). */
function tupleRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isPtr(b) || kindOfPtr(ptrOf(b)) != KIND_TUPLE) return NOT_IMPLEMENTED;
  const x = ptrOf(a);
  const y = ptrOf(b);
  const nx = tupleLength(x);
  const ny = tupleLength(y);
  let i = 0;
  for (; i < nx && i < ny; i++) {
    const eq = valuesEqual(tupleGet(x, i), tupleGet(y, i));
    if (eq < 0) return NULL;
    if (eq == 0) break;
  }
  if (i >= nx || i >= ny) {
    const c = nx < ny ? -1 : nx > ny ? 1 : 0;
    return compareInts(c, op) ? TRUE : FALSE;
  }
  if (op == CMP_EQ) return FALSE;
  if (op == CMP_NE) return TRUE;
  return richCompare(tupleGet(x, i), tupleGet(y, i), op);
}

function compareInts(c: i32, op: i32): bool {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c == 0;
    case 3: return c != 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

export function setupTupleType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(tupleReprSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(tupleLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(tupleIterSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(tupleGetItemSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(tupleHashSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(tupleRichCompareSlot));
}

export { compareInts, ptrValue };
