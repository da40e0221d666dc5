// set and frozenset: CPython's open-addressing table (runs of linear probes, then perturbed
// jumps), with its sizes, resize rules and insertion algorithms, so that a set iterates in
// the order CPython's does.
//
// Layout (kind KIND_SET; frozenset shares it):
//   +8  u32 used     live keys
//   +12 u32 fill     live keys and dummies
//   +16 u32 mask     table size - 1
//   +20 u32 keys     KIND_VALUES: one key per slot — NULL unused, DUMMY deleted
//   +24 i64 hash     frozenset's cached hash (-1 until computed)
//   +32 u32 hashes   KIND_RAW: the i64 hash of each slot's key (0 unused, -1 deleted)
//   +36 u32 finger   where set.pop() looks next
// Keys and hashes are separate objects so that the collector, which reads every word of a
// KIND_VALUES object as a value, never sees a hash.

import { alloc } from '../heap';
import { allocExtended } from './extended';
import { KIND_SET, KIND_VALUES, KIND_RAW, KIND_STR, kindOfPtr, typeOfPtr } from '../object';
import { Value, NULL, isPtr, ptrOf, ptrValue } from '../value';
import { hashValue, valuesEqual } from '../abstract';
import { tupleLength, tupleGet } from './tuple';
import { strEquals, strType } from './str';

export const SET_USED: usize = 8;
export const SET_FILL: usize = 12;
export const SET_MASK: usize = 16;
export const SET_KEYS: usize = 20;
export const SET_HASH: usize = 24;
export const SET_HASHES: usize = 32;
export const SET_FINGER: usize = 36;
export const SET_SIZE: usize = 40;

const MIN_SIZE: u32 = 8;
const LINEAR_PROBES: u64 = 9;
const PERTURB_SHIFT: u64 = 5;
/** The key of a deleted slot: a value no Python object can be (a tagged special). */
export const DUMMY: Value = 0xFFFA_0000_0000_00FF;

export let setType: usize = 0;
export let frozensetType: usize = 0;
export function setSetTypes(s: usize, f: usize): void {
  setType = s;
  frozensetType = f;
}

export function newSetOfType(type: usize): usize {
  const s = allocExtended(SET_SIZE, type, KIND_SET);
  store<i64>(s + SET_HASH, -1);
  allocTable(s, MIN_SIZE);
  return s;
}

export function newSet(): usize {
  return newSetOfType(setType);
}

/** Gives the set a fresh empty table of `size` slots. */
function allocTable(s: usize, size: u32): void {
  const keys = alloc(8 + (<usize>size << 3), 0, KIND_VALUES) + 8;
  for (let i: u32 = 0; i < size; i++) store<u64>(keys + (<usize>i << 3), NULL);
  const hashes = alloc(8 + (<usize>size << 3), 0, KIND_RAW) + 8;
  store<u32>(s + SET_KEYS, <u32>keys);
  store<u32>(s + SET_HASHES, <u32>hashes);
  store<u32>(s + SET_MASK, size - 1);
  store<u32>(s + SET_FILL, 0);
  store<u32>(s + SET_USED, 0);
}

// @ts-ignore: decorator
@inline export function setLength(s: usize): i32 {
  return <i32>load<u32>(s + SET_USED);
}

// @ts-ignore: decorator
@inline function keyAt(s: usize, i: u64): usize {
  return <usize>load<u32>(s + SET_KEYS) + (<usize>i << 3);
}

// @ts-ignore: decorator
@inline function hashAt(s: usize, i: u64): usize {
  return <usize>load<u32>(s + SET_HASHES) + (<usize>i << 3);
}

/** Equal without calling Python: the same value, or two exact strs with the same text. */
// @ts-ignore: decorator
@inline function sameKey(a: Value, b: Value): bool {
  if (a == b) return true;
  if (!isPtr(a) || !isPtr(b)) return false;
  const pa = ptrOf(a);
  const pb = ptrOf(b);
  return kindOfPtr(pa) == KIND_STR && kindOfPtr(pb) == KIND_STR && typeOfPtr(pa) == strType &&
    typeOfPtr(pb) == strType && strEquals(pa, pb);
}

/** Adds key; returns -1 on error (unhashable, or __eq__ raised). */
export function setAdd(s: usize, key: Value): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  return setAddWithHash(s, key, h);
}

