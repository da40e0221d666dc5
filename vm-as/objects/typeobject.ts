// `type`: calling a class makes an instance (__new__ then __init__), attribute lookup on a class
// (its metatype's data descriptors, then its own MRO, binding with no instance), its repr, and
// the attributes every class has (__name__, __qualname__, __mro__, __bases__, __dict__, __module__).

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, KIND_TYPE } from '../object';
import { setSlot, getSlot, SLOT_CALL, SLOT_GETATTR, SLOT_SETATTR, SLOT_REPR, SLOT_NEW, SLOT_INIT,
  SLOT_DESCR_GET, TYPE_NAME, TYPE_QUALNAME, TYPE_MRO, TYPE_BASES, TYPE_BASE, TYPE_DICT, TYPE_MODULE,
  TYPE_FLAGS, TPFLAG_IMMUTABLE, TPFLAG_DOTTED_NAME, TYPE_VERSION, TYPE_SUBCLASSES, isSubtype, typeType, assignVersionTag } from '../types';
import { listLength, listGet, newList, listAppend } from './list';
import { checkNoArgs } from './args';
import { strLength, charAt } from './str';
import { substring } from './str-ops';
import * as A from '../abstract';
import { raiseStr, raiseJs } from '../errors';
import { TypeError, AttributeError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { appendTypeFullName } from './baseobject';
import { dictSet, dictDelete, newDict } from './dict';
import { tupleLength, tupleGet } from './tuple';
import { typeNew } from './class';
import { updateSlotForName } from './slot-wrappers';
import { defineGetSet, defineMethod } from './builtin';
import { pushTempRoot, popTempRoots } from '../gc';
import { NONE as NONEV } from '../value';

/** type.__new__(metatype, name, bases, dict, **kwds) (and type(x) through type's __call__). */
function typeNewSlot(metatype: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  if (nargs == 1 && nkw == 0) return ptrValue(A.typeOf(load<u64>(args)));
  if (nargs != 3) return raiseJs(TypeError, 'type() takes 1 or 3 arguments');
  let kwargs: usize = 0;
  if (nkw > 0) {
    kwargs = newDict();
    for (let k = 0; k < nkw; k++) dictSet(kwargs, tupleGet(ptrOf(kwnames), k), load<u64>(args + (<usize>(nargs + k) << 3)));
  }
  return typeNew(ptrOf(metatype), load<u64>(args), load<u64>(args, 8), load<u64>(args, 16), kwargs);
}

/** type's __init__ accepts what __new__ accepted. */
function typeInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  return 0;
}

