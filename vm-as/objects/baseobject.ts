// `object`: the behaviour every type inherits — generic attribute access through the type's MRO
// and the instance __dict__, identity equality and hashing, the default repr, __init__/__new__.

import { Value, NULL, NONE, NOT_IMPLEMENTED, TRUE, FALSE, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, typeOfPtr, KIND_INSTANCE, KIND_FUNCTION, KIND_MODULE, KIND_EXCEPTION, KIND_TYPE, KIND_DICT } from '../object';
import { defineGetSet, defineClassMethod } from './builtin';
import { N_dict } from '../names';
import * as A from '../abstract';
import { getSlot, setSlot, SLOT_DESCR_SET, SLOT_GETATTR, SLOT_SETATTR, SLOT_REPR, SLOT_STR, SLOT_HASH,
  SLOT_RICHCOMPARE, SLOT_INIT, SLOT_NEW, TYPE_FLAGS, TPFLAG_HAS_DICT, TYPE_MODULE, TYPE_QUALNAME,
  TYPE_INSTANCE_KIND, TYPE_DICT_OFFSET, TYPE_BASICSIZE, TPFLAG_HEAPTYPE, TYPE_NAME } from '../types';
import { newDict, dictGetStr, dictSet, dictDelete } from './dict';
import { raiseStr, raiseJs } from '../errors';
import { AttributeError, TypeError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder, appendCodePoint } from './strbuilder';
import { strIsJs } from './args';
import { strEquals, strType } from './str';
import { FUNC_DICT } from './function';
import { EXC_DICT } from './exception';
import { alloc } from '../heap';
import { CMP_EQ, CMP_NE } from '../generated/opcodes';
import { tupleLength, tupleGet } from './tuple';
import { ptrValue as pv } from '../value';

/** Instances of user classes (kind KIND_INSTANCE): +8 u32 __dict__ (0 until the first attribute). */
export const INSTANCE_DICT: usize = 8;
export const INSTANCE_SIZE: usize = 16;

/** A bare instance of a class whose instances have kind KIND_INSTANCE (its basic size, at least a header and a dict). */
export function newInstance(type: usize): usize {
  const size = max<usize>(<usize>load<u32>(type + TYPE_BASICSIZE), INSTANCE_SIZE);
  const p = alloc(size, type, KIND_INSTANCE);
  // __slots__ values start unset (NULL); the __dict__ pointer starts empty (0).
  for (let at: usize = 8; at + 8 <= size; at += 8) store<u64>(p + at, NULL);
  const dictOffset = <usize>load<u32>(type + TYPE_DICT_OFFSET);
  if (dictOffset != 0) store<u64>(p + dictOffset, 0);
  return p;
}

/** Where an object keeps its attribute dict: the address of the u32 field, or 0 when it has none. */
function dictFieldOf(p: usize): usize {
  const offset = <usize>load<u32>(typeOfPtr(p) + TYPE_DICT_OFFSET);
  return offset == 0 ? 0 : p + offset;
}

/** The instance's __dict__ (0 when it has none yet or cannot have one). */
export function instanceDictOf(obj: Value): usize {
  if (!isPtr(obj)) return 0;
  const field = dictFieldOf(ptrOf(obj));
  return field == 0 ? 0 : <usize>load<u32>(field);
}

/** The instance's __dict__, created on first use; 0 when the object cannot have one. */
export function ensureInstanceDict(obj: Value): usize {
  if (!isPtr(obj)) return 0;
  const field = dictFieldOf(ptrOf(obj));
  if (field == 0) return 0;
  let d = <usize>load<u32>(field);
  if (d == 0) {
    d = newDict();
    store<u32>(field, <u32>d);
  }
  return d;
}

/** PyObject_GenericGetAttr: data descriptors, then the instance dict, then other class attributes. */
export function genericGetAttrSlot(obj: Value, name: Value): Value {
  const type = A.typeOf(obj);
  const n = ptrOf(name);
  const descr = A.lookupInMro(type, n);
  if (descr != NULL && A.isDataDescriptor(descr)) return A.bindDescriptor(descr, obj, type);
  const dict = instanceDictOf(obj);
  if (dict != 0) {
    const v = dictGetStr(dict, n);
    if (v != NULL) return v;
  }
  if (descr != NULL) return A.bindDescriptor(descr, obj, type);
  return A.raiseAttributeError(obj, n);
}

