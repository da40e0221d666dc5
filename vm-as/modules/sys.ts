// The sys module, native: argv and path (the host sets them), modules, the standard streams,
// exit, the recursion and int-digit limits, version information, getsizeof, exc_info,
// exception, intern, displayhook and excepthook.

import { sysSetAsyncgenHooks, sysGetAsyncgenHooks } from '../objects/async-gen';
import { sysGetframe } from '../objects/frame-snapshot';
import { Value, NULL, NONE, TRUE, FALSE, isPtr, isSmallInt, intOf, ptrOf, ptrValue, smallInt, floatValue } from '../value';
import { KIND_STR, KIND_BIGINT, KIND_TUPLE, KIND_LIST, KIND_DICT, KIND_SET, KIND_BYTES, KIND_FUNCTION, kindOfPtr,
  typeOfPtr } from '../object';
import { newDict, dictSetStr, dictGetStr } from '../objects/dict';
import { newList, listAppend, listLength, listGet } from '../objects/list';
import { tupleLength, tupleItems, tuple3 } from '../objects/tuple';
import { strFromJs, strFromUtf8, strLength, strWidth, isAscii, strType } from '../objects/str';
import { bytesLength } from '../objects/bytes';
import { TYPE_DICT_OFFSET } from '../types';
import { defineFunction } from '../objects/builtin';
import { newModule, moduleDict } from '../objects/module';
import { newStructSeqType, newStructSeq } from '../objects/structseq';
import { newNamespace } from '../objects/namespace';
import { newStdStream } from '../objects/fileio';
import { intFromI64, intBitLength, intMaxStrDigits, setIntMaxStrDigits } from '../objects/int';
import { cellSize } from '../heap';
import { internJs, intern } from '../intern';
import { addPermanentRoot } from '../gc';
import { raiseJs, raiseStr, raiseValue, handledExc } from '../errors';
import * as E from '../objects/exception';
import { EXC_TRACEBACK } from '../objects/exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from '../objects/strbuilder';
import { checkArgCount, checkNoKwargs, checkOneArg, checkNoArgs, kwCount, parseKeywords } from '../objects/args';
import { asInt, asSsize, conversionFailed } from '../objects/text-args';
import { recursionLimit, setRecursionLimit, callDepth } from '../interp/call';
import { reserveInput } from '../hostdata';
import { hostPrintException } from '../host';
import { flushStdout, writeStr } from '../io';
import { SYS_LIST_ARGV, SYS_LIST_PATH, SYS_LIST_PLATFORM } from '../generated/host-protocol';
import { modulesDict, nativeModuleNames, setNativeModuleAttributes } from './table';
import { registerNativeModule } from './registry';
import { builtinsDict } from '../builtins/functions';
import { describeExceptionValue, describedLength } from '../run';
import * as A from '../abstract';

// The Python version this VM implements, and its own.
const PY_MAJOR: i32 = 3;
const PY_MINOR: i32 = 11;
const PY_MICRO: i32 = 7;
const VERSION = '3.11.7 (wasmpy 0.1.0) [WebAssembly]';

export let sysModule: usize = 0;
let sysDict: usize = 0;
/** The standard streams sys starts with (sys.__stdout__ …): print's fast path writes straight to fd 1. */
let stdoutStream: Value = NULL;
let stdinStream: Value = NULL;

let nStdout: usize = 0;
let nStdin: usize = 0;
let nWrite: usize = 0;
let nReadline: usize = 0;
let nUnderscore: usize = 0;
let nNewline: usize = 0;
let nSizeof: usize = 0;

function set(name: string, v: Value): void {
  dictSetStr(sysDict, internJs(name), v);
}

function setStr(name: string, js: string): void {
  set(name, ptrValue(strFromJs(js)));
}

function define(name: string, fn: (s: Value, a: usize, n: i32, k: Value) => Value): void {
  defineFunction(sysDict, internJs('sys'), name, fn);
}

/** sys.NAME as it is now (NULL when the program deleted it). */
export function sysAttr(name: string): Value {
  return dictGetStr(sysDict, internJs(name));
}

// ---- the standard streams, for print() and input() ----

/**
 * sys.stdout as print() finds it: NONE when it is None (print then writes nothing), NULL with
 * RuntimeError when it was deleted.
 */
export function currentStdout(): Value {
  const v = dictGetStr(sysDict, nStdout);
  return v == NULL ? raiseJs(E.RuntimeError, 'lost sys.stdout') : v;
}

