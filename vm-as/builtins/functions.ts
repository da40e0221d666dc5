// The builtins module's functions (print, len, repr, isinstance, …) and its namespace.

import { defineAsyncBuiltins } from '../objects/async-gen';
import { Value, NULL, NONE, TRUE, FALSE, ELLIPSIS, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue, smallInt } from '../value';
import { kindOfPtr, typeOfPtr, KIND_TYPE, KIND_TUPLE, KIND_STR } from '../object';
import * as A from '../abstract';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import * as E from '../objects/exception';
import { newDict, dictSetStr, dictGetStr } from '../objects/dict';
import { defineFunction } from '../objects/builtin';
import { internJs } from '../intern';
import { tupleLength, tupleGet } from '../objects/tuple';
import { strEquals, strFromJs } from '../objects/str';
import { writeStr } from '../io';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from '../objects/strbuilder';
import { isSubtype, typeType, objectType, getSlot, SLOT_CALL } from '../types';
import { addPermanentRoot } from '../gc';
import { strTypeObj, tupleTypeObj, dictTypeObj } from '../typesetup';
import { listType } from '../objects/list';
import { rangeType } from '../objects/range';
import { N_print } from '../names';
import { buildClass } from '../objects/class';
import { propertyType, classmethodType, staticmethodType } from '../objects/descriptors';
import { superType } from '../objects/super';
import { intFromI64Value as smallIntOrBig } from '../objects/int-type';
import { setupNumberBuiltins } from './numbers';
import { setupContainerBuiltins } from './containers';
import { setupTextBuiltins } from './text';
import { setupSystemBuiltins } from './system';
import { currentStdout, isStdoutStream, writeTo } from '../modules/sys';

export let builtinsDict: usize = 0;
let builtinsName: usize = 0;
let nSep: usize = 0;
let nEnd: usize = 0;
let nFile: usize = 0;
let nFlush: usize = 0;
let space: usize = 0;
let newline: usize = 0;

function raiseArgCount(what: string, n: i32): Value {
  const sb = newBuilder();
  appendJs(sb, what);
  appendJs(sb, ' (');
  appendI64(sb, n);
  appendJs(sb, ' given)');
  return raiseStr(E.TypeError, finishBuilder(sb));
}

function noKeywords(name: string, kwnames: Value): bool {
  if (kwnames == NULL || tupleLength(ptrOf(kwnames)) == 0) return true;
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, '() takes no keyword arguments');
  raiseStr(E.TypeError, finishBuilder(sb));
  return false;
}

/** print(*objects, sep=' ', end='\n', file=None, flush=False) */
function builtinPrint(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  let sep: Value = NONE;
  let end: Value = NONE;
  let file: Value = NONE;
  let flush: Value = FALSE;
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  for (let k = 0; k < nkw; k++) {
    const name = ptrOf(tupleGet(ptrOf(kwnames), k));
    const v = load<u64>(args + (<usize>(nargs + k) << 3));
    if (strEquals(name, nSep)) sep = v;
    else if (strEquals(name, nEnd)) end = v;
    else if (strEquals(name, nFile)) file = v;
    else if (strEquals(name, nFlush)) flush = v;
    else {
      const sb = newBuilder();
      appendJs(sb, "'");
      appendStr(sb, name);
      appendJs(sb, "' is an invalid keyword argument for print()");
      return raiseStr(E.TypeError, finishBuilder(sb));
    }
  }
  if (sep != NONE && !(isPtr(sep) && kindOfPtr(ptrOf(sep)) == KIND_STR)) {
    return raiseTypeMust('sep', sep);
  }
  if (end != NONE && !(isPtr(end) && kindOfPtr(ptrOf(end)) == KIND_STR)) {
    return raiseTypeMust('end', end);
  }
  const sepStr = sep == NONE ? space : ptrOf(sep);
  const endStr = end == NONE ? newline : ptrOf(end);
  // file=None means sys.stdout as it is now; print does nothing when that is None.
  if (file == NONE) {
    file = currentStdout();
    if (file == NULL) return NULL;
    if (file == NONE) return NONE;
  }
  for (let i = 0; i < nargs; i++) {
    if (i > 0 && !emit(file, sepStr)) return NULL;
    const s = A.strOf(load<u64>(args + (<usize>i << 3)));
    if (s == 0 || !emit(file, s)) return NULL;
  }
  if (!emit(file, endStr)) return NULL;
  const doFlush = A.isTrue(flush);
  if (doFlush < 0) return NULL;
  if (doFlush > 0) {
    const f = A.getAttr(file, nFlush);
    if (f == NULL || A.call0(f) == NULL) return NULL;
  }
  return NONE;
}

