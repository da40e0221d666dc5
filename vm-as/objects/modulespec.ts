// Module specs and loaders, as importlib's: an imported module's __spec__ is a ModuleSpec (name,
// loader, origin, submodule_search_locations … in its __dict__; parent, has_location and cached
// are computed), and its __loader__ tells where it came from: the classes BuiltinImporter and
// FrozenImporter, or a SourceFileLoader or NamespaceLoader instance. The import system keeps
// `_initializing` and `_uninitialized_submodules` on the spec, as CPython's, for its circular
// import messages.

import { Value, NULL, NONE, TRUE, FALSE, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, KIND_STR, KIND_LIST, KIND_INSTANCE } from '../object';
import { objectType, setSlot, SLOT_REPR, SLOT_NEW, TYPE_NAME, TYPE_MODULE, TYPE_DICT_OFFSET, TYPE_BASICSIZE,
  TPFLAG_HAS_DICT } from '../types';
import { newBuiltinType } from '../typesetup';
import { newInstance, ensureInstanceDict, instanceDictOf, INSTANCE_DICT, INSTANCE_SIZE, defineDictAttribute } from './baseobject';
import { defineGetSet } from './builtin';
import { dictGetStr, dictSetStr } from './dict';
import { newList } from './list';
import { internJs } from '../intern';
import { addPermanentRoot } from '../gc';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { strLength, charAt } from './str';
import { substring } from './str-ops';
import { raiseStr, clearExc } from '../errors';
import { TypeError } from './exception';
import { addSlotWrappers } from './slot-wrappers';
import * as A from '../abstract';

export let moduleSpecType: usize = 0;
export let builtinImporterType: usize = 0;
export let frozenImporterType: usize = 0;
let sourceFileLoaderType: usize = 0;
let namespaceLoaderType: usize = 0;

let nName: usize = 0;
let nLoader: usize = 0;
let nOrigin: usize = 0;
let nLoaderState: usize = 0;
let nLocations: usize = 0;
let nUninitialized: usize = 0;
let nSetFileattr: usize = 0;
let nCached: usize = 0;
let nInitializing: usize = 0;
let nPath: usize = 0;
let nNamespacePath: usize = 0;

function rooted(js: string): usize {
  const s = internJs(js);
  addPermanentRoot(ptrValue(s));
  return s;
}

function field(obj: Value, name: usize): Value {
  const d = instanceDictOf(obj);
  const v = d == 0 ? NULL : dictGetStr(d, name);
  return v == NULL ? NONE : v;
}

function setField(obj: Value, name: usize, v: Value): void {
  dictSetStr(ensureInstanceDict(obj), name, v);
}

/**
 * A ModuleSpec. origin: a str or None; locations: the package's __path__ list, or None for a
 * plain module; hasLocation: origin is a file (the module gets __file__).
 */
export function newModuleSpec(name: usize, loader: Value, origin: Value, locations: Value, hasLocation: bool): Value {
  const spec = ptrValue(newInstance(moduleSpecType));
  setField(spec, nName, ptrValue(name));
  setField(spec, nLoader, loader);
  setField(spec, nOrigin, origin);
  setField(spec, nLoaderState, NONE);
  setField(spec, nLocations, locations);
  setField(spec, nUninitialized, ptrValue(newList(0)));
  setField(spec, nSetFileattr, hasLocation ? TRUE : FALSE);
  setField(spec, nCached, NONE);
  return spec;
}

/** A SourceFileLoader for the module `name` read from `path`. */
export function newSourceFileLoader(name: usize, path: usize): Value {
  const loader = ptrValue(newInstance(sourceFileLoaderType));
  setField(loader, nName, ptrValue(name));
  setField(loader, nPath, ptrValue(path));
  return loader;
}

/** The NamespaceLoader of a namespace package whose portions are `path` (a list). */
export function newNamespaceLoader(path: Value): Value {
  const loader = ptrValue(newInstance(namespaceLoaderType));
  setField(loader, nNamespacePath, path);
  return loader;
}

/** _PyModuleSpec_IsInitializing: spec._initializing is true (errors count as false). */
export function specIsInitializing(spec: Value): bool {
  if (spec == NULL || spec == NONE) return false;
  const v = A.getAttrOrNull(spec, nInitializing);
  if (v == NULL) {
    clearExc();
    return false;
  }
  return A.isTrue(v) > 0;
}

export function setSpecInitializing(spec: Value, on: bool): void {
  setField(spec, nInitializing, on ? TRUE : FALSE);
}

/** True when `name` is a submodule of the spec's package still being imported (circular imports). */
export function specHasUninitializedSubmodule(spec: Value, name: usize): bool {
  if (spec == NULL || spec == NONE) return false;
  const list = A.getAttrOrNull(spec, nUninitialized);
  if (list == NULL) {
    clearExc();
    return false;
  }
  if (!(isPtr(list) && kindOfPtr(ptrOf(list)) == KIND_LIST)) return false;
  const r = A.containsValue(list, ptrValue(name));
  if (r < 0) clearExc();
  return r > 0;
}

