// Inline caches for LOAD_ATTR and STORE_ATTR (PEP 659 style). The cache words after the
// instruction remember how the last lookup on the same class resolved; the eval loop checks
// them in a few loads and falls back to the generic lookup (which refills them) on a miss.
//
// LOAD_ATTR cache (4 words):
//   w0  the class's version tag (types.ts): any change to the class or its bases invalidates it
//   w1  ATTR_* kind
//   w2  ATTR_INSTANCE: entry index in the instance's __dict__; ATTR_METHOD: the function
//   w2-w3  ATTR_CLASS: the class attribute's value itself
//   w2  ATTR_SLOT: the byte offset of a __slots__ member in the instance
// STORE_ATTR cache (2 words): w0 version tag, w1 entry index in the instance's __dict__, or a
// __slots__ member's byte offset | STORE_TO_SLOT.
// Cached pointers are not roots: the version tag guarantees the class still holds them.

import { Value, NULL, isPtr, ptrOf, ptrValue } from '../value';
import { typeOfPtr, kindOfPtr, KIND_FUNCTION, KIND_DESCRIPTOR, KIND_TYPE, KIND_MODULE } from '../object';
import * as T from '../types';
import * as A from '../abstract';
import { DICT_ENTRIES, DICT_FILLED, dictIndexOfStr, dictGetStr, entryValue as dictEntryValue } from '../objects/dict';
import { genericGetAttrSlot, genericSetAttrSlot } from '../objects/baseobject';
import { DESCR_SUBKIND, DESCR_METHOD } from '../objects/builtin';
import { memberOffsetFor } from '../objects/descriptors';

export const ATTR_INSTANCE: u32 = 1;
export const ATTR_METHOD: u32 = 2;
export const ATTR_CLASS: u32 = 3;
export const ATTR_SLOT: u32 = 4;
export const STORE_TO_SLOT: u32 = 0x80000000;

/** The value of entry ix of a dict when its key is exactly `name`, else NULL. */
// @ts-ignore: decorator
@inline export function dictEntryIfKey(dict: usize, ix: u32, name: Value): Value {
  if (ix >= load<u32>(dict + DICT_FILLED)) return NULL;
  const entry = <usize>load<u32>(dict + DICT_ENTRIES) + (<usize>ix << 4);
  return load<u64>(entry) == name ? load<u64>(entry, 8) : NULL;
}

/** The instance's __dict__ (0 when it has none). */
// @ts-ignore: decorator
@inline export function instanceDictFor(p: usize, type: usize): usize {
  const offset = <usize>load<u32>(type + T.TYPE_DICT_OFFSET);
  return offset == 0 ? 0 : <usize>load<u32>(p + offset);
}

/** Classes whose instances use the generic attribute protocol (what the caches assume). */
function cacheable(type: usize): bool {
  return T.getSlot(type, T.SLOT_GETATTR) == changetype<usize>(genericGetAttrSlot);
}

function isPlainMethod(v: Value): bool {
  if (!isPtr(v)) return false;
  const kind = kindOfPtr(ptrOf(v));
  return kind == KIND_FUNCTION || (kind == KIND_DESCRIPTOR && load<u32>(ptrOf(v) + DESCR_SUBKIND) == DESCR_METHOD);
}

/**
 * The generic lookup of obj.name, filling the cache at `cache` for the next execution.
 * method: LOAD_ATTR's method form; then `out` receives (function, self) or (NULL, value) and the
 * result is non-NULL on success. For the common cases (a class using the generic attribute
 * protocol) the value comes from the same lookups that fill the cache.
 */
export function loadAttrAndFill(obj: Value, name: Value, cache: usize, method: bool, out: usize): Value {
  store<u32>(cache, 0);
  let v: Value = NULL;
  if (isPtr(obj)) v = lookupAndFill(obj, ptrOf(name), cache, method, out);
  if (v == NULL) {
    v = A.getAttr(obj, ptrOf(name));
    if (method && v != NULL) store<u64>(out, NULL);
  }
  if (method && v != NULL && load<u64>(out) == NULL) store<u64>(out, v, 8);
  return v;
}

