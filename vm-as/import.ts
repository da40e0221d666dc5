// The import system, as CPython 3.11's (Python/import.c and importlib._bootstrap): IMPORT_NAME
// and __import__ resolve relative names and reuse sys.modules; a module not loaded yet is found
// (the VM's own modules first, then the host: frozen modules of lib/, then sys.path or the
// parent package's __path__), created with its spec and attributes, put in sys.modules before
// its code runs (so circular imports see the partial module) and taken out again if that fails,
// and bound as an attribute of its parent package. IMPORT_FROM and `import *` read names from
// the module, with CPython's messages.

import { Value, NULL, NONE, isPtr, isSmallInt, intOf, ptrOf, ptrValue, smallInt } from './value';
import { kindOfPtr, KIND_STR, KIND_DICT, KIND_MODULE } from './object';
import { raiseJs, raiseStr, excMatches, clearExc, errOccurred, fetchExc, restoreExc } from './errors';
import * as E from './objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './objects/strbuilder';
import { strLength, charAt, strEquals, strFromJs } from './objects/str';
import { substring } from './objects/str-ops';
import { newDict, dictGetStr, dictSetStr, dictSet, dictDelete, dictNextEntry, entryKey } from './objects/dict';
import { newList, listAppend, listLength, listRemoveAt } from './objects/list';
import { listFromIterable } from './objects/list-type';
import { newModule, moduleDict } from './objects/module';
import { newModuleSpec, newSourceFileLoader, newNamespaceLoader, setSpecInitializing, specIsInitializing,
  specUninitializedSubmodules, specLocations, specLoader, specOrigin, specHasLocation, frozenImporterType,
  builtinImporterType } from './objects/modulespec';
import { internJs, intern } from './intern';
import { raiseImportError, importErrorName, raiseOSError } from './objects/exception-fields';
import { N_name, N_path, N_spec, N_loader, N_package, N_file, N_cached, N_builtins, N_all, N_dict, N_import,
  N_annotations, N_main, N_empty } from './names';
import { FRAME_GLOBALS, FRAME_BUILTINS, FRAME_LOCALS } from './interp/frame';
import * as C from './objects/code';
import { pushTempRoot, popTempRoots } from './gc';
import { loadImage } from './image';
import { hostFindModule } from './host';
import { encodeForHost, encodedLength, takeAnswer, answerInt, answerStr, answerRest, answerRestLength } from './hostdata';
import { FIND_NOT_FOUND, FIND_SOURCE_PACKAGE, FIND_FROZEN, FIND_FROZEN_PACKAGE, FIND_NAMESPACE,
  FIND_COMPILE_ERROR, FIND_OS_ERROR } from './generated/host-protocol';
import { modulesDict, builtinsModule, setNativeModuleAttributes } from './modules/table';
import { nativeModuleFactory, ModuleFactory } from './modules/registry';
import { sysAttr } from './modules/sys';
import { execCode, raiseCompileError } from './builtins/exec';
import { builtinsDict } from './builtins/functions';
import * as A from './abstract';

/** The builtin __import__ (IMPORT_NAME calls a replacement the program installs instead). */
let builtinImport: Value = NULL;

export function setBuiltinImport(f: Value): void {
  builtinImport = f;
}

