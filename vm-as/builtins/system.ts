// The builtins that reach outside the program's objects: __import__, open(), input(), and the
// exit and quit objects the site module gives CPython's programs.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, smallInt } from '../value';
import { kindOfPtr, KIND_STR, KIND_BYTES, KIND_INSTANCE } from '../object';
import { alloc } from '../heap';
import { objectType, setSlot, SLOT_CALL, SLOT_REPR, TYPE_MODULE, TYPE_BASICSIZE } from '../types';
import { newBuiltinType } from '../typesetup';
import { defineFunction } from '../objects/builtin';
import { dictSetStr } from '../objects/dict';
import { raiseJs, raiseStr, raiseValue } from '../errors';
import * as E from '../objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from '../objects/strbuilder';
import { strLength, charAt, strFromJs } from '../objects/str';
import { substring } from '../objects/str-ops';
import { bytesLength, bytesData } from '../objects/bytes';
import { decodeBytes, lookupEncoding, ENC_UTF8, ERR_STRICT } from '../objects/str-codecs';
import { kwCount, parseKeywords, checkArgCount, checkNoKwargs } from '../objects/args';
import { openFile, FILE_READABLE, FILE_WRITABLE, FILE_BINARY, FILE_TRANSLATE, UnsupportedOperation,
  readStdinLine } from '../objects/fileio';
import { OPEN_READ, OPEN_WRITE, OPEN_APPEND, OPEN_CREATE } from '../generated/host-protocol';
import { importLevel, setBuiltinImport } from '../import';
import { currentStdout, currentStdin, isStdoutStream, isStdinStream, writeTo, readLineFrom } from '../modules/sys';
import { writeStr, flushStdout } from '../io';
import { internJs } from '../intern';
import { addPermanentRoot } from '../gc';
import { N_fspath } from '../names';
import { setupExecBuiltins } from './exec';
import { setupIntrospectionBuiltins } from './introspect';
import * as A from '../abstract';

function isStr(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

// ---- __import__ ----

const IMPORT_NAMES: StaticArray<string> = ['name', 'globals', 'locals', 'fromlist', 'level'];
const importArgs = memory.data(40);

/** __import__(name, globals=None, locals=None, fromlist=(), level=0) */
function builtinImport(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkArgCount('__import__', nargs + kwCount(kwnames), 0, 5)) return NULL;
  for (let i = 0; i < 5; i++) store<u64>(importArgs + (<usize>i << 3), i < nargs ? load<u64>(args + (<usize>i << 3)) : NULL);
  if (!parseKeywords('__import__', args, nargs, kwnames, IMPORT_NAMES, importArgs)) return NULL;
  const name = load<u64>(importArgs);
  if (name == NULL) return raiseJs(E.TypeError, "__import__() missing required argument 'name' (pos 1)");
  const fromlist = load<u64>(importArgs, 24);
  const level = load<u64>(importArgs, 32);
  return importLevel(name, load<u64>(importArgs, 8), fromlist == NULL ? NONE : fromlist, level == NULL ? smallInt(0) : level);
}

// ---- open ----

const OPEN_NAMES: StaticArray<string> = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];
const openArgs = memory.data(64);

function openArg(i: i32): Value {
  return load<u64>(openArgs + (<usize>i << 3));
}

/** "open() argument 'encoding' must be str or None, not int" */
function raiseArgType(param: string, orNone: bool, v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "open() argument '");
  appendJs(sb, param);
  appendJs(sb, orNone ? "' must be str or None, not " : "' must be str, not ");
  appendStr(sb, A.typeNameOf(v));
  return raiseStr(E.TypeError, finishBuilder(sb));
}

/** The path a file argument names: a str, bytes (UTF-8) or an os.PathLike's __fspath__(); 0 on error. */
function pathOf(file: Value): usize {
  let v = file;
  if (!isStr(v) && !(isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_BYTES)) {
    const fspath = A.lookupInMro(A.typeOf(v), N_fspath);
    if (fspath == NULL) {
      const sb = newBuilder();
      appendJs(sb, 'expected str, bytes or os.PathLike object, not ');
      appendStr(sb, A.typeNameOf(v));
      raiseStr(E.TypeError, finishBuilder(sb));
      return 0;
    }
    v = A.call1(fspath, v);
    if (v == NULL) return 0;
  }
  if (isStr(v)) return ptrOf(v);
  if (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_BYTES) return decodeBytes(bytesData(ptrOf(v)), bytesLength(ptrOf(v)), ENC_UTF8, ERR_STRICT);
  raiseJs(E.TypeError, 'expected __fspath__() to return str or bytes');
  return 0;
}

