// Module objects: a namespace dict and a name, with CPython's attribute lookup (a module-level
// __getattr__, and the "partially initialized module" message of circular imports), repr
// (from __spec__ and __file__), and module(name, doc) for types.ModuleType.
//
// Layout (kind KIND_MODULE):
//   +8  u32 dict   (objects/baseobject.ts relies on this offset for __dict__)
//   +12 u32 name   str: the name it was created with (__name__ in the dict is what Python sees)

import { alloc } from '../heap';
import { KIND_MODULE, KIND_STR, kindOfPtr } from '../object';
import { Value, NULL, NONE, isPtr, ptrValue, ptrOf } from '../value';
import { newDict, dictSetStr, dictGetStr } from './dict';
import { setSlot, SLOT_REPR, SLOT_GETATTR, SLOT_NEW, SLOT_INIT } from '../types';
import { N_name, N_doc, N_getattr, N_spec, N_loader, N_package, N_file, N_empty } from '../names';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { genericGetAttrSlot, defineDictAttribute } from './baseobject';
import { excMatches, clearExc, raiseStr } from '../errors';
import { AttributeError, TypeError } from './exception';
import { specIsInitializing, specHasUninitializedSubmodule } from './modulespec';
import { kwCount, parseKeywords, raiseTakesAtMost } from './args';
import { internJs } from '../intern';
import * as A from '../abstract';

export const MODULE_DICT: usize = 8;
export const MODULE_NAME: usize = 12;

export let moduleType: usize = 0;

/** A module with `dict` as its namespace (the dict is used as it is). */
export function newModuleWithDict(name: usize, dict: usize): usize {
  const m = alloc(16, moduleType, KIND_MODULE);
  store<u32>(m + MODULE_DICT, <u32>dict);
  store<u32>(m + MODULE_NAME, <u32>name);
  return m;
}

/** A new module: its dict starts as CPython's, with __name__, __doc__, __package__, __loader__ and __spec__. */
export function newModule(name: usize): usize {
  const m = newModuleWithDict(name, newDict());
  initModuleDict(moduleDict(m), ptrValue(name), NONE);
  return m;
}

function initModuleDict(d: usize, name: Value, doc: Value): void {
  dictSetStr(d, N_name, name);
  dictSetStr(d, N_doc, doc);
  dictSetStr(d, N_package, NONE);
  dictSetStr(d, N_loader, NONE);
  dictSetStr(d, N_spec, NONE);
}

// @ts-ignore: decorator
@inline export function moduleDict(m: usize): usize {
  return <usize>load<u32>(m + MODULE_DICT);
}

/** A module attribute from its dict (NULL when absent; no error). */
function dictItem(v: Value, name: usize): Value {
  return dictGetStr(moduleDict(ptrOf(v)), name);
}

