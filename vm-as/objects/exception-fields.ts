// The attributes CPython gives the exceptions that imports, files and the compiler raise, kept in
// the instance __dict__: ImportError's name, path and msg; OSError's errno, strerror, filename
// and filename2 (its str "[Errno 2] No such file or directory: 'x'", and OSError(errno, …)
// making the subclass for errno); SyntaxError's msg, filename, lineno, offset, text,
// end_lineno, end_offset and print_file_and_line (its str "msg (file.py, line 3)").

import { Value, NULL, NONE, isPtr, isSmallInt, intOf, ptrOf, ptrValue, smallInt } from '../value';
import { kindOfPtr, KIND_STR } from '../object';
import * as E from './exception';
import { newException, newExceptionWithArgs, EXC_ARGS } from './exception';
import { getSlot, setSlot, isSubtype, SLOT_INIT, SLOT_NEW, SLOT_STR } from '../types';
import { builtinTypeAt } from '../typesetup';
import { ensureInstanceDict, instanceDictOf } from './baseobject';
import { dictGetStr, dictSetStr } from './dict';
import { internJs } from '../intern';
import { addPermanentRoot } from '../gc';
import { raiseStr, raiseValue } from '../errors';
import { tupleGet, tupleFromArray, tuple2, newTuple, tupleSet, tupleItems } from './tuple';
import { listFromIterable } from './list-type';
import { listLength, listItems } from './list';
import { newBuilder, appendJs, appendStr, appendI64, appendSubstring, finishBuilder } from './strbuilder';
import { strFromJs, strLength, charAt, strEquals } from './str';
import { kwCount } from './args';
import * as A from '../abstract';

// The attribute names (interned at start-up).
let nName: usize = 0;
let nPath: usize = 0;
export let nMsg: usize = 0;
let nErrno: usize = 0;
let nStrerror: usize = 0;
export let nFilename: usize = 0;
let nFilename2: usize = 0;
export let nLineno: usize = 0;
export let nOffset: usize = 0;
export let nText: usize = 0;
export let nEndLineno: usize = 0;
export let nEndOffset: usize = 0;
let nPrintFileAndLine: usize = 0;

function rooted(js: string): usize {
  const s = internJs(js);
  addPermanentRoot(ptrValue(s));
  return s;
}

/** An exception's attribute kept in its __dict__ (None when absent). */
export function exceptionField(exc: Value, name: usize): Value {
  const d = instanceDictOf(exc);
  const v = d == 0 ? NULL : dictGetStr(d, name);
  return v == NULL ? NONE : v;
}

function setField(exc: usize, name: usize, v: Value): void {
  dictSetStr(ensureInstanceDict(ptrValue(exc)), name, v);
}

/** Sets the `count` fields named at `names` (u32 str pointers) from values; the first `given` from values, the rest None. */
function setFields(exc: usize, names: usize, count: i32, values: usize, given: i32): void {
  for (let i = 0; i < count; i++) {
    setField(exc, <usize>load<u32>(names + (<usize>i << 2)), i < given ? load<u64>(values + (<usize>i << 3)) : NONE);
  }
}

/** BaseException.__init__: sets args (and rejects keywords, naming the type). */
function baseInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  return changetype<(s: Value, a: usize, n: i32, k: Value) => i32>(getSlot(E.BaseException, SLOT_INIT))(self, args, nargs, kwnames);
}

// ---- ImportError ----

/** ImportError(*args, name=None, path=None): msg is the only argument, if just one. */
function importErrorInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  const e = ptrOf(self);
  let name = NONE;
  let path = NONE;
  for (let k = 0; k < kwCount(kwnames); k++) {
    const kw = ptrOf(tupleGet(ptrOf(kwnames), k));
    const v = load<u64>(args + (<usize>(nargs + k) << 3));
    if (strEquals(kw, nName)) name = v;
    else if (strEquals(kw, nPath)) path = v;
    else {
      const sb = newBuilder();
      appendJs(sb, "'");
      appendStr(sb, kw);
      appendJs(sb, "' is an invalid keyword argument for ImportError()");
      raiseStr(E.TypeError, finishBuilder(sb));
      return -1;
    }
  }
  if (baseInit(self, args, nargs, NULL) < 0) return -1;
  setField(e, nName, name);
  setField(e, nPath, path);
  setField(e, nMsg, nargs == 1 ? load<u64>(args) : NONE);
  return 0;
}