export function currentStdin(): Value {
  const v = dictGetStr(sysDict, nStdin);
  return v == NULL || v == NONE ? raiseJs(E.RuntimeError, 'lost sys.stdin') : v;
}

/** True for the standard output sys started with: writing to it needs no method call. */
export function isStdoutStream(file: Value): bool {
  return file == stdoutStream;
}

export function isStdinStream(file: Value): bool {
  return file == stdinStream;
}

/** file.write(s); false with the error set. */
export function writeTo(file: Value, s: usize): bool {
  const write = A.getAttr(file, nWrite);
  if (write == NULL) return false;
  return A.call1(write, ptrValue(s)) != NULL;
}

/** file.readline() of a stream that is not sys's own stdin; NULL with the error set. */
export function readLineFrom(file: Value): Value {
  const readline = A.getAttr(file, nReadline);
  if (readline == NULL) return NULL;
  return A.call0(readline);
}

// ---- the host's configuration ----

/**
 * Sets sys.argv or sys.path (strings, each followed by a NUL, in the input buffer), or
 * sys.platform or sys.executable (one such string).
 */
export function setSysList(which: i32, length: i32): void {
  const at = reserveInput(<usize>length);
  const list = newList(0);
  let start = 0;
  for (let i = 0; i < length; i++) {
    if (load<u8>(at + <usize>i) != 0) continue;
    listAppend(list, ptrValue(strFromUtf8(at + <usize>start, i - start)));
    start = i + 1;
  }
  if (which == SYS_LIST_ARGV || which == SYS_LIST_PATH) set(which == SYS_LIST_ARGV ? 'argv' : 'path', ptrValue(list));
  else if (listLength(list) == 1) set(which == SYS_LIST_PLATFORM ? 'platform' : 'executable', listGet(list, 0));
}

// ---- functions ----

/** exit([status]): raises SystemExit(status). */
function sysExit(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('exit', kwnames) || !checkArgCount('exit', nargs, 0, 1)) return NULL;
  // As CPython's PyErr_SetObject: exit(None) is exit(), and a tuple is the arguments.
  let at = args;
  let n = nargs;
  if (nargs == 1 && load<u64>(args) == NONE) n = 0;
  else if (nargs == 1 && isPtr(load<u64>(args)) && kindOfPtr(ptrOf(load<u64>(args))) == KIND_TUPLE) {
    const t = ptrOf(load<u64>(args));
    at = tupleItems(t);
    n = tupleLength(t);
  }
  const exc = A.callValue(ptrValue(E.SystemExit), at, n, NULL);
  return exc == NULL ? NULL : raiseValue(exc);
}

function sysGetRecursionLimit(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('getrecursionlimit', nargs, kwnames)) return NULL;
  return smallInt(recursionLimit);
}

function sysSetRecursionLimit(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('setrecursionlimit', nargs, kwnames)) return NULL;
  const v = load<u64>(args);
  if (A.typeOf(v) == A.floatType) return raiseJs(E.TypeError, "'float' object cannot be interpreted as an integer");
  const n = asInt(v);
  if (conversionFailed) return NULL;
  if (n < 1) return raiseJs(E.ValueError, 'recursion limit must be greater or equal than 1');
  if (callDepth >= n) {
    const sb = newBuilder();
    appendJs(sb, 'cannot set the recursion limit to ');
    appendI64(sb, n);
    appendJs(sb, ' at the recursion depth ');
    appendI64(sb, callDepth);
    appendJs(sb, ': the limit is too low');
    return raiseStr(E.RecursionError, finishBuilder(sb));
  }
  setRecursionLimit(n);
  return NONE;
}

function sysGetIntMaxStrDigits(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('get_int_max_str_digits', nargs, kwnames)) return NULL;
  return smallInt(intMaxStrDigits);
}

const MAXDIGITS: StaticArray<string> = ['maxdigits'];
const maxdigitsArg = memory.data(8);

