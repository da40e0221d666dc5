// tuple: an immutable array of values.
//
// Layout (kind KIND_TUPLE):
//   +8  u32 length
//   +16 the items (u64 each)

import { alloc, allocChecked } from '../heap';
import { KIND_TUPLE } from '../object';
import { Value, ptrValue } from '../value';

export const TUPLE_LENGTH: usize = 8;
export const TUPLE_ITEMS: usize = 16;

export let tupleType: usize = 0;
export function setTupleType(t: usize): void {
  tupleType = t;
}

/** The empty tuple, shared as CPython shares it. */
export let emptyTuple: usize = 0;

export function initEmptyTuple(): void {
  emptyTuple = alloc(TUPLE_ITEMS, tupleType, KIND_TUPLE);
}

/** A tuple of `length` items, all NULL until the caller fills them; 0 past the memory limit. */
export function newTuple(length: i32): usize {
  if (length == 0 && emptyTuple != 0) return emptyTuple;
  return newTupleOfType(tupleType, length);
}

/** A tuple of a tuple subclass (never shared, even when empty); 0 past the memory limit. */
export function newTupleOfType(type: usize, length: i32): usize {
  const t = allocChecked(TUPLE_ITEMS + (<usize>length << 3), type, KIND_TUPLE);
  if (t == 0) return 0;
  store<u32>(t + TUPLE_LENGTH, <u32>length);
  return t;
}

// @ts-ignore: decorator
@inline export function tupleLength(t: usize): i32 {
  return <i32>load<u32>(t + TUPLE_LENGTH);
}

// @ts-ignore: decorator
@inline export function tupleItems(t: usize): usize {
  return t + TUPLE_ITEMS;
}

// @ts-ignore: decorator
@inline export function tupleGet(t: usize, i: i32): Value {
  return load<u64>(t + TUPLE_ITEMS + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline export function tupleSet(t: usize, i: i32, v: Value): void {
  store<u64>(t + TUPLE_ITEMS + (<usize>i << 3), v);
}

export function tuple1(a: Value): usize {
  const t = newTuple(1);
  tupleSet(t, 0, a);
  return t;
}

export function tuple2(a: Value, b: Value): usize {
  const t = newTuple(2);
  tupleSet(t, 0, a);
  tupleSet(t, 1, b);
  return t;
}

export function tuple3(a: Value, b: Value, c: Value): usize {
  const t = newTuple(3);
  tupleSet(t, 0, a);
  tupleSet(t, 1, b);
  tupleSet(t, 2, c);
  return t;
}

/** A tuple holding `length` values copied from memory at `items`. */
export function tupleFromArray(items: usize, length: i32): usize {
  const t = newTuple(length);
  if (t == 0) return 0;
  memory.copy(t + TUPLE_ITEMS, items, <usize>length << 3);
  return t;
}

// @ts-ignore: decorator
@inline export function tupleValue(t: usize): Value {
  return ptrValue(t);
}
