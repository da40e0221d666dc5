// What CPython does when a generator, coroutine or async generator dies unfinished
// (_PyGen_Finalize): a never-started coroutine gets "RuntimeWarning: coroutine '…' was never
// awaited", an async generator goes to the finalizer hook captured on its first iteration, and
// anything else suspended is closed (its finally blocks run); errors are reported as
// "Exception ignored in: …".
//
// CPython finalizes when the reference count drops to zero; our collector traces (see the
// registry in generator.ts), so finalization happens:
//  - right away for the commonest case, a coroutine call as an expression statement (`f()`):
//    RETURN_GENERATOR sees that its caller's next instruction is POP_TOP, so nothing else can
//    ever hold the coroutine; the warning then comes exactly where CPython prints it;
//  - right away for a generator only a for loop held (owned, see generator.ts) when break,
//    continue, return (POP_ITER) or an exception (the unwinder) drops it from the loop's stack;
//  - after a collection that found the generator unreachable, at the eval loop's next safe point;
//  - at the end of the program for everything left (CPython's shutdown: __main__'s globals in
//    order, then the rest), with warnings located at "sys:1" as CPython's are then.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, smallInt } from '../value';
import { kindOfPtr, KIND_GENERATOR, KIND_LIST, KIND_TUPLE, KIND_DICT } from '../object';
import { listGet, listLength } from './list';
import { GEN_QUALNAME, GEN_FINALIZER, GEN_FLAVOR, GEN_COROUTINE, GEN_ASYNC, GEN_CREATED, GENFLAG_FINALIZED,
  GENFLAG_CLOSED, genState, hasGenFlag, setGenFlag, needsFinalization, forEachToFinalize,
  finalizersPending } from './generator';
import { genClose } from './generator-type';
import { FRAME_CODE, FRAME_IP, FRAME_LASTI, currentFrame } from '../interp/frame';
import * as C from './code';
import { fetchExc, restoreExc } from '../errors';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { newTuple, tupleSet, tupleGet, tupleLength } from './tuple';
import { newDict, dictGet, dictSet, dictNextEntry, entryValue } from './dict';
import { strFromUtf8, utf8Length, writeUtf8 } from './str';
import { EXC_TRACEBACK } from './exception';
import { TB_NEXT, TB_CODE, TB_LINENO } from './traceback';
import { TYPE_MODULE, TYPE_QUALNAME } from '../types';
import { writeStr } from '../io';
import { hostSourceLine } from '../host';
import { addPermanentRoot, pushTempRoot, popTempRoots, collect } from '../gc';
import * as A from '../abstract';
import { strIsJs } from './args';

// ---- running finalizers ----

/** Runs the finalizers the last collection found due (the eval loop calls this after collecting). */
export function runPendingFinalizers(): void {
  if (finalizersPending()) forEachToFinalize(false, finalizeGenerator);
}

/**
 * The end of the program: finalizes the generators nothing reaches any more, then __main__'s in
 * the order of its globals, then those its globals' lists, tuples and dicts hold (as CPython's
 * shutdown does), then all others.
 */
export function finalizeAtExit(mainGlobals: usize): void {
  // First what nothing reaches any more: CPython's shutdown collects its cyclic garbage first,
  // while the warnings module still works in full.
  collect();
  runPendingFinalizers();
  tearingDown = true;
  for (let deep = 0; deep < 2; deep++) {
    for (let i = mainGlobals == 0 ? -1 : dictNextEntry(mainGlobals, 0); i >= 0; i = dictNextEntry(mainGlobals, i + 1)) {
      finalizeHeld(entryValue(mainGlobals, i), deep == 1);
    }
  }
  forEachToFinalize(true, finalizeGenerator);
}

/**
 * Clearing a global that holds v: v if it is a generator — and with `deep`, the generators a
 * list, tuple or dict holds, in the order their deallocation drops them (lists and tuples from
 * the end).
 */