/** set_int_max_str_digits(maxdigits) */
function sysSetIntMaxStrDigits(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs + kwCount(kwnames) > 1) {
    const sb = newBuilder();
    appendJs(sb, 'set_int_max_str_digits() takes at most 1 argument (');
    appendI64(sb, nargs + kwCount(kwnames));
    appendJs(sb, ' given)');
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  store<u64>(maxdigitsArg, nargs == 1 ? load<u64>(args) : NULL);
  if (!parseKeywords('set_int_max_str_digits', args, nargs, kwnames, MAXDIGITS, maxdigitsArg)) return NULL;
  const v = load<u64>(maxdigitsArg);
  if (v == NULL) return raiseJs(E.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  const n = asSsize(v);
  if (conversionFailed) return NULL;
  return setIntMaxStrDigits(n) < 0 ? NULL : NONE;
}

/** getsizeof(object[, default]): the object's size in bytes, as CPython's 64-bit build would report it. */
function sysGetsizeof(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('getsizeof', kwnames) || !checkArgCount('getsizeof', nargs, 1, 2)) return NULL;
  const v = load<u64>(args);
  const sizeof = A.lookupInMro(A.typeOf(v), nSizeof);
  if (sizeof != NULL && isPtr(sizeof) && kindOfPtr(ptrOf(sizeof)) == KIND_FUNCTION) {
    // A class's own __sizeof__, plus what CPython puts before the object: the GC header, and
    // the dict and weakref pointers of an instance with a __dict__.
    const r = A.call1(sizeof, v);
    if (r == NULL) return NULL;
    const n = asSsize(r);
    if (conversionFailed) return NULL;
    if (n < 0) return raiseJs(E.ValueError, '__sizeof__() should return >= 0');
    return intFromI64(n + (hasDictSlot(v) ? 32 : 16));
  }
  return smallInt(approximateSize(v));
}

function hasDictSlot(v: Value): bool {
  return load<u32>(A.typeOf(v) + TYPE_DICT_OFFSET) != 0;
}

function approximateSize(v: Value): i64 {
  if (v == NONE) return 16;
  if (v == TRUE || v == FALSE) return 28;
  if (isSmallInt(v)) {
    const n = intOf(v);
    return n < (1 << 30) && n > -(1 << 30) ? 28 : 32;
  }
  if (!isPtr(v)) return 24; // a float, or another immediate
  const p = ptrOf(v);
  switch (kindOfPtr(p)) {
    case KIND_BIGINT: return 24 + ((intBitLength(v) + 29) / 30) * 4;
    case KIND_STR: {
      const n = <i64>strLength(p);
      if (isAscii(p)) return 49 + n;
      const w = <i64>strWidth(p);
      return w == 1 ? 73 + n : w == 2 ? 74 + 2 * n : 76 + 4 * n;
    }
    case KIND_BYTES: return 33 + <i64>bytesLength(p);
    case KIND_TUPLE: return 40 + 8 * <i64>tupleLength(p);
    case KIND_LIST: return 56 + 8 * <i64>load<u32>(p + 12);
    case KIND_DICT: return 64 + (A.lengthOf(v) > 0 ? 120 + 24 * <i64>load<u32>(p + 16) : 0);
    case KIND_SET: return 216;
  }
  return <i64>cellSize(p) + 16;
}

/** exc_info(): (type, value, traceback) of the exception being handled, or three Nones. */
function sysExcInfo(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('exc_info', nargs, kwnames)) return NULL;
  const e = handledExc;
  if (e == NONE) return ptrValue(tuple3(NONE, NONE, NONE));
  return ptrValue(tuple3(ptrValue(A.typeOf(e)), e, load<u64>(ptrOf(e) + EXC_TRACEBACK)));
}

/** exception(): the exception being handled, or None. */
function sysException(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('exception', nargs, kwnames)) return NULL;
  return handledExc;
}

/** intern(string): the one interned str equal to string. */
function sysIntern(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('intern', kwnames) || !checkArgCount('intern', nargs, 1, 1)) return NULL;
  const v = load<u64>(args);
  if (!(isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR)) {
    const sb = newBuilder();
    appendJs(sb, 'intern() argument must be str, not ');
    appendStr(sb, A.typeNameOf(v));
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  if (typeOfPtr(ptrOf(v)) != strType) {
    const sb = newBuilder();
    appendJs(sb, "can't intern ");
    appendStr(sb, A.typeNameOf(v));
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  return ptrValue(intern(ptrOf(v)));
}

/** displayhook(value): prints repr(value) to sys.stdout and keeps it as builtins._ (None is skipped). */
function sysDisplayhook(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('displayhook', nargs, kwnames)) return NULL;
  const v = load<u64>(args);
  if (v == NONE) return NONE;
  dictSetStr(builtinsDict, nUnderscore, NONE);
  const out = currentStdout();
  if (out == NULL) return NULL;
  if (out == NONE) return raiseJs(E.RuntimeError, 'lost sys.stdout');
  const r = A.reprOf(v);
  if (r == 0) return NULL;
  if (isStdoutStream(out)) {
    writeStr(1, r);
    writeStr(1, nNewline);
  } else if (!writeTo(out, r) || !writeTo(out, nNewline)) {
    return NULL;
  }
  dictSetStr(builtinsDict, nUnderscore, v);
  return NONE;
}