/** type(x) with one argument is x's type; otherwise: instance = T.__new__(T, ...); instance.__init__(...). */
export function typeCallSlot(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = ptrOf(callable);
  if (t == typeType && nargs == 1 && kwnames == NULL) return ptrValue(A.typeOf(load<u64>(args)));
  const newSlot = getSlot(t, SLOT_NEW);
  if (newSlot == 0) {
    const sb = newBuilder();
    appendJs(sb, "cannot create '");
    appendTypeFullName(sb, t);
    appendJs(sb, "' instances");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const obj = changetype<(t: Value, a: usize, n: i32, k: Value) => Value>(newSlot)(callable, args, nargs, kwnames);
  if (obj == NULL || !A.isInstance(obj, t)) return obj;
  const init = getSlot(A.typeOf(obj), SLOT_INIT);
  if (init == 0) return obj;
  // A native __init__ (list, dict, set) may run Python code while the new object is held only here.
  pushTempRoot(obj);
  const r = changetype<(s: Value, a: usize, n: i32, k: Value) => i32>(init)(obj, args, nargs, kwnames);
  popTempRoots(1);
  return r < 0 ? NULL : obj;
}

/** A class changed: it and every class inheriting from it get new version tags. */
export function invalidateVersionTags(t: usize): void {
  assignVersionTag(t);
  const subclasses = <usize>load<u32>(t + TYPE_SUBCLASSES);
  if (subclasses == 0) return;
  const n = listLength(subclasses);
  for (let i = 0; i < n; i++) invalidateVersionTags(ptrOf(listGet(subclasses, i)));
}

/** Attribute lookup on a class. */
export function typeGetAttrSlot(cls: Value, name: Value): Value {
  const t = ptrOf(cls);
  const meta = A.typeOf(cls);
  const n = ptrOf(name);
  const metaAttr = A.lookupInMro(meta, n);
  if (metaAttr != NULL && A.isDataDescriptor(metaAttr)) return A.bindDescriptor(metaAttr, cls, meta);
  const attr = A.lookupInMro(t, n);
  if (attr != NULL) {
    const get = getSlot(A.typeOf(attr), SLOT_DESCR_GET);
    if (get == 0) return attr;
    return changetype<(d: Value, i: Value, o: Value) => Value>(get)(attr, NULL, cls);
  }
  if (metaAttr != NULL) return A.bindDescriptor(metaAttr, cls, meta);
  const sb = newBuilder();
  appendJs(sb, "type object '");
  appendStr(sb, <usize>load<u32>(t + TYPE_NAME));
  appendJs(sb, "' has no attribute '");
  appendStr(sb, n);
  appendJs(sb, "'");
  return raiseStr(AttributeError, finishBuilder(sb));
}

/** Setting an attribute on a class (builtin classes refuse). */
export function typeSetAttrSlot(cls: Value, name: Value, value: Value): i32 {
  const t = ptrOf(cls);
  if (load<u32>(t + TYPE_FLAGS) & TPFLAG_IMMUTABLE) {
    const sb = newBuilder();
    appendJs(sb, "cannot set '");
    appendStr(sb, ptrOf(name));
    appendJs(sb, "' attribute of immutable type '");
    appendStr(sb, <usize>load<u32>(t + TYPE_NAME));
    appendJs(sb, "'");
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  invalidateVersionTags(t);
  const dict = <usize>load<u32>(t + TYPE_DICT);
  let r: i32;
  if (value == NULL) {
    r = dictDelete(dict, name);
    if (r == 1) {
      A.raiseAttributeError(cls, ptrOf(name));
      return -1;
    }
  } else {
    r = dictSet(dict, name, value);
  }
  if (r == 0) updateSlotForName(t, ptrOf(name));
  return r;
}

export function typeReprSlot(cls: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "<class '");
  appendTypeFullName(sb, ptrOf(cls));
  appendJs(sb, "'>");
  return ptrValue(finishBuilder(sb));
}

/** type.__name__: an extension-style type's name ("itertools.count") shows only what follows its last dot. */
function getName(cls: Value): Value {
  const name = <usize>load<u32>(ptrOf(cls) + TYPE_NAME);
  if ((load<u32>(ptrOf(cls) + TYPE_FLAGS) & TPFLAG_DOTTED_NAME) == 0) return ptrValue(name);
  let dot = strLength(name) - 1;
  while (dot >= 0 && charAt(name, dot) != 0x2e) dot--;
  return ptrValue(substring(name, dot + 1, strLength(name)));
}

function getQualname(cls: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(cls) + TYPE_QUALNAME));
}

function getMro(cls: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(cls) + TYPE_MRO));
}

function getBases(cls: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(cls) + TYPE_BASES));
}

function getBase(cls: Value): Value {
  const b = <usize>load<u32>(ptrOf(cls) + TYPE_BASE);
  return b == 0 ? NONE : ptrValue(b);
}

function getModule(cls: Value): Value {
  const m = <usize>load<u32>(ptrOf(cls) + TYPE_MODULE);
  return m == 0 ? NONE : ptrValue(m);
}

function getDict(cls: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(cls) + TYPE_DICT));
}

/** type.__subclasses__(): the classes that name this one as a direct base, oldest first. */
function typeSubclasses(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__subclasses__', nargs, kwnames)) return NULL;
  const subclasses = <usize>load<u32>(ptrOf(self) + TYPE_SUBCLASSES);
  const n = subclasses == 0 ? 0 : listLength(subclasses);
  const r = newList(n);
  for (let i = 0; i < n; i++) listAppend(r, listGet(subclasses, i));
  return ptrValue(r);
}

/** Installs type's slots and its attributes. */
export function setupTypeType(): void {
  setSlot(typeType, SLOT_CALL, changetype<usize>(typeCallSlot));
  setSlot(typeType, SLOT_GETATTR, changetype<usize>(typeGetAttrSlot));
  setSlot(typeType, SLOT_SETATTR, changetype<usize>(typeSetAttrSlot));
  setSlot(typeType, SLOT_REPR, changetype<usize>(typeReprSlot));
  setSlot(typeType, SLOT_NEW, changetype<usize>(typeNewSlot));
  setSlot(typeType, SLOT_INIT, changetype<usize>(typeInitSlot));
  defineGetSet(typeType, '__name__', getName, null);
  defineGetSet(typeType, '__qualname__', getQualname, null);
  defineGetSet(typeType, '__mro__', getMro, null);
  defineGetSet(typeType, '__bases__', getBases, null);
  defineGetSet(typeType, '__base__', getBase, null);
  defineGetSet(typeType, '__module__', getModule, null);
  defineGetSet(typeType, '__dict__', getDict, null);
  defineMethod(typeType, '__subclasses__', typeSubclasses);
}

export { isPtr, kindOfPtr, KIND_TYPE, isSubtype, NONEV, raiseJs };