function raiseTypeMust(what: string, v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, what);
  appendJs(sb, ' must be None or a string, not ');
  appendStr(sb, A.typeNameOf(v));
  return raiseStr(E.TypeError, finishBuilder(sb));
}

/** Writes to file through its write method (sys's own stdout: straight to the output buffer). */
function emit(file: Value, s: usize): bool {
  if (isStdoutStream(file)) {
    writeStr(1, s);
    return true;
  }
  return writeTo(file, s);
}

function builtinLen(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('len', kwnames)) return NULL;
  if (nargs != 1) return raiseArgCount('len() takes exactly one argument', nargs);
  const n = A.lengthOf(load<u64>(args));
  return n < 0 ? NULL : smallInt(n);
}

function builtinRepr(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('repr', kwnames)) return NULL;
  if (nargs != 1) return raiseArgCount('repr() takes exactly one argument', nargs);
  const r = A.reprOf(load<u64>(args));
  return r == 0 ? NULL : ptrValue(r);
}

/** isinstance(obj, class_or_tuple) */
function builtinIsinstance(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('isinstance', kwnames)) return NULL;
  if (nargs != 2) {
    const sb = newBuilder();
    appendJs(sb, 'isinstance expected 2 arguments, got ');
    appendI64(sb, nargs);
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  const r = isInstanceOf(load<u64>(args), load<u64>(args, 8));
  return r < 0 ? NULL : r ? TRUE : FALSE;
}

/** isinstance() for one class or a tuple of them, honouring __instancecheck__; -1 with an exception set. */
export function isInstanceOf(obj: Value, cls: Value): i32 {
  if (isPtr(cls) && kindOfPtr(ptrOf(cls)) == KIND_TYPE) {
    if (A.typeOf(obj) == ptrOf(cls)) return 1;
    const r = metaclassCheck(ptrOf(cls), instancecheckName(), obj);
    if (r != NO_METACLASS_CHECK) return r;
    return A.isInstance(obj, ptrOf(cls)) ? 1 : 0;
  }
  if (isPtr(cls) && kindOfPtr(ptrOf(cls)) == KIND_TUPLE) {
    const t = ptrOf(cls);
    for (let i = 0; i < tupleLength(t); i++) {
      const r = isInstanceOf(obj, tupleGet(t, i));
      if (r != 0) return r;
    }
    return 0;
  }
  // Not a class: an object whose type defines __instancecheck__ (types.UnionType, typing's aliases).
  if (isPtr(cls)) {
    const r = metaclassCheck(ptrOf(cls), instancecheckName(), obj);
    if (r != NO_METACLASS_CHECK) return r;
  }
  raiseJs(E.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return -1;
}

// A class whose metaclass defines __instancecheck__ / __subclasscheck__ (abc.ABCMeta: virtual
// subclasses and __subclasshook__) decides isinstance() and issubclass() itself.
const NO_METACLASS_CHECK: i32 = 2;
let nInstancecheck: usize = 0;
let nSubclasscheck: usize = 0;

function instancecheckName(): usize {
  if (nInstancecheck == 0) nInstancecheck = rootedName('__instancecheck__');
  return nInstancecheck;
}

function subclasscheckName(): usize {
  if (nSubclasscheck == 0) nSubclasscheck = rootedName('__subclasscheck__');
  return nSubclasscheck;
}

/**
 * cls's metaclass's `name` method (or, for an object that is no class, its type's) called with v:
 * 1, 0, -1 on error; NO_METACLASS_CHECK when plain `type` decides (or there is no such method).
 */
function metaclassCheck(cls: usize, name: usize, v: Value): i32 {
  const meta = typeOfPtr(cls);
  if (meta == typeType) return NO_METACLASS_CHECK;
  const method = A.lookupInMro(meta, name);
  if (method == NULL) return NO_METACLASS_CHECK;
  const bound = A.bindDescriptor(method, ptrValue(cls), meta);
  if (bound == NULL) return -1;
  const r = A.call1(bound, v);
  return r == NULL ? -1 : A.isTrue(r);
}

function raiseExpected(name: string, how: string, n: i32): Value {
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, ' expected ');
  appendJs(sb, how);
  appendJs(sb, ', got ');
  appendI64(sb, n);
  return raiseStr(E.TypeError, finishBuilder(sb));
}