function isStr(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

function lastDot(s: usize, end: i32): i32 {
  for (let i = end - 1; i >= 0; i--) if (charAt(s, i) == 0x2E) return i;
  return -1;
}

/** a + '.' + b */
function dotted(a: usize, b: usize): usize {
  const sb = newBuilder(strLength(a) + strLength(b) + 1);
  appendStr(sb, a);
  appendJs(sb, '.');
  appendStr(sb, b);
  return finishBuilder(sb);
}

function raiseNoModule(name: usize, suffix: usize): Value {
  const sb = newBuilder();
  appendJs(sb, "No module named '");
  appendStr(sb, name);
  appendJs(sb, "'");
  if (suffix != 0) {
    appendJs(sb, "; '");
    appendStr(sb, suffix);
    appendJs(sb, "' is not a package");
  }
  return raiseImportError(E.ModuleNotFoundError, finishBuilder(sb), ptrValue(name), NONE);
}

// ---- IMPORT_NAME and __import__ ----

/** IMPORT_NAME: builtins.__import__(name, globals, locals, fromlist, level), the builtin one directly. */
export function importModule(frame: usize, name: Value, fromlist: Value, level: Value): Value {
  const globals = <usize>load<u32>(frame + FRAME_GLOBALS);
  const imp = dictGetStr(<usize>load<u32>(frame + FRAME_BUILTINS), N_import);
  if (imp == NULL) return raiseJs(E.ImportError, '__import__ not found');
  if (imp == builtinImport) return importLevel(name, ptrValue(globals), fromlist, level);
  const locals = <usize>load<u32>(frame + FRAME_LOCALS);
  const at = A.scratchReserve(40);
  store<u64>(at, name);
  store<u64>(at, ptrValue(globals), 8);
  store<u64>(at, locals == 0 ? NONE : ptrValue(locals), 16);
  store<u64>(at, fromlist, 24);
  store<u64>(at, level, 32);
  const r = A.callValue(imp, at, 5, NULL);
  A.scratchRelease(at);
  return r;
}

/** PyImport_ImportModuleLevelObject: globals is NULL or NONE when there are none. */
export function importLevel(name: Value, globals: Value, fromlist: Value, levelValue: Value): Value {
  if (!isStr(name)) return raiseJs(E.TypeError, 'module name must be a string');
  const level = A.indexOf(levelValue);
  if (level == NULL) return NULL;
  if (!isSmallInt(level) || intOf(level) < 0) return raiseJs(E.ValueError, 'level must be >= 0');
  let absName = ptrOf(name);
  if (intOf(level) > 0) {
    absName = resolveName(ptrOf(name), globals, <i32>intOf(level));
    if (absName == 0) return NULL;
  } else if (strLength(absName) == 0) {
    return raiseJs(E.ValueError, 'Empty module name');
  }
  pushTempRoot(ptrValue(absName));
  const r = importWithFromlist(ptrOf(name), absName, fromlist, <i32>intOf(level));
  popTempRoots(1);
  return r;
}

function importWithFromlist(name: usize, absName: usize, fromlist: Value, level: i32): Value {
  const module = importAbsolute(absName);
  if (module == NULL) return NULL;
  const hasFrom = fromlist != NULL && fromlist != NONE ? A.isTrue(fromlist) : 0;
  if (hasFrom < 0) return NULL;
  if (hasFrom == 0) return topOfName(name, absName, module, level);
  const path = A.getAttrOrNull(module, N_path);
  if (path == NULL) return errOccurred() ? NULL : module;
  pushTempRoot(module);
  const ok = handleFromlist(module, fromlist, false);
  popTempRoots(1);
  return ok ? module : NULL;
}

/**
 * What `import a.b.c` binds: the top package `a` (for a relative import, the module the first
 * name part designates).
 */
function topOfName(name: usize, absName: usize, module: Value, level: i32): Value {
  const length = strLength(name);
  if (level > 0 && length == 0) return module;
  let dot = -1;
  for (let i = 0; i < length && dot < 0; i++) if (charAt(name, i) == 0x2E) dot = i;
  if (dot < 0) return module;
  if (level == 0) return importAbsolute(substring(name, 0, dot));
  const cutOff = length - dot;
  const toReturn = substring(absName, 0, strLength(absName) - cutOff);
  const m = dictGetStr(modulesDict, toReturn);
  if (m != NULL) return m;
  const sb = newBuilder();
  const r = A.reprOf(ptrValue(toReturn));
  if (r == 0) return NULL;
  appendStr(sb, r);
  appendJs(sb, ' not in sys.modules as expected');
  return raiseStr(E.KeyError, finishBuilder(sb));
}

/** The module named absName: from sys.modules, else found and loaded. */
function importAbsolute(absName: usize): Value {
  const m = dictGetStr(modulesDict, absName);
  // A module still initialising (a circular import) is returned as it is, as CPython does.
  if (m != NULL && m != NONE) return m;
  return findAndLoad(absName);
}

/** The package a relative import starts from, as _calc___package__ (and CPython's messages). */
function packageOf(globals: Value): Value {
  if (globals == NULL || globals == NONE) return raiseJs(E.KeyError, "'__name__' not in globals");
  if (!(isPtr(globals) && kindOfPtr(ptrOf(globals)) == KIND_DICT)) return raiseJs(E.TypeError, 'globals must be a dict');
  const g = ptrOf(globals);
  const pkg = dictGetStr(g, N_package);
  if (pkg != NULL && pkg != NONE) {
    if (!isStr(pkg)) return raiseJs(E.TypeError, 'package must be a string');
    return pkg;
  }
  const spec = dictGetStr(g, N_spec);
  if (spec != NULL && spec != NONE) {
    const parent = A.getAttr(spec, internJs('parent'));
    if (parent == NULL) return NULL;
    if (!isStr(parent)) return raiseJs(E.TypeError, '__spec__.parent must be a string');
    return parent;
  }
  const name = dictGetStr(g, N_name);
  if (name == NULL) return raiseJs(E.KeyError, "'__name__' not in globals");
  if (!isStr(name)) return raiseJs(E.TypeError, '__name__ must be a string');
  if (dictGetStr(g, N_path) != NULL) return name;
  const dot = lastDot(ptrOf(name), strLength(ptrOf(name)));
  return ptrValue(substring(ptrOf(name), 0, dot < 0 ? 0 : dot));
}

/** The absolute name of a relative import `from ...name import`; 0 with the error set. */
function resolveName(name: usize, globals: Value, level: i32): usize {
  const pkg = packageOf(globals);
  if (pkg == NULL) return 0;
  const p = ptrOf(pkg);
  let end = strLength(p);
  if (end == 0) {
    raiseImportError(E.ImportError, strFromJs('attempted relative import with no known parent package'), NONE, NONE);
    return 0;
  }
  for (let up = 1; up < level; up++) {
    end = lastDot(p, end);
    if (end < 0) {
      raiseImportError(E.ImportError, strFromJs('attempted relative import beyond top-level package'), NONE, NONE);
      return 0;
    }
  }
  const base = substring(p, 0, end);
  return strLength(name) == 0 ? base : dotted(base, name);
}

/** `from package import a, b`: imports the submodules the package does not have as attributes yet. */
function handleFromlist(module: Value, fromlist: Value, recursive: bool): bool {
  const it = A.getIter(fromlist);
  if (it == NULL) return false;
  pushTempRoot(it);
  let ok = true;
  while (ok) {
    const x = A.iterNext(it);
    if (x == NULL) {
      ok = !errOccurred();
      break;
    }
    ok = fromlistItem(module, x, recursive);
  }
  popTempRoots(1);
  return ok;
}

function fromlistItem(module: Value, x: Value, recursive: bool): bool {
  if (!isStr(x)) {
    const sb = newBuilder();
    appendJs(sb, 'Item in ');
    if (recursive) {
      const name = A.getAttr(module, N_name);
      if (name == NULL) return false;
      const s = A.strOf(name);
      if (s == 0) return false;
      appendStr(sb, s);
      appendJs(sb, '.__all__');
    } else {
      appendJs(sb, "``from list''");
    }
    appendJs(sb, ' must be str, not ');
    appendStr(sb, A.typeNameOf(x));
    raiseStr(E.TypeError, finishBuilder(sb));
    return false;
  }
  const s = ptrOf(x);
  if (strLength(s) == 1 && charAt(s, 0) == 0x2A) {
    if (recursive) return true;
    const all = A.getAttrOrNull(module, N_all);
    if (all == NULL) return !errOccurred();
    pushTempRoot(all);
    const ok = handleFromlist(module, all, true);
    popTempRoots(1);
    return ok;
  }
  if (A.getAttrOrNull(module, s) != NULL) return true;
  if (errOccurred()) return false;
  const moduleName = A.getAttr(module, N_name);
  if (moduleName == NULL) return false;
  const s2 = A.strOf(moduleName);
  if (s2 == 0) return false;
  const fromName = dotted(s2, s);
  pushTempRoot(ptrValue(fromName));
  const r = importAbsolute(fromName);
  popTempRoots(1);
  if (r != NULL) return true;
  // A submodule that does not exist is no error: IMPORT_FROM reports the missing name.
  if (!excMatches(E.ModuleNotFoundError)) return false;
  const exc = fetchExc();
  const excName = importErrorName(exc);
  if (isStr(excName) && strEquals(ptrOf(excName), fromName) && dictGetStr(modulesDict, fromName) != NONE) return true;
  restoreExc(exc);
  return false;
}

// ---- finding and loading ----

/** _find_and_load: imports the parent package first, finds the module, loads it, binds it on the parent. */
function findAndLoad(absName: usize): Value {
  const existing = dictGetStr(modulesDict, absName);
  if (existing == NONE) {
    const sb = newBuilder();
    appendJs(sb, 'import of ');
    appendStr(sb, absName);
    appendJs(sb, ' halted; None in sys.modules');
    return raiseImportError(E.ModuleNotFoundError, finishBuilder(sb), ptrValue(absName), NONE);
  }
  const dot = lastDot(absName, strLength(absName));
  if (dot < 0) return findAndLoadIn(absName, NULL, NULL, NONE);
  const parentName = substring(absName, 0, dot);
  pushTempRoot(ptrValue(parentName));
  const child = substring(absName, dot + 1, strLength(absName));
  pushTempRoot(ptrValue(child));
  const r = loadSubmodule(absName, parentName, child);
  popTempRoots(2);
  return r;
}

function loadSubmodule(absName: usize, parentName: usize, child: usize): Value {
  if (dictGetStr(modulesDict, parentName) == NULL && importAbsolute(parentName) == NULL) return NULL;
  // Importing the parent may have imported this module too.
  const already = dictGetStr(modulesDict, absName);
  if (already != NULL) return already;
  const parent = dictGetStr(modulesDict, parentName);
  if (parent == NULL) return raiseStr(E.KeyError, parentName);
  const path = A.getAttrOrNull(parent, N_path);
  if (path == NULL) return errOccurred() ? NULL : raiseNoModule(absName, parentName);
  const parentSpec = A.getAttr(parent, N_spec);
  if (parentSpec == NULL) return NULL;
  pushTempRoot(parentSpec);
  const r = findAndLoadIn(absName, path, parentSpec, ptrValue(child));
  popTempRoots(1);
  if (r == NULL) return NULL;
  // Bind the submodule on its parent (as it now is in sys.modules).
  const p = dictGetStr(modulesDict, parentName);
  if (p != NULL && A.setAttr(p, child, r) < 0) {
    if (!excMatches(E.AttributeError)) return NULL;
    clearExc();
  }
  return r;
}

/**
 * Finds absName (in `path`, a package's __path__, or sys.path when NULL) and loads it. While it
 * loads, its name is on the parent spec's _uninitialized_submodules (CPython's circular-import
 * bookkeeping for the "cannot access submodule" message).
 */
function findAndLoadIn(absName: usize, path: Value, parentSpec: Value, child: Value): Value {
  if (path == NULL) {
    const factory = nativeModuleFactory(intern(absName));
    if (factory != 0) return loadNative(absName, factory);
  }
  const spec = findSpec(absName, path);
  if (spec == NULL) return errOccurred() ? NULL : raiseNoModule(absName, 0);
  pushTempRoot(spec);
  pushTempRoot(foundCode);
  const pending = parentSpec != NULL ? specUninitializedSubmodules(parentSpec) : NULL;
  if (pending != NULL) listAppend(ptrOf(pending), child);
  const r = loadModule(absName, spec, foundCode);
  if (pending != NULL && listLength(ptrOf(pending)) > 0) listRemoveAt(ptrOf(pending), listLength(ptrOf(pending)) - 1);
  popTempRoots(2);
  return r;
}

/** A module the VM provides: its factory makes it; it gets its spec and goes in sys.modules. */
function loadNative(absName: usize, factory: usize): Value {
  const m = changetype<ModuleFactory>(factory)();
  if (m == 0) return NULL;
  setNativeModuleAttributes(m);
  if (dictSet(modulesDict, ptrValue(absName), ptrValue(m)) < 0) return NULL;
  return ptrValue(m);
}

/** The code object findSpec loaded with the spec (NULL for a namespace package). */
let foundCode: Value = NULL;

/** Asks the host for the module; its spec (and foundCode), or NULL (with an error set only on failure). */
function findSpec(absName: usize, path: Value): Value {
  const paths = searchPath(path);
  if (paths == 0) return NULL;
  const nameAt = encodeForHost(absName);
  const nameLength = encodedLength;
  const pathsAt = encodeForHost(paths);
  const status = hostFindModule(nameAt, nameLength, pathsAt, encodedLength);
  foundCode = NULL;
  if (status == FIND_NOT_FOUND) return NULL;
  takeAnswer();
  if (status == FIND_COMPILE_ERROR) return raiseCompileError();
  if (status == FIND_OS_ERROR) {
    const errno = answerInt();
    return raiseOSError(errno, ptrValue(answerStr()));
  }
  const origin = answerStr();
  const count = answerInt();
  const locations = newList(count);
  for (let i = 0; i < count; i++) listAppend(locations, ptrValue(answerStr()));
  const isPackage = status == FIND_SOURCE_PACKAGE || status == FIND_FROZEN_PACKAGE || status == FIND_NAMESPACE;
  const searchLocations = isPackage ? ptrValue(locations) : NONE;
  if (status == FIND_NAMESPACE) {
    return newModuleSpec(absName, newNamespaceLoader(searchLocations), NONE, searchLocations, false);
  }
  foundCode = loadImage(answerRest(), answerRestLength());
  if (foundCode == NULL) return NULL;
  if (status == FIND_FROZEN || status == FIND_FROZEN_PACKAGE) {
    return newModuleSpec(absName, ptrValue(frozenImporterType), ptrValue(origin), searchLocations, false);
  }
  return newModuleSpec(absName, newSourceFileLoader(absName, origin), ptrValue(origin), searchLocations, true);
}

/**
 * The directories to search, each followed by a NUL (so that sys.path [''] differs from []): the
 * package's __path__, or sys.path (str entries only).
 */
function searchPath(path: Value): usize {
  // Without sys.path nothing is searched (only frozen modules are found).
  const entries = path != NULL ? path : sysAttr('path');
  if (entries == NULL) return N_empty;
  const it = A.getIter(entries);
  if (it == NULL) return 0;
  pushTempRoot(it);
  const sb = newBuilder();
  let failed = false;
  while (true) {
    const entry = A.iterNext(it);
    if (entry == NULL) {
      failed = errOccurred();
      break;
    }
    if (!isStr(entry)) continue;
    appendStr(sb, ptrOf(entry));
    appendJs(sb, '\0');
  }
  popTempRoots(1);
  return failed ? 0 : finishBuilder(sb);
}

/** _load_unlocked: module_from_spec, then its code runs with the module in sys.modules. */
function loadModule(absName: usize, spec: Value, code: Value): Value {
  const module = ptrValue(newModule(absName));
  const d = moduleDict(ptrOf(module));
  initModuleAttributes(d, absName, spec, code);
  setSpecInitializing(spec, true);
  if (dictSet(modulesDict, ptrValue(absName), module) < 0) return NULL;
  if (code != NULL) {
    dictSetStr(d, N_builtins, ptrValue(builtinsDict));
    if (execCode(ptrOf(code), d, d) == NULL) {
      // The failed module leaves sys.modules; its error is the import's.
      dictDelete(modulesDict, ptrValue(absName));
      setSpecInitializing(spec, false);
      return NULL;
    }
  }
  setSpecInitializing(spec, false);
  // The module may have replaced itself in sys.modules: that one is the result (moved to the end).
  const final = dictGetStr(modulesDict, absName);
  if (final == NULL) return raiseStr(E.KeyError, absName);
  dictDelete(modulesDict, ptrValue(absName));
  dictSet(modulesDict, ptrValue(absName), final);
  return final;
}

/** _init_module_attrs: __loader__, __package__, __spec__, __path__, __file__ and __cached__. */
function initModuleAttributes(d: usize, absName: usize, spec: Value, code: Value): void {
  const locations = specLocations(spec);
  dictSetStr(d, N_loader, specLoader(spec));
  const dot = lastDot(absName, strLength(absName));
  dictSetStr(d, N_package, ptrValue(locations != NONE ? absName : substring(absName, 0, dot < 0 ? 0 : dot)));
  dictSetStr(d, N_spec, spec);
  if (locations != NONE) dictSetStr(d, N_path, locations);
  if (code == NULL) {
    // A namespace package: no file, as CPython says with __file__ = None.
    dictSetStr(d, N_file, NONE);
    return;
  }
  if (specHasLocation(spec)) {
    dictSetStr(d, N_file, specOrigin(spec));
    // No bytecode cache: __cached__ is None.
    dictSetStr(d, N_cached, NONE);
  }
}

// ---- IMPORT_FROM and import * ----

/** IMPORT_FROM: the attribute, else the submodule in sys.modules, else CPython's ImportError. */
export function importFromModule(module: Value, name: Value): Value {
  const v = A.getAttr(module, ptrOf(name));
  if (v != NULL || !excMatches(E.AttributeError)) return v;
  clearExc();
  let pkgname = A.getAttrOrNull(module, N_name);
  if (pkgname != NULL && isStr(pkgname)) {
    const sub = dictGetStr(modulesDict, dotted(ptrOf(pkgname), ptrOf(name)));
    if (sub != NULL) return sub;
  } else {
    clearExc();
    pkgname = NULL;
  }
  return raiseCannotImport(module, ptrOf(name), pkgname);
}

function raiseCannotImport(module: Value, name: usize, pkgname: Value): Value {
  const file = isPtr(module) && kindOfPtr(ptrOf(module)) == KIND_MODULE ? dictGetStr(moduleDict(ptrOf(module)), N_file) : NULL;
  const known = file != NULL && isStr(file);
  const initializing = known && specIsInitializing(A.getAttrOrNull(module, N_spec));
  if (errOccurred()) clearExc();
  const sb = newBuilder();
  appendJs(sb, 'cannot import name ');
  appendStr(sb, A.reprOf(ptrValue(name)));
  appendJs(sb, initializing ? ' from partially initialized module ' : ' from ');
  if (pkgname == NULL) appendJs(sb, "'<unknown module name>'");
  else appendStr(sb, A.reprOf(pkgname));
  if (!known) {
    appendJs(sb, ' (unknown location)');
  } else {
    if (initializing) appendJs(sb, ' (most likely due to a circular import)');
    appendJs(sb, ' (');
    appendStr(sb, ptrOf(file));
    appendJs(sb, ')');
  }
  return raiseImportError(E.ImportError, finishBuilder(sb), pkgname == NULL ? NONE : pkgname, known ? file : NONE);
}

/** `from module import *` into the frame's locals: __all__, else the public names of __dict__. */
export function importStar(frame: usize, module: Value): Value {
  const locals = <usize>load<u32>(frame + FRAME_LOCALS);
  if (locals == 0) return raiseJs(E.SystemError, "no locals found during 'import *'");
  let names = A.getAttrOrNull(module, N_all);
  let publicOnly = false;
  if (names == NULL) {
    if (errOccurred()) return NULL;
    const dict = A.getAttrOrNull(module, N_dict);
    if (dict == NULL) {
      if (errOccurred()) return NULL;
      return raiseJs(E.ImportError, 'from-import-* object has no __dict__ and no __all__');
    }
    names = keysOf(dict);
    if (names == NULL) return NULL;
    publicOnly = true;
  }
  pushTempRoot(names);
  const ok = importNames(locals, module, names, publicOnly);
  popTempRoots(1);
  return ok ? NONE : NULL;
}

/** list(mapping.keys()) */
function keysOf(mapping: Value): Value {
  if (isPtr(mapping) && kindOfPtr(ptrOf(mapping)) == KIND_DICT) {
    const d = ptrOf(mapping);
    const l = newList(0);
    for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) listAppend(l, entryKey(d, i));
    return ptrValue(l);
  }
  const keys = A.getAttr(mapping, internJs('keys'));
  if (keys == NULL) return NULL;
  const view = A.call0(keys);
  if (view == NULL) return NULL;
  const l = listFromIterable(view);
  return l == 0 ? NULL : ptrValue(l);
}

