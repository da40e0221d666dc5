// Class creation: the `__build_class__` builtin a class statement calls, `type(name, bases,
// dict)` (type.__new__), C3 method resolution order, instance layout (a __dict__ or __slots__),
// and the class-creation hooks (__set_name__, __init_subclass__, __classcell__).

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue } from '../value';
import { KIND_TYPE, KIND_FUNCTION, KIND_CELL, KIND_STR, KIND_TUPLE, KIND_INSTANCE, KIND_DICT, KIND_RAW, kindOfPtr, typeOfPtr } from '../object';
import * as T from '../types';
import * as A from '../abstract';
import { alloc } from '../heap';
import { newTuple, tupleSet, tupleGet, tupleLength, tuple1, tupleFromArray, emptyTuple } from './tuple';
import { newDict, dictGetStr, dictSetStr, dictSet, dictDelete, dictNextEntry, entryKey, entryValue, dictLength } from './dict';
import { newList, listAppend, listLength, listGet } from './list';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { TypeError, ValueError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { internJs, intern } from '../intern';
import { addPermanentRoot, pushTempRoot, popTempRoots } from '../gc';
import { callPythonWithLocals } from './callables';
import { CELL_CONTENTS } from './cell';
import { fixupSlots } from './slot-wrappers';
import { newMemberDescriptor, newClassmethod, newStaticmethod } from './descriptors';
import { INSTANCE_SIZE, defineDictAttribute } from './baseobject';
import { N_module, N_qualname, N_doc, N_name, N_dict, N_new } from '../names';
import { tupleType } from './tuple';

let N_classcell: usize = 0;
let N_slots: usize = 0;
let N_prepare: usize = 0;
let N_set_name: usize = 0;
let N_init_subclass: usize = 0;
let N_mro_entries: usize = 0;
let N_metaclass: usize = 0;
let N_weakref: usize = 0;
export let N_class_getitem: usize = 0;

function rooted(js: string): usize {
  const s = internJs(js);
  addPermanentRoot(ptrValue(s));
  return s;
}

export function initClassNames(): void {
  N_classcell = rooted('__classcell__');
  N_slots = rooted('__slots__');
  N_prepare = rooted('__prepare__');
  N_set_name = rooted('__set_name__');
  N_init_subclass = rooted('__init_subclass__');
  N_mro_entries = rooted('__mro_entries__');
  N_metaclass = rooted('metaclass');
  N_weakref = rooted('__weakref__');
  N_class_getitem = rooted('__class_getitem__');
}

function isType(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_TYPE;
}

function isStr(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

function typeName(t: usize): usize {
  return <usize>load<u32>(t + T.TYPE_NAME);
}

// ---- __build_class__ ----

/** __build_class__(func, name, *bases, metaclass=None, **kwds) */
export function buildClass(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs < 2) return raiseJs(TypeError, '__build_class__: not enough arguments');
  const func = load<u64>(args);
  if (!(isPtr(func) && kindOfPtr(ptrOf(func)) == KIND_FUNCTION)) return raiseJs(TypeError, '__build_class__: func must be a function');
  const name = load<u64>(args, 8);
  if (!isStr(name)) return raiseJs(TypeError, '__build_class__: name is not a string');
  const origBases = ptrValue(tupleFromArray(args + 16, nargs - 2));
  pushTempRoot(origBases);
  const bases = resolveMroEntries(origBases);
  if (bases == NULL) return popAnd(1, NULL);
  pushTempRoot(bases);
  // Keywords: metaclass= is ours; the rest go to __prepare__, the metaclass and __init_subclass__.
  let meta: Value = NULL;
  const kwargs = newDict();
  pushTempRoot(ptrValue(kwargs));
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  for (let k = 0; k < nkw; k++) {
    const key = tupleGet(ptrOf(kwnames), k);
    const value = load<u64>(args + (<usize>(nargs + k) << 3));
    if (ptrOf(key) == N_metaclass || A.valuesEqual(key, ptrValue(N_metaclass)) == 1) meta = value;
    else dictSet(kwargs, key, value);
  }
  if (meta == NULL) {
    meta = tupleLength(ptrOf(bases)) == 0 ? ptrValue(T.typeType) : ptrValue(A.typeOf(tupleGet(ptrOf(bases), 0)));
  }
  if (isType(meta)) {
    const winner = calculateMetaclass(ptrOf(meta), ptrOf(bases));
    if (winner == 0) return popAnd(3, NULL);
    meta = ptrValue(winner);
  }
  pushTempRoot(meta);
  const ns = prepareNamespace(meta, name, bases, kwargs);
  if (ns == NULL) return popAnd(4, NULL);
  pushTempRoot(ns);
  const cell = callPythonWithLocals(ptrOf(func), ptrOf(ns));
  if (cell == NULL) return popAnd(5, NULL);
  pushTempRoot(cell);
  if (bases != origBases) dictSetStr(ptrOf(ns), rooted('__orig_bases__'), origBases);
  const cls = callWithKwargs(meta, name, bases, ns, kwargs);
  if (cls != NULL && isPtr(cell) && kindOfPtr(ptrOf(cell)) == KIND_CELL) {
    store<u64>(ptrOf(cell) + CELL_CONTENTS, cls);
  }
  return popAnd(6, cls);
}

function popAnd(n: i32, v: Value): Value {
  popTempRoots(n);
  return v;
}

/** PEP 560: a base that is not a class may supply classes through __mro_entries__. */
function resolveMroEntries(bases: Value): Value {
  const t = ptrOf(bases);
  const n = tupleLength(t);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const b = tupleGet(t, i);
    if (!isType(b) && A.lookupInMro(A.typeOf(b), N_mro_entries) != NULL) changed = true;
  }
  if (!changed) return bases;
  const out = newList(n);
  pushTempRoot(ptrValue(out));
  for (let i = 0; i < n; i++) {
    const b = tupleGet(t, i);
    const method = isType(b) ? NULL : A.lookupInMro(A.typeOf(b), N_mro_entries);
    if (method == NULL) {
      listAppend(out, b);
      continue;
    }
    const bound = A.bindDescriptor(method, b, A.typeOf(b));
    const entries = bound == NULL ? NULL : A.call1(bound, bases);
    if (entries == NULL) return popAnd(1, NULL);
    if (!(isPtr(entries) && kindOfPtr(ptrOf(entries)) == KIND_TUPLE)) {
      popTempRoots(1);
      return raiseJs(TypeError, '__mro_entries__ must return a tuple');
    }
    for (let j = 0; j < tupleLength(ptrOf(entries)); j++) listAppend(out, tupleGet(ptrOf(entries), j));
  }
  popTempRoots(1);
  return ptrValue(tupleFromArray(<usize>load<u32>(out + 16) + 8, listLength(out)));
}