/** spec._uninitialized_submodules (a list), or NULL when the spec has none. */
export function specUninitializedSubmodules(spec: Value): Value {
  if (!isPtr(spec) || A.typeOf(spec) != moduleSpecType) return NULL;
  const list = field(spec, nUninitialized);
  return isPtr(list) && kindOfPtr(ptrOf(list)) == KIND_LIST ? list : NULL;
}

// What the import system reads from the specs it made.
export function specLoader(spec: Value): Value {
  return field(spec, nLoader);
}

export function specOrigin(spec: Value): Value {
  return field(spec, nOrigin);
}

/** The package's __path__ list, or None for a plain module. */
export function specLocations(spec: Value): Value {
  return field(spec, nLocations);
}

/** The origin is a file: the module gets __file__. */
export function specHasLocation(spec: Value): bool {
  return field(spec, nSetFileattr) == TRUE;
}

/** spec.parent: the package a module belongs to ('' for a top-level module); a package is its own. */
function specParent(spec: Value): Value {
  const name = field(spec, nName);
  if (field(spec, nLocations) != NONE || !(isPtr(name) && kindOfPtr(ptrOf(name)) == KIND_STR)) return name;
  const s = ptrOf(name);
  let dot = strLength(s);
  while (dot > 0 && charAt(s, dot - 1) != 0x2E) dot--;
  return ptrValue(substring(s, 0, dot > 0 ? dot - 1 : 0));
}

function getHasLocation(spec: Value): Value {
  return A.isTrue(field(spec, nSetFileattr)) > 0 ? TRUE : FALSE;
}

function specCached(spec: Value): Value {
  return field(spec, nCached);
}

/** ModuleSpec(name='m', loader=…, origin='…', submodule_search_locations=[…]) */
function specReprSlot(v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'ModuleSpec(name=');
  if (!appendRepr(sb, field(v, nName))) return NULL;
  appendJs(sb, ', loader=');
  if (!appendRepr(sb, field(v, nLoader))) return NULL;
  const origin = field(v, nOrigin);
  if (origin != NONE) {
    appendJs(sb, ', origin=');
    if (!appendRepr(sb, origin)) return NULL;
  }
  const locations = field(v, nLocations);
  if (locations != NONE) {
    appendJs(sb, ', submodule_search_locations=');
    if (!appendRepr(sb, locations)) return NULL;
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

function appendRepr(sb: usize, v: Value): bool {
  const r = A.reprOf(v);
  if (r == 0) return false;
  appendStr(sb, r);
  return true;
}

/** The import system's own objects are made by it, not by calling their classes. */
function noNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "cannot create '");
  appendStr(sb, <usize>load<u32>(ptrOf(type) + TYPE_NAME));
  appendJs(sb, "' instances");
  return raiseStr(TypeError, finishBuilder(sb));
}

/** A class of the import system: instances keep their attributes in a __dict__. */
function importClass(name: string, module: usize, withInstances: bool): usize {
  const t = newBuiltinType(name, objectType, KIND_INSTANCE, withInstances ? TPFLAG_HAS_DICT : 0);
  store<u32>(t + TYPE_MODULE, <u32>module);
  if (withInstances) {
    store<u32>(t + TYPE_DICT_OFFSET, <u32>INSTANCE_DICT);
    store<u32>(t + TYPE_BASICSIZE, <u32>INSTANCE_SIZE);
    defineDictAttribute(t);
  }
  setSlot(t, SLOT_NEW, changetype<usize>(noNewSlot));
  addPermanentRoot(ptrValue(t));
  return t;
}

export function setupModuleSpecTypes(): void {
  nName = rooted('name');
  nLoader = rooted('loader');
  nOrigin = rooted('origin');
  nLoaderState = rooted('loader_state');
  nLocations = rooted('submodule_search_locations');
  nUninitialized = rooted('_uninitialized_submodules');
  nSetFileattr = rooted('_set_fileattr');
  nCached = rooted('_cached');
  nInitializing = rooted('_initializing');
  nPath = rooted('path');
  nNamespacePath = rooted('_path');
  const bootstrap = rooted('_frozen_importlib');
  const external = rooted('_frozen_importlib_external');
  moduleSpecType = importClass('ModuleSpec', bootstrap, true);
  setSlot(moduleSpecType, SLOT_REPR, changetype<usize>(specReprSlot));
  defineGetSet(moduleSpecType, 'parent', specParent, null);
  defineGetSet(moduleSpecType, 'has_location', getHasLocation, null);
  defineGetSet(moduleSpecType, 'cached', specCached, null);
  builtinImporterType = importClass('BuiltinImporter', bootstrap, false);
  frozenImporterType = importClass('FrozenImporter', bootstrap, false);
  sourceFileLoaderType = importClass('SourceFileLoader', external, true);
  namespaceLoaderType = importClass('NamespaceLoader', external, true);
  addSlotWrappers(moduleSpecType);
}