/** PyObject_GenericSetAttr (value NULL deletes). */
export function genericSetAttrSlot(obj: Value, name: Value, value: Value): i32 {
  const type = A.typeOf(obj);
  const n = ptrOf(name);
  const descr = A.lookupInMro(type, n);
  if (descr != NULL) {
    const set = getSlot(A.typeOf(descr), SLOT_DESCR_SET);
    if (set != 0) return changetype<(d: Value, o: Value, v: Value) => i32>(set)(descr, obj, value);
  }
  const dict = value == NULL ? instanceDictOf(obj) : ensureInstanceDict(obj);
  if (dict == 0) {
    if (isPtr(obj) && dictFieldOf(ptrOf(obj)) != 0) return raiseMissingAttribute(obj, n);
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, A.typeNameOf(obj));
    appendJs(sb, descr != NULL ? "' object attribute '" : "' object has no attribute '");
    appendStr(sb, n);
    appendJs(sb, descr != NULL ? "' is read-only" : "'");
    raiseStr(AttributeError, finishBuilder(sb));
    return -1;
  }
  if (value == NULL) {
    const r = dictDelete(dict, name);
    if (r == 1) return raiseMissingAttribute(obj, n);
    return r;
  }
  return dictSet(dict, name, value);
}

function raiseMissingAttribute(obj: Value, name: usize): i32 {
  A.raiseAttributeError(obj, name);
  return -1;
}

/** <module.Qualname object at 0x…> */
export function objectReprSlot(v: Value): Value {
  const type = A.typeOf(v);
  const sb = newBuilder();
  appendJs(sb, '<');
  appendTypeFullName(sb, type);
  appendJs(sb, ' object at ');
  appendAddress(sb, v);
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

/** "module.Qualname", or just the qualname for builtins. */
export function appendTypeFullName(sb: usize, type: usize): void {
  const module = <usize>load<u32>(type + TYPE_MODULE);
  if (module != 0 && !strIsJs(module, 'builtins')) {
    appendStr(sb, module);
    appendCodePoint(sb, 0x2E);
  }
  appendStr(sb, <usize>load<u32>(type + TYPE_QUALNAME));
}

/** 0x… as CPython prints addresses (ours are linear-memory offsets). */
export function appendAddress(sb: usize, v: Value): void {
  appendJs(sb, '0x');
  const p = <u64>(isPtr(v) ? ptrOf(v) : <usize>(<u32>v));
  let started = false;
  for (let shift: i32 = 44; shift >= 0; shift -= 4) {
    const d = <u32>((p >> <u64>shift) & 0xF);
    if (d == 0 && !started && shift > 0) continue;
    started = true;
    appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
  }
}

export function objectStrSlot(v: Value): Value {
  const r = A.reprOf(v);
  return r == 0 ? NULL : ptrValue(r);
}

/** Identity hash, spread like CPython's _Py_HashPointer. */
export function objectHashSlot(v: Value): i64 {
  const p = <u64>v;
  const h = <i64>((p >> 4) | (p << 60));
  return h == -1 ? -2 : h;
}

/** object.__eq__ is identity; __ne__ inverts __eq__. */
export function objectRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (op == CMP_EQ) return a == b ? TRUE : NOT_IMPLEMENTED;
  if (op == CMP_NE) {
    if (a == b) return FALSE;
    return NOT_IMPLEMENTED;
  }
  return NOT_IMPLEMENTED;
}

/** object.__init__: rejects arguments unless __new__ was overridden (CPython's excess-args rule). */
export function objectInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  const type = A.typeOf(self);
  const extra = nargs > 0 || (kwnames != NULL && tupleLength(ptrOf(kwnames)) > 0);
  if (!extra) return 0;
  if (getSlot(type, SLOT_INIT) != changetype<usize>(objectInitSlot)) {
    raiseJs(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    return -1;
  }
  if (getSlot(type, SLOT_NEW) == changetype<usize>(objectNewSlot)) {
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(type + TYPE_QUALNAME));
    appendJs(sb, '() takes no arguments');
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  return 0;
}

/** object.__new__: a bare instance of a user class. */
export function objectNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = ptrOf(type);
  const extra = nargs > 0 || (kwnames != NULL && tupleLength(ptrOf(kwnames)) > 0);
  if (extra && getSlot(t, SLOT_INIT) == changetype<usize>(objectInitSlot)) {
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(t + TYPE_QUALNAME));
    appendJs(sb, '() takes no arguments');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  if (load<u32>(t + TYPE_INSTANCE_KIND) != KIND_INSTANCE) {
    const sb = newBuilder();
    appendJs(sb, 'cannot create \'');
    appendStr(sb, <usize>load<u32>(t + TYPE_QUALNAME));
    appendJs(sb, "' instances");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return ptrValue(newInstance(t));
}