/** The most derived metaclass among meta and the bases' metaclasses (0: conflict, error set). */
export function calculateMetaclass(meta: usize, bases: usize): usize {
  let winner = meta;
  const n = tupleLength(bases);
  for (let i = 0; i < n; i++) {
    const t = A.typeOf(tupleGet(bases, i));
    if (T.isSubtype(winner, t)) continue;
    if (T.isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raiseJs(TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    return 0;
  }
  return winner;
}

/** meta.__prepare__(name, bases, **kwds), or a new dict when the metaclass has none. */
function prepareNamespace(meta: Value, name: Value, bases: Value, kwargs: usize): Value {
  const prepare = A.getAttrOrNull(meta, N_prepare);
  if (prepare == NULL) return errOccurred() ? NULL : ptrValue(newDict());
  return callWithKwargs(prepare, name, bases, NULL, kwargs);
}

/** f(a, b[, c], **kwargs) */
function callWithKwargs(f: Value, a: Value, b: Value, c: Value, kwargs: usize): Value {
  const npos = c == NULL ? 2 : 3;
  const nkw = dictLength(kwargs);
  const argv = newTuple(npos + nkw);
  const names = newTuple(nkw);
  tupleSet(argv, 0, a);
  tupleSet(argv, 1, b);
  if (c != NULL) tupleSet(argv, 2, c);
  let k = 0;
  for (let i = dictNextEntry(kwargs, 0); i >= 0; i = dictNextEntry(kwargs, i + 1)) {
    tupleSet(names, k, entryKey(kwargs, i));
    tupleSet(argv, npos + k, entryValue(kwargs, i));
    k++;
  }
  pushTempRoot(ptrValue(argv));
  pushTempRoot(ptrValue(names));
  const r = A.callValue(f, argv + 16, npos, nkw == 0 ? NULL : ptrValue(names));
  popTempRoots(2);
  return r;
}

// ---- type(name, bases, dict) ----

/** type.__new__(metatype, name, bases, namespace, **kwds): a new class. */
export function typeNew(metatype: usize, name: Value, basesIn: Value, ns: Value, kwargs: usize): Value {
  if (!isStr(name)) return raiseArgType(1, 'str', name);
  if (!(isPtr(basesIn) && kindOfPtr(ptrOf(basesIn)) == KIND_TUPLE)) return raiseArgType(2, 'tuple', basesIn);
  if (!(isPtr(ns) && kindOfPtr(ptrOf(ns)) == KIND_DICT)) return raiseArgType(3, 'dict', ns);
  let bases = basesIn;
  if (tupleLength(ptrOf(bases)) == 0) bases = ptrValue(tuple1(ptrValue(T.objectType)));
  pushTempRoot(bases);
  const baseCount = tupleLength(ptrOf(bases));
  for (let i = 0; i < baseCount; i++) {
    const b = tupleGet(ptrOf(bases), i);
    if (!isType(b)) return popAnd(1, raiseBadBase(b));
    if ((load<u32>(ptrOf(b) + T.TYPE_FLAGS) & T.TPFLAG_BASETYPE) == 0) {
      const sb = newBuilder();
      appendJs(sb, "type '");
      appendStr(sb, typeName(ptrOf(b)));
      appendJs(sb, "' is not an acceptable base type");
      popTempRoots(1);
      return raiseStr(TypeError, finishBuilder(sb));
    }
  }
  const base = bestBase(ptrOf(bases));
  if (base == 0) return popAnd(1, NULL);
  const t = T.allocType(base, <u8>load<u32>(base + T.TYPE_INSTANCE_KIND), classFlags(base));
  store<u32>(t, <u32>metatype);
  pushTempRoot(ptrValue(t));
  store<u32>(t + T.TYPE_BASES, <u32>ptrOf(bases));
  store<u32>(t + T.TYPE_NAME, <u32>intern(ptrOf(name)));
  if (!fillNamespace(t, ptrOf(name), ptrOf(ns))) return popAnd(2, NULL);
  const mro = computeMro(t, ptrOf(bases));
  if (mro == 0) return popAnd(2, NULL);
  store<u32>(t + T.TYPE_MRO, <u32>mro);
  inheritFromMro(t, mro);
  if (!layOutInstances(t, base)) return popAnd(2, NULL);
  fixupSlots(t, true);
  registerSubclass(t, bases);
  // Lookups made while the class was being filled in must not survive in the attribute cache.
  T.assignVersionTag(t);
  if (!setNames(t) || !initSubclass(t, kwargs)) return popAnd(2, NULL);
  popTempRoots(2);
  return ptrValue(t);
}

/** "type.__new__() argument 2 must be tuple, not int" */
function raiseArgType(n: i32, what: string, v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'type.__new__() argument ');
  appendJs(sb, n == 1 ? '1' : n == 2 ? '2' : '3');
  appendJs(sb, ' must be ');
  appendJs(sb, what);
  appendJs(sb, ', not ');
  appendStr(sb, A.typeNameOf(v));
  return raiseStr(TypeError, finishBuilder(sb));
}

function raiseBadBase(b: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'bases must be types');
  return raiseStr(TypeError, finishBuilder(sb));
}

