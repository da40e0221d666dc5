// What list and tuple share: item access by kind, lexicographic comparison, membership, count
// and index, and the operand rules of their + and * (CPython's sq_concat / sq_repeat fallback,
// which comes after both operands' number slots have declined).

import { Value, NULL, TRUE, FALSE, NOT_IMPLEMENTED, isPtr, isFloat, bothSmallInts, intOf, floatOf, ptrOf } from '../value';
import { kindOfPtr, typeOfPtr, KIND_LIST } from '../object';
import { getSlot, isSubtype, SLOT_NB } from '../types';
import * as A from '../abstract';
import { raiseStr } from '../errors';
import { TypeError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { listLength, listGet, listType } from './list';
import { strType, strCompare } from './str';
import { compareI64, compareF64 } from '../interp/ops';
import { bytesType } from './bytes';
import { tupleLength, tupleGet, tupleType } from './tuple';
import { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT } from '../generated/opcodes';

/** The length of a list or tuple (any other kind is a caller's bug). */
// @ts-ignore: decorator
@inline export function seqLength(p: usize): i32 {
  return kindOfPtr(p) == KIND_LIST ? listLength(p) : tupleLength(p);
}

/** Item i of a list or tuple; re-read on every access because Python code may resize a list. */
// @ts-ignore: decorator
@inline export function seqItem(p: usize, i: i32): Value {
  return kindOfPtr(p) == KIND_LIST ? listGet(p, i) : tupleGet(p, i);
}

/** The truth of `c <op> 0` for a three-way comparison result c. */
export function compareInts(c: i32, op: i32): bool {
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

/**
 * a <op> b with direct paths for small ints, floats and exact strs (what sorted data and
 * sequence comparisons mostly hold); NULL with an exception set on error.
 */
export function compareValues(a: Value, b: Value, op: i32): Value {
  if (bothSmallInts(a, b)) return compareI64(intOf(a), intOf(b), <u32>op) ? TRUE : FALSE;
  if (isFloat(a) && isFloat(b)) return compareF64(floatOf(a), floatOf(b), <u32>op) ? TRUE : FALSE;
  if (isPtr(a) && isPtr(b) && typeOfPtr(ptrOf(a)) == strType && typeOfPtr(ptrOf(b)) == strType) {
    return compareInts(strCompare(ptrOf(a), ptrOf(b)), op) ? TRUE : FALSE;
  }
  return A.richCompare(a, b, op);
}

/** The truth of a comparison result: 1, 0, or -1 with an exception set (r NULL included). */
export function comparisonTruth(r: Value): i32 {
  if (r == TRUE) return 1;
  if (r == FALSE) return 0;
  if (r == NULL) return -1;
  return A.isTrue(r);
}

/**
 * Lexicographic comparison of two lists or two tuples (CPython's list_richcompare and
 * tuplerichcompare): the first unequal pair decides, else the lengths.
 */
export function sequenceRichCompare(x: usize, y: usize, op: i32): Value {
  if (kindOfPtr(x) == KIND_LIST && (op == CMP_EQ || op == CMP_NE) && listLength(x) != listLength(y)) {
    return op == CMP_EQ ? FALSE : TRUE;
  }
  let i = 0;
  for (; i < seqLength(x) && i < seqLength(y); i++) {
    const eq = A.valuesEqual(seqItem(x, i), seqItem(y, i));
    if (eq < 0) return NULL;
    if (eq == 0) break;
  }
  const nx = seqLength(x);
  const ny = seqLength(y);
  if (i >= nx || i >= ny) return compareInts(nx < ny ? -1 : nx > ny ? 1 : 0, op) ? TRUE : FALSE;
  if (op == CMP_EQ) return FALSE;
  if (op == CMP_NE) return TRUE;
  return compareValues(seqItem(x, i), seqItem(y, i), op);
}

/** v in seq: 1, 0, or -1 with an exception set. */
export function sequenceContains(p: usize, v: Value): i32 {
  for (let i = 0; i < seqLength(p); i++) {
    const eq = A.valuesEqual(seqItem(p, i), v);
    if (eq != 0) return eq;
  }
  return 0;
}

/** seq.count(v), or -1 with an exception set. */
export function sequenceCount(p: usize, v: Value): i64 {
  let n: i64 = 0;
  for (let i = 0; i < seqLength(p); i++) {
    const eq = A.valuesEqual(seqItem(p, i), v);
    if (eq < 0) return -1;
    n += eq;
  }
  return n;
}

/** The first index in [start, stop) holding v; -1 when absent, -2 with an exception set. */
export function sequenceFind(p: usize, v: Value, start: i64, stop: i64): i64 {
  for (let i = start; i < stop && i < <i64>seqLength(p); i++) {
    const eq = A.valuesEqual(seqItem(p, <i32>i), v);
    if (eq < 0) return -2;
    if (eq > 0) return i;
  }
  return -1;
}

/** Clips an index(x, start, stop) bound as CPython does: negatives count from the end, then 0. */
export function clipSearchBound(i: i64, length: i64): i64 {
  if (i < 0) {
    i += length;
    if (i < 0) i = 0;
  }
  return i;
}

// ---- operands of + and * ----

/**
 * A sequence's + or * slot found an operand it cannot use, with the sequence on the left.
 * CPython tries the right operand's number slot before the sequence fallback raises, and
 * binaryOp1 has not called it yet unless the right type is a subclass of the left: call it
 * now. Returns its result, or NOT_IMPLEMENTED when it declined or there is none.
 */
export function rightOperandTurn(a: Value, b: Value, nb: i32, own: usize): Value {
  const ta = A.typeOf(a);
  const tb = A.typeOf(b);
  const slot = getSlot(tb, SLOT_NB + nb);
  if (slot == 0 || slot == own || isSequenceSlot(slot, nb) || (ta != tb && isSubtype(tb, ta))) return NOT_IMPLEMENTED;
  return changetype<(a: Value, b: Value) => Value>(slot)(a, b);
}

/** True for the + or * slot of a builtin sequence type: it is a sequence fallback, not a number slot. */
function isSequenceSlot(slot: usize, nb: i32): bool {
  const at = SLOT_NB + nb;
  return slot == getSlot(listType, at) || slot == getSlot(tupleType, at) || slot == getSlot(strType, at) ||
    slot == getSlot(bytesType, at);
}

/** TypeError: can't multiply sequence by non-int of type 'T' */
export function raiseCantMultiply(other: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "can't multiply sequence by non-int of type '");
  appendStr(sb, A.typeNameOf(other));
  appendJs(sb, "'");
  return raiseStr(TypeError, finishBuilder(sb));
}

/** TypeError: can only concatenate list (not "T") to list */
export function raiseCantConcat(what: string, other: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'can only concatenate ');
  appendJs(sb, what);
  appendJs(sb, ' (not "');
  appendStr(sb, A.typeNameOf(other));
  appendJs(sb, '") to ');
  appendJs(sb, what);
  return raiseStr(TypeError, finishBuilder(sb));
}

/** The most items a list or tuple may hold (their storage size must fit 32-bit arithmetic). */
export const MAX_SEQUENCE_ITEMS: i64 = 1 << 28;