function getClass(v: Value): Value {
  return ptrValue(A.typeOf(v));
}

/** obj.__class__ = C: only between compatible user classes (same layout). */
function setClass(v: Value, value: Value): i32 {
  if (value == NULL) {
    raiseJs(TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!(isPtr(value) && kindOfPtr(ptrOf(value)) == KIND_TYPE)) {
    const sb = newBuilder();
    appendJs(sb, '__class__ must be set to a class, not \'');
    appendStr(sb, A.typeNameOf(value));
    appendJs(sb, "' object");
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  const old = A.typeOf(v);
  const to = ptrOf(value);
  const heap = (load<u32>(old + TYPE_FLAGS) & TPFLAG_HEAPTYPE) != 0 && (load<u32>(to + TYPE_FLAGS) & TPFLAG_HEAPTYPE) != 0;
  if (!isPtr(v) || !heap || load<u32>(old + TYPE_BASICSIZE) != load<u32>(to + TYPE_BASICSIZE) ||
    load<u32>(old + TYPE_DICT_OFFSET) != load<u32>(to + TYPE_DICT_OFFSET) ||
    load<u32>(old + TYPE_INSTANCE_KIND) != load<u32>(to + TYPE_INSTANCE_KIND)) {
    raiseJs(TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
    return -1;
  }
  store<u32>(ptrOf(v), <u32>to);
  return 0;
}

/** instance.__dict__ (created on first use). */
export function getInstanceDict(v: Value): Value {
  const d = ensureInstanceDict(v);
  if (d == 0) return A.raiseAttributeError(v, N_dict);
  return ptrValue(d);
}

function setInstanceDict(v: Value, value: Value): i32 {
  if (value == NULL || !(isPtr(value) && kindOfPtr(ptrOf(value)) == KIND_DICT)) {
    raiseJs(TypeError, '__dict__ must be set to a dictionary');
    return -1;
  }
  const field = dictFieldOf(ptrOf(v));
  if (field == 0) return raiseMissingAttribute(v, N_dict);
  store<u32>(field, <u32>ptrOf(value));
  return 0;
}

/** Adds a __dict__ attribute to a class whose instances gain a dict with it. */
export function defineDictAttribute(type: usize): void {
  defineGetSet(type, '__dict__', getInstanceDict, setInstanceDict);
}

/** object.__init_subclass__(): the end of the chain of super().__init_subclass__(**kwargs) calls. */
function objectInitSubclass(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs > 0) return raiseJs(TypeError, 'object.__init_subclass__() takes no arguments');
  if (kwnames != NULL && tupleLength(ptrOf(kwnames)) > 0) {
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(ptrOf(cls) + TYPE_NAME));
    appendJs(sb, '.__init_subclass__() takes no keyword arguments');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return NONE;
}

/** object.__subclasshook__(subclass): NotImplemented, so issubclass() decides as usual. */
function objectSubclassHook(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return NOT_IMPLEMENTED;
}

/** object's attributes (needs the descriptor types, so it runs after them). */
export function defineObjectAttributes(objectType: usize): void {
  defineGetSet(objectType, '__class__', getClass, setClass);
  defineClassMethod(objectType, '__init_subclass__', objectInitSubclass);
  defineClassMethod(objectType, '__subclasshook__', objectSubclassHook);
}

/** Installs object's slots on the object type (every type inherits them). */
export function setupObjectSlots(objectType: usize): void {
  setSlot(objectType, SLOT_GETATTR, changetype<usize>(genericGetAttrSlot));
  setSlot(objectType, SLOT_SETATTR, changetype<usize>(genericSetAttrSlot));
  setSlot(objectType, SLOT_REPR, changetype<usize>(objectReprSlot));
  setSlot(objectType, SLOT_STR, changetype<usize>(objectStrSlot));
  setSlot(objectType, SLOT_HASH, changetype<usize>(objectHashSlot));
  setSlot(objectType, SLOT_RICHCOMPARE, changetype<usize>(objectRichCompareSlot));
  setSlot(objectType, SLOT_INIT, changetype<usize>(objectInitSlot));
  setSlot(objectType, SLOT_NEW, changetype<usize>(objectNewSlot));
}

export { NONE, TYPE_FLAGS, TPFLAG_HAS_DICT, KIND_TYPE, strType, tupleGet, pv, typeOfPtr };