/** Flags a class inherits from its base (what kind of builtin it extends), plus heap-type ones. */
function classFlags(base: usize): u32 {
  const inherited = T.TPFLAG_EXCEPTION | T.TPFLAG_INT_SUBCLASS | T.TPFLAG_STR_SUBCLASS | T.TPFLAG_TUPLE_SUBCLASS |
    T.TPFLAG_LIST_SUBCLASS | T.TPFLAG_DICT_SUBCLASS | T.TPFLAG_TYPE_SUBCLASS |
    T.TPFLAG_SEQUENCE | T.TPFLAG_MAPPING | T.TPFLAG_MATCH_SELF;
  return (load<u32>(base + T.TYPE_FLAGS) & inherited) | T.TPFLAG_HEAPTYPE | T.TPFLAG_BASETYPE;
}

/**
 * The base whose instance layout the class extends (CPython's best_base): among the bases'
 * "solid" bases (the nearest builtin layout each derives from), one must derive from all others.
 */
function bestBase(bases: usize): usize {
  let winner: usize = 0;
  let base: usize = 0;
  for (let i = 0; i < tupleLength(bases); i++) {
    const b = ptrOf(tupleGet(bases, i));
    const solid = solidBase(b);
    if (winner == 0) {
      winner = solid;
      base = b;
    } else if (T.isSubtype(winner, solid)) {
      continue;
    } else if (T.isSubtype(solid, winner)) {
      winner = solid;
      base = b;
    } else {
      raiseJs(TypeError, 'multiple bases have instance lay-out conflict');
      return 0;
    }
  }
  return base;
}