/**
 * Resolves obj.name for plain instances of generic classes, filling the cache; NULL (no error)
 * when the case needs the generic path (data descriptors, a missing attribute, special classes).
 * A method load writes (function, self) to `out` and returns self.
 */
function lookupAndFill(obj: Value, name: usize, cache: usize, method: bool, out: usize): Value {
  const p = ptrOf(obj);
  const type = typeOfPtr(p);
  if (kindOfPtr(p) == KIND_TYPE || kindOfPtr(p) == KIND_MODULE || !cacheable(type)) return NULL;
  const attr = A.lookupInMro(type, name);
  const offset = memberOffsetFor(attr, type);
  if (offset != 0) {
    // A __slots__ member: a data descriptor, so no instance dict can shadow it.
    const v = load<u64>(p + <usize>offset);
    if (v == NULL) return NULL;
    store<u32>(cache, ATTR_SLOT, 4);
    store<u32>(cache, offset, 8);
    store<u32>(cache, load<u32>(type + T.TYPE_VERSION));
    if (method) store<u64>(out, NULL);
    return v;
  }
  if (attr != NULL && A.isDataDescriptor(attr)) return NULL;
  const dict = instanceDictFor(p, type);
  if (dict != 0) {
    const ix = dictIndexOfStr(dict, name);
    if (ix >= 0) {
      store<u32>(cache, ATTR_INSTANCE, 4);
      store<u32>(cache, <u32>ix, 8);
      store<u32>(cache, load<u32>(type + T.TYPE_VERSION));
      if (method) store<u64>(out, NULL);
      return dictEntryValue(dict, ix);
    }
  }
  if (attr == NULL) return NULL;
  // (Hits check that the instance's own dict still doesn't shadow the class attribute.)
  if (method && isPlainMethod(attr)) {
    store<u32>(cache, ATTR_METHOD, 4);
    store<u32>(cache, <u32>ptrOf(attr), 8);
    store<u32>(cache, load<u32>(type + T.TYPE_VERSION));
    store<u64>(out, attr);
    store<u64>(out, obj, 8);
    return obj;
  }
  if (T.getSlot(A.typeOf(attr), T.SLOT_DESCR_GET) == 0) {
    store<u32>(cache, ATTR_CLASS, 4);
    store<u64>(cache, attr, 8);
    store<u32>(cache, load<u32>(type + T.TYPE_VERSION));
    if (method) store<u64>(out, NULL);
    return attr;
  }
  return NULL;
}

function fillInstance(dict: usize, name: usize, type: usize, cache: usize): void {
  const ix = dictIndexOfStr(dict, name);
  if (ix < 0) return;
  store<u32>(cache, ATTR_INSTANCE, 4);
  store<u32>(cache, <u32>ix, 8);
  store<u32>(cache, load<u32>(type + T.TYPE_VERSION));
}

/** The generic obj.name = value, filling the STORE_ATTR cache when it hit an instance dict entry. */
export function storeAttrAndFill(obj: Value, name: Value, value: Value, cache: usize): i32 {
  store<u32>(cache, 0);
  const r = A.setAttr(obj, ptrOf(name), value);
  if (r < 0 || !isPtr(obj)) return r;
  const p = ptrOf(obj);
  const type = typeOfPtr(p);
  if (kindOfPtr(p) == KIND_TYPE || kindOfPtr(p) == KIND_MODULE) return r;
  if (T.getSlot(type, T.SLOT_SETATTR) != changetype<usize>(genericSetAttrSlot)) return r;
  const attr = A.lookupInMro(type, ptrOf(name));
  const offset = memberOffsetFor(attr, type);
  if (offset != 0) {
    store<u32>(cache, offset | STORE_TO_SLOT, 4);
    store<u32>(cache, load<u32>(type + T.TYPE_VERSION));
    return r;
  }
  if (A.isDataDescriptor(attr)) return r;
  const dict = instanceDictFor(p, type);
  if (dict == 0) return r;
  const ix = dictIndexOfStr(dict, ptrOf(name));
  if (ix < 0) return r;
  store<u32>(cache, <u32>ix, 4);
  store<u32>(cache, load<u32>(type + T.TYPE_VERSION));
  return r;
}
