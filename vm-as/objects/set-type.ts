// The set and frozenset types: operators, methods and comparisons, each following the
// algorithm of CPython's Objects/setobject.c (which table is iterated, which is probed, when
// the table is resized up front) so that results are built, and so iterate, in CPython's order.

import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue } from '../value';
import { KIND_SET, kindOfPtr, typeOfPtr } from '../object';
import { setSlot, SLOT_REPR, SLOT_LEN, SLOT_ITER, SLOT_CONTAINS, SLOT_RICHCOMPARE, SLOT_HASH, SLOT_NEW,
  SLOT_INIT, SLOT_NB, isSubtype, TYPE_NAME, TYPE_BASICSIZE } from '../types';
import { SET_SIZE } from './set';
import * as A from '../abstract';
import { raiseValue, errOccurred, excMatches, clearExc } from '../errors';
import { KeyError, TypeError, newException } from './exception';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from './strbuilder';
import { reprEnter, reprLeave } from './sequence-repr';
import { setType, frozensetType, newSetOfType, setLength, setAdd, setAddWithHash, setContains,
  setContainsWithHash, setDiscard, setDiscardWithHash, setNextSlot, setKeyAt, setHashAt, setMask, setFill,
  setCounts, setCopySlots, setInsertClean, setTableResize, setPopKey, setClear, setSwapBodies, setSetTypes,
  SET_HASH } from './set';
import { dictType, dictLength, dictNextEntry, entryKey, entryValue, entryHash, dictLookup, dictCopyOfType,
  dictDeleteEntry } from './dict';
import { tuple2 } from './tuple';
import { strFromJs } from './str';
import { newSetIterator } from './builtin-iterators';
import { defineMethod } from './builtin';
import { checkNoKwargs, checkArgCount, checkOneArg, checkNoArgs } from './args';
import { pushTempRoot, popTempRoots } from '../gc';
import { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, NB_AND, NB_OR, NB_SUBTRACT, NB_XOR, NB_INPLACE_AND,
  NB_INPLACE_OR, NB_INPLACE_SUBTRACT, NB_INPLACE_XOR } from '../generated/opcodes';

// @ts-ignore: decorator
@inline function isAnySet(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_SET;
}

// @ts-ignore: decorator
@inline function isExactDict(v: Value): bool {
  return isPtr(v) && typeOfPtr(ptrOf(v)) == dictType;
}

/** A set or set subclass, not a frozenset (CPython's PySet_Check). */
function isMutableSet(v: Value): bool {
  return isAnySet(v) && isSubtype(typeOfPtr(ptrOf(v)), setType);
}

// ---- building sets ----

/** CPython's set_update_internal: adds every item of `other` to s; -1 with an exception set. */
export function setUpdateWith(s: usize, other: Value): i32 {
  if (isAnySet(other)) return setMerge(s, ptrOf(other));
  if (isExactDict(other)) {
    const d = ptrOf(other);
    const n = <u32>dictLength(d);
    if ((setFill(s) + n) * 5 >= setMask(s) * 3) setTableResize(s, (<u32>setLength(s) + n) * 2);
    for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
      if (setAddWithHash(s, entryKey(d, i), entryHash(d, i)) < 0) return -1;
    }
    return 0;
  }
  const it = A.getIter(other);
  if (it == NULL) return -1;
  pushTempRoot(it);
  let r = 0;
  while (true) {
    const x = A.iterNext(it);
    if (x == NULL) {
      if (errOccurred()) r = -1;
      break;
    }
    if (setAdd(s, x) < 0) {
      r = -1;
      break;
    }
  }
  popTempRoots(1);
  return r;
}