/** PRINT_EXPR (interactive code): sys.displayhook(value). */
export function callDisplayhook(v: Value): Value {
  const hook = sysAttr('displayhook');
  if (hook == NULL) return raiseJs(E.RuntimeError, 'lost sys.displayhook');
  return A.call1(hook, v);
}

/** excepthook(type, value, traceback): prints the exception with its traceback on stderr. */
function sysExcepthook(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('excepthook', kwnames) || !checkArgCount('excepthook', nargs, 3, 3)) return NULL;
  const exc = load<u64>(args, 8);
  if (!A.isInstance(exc, E.BaseException)) {
    const sb = newBuilder();
    appendJs(sb, 'print_exception(): Exception expected for value, ');
    appendStr(sb, A.typeNameOf(exc));
    appendJs(sb, ' found');
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  flushStdout();
  const at = describeExceptionValue(exc);
  hostPrintException(at, <i32>describedLength());
  return NONE;
}

function sysGetdefaultencoding(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('getdefaultencoding', nargs, kwnames)) return NULL;
  return ptrValue(strFromJs('utf-8'));
}

function sysGetfilesystemencoding(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('getfilesystemencoding', nargs, kwnames)) return NULL;
  return ptrValue(strFromJs('utf-8'));
}

// ---- the module ----

/** A struct sequence of `module.name` whose values are given as small ints, floats or strs by the caller. */
const structValues = memory.data(8 * 20);

function structArg(i: i32, v: Value): void {
  store<u64>(structValues + (<usize>i << 3), v);
}

function versionInfo(major: i32, minor: i32, micro: i32, level: string, serial: i32): Value {
  structArg(0, smallInt(major));
  structArg(1, smallInt(minor));
  structArg(2, smallInt(micro));
  structArg(3, ptrValue(strFromJs(level)));
  structArg(4, smallInt(serial));
  return newStructSeq(versionInfoType, structValues);
}

let versionInfoType: usize = 0;

function setVersionInfo(): void {
  versionInfoType = newStructSeqType('sys', 'version_info', 'major,minor,micro,releaselevel,serial');
  set('version_info', versionInfo(PY_MAJOR, PY_MINOR, PY_MICRO, 'final', 0));
  setStr('version', VERSION);
  set('hexversion', smallInt((PY_MAJOR << 24) | (PY_MINOR << 16) | (PY_MICRO << 8) | 0xF0));
  set('api_version', smallInt(1013));
  const impl = newNamespace();
  A.setAttr(impl, internJs('name'), ptrValue(strFromJs('wasmpy')));
  A.setAttr(impl, internJs('cache_tag'), NONE);
  A.setAttr(impl, internJs('version'), versionInfo(0, 1, 0, 'alpha', 0));
  A.setAttr(impl, internJs('hexversion'), smallInt(0x000100A0));
  set('implementation', impl);
}

const FLAG_NAMES = 'debug,inspect,interactive,optimize,dont_write_bytecode,no_user_site,no_site,ignore_environment,verbose,bytes_warning,quiet,hash_randomization,isolated,dev_mode,utf8_mode,warn_default_encoding,safe_path,int_max_str_digits';
const FLOAT_INFO_NAMES = 'max,max_exp,max_10_exp,min,min_exp,min_10_exp,dig,mant_dig,epsilon,radix,rounds';
const INT_INFO_NAMES = 'bits_per_digit,sizeof_digit,default_max_str_digits,str_digits_check_threshold';

function setFlags(): void {
  const t = newStructSeqType('sys', 'flags', FLAG_NAMES);
  for (let i = 0; i < 18; i++) structArg(i, smallInt(0));
  structArg(4, smallInt(1)); // dont_write_bytecode: there are no bytecode files
  structArg(11, smallInt(1)); // hash_randomization
  structArg(13, FALSE); // dev_mode
  structArg(16, FALSE); // safe_path
  structArg(17, smallInt(-1)); // int_max_str_digits: the default
  set('flags', newStructSeq(t, structValues));
}

