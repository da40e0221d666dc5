// super(): attribute lookup that starts after a given class in an object's MRO.
//
// Layout (kind KIND_SUPER):
//   +8  u64 type      the class lookup starts after
//   +16 u64 obj       the instance (or class) bound, or NULL for an unbound super
//   +24 u64 objType   type(obj), or obj itself when obj is a class

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue } from '../value';
import { alloc } from '../heap';
import { KIND_SUPER, KIND_TYPE, KIND_CELL, KIND_FUNCTION, KIND_DESCRIPTOR, kindOfPtr } from '../object';
import { DESCR_SUBKIND, DESCR_METHOD } from './builtin';
import * as T from '../types';
import * as A from '../abstract';
import { raiseJs, raiseStr } from '../errors';
import { TypeError, RuntimeError, AttributeError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { tupleLength, tupleGet } from './tuple';
import { dictGetStr } from './dict';
import { currentFrame, FRAME_CODE, FRAME_HEADER } from '../interp/frame';
import * as C from './code';
import { CELL_CONTENTS } from './cell';
import { genericGetAttrSlot, objectReprSlot } from './baseobject';
import { N_class } from '../names';
import { internJs } from '../intern';

const SUPER_TYPE: usize = 8;
const SUPER_OBJ: usize = 16;
const SUPER_OBJ_TYPE: usize = 24;

export let superType: usize = 0;

function isType(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_TYPE;
}

/** The type to search: obj's type, or obj when it is a subclass of type (super in classmethods). */
export function superCheckType(type: usize, obj: Value): usize {
  return superCheck(type, obj);
}

function superCheck(type: usize, obj: Value): usize {
  if (isType(obj) && T.isSubtype(ptrOf(obj), type)) return ptrOf(obj);
  if (A.isInstance(obj, type)) return A.typeOf(obj);
  raiseJs(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  return 0;
}

/**
 * The attribute `name` found after `type` in objType's MRO, bound to obj; NULL when missing
 * (no error set). With wantMethod, a plain function comes back unbound and *isMethod is set.
 */
export function superLookup(type: usize, obj: Value, objType: usize, name: usize, methodOut: usize): Value {
  const mro = <usize>load<u32>(objType + T.TYPE_MRO);
  const n = tupleLength(mro);
  let i = 0;
  while (i < n && ptrOf(tupleGet(mro, i)) != type) i++;
  for (i++; i < n; i++) {
    const t = ptrOf(tupleGet(mro, i));
    const attr = dictGetStr(<usize>load<u32>(t + T.TYPE_DICT), name);
    if (attr == NULL) continue;
    if (methodOut != 0 && isPtr(attr) && isPlainMethod(attr)) {
      store<u8>(methodOut, 1);
      return attr;
    }
    const get = T.getSlot(A.typeOf(attr), T.SLOT_DESCR_GET);
    if (get == 0) return attr;
    const instance = obj == ptrValue(objType) ? NULL : obj;
    return changetype<(d: Value, i: Value, o: Value) => Value>(get)(attr, instance, ptrValue(objType));
  }
  return NULL;
}

function isPlainMethod(attr: Value): bool {
  const kind = kindOfPtr(ptrOf(attr));
  return kind == KIND_FUNCTION || (kind == KIND_DESCRIPTOR && load<u32>(ptrOf(attr) + DESCR_SUBKIND) == DESCR_METHOD);
}

export function newSuper(type: usize, obj: Value): Value {
  const objType = obj == NULL ? 0 : superCheck(type, obj);
  if (obj != NULL && objType == 0) return NULL;
  const s = alloc(32, superType, KIND_SUPER);
  store<u64>(s + SUPER_TYPE, ptrValue(type));
  store<u64>(s + SUPER_OBJ, obj);
  store<u64>(s + SUPER_OBJ_TYPE, objType == 0 ? NULL : ptrValue(objType));
  return ptrValue(s);
}

/** super() with no arguments: __class__ and the first argument of the calling frame. */
function superFromFrame(): Value {
  const f = currentFrame;
  if (f == 0) return raiseJs(RuntimeError, 'super(): no current frame');
  const code = <usize>load<u32>(f + FRAME_CODE);
  if (load<u32>(code + C.CODE_ARGCOUNT) == 0) return raiseJs(RuntimeError, 'super(): no arguments');
  let first = load<u64>(f + FRAME_HEADER);
  const kinds = <usize>load<u32>(code + C.CODE_LOCALSPLUSKINDS) + 8;
  if ((load<u8>(kinds) & 0x40) && isPtr(first) && kindOfPtr(ptrOf(first)) == KIND_CELL) {
    first = load<u64>(ptrOf(first) + CELL_CONTENTS);
  }
  if (first == NULL) return raiseJs(RuntimeError, 'super(): arg[0] deleted');
  const names = <usize>load<u32>(code + C.CODE_LOCALSPLUSNAMES);
  const n = tupleLength(names);
  for (let i = 0; i < n; i++) {
    if (ptrOf(tupleGet(names, i)) != N_class || (load<u8>(kinds + <usize>i) & 0x80) == 0) continue;
    const cell = load<u64>(f + FRAME_HEADER + (<usize>i << 3));
    if (!(isPtr(cell) && kindOfPtr(ptrOf(cell)) == KIND_CELL)) break;
    const cls = load<u64>(ptrOf(cell) + CELL_CONTENTS);
    if (cls == NULL) return raiseJs(RuntimeError, 'super(): empty __class__ cell');
    if (!isType(cls)) return raiseJs(RuntimeError, 'super(): __class__ is not a type');
    return newSuper(ptrOf(cls), first);
  }
  return raiseJs(RuntimeError, 'super(): __class__ cell not found');
}

function superNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (kwnames != NULL && tupleLength(ptrOf(kwnames)) > 0) return raiseJs(TypeError, 'super() takes no keyword arguments');
  if (nargs == 0) return superFromFrame();
  if (nargs > 2) return raiseJs(TypeError, 'super() takes at most 2 arguments');
  const t = load<u64>(args);
  if (!isType(t)) {
    const sb = newBuilder();
    appendJs(sb, 'super() argument 1 must be a type, not ');
    appendStr(sb, A.typeNameOf(t));
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return newSuper(ptrOf(t), nargs == 2 ? load<u64>(args, 8) : NULL);
}

function superInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  return 0;
}

function superGetAttrSlot(v: Value, name: Value): Value {
  const s = ptrOf(v);
  const objType = load<u64>(s + SUPER_OBJ_TYPE);
  if (objType != NULL && ptrOf(name) != N_class) {
    const r = superLookup(ptrOf(load<u64>(s + SUPER_TYPE)), load<u64>(s + SUPER_OBJ), ptrOf(objType), ptrOf(name), 0);
    if (r != NULL) return r;
  }
  return genericGetAttrSlot(v, name);
}

function superReprSlot(v: Value): Value {
  const s = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, "<super: <class '");
  appendStr(sb, <usize>load<u32>(ptrOf(load<u64>(s + SUPER_TYPE)) + T.TYPE_NAME));
  appendJs(sb, "'>, ");
  const objType = load<u64>(s + SUPER_OBJ_TYPE);
  if (objType == NULL) {
    appendJs(sb, 'NULL>');
  } else {
    appendJs(sb, '<');
    appendStr(sb, <usize>load<u32>(ptrOf(objType) + T.TYPE_NAME));
    appendJs(sb, ' object>>');
  }
  return ptrValue(finishBuilder(sb));
}

export function setupSuperType(t: usize): void {
  superType = t;
  T.setSlot(t, T.SLOT_NEW, changetype<usize>(superNewSlot));
  T.setSlot(t, T.SLOT_INIT, changetype<usize>(superInitSlot));
  T.setSlot(t, T.SLOT_GETATTR, changetype<usize>(superGetAttrSlot));
  T.setSlot(t, T.SLOT_REPR, changetype<usize>(superReprSlot));
}

export { NONE, AttributeError, objectReprSlot, internJs };