/** An attribute name argument: must be a str ("attribute name must be string, not 'int'"). */
function attributeName(v: Value): usize {
  if (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR) return ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, "attribute name must be string, not '");
  appendStr(sb, A.typeNameOf(v));
  appendJs(sb, "'");
  raiseStr(E.TypeError, finishBuilder(sb));
  return 0;
}

/** getattr(object, name[, default]) */
function builtinGetattr(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('getattr', kwnames)) return NULL;
  if (nargs < 2) return raiseExpected('getattr', 'at least 2 arguments', nargs);
  if (nargs > 3) return raiseExpected('getattr', 'at most 3 arguments', nargs);
  const name = attributeName(load<u64>(args, 8));
  if (name == 0) return NULL;
  if (nargs == 2) return A.getAttr(load<u64>(args), name);
  const v = A.getAttrOrNull(load<u64>(args), name);
  if (v == NULL && !errOccurred()) return load<u64>(args, 16);
  return v;
}

/** setattr(object, name, value) */
function builtinSetattr(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('setattr', kwnames)) return NULL;
  if (nargs != 3) return raiseExpected('setattr', '3 arguments', nargs);
  const name = attributeName(load<u64>(args, 8));
  if (name == 0) return NULL;
  return A.setAttr(load<u64>(args), name, load<u64>(args, 16)) < 0 ? NULL : NONE;
}

/** delattr(object, name) */
function builtinDelattr(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('delattr', kwnames)) return NULL;
  if (nargs != 2) return raiseExpected('delattr', '2 arguments', nargs);
  const name = attributeName(load<u64>(args, 8));
  if (name == 0) return NULL;
  return A.setAttr(load<u64>(args), name, NULL) < 0 ? NULL : NONE;
}

/** hasattr(object, name): only AttributeError means "no". */
function builtinHasattr(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('hasattr', kwnames)) return NULL;
  if (nargs != 2) return raiseExpected('hasattr', '2 arguments', nargs);
  const name = attributeName(load<u64>(args, 8));
  if (name == 0) return NULL;
  const v = A.getAttrOrNull(load<u64>(args), name);
  if (v == NULL) return errOccurred() ? NULL : FALSE;
  return TRUE;
}

/** callable(object) */
function builtinCallable(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('callable', kwnames)) return NULL;
  if (nargs != 1) return raiseArgCount('callable() takes exactly one argument', nargs);
  return getSlot(A.typeOf(load<u64>(args)), SLOT_CALL) != 0 ? TRUE : FALSE;
}

/** id(object): the object's address (immediates: a value derived from their bits). */
function builtinId(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('id', kwnames)) return NULL;
  if (nargs != 1) return raiseArgCount('id() takes exactly one argument', nargs);
  const v = load<u64>(args);
  return smallInt(isPtr(v) ? <i64>ptrOf(v) : <i64>((v ^ (v >> 32)) & 0x7FFFFFFFFFFF));
}

/** hash(object) */
function builtinHash(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('hash', kwnames)) return NULL;
  if (nargs != 1) return raiseArgCount('hash() takes exactly one argument', nargs);
  const h = A.hashValue(load<u64>(args));
  if (h == -1) return NULL;
  return smallIntOrBig(h);
}

