// Running a program: the __main__ module, its frame, the outcome the host learns (returned,
// raised, exited, or paused at the end of a slice), and the uncaught exception described as
// JSON for the host to print as CPython's traceback.

import { isExceptionGroup } from './objects/exception-group';
import { Value, NULL, NONE, isPtr, isSmallInt, intOf, ptrOf } from './value';
import { kindOf, kindOfPtr, KIND_EXCEPTION, KIND_STR, KIND_LIST, KIND_TUPLE } from './object';
import { instanceDictOf } from './objects/baseobject';
import { dictGetStr } from './objects/dict';
import { listGet, listLength } from './objects/list';
import { tupleGet, tupleLength } from './objects/tuple';
import { N_notes } from './names';
import { loadImage } from './image';
import { evalStatus, STATUS_RETURNED, STATUS_SLICE, resumeSlice } from './interp/eval';
import * as C from './objects/code';
import { fetchExc, currentExc, errOccurred, raiseJs } from './errors';
import * as E from './objects/exception';
import { EXC_TRACEBACK, EXC_CAUSE, EXC_CONTEXT, EXC_FLAGS, EXC_SUPPRESS_CONTEXT, EXC_VALUE } from './objects/exception';
import { TB_NEXT, TB_CODE, TB_LASTI } from './objects/traceback';
import * as A from './abstract';
import { newBuilder, appendJs, appendStr, appendI64, appendCodePoint, finishBuilder } from './objects/strbuilder';
import { strLength, charAt, utf8Length, writeUtf8, strFromJs } from './objects/str';
import { TYPE_MODULE, TYPE_QUALNAME } from './types';
import { positionOf } from './objects/code';
import { flushStdout, writeStr } from './io';
import { alloc } from './heap';
import { KIND_RAW } from './object';
import { reserveInput } from './hostdata';
import { newMainModule } from './import';
import { execCode } from './builtins/exec';
import { exceptionField, nLineno, nMsg, nFilename, nOffset, nEndLineno, nEndOffset, nText } from './objects/exception-fields';

export const RUN_OK: i32 = 0;
export const RUN_EXCEPTION: i32 = 1;
export const RUN_SLICE: i32 = 2;
export const RUN_EXIT: i32 = 3;

/** The uncaught exception of the last run, kept for describeException. */
let uncaught: Value = NULL;
/** The exit status SystemExit asked for. */
export let exitCode: i32 = 0;

/** Loads the image in the input buffer and runs it as __main__. */
export function runMainImage(length: usize): i32 {
  const code = loadImage(reserveInput(length), length);
  if (code == NULL) return finish(NULL);
  const globals = newMainModule(ptrOf(code));
  return finish(execCode(ptrOf(code), globals, globals));
}

export function resumeRun(): i32 {
  return finish(resumeSlice());
}

/** The outcome of a run (or a slice of it) for the host: RUN_OK, RUN_EXCEPTION, RUN_SLICE or RUN_EXIT. */
export function finish(result: Value): i32 {
  if (result != NULL) {
    flushStdout();
    return RUN_OK;
  }
  if (evalStatus == STATUS_SLICE && !errOccurred()) return RUN_SLICE;
  flushStdout();
  const exc = fetchExc();
  if (A.isInstance(exc, E.SystemExit)) return systemExit(exc);
  uncaught = exc;
  return RUN_EXCEPTION;
}

/** SystemExit: its code decides the status; anything but an int or None is printed. */
function systemExit(exc: Value): i32 {
  const code = load<u64>(ptrOf(exc) + EXC_VALUE);
  if (code == NONE) {
    exitCode = 0;
  } else if (isSmallInt(code)) {
    exitCode = <i32>intOf(code);
  } else {
    const s = A.strOf(code);
    if (s != 0) {
      writeStr(2, s);
      const sb = newBuilder(1);
      appendCodePoint(sb, 0x0A);
      writeStr(2, finishBuilder(sb));
    }
    exitCode = 1;
  }
  return RUN_EXIT;
}

// ---- describing the uncaught exception ----

function appendJsonString(sb: usize, s: usize): void {
  appendCodePoint(sb, 0x22);
  const n = strLength(s);
  for (let i = 0; i < n; i++) {
    const c = charAt(s, i);
    if (c == 0x22 || c == 0x5C) {
      appendCodePoint(sb, 0x5C);
      appendCodePoint(sb, c);
    } else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
      appendJs(sb, '\\u');
      for (let shift = 12; shift >= 0; shift -= 4) {
        const d = (c >> <u32>shift) & 0xF;
        appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
      }
    } else {
      appendCodePoint(sb, c);
    }
  }
  appendCodePoint(sb, 0x22);
}

