// Structural pattern matching (PEP 634) as CPython 3.11 runs it: MATCH_MAPPING and
// MATCH_SEQUENCE test type flags (set on the builtin collections, inherited by subclasses, and
// given to classes by collections.abc through _wasmpy.set_collection_flag); MATCH_KEYS looks
// keys up with the subject's get(); MATCH_CLASS checks isinstance and collects attributes
// through __match_args__.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue } from './value';
import { kindOfPtr, KIND_TYPE, KIND_TUPLE, KIND_STR } from './object';
import { raiseStr } from './errors';
import { TypeError, ValueError, AttributeError } from './objects/exception';
import { TYPE_FLAGS, TYPE_NAME, TPFLAG_SEQUENCE, TPFLAG_MAPPING, TPFLAG_MATCH_SELF } from './types';
import { tupleGet, tupleLength, emptyTuple, tupleFromArray, tupleType } from './objects/tuple';
import { newList, listAppend, listLength, listItems } from './objects/list';
import { newSet, setAdd, setContains, setType, frozensetType } from './objects/set';
import { listType } from './objects/list';
import { dictType } from './objects/dict';
import { strType } from './objects/str';
import { bytesType } from './objects/bytes';
import { bytearrayType } from './objects/bytearray';
import { memoryviewType } from './objects/memoryview';
import { rangeType } from './objects/range';
import { newInstance } from './objects/baseobject';
import { objectType } from './types';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './objects/strbuilder';
import { excMatches, clearExc, errOccurred } from './errors';
import { pushTempRoot, popTempRoots, addPermanentRoot } from './gc';
import { internJs } from './intern';
import { isInstanceOf } from './builtins/functions';
import * as A from './abstract';

/** MATCH_MAPPING / MATCH_SEQUENCE: the subject's type is flagged as a mapping or a sequence. */
export function matchesKind(subject: Value, mapping: bool): bool {
  const flags = load<u32>(A.typeOf(subject) + TYPE_FLAGS);
  return (flags & (mapping ? TPFLAG_MAPPING : TPFLAG_SEQUENCE)) != 0;
}

/** Flags the builtin collections for MATCH_SEQUENCE/MATCH_MAPPING and the self-matching builtins for MATCH_CLASS. */
export function setupMatchFlags(): void {
  flag(listType, TPFLAG_SEQUENCE | TPFLAG_MATCH_SELF);
  flag(tupleType, TPFLAG_SEQUENCE | TPFLAG_MATCH_SELF);
  flag(rangeType, TPFLAG_SEQUENCE);
  flag(dictType, TPFLAG_MAPPING | TPFLAG_MATCH_SELF);
  flag(A.boolType, TPFLAG_MATCH_SELF);
  flag(A.intType, TPFLAG_MATCH_SELF);
  flag(A.floatType, TPFLAG_MATCH_SELF);
  flag(strType, TPFLAG_MATCH_SELF);
  flag(bytesType, TPFLAG_MATCH_SELF);
  flag(bytearrayType, TPFLAG_MATCH_SELF);
  flag(memoryviewType, TPFLAG_SEQUENCE);
  flag(setType, TPFLAG_MATCH_SELF);
  flag(frozensetType, TPFLAG_MATCH_SELF);
}

function flag(t: usize, bits: u32): void {
  store<u32>(t + TYPE_FLAGS, load<u32>(t + TYPE_FLAGS) | bits);
}

let nGet: usize = 0;
let nMatchArgs: usize = 0;
/** What get() returns for a missing key: an object no mapping can hold already. */
let missing: Value = NULL;

function initNames(): void {
  if (nGet != 0) return;
  nGet = internJs('get');
  nMatchArgs = internJs('__match_args__');
  missing = ptrValue(newInstance(objectType));
  addPermanentRoot(missing);
}

/**
 * MATCH_KEYS: the values of `keys` (a tuple) in the mapping subject, as a tuple, or None when one
 * is missing; a key repeated in the pattern is a ValueError.
 */
export function matchMappingKeys(subject: Value, keys: Value): Value {
  const n = tupleLength(ptrOf(keys));
  if (n == 0) return ptrValue(emptyTuple);
  initNames();
  const get = A.getAttr(subject, nGet);
  if (get == NULL) return NULL;
  const seen = ptrValue(newSet());
  const values = ptrValue(newList(0));
  pushTempRoot(get);
  pushTempRoot(seen);
  pushTempRoot(values);
  const r = collectValues(get, ptrOf(keys), n, ptrOf(seen), ptrOf(values));
  popTempRoots(3);
  return r;
}

function collectValues(get: Value, keys: usize, n: i32, seen: usize, values: usize): Value {
  for (let i = 0; i < n; i++) {
    const key = tupleGet(keys, i);
    const dup = setContains(seen, key);
    if (dup < 0) return NULL;
    if (dup == 1) {
      const r = A.reprOf(key);
      if (r == 0) return NULL;
      const sb = newBuilder();
      appendJs(sb, 'mapping pattern checks duplicate key (');
      appendStr(sb, r);
      appendJs(sb, ')');
      return raiseStr(ValueError, finishBuilder(sb));
    }
    if (setAdd(seen, key) < 0) return NULL;
    const v = A.call2(get, key, missing);
    if (v == NULL) return NULL;
    if (v == missing) return NONE;
    listAppend(values, v);
  }
  return ptrValue(tupleFromArray(listItems(values), listLength(values)));
}