/** Raises ImportError (or a subclass) with its message, name and path. */
export function raiseImportError(type: usize, msg: usize, name: Value, path: Value): Value {
  const e = newException(type, ptrValue(msg));
  setField(e, nMsg, ptrValue(msg));
  setField(e, nName, name);
  setField(e, nPath, path);
  return raiseValue(ptrValue(e));
}

/** The `name` an ImportError carries (None when it has none). */
export function importErrorName(exc: Value): Value {
  return exceptionField(exc, nName);
}

// ---- OSError ----

/** errno, strerror, filename, filename2 (interned names, set up at start-up). */
const OSERROR_FIELDS = memory.data(16);

/** The subclass CPython picks for an errno (OSError when none; Linux numbering). */
function osErrorTypeFor(errno: i64): usize {
  switch (<i32>errno) {
    case 1: case 13: return E.PermissionError;
    case 2: return E.FileNotFoundError;
    case 3: return E.ProcessLookupError;
    case 4: return E.InterruptedError;
    case 10: return E.ChildProcessError;
    case 11: case 114: case 115: return E.BlockingIOError;
    case 17: return E.FileExistsError;
    case 20: return E.NotADirectoryError;
    case 21: return E.IsADirectoryError;
    case 32: case 108: return E.BrokenPipeError;
    case 103: return E.ConnectionAbortedError;
    case 104: return E.ConnectionResetError;
    case 110: return E.TimeoutError;
    case 111: return E.ConnectionRefusedError;
  }
  return E.OSError;
}

/** OSError(errno, strerror, …) with OSError itself creates the errno's subclass. */
function osErrorNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  let t = ptrOf(type);
  if (t == E.OSError && nargs >= 2 && isSmallInt(load<u64>(args))) t = osErrorTypeFor(intOf(load<u64>(args)));
  return changetype<(t: Value, a: usize, n: i32, k: Value) => Value>(getSlot(E.BaseException, SLOT_NEW))(ptrValue(t), args, nargs, kwnames);
}

/** OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a filename, args keeps the first two. */
function osErrorInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (baseInit(self, args, nargs, kwnames) < 0) return -1;
  const e = ptrOf(self);
  if (nargs < 2 || nargs > 5) {
    setFields(e, OSERROR_FIELDS, 4, 0, 0);
    return 0;
  }
  setField(e, nErrno, load<u64>(args));
  setField(e, nStrerror, load<u64>(args, 8));
  const filename = nargs >= 3 ? load<u64>(args, 16) : NONE;
  setField(e, nFilename, filename);
  setField(e, nFilename2, nargs == 5 ? load<u64>(args, 32) : NONE);
  if (filename != NONE) store<u64>(e + EXC_ARGS, ptrValue(tupleFromArray(args, 2)));
  return 0;
}

/** "[Errno 2] No such file or directory: 'x'" (-> 'y' with a second file name). */
function osErrorStr(v: Value): Value {
  const errno = exceptionField(v, nErrno);
  const strerror = exceptionField(v, nStrerror);
  const filename = exceptionField(v, nFilename);
  if (errno == NONE || strerror == NONE) return changetype<(v: Value) => Value>(getSlot(E.BaseException, SLOT_STR))(v);
  const sb = newBuilder();
  appendJs(sb, '[Errno ');
  if (!appendStrOf(sb, errno)) return NULL;
  appendJs(sb, '] ');
  if (!appendStrOf(sb, strerror)) return NULL;
  if (filename != NONE) {
    appendJs(sb, ': ');
    if (!appendReprOf(sb, filename)) return NULL;
    const filename2 = exceptionField(v, nFilename2);
    if (filename2 != NONE) {
      appendJs(sb, ' -> ');
      if (!appendReprOf(sb, filename2)) return NULL;
    }
  }
  return ptrValue(finishBuilder(sb));
}