/** CPython's set_add_entry: the new key takes the first dummy on its probe path, else the free slot it reaches. */
export function setAddWithHash(s: usize, key: Value, hash: i64): i32 {
  while (true) {
    let mask = <u64>load<u32>(s + SET_MASK);
    let i = <u64>hash & mask;
    let perturb = <u64>hash;
    let freeSlot: i64 = -1;
    let restart = false;
    while (!restart) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      while (true) {
        const h = load<i64>(hashAt(s, j));
        const k = load<u64>(keyAt(s, j));
        if (h == 0 && k == NULL) return insertAt(s, freeSlot >= 0 ? <u64>freeSlot : j, key, hash, freeSlot >= 0);
        if (h == hash) {
          if (sameKey(k, key)) return 0;
          const table = load<u32>(s + SET_KEYS);
          const eq = valuesEqual(k, key);
          if (eq > 0) return 0;
          if (eq < 0) return -1;
          if (load<u32>(s + SET_KEYS) != table || load<u64>(keyAt(s, j)) != k) {
            restart = true;
            break;
          }
          mask = <u64>load<u32>(s + SET_MASK);
        } else if (h == -1 && freeSlot < 0) {
          freeSlot = <i64>j;
        }
        if (probes == 0) break;
        probes--;
        j++;
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  return 0;
}

function insertAt(s: usize, slot: u64, key: Value, hash: i64, reusingDummy: bool): i32 {
  store<u64>(keyAt(s, slot), key);
  store<i64>(hashAt(s, slot), hash);
  store<u32>(s + SET_USED, load<u32>(s + SET_USED) + 1);
  if (reusingDummy) return 0;
  const fill = load<u32>(s + SET_FILL) + 1;
  store<u32>(s + SET_FILL, fill);
  if (<u64>fill * 5 < <u64>load<u32>(s + SET_MASK) * 3) return 0;
  const used = load<u32>(s + SET_USED);
  setTableResize(s, used > 50000 ? used * 2 : used * 4);
  return 0;
}

/** CPython's set_table_resize: a table with more than minUsed slots, dummies dropped, keys reinserted in slot order. */
export function setTableResize(s: usize, minUsed: u32): void {
  let size = MIN_SIZE;
  while (size <= minUsed) size <<= 1;
  const oldKeys = <usize>load<u32>(s + SET_KEYS);
  const oldHashes = <usize>load<u32>(s + SET_HASHES);
  const oldSize = load<u32>(s + SET_MASK) + 1;
  const used = load<u32>(s + SET_USED);
  allocTable(s, size);
  for (let i: u32 = 0; i < oldSize; i++) {
    const k = load<u64>(oldKeys + (<usize>i << 3));
    if (k != NULL && k != DUMMY) setInsertClean(s, k, load<i64>(oldHashes + (<usize>i << 3)));
  }
  store<u32>(s + SET_USED, used);
  store<u32>(s + SET_FILL, used);
}

/**
 * CPython's set_insert_clean: into the first free slot of the probe path, for a key known to
 * be absent from a table without dummies (fill and used are the caller's).
 */
export function setInsertClean(s: usize, key: Value, hash: i64): void {
  const mask = <u64>load<u32>(s + SET_MASK);
  let perturb = <u64>hash;
  let i = <u64>hash & mask;
  while (true) {
    let j = i;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    while (true) {
      if (load<u64>(keyAt(s, j)) == NULL) {
        store<u64>(keyAt(s, j), key);
        store<i64>(hashAt(s, j), hash);
        return;
      }
      if (probes == 0) break;
      probes--;
      j++;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/** CPython's set_lookkey: the slot index holding key, -1 when absent, -2 with an exception set. */
export function setLookup(s: usize, key: Value, hash: i64): i64 {
  let mask = <u64>load<u32>(s + SET_MASK);
  let i = <u64>hash & mask;
  let perturb = <u64>hash;
  while (true) {
    let j = i;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    while (true) {
      const h = load<i64>(hashAt(s, j));
      const k = load<u64>(keyAt(s, j));
      if (h == 0 && k == NULL) return -1;
      if (h == hash) {
        if (sameKey(k, key)) return <i64>j;
        const table = load<u32>(s + SET_KEYS);
        const eq = valuesEqual(k, key);
        if (eq < 0) return -2;
        if (load<u32>(s + SET_KEYS) != table || load<u64>(keyAt(s, j)) != k) return setLookup(s, key, hash);
        if (eq > 0) return <i64>j;
        mask = <u64>load<u32>(s + SET_MASK);
      }
      if (probes == 0) break;
      probes--;
      j++;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
  return -1;
}

/** 1 when key is in the set, 0 when not, -1 on error. */
export function setContains(s: usize, key: Value): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  return setContainsWithHash(s, key, h);
}

export function setContainsWithHash(s: usize, key: Value, hash: i64): i32 {
  const slot = setLookup(s, key, hash);
  return slot == -2 ? -1 : slot >= 0 ? 1 : 0;
}

/** Removes key: 1 when it was there, 0 when not, -1 on error. */
export function setDiscard(s: usize, key: Value): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  return setDiscardWithHash(s, key, h);
}

export function setDiscardWithHash(s: usize, key: Value, hash: i64): i32 {
  const slot = setLookup(s, key, hash);
  if (slot == -2) return -1;
  if (slot == -1) return 0;
  removeSlot(s, <u64>slot);
  return 1;
}

function removeSlot(s: usize, slot: u64): void {
  store<u64>(keyAt(s, slot), DUMMY);
  store<i64>(hashAt(s, slot), -1);
  store<u32>(s + SET_USED, load<u32>(s + SET_USED) - 1);
}

/** set.pop()'s removal: the first key from the finger on (wrapping); NULL when empty. */
export function setPopKey(s: usize): Value {
  if (setLength(s) == 0) return NULL;
  const mask = <u64>load<u32>(s + SET_MASK);
  let i = <u64>load<u32>(s + SET_FINGER) & mask;
  while (true) {
    const k = load<u64>(keyAt(s, i));
    if (k != NULL && k != DUMMY) break;
    i = i == mask ? 0 : i + 1;
  }
  const key = load<u64>(keyAt(s, i));
  removeSlot(s, i);
  store<u32>(s + SET_FINGER, <u32>(i + 1));
  return key;
}

/** Empties the set (a fresh minimal table). */
export function setClear(s: usize): void {
  allocTable(s, MIN_SIZE);
}

/** Exchanges the tables of two sets (CPython's set_swap_bodies, frozenset hashes included). */
export function setSwapBodies(a: usize, b: usize): void {
  for (let off: usize = SET_USED; off < SET_SIZE; off += 4) {
    const t = load<u32>(a + off);
    store<u32>(a + off, load<u32>(b + off));
    store<u32>(b + off, t);
  }
}

/** Iteration: the next slot index at or after pos holding a key, or -1. */
export function setNextSlot(s: usize, pos: i32): i32 {
  const size = <i32>load<u32>(s + SET_MASK) + 1;
  for (let i = pos; i < size; i++) {
    const k = load<u64>(keyAt(s, <u64>i));
    if (k != NULL && k != DUMMY) return i;
  }
  return -1;
}

// @ts-ignore: decorator
@inline export function setKeyAt(s: usize, slot: i32): Value {
  return load<u64>(keyAt(s, <u64>slot));
}

// @ts-ignore: decorator
@inline export function setHashAt(s: usize, slot: i32): i64 {
  return load<i64>(hashAt(s, <u64>slot));
}

/** The table mask (size - 1) and fill, for the algorithms that size a table up front. */
// @ts-ignore: decorator
@inline export function setMask(s: usize): u32 {
  return load<u32>(s + SET_MASK);
}

// @ts-ignore: decorator
@inline export function setFill(s: usize): u32 {
  return load<u32>(s + SET_FILL);
}

/** Sets used and fill after building a table with setInsertClean or setCopySlots. */
export function setCounts(s: usize, used: u32, fill: u32): void {
  store<u32>(s + SET_USED, used);
  store<u32>(s + SET_FILL, fill);
}

/** Copies every live slot of `from` to the same slot of `to` (same size, `to` empty). */
export function setCopySlots(to: usize, from: usize): void {
  const size = load<u32>(from + SET_MASK) + 1;
  for (let i: u32 = 0; i < size; i++) {
    const k = load<u64>(keyAt(from, i));
    if (k != NULL && k != DUMMY) {
      store<u64>(keyAt(to, i), k);
      store<i64>(hashAt(to, i), load<i64>(hashAt(from, i)));
    }
  }
}

/** The storage objects the collector must mark. */
export function setKeysStorage(s: usize): usize {
  return <usize>load<u32>(s + SET_KEYS) - 8;
}

export function setHashesStorage(s: usize): usize {
  return <usize>load<u32>(s + SET_HASHES) - 8;
}

/**
 * A frozenset constant of a code image, from its items in source order. CPython's compiler
 * builds such a constant twice — frozenset(items), then, merging constants, a frozenset of
 * that one's items in its iteration order — and the second's table decides the iteration
 * order a program sees; build it the same way.
 */
export function newFrozenSetFromTuple(t: usize): usize {
  const first = newSetOfType(frozensetType);
  const n = tupleLength(t);
  for (let i = 0; i < n; i++) setAdd(first, tupleGet(t, i));
  if (n == 0) return first;
  const s = newSetOfType(frozensetType);
  for (let i = setNextSlot(first, 0); i >= 0; i = setNextSlot(first, i + 1)) {
    setAddWithHash(s, setKeyAt(first, i), setHashAt(first, i));
  }
  return s;
}

export { ptrValue };