/** The nearest ancestor that adds to the instance layout (a builtin type, or a class with __slots__). */
function solidBase(t: usize): usize {
  let s = t;
  while (s != T.objectType) {
    const flags = load<u32>(s + T.TYPE_FLAGS);
    // An empty __slots__ adds nothing to the layout (the ABCs of collections.abc all have one).
    const slotNames = <usize>load<u32>(s + T.TYPE_SLOT_NAMES);
    if ((flags & T.TPFLAG_HEAPTYPE) == 0 || (slotNames != 0 && tupleLength(slotNames) > 0)) return s;
    s = <usize>load<u32>(s + T.TYPE_BASE);
  }
  return s;
}

/** Copies the namespace into the class dict, taking __qualname__ and __classcell__ out. */
function fillNamespace(t: usize, name: usize, ns: usize): bool {
  const dict = newDict();
  store<u32>(t + T.TYPE_DICT, <u32>dict);
  for (let i = dictNextEntry(ns, 0); i >= 0; i = dictNextEntry(ns, i + 1)) {
    if (dictSet(dict, entryKey(ns, i), entryValue(ns, i)) < 0) return false;
  }
  const qualname = dictGetStr(dict, N_qualname);
  if (qualname != NULL) {
    if (!isStr(qualname)) {
      const sb = newBuilder();
      appendJs(sb, "type __qualname__ must be a str, not ");
      appendStr(sb, A.typeNameOf(qualname));
      raiseStr(TypeError, finishBuilder(sb));
      return false;
    }
    store<u32>(t + T.TYPE_QUALNAME, <u32>ptrOf(qualname));
    dictDelete(dict, ptrValue(N_qualname));
  } else {
    store<u32>(t + T.TYPE_QUALNAME, <u32>name);
  }
  dictDelete(dict, ptrValue(N_classcell));
  // __init_subclass__ and __class_getitem__ are implicitly classmethods, __new__ a staticmethod.
  wrapFunction(dict, N_init_subclass, true);
  wrapFunction(dict, N_class_getitem, true);
  wrapFunction(dict, N_new, false);
  const module = dictGetStr(dict, N_module);
  if (module != NULL && isStr(module)) store<u32>(t + T.TYPE_MODULE, <u32>ptrOf(module));
  if (dictGetStr(dict, N_doc) == NULL) dictSetStr(dict, N_doc, NONE);
  return true;
}