function finalizeHeld(v: Value, deep: bool): void {
  if (!isPtr(v)) return;
  const p = ptrOf(v);
  const kind = kindOfPtr(p);
  if (kind == KIND_GENERATOR) {
    if (needsFinalization(p)) finalizeGenerator(p);
  } else if (!deep) {
    return;
  } else if (kind == KIND_LIST) {
    // A finalizer may change the list: its length is read again each time.
    for (let i = listLength(p) - 1; i >= 0; i--) if (i < listLength(p)) finalizeHeld(listGet(p, i), false);
  } else if (kind == KIND_TUPLE) {
    for (let i = tupleLength(p) - 1; i >= 0; i--) finalizeHeld(tupleGet(p, i), false);
  } else if (kind == KIND_DICT) {
    for (let i = dictNextEntry(p, 0); i >= 0; i = dictNextEntry(p, i + 1)) finalizeHeld(entryValue(p, i), false);
  }
}

/** _PyGen_Finalize: warn, hand to the finalizer hook, or close, once; errors are reported, not raised. */
export function finalizeGenerator(g: usize): void {
  setGenFlag(g, GENFLAG_FINALIZED, true);
  pushTempRoot(ptrValue(g));
  const pending = fetchExc();
  const flavor = load<u32>(g + GEN_FLAVOR);
  const finalizer = load<u64>(g + GEN_FINALIZER);
  if (flavor == GEN_ASYNC && finalizer != NULL && !hasGenFlag(g, GENFLAG_CLOSED)) {
    if (A.call1(finalizer, ptrValue(g)) == NULL) writeUnraisable(ptrValue(g));
  } else if (flavor == GEN_COROUTINE && genState(g) == GEN_CREATED) {
    warnAtCurrentFrame(g);
  } else if (genClose(g) == NULL) {
    writeUnraisable(ptrValue(g));
  }
  restoreExc(pending);
  popTempRoots(1);
}

// ---- "coroutine '…' was never awaited" ----

/** Set once the program's end finalizes what its modules still hold (CPython's module teardown). */
let tearingDown = false;

/** Where warnings were already shown: (file, line, message) tuples (the "default" filter shows each once). */
let shownWarnings: usize = 0;

/**
 * RETURN_GENERATOR of a coroutine whose caller discards the result at once (its next
 * instruction, at `next`, pops it): warn now, at that instruction's line.
 */
export function warnDiscardedCoroutine(g: usize, caller: usize, next: usize): void {
  setGenFlag(g, GENFLAG_FINALIZED, true);
  const words = C.codeWords(<usize>load<u32>(caller + FRAME_CODE));
  warnNeverAwaited(g, caller, <i32>((next - words) >> 2));
}

function warnAtCurrentFrame(g: usize): void {
  const f = currentFrame;
  if (f == 0) {
    warnNeverAwaited(g, 0, 0);
    return;
  }
  const words = C.codeWords(<usize>load<u32>(f + FRAME_CODE));
  warnNeverAwaited(g, f, <i32>((<usize>load<u32>(f + FRAME_IP) - words) >> 2) - 1);
}