/** The FILE_* flags of a mode string and the host's OPEN_* mode (in openHostMode); -1 with ValueError. */
let openHostMode: i32 = 0;

function modeFlags(mode: usize): i32 {
  let seen = 0;
  const n = strLength(mode);
  for (let i = 0; i < n; i++) {
    const c = charAt(mode, i);
    const bit = c == 0x72 ? 1 : c == 0x77 ? 2 : c == 0x61 ? 4 : c == 0x78 ? 8 : c == 0x2B ? 16 : c == 0x74 ? 32 : c == 0x62 ? 64 : 0;
    if (bit == 0 || (seen & bit) != 0) {
      const sb = newBuilder();
      appendJs(sb, 'invalid mode: ');
      appendStr(sb, A.reprOf(ptrValue(mode)));
      raiseStr(E.ValueError, finishBuilder(sb));
      return -1;
    }
    seen |= bit;
  }
  const kinds = (seen & 1) + ((seen >> 1) & 1) + ((seen >> 2) & 1) + ((seen >> 3) & 1);
  if ((seen & 96) == 96) return raiseModeError("can't have text and binary mode at once");
  if (kinds > 1) return raiseModeError('must have exactly one of create/read/write/append mode');
  if (kinds == 0) return raiseModeError('Must have exactly one of create/read/write/append mode and at most one plus');
  if (seen & 16) {
    raiseJs(UnsupportedOperation, "open() does not support '+' (reading and writing) modes yet");
    return -1;
  }
  openHostMode = (seen & 1) ? OPEN_READ : (seen & 2) ? OPEN_WRITE : (seen & 4) ? OPEN_APPEND : OPEN_CREATE;
  return ((seen & 1) ? FILE_READABLE : FILE_WRITABLE) | ((seen & 64) ? FILE_BINARY : 0);
}

function raiseModeError(message: string): i32 {
  raiseJs(E.ValueError, message);
  return -1;
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
function builtinOpen(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkArgCount('open', nargs + kwCount(kwnames), 0, 8)) return NULL;
  for (let i = 0; i < 8; i++) store<u64>(openArgs + (<usize>i << 3), i < nargs ? load<u64>(args + (<usize>i << 3)) : NONE);
  store<u64>(openArgs, nargs > 0 ? load<u64>(args) : NULL);
  if (!parseKeywords('open', args, nargs, kwnames, OPEN_NAMES, openArgs)) return NULL;
  const file = openArg(0);
  if (file == NULL) return raiseJs(E.TypeError, "open() missing required argument 'file' (pos 1)");
  const modeArg = openArg(1);
  const mode = modeArg == NONE ? strFromJs('r') : isStr(modeArg) ? ptrOf(modeArg) : 0;
  if (mode == 0) return raiseArgType('mode', false, modeArg);
  const encoding = openArg(3);
  const errors = openArg(4);
  const newline = openArg(5);
  if (encoding != NONE && !isStr(encoding)) return raiseArgType('encoding', true, encoding);
  if (errors != NONE && !isStr(errors)) return raiseArgType('errors', true, errors);
  if (newline != NONE && !isStr(newline)) return raiseArgType('newline', true, newline);
  const path = pathOf(file);
  if (path == 0) return NULL;
  let flags = modeFlags(mode);
  if (flags < 0) return NULL;
  if (flags & FILE_BINARY) {
    if (encoding != NONE) return raiseJs(E.ValueError, "binary mode doesn't take an encoding argument");
    if (errors != NONE) return raiseJs(E.ValueError, "binary mode doesn't take an errors argument");
    if (newline != NONE) return raiseJs(E.ValueError, "binary mode doesn't take a newline argument");
    return openFile(path, file, mode, flags, openHostMode, NONE, NONE);
  }
  if (newline != NONE && !isNewlineValue(ptrOf(newline))) {
    const sb = newBuilder();
    appendJs(sb, 'illegal newline value: ');
    appendStr(sb, ptrOf(newline));
    return raiseStr(E.ValueError, finishBuilder(sb));
  }
  if (newline == NONE) flags |= FILE_TRANSLATE;
  if (encoding != NONE && lookupEncoding(ptrOf(encoding)) == 0) return NULL;
  return openFile(path, file, mode, flags, openHostMode, encoding != NONE ? encoding : ptrValue(strFromJs('UTF-8')),
    errors != NONE ? errors : ptrValue(strFromJs('strict')));
}