function wrapFunction(dict: usize, name: usize, asClassmethod: bool): void {
  const f = dictGetStr(dict, name);
  if (f == NULL || !(isPtr(f) && kindOfPtr(ptrOf(f)) == KIND_FUNCTION)) return;
  dictSetStr(dict, name, ptrValue(asClassmethod ? newClassmethod(f) : newStaticmethod(f)));
}

// ---- the method resolution order (C3) ----

/**
 * Gives a builtin type a second base (ExceptionGroup is also an Exception,
 * io.UnsupportedOperation also a ValueError): its bases become (first, second), its MRO the C3 one.
 */
export function setTwoBases(t: usize, first: usize, second: usize): void {
  const bases = newTuple(2);
  tupleSet(bases, 0, ptrValue(first));
  tupleSet(bases, 1, ptrValue(second));
  store<u32>(t + T.TYPE_BASES, <u32>bases);
  store<u32>(t + T.TYPE_MRO, <u32>computeMro(t, bases));
}

/** mro(cls) = [cls] + merge(mro(b1), …, mro(bn), [b1 … bn]); 0 (TypeError set) when inconsistent. */
function computeMro(t: usize, bases: usize): usize {
  const n = tupleLength(bases);
  if (n == 1) {
    const baseMro = <usize>load<u32>(ptrOf(tupleGet(bases, 0)) + T.TYPE_MRO);
    const m = newTuple(tupleLength(baseMro) + 1);
    tupleSet(m, 0, ptrValue(t));
    for (let i = 0; i < tupleLength(baseMro); i++) tupleSet(m, i + 1, tupleGet(baseMro, i));
    return m;
  }
  // Sequences to merge: each base's MRO, then the bases; `heads` tracks how far each is consumed.
  const seqs = newList(n + 1);
  pushTempRoot(ptrValue(seqs));
  for (let i = 0; i < n; i++) listAppend(seqs, ptrValue(<usize>load<u32>(ptrOf(tupleGet(bases, i)) + T.TYPE_MRO)));
  listAppend(seqs, ptrValue(bases));
  const heads = alloc(8 + (<usize>(n + 1) << 2), 0, KIND_RAW);
  pushTempRoot(ptrValue(heads));
  const result = newList(8);
  pushTempRoot(ptrValue(result));
  listAppend(result, ptrValue(t));
  while (true) {
    let remaining = false;
    let chosen: Value = NULL;
    for (let i = 0; i <= n && chosen == NULL; i++) {
      const seq = ptrOf(listGet(seqs, i));
      const h = <i32>load<u32>(heads + 8 + (<usize>i << 2));
      if (h >= tupleLength(seq)) continue;
      remaining = true;
      const candidate = tupleGet(seq, h);
      if (!inAnyTail(seqs, heads, n, candidate)) chosen = candidate;
    }
    if (!remaining) break;
    if (chosen == NULL) {
      popTempRoots(3);
      raiseMroConflict(bases);
      return 0;
    }
    listAppend(result, chosen);
    for (let i = 0; i <= n; i++) {
      const seq = ptrOf(listGet(seqs, i));
      const h = <i32>load<u32>(heads + 8 + (<usize>i << 2));
      if (h < tupleLength(seq) && tupleGet(seq, h) == chosen) store<u32>(heads + 8 + (<usize>i << 2), <u32>(h + 1));
    }
  }
  popTempRoots(3);
  return tupleFromArray(<usize>load<u32>(result + 16) + 8, listLength(result));
}

function inAnyTail(seqs: usize, heads: usize, n: i32, candidate: Value): bool {
  for (let i = 0; i <= n; i++) {
    const seq = ptrOf(listGet(seqs, i));
    const h = <i32>load<u32>(heads + 8 + (<usize>i << 2));
    for (let j = h + 1; j < tupleLength(seq); j++) if (tupleGet(seq, j) == candidate) return true;
  }
  return false;
}