function appendStrOf(sb: usize, v: Value): bool {
  const s = A.strOf(v);
  if (s == 0) return false;
  appendStr(sb, s);
  return true;
}

function appendReprOf(sb: usize, v: Value): bool {
  const s = A.reprOf(v);
  if (s == 0) return false;
  appendStr(sb, s);
  return true;
}

/** strerror() of the errno values the host reports (Linux's texts, as CPython prints them). */
function strerror(errno: i32): string {
  switch (errno) {
    case 1: return 'Operation not permitted';
    case 2: return 'No such file or directory';
    case 5: return 'Input/output error';
    case 9: return 'Bad file descriptor';
    case 13: return 'Permission denied';
    case 16: return 'Device or resource busy';
    case 17: return 'File exists';
    case 18: return 'Invalid cross-device link';
    case 20: return 'Not a directory';
    case 21: return 'Is a directory';
    case 22: return 'Invalid argument';
    case 24: return 'Too many open files';
    case 28: return 'No space left on device';
    case 30: return 'Read-only file system';
    case 36: return 'File name too long';
    case 39: return 'Directory not empty';
    case 40: return 'Too many levels of symbolic links';
  }
  return 'Unknown error';
}

/**
 * Raises the OSError subclass for errno, as a failed system call on `filename` (None: no file),
 * and for calls on two files (rename) `filename2`.
 */
export function raiseOSError(errno: i32, filename: Value, filename2: Value = NONE): Value {
  const args = tuple2(smallInt(errno), ptrValue(strFromJs(strerror(errno))));
  const e = newExceptionWithArgs(osErrorTypeFor(errno), args);
  setFields(e, OSERROR_FIELDS, 4, args + 16, 2);
  setField(e, nFilename, filename);
  setField(e, nFilename2, filename2);
  return raiseValue(ptrValue(e));
}

// ---- SyntaxError ----

/** filename, lineno, offset, text, end_lineno, end_offset: the order of SyntaxError's info tuple. */
const SYNTAX_FIELDS = memory.data(24);

/** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
function syntaxErrorInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (baseInit(self, args, nargs, kwnames) < 0) return -1;
  const e = ptrOf(self);
  setField(e, nMsg, nargs >= 1 ? load<u64>(args) : NONE);
  setField(e, nPrintFileAndLine, NONE);
  if (nargs != 2) {
    setFields(e, SYNTAX_FIELDS, 6, 0, 0);
    return 0;
  }
  const info = listFromIterable(load<u64>(args, 8));
  if (info == 0) return -1;
  const n = listLength(info);
  if (n < 4 || n > 6) {
    const sb = newBuilder();
    appendJs(sb, n < 4 ? 'function takes at least 4 arguments (' : 'function takes at most 6 arguments (');
    appendI64(sb, n);
    appendJs(sb, ' given)');
    raiseStr(E.TypeError, finishBuilder(sb));
    return -1;
  }
  setFields(e, SYNTAX_FIELDS, 6, listItems(info), n);
  return 0;
}

/** str(SyntaxError): "msg (file.py, line 3)", with the file's base name. */
function syntaxErrorStr(v: Value): Value {
  // One raised natively with just a message has no fields: BaseException's str.
  const d = instanceDictOf(v);
  if (d == 0 || dictGetStr(d, nMsg) == NULL) return changetype<(v: Value) => Value>(getSlot(E.BaseException, SLOT_STR))(v);
  const msg = A.strOf(exceptionField(v, nMsg));
  if (msg == 0) return NULL;
  const filename = exceptionField(v, nFilename);
  const lineno = exceptionField(v, nLineno);
  const hasFile = isPtr(filename) && kindOfPtr(ptrOf(filename)) == KIND_STR;
  const hasLine = isSmallInt(lineno);
  if (!hasFile && !hasLine) return ptrValue(msg);
  const sb = newBuilder();
  appendStr(sb, msg);
  appendJs(sb, ' (');
  if (hasFile) appendBaseName(sb, ptrOf(filename));
  if (hasFile && hasLine) appendJs(sb, ', ');
  if (hasLine) {
    appendJs(sb, 'line ');
    appendI64(sb, intOf(lineno));
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

function appendBaseName(sb: usize, path: usize): void {
  const n = strLength(path);
  let start = n;
  while (start > 0 && charAt(path, start - 1) != 0x2F) start--;
  appendSubstring(sb, path, start, n);
}

/** A SyntaxError (or subclass) as the compiler reports it; text may be NONE. */
export function newSyntaxError(type: usize, msg: usize, filename: usize, lineno: i32, offset: i32, text: Value,
  endLineno: i32, endOffset: i32): usize {
  const info = newTuple(6);
  tupleSet(info, 0, ptrValue(filename));
  tupleSet(info, 1, smallInt(lineno));
  tupleSet(info, 2, smallInt(offset));
  tupleSet(info, 3, text);
  tupleSet(info, 4, smallInt(endLineno));
  tupleSet(info, 5, smallInt(endOffset));
  const e = newExceptionWithArgs(type, tuple2(ptrValue(msg), ptrValue(info)));
  setField(e, nMsg, ptrValue(msg));
  setField(e, nPrintFileAndLine, NONE);
  setFields(e, SYNTAX_FIELDS, 6, tupleItems(info), 6);
  return e;
}

// ---- setup ----

/** Installs a slot on `base` and on every builtin subclass that inherited the old one. */
function installOnFamily(base: usize, slot: i32, fn: usize): void {
  const old = getSlot(base, slot);
  for (let i = 0; builtinTypeAt(i) != 0; i++) {
    const t = builtinTypeAt(i);
    if (isSubtype(t, base) && getSlot(t, slot) == old) setSlot(t, slot, fn);
  }
}

/** Run at start-up after the exception types exist and before their slot wrappers are made. */
export function setupExceptionFields(): void {
  nName = rooted('name');
  nPath = rooted('path');
  nMsg = rooted('msg');
  nErrno = rooted('errno');
  nStrerror = rooted('strerror');
  nFilename = rooted('filename');
  nFilename2 = rooted('filename2');
  nLineno = rooted('lineno');
  nOffset = rooted('offset');
  nText = rooted('text');
  nEndLineno = rooted('end_lineno');
  nEndOffset = rooted('end_offset');
  nPrintFileAndLine = rooted('print_file_and_line');
  store<u32>(OSERROR_FIELDS, <u32>nErrno);
  store<u32>(OSERROR_FIELDS, <u32>nStrerror, 4);
  store<u32>(OSERROR_FIELDS, <u32>nFilename, 8);
  store<u32>(OSERROR_FIELDS, <u32>nFilename2, 12);
  store<u32>(SYNTAX_FIELDS, <u32>nFilename);
  store<u32>(SYNTAX_FIELDS, <u32>nLineno, 4);
  store<u32>(SYNTAX_FIELDS, <u32>nOffset, 8);
  store<u32>(SYNTAX_FIELDS, <u32>nText, 12);
  store<u32>(SYNTAX_FIELDS, <u32>nEndLineno, 16);
  store<u32>(SYNTAX_FIELDS, <u32>nEndOffset, 20);
  installOnFamily(E.ImportError, SLOT_INIT, changetype<usize>(importErrorInit));
  installOnFamily(E.OSError, SLOT_NEW, changetype<usize>(osErrorNew));
  installOnFamily(E.OSError, SLOT_INIT, changetype<usize>(osErrorInit));
  installOnFamily(E.OSError, SLOT_STR, changetype<usize>(osErrorStr));
  installOnFamily(E.SyntaxError, SLOT_INIT, changetype<usize>(syntaxErrorInit));
  installOnFamily(E.SyntaxError, SLOT_STR, changetype<usize>(syntaxErrorStr));
}
