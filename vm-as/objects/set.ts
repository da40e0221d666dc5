// set and frozenset: CPython's open-addressing table (linear probes of 9, then perturbed
// jumps), with the same sizes and resize rules, so a set iterates in the order CPython's does.
//
// Layout (kind KIND_SET; frozenset shares it):
//   +8  u32 used     live keys
//   +12 u32 fill     live keys and dummies
//   +16 u32 mask     table size - 1
//   +20 u32 table    KIND_VALUES: (key, hash as a small-int-free raw u64) per slot; see below
//   +24 i64 hash     frozenset's cached hash (-1 until computed)
// A slot is (key, hash): key NULL and hash 0 is unused; key DUMMY is a deleted entry. The
// table is KIND_VALUES, so the collector traces the keys; hashes are stored as floats' bit
// patterns would be read by it — never pointers, because they are written with the pointer tag
// cleared (see storeHash).

import { alloc } from '../heap';
import { KIND_SET, KIND_VALUES } from '../object';
import { Value, NULL, ptrValue } from '../value';
import { hashValue, valuesEqual } from '../abstract';
import { tupleLength, tupleGet } from './tuple';
import { isPtr, ptrOf } from '../value';
import { kindOfPtr, KIND_STR } from '../object';
import { strEquals } from './str';

export const SET_USED: usize = 8;
export const SET_FILL: usize = 12;
export const SET_MASK: usize = 16;
export const SET_TABLE: usize = 20;
export const SET_HASH: usize = 24;
export const SET_SIZE: usize = 32;

const MIN_SIZE: u32 = 8;
const LINEAR_PROBES: u32 = 9;
const PERTURB_SHIFT: u32 = 5;
/** The key of a deleted slot: a value no Python object can be (a tagged special). */
export const DUMMY: Value = 0xFFFA_0000_0000_00FF;

export let setType: usize = 0;
export let frozensetType: usize = 0;
export function setSetTypes(s: usize, f: usize): void {
  setType = s;
  frozensetType = f;
}

export function newSetOfType(type: usize): usize {
  const s = alloc(SET_SIZE, type, KIND_SET);
  store<i64>(s + SET_HASH, -1);
  allocTable(s, MIN_SIZE);
  return s;
}

export function newSet(): usize {
  return newSetOfType(setType);
}

function allocTable(s: usize, size: u32): void {
  const t = alloc(8 + (<usize>size << 4), 0, KIND_VALUES);
  store<u32>(s + SET_TABLE, <u32>(t + 8));
  store<u32>(s + SET_MASK, size - 1);
  store<u32>(s + SET_FILL, 0);
  store<u32>(s + SET_USED, 0);
}

// @ts-ignore: decorator
@inline export function setLength(s: usize): i32 {
  return <i32>load<u32>(s + SET_USED);
}

// @ts-ignore: decorator
@inline function slotAt(s: usize, i: u64): usize {
  return <usize>load<u32>(s + SET_TABLE) + (<usize>i << 4);
}

/**
 * Hashes live in the VALUES table next to keys; the collector must never take one for a
 * pointer, so the pointer tag pattern is folded away (the stored form is only compared with
 * itself, and probing uses the real hash).
 */
// @ts-ignore: decorator
@inline function storedHash(h: i64): u64 {
  return (<u64>h >> 48) == 0xFFFC ? <u64>h ^ (<u64>1 << 49) : <u64>h;
}

// @ts-ignore: decorator
@inline function sameKey(a: Value, b: Value): bool {
  if (a == b) return true;
  if (!isPtr(a) || !isPtr(b)) return false;
  const pa = ptrOf(a);
  const pb = ptrOf(b);
  return kindOfPtr(pa) == KIND_STR && kindOfPtr(pb) == KIND_STR && strEquals(pa, pb);
}

/** Adds key; returns -1 on error (unhashable, or __eq__ raised). */
export function setAdd(s: usize, key: Value): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  return setAddWithHash(s, key, h);
}