function appendFrames(sb: usize, exc: usize): void {
  appendJs(sb, '"frames":[');
  let first = true;
  for (let tb = load<u64>(exc + EXC_TRACEBACK); isPtr(tb); tb = load<u64>(ptrOf(tb) + TB_NEXT)) {
    const t = ptrOf(tb);
    const code = <usize>load<u32>(t + TB_CODE);
    const lasti = <i32>load<u32>(t + TB_LASTI);
    if (!first) appendCodePoint(sb, 0x2C);
    first = false;
    appendJs(sb, '{"file":');
    appendJsonString(sb, <usize>load<u32>(code + C.CODE_FILENAME));
    appendJs(sb, ',"name":');
    appendJsonString(sb, <usize>load<u32>(code + C.CODE_NAME));
    appendJs(sb, ',"line":');
    appendI64(sb, positionOf(code, lasti, 0));
    appendJs(sb, ',"endLine":');
    appendI64(sb, positionOf(code, lasti, 1));
    appendJs(sb, ',"col":');
    appendI64(sb, positionOf(code, lasti, 2));
    appendJs(sb, ',"endCol":');
    appendI64(sb, positionOf(code, lasti, 3));
    appendCodePoint(sb, 0x7D);
  }
  appendCodePoint(sb, 0x5D);
}

