// dict: CPython's compact, insertion-ordered hash table. An index table of slots points into
// an array of entries kept in insertion order, so iteration is the order of insertion and
// deletion leaves a hole (NULL key) until the next resize compacts the entries.
//
// Layout (kind KIND_DICT):
//   +8  u32 used       live entries
//   +12 u32 filled     entries appended so far (live and deleted)
//   +16 u32 capacity   entries the storage can hold
//   +20 u32 indexSize  slots in the index table (a power of two; 0 before the first insert)
//   +24 u32 table      KIND_RAW: i32 slots (-1 empty, -2 deleted, else entry index), then
//                      i64 hashes, one per entry
//   +28 u32 entries    KIND_VALUES: (key, value) per entry
//   +32 u32 version    changes on every mutation (global-variable caches check it)
//   +36 u32 keyMask    bit (hash & 31) set for every key ever inserted: a quick "certainly
//                      absent" test (the attribute cache uses it to know an instance doesn't
//                      shadow a method without a lookup)

import { alloc } from '../heap';
import { allocExtended } from './extended';
import { KIND_DICT, KIND_RAW, KIND_VALUES } from '../object';
import { Value, NULL, ptrValue } from '../value';
import { hashValue, valuesEqual } from '../abstract';
import { STR_HASH, strEquals } from './str';
import { isPtr, ptrOf } from '../value';
import { kindOfPtr, KIND_STR } from '../object';

export const DICT_USED: usize = 8;
export const DICT_FILLED: usize = 12;
export const DICT_CAPACITY: usize = 16;
export const DICT_INDEX_SIZE: usize = 20;
export const DICT_TABLE: usize = 24;
export const DICT_ENTRIES: usize = 28;
export const DICT_VERSION: usize = 32;
export const DICT_KEYMASK: usize = 36;
export const DICT_SIZE: usize = 40;

const SLOT_EMPTY: i32 = -1;
const SLOT_DELETED: i32 = -2;
const MIN_INDEX_SIZE: u32 = 8;
/** Lookup results: an entry index, or one of these. */
const NOT_FOUND: i32 = -1;
const LOOKUP_ERROR: i32 = -2;

export let dictType: usize = 0;
export function setDictType(t: usize): void {
  dictType = t;
}

let versionCounter: u32 = 0;

export function newDict(): usize {
  return newDictOfType(dictType);
}

export function newDictOfType(type: usize): usize {
  const d = allocExtended(DICT_SIZE, type, KIND_DICT);
  store<u32>(d + DICT_VERSION, ++versionCounter);
  return d;
}

// @ts-ignore: decorator
@inline export function dictLength(d: usize): i32 {
  return <i32>load<u32>(d + DICT_USED);
}

// @ts-ignore: decorator
@inline export function dictVersion(d: usize): u32 {
  return load<u32>(d + DICT_VERSION);
}

/** A fresh version number (for code that changes a dict's entries directly, like the attribute cache). */
// @ts-ignore: decorator
@inline export function nextDictVersion(): u32 {
  return ++versionCounter;
}

// @ts-ignore: decorator
@inline function touch(d: usize): void {
  store<u32>(d + DICT_VERSION, ++versionCounter);
}

// @ts-ignore: decorator
@inline function slotsOf(d: usize): usize {
  return <usize>load<u32>(d + DICT_TABLE);
}

// @ts-ignore: decorator
@inline function hashesOf(d: usize): usize {
  return slotsOf(d) + (<usize>load<u32>(d + DICT_INDEX_SIZE) << 2);
}

// @ts-ignore: decorator
@inline export function entryKey(d: usize, i: i32): Value {
  return load<u64>(<usize>load<u32>(d + DICT_ENTRIES) + (<usize>i << 4));
}

// @ts-ignore: decorator
@inline export function entryValue(d: usize, i: i32): Value {
  return load<u64>(<usize>load<u32>(d + DICT_ENTRIES) + (<usize>i << 4) + 8);
}