/** CPython's set_merge: one resize up front, and a straight copy into an empty table when it can. */
function setMerge(s: usize, other: usize): i32 {
  const otherUsed = <u32>setLength(other);
  if (other == s || otherUsed == 0) return 0;
  if ((setFill(s) + otherUsed) * 5 >= setMask(s) * 3) setTableResize(s, (<u32>setLength(s) + otherUsed) * 2);
  if (setFill(s) == 0 && setMask(s) == setMask(other) && setFill(other) == otherUsed) {
    setCopySlots(s, other);
    setCounts(s, otherUsed, otherUsed);
    return 0;
  }
  if (setFill(s) == 0) {
    for (let i = setNextSlot(other, 0); i >= 0; i = setNextSlot(other, i + 1)) {
      setInsertClean(s, setKeyAt(other, i), setHashAt(other, i));
    }
    setCounts(s, otherUsed, otherUsed);
    return 0;
  }
  for (let i = setNextSlot(other, 0); i >= 0; i = setNextSlot(other, i + 1)) {
    if (setAddWithHash(s, setKeyAt(other, i), setHashAt(other, i)) < 0) return -1;
  }
  return 0;
}

/** make_new_set: a set of `type` holding iterable's items (NULL: empty); 0 with an exception set. */
function makeSet(type: usize, iterable: Value): usize {
  const s = newSetOfType(type);
  if (iterable == NULL) return s;
  pushTempRoot(ptrValue(s));
  const r = setUpdateWith(s, iterable);
  popTempRoots(1);
  return r < 0 ? 0 : s;
}

/** set(iterable) (NULL: empty) as an exact set; 0 with an exception set. */
export function newSetFrom(iterable: Value): usize {
  return makeSet(setType, iterable);
}

/** make_new_set_basetype: results of operations are exact sets or frozensets, never subclasses. */
function makeBaseSet(like: usize, iterable: Value): usize {
  return makeSet(isSubtype(typeOfPtr(like), setType) ? setType : frozensetType, iterable);
}

function setCopy(s: usize): usize {
  return makeBaseSet(s, ptrValue(s));
}

// ---- the algebra ----

/** CPython's set_intersection: iterates the smaller set (or the iterable) and probes the other. */
export function setIntersection(s: usize, other: Value): usize {
  if (ptrValue(s) == other) return setCopy(s);
  const result = makeBaseSet(s, NULL);
  pushTempRoot(ptrValue(result));
  let ok = true;
  if (isAnySet(other)) {
    let big = s;
    let small = ptrOf(other);
    if (setLength(small) > setLength(big)) {
      big = small;
      small = s;
    }
    for (let i = setNextSlot(small, 0); i >= 0 && ok; i = setNextSlot(small, i + 1)) {
      const key = setKeyAt(small, i);
      const hash = setHashAt(small, i);
      const r = setContainsWithHash(big, key, hash);
      ok = r >= 0 && (r == 0 || setAddWithHash(result, key, hash) >= 0);
    }
  } else {
    const it = A.getIter(other);
    ok = it != NULL;
    if (ok) pushTempRoot(it);
    while (ok) {
      const key = A.iterNext(it);
      if (key == NULL) {
        ok = !errOccurred();
        break;
      }
      const hash = A.hashValue(key);
      const r = hash == -1 ? -1 : setContainsWithHash(s, key, hash);
      ok = r >= 0 && (r == 0 || setAddWithHash(result, key, hash) >= 0);
    }
    if (it != NULL) popTempRoots(1);
  }
  popTempRoots(1);
  return ok ? result : 0;
}

/** CPython's set_difference_update_internal; -1 with an exception set. */
export function setDifferenceUpdateWith(s: usize, other: Value): i32 {
  if (other == ptrValue(s)) {
    setClear(s);
    return 0;
  }
  if (isAnySet(other)) {
    let o = ptrOf(other);
    // A much larger other: discard only what the two have in common.
    if ((setLength(o) >> 3) > setLength(s)) {
      o = setIntersection(s, other);
      if (o == 0) return -1;
    }
    pushTempRoot(ptrValue(o));
    let r = 0;
    for (let i = setNextSlot(o, 0); i >= 0; i = setNextSlot(o, i + 1)) {
      if (setDiscardWithHash(s, setKeyAt(o, i), setHashAt(o, i)) < 0) {
        r = -1;
        break;
      }
    }
    popTempRoots(1);
    if (r < 0) return -1;
  } else {
    const it = A.getIter(other);
    if (it == NULL) return -1;
    pushTempRoot(it);
    let r = 0;
    while (true) {
      const key = A.iterNext(it);
      if (key == NULL) {
        if (errOccurred()) r = -1;
        break;
      }
      if (setDiscard(s, key) < 0) {
        r = -1;
        break;
      }
    }
    popTempRoots(1);
    if (r < 0) return -1;
  }
  // More than a quarter dummies: resize them away.
  const used = <u32>setLength(s);
  if (setFill(s) - used <= setMask(s) / 4) return 0;
  setTableResize(s, used > 50000 ? used * 2 : used * 4);
  return 0;
}