/**
 * MATCH_CLASS: when subject is an instance of cls, the tuple of the attributes the pattern names
 * (npos positional ones through __match_args__, then the keyword names), else None.
 */
export function matchClassPattern(subject: Value, cls: Value, npos: u32, names: Value): Value {
  if (!isPtr(cls) || kindOfPtr(ptrOf(cls)) != KIND_TYPE) {
    const sb = newBuilder();
    appendJs(sb, 'called match pattern must be a type');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const is = isInstanceOf(subject, cls);
  if (is <= 0) return is < 0 ? NULL : NONE;
  initNames();
  const seen = ptrValue(newSet());
  const attrs = ptrValue(newList(0));
  pushTempRoot(seen);
  pushTempRoot(attrs);
  let r = npos > 0 ? positionalAttrs(subject, ptrOf(cls), npos, ptrOf(seen), ptrOf(attrs)) : FOUND;
  if (r == FOUND) r = keywordAttrs(subject, ptrOf(cls), ptrOf(names), ptrOf(seen), ptrOf(attrs));
  popTempRoots(2);
  if (r != FOUND) return r == NO_MATCH ? NONE : NULL;
  return ptrValue(tupleFromArray(listItems(ptrOf(attrs)), listLength(ptrOf(attrs))));
}

// How each step of matchClassPattern ends.
const FOUND: i32 = 1;
const NO_MATCH: i32 = 0;
const FAILED: i32 = -1;

function failWith(message: usize): i32 {
  raiseStr(TypeError, message);
  return FAILED;
}

function positionalAttrs(subject: Value, cls: usize, npos: u32, seen: usize, attrs: usize): i32 {
  const matchArgs = A.getAttrOrNull(ptrValue(cls), nMatchArgs);
  if (matchArgs == NULL && errOccurred()) return FAILED;
  let allowed: u32;
  if (matchArgs != NULL) {
    if (!isPtr(matchArgs) || A.typeOf(matchArgs) != tupleType) {
      const sb = newBuilder();
      appendStr(sb, <usize>load<u32>(cls + TYPE_NAME));
      appendJs(sb, '.__match_args__ must be a tuple (got ');
      appendStr(sb, A.typeNameOf(matchArgs));
      appendJs(sb, ')');
      return failWith(finishBuilder(sb));
    }
    allowed = <u32>tupleLength(ptrOf(matchArgs));
  } else {
    allowed = (load<u32>(cls + TYPE_FLAGS) & TPFLAG_MATCH_SELF) != 0 ? 1 : 0;
  }
  if (allowed < npos) {
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(cls + TYPE_NAME));
    appendJs(sb, '() accepts ');
    appendI64(sb, allowed);
    appendJs(sb, allowed == 1 ? ' positional sub-pattern (' : ' positional sub-patterns (');
    appendI64(sb, npos);
    appendJs(sb, ' given)');
    return failWith(finishBuilder(sb));
  }
  if (matchArgs == NULL) {
    listAppend(attrs, subject);
    return FOUND;
  }
  pushTempRoot(matchArgs);
  let r = FOUND;
  for (let i: u32 = 0; i < npos && r == FOUND; i++) {
    const name = tupleGet(ptrOf(matchArgs), <i32>i);
    if (!isPtr(name) || kindOfPtr(ptrOf(name)) != KIND_STR) {
      const sb = newBuilder();
      appendJs(sb, '__match_args__ elements must be strings (got ');
      appendStr(sb, A.typeNameOf(name));
      appendJs(sb, ')');
      r = failWith(finishBuilder(sb));
    } else {
      r = addAttr(subject, cls, name, seen, attrs);
    }
  }
  popTempRoots(1);
  return r;
}

function keywordAttrs(subject: Value, cls: usize, names: usize, seen: usize, attrs: usize): i32 {
  const n = tupleLength(names);
  for (let i = 0; i < n; i++) {
    const r = addAttr(subject, cls, tupleGet(names, i), seen, attrs);
    if (r != FOUND) return r;
  }
  return FOUND;
}

/** Appends subject.<name> to attrs; NO_MATCH when the subject has no such attribute. */
function addAttr(subject: Value, cls: usize, name: Value, seen: usize, attrs: usize): i32 {
  const dup = setContains(seen, name);
  if (dup < 0) return FAILED;
  if (dup == 1) {
    const r = A.reprOf(name);
    if (r == 0) return FAILED;
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(cls + TYPE_NAME));
    appendJs(sb, '() got multiple sub-patterns for attribute ');
    appendStr(sb, r);
    return failWith(finishBuilder(sb));
  }
  if (setAdd(seen, name) < 0) return FAILED;
  const v = A.getAttr(subject, ptrOf(name));
  if (v == NULL) {
    if (!excMatches(AttributeError)) return FAILED;
    clearExc();
    return NO_MATCH;
  }
  listAppend(attrs, v);
  return FOUND;
}