/** Prints the warning as CPython's warnings module does, once per (file, line, message). */
function warnNeverAwaited(g: usize, f: usize, index: i32): void {
  const sb = newBuilder();
  appendJs(sb, "coroutine '");
  appendStr(sb, <usize>load<u32>(g + GEN_QUALNAME));
  appendJs(sb, "' was never awaited");
  const message = finishBuilder(sb);
  let file: usize = 0;
  let line: i32 = 1;
  if (f != 0) {
    const code = <usize>load<u32>(f + FRAME_CODE);
    file = <usize>load<u32>(code + C.CODE_FILENAME);
    line = C.lineOf(code, index < 0 ? 0 : index);
  }
  if (!firstTimeShown(file, line, message)) return;
  const out = newBuilder();
  if (file != 0) appendStr(out, file);
  else appendJs(out, 'sys');
  appendJs(out, ':');
  appendI64(out, line);
  appendJs(out, ': RuntimeWarning: ');
  appendStr(out, message);
  appendJs(out, '\n');
  if (file != 0) {
    const source = sourceLine(file, line);
    if (source != 0) {
      appendJs(out, '  ');
      appendStr(out, source);
      appendJs(out, '\n');
    }
  }
  // During module teardown the warnings module can no longer import tracemalloc for its hint.
  if (!tearingDown) appendJs(out, 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n');
  writeStr(2, finishBuilder(out));
}

function firstTimeShown(file: usize, line: i32, message: usize): bool {
  if (shownWarnings == 0) {
    shownWarnings = newDict();
    addPermanentRoot(ptrValue(shownWarnings));
  }
  const key = newTuple(3);
  tupleSet(key, 0, file == 0 ? NONE : ptrValue(file));
  tupleSet(key, 1, smallInt(line));
  tupleSet(key, 2, ptrValue(message));
  if (dictGet(shownWarnings, ptrValue(key)) != NULL) return false;
  dictSet(shownWarnings, ptrValue(key), NONE);
  return true;
}

const LINE_CAPACITY: i32 = 4096;
const lineBuffer = memory.data(LINE_CAPACITY);

/** Line `line` of `file` as the host reads it (stripped), or 0 when it has none. */
function sourceLine(file: usize, line: i32): usize {
  const n = utf8Length(file);
  if (n > LINE_CAPACITY) return 0;
  writeUtf8(file, lineBuffer);
  const length = hostSourceLine(lineBuffer, n, line, lineBuffer, LINE_CAPACITY);
  if (length < 0) return 0;
  return strFromUtf8(lineBuffer, length);
}

// ---- "Exception ignored in: …" ----

/**
 * Reports the pending exception as CPython's PyErr_WriteUnraisable does, and clears it: the
 * object involved, the traceback's frames and the exception.
 */
export function writeUnraisable(obj: Value): void {
  const exc = fetchExc();
  if (exc == NULL) return;
  pushTempRoot(exc);
  const sb = newBuilder();
  appendJs(sb, 'Exception ignored in: ');
  const r = A.reprOf(obj);
  if (r != 0) appendStr(sb, r);
  else {
    fetchExc();
    appendJs(sb, '<object repr() failed>');
  }
  appendJs(sb, '\n');
  appendTraceback(sb, exc);
  appendExceptionLine(sb, exc);
  writeStr(2, finishBuilder(sb));
  popTempRoots(1);
}

/** The traceback; an exception raised by native code alone gets the current frame (CPython's PyTraceBack_Here). */
function appendTraceback(sb: usize, exc: Value): void {
  let tb = load<u64>(ptrOf(exc) + EXC_TRACEBACK);
  const f = currentFrame;
  if (!isPtr(tb) && f == 0) return;
  appendJs(sb, 'Traceback (most recent call last):\n');
  if (!isPtr(tb)) {
    const code = <usize>load<u32>(f + FRAME_CODE);
    appendTracebackEntry(sb, code, C.lineOf(code, <i32>load<u32>(f + FRAME_LASTI)));
  }
  for (; isPtr(tb); tb = load<u64>(ptrOf(tb) + TB_NEXT)) {
    appendTracebackEntry(sb, <usize>load<u32>(ptrOf(tb) + TB_CODE), load<i32>(ptrOf(tb) + TB_LINENO));
  }
}

function appendTracebackEntry(sb: usize, code: usize, line: i32): void {
  const file = <usize>load<u32>(code + C.CODE_FILENAME);
  appendJs(sb, '  File "');
  appendStr(sb, file);
  appendJs(sb, '", line ');
  appendI64(sb, line);
  appendJs(sb, ', in ');
  appendStr(sb, <usize>load<u32>(code + C.CODE_NAME));
  appendJs(sb, '\n');
  const source = sourceLine(file, line);
  if (source != 0) {
    appendJs(sb, '    ');
    appendStr(sb, source);
    appendJs(sb, '\n');
  }
}

function appendExceptionLine(sb: usize, exc: Value): void {
  const type = A.typeOf(exc);
  const module = <usize>load<u32>(type + TYPE_MODULE);
  if (module != 0 && !strIsJs(module, 'builtins') && !strIsJs(module, '__main__')) {
    appendStr(sb, module);
    appendJs(sb, '.');
  }
  appendStr(sb, <usize>load<u32>(type + TYPE_QUALNAME));
  const s = A.strOf(exc);
  if (s == 0) {
    fetchExc();
    appendJs(sb, ': <exception str() failed>\n');
    return;
  }
  if (utf8Length(s) > 0) {
    appendJs(sb, ': ');
    appendStr(sb, s);
  }
  appendJs(sb, '\n');
}