/** newline may be '', '\n', '\r' or '\r\n' (only None translates on reading; writing keeps '\n'). */
function isNewlineValue(s: usize): bool {
  const n = strLength(s);
  if (n == 0) return true;
  if (n == 1) return charAt(s, 0) == 0x0A || charAt(s, 0) == 0x0D;
  return n == 2 && charAt(s, 0) == 0x0D && charAt(s, 1) == 0x0A;
}

// ---- input ----

/** input(prompt=''): the prompt on sys.stdout, then a line of sys.stdin without its newline. */
function builtinInput(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('input', kwnames) || !checkArgCount('input', nargs, 0, 1)) return NULL;
  const out = currentStdout();
  if (out == NULL) return NULL;
  if (nargs == 1 && out != NONE) {
    const prompt = A.strOf(load<u64>(args));
    if (prompt == 0) return NULL;
    if (isStdoutStream(out)) writeStr(1, prompt);
    else if (!writeTo(out, prompt)) return NULL;
  }
  flushStdout();
  const stdin = currentStdin();
  if (stdin == NULL) return NULL;
  const line = isStdinStream(stdin) ? readStdinLine() : readLineFrom(stdin);
  if (line == NULL) return NULL;
  if (!isStr(line)) return raiseJs(E.TypeError, 'object.readline() returned non-string');
  const s = ptrOf(line);
  const n = strLength(s);
  if (n == 0) return raiseJs(E.EOFError, 'EOF when reading a line');
  return charAt(s, n - 1) == 0x0A ? ptrValue(substring(s, 0, n - 1)) : line;
}

// ---- exit and quit ----

/** Quitter objects: +8 their name (a Value, traced as an instance field). */
let quitterType: usize = 0;

function newQuitter(name: string): Value {
  const q = alloc(16, quitterType, KIND_INSTANCE);
  store<u64>(q + 8, ptrValue(strFromJs(name)));
  return ptrValue(q);
}

/** "Use exit() or Ctrl-D (i.e. EOF) to exit" */
function quitterReprSlot(v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'Use ');
  appendStr(sb, ptrOf(load<u64>(ptrOf(v) + 8)));
  appendJs(sb, '() or Ctrl-D (i.e. EOF) to exit');
  return ptrValue(finishBuilder(sb));
}

/** exit(code=None): SystemExit(code). */
function quitterCallSlot(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('__call__', kwnames) || !checkArgCount('__call__', nargs, 0, 1)) return NULL;
  const exc = A.callValue(ptrValue(E.SystemExit), args, nargs, NULL);
  return exc == NULL ? NULL : raiseValue(exc);
}

function setupQuitters(builtins: usize): void {
  quitterType = newBuiltinType('Quitter', objectType, KIND_INSTANCE, 0);
  addPermanentRoot(ptrValue(quitterType));
  store<u32>(quitterType + TYPE_MODULE, <u32>internJs('_sitebuiltins'));
  store<u32>(quitterType + TYPE_BASICSIZE, 16);
  setSlot(quitterType, SLOT_REPR, changetype<usize>(quitterReprSlot));
  setSlot(quitterType, SLOT_CALL, changetype<usize>(quitterCallSlot));
  dictSetStr(builtins, internJs('exit'), newQuitter('exit'));
  dictSetStr(builtins, internJs('quit'), newQuitter('quit'));
}

/** Adds __import__, open, input, exit, quit, exec, eval, compile, globals, locals, vars and dir. */
export function setupSystemBuiltins(builtins: usize, moduleName: usize): void {
  setBuiltinImport(ptrValue(defineFunction(builtins, moduleName, '__import__', builtinImport)));
  defineFunction(builtins, moduleName, 'open', builtinOpen);
  defineFunction(builtins, moduleName, 'input', builtinInput);
  setupQuitters(builtins);
  setupExecBuiltins(builtins, moduleName);
  setupIntrospectionBuiltins(builtins, moduleName);
}