/** issubclass(class, class_or_tuple) */
function builtinIssubclass(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!noKeywords('issubclass', kwnames)) return NULL;
  if (nargs != 2) return raiseExpected('issubclass', '2 arguments', nargs);
  const r = isSubclassOf(load<u64>(args), load<u64>(args, 8));
  return r < 0 ? NULL : r ? TRUE : FALSE;
}

function isSubclassOf(cls: Value, target: Value): i32 {
  if (isPtr(target) && kindOfPtr(ptrOf(target)) == KIND_TYPE) {
    const r = metaclassCheck(ptrOf(target), subclasscheckName(), cls);
    if (r != NO_METACLASS_CHECK) return r;
    if (!(isPtr(cls) && kindOfPtr(ptrOf(cls)) == KIND_TYPE)) {
      raiseJs(E.TypeError, 'issubclass() arg 1 must be a class');
      return -1;
    }
    return isSubtype(ptrOf(cls), ptrOf(target)) ? 1 : 0;
  }
  if (isPtr(target) && kindOfPtr(ptrOf(target)) == KIND_TUPLE) {
    const t = ptrOf(target);
    for (let i = 0; i < tupleLength(t); i++) {
      const r = isSubclassOf(cls, tupleGet(t, i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (isPtr(target)) {
    const r = metaclassCheck(ptrOf(target), subclasscheckName(), cls);
    if (r != NO_METACLASS_CHECK) return r;
  }
  raiseJs(E.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return -1;
}

function define(name: string, fn: (s: Value, a: usize, n: i32, k: Value) => Value): void {
  defineFunction(builtinsDict, builtinsName, name, fn);
}

function defineType(name: string, t: usize): void {
  dictSetStr(builtinsDict, internJs(name), ptrValue(t));
}

function rootedName(js: string): usize {
  const s = internJs(js);
  addPermanentRoot(ptrValue(s));
  return s;
}

/** Creates the builtins namespace (types, exceptions, functions). */
export function setupBuiltins(): void {
  builtinsDict = newDict();
  addPermanentRoot(ptrValue(builtinsDict));
  builtinsName = rootedName('builtins');
  nSep = rootedName('sep');
  nEnd = rootedName('end');
  nFile = rootedName('file');
  nFlush = rootedName('flush');
  space = rootedName(' ');
  newline = rootedName('\n');
  dictSetStr(builtinsDict, internJs('__name__'), ptrValue(builtinsName));
  define('print', builtinPrint);
  define('len', builtinLen);
  define('repr', builtinRepr);
  define('isinstance', builtinIsinstance);
  define('__build_class__', buildClass);
  defineType('property', propertyType);
  defineType('classmethod', classmethodType);
  defineType('staticmethod', staticmethodType);
  defineType('super', superType);
  define('issubclass', builtinIssubclass);
  define('getattr', builtinGetattr);
  define('setattr', builtinSetattr);
  define('delattr', builtinDelattr);
  define('hasattr', builtinHasattr);
  define('callable', builtinCallable);
  defineAsyncBuiltins(builtinsDict, builtinsName); // anext, aiter (objects/async-gen.ts)
  define('id', builtinId);
  define('hash', builtinHash);
  defineType('object', objectType);
  defineType('type', typeType);
  defineType('str', strTypeObj);
  defineType('tuple', tupleTypeObj);
  defineType('dict', dictTypeObj);
  defineType('list', listType);
  defineType('range', rangeType);
  dictSetStr(builtinsDict, internJs('None'), NONE);
  dictSetStr(builtinsDict, internJs('Ellipsis'), ELLIPSIS);
  dictSetStr(builtinsDict, internJs('NotImplemented'), NOT_IMPLEMENTED);
  defineExceptions();
  setupNumberBuiltins(builtinsDict, builtinsName);
  setupContainerBuiltins(builtinsDict, builtinsName);
  setupTextBuiltins(builtinsDict, builtinsName);
  setupSystemBuiltins(builtinsDict, builtinsName);
}

function defineExceptions(): void {
  defineType('BaseException', E.BaseException);
  defineType('BaseExceptionGroup', E.BaseExceptionGroup);
  defineType('GeneratorExit', E.GeneratorExit);
  defineType('KeyboardInterrupt', E.KeyboardInterrupt);
  defineType('SystemExit', E.SystemExit);
  defineType('Exception', E.Exception);
  defineType('ArithmeticError', E.ArithmeticError);
  defineType('FloatingPointError', E.FloatingPointError);
  defineType('OverflowError', E.OverflowError);
  defineType('ZeroDivisionError', E.ZeroDivisionError);
  defineType('AssertionError', E.AssertionError);
  defineType('AttributeError', E.AttributeError);
  defineType('BufferError', E.BufferError);
  defineType('EOFError', E.EOFError);
  defineType('ExceptionGroup', E.ExceptionGroup);
  defineType('ImportError', E.ImportError);
  defineType('ModuleNotFoundError', E.ModuleNotFoundError);
  defineType('LookupError', E.LookupError);
  defineType('IndexError', E.IndexError);
  defineType('KeyError', E.KeyError);
  defineType('MemoryError', E.MemoryError);
  defineType('NameError', E.NameError);
  defineType('UnboundLocalError', E.UnboundLocalError);
  defineType('OSError', E.OSError);
  defineType('EnvironmentError', E.OSError);
  defineType('IOError', E.OSError);
  defineType('BlockingIOError', E.BlockingIOError);
  defineType('ChildProcessError', E.ChildProcessError);
  defineType('ConnectionError', E.ConnectionError);
  defineType('BrokenPipeError', E.BrokenPipeError);
  defineType('ConnectionAbortedError', E.ConnectionAbortedError);
  defineType('ConnectionRefusedError', E.ConnectionRefusedError);
  defineType('ConnectionResetError', E.ConnectionResetError);
  defineType('FileExistsError', E.FileExistsError);
  defineType('FileNotFoundError', E.FileNotFoundError);
  defineType('InterruptedError', E.InterruptedError);
  defineType('IsADirectoryError', E.IsADirectoryError);
  defineType('NotADirectoryError', E.NotADirectoryError);
  defineType('PermissionError', E.PermissionError);
  defineType('ProcessLookupError', E.ProcessLookupError);
  defineType('TimeoutError', E.TimeoutError);
  defineType('ReferenceError', E.ReferenceError);
  defineType('RuntimeError', E.RuntimeError);
  defineType('NotImplementedError', E.NotImplementedError);
  defineType('RecursionError', E.RecursionError);
  defineType('StopAsyncIteration', E.StopAsyncIteration);
  defineType('StopIteration', E.StopIteration);
  defineType('SyntaxError', E.SyntaxError);
  defineType('IndentationError', E.IndentationError);
  defineType('TabError', E.TabError);
  defineType('SystemError', E.SystemError);
  defineType('TypeError', E.TypeError);
  defineType('ValueError', E.ValueError);
  defineType('UnicodeError', E.UnicodeError);
  defineType('UnicodeDecodeError', E.UnicodeDecodeError);
  defineType('UnicodeEncodeError', E.UnicodeEncodeError);
  defineType('UnicodeTranslateError', E.UnicodeTranslateError);
  defineType('Warning', E.Warning);
  defineType('BytesWarning', E.BytesWarning);
  defineType('DeprecationWarning', E.DeprecationWarning);
  defineType('EncodingWarning', E.EncodingWarning);
  defineType('FutureWarning', E.FutureWarning);
  defineType('ImportWarning', E.ImportWarning);
  defineType('PendingDeprecationWarning', E.PendingDeprecationWarning);
  defineType('ResourceWarning', E.ResourceWarning);
  defineType('RuntimeWarning', E.RuntimeWarning);
  defineType('SyntaxWarning', E.SyntaxWarning);
  defineType('UnicodeWarning', E.UnicodeWarning);
  defineType('UserWarning', E.UserWarning);
}

export { N_print, dictGetStr, strFromJs, isSubtype };