/** CPython's set_difference: iterates s (probing other) unless s is much larger. */
function setDifference(s: usize, other: Value): usize {
  let otherSize: i32 = -1;
  if (isAnySet(other)) otherSize = setLength(ptrOf(other));
  else if (isExactDict(other)) otherSize = dictLength(ptrOf(other));
  if (otherSize < 0 || (setLength(s) >> 2) > otherSize) {
    const result = setCopy(s);
    if (result == 0) return 0;
    pushTempRoot(ptrValue(result));
    const r = setDifferenceUpdateWith(result, other);
    popTempRoots(1);
    return r < 0 ? 0 : result;
  }
  const result = makeBaseSet(s, NULL);
  pushTempRoot(ptrValue(result));
  const o = ptrOf(other);
  const dict = isExactDict(other);
  let ok = true;
  for (let i = setNextSlot(s, 0); i >= 0 && ok; i = setNextSlot(s, i + 1)) {
    const key = setKeyAt(s, i);
    const hash = setHashAt(s, i);
    let r: i32;
    if (dict) {
      const ix = dictLookup(o, key, hash);
      r = ix == -2 ? -1 : ix >= 0 ? 1 : 0;
    } else {
      r = setContainsWithHash(o, key, hash);
    }
    ok = r >= 0 && (r == 1 || setAddWithHash(result, key, hash) >= 0);
  }
  popTempRoots(1);
  return ok ? result : 0;
}

/** Discards key from s, or adds it when absent (one step of a symmetric difference); -1 on error. */
function toggle(s: usize, key: Value, hash: i64): i32 {
  const r = setDiscardWithHash(s, key, hash);
  if (r != 0) return r < 0 ? -1 : 0;
  return setAddWithHash(s, key, hash);
}

/** CPython's set_symmetric_difference_update; -1 with an exception set. */
export function setSymmetricDifferenceUpdateWith(s: usize, other: Value): i32 {
  if (other == ptrValue(s)) {
    setClear(s);
    return 0;
  }
  if (isExactDict(other)) {
    const d = ptrOf(other);
    for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
      if (toggle(s, entryKey(d, i), entryHash(d, i)) < 0) return -1;
    }
    return 0;
  }
  const o = isAnySet(other) ? ptrOf(other) : makeBaseSet(s, other);
  if (o == 0) return -1;
  pushTempRoot(ptrValue(o));
  let r = 0;
  for (let i = setNextSlot(o, 0); i >= 0; i = setNextSlot(o, i + 1)) {
    if (toggle(s, setKeyAt(o, i), setHashAt(o, i)) < 0) {
      r = -1;
      break;
    }
  }
  popTempRoots(1);
  return r;
}

/** CPython's set_symmetric_difference: a copy of other, toggled with s. */
function setSymmetricDifference(s: usize, other: Value): usize {
  const result = makeBaseSet(s, other);
  if (result == 0) return 0;
  pushTempRoot(ptrValue(result));
  const r = setSymmetricDifferenceUpdateWith(result, ptrValue(s));
  popTempRoots(1);
  return r < 0 ? 0 : result;
}

/** s | other: a copy of s updated with other. */
function setUnion(s: usize, other: Value): usize {
  const result = setCopy(s);
  if (result == 0 || other == ptrValue(s)) return result;
  pushTempRoot(ptrValue(result));
  const r = setUpdateWith(result, other);
  popTempRoots(1);
  return r < 0 ? 0 : result;
}