function isText(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

/** A SyntaxError's location (its filename, lineno … attributes), which tracebacks show. */
function appendSyntaxDetails(sb: usize, exc: Value): void {
  if (!A.isInstance(exc, E.SyntaxError)) return;
  const lineno = exceptionField(exc, nLineno);
  if (!isSmallInt(lineno)) return;
  const msg = A.strOf(exceptionField(exc, nMsg));
  if (msg == 0) {
    fetchExc();
    return;
  }
  const filename = exceptionField(exc, nFilename);
  const offset = exceptionField(exc, nOffset);
  const endLineno = exceptionField(exc, nEndLineno);
  const endOffset = exceptionField(exc, nEndOffset);
  const text = exceptionField(exc, nText);
  appendJs(sb, ',"syntax":{"msg":');
  appendJsonString(sb, msg);
  appendJs(sb, ',"filename":');
  appendJsonString(sb, isText(filename) ? ptrOf(filename) : strFromJs('<string>'));
  appendJs(sb, ',"lineno":');
  appendI64(sb, intOf(lineno));
  const off: i64 = isSmallInt(offset) ? intOf(offset) : -1;
  appendJs(sb, ',"offset":');
  appendI64(sb, off);
  appendJs(sb, ',"endLineno":');
  appendI64(sb, isSmallInt(endLineno) ? intOf(endLineno) : intOf(lineno));
  appendJs(sb, ',"endOffset":');
  appendI64(sb, isSmallInt(endOffset) ? intOf(endOffset) : off);
  appendJs(sb, ',"text":');
  if (isText(text)) appendJsonString(sb, ptrOf(text));
  else appendJs(sb, 'null');
  appendCodePoint(sb, 0x7D);
}

function appendOneException(sb: usize, exc: Value, link: string): void {
  const e = ptrOf(exc);
  const type = A.typeOf(exc);
  appendJs(sb, '{"link":"');
  appendJs(sb, link);
  appendJs(sb, '","module":');
  const module = <usize>load<u32>(type + TYPE_MODULE);
  if (module != 0) appendJsonString(sb, module);
  else appendJs(sb, '""');
  appendJs(sb, ',"type":');
  appendJsonString(sb, <usize>load<u32>(type + TYPE_QUALNAME));
  appendJs(sb, ',"message":');
  const s = A.strOf(exc);
  if (s == 0) {
    fetchExc();
    appendJs(sb, 'null');
  } else {
    appendJsonString(sb, s);
  }
  appendCodePoint(sb, 0x2C);
  appendFrames(sb, e);
  appendSyntaxDetails(sb, exc);
  appendNotes(sb, exc);
  appendGroup(sb, exc);
  appendCodePoint(sb, 0x7D);
}

// CPython shows the first 15 members of a group and 10 levels of nesting; one more of each is
// enough for the host to print "and N more exceptions" / "... (max_group_depth is 10)".
const GROUP_WIDTH: i32 = 16;
const GROUP_DEPTH: i32 = 11;
let groupDepth: i32 = 0;

/** An exception group's members, each as its own chain: "group":{"size":N,"members":[[…],…]}. */
function appendGroup(sb: usize, exc: Value): void {
  if (!isExceptionGroup(exc)) return;
  const members = ptrOf(load<u64>(ptrOf(exc) + EXC_VALUE));
  const n = tupleLength(members);
  appendJs(sb, ',"group":{"size":');
  appendI64(sb, n);
  appendJs(sb, ',"members":[');
  if (groupDepth < GROUP_DEPTH) {
    groupDepth++;
    for (let i = 0; i < n && i < GROUP_WIDTH; i++) {
      if (i > 0) appendCodePoint(sb, 0x2C);
      appendCodePoint(sb, 0x5B);
      appendChain(sb, tupleGet(members, i), '', 0, true);
      appendCodePoint(sb, 0x5D);
    }
    groupDepth--;
  }
  appendJs(sb, ']}');
}

/** The exception's __notes__ (PEP 678) as CPython prints them: each note's str, or the repr of
 * __notes__ when it is not a list or tuple. */
function appendNotes(sb: usize, exc: Value): void {
  const d = instanceDictOf(exc);
  const notes = d == 0 ? NULL : dictGetStr(d, N_notes);
  if (notes == NULL || notes == NONE) return;
  appendJs(sb, ',"notes":[');
  const kind = kindOf(notes);
  if (kind == KIND_LIST || kind == KIND_TUPLE) {
    const n = kind == KIND_LIST ? listLength(ptrOf(notes)) : tupleLength(ptrOf(notes));
    for (let i = 0; i < n; i++) {
      if (i > 0) appendCodePoint(sb, 0x2C);
      appendNote(sb, kind == KIND_LIST ? listGet(ptrOf(notes), i) : tupleGet(ptrOf(notes), i), false);
    }
  } else {
    appendNote(sb, notes, true);
  }
  appendCodePoint(sb, 0x5D);
}

function appendNote(sb: usize, note: Value, asRepr: bool): void {
  const s = kindOf(note) == KIND_STR ? ptrOf(note) : asRepr ? A.reprOf(note) : A.strOf(note);
  if (s != 0) {
    appendJsonString(sb, s);
    return;
  }
  fetchExc();
  appendJsonString(sb, strFromJs(asRepr ? '<__notes__ repr() failed>' : '<note str() failed>'));
}

/** The chain CPython prints: causes and contexts first (each once), the exception last. */
function appendChain(sb: usize, exc: Value, link: string, depth: i32, first: bool): bool {
  const e = ptrOf(exc);
  let wrote = first;
  if (depth < 100) {
    const cause = load<u64>(e + EXC_CAUSE);
    const context = load<u64>(e + EXC_CONTEXT);
    const suppress = (load<u32>(e + EXC_FLAGS) & EXC_SUPPRESS_CONTEXT) != 0;
    if (cause != NONE && isPtr(cause)) wrote = appendChain(sb, cause, 'cause', depth + 1, wrote);
    else if (context != NONE && isPtr(context) && !suppress) wrote = appendChain(sb, context, 'context', depth + 1, wrote);
  }
  if (!wrote) appendCodePoint(sb, 0x2C);
  appendOneException(sb, exc, link);
  return false;
}

let described: usize = 0;

/**
 * Writes the uncaught exception's description (JSON: a list of exceptions, outermost cause
 * first, each with link, module, type, message and frames) as UTF-8; returns its address.
 * describedLength() gives its byte length.
 */
export function describeException(): usize {
  return uncaught == NULL ? 0 : describeExceptionValue(uncaught);
}

/** Describes any exception as describeException does (sys.excepthook prints it through the host). */
export function describeExceptionValue(exc: Value): usize {
  const sb = newBuilder(256);
  appendCodePoint(sb, 0x5B);
  appendChain(sb, exc, '', 0, true);
  appendCodePoint(sb, 0x5D);
  const s = finishBuilder(sb);
  const n = <usize>utf8Length(s);
  described = alloc(n + 8, 0, KIND_RAW);
  writeUtf8(s, described + 8);
  describedBytes = n;
  return described + 8;
}

let describedBytes: usize = 0;

/** Where the last description describeExceptionValue wrote starts. */
export function describedException(): usize {
  return described + 8;
}

export function describedLength(): usize {
  return describedBytes;
}

export { raiseJs, currentExc, KIND_EXCEPTION, KIND_STR, STATUS_RETURNED };
