// list: a growable array of values.
//
// Layout (kind KIND_LIST):
//   +8  u32 length
//   +12 u32 capacity
//   +16 u32 items      KIND_VALUES storage (0 when capacity is 0); the values start 8 bytes in

import { alloc, allocChecked } from '../heap';
import { allocExtended } from './extended';
import { KIND_LIST, KIND_VALUES } from '../object';
import { Value, NULL } from '../value';

export const LIST_LENGTH: usize = 8;
export const LIST_CAPACITY: usize = 12;
export const LIST_ITEMS: usize = 16;
export const LIST_SIZE: usize = 24;

export let listType: usize = 0;
export function setListType(t: usize): void {
  listType = t;
}

export function newListOfType(type: usize, capacity: i32): usize {
  const l = allocExtended(LIST_SIZE, type, KIND_LIST);
  if (capacity > 0 && !setCapacity(l, capacity)) return 0;
  return l;
}

/** An empty list with room for `capacity` items; 0 when beyond the memory limit. */
export function newList(capacity: i32): usize {
  return newListOfType(listType, capacity);
}

// @ts-ignore: decorator
@inline export function listLength(l: usize): i32 {
  return <i32>load<u32>(l + LIST_LENGTH);
}

/** Address of the first item (valid while the list is not resized). */
// @ts-ignore: decorator
@inline export function listItems(l: usize): usize {
  return <usize>load<u32>(l + LIST_ITEMS) + 8;
}

// @ts-ignore: decorator
@inline export function listGet(l: usize, i: i32): Value {
  return load<u64>(listItems(l) + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline export function listSet(l: usize, i: i32, v: Value): void {
  store<u64>(listItems(l) + (<usize>i << 3), v);
}

/** Reallocates the storage for exactly `capacity` items; false past the memory limit. */
export function setCapacity(l: usize, capacity: i32): bool {
  const items = allocChecked(8 + (<usize>capacity << 3), 0, KIND_VALUES);
  if (items == 0) return false;
  const old = <usize>load<u32>(l + LIST_ITEMS);
  const n = listLength(l);
  if (old != 0) memory.copy(items + 8, old + 8, <usize>min(n, capacity) << 3);
  store<u32>(l + LIST_ITEMS, <u32>items);
  store<u32>(l + LIST_CAPACITY, <u32>capacity);
  return true;
}

/** Makes room for n items in total, growing as CPython does (about 1/8 over); false on MemoryError. */
export function listReserve(l: usize, n: i32): bool {
  if (<u32>n <= load<u32>(l + LIST_CAPACITY)) return true;
  const grown = (n + (n >> 3) + (n < 9 ? 3 : 6)) & ~3;
  return setCapacity(l, grown);
}

/** Appends a value; false on MemoryError (not raised here). */
export function listAppend(l: usize, v: Value): bool {
  const n = listLength(l);
  if (!listReserve(l, n + 1)) return false;
  store<u64>(listItems(l) + (<usize>n << 3), v);
  store<u32>(l + LIST_LENGTH, <u32>(n + 1));
  return true;
}

/** Sets the length (after the caller filled or dropped items; capacity must suffice). */
export function setListLength(l: usize, n: i32): void {
  const old = listLength(l);
  for (let i = n; i < old; i++) store<u64>(listItems(l) + (<usize>i << 3), NULL);
  store<u32>(l + LIST_LENGTH, <u32>n);
}

/** Makes the list empty and drops its storage. */
export function listClear(l: usize): void {
  store<u32>(l + LIST_LENGTH, 0);
  store<u32>(l + LIST_CAPACITY, 0);
  store<u32>(l + LIST_ITEMS, 0);
}

/**
 * Replaces items [lo, hi) with the n values at src (which must not point into this list's
 * storage); false on MemoryError (not raised here). The storage shrinks, as CPython's
 * list_resize, when the list falls under half its capacity.
 */
export function listReplace(l: usize, lo: i32, hi: i32, src: usize, n: i32): bool {
  const length = listLength(l);
  const newLength = length - (hi - lo) + n;
  if (newLength > length && !listReserve(l, newLength)) return false;
  const items = listItems(l);
  if (newLength != length) {
    memory.copy(items + (<usize>(lo + n) << 3), items + (<usize>hi << 3), <usize>(length - hi) << 3);
  }
  if (n > 0) memory.copy(items + (<usize>lo << 3), src, <usize>n << 3);
  setListLength(l, newLength);
  shrinkToFit(l);
  return true;
}

/** Inserts v before index i (0 <= i <= length); false on MemoryError. */
export function listInsert(l: usize, i: i32, v: Value): bool {
  const n = listLength(l);
  if (!listReserve(l, n + 1)) return false;
  const items = listItems(l);
  memory.copy(items + (<usize>(i + 1) << 3), items + (<usize>i << 3), <usize>(n - i) << 3);
  store<u64>(items + (<usize>i << 3), v);
  store<u32>(l + LIST_LENGTH, <u32>(n + 1));
  return true;
}

/** Removes and returns item i (0 <= i < length). */
export function listRemoveAt(l: usize, i: i32): Value {
  const n = listLength(l);
  const items = listItems(l);
  const v = load<u64>(items + (<usize>i << 3));
  memory.copy(items + (<usize>i << 3), items + (<usize>(i + 1) << 3), <usize>(n - 1 - i) << 3);
  setListLength(l, n - 1);
  shrinkToFit(l);
  return v;
}

/** Gives back storage when the list has fallen under half of it (CPython's list_resize rule). */
function shrinkToFit(l: usize): void {
  const n = listLength(l);
  const capacity = <i32>load<u32>(l + LIST_CAPACITY);
  if (n >= (capacity >> 1)) return;
  if (n == 0) {
    listClear(l);
    return;
  }
  const smaller = (n + (n >> 3) + 6) & ~3;
  if (smaller < capacity) setCapacity(l, smaller);
}

/** The storage object the collector traces (0 when none). */
export function listStorage(l: usize): usize {
  return <usize>load<u32>(l + LIST_ITEMS);
}