/** Adds the tuple (key, value) to s, keeping it alive while its hash runs; false on error. */
function addPair(s: usize, key: Value, value: Value): bool {
  const pair = ptrValue(tuple2(key, value));
  pushTempRoot(pair);
  const r = setAdd(s, pair);
  popTempRoots(1);
  return r >= 0;
}

/** d1.items() ^ d2.items() (CPython's dictitems_xor). */
export function itemsViewXor(d1: usize, d2: usize): Value {
  const temp = dictCopyOfType(d1, dictType);
  pushTempRoot(ptrValue(temp));
  const result = newSetOfType(setType);
  pushTempRoot(ptrValue(result));
  let ok = true;
  for (let i = dictNextEntry(d2, 0); i >= 0 && ok; i = dictNextEntry(d2, i + 1)) {
    const key = entryKey(d2, i);
    const value = entryValue(d2, i);
    const ix = dictLookup(temp, key, entryHash(d2, i));
    if (ix == -2) {
      ok = false;
      break;
    }
    let same = 0;
    if (ix >= 0) {
      same = A.valuesEqual(entryValue(temp, ix), value);
      if (same < 0) {
        ok = false;
        break;
      }
    }
    if (same > 0) dictDeleteEntry(temp, ix);
    else ok = addPair(result, key, value);
  }
  for (let i = dictNextEntry(temp, 0); i >= 0 && ok; i = dictNextEntry(temp, i + 1)) {
    ok = addPair(result, entryKey(temp, i), entryValue(temp, i));
  }
  popTempRoots(2);
  return ok ? ptrValue(result) : NULL;
}

// ---- comparisons ----

/** s <= other for a set or any iterable; TRUE, FALSE or NULL. */
function setIsSubset(s: usize, other: Value): Value {
  if (!isAnySet(other)) {
    const common = setIntersection(s, other);
    if (common == 0) return NULL;
    return setLength(common) == setLength(s) ? TRUE : FALSE;
  }
  const o = ptrOf(other);
  if (setLength(s) > setLength(o)) return FALSE;
  for (let i = setNextSlot(s, 0); i >= 0; i = setNextSlot(s, i + 1)) {
    const r = setContainsWithHash(o, setKeyAt(s, i), setHashAt(s, i));
    if (r < 0) return NULL;
    if (r == 0) return FALSE;
  }
  return TRUE;
}

function setIsSuperset(s: usize, other: Value): Value {
  if (isAnySet(other)) return setIsSubset(ptrOf(other), ptrValue(s));
  const it = A.getIter(other);
  if (it == NULL) return NULL;
  pushTempRoot(it);
  let r: Value = TRUE;
  while (true) {
    const key = A.iterNext(it);
    if (key == NULL) {
      if (errOccurred()) r = NULL;
      break;
    }
    const c = setContains(s, key);
    if (c <= 0) {
      r = c < 0 ? NULL : FALSE;
      break;
    }
  }
  popTempRoots(1);
  return r;
}

function setIsDisjoint(s: usize, other: Value): Value {
  if (other == ptrValue(s)) return setLength(s) == 0 ? TRUE : FALSE;
  if (isAnySet(other)) {
    let big = s;
    let small = ptrOf(other);
    if (setLength(small) > setLength(big)) {
      big = small;
      small = s;
    }
    for (let i = setNextSlot(small, 0); i >= 0; i = setNextSlot(small, i + 1)) {
      const r = setContainsWithHash(big, setKeyAt(small, i), setHashAt(small, i));
      if (r < 0) return NULL;
      if (r > 0) return FALSE;
    }
    return TRUE;
  }
  const it = A.getIter(other);
  if (it == NULL) return NULL;
  pushTempRoot(it);
  let r: Value = TRUE;
  while (true) {
    const key = A.iterNext(it);
    if (key == NULL) {
      if (errOccurred()) r = NULL;
      break;
    }
    const c = setContains(s, key);
    if (c != 0) {
      r = c < 0 ? NULL : FALSE;
      break;
    }
  }
  popTempRoots(1);
  return r;
}

function setRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isAnySet(b)) return NOT_IMPLEMENTED;
  const x = ptrOf(a);
  const y = ptrOf(b);
  switch (op) {
    case CMP_EQ:
    case CMP_NE: {
      let r: Value = FALSE;
      if (setLength(x) == setLength(y)) {
        const hx = load<i64>(x + SET_HASH);
        const hy = load<i64>(y + SET_HASH);
        r = hx != -1 && hy != -1 && hx != hy ? FALSE : setIsSubset(x, b);
      }
      if (r == NULL || op == CMP_EQ) return r;
      return r == TRUE ? FALSE : TRUE;
    }
    case CMP_LE: return setIsSubset(x, b);
    case CMP_LT: return setLength(x) >= setLength(y) ? FALSE : setIsSubset(x, b);
    case CMP_GT: return setLength(x) <= setLength(y) ? FALSE : setIsSuperset(x, b);
  }
  return setIsSuperset(x, b);
}

// ---- slots ----

function setLenSlot(v: Value): i64 {
  return setLength(ptrOf(v));
}

function setIterSlot(v: Value): Value {
  return newSetIterator(v);
}

/** key in s; a set key is looked up as the equal frozenset. */
function setContainsSlot(v: Value, key: Value): i32 {
  const r = setContains(ptrOf(v), key);
  if (r >= 0 || !isMutableSet(key) || !excMatches(TypeError)) return r;
  clearExc();
  return withFrozenCopy(key, ptrOf(v), setContains);
}

/** op(s, frozenset(key)), the copy kept alive meanwhile: how a set key is looked up. */
function withFrozenCopy(key: Value, s: usize, op: (s: usize, key: Value) => i32): i32 {
  const frozen = makeSet(frozensetType, key);
  if (frozen == 0) return -1;
  pushTempRoot(ptrValue(frozen));
  const r = op(s, ptrValue(frozen));
  popTempRoots(1);
  return r;
}

/** {1, 2}, set(), frozenset({1}), Sub({1}) */
function setReprSlot(v: Value): Value {
  const s = ptrOf(v);
  const type = typeOfPtr(s);
  const name = <usize>load<u32>(type + TYPE_NAME);
  const sb = newBuilder();
  if (reprEnter(s)) {
    appendStr(sb, name);
    appendJs(sb, '(...)');
    return ptrValue(finishBuilder(sb));
  }
  const bare = type == setType;
  if (setLength(s) == 0 || !bare) {
    appendStr(sb, name);
    appendCodePoint(sb, 0x28);
  }
  pushTempRoot(ptrValue(sb));
  let ok = true;
  if (setLength(s) > 0) {
    appendCodePoint(sb, 0x7B);
    let first = true;
    for (let i = setNextSlot(s, 0); i >= 0; i = setNextSlot(s, i + 1)) {
      if (!first) appendJs(sb, ', ');
      first = false;
      const r = A.reprOf(setKeyAt(s, i));
      if (r == 0) {
        ok = false;
        break;
      }
      appendStr(sb, r);
    }
    appendCodePoint(sb, 0x7D);
  }
  if (setLength(s) == 0 || !bare) appendCodePoint(sb, 0x29);
  popTempRoots(1);
  reprLeave();
  return ok ? ptrValue(finishBuilder(sb)) : NULL;
}

// @ts-ignore: decorator
@inline function shuffleBits(h: u64): u64 {
  return ((h ^ 89869747) ^ (h << 16)) * 3644798167;
}

/** CPython's frozenset_hash: order-independent, cached. */
function frozensetHashSlot(v: Value): i64 {
  const s = ptrOf(v);
  const cached = load<i64>(s + SET_HASH);
  if (cached != -1) return cached;
  let hash: u64 = 0;
  for (let i = setNextSlot(s, 0); i >= 0; i = setNextSlot(s, i + 1)) hash ^= shuffleBits(<u64>setHashAt(s, i));
  hash ^= (<u64>setLength(s) + 1) * 1927868237;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069 + 907133923;
  if (hash == <u64>-1) hash = 590923713;
  store<i64>(s + SET_HASH, <i64>hash);
  return <i64>hash;
}