// @ts-ignore: decorator
@inline function setEntryValue(d: usize, i: i32, v: Value): void {
  store<u64>(<usize>load<u32>(d + DICT_ENTRIES) + (<usize>i << 4) + 8, v);
}

// @ts-ignore: decorator
@inline export function entryHash(d: usize, i: i32): i64 {
  return load<i64>(hashesOf(d) + (<usize>i << 3));
}

/** True when a and b are the same str or equal strs: the fast path for name lookups. */
// @ts-ignore: decorator
@inline function sameStr(a: Value, b: Value): bool {
  if (a == b) return true;
  if (!isPtr(a) || !isPtr(b)) return false;
  const pa = ptrOf(a);
  const pb = ptrOf(b);
  return kindOfPtr(pa) == KIND_STR && kindOfPtr(pb) == KIND_STR &&
    load<i64>(pa + STR_HASH) == load<i64>(pb + STR_HASH) && strEquals(pa, pb);
}

/**
 * Finds the entry holding `key` (whose hash is `hash`): its index, NOT_FOUND, or LOOKUP_ERROR
 * when a key comparison raised.
 */
function lookup(d: usize, key: Value, hash: i64): i32 {
  const size = load<u32>(d + DICT_INDEX_SIZE);
  if (size == 0) return NOT_FOUND;
  const mask = <u64>(size - 1);
  const slots = slotsOf(d);
  let perturb = <u64>hash;
  let i = <u64>hash & mask;
  while (true) {
    const ix = load<i32>(slots + (<usize>i << 2));
    if (ix == SLOT_EMPTY) return NOT_FOUND;
    if (ix >= 0) {
      const k = entryKey(d, ix);
      if (k == key) return ix;
      if (entryHash(d, ix) == hash) {
        if (sameStr(k, key)) return ix;
        const version = dictVersion(d);
        const eq = valuesEqual(k, key);
        if (eq < 0) return LOOKUP_ERROR;
        // A comparison that ran Python code may have changed the dict: look again.
        if (dictVersion(d) != version) return lookup(d, key, hash);
        if (eq > 0) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** The slot where a new entry for `hash` goes (the key is known to be absent). */
function freeSlot(d: usize, hash: i64): usize {
  const mask = <u64>(load<u32>(d + DICT_INDEX_SIZE) - 1);
  const slots = slotsOf(d);
  let perturb = <u64>hash;
  let i = <u64>hash & mask;
  while (load<i32>(slots + (<usize>i << 2)) >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return slots + (<usize>i << 2);
}

/** Rebuilds the table for at least `minUsed` entries, compacting deleted entries away. */
function resize(d: usize, minUsed: u32): void {
  let size = MIN_INDEX_SIZE;
  while (size * 2 < minUsed * 3) size <<= 1;
  const capacity = (size * 2) / 3;
  const oldEntries = <usize>load<u32>(d + DICT_ENTRIES);
  const oldHashes = load<u32>(d + DICT_INDEX_SIZE) != 0 ? hashesOf(d) : 0;
  const filled = <i32>load<u32>(d + DICT_FILLED);

  const table = alloc(8 + (<usize>size << 2) + (<usize>capacity << 3), 0, KIND_RAW) + 8;
  const entries = alloc(8 + (<usize>capacity << 4), 0, KIND_VALUES) + 8;
  memory.fill(table, 0xFF, <usize>size << 2);
  store<u32>(d + DICT_TABLE, <u32>table);
  store<u32>(d + DICT_ENTRIES, <u32>entries);
  store<u32>(d + DICT_INDEX_SIZE, size);
  store<u32>(d + DICT_CAPACITY, capacity);

  let n = 0;
  for (let i = 0; i < filled; i++) {
    const k = load<u64>(oldEntries + (<usize>i << 4));
    if (k == NULL) continue;
    const h = load<i64>(oldHashes + (<usize>i << 3));
    store<u64>(entries + (<usize>n << 4), k);
    store<u64>(entries + (<usize>n << 4) + 8, load<u64>(oldEntries + (<usize>i << 4) + 8));
    store<i64>(table + (<usize>size << 2) + (<usize>n << 3), h);
    store<i32>(freeSlot(d, h), n);
    n++;
  }
  store<u32>(d + DICT_FILLED, <u32>n);
}

/** The entry index holding key (whose hash is known): -1 when absent, -2 when a comparison raised. */
export function dictLookup(d: usize, key: Value, hash: i64): i32 {
  return lookup(d, key, hash);
}

/** d[key], or NULL: missing when no error is set, else the error (unhashable key, __eq__). */
export function dictGet(d: usize, key: Value): Value {
  const hash = hashValue(key);
  if (hash == -1) return NULL;
  return dictGetWithHash(d, key, hash);
}

export function dictGetWithHash(d: usize, key: Value, hash: i64): Value {
  const ix = lookup(d, key, hash);
  return ix >= 0 ? entryValue(d, ix) : NULL;
}

/** d[key] for a str key: no error is possible. */
export function dictGetStr(d: usize, key: usize): Value {
  const k = ptrValue(key);
  return dictGetWithHash(d, k, hashValue(k));
}

/** The entry index of a str key, or -1 (for caches that remember where a global lives). */
export function dictIndexOfStr(d: usize, key: usize): i32 {
  const k = ptrValue(key);
  const ix = lookup(d, k, hashValue(k));
  return ix >= 0 ? ix : -1;
}

/** d[key] = value; returns -1 on error. */
export function dictSet(d: usize, key: Value, value: Value): i32 {
  const hash = hashValue(key);
  if (hash == -1) return -1;
  return dictSetWithHash(d, key, hash, value);
}

export function dictSetWithHash(d: usize, key: Value, hash: i64, value: Value): i32 {
  const ix = lookup(d, key, hash);
  if (ix == LOOKUP_ERROR) return -1;
  if (ix >= 0) {
    setEntryValue(d, ix, value);
    touch(d);
    return 0;
  }
  const filled = load<u32>(d + DICT_FILLED);
  if (filled >= load<u32>(d + DICT_CAPACITY)) resize(d, load<u32>(d + DICT_USED) + 1);
  const n = <i32>load<u32>(d + DICT_FILLED);
  const entries = <usize>load<u32>(d + DICT_ENTRIES);
  store<u64>(entries + (<usize>n << 4), key);
  store<u64>(entries + (<usize>n << 4) + 8, value);
  store<i64>(hashesOf(d) + (<usize>n << 3), hash);
  store<i32>(freeSlot(d, hash), n);
  store<u32>(d + DICT_FILLED, <u32>(n + 1));
  store<u32>(d + DICT_USED, load<u32>(d + DICT_USED) + 1);
  store<u32>(d + DICT_KEYMASK, load<u32>(d + DICT_KEYMASK) | (1 << <u32>(hash & 31)));
  touch(d);
  return 0;
}

/** d[key] = value for a str key. */
export function dictSetStr(d: usize, key: usize, value: Value): void {
  const k = ptrValue(key);
  dictSetWithHash(d, k, hashValue(k), value);
}

/** del d[key]: 0 when removed, 1 when missing, -1 on error. */
export function dictDelete(d: usize, key: Value): i32 {
  const hash = hashValue(key);
  if (hash == -1) return -1;
  const ix = lookup(d, key, hash);
  if (ix == LOOKUP_ERROR) return -1;
  if (ix == NOT_FOUND) return 1;
  removeEntry(d, ix, hash);
  return 0;
}

function removeEntry(d: usize, ix: i32, hash: i64): void {
  const mask = <u64>(load<u32>(d + DICT_INDEX_SIZE) - 1);
  const slots = slotsOf(d);
  let perturb = <u64>hash;
  let i = <u64>hash & mask;
  while (load<i32>(slots + (<usize>i << 2)) != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  store<i32>(slots + (<usize>i << 2), SLOT_DELETED);
  const entries = <usize>load<u32>(d + DICT_ENTRIES);
  store<u64>(entries + (<usize>ix << 4), NULL);
  store<u64>(entries + (<usize>ix << 4) + 8, NULL);
  store<u32>(d + DICT_USED, load<u32>(d + DICT_USED) - 1);
  touch(d);
}

/** Deletes the entry at index ix (a live entry found by lookup). */
export function dictDeleteEntry(d: usize, ix: i32): void {
  removeEntry(d, ix, entryHash(d, ix));
}

/**
 * dict.popitem's removal: deletes the last live entry (index ix) and forgets the entry
 * positions after it, as CPython does (so the next insertion takes its place).
 */
export function dictDeleteLast(d: usize, ix: i32): void {
  dictDeleteEntry(d, ix);
  store<u32>(d + DICT_FILLED, <u32>ix);
}

/** A new dict of `type` with src's entries in src's order; no key comparisons (keys are distinct). */
export function dictCopyOfType(src: usize, type: usize): usize {
  const d = newDictOfType(type);
  const used = load<u32>(src + DICT_USED);
  if (used == 0) return d;
  resize(d, used);
  const entries = <usize>load<u32>(d + DICT_ENTRIES);
  let n = 0;
  for (let i = dictNextEntry(src, 0); i >= 0; i = dictNextEntry(src, i + 1)) {
    const h = entryHash(src, i);
    store<u64>(entries + (<usize>n << 4), entryKey(src, i));
    store<u64>(entries + (<usize>n << 4) + 8, entryValue(src, i));
    store<i64>(hashesOf(d) + (<usize>n << 3), h);
    store<i32>(freeSlot(d, h), n);
    n++;
  }
  store<u32>(d + DICT_FILLED, <u32>n);
  store<u32>(d + DICT_USED, <u32>n);
  return d;
}

/** Removes every entry. */
export function dictClear(d: usize): void {
  store<u32>(d + DICT_USED, 0);
  store<u32>(d + DICT_FILLED, 0);
  store<u32>(d + DICT_CAPACITY, 0);
  store<u32>(d + DICT_INDEX_SIZE, 0);
  store<u32>(d + DICT_TABLE, 0);
  store<u32>(d + DICT_ENTRIES, 0);
  touch(d);
}

/**
 * Iteration: the next live entry index at or after `pos`, or -1 at the end. Use entryKey /
 * entryValue on the result and continue from result + 1.
 */
export function dictNextEntry(d: usize, pos: i32): i32 {
  const filled = <i32>load<u32>(d + DICT_FILLED);
  for (let i = pos; i < filled; i++) {
    if (entryKey(d, i) != NULL) return i;
  }
  return -1;
}

/** Reverse iteration: the last live entry index at or before `pos`, or -1. */
export function dictPrevEntry(d: usize, pos: i32): i32 {
  const filled = <i32>load<u32>(d + DICT_FILLED);
  for (let i = min(pos, filled - 1); i >= 0; i--) {
    if (entryKey(d, i) != NULL) return i;
  }
  return -1;
}

/** The number of entry positions (live or deleted) iteration walks; changes tell iterators the dict changed size. */
export function dictFilled(d: usize): i32 {
  return <i32>load<u32>(d + DICT_FILLED);
}

/** The storage the collector must trace (0 when none). */
export function dictEntriesStorage(d: usize): usize {
  const e = <usize>load<u32>(d + DICT_ENTRIES);
  return e == 0 ? 0 : e - 8;
}

export function dictTableStorage(d: usize): usize {
  const t = <usize>load<u32>(d + DICT_TABLE);
  return t == 0 ? 0 : t - 8;
}