export function setAddWithHash(s: usize, key: Value, hash: i64): i32 {
  const sh = storedHash(hash);
  while (true) {
    const mask = <u64>load<u32>(s + SET_MASK);
    const table = load<u32>(s + SET_TABLE);
    let i = <u64>hash & mask;
    let perturb = <u64>hash;
    let freeSlot: usize = 0;
    let restart = false;
    while (!restart) {
      let entry = slotAt(s, i);
      let probes = i + <u64>LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      while (true) {
        const k = load<u64>(entry);
        if (k == NULL && load<u64>(entry, 8) == 0) {
          return insertAt(s, freeSlot != 0 ? freeSlot : entry, key, sh, freeSlot != 0);
        }
        if (k == DUMMY) {
          if (freeSlot == 0) freeSlot = entry;
        } else if (load<u64>(entry, 8) == sh) {
          if (sameKey(k, key)) return 0;
          const eq = valuesEqual(k, key);
          if (eq < 0) return -1;
          if (eq > 0) return 0;
          if (load<u32>(s + SET_TABLE) != table || load<u64>(entry) != k) {
            restart = true;
            break;
          }
        }
        if (probes == 0) break;
        probes--;
        entry += 16;
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  return 0;
}

function insertAt(s: usize, entry: usize, key: Value, sh: u64, reusingDummy: bool): i32 {
  store<u64>(entry, key);
  store<u64>(entry, sh, 8);
  store<u32>(s + SET_USED, load<u32>(s + SET_USED) + 1);
  if (reusingDummy) return 0;
  const fill = load<u32>(s + SET_FILL) + 1;
  store<u32>(s + SET_FILL, fill);
  const mask = load<u32>(s + SET_MASK);
  if (<u64>fill * 5 < <u64>mask * 3) return 0;
  const used = load<u32>(s + SET_USED);
  resize(s, used > 50000 ? used * 2 : used * 4);
  return 0;
}

/** Rebuilds the table with room for minUsed keys, dropping dummies (CPython's set_table_resize). */
function resize(s: usize, minUsed: u32): void {
  let size = MIN_SIZE;
  while (size <= minUsed) size <<= 1;
  const oldTable = <usize>load<u32>(s + SET_TABLE);
  const oldSize = load<u32>(s + SET_MASK) + 1;
  const used = load<u32>(s + SET_USED);
  allocTable(s, size);
  for (let i: u32 = 0; i < oldSize; i++) {
    const at = oldTable + (<usize>i << 4);
    const k = load<u64>(at);
    if (k != NULL && k != DUMMY) insertClean(s, k, load<u64>(at, 8), realHash(k, load<u64>(at, 8)));
  }
  store<u32>(s + SET_USED, used);
  store<u32>(s + SET_FILL, used);
}

/** The probing hash of a stored entry (undoing storedHash's folding when it applied). */
function realHash(key: Value, sh: u64): i64 {
  if ((sh >> 48) == (0xFFFC ^ 2)) return hashValue(key);
  return <i64>sh;
}

function insertClean(s: usize, key: Value, sh: u64, hash: i64): void {
  const mask = <u64>load<u32>(s + SET_MASK);
  let perturb = <u64>hash;
  let i = <u64>hash & mask;
  while (true) {
    let entry = slotAt(s, i);
    if (load<u64>(entry) == NULL) {
      store<u64>(entry, key);
      store<u64>(entry, sh, 8);
      return;
    }
    if (i + <u64>LINEAR_PROBES <= mask) {
      for (let j: u32 = 0; j < LINEAR_PROBES; j++) {
        entry += 16;
        if (load<u64>(entry) == NULL) {
          store<u64>(entry, key);
          store<u64>(entry, sh, 8);
          return;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/** The slot holding key, 0 when absent, or 1 with an exception set. */
export function setFindSlot(s: usize, key: Value, hash: i64): usize {
  const sh = storedHash(hash);
  const mask = <u64>load<u32>(s + SET_MASK);
  let i = <u64>hash & mask;
  let perturb = <u64>hash;
  while (true) {
    let entry = slotAt(s, i);
    let probes = i + <u64>LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    while (true) {
      const k = load<u64>(entry);
      if (k == NULL && load<u64>(entry, 8) == 0) return 0;
      if (k != DUMMY && load<u64>(entry, 8) == sh) {
        if (sameKey(k, key)) return entry;
        const table = load<u32>(s + SET_TABLE);
        const eq = valuesEqual(k, key);
        if (eq < 0) return 1;
        if (eq > 0) return entry;
        if (load<u32>(s + SET_TABLE) != table || load<u64>(entry) != k) return setFindSlot(s, key, hash);
      }
      if (probes == 0) break;
      probes--;
      entry += 16;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
  return 0;
}

/** 1 when key is in the set, 0 when not, -1 on error. */
export function setContains(s: usize, key: Value): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  const slot = setFindSlot(s, key, h);
  return slot == 1 ? -1 : slot != 0 ? 1 : 0;
}

/** Removes key: 1 when it was there, 0 when not, -1 on error. */
export function setDiscard(s: usize, key: Value): i32 {
  const h = hashValue(key);
  if (h == -1) return -1;
  const slot = setFindSlot(s, key, h);
  if (slot == 1) return -1;
  if (slot == 0) return 0;
  store<u64>(slot, DUMMY);
  store<u64>(slot, <u64>-1, 8);
  store<u32>(s + SET_USED, load<u32>(s + SET_USED) - 1);
  return 1;
}

/** Iteration: the next slot index at or after pos holding a key, or -1. */
export function setNextSlot(s: usize, pos: i32): i32 {
  const size = <i32>load<u32>(s + SET_MASK) + 1;
  for (let i = pos; i < size; i++) {
    const k = load<u64>(slotAt(s, <u64>i));
    if (k != NULL && k != DUMMY) return i;
  }
  return -1;
}

export function setKeyAt(s: usize, slot: i32): Value {
  return load<u64>(slotAt(s, <u64>slot));
}

export function setTableStorage(s: usize): usize {
  return <usize>load<u32>(s + SET_TABLE) - 8;
}

export function newFrozenSetFromTuple(t: usize): usize {
  const s = newSetOfType(frozensetType);
  const n = tupleLength(t);
  for (let i = 0; i < n; i++) setAdd(s, tupleGet(t, i));
  return s;
}

export { ptrValue };