/** "Cannot create a consistent method resolution order (MRO) for bases A, B" */
function raiseMroConflict(bases: usize): void {
  const sb = newBuilder();
  appendJs(sb, 'Cannot create a consistent method resolution order (MRO) for bases ');
  for (let i = 0; i < tupleLength(bases); i++) {
    if (i > 0) appendJs(sb, ', ');
    appendStr(sb, typeName(ptrOf(tupleGet(bases, i))));
  }
  raiseStr(TypeError, finishBuilder(sb));
}

/** Slots not set yet come from the classes along the MRO (the first base's were copied already). */
function inheritFromMro(t: usize, mro: usize): void {
  for (let i = 1; i < tupleLength(mro); i++) T.inheritSlots(t, ptrOf(tupleGet(mro, i)));
}

// ---- instance layout ----

/** Where instances keep __dict__ and the __slots__ values; member descriptors for the slots. */
function layOutInstances(t: usize, base: usize): bool {
  const dict = <usize>load<u32>(t + T.TYPE_DICT);
  let size = <usize>load<u32>(base + T.TYPE_BASICSIZE);
  if (size == 0) size = load<u32>(base + T.TYPE_INSTANCE_KIND) == KIND_INSTANCE ? 8 : 0;
  // Classes (instances of a metaclass) keep their namespace in the type object: no __dict__ slot.
  const isMetaclass = load<u32>(base + T.TYPE_INSTANCE_KIND) == KIND_TYPE;
  let wantDict = load<u32>(base + T.TYPE_DICT_OFFSET) == 0 && !isMetaclass;
  const slots = dictGetStr(dict, N_slots);
  if (slots != NULL) {
    const names = slotNames(slots);
    if (names == 0) return false;
    wantDict = false;
    if (size == 0 && tupleLength(names) > 0) {
      // A variable-size builtin (tuple, str, bytes) has no fixed place for slot values.
      const sb = newBuilder();
      appendJs(sb, "nonempty __slots__ not supported for subtype of '");
      appendStr(sb, typeName(base));
      appendJs(sb, "'");
      raiseStr(TypeError, finishBuilder(sb));
      return false;
    }
    for (let i = 0; i < tupleLength(names); i++) {
      const slotName = ptrOf(tupleGet(names, i));
      if (slotName == N_dict) {
        wantDict = load<u32>(base + T.TYPE_DICT_OFFSET) == 0;
        continue;
      }
      if (slotName == N_weakref) continue;
      if (dictGetStr(dict, slotName) != NULL) {
        const sb = newBuilder();
        appendJs(sb, "'");
        appendStr(sb, slotName);
        appendJs(sb, "' in __slots__ conflicts with class variable");
        raiseStr(ValueError, finishBuilder(sb));
        return false;
      }
      size = (size + 7) & ~7;
      dictSetStr(dict, slotName, ptrValue(newMemberDescriptor(t, slotName, <u32>size)));
      size += 8;
    }
    store<u32>(t + T.TYPE_SLOT_NAMES, <u32>names);
  }
  if (wantDict && size != 0) {
    size = (size + 7) & ~7;
    store<u32>(t + T.TYPE_DICT_OFFSET, <u32>size);
    size += 8;
    if (dictGetStr(dict, N_dict) == NULL) defineDictAttribute(t);
  }
  // A variable-size base (str, tuple, bytes) keeps size 0: subclasses must not place fields in it.
  store<u32>(t + T.TYPE_BASICSIZE, size == 0 ? 0 : <u32>max<usize>(size, INSTANCE_SIZE));
  return true;
}

