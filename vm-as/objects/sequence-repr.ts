// repr of the builtin containers: "(1, 2)", "[1, 2]", "{1: 2}", with CPython's recursion
// guard ("[...]" for a list that contains itself).

import { Value, NULL, ptrOf, ptrValue } from '../value';
import * as A from '../abstract';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from './strbuilder';
import { pushTempRoot, popTempRoots } from '../gc';

/** Objects whose repr is being computed (to print "..." for cycles), innermost last. */
const REPR_STACK_SIZE: i32 = 1024;
const reprStack = memory.data(REPR_STACK_SIZE * 4);
let reprDepth: i32 = 0;

/** True when obj's repr is already in progress (a cycle); else marks it as in progress. */
export function reprEnter(obj: usize): bool {
  for (let i = 0; i < reprDepth; i++) if (load<u32>(reprStack + (<usize>i << 2)) == <u32>obj) return true;
  if (reprDepth < REPR_STACK_SIZE) store<u32>(reprStack + (<usize>reprDepth << 2), <u32>obj);
  reprDepth++;
  return false;
}

export function reprLeave(): void {
  reprDepth--;
}

/** Appends repr(item) for each of n values at `items` (re-read through getItems, which may move). */
export function reprItems(sb: usize, open: u32, close: u32, getItem: (owner: usize, i: i32) => Value,
  getLength: (owner: usize) => i32, owner: usize, trailingCommaForOne: bool): bool {
  appendCodePoint(sb, open);
  for (let i = 0; i < getLength(owner); i++) {
    if (i > 0) appendJs(sb, ', ');
    const r = A.reprOf(getItem(owner, i));
    if (r == 0) return false;
    appendStr(sb, r);
  }
  if (trailingCommaForOne && getLength(owner) == 1) appendCodePoint(sb, 0x2C);
  appendCodePoint(sb, close);
  return true;
}

/** Builds the repr of a sequence with the cycle guard and GC rooting around Python calls. */
export function sequenceRepr(v: Value, open: u32, close: u32, getItem: (owner: usize, i: i32) => Value,
  getLength: (owner: usize) => i32, trailingCommaForOne: bool, cycleText: string): Value {
  const p = ptrOf(v);
  if (getLength(p) == 0) {
    const sb = newBuilder(2);
    appendCodePoint(sb, open);
    appendCodePoint(sb, close);
    return ptrValue(finishBuilder(sb));
  }
  if (reprEnter(p)) {
    const sb = newBuilder();
    appendJs(sb, cycleText);
    return ptrValue(finishBuilder(sb));
  }
  const sb = newBuilder();
  pushTempRoot(ptrValue(sb));
  const ok = reprItems(sb, open, close, getItem, getLength, p, trailingCommaForOne);
  popTempRoots(1);
  reprLeave();
  return ok ? ptrValue(finishBuilder(sb)) : NULL;
}