/** Binds each name of the sequence `names` (read by index until IndexError, as CPython). */
function importNames(locals: usize, module: Value, names: Value, publicOnly: bool): bool {
  for (let i = 0; ; i++) {
    const name = A.getItem(names, smallInt(i));
    if (name == NULL) {
      if (!excMatches(E.IndexError)) return false;
      clearExc();
      break;
    }
    if (!isStr(name)) return raiseStarItemType(module, name, publicOnly);
    if (publicOnly && strLength(ptrOf(name)) > 0 && charAt(ptrOf(name), 0) == 0x5F) continue;
    const v = A.getAttr(module, ptrOf(name));
    if (v == NULL) return false;
    const r = kindOfPtr(locals) == KIND_DICT ? dictSet(locals, name, v) : A.setItem(ptrValue(locals), name, v);
    if (r < 0) return false;
  }
  return true;
}

function raiseStarItemType(module: Value, item: Value, publicOnly: bool): bool {
  const modname = A.getAttr(module, N_name);
  if (modname == NULL) return false;
  const sb = newBuilder();
  if (!isStr(modname)) {
    appendJs(sb, 'module __name__ must be a string, not ');
    appendStr(sb, A.typeNameOf(modname));
  } else {
    appendJs(sb, publicOnly ? 'Key in ' : 'Item in ');
    appendStr(sb, ptrOf(modname));
    appendJs(sb, publicOnly ? '.__dict__ must be str, not ' : '.__all__ must be str, not ');
    appendStr(sb, A.typeNameOf(item));
  }
  raiseStr(E.TypeError, finishBuilder(sb));
  return false;
}

// ---- the main module ----

/**
 * Creates __main__ for the program whose code is `code` and puts it in sys.modules; returns its
 * namespace. A script has __file__ and a SourceFileLoader; `-c` code ('<string>') has neither.
 */
export function newMainModule(code: usize): usize {
  const m = newModule(N_main);
  const d = moduleDict(m);
  const filename = <usize>load<u32>(code + C.CODE_FILENAME);
  const isFile = strLength(filename) > 0 && charAt(filename, 0) != 0x3C;
  dictSetStr(d, N_loader, isFile ? newSourceFileLoader(N_main, filename) : ptrValue(builtinImporterType));
  dictSetStr(d, N_annotations, ptrValue(newDict()));
  dictSetStr(d, N_builtins, ptrValue(builtinsModule));
  if (isFile) {
    dictSetStr(d, N_file, ptrValue(filename));
    dictSetStr(d, N_cached, NONE);
  }
  dictSetStr(modulesDict, N_main, ptrValue(m));
  return d;
}