/** __slots__ as a tuple of identifiers (a single string is one slot). */
function slotNames(slots: Value): usize {
  let names: usize;
  if (isStr(slots)) {
    names = tuple1(slots);
  } else {
    const it = A.getIter(slots);
    if (it == NULL) return 0;
    pushTempRoot(it);
    const l = newList(4);
    pushTempRoot(ptrValue(l));
    while (true) {
      const x = A.iterNext(it);
      if (x == NULL) break;
      if (!isStr(x)) {
        popTempRoots(2);
        const sb = newBuilder();
        appendJs(sb, '__slots__ items must be strings, not \'');
        appendStr(sb, A.typeNameOf(x));
        appendJs(sb, "'");
        raiseStr(TypeError, finishBuilder(sb));
        return 0;
      }
      listAppend(l, ptrValue(intern(ptrOf(x))));
    }
    popTempRoots(2);
    if (errOccurred()) return 0;
    names = tupleFromArray(<usize>load<u32>(l + 16) + 8, listLength(l));
  }
  return names;
}

function registerSubclass(t: usize, bases: Value): void {
  for (let i = 0; i < tupleLength(ptrOf(bases)); i++) {
    const b = ptrOf(tupleGet(ptrOf(bases), i));
    let list = <usize>load<u32>(b + T.TYPE_SUBCLASSES);
    if (list == 0) {
      list = newList(2);
      store<u32>(b + T.TYPE_SUBCLASSES, <u32>list);
    }
    listAppend(list, ptrValue(t));
  }
}

// ---- class creation hooks ----

/** Calls __set_name__(cls, name) on every attribute of the new class that has one. */
function setNames(t: usize): bool {
  const dict = <usize>load<u32>(t + T.TYPE_DICT);
  const n = dictLength(dict);
  if (n == 0) return true;
  // Snapshot: a __set_name__ may add attributes.
  const items = newTuple(n * 2);
  pushTempRoot(ptrValue(items));
  let k = 0;
  for (let i = dictNextEntry(dict, 0); i >= 0 && k < n; i = dictNextEntry(dict, i + 1)) {
    tupleSet(items, k * 2, entryKey(dict, i));
    tupleSet(items, k * 2 + 1, entryValue(dict, i));
    k++;
  }
  for (let i = 0; i < k; i++) {
    const value = tupleGet(items, i * 2 + 1);
    const method = A.lookupInMro(A.typeOf(value), N_set_name);
    if (method == NULL) continue;
    const bound = A.bindDescriptor(method, value, A.typeOf(value));
    if (bound == NULL || A.call2(bound, ptrValue(t), tupleGet(items, i * 2)) == NULL) {
      popTempRoots(1);
      return false;
    }
  }
  popTempRoots(1);
  return true;
}

/** super(cls, cls).__init_subclass__(**kwds) */
function initSubclass(t: usize, kwargs: usize): bool {
  const mro = <usize>load<u32>(t + T.TYPE_MRO);
  for (let i = 1; i < tupleLength(mro); i++) {
    const b = ptrOf(tupleGet(mro, i));
    const method = dictGetStr(<usize>load<u32>(b + T.TYPE_DICT), N_init_subclass);
    if (method == NULL) continue;
    const bound = A.bindDescriptor(method, NULL, t);
    if (bound == NULL) return false;
    pushTempRoot(bound);
    const r = callKeywordsOnly(bound, kwargs);
    popTempRoots(1);
    return r != NULL;
  }
  return true;
}

/** f(**kwargs) */
function callKeywordsOnly(f: Value, kwargs: usize): Value {
  const nkw = kwargs == 0 ? 0 : dictLength(kwargs);
  if (nkw == 0) return A.call0(f);
  const argv = newTuple(nkw);
  const names = newTuple(nkw);
  let k = 0;
  for (let i = dictNextEntry(kwargs, 0); i >= 0; i = dictNextEntry(kwargs, i + 1)) {
    tupleSet(names, k, entryKey(kwargs, i));
    tupleSet(argv, k, entryValue(kwargs, i));
    k++;
  }
  pushTempRoot(ptrValue(argv));
  pushTempRoot(ptrValue(names));
  const r = A.callValue(f, argv + 16, 0, ptrValue(names));
  popTempRoots(2);
  return r;
}

export { emptyTuple, typeOfPtr, tupleType, N_name };