/** set.__new__: an empty set; __init__ fills it. */
function setNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (ptrOf(type) == setType && !checkNoKwargs('set', kwnames)) return NULL;
  return ptrValue(newSetOfType(ptrOf(type)));
}

/** set.__init__(iterable=()): clears, then adds. */
function setInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (!checkNoKwargs('set', kwnames) || !checkArgCount('set', nargs, 0, 1)) return -1;
  const s = ptrOf(self);
  if (setFill(s) != 0) setClear(s);
  store<i64>(s + SET_HASH, -1);
  return nargs == 1 ? setUpdateWith(s, load<u64>(args)) : 0;
}

/** frozenset(iterable=()): a frozenset argument is returned as it is. */
function frozensetNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = ptrOf(type);
  if (t == frozensetType && !checkNoKwargs('frozenset', kwnames)) return NULL;
  if (!checkArgCount('frozenset', nargs, 0, 1)) return NULL;
  const iterable = nargs == 1 ? load<u64>(args) : NULL;
  if (t == frozensetType && isPtr(iterable) && typeOfPtr(ptrOf(iterable)) == frozensetType) return iterable;
  const s = makeSet(t, iterable);
  return s == 0 ? NULL : ptrValue(s);
}

// ---- operators ----

function result(s: usize): Value {
  return s == 0 ? NULL : ptrValue(s);
}

function setOrSlot(a: Value, b: Value): Value {
  if (!isAnySet(a) || !isAnySet(b)) return NOT_IMPLEMENTED;
  return result(setUnion(ptrOf(a), b));
}

function setAndSlot(a: Value, b: Value): Value {
  if (!isAnySet(a) || !isAnySet(b)) return NOT_IMPLEMENTED;
  return result(setIntersection(ptrOf(a), b));
}

function setSubSlot(a: Value, b: Value): Value {
  if (!isAnySet(a) || !isAnySet(b)) return NOT_IMPLEMENTED;
  return result(setDifference(ptrOf(a), b));
}

function setXorSlot(a: Value, b: Value): Value {
  if (!isAnySet(a) || !isAnySet(b)) return NOT_IMPLEMENTED;
  return result(setSymmetricDifference(ptrOf(a), b));
}

function setInplaceOrSlot(a: Value, b: Value): Value {
  if (!isAnySet(b)) return NOT_IMPLEMENTED;
  return setUpdateWith(ptrOf(a), b) < 0 ? NULL : a;
}

/** s &= other: s takes the intersection's table (CPython's set_intersection_update). */
function intersectionUpdate(s: usize, other: Value): i32 {
  const common = setIntersection(s, other);
  if (common == 0) return -1;
  setSwapBodies(s, common);
  return 0;
}

function setInplaceAndSlot(a: Value, b: Value): Value {
  if (!isAnySet(b)) return NOT_IMPLEMENTED;
  return intersectionUpdate(ptrOf(a), b) < 0 ? NULL : a;
}

function setInplaceSubSlot(a: Value, b: Value): Value {
  if (!isAnySet(b)) return NOT_IMPLEMENTED;
  return setDifferenceUpdateWith(ptrOf(a), b) < 0 ? NULL : a;
}

function setInplaceXorSlot(a: Value, b: Value): Value {
  if (!isAnySet(b)) return NOT_IMPLEMENTED;
  return setSymmetricDifferenceUpdateWith(ptrOf(a), b) < 0 ? NULL : a;
}

// ---- methods ----

/** The type a set method's argument errors name: "set" or "frozenset". */
function ownerOf(self: Value): string {
  return isMutableSet(self) ? 'set' : 'frozenset';
}

/** CPython's set_intersection_multi: intersects self with each argument in turn (none: a copy). */
function intersectAll(self: Value, args: usize, nargs: i32, kwnames: Value, name: string): Value {
  if (!checkNoKwargs(name, kwnames, ownerOf(self))) return NULL;
  let acc = ptrOf(self);
  if (nargs == 0) return result(setCopy(acc));
  for (let i = 0; i < nargs; i++) {
    pushTempRoot(ptrValue(acc));
    const next = setIntersection(acc, load<u64>(args + (<usize>i << 3)));
    popTempRoots(1);
    if (next == 0) return NULL;
    acc = next;
  }
  return ptrValue(acc);
}