function isStr(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

/** Attribute lookup: the usual, then the module's own __getattr__, then CPython's messages. */
function moduleGetAttrSlot(v: Value, name: Value): Value {
  const r = genericGetAttrSlot(v, name);
  if (r != NULL || !excMatches(AttributeError)) return r;
  clearExc();
  const getattr = dictItem(v, N_getattr);
  if (getattr != NULL) return A.call1(getattr, name);
  const modName = dictItem(v, N_name);
  const sb = newBuilder();
  if (modName == NULL || !isStr(modName)) {
    appendJs(sb, "module has no attribute '");
    appendStr(sb, ptrOf(name));
    appendJs(sb, "'");
    return raiseStr(AttributeError, finishBuilder(sb));
  }
  const spec = dictItem(v, N_spec);
  if (specIsInitializing(spec)) {
    appendJs(sb, "partially initialized module '");
    appendStr(sb, ptrOf(modName));
    appendJs(sb, "' has no attribute '");
    appendStr(sb, ptrOf(name));
    appendJs(sb, "' (most likely due to a circular import)");
  } else if (specHasUninitializedSubmodule(spec, ptrOf(name))) {
    appendJs(sb, "cannot access submodule '");
    appendStr(sb, ptrOf(name));
    appendJs(sb, "' of module '");
    appendStr(sb, ptrOf(modName));
    appendJs(sb, "' (most likely due to a circular import)");
  } else {
    appendJs(sb, "module '");
    appendStr(sb, ptrOf(modName));
    appendJs(sb, "' has no attribute '");
    appendStr(sb, ptrOf(name));
    appendJs(sb, "'");
  }
  return raiseStr(AttributeError, finishBuilder(sb));
}

/** An attribute for repr: NULL when missing, also after an error (repr never fails on them). */
function attrOrNull(v: Value, name: usize): Value {
  const r = A.getAttrOrNull(v, name);
  if (r == NULL) clearExc();
  return r;
}

function appendRepr(sb: usize, v: Value): bool {
  const r = A.reprOf(v);
  if (r == 0) return false;
  appendStr(sb, r);
  return true;
}

/** importlib's _module_repr: from the spec when there is one, else from __file__ or __loader__. */
function moduleReprSlot(v: Value): Value {
  const spec = attrOrNull(v, N_spec);
  if (spec != NULL && spec != NONE) return reprFromSpec(spec);
  const sb = newBuilder();
  appendJs(sb, '<module ');
  const name = attrOrNull(v, N_name);
  if (name == NULL) appendJs(sb, "'?'");
  else if (!appendRepr(sb, name)) return NULL;
  const file = attrOrNull(v, N_file);
  const loader = attrOrNull(v, N_loader);
  if (file != NULL) {
    appendJs(sb, ' from ');
    if (!appendRepr(sb, file)) return NULL;
  } else if (loader != NULL && loader != NONE) {
    appendJs(sb, ' (');
    if (!appendRepr(sb, loader)) return NULL;
    appendJs(sb, ')');
  }
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

// Attributes of specs (interned, so they live as long as the intern table).
let nName: usize = 0;
let nOrigin: usize = 0;
let nLoader: usize = 0;
let nHasLocation: usize = 0;

/** "<module 'm' from '/p/m.py'>", "<module 'sys' (built-in)>", "<module 'ns' (<…NamespaceLoader …>)>" */
function reprFromSpec(spec: Value): Value {
  const sb = newBuilder();
  appendJs(sb, '<module ');
  const name = attrOrNull(spec, nName);
  if (name == NULL || name == NONE) appendJs(sb, "'?'");
  else if (!appendRepr(sb, name)) return NULL;
  const origin = attrOrNull(spec, nOrigin);
  if (origin == NULL || origin == NONE) {
    const loader = attrOrNull(spec, nLoader);
    if (loader != NULL && loader != NONE) {
      appendJs(sb, ' (');
      if (!appendRepr(sb, loader)) return NULL;
      appendJs(sb, ')');
    }
  } else {
    const hasLocation = attrOrNull(spec, nHasLocation);
    if (hasLocation != NULL && A.isTrue(hasLocation) > 0) {
      appendJs(sb, ' from ');
      if (!appendRepr(sb, origin)) return NULL;
    } else {
      appendJs(sb, ' (');
      const s = A.strOf(origin);
      if (s == 0) return NULL;
      appendStr(sb, s);
      appendJs(sb, ')');
    }
  }
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

/** module.__new__: a module with an empty namespace (__init__ fills it). */
function moduleNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const m = newModuleWithDict(N_empty, newDict());
  store<u32>(m, <u32>ptrOf(type));
  return ptrValue(m);
}

const INIT_NAMES: StaticArray<string> = ['name', 'doc'];
const initArgs = memory.data(16);

/** module(name, doc=None) */
function moduleInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  const total = nargs + kwCount(kwnames);
  if (total > 2) {
    raiseTakesAtMost('module', 2, total);
    return -1;
  }
  store<u64>(initArgs, nargs > 0 ? load<u64>(args) : NULL);
  store<u64>(initArgs, nargs > 1 ? load<u64>(args, 8) : NONE, 8);
  if (!parseKeywords('module', args, nargs, kwnames, INIT_NAMES, initArgs)) return -1;
  const name = load<u64>(initArgs);
  if (name == NULL || !isStr(name)) {
    const sb = newBuilder();
    if (name == NULL) {
      appendJs(sb, "module() missing required argument 'name' (pos 1)");
    } else {
      appendJs(sb, "module() argument 'name' must be str, not ");
      appendStr(sb, A.typeNameOf(name));
    }
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  initModuleDict(moduleDict(ptrOf(self)), name, load<u64>(initArgs, 8));
  store<u32>(ptrOf(self) + MODULE_NAME, <u32>ptrOf(name));
  return 0;
}

export function setupModuleType(t: usize): void {
  moduleType = t;
  nName = internJs('name');
  nOrigin = internJs('origin');
  nLoader = internJs('loader');
  nHasLocation = internJs('has_location');
  defineDictAttribute(t);
  setSlot(t, SLOT_REPR, changetype<usize>(moduleReprSlot));
  setSlot(t, SLOT_GETATTR, changetype<usize>(moduleGetAttrSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(moduleNewSlot));
  setSlot(t, SLOT_INIT, changetype<usize>(moduleInitSlot));
}

export { dictGetStr };
