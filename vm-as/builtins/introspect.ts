// Looking at namespaces: globals(), locals(), vars() and dir(), with the __dir__ methods of
// object, type and module that dir() calls (CPython's rules: an instance's __dict__ and the
// attributes of its class and all its bases; a class's own and its bases'; a module's dict).

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, KIND_CELL, KIND_DICT, KIND_TYPE } from '../object';
import * as C from '../objects/code';
import { LOCAL_KIND_CELL, LOCAL_KIND_FREE } from '../generated/image-format';
import { FRAME_CODE, FRAME_GLOBALS, FRAME_LOCALS, frameLocals as localsOfFrame, currentFrame } from '../interp/frame';
import { CELL_CONTENTS } from '../objects/cell';
import { newDict, dictSet, dictGetStr, dictNextEntry, entryKey, entryValue } from '../objects/dict';
import { newList, listAppend } from '../objects/list';
import { listFromIterable } from '../objects/list-type';
import { sortList } from '../objects/list-sort';
import { tupleGet, tupleLength } from '../objects/tuple';
import { objectType, typeType, TYPE_DICT, TYPE_BASES } from '../types';
import { moduleType, moduleDict } from '../objects/module';
import { defineFunction, defineMethod } from '../objects/builtin';
import { checkNoArgs, checkArgCount, checkNoKwargs } from '../objects/args';
import { raiseJs, excMatches, clearExc, errOccurred } from '../errors';
import * as E from '../objects/exception';
import { N_dict, N_class, N_dir, N_keys } from '../names';
import { pushTempRoot, popTempRoots } from '../gc';
import * as A from '../abstract';

// ---- frames ----

/**
 * A frame's locals as a mapping: the f_locals of module and class frames, or for a function's
 * frame a new dict of its bound variables (cells and free variables by their contents).
 */
export function frameLocals(f: usize): usize {
  const mapping = <usize>load<u32>(f + FRAME_LOCALS);
  if (mapping != 0) return mapping;
  const code = <usize>load<u32>(f + FRAME_CODE);
  const names = <usize>load<u32>(code + C.CODE_LOCALSPLUSNAMES);
  const kinds = <usize>load<u32>(code + C.CODE_LOCALSPLUSKINDS) + 8;
  const slots = localsOfFrame(f);
  const d = newDict();
  for (let i = 0; i < tupleLength(names); i++) {
    let v = load<u64>(slots + (<usize>i << 3));
    const kind = <i32>load<u8>(kinds + <usize>i);
    if ((kind & (LOCAL_KIND_CELL | LOCAL_KIND_FREE)) && isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_CELL) {
      v = load<u64>(ptrOf(v) + CELL_CONTENTS);
    }
    if (v != NULL && dictSet(d, tupleGet(names, i), v) < 0) return 0;
  }
  return d;
}

function builtinGlobals(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('globals', nargs, kwnames)) return NULL;
  return ptrValue(<usize>load<u32>(currentFrame + FRAME_GLOBALS));
}

function builtinLocals(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('locals', nargs, kwnames)) return NULL;
  const l = frameLocals(currentFrame);
  return l == 0 ? NULL : ptrValue(l);
}

/** vars([object]): object.__dict__, or locals(). */
function builtinVars(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('vars', kwnames) || !checkArgCount('vars', nargs, 0, 1)) return NULL;
  if (nargs == 0) return builtinLocals(self, args, 0, NULL);
  const d = A.getAttr(load<u64>(args), N_dict);
  if (d != NULL || !excMatches(E.AttributeError)) return d;
  clearExc();
  return raiseJs(E.TypeError, 'vars() argument must have __dict__ attribute');
}

// ---- dir ----

/** list(d.keys()) */
function keysList(d: usize): usize {
  const l = newList(0);
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) listAppend(l, entryKey(d, i));
  return l;
}

function mergeDict(into: usize, from: usize): bool {
  for (let i = dictNextEntry(from, 0); i >= 0; i = dictNextEntry(from, i + 1)) {
    if (dictSet(into, entryKey(from, i), entryValue(from, i)) < 0) return false;
  }
  return true;
}