/** set.union(*others): one copy of self, updated with each other in turn. */
function setUnionMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('union', kwnames, ownerOf(self))) return NULL;
  const r = setCopy(ptrOf(self));
  if (r == 0) return NULL;
  pushTempRoot(ptrValue(r));
  let ok = true;
  for (let i = 0; i < nargs && ok; i++) {
    const other = load<u64>(args + (<usize>i << 3));
    if (other != self) ok = setUpdateWith(r, other) >= 0;
  }
  popTempRoots(1);
  return ok ? ptrValue(r) : NULL;
}

function setIntersectionMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return intersectAll(self, args, nargs, kwnames, 'intersection');
}

/** set.difference(*others): the first difference makes a new set, the rest update it. */
function setDifferenceMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('difference', kwnames, ownerOf(self))) return NULL;
  if (nargs == 0) return result(setCopy(ptrOf(self)));
  const r = setDifference(ptrOf(self), load<u64>(args));
  if (r == 0) return NULL;
  pushTempRoot(ptrValue(r));
  let ok = true;
  for (let i = 1; i < nargs && ok; i++) ok = setDifferenceUpdateWith(r, load<u64>(args + (<usize>i << 3))) >= 0;
  popTempRoots(1);
  return ok ? ptrValue(r) : NULL;
}

/** Runs an in-place update with each argument (update, intersection_update, difference_update). */
function updateEach(self: Value, args: usize, nargs: i32, kwnames: Value, name: string,
  update: (s: usize, other: Value) => i32): Value {
  if (!checkNoKwargs(name, kwnames, 'set')) return NULL;
  for (let i = 0; i < nargs; i++) {
    if (update(ptrOf(self), load<u64>(args + (<usize>i << 3))) < 0) return NULL;
  }
  return NONE;
}

function setUpdateMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return updateEach(self, args, nargs, kwnames, 'update', setUpdateWith);
}

function setDifferenceUpdateMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return updateEach(self, args, nargs, kwnames, 'difference_update', setDifferenceUpdateWith);
}

/** set.intersection_update(*others): self takes the table of the intersection with them all. */
function setIntersectionUpdateMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const r = intersectAll(self, args, nargs, kwnames, 'intersection_update');
  if (r == NULL) return NULL;
  setSwapBodies(ptrOf(self), ptrOf(r));
  return NONE;
}

function setSymmetricDifferenceMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('symmetric_difference', nargs, kwnames, ownerOf(self))) return NULL;
  return result(setSymmetricDifference(ptrOf(self), load<u64>(args)));
}

function setSymmetricDifferenceUpdateMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('symmetric_difference_update', nargs, kwnames, 'set')) return NULL;
  return setSymmetricDifferenceUpdateWith(ptrOf(self), load<u64>(args)) < 0 ? NULL : NONE;
}

function setIsSubsetMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('issubset', nargs, kwnames, ownerOf(self))) return NULL;
  return setIsSubset(ptrOf(self), load<u64>(args));
}

function setIsSupersetMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('issuperset', nargs, kwnames, ownerOf(self))) return NULL;
  return setIsSuperset(ptrOf(self), load<u64>(args));
}

function setIsDisjointMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('isdisjoint', nargs, kwnames, ownerOf(self))) return NULL;
  return setIsDisjoint(ptrOf(self), load<u64>(args));
}

function setAddMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('add', nargs, kwnames, 'set')) return NULL;
  return setAdd(ptrOf(self), load<u64>(args)) < 0 ? NULL : NONE;
}

/** Discards key, retrying a set key as the equal frozenset: 1 removed, 0 absent, -1 error. */
function discardKey(s: usize, key: Value): i32 {
  const r = setDiscard(s, key);
  if (r >= 0 || !isMutableSet(key) || !excMatches(TypeError)) return r;
  clearExc();
  return withFrozenCopy(key, s, setDiscard);
}

function setRemoveMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('remove', nargs, kwnames, 'set')) return NULL;
  const key = load<u64>(args);
  const r = discardKey(ptrOf(self), key);
  if (r < 0) return NULL;
  if (r == 0) return raiseValue(ptrValue(newException(KeyError, key)));
  return NONE;
}

function setDiscardMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('discard', nargs, kwnames, 'set')) return NULL;
  return discardKey(ptrOf(self), load<u64>(args)) < 0 ? NULL : NONE;
}

function setPopMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('pop', nargs, kwnames, 'set')) return NULL;
  const key = setPopKey(ptrOf(self));
  if (key == NULL) return raiseValue(ptrValue(newException(KeyError, ptrValue(strFromJs('pop from an empty set')))));
  return key;
}

function setClearMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('clear', nargs, kwnames, 'set')) return NULL;
  setClear(ptrOf(self));
  return NONE;
}

/** copy(): a frozenset is its own copy. */
function setCopyMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('copy', nargs, kwnames, ownerOf(self))) return NULL;
  if (typeOfPtr(ptrOf(self)) == frozensetType) return self;
  return result(setCopy(ptrOf(self)));
}

/** The slots and methods set and frozenset share. */
function setupAnySetType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(setReprSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(setLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(setIterSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(setContainsSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(setRichCompareSlot));
  setSlot(t, SLOT_NB + NB_OR, changetype<usize>(setOrSlot));
  setSlot(t, SLOT_NB + NB_AND, changetype<usize>(setAndSlot));
  setSlot(t, SLOT_NB + NB_SUBTRACT, changetype<usize>(setSubSlot));
  setSlot(t, SLOT_NB + NB_XOR, changetype<usize>(setXorSlot));
  defineMethod(t, 'union', setUnionMethod);
  defineMethod(t, 'intersection', setIntersectionMethod);
  defineMethod(t, 'difference', setDifferenceMethod);
  defineMethod(t, 'symmetric_difference', setSymmetricDifferenceMethod);
  defineMethod(t, 'issubset', setIsSubsetMethod);
  defineMethod(t, 'issuperset', setIsSupersetMethod);
  defineMethod(t, 'isdisjoint', setIsDisjointMethod);
  defineMethod(t, 'copy', setCopyMethod);
}

export function setupSetTypes(set: usize, frozenset: usize): void {
  store<u32>(set + TYPE_BASICSIZE, <u32>SET_SIZE); // what subclasses extend
  store<u32>(frozenset + TYPE_BASICSIZE, <u32>SET_SIZE);
  setSetTypes(set, frozenset);
  setupAnySetType(set);
  setSlot(set, SLOT_HASH, 0);
  setSlot(set, SLOT_NEW, changetype<usize>(setNewSlot));
  setSlot(set, SLOT_INIT, changetype<usize>(setInitSlot));
  setSlot(set, SLOT_NB + NB_INPLACE_OR, changetype<usize>(setInplaceOrSlot));
  setSlot(set, SLOT_NB + NB_INPLACE_AND, changetype<usize>(setInplaceAndSlot));
  setSlot(set, SLOT_NB + NB_INPLACE_SUBTRACT, changetype<usize>(setInplaceSubSlot));
  setSlot(set, SLOT_NB + NB_INPLACE_XOR, changetype<usize>(setInplaceXorSlot));
  defineMethod(set, 'update', setUpdateMethod);
  defineMethod(set, 'intersection_update', setIntersectionUpdateMethod);
  defineMethod(set, 'difference_update', setDifferenceUpdateMethod);
  defineMethod(set, 'symmetric_difference_update', setSymmetricDifferenceUpdateMethod);
  defineMethod(set, 'add', setAddMethod);
  defineMethod(set, 'remove', setRemoveMethod);
  defineMethod(set, 'discard', setDiscardMethod);
  defineMethod(set, 'pop', setPopMethod);
  defineMethod(set, 'clear', setClearMethod);
  setupAnySetType(frozenset);
  setSlot(frozenset, SLOT_HASH, changetype<usize>(frozensetHashSlot));
  setSlot(frozenset, SLOT_NEW, changetype<usize>(frozensetNewSlot));
}
