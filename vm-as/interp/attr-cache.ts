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
//
// Behind them, shared tables remember the last resolution of each (version tag, name), so a site
// that sees several classes (a method of a base class called on instances of its subclasses)
// refills its cache from a table entry instead of looking the attribute up again. Version tags
// are never reused, so an entry can't be stale either.

import { Value, NULL, isPtr, ptrOf, ptrValue } from '../value';
import { typeOfPtr, kindOfPtr, KIND_FUNCTION, KIND_DESCRIPTOR, KIND_TYPE, KIND_MODULE } from '../object';
import * as T from '../types';
import * as A from '../abstract';
import { DICT_ENTRIES, DICT_FILLED, DICT_KEYMASK, DICT_VERSION, dictIndexOfStr, dictGetStr, nextDictVersion,
  entryValue as dictEntryValue } from '../objects/dict';
import { STR_HASH } from '../objects/str';
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

/**
 * obj.name as a LOAD_ATTR cache whose version tag matches obj's class says (p: obj's address);
 * NULL when the cache can't tell. ATTR_METHOD answers only method loads, with the function.
 */
// @ts-ignore: decorator
@inline export function cachedLoad(p: usize, type: usize, name: Value, cache: usize, method: bool): Value {
  const kind = load<u32>(cache, 4);
  // A __slots__ member (NULL when unset: the slow path raises the AttributeError).
  if (kind == ATTR_SLOT) return load<u64>(p + <usize>load<u32>(cache, 8));
  const dict = instanceDictFor(p, type);
  if (kind == ATTR_INSTANCE) return dict == 0 ? NULL : dictEntryIfKey(dict, load<u32>(cache, 8), name);
  // A class attribute holds while the instance's own dict doesn't shadow it.
  if (dict != 0 && (load<u32>(dict + DICT_KEYMASK) & (1 << <u32>(load<i64>(ptrOf(name) + STR_HASH) & 31))) != 0 &&
    dictGetStr(dict, ptrOf(name)) != NULL) return NULL;
  if (kind == ATTR_METHOD) return method ? ptrValue(<usize>load<u32>(cache, 8)) : NULL;
  return kind == ATTR_CLASS ? load<u64>(cache, 8) : NULL;
}

/**
 * obj.name = value as a STORE_ATTR cache whose version tag matches obj's class says: false when
 * the cache can't tell (nothing stored).
 */
// @ts-ignore: decorator
@inline export function cachedStore(p: usize, type: usize, name: Value, value: Value, cache: usize): bool {
  const ix = load<u32>(cache, 4);
  if ((ix & STORE_TO_SLOT) != 0) {
    store<u64>(p + <usize>(ix & ~STORE_TO_SLOT), value);
    return true;
  }
  const dict = instanceDictFor(p, type);
  if (dict == 0 || ix >= load<u32>(dict + DICT_FILLED)) return false;
  const entry = <usize>load<u32>(dict + DICT_ENTRIES) + (<usize>ix << 4);
  if (load<u64>(entry) != name) return false;
  store<u64>(entry, value, 8);
  store<u32>(dict + DICT_VERSION, nextDictVersion());
  return true;
}

const SHARED_ENTRIES: usize = 2048;
/** Entries of 32 bytes: the name, then (at +8) a copy of a LOAD_ATTR cache. */
const sharedLoads = memory.data(<i32>(SHARED_ENTRIES * 32));
/** Entries of 16 bytes: the name, then (at +8) a copy of a STORE_ATTR cache. */
const sharedStores = memory.data(<i32>(SHARED_ENTRIES * 16));

// @ts-ignore: decorator
@inline function sharedIndex(version: u32, name: Value): usize {
  return ((<usize>version * 2654435761) ^ (<usize>ptrOf(name) >> 3)) & (SHARED_ENTRIES - 1);
}

/** Forgets the shared entries (after start-up changed builtin classes' dicts directly). */
export function clearSharedAttrCaches(): void {
  memory.fill(sharedLoads, 0, SHARED_ENTRIES * 32);
  memory.fill(sharedStores, 0, SHARED_ENTRIES * 16);
}

// A loop, not memory.copy: V8 makes memory.copy a call into the runtime.
// @ts-ignore: decorator
@inline function copyWords(to: usize, from: usize, size: usize): void {
  for (let i: usize = 0; i < size; i += 8) store<u64>(to + i, load<u64>(from + i));
}

/** Copies a freshly filled cache of `size` bytes into the shared table at `table`. */
function share(table: usize, entrySize: usize, name: Value, cache: usize, size: usize): void {
  const entry = table + sharedIndex(load<u32>(cache), name) * entrySize;
  store<u32>(entry, <u32>ptrOf(name));
  copyWords(entry + 8, cache, size);
}

/**
 * Refills the cache at `cache` from the shared table when it knows (type's version, name);
 * false when it doesn't.
 */
function refill(table: usize, entrySize: usize, type: usize, name: Value, cache: usize, size: usize): bool {
  const version = load<u32>(type + T.TYPE_VERSION);
  const entry = table + sharedIndex(version, name) * entrySize;
  if (load<u32>(entry, 8) != version || load<u32>(entry) != <u32>ptrOf(name)) return false;
  copyWords(cache, entry + 8, size);
  return true;
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
  if (isPtr(obj)) {
    const p = ptrOf(obj);
    const type = typeOfPtr(p);
    if (refill(sharedLoads, 32, type, name, cache, 16)) {
      const v = cachedLoad(p, type, name, cache, method);
      if (v != NULL) {
        if (!method) return v;
        const isMethod = load<u32>(cache, 4) == ATTR_METHOD;
        store<u64>(out, isMethod ? v : NULL);
        store<u64>(out, isMethod ? obj : v, 8);
        return v;
      }
    }
  }
  store<u32>(cache, 0);
  let v: Value = NULL;
  if (isPtr(obj)) {
    v = lookupAndFill(obj, ptrOf(name), cache, method, out);
    if (load<u32>(cache) != 0) share(sharedLoads, 32, name, cache, 16);
  }
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
  if (isPtr(obj)) {
    const p = ptrOf(obj);
    const type = typeOfPtr(p);
    if (refill(sharedStores, 16, type, name, cache, 8) && cachedStore(p, type, name, value, cache)) return 0;
  }
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
  share(sharedStores, 16, name, cache, 8);
  return r;
}