/** merge_class_dict: the class's attributes, then its bases' (recursively). */
function mergeClassDict(into: usize, cls: usize): bool {
  if (!mergeDict(into, <usize>load<u32>(cls + TYPE_DICT))) return false;
  const bases = <usize>load<u32>(cls + TYPE_BASES);
  if (bases == 0) return true;
  for (let i = 0; i < tupleLength(bases); i++) {
    if (!mergeClassDict(into, ptrOf(tupleGet(bases, i)))) return false;
  }
  return true;
}

/** object.__dir__(): the instance's __dict__ keys and its class's attributes. */
function objectDir(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__dir__', nargs, kwnames)) return NULL;
  const names = newDict();
  // No __dict__ (whatever the error) counts as an empty one, as in CPython.
  const d = A.getAttrOrNull(self, N_dict);
  if (d == NULL) clearExc();
  else if (isPtr(d) && kindOfPtr(ptrOf(d)) == KIND_DICT && !mergeDict(names, ptrOf(d))) return NULL;
  const cls = A.getAttrOrNull(self, N_class);
  if (cls == NULL && errOccurred()) return NULL;
  if (cls != NULL && isPtr(cls) && kindOfPtr(ptrOf(cls)) == KIND_TYPE && !mergeClassDict(names, ptrOf(cls))) return NULL;
  return ptrValue(keysList(names));
}

/** type.__dir__(): the class's attributes and its bases'. */
function typeDir(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__dir__', nargs, kwnames)) return NULL;
  const names = newDict();
  if (!mergeClassDict(names, ptrOf(self))) return NULL;
  return ptrValue(keysList(names));
}

/** module.__dir__(): the module's own __dir__() when it defines one, else its dict's keys. */
function moduleDir(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__dir__', nargs, kwnames)) return NULL;
  const d = moduleDict(ptrOf(self));
  const own = dictGetStr(d, N_dir);
  if (own != NULL) return A.call0(own);
  return ptrValue(keysList(d));
}

/** dir([object]): the sorted names of the local scope, or of the object's attributes (its __dir__). */
function builtinDir(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('dir', kwnames) || !checkArgCount('dir', nargs, 0, 1)) return NULL;
  const names = nargs == 0 ? localNames() : attributeNames(load<u64>(args));
  if (names == 0 || sortList(names, NONE, false) < 0) return NULL;
  return ptrValue(names);
}

/** The names of the caller's local scope (its locals mapping's keys); 0 on error. */
function localNames(): usize {
  const l = frameLocals(currentFrame);
  if (l == 0) return 0;
  if (kindOfPtr(l) == KIND_DICT) return keysList(l);
  const keys = A.getAttr(ptrValue(l), N_keys);
  if (keys == NULL) return 0;
  const view = A.call0(keys);
  return view == NULL ? 0 : listFromIterable(view);
}

/** type(obj).__dir__(obj) as a list; 0 on error. */
function attributeNames(obj: Value): usize {
  const type = A.typeOf(obj);
  const dir = A.lookupInMro(type, N_dir);
  if (dir == NULL) {
    raiseJs(E.TypeError, 'object does not provide __dir__');
    return 0;
  }
  const bound = A.bindDescriptor(dir, obj, type);
  if (bound == NULL) return 0;
  const r = A.call0(bound);
  if (r == NULL) return 0;
  // Iterating the result may run Python code (a generator): keep it alive meanwhile.
  pushTempRoot(r);
  const names = listFromIterable(r);
  popTempRoots(1);
  return names;
}

export function setupIntrospectionBuiltins(builtins: usize, moduleName: usize): void {
  defineFunction(builtins, moduleName, 'globals', builtinGlobals);
  defineFunction(builtins, moduleName, 'locals', builtinLocals);
  defineFunction(builtins, moduleName, 'vars', builtinVars);
  defineFunction(builtins, moduleName, 'dir', builtinDir);
  defineMethod(objectType, '__dir__', objectDir);
  defineMethod(typeType, '__dir__', typeDir);
  defineMethod(moduleType, '__dir__', moduleDir);
}