function setNumberInfo(): void {
  const f = newStructSeqType('sys', 'float_info', FLOAT_INFO_NAMES);
  structArg(0, floatValue(f64.MAX_VALUE));
  structArg(1, smallInt(1024));
  structArg(2, smallInt(308));
  structArg(3, floatValue(2.2250738585072014e-308)); // the smallest normal double
  structArg(4, smallInt(-1021));
  structArg(5, smallInt(-307));
  structArg(6, smallInt(15));
  structArg(7, smallInt(53));
  structArg(8, floatValue(f64.EPSILON));
  structArg(9, smallInt(2));
  structArg(10, smallInt(1));
  set('float_info', newStructSeq(f, structValues));
  const i = newStructSeqType('sys', 'int_info', INT_INFO_NAMES);
  structArg(0, smallInt(30));
  structArg(1, smallInt(4));
  structArg(2, smallInt(4300));
  structArg(3, smallInt(640));
  set('int_info', newStructSeq(i, structValues));
  set('maxsize', intFromI64(i64.MAX_VALUE));
  set('maxunicode', smallInt(0x10FFFF));
  setStr('float_repr_style', 'short');
}

function setStreams(): void {
  stdinStream = newStdStream(0);
  stdoutStream = newStdStream(1);
  const stderrStream = newStdStream(2);
  set('stdin', stdinStream);
  set('stdout', stdoutStream);
  set('stderr', stderrStream);
  set('__stdin__', stdinStream);
  set('__stdout__', stdoutStream);
  set('__stderr__', stderrStream);
}

function defineFunctions(): void {
  define('exit', sysExit);
  define('_getframe', sysGetframe);
  define('getrecursionlimit', sysGetRecursionLimit);
  define('setrecursionlimit', sysSetRecursionLimit);
  define('get_int_max_str_digits', sysGetIntMaxStrDigits);
  define('set_int_max_str_digits', sysSetIntMaxStrDigits);
  define('getsizeof', sysGetsizeof);
  define('exc_info', sysExcInfo);
  define('exception', sysException);
  define('intern', sysIntern);
  define('getdefaultencoding', sysGetdefaultencoding);
  define('getfilesystemencoding', sysGetfilesystemencoding);
  define('displayhook', sysDisplayhook);
  define('excepthook', sysExcepthook);
  define('set_asyncgen_hooks', sysSetAsyncgenHooks); // objects/async-gen.ts
  define('get_asyncgen_hooks', sysGetAsyncgenHooks);
  set('__displayhook__', dictGetStr(sysDict, internJs('displayhook')));
  set('__excepthook__', dictGetStr(sysDict, internJs('excepthook')));
}

/** Creates the sys module (once: importing it again after deleting it from sys.modules gives it back). */
function createSysModule(): usize {
  if (sysModule != 0) return sysModule;
  sysModule = newModule(internJs('sys'));
  addPermanentRoot(ptrValue(sysModule));
  sysDict = moduleDict(sysModule);
  nStdout = internJs('stdout');
  nStdin = internJs('stdin');
  nWrite = internJs('write');
  nReadline = internJs('readline');
  nUnderscore = internJs('_');
  nSizeof = internJs('__sizeof__');
  nNewline = strFromJs('\n');
  addPermanentRoot(ptrValue(nNewline));
  set('modules', ptrValue(modulesDict));
  set('argv', ptrValue(newList(0)));
  set('path', ptrValue(newList(0)));
  set('orig_argv', ptrValue(newList(0)));
  set('warnoptions', ptrValue(newList(0)));
  set('_xoptions', ptrValue(newDict()));
  setStr('platform', '');
  setStr('executable', '');
  setStr('byteorder', 'little');
  set('builtin_module_names', ptrValue(nativeModuleNames()));
  set('dont_write_bytecode', TRUE);
  setVersionInfo();
  setFlags();
  setNumberInfo();
  setStreams();
  defineFunctions();
  return sysModule;
}

/** Registers sys among the native modules and creates it (the host configures it before the program runs). */
export function setupSys(): void {
  const name = internJs('sys');
  registerNativeModule(name, createSysModule);
  setNativeModuleAttributes(createSysModule());
  dictSetStr(modulesDict, name, ptrValue(sysModule));
}
