// What the host needs to drive coroutines (an event loop's task steps) and to end a program as
// CPython does. Values cross the boundary as handles (handles.ts), never as NaN-boxed words.
//
// A step — coroStep(coroutine, value, throwing) — sends a value into a coroutine (or raises an
// exception in it) and answers in one i32: (handle << 2) | STEP_*, the handle holding what it
// yielded, returned or raised. A step may end at a slice boundary (STEP_SLICE, no handle): the
// host lets the JS event loop breathe and calls coroContinue() for the rest of the step.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, smallInt } from './value';
import { kindOfPtr, KIND_GENERATOR } from './object';
import { newHandle, handleValue } from './handles';
import { errOccurred, fetchExc, excMatches } from './errors';
import * as E from './objects/exception';
import { genStartResume, sendDone, genThrow, sendOutcome, SENT_YIELDED, SENT_RETURNED } from './objects/generator-type';
import { evalFrame, evalStatus, STATUS_SLICE, resumeSlice } from './interp/eval';
import { slicesEnabled, setSlicesEnabled, stopIterationValue, sendThrough } from './interp/ops';
import { finalizeAtExit } from './objects/gen-finalize';
import { modulesDict } from './modules/table';
import { dictGetStr } from './objects/dict';
import { moduleDict } from './objects/module';
import { builtinsDict } from './builtins/functions';
import { strFromUtf8, utf8Length, writeUtf8 } from './objects/str';
import { internJs, intern } from './intern';
import { flushStdout } from './io';
import { alloc } from './heap';
import { KIND_RAW } from './object';
import * as A from './abstract';

export const STEP_YIELDED: i32 = 0;
export const STEP_RETURNED: i32 = 1;
export const STEP_RAISED: i32 = 2;
export const STEP_SLICE: i32 = 3;

/** The generator whose step a slice interrupted (coroContinue finishes it). */
let slicedGenerator: usize = 0;

/** (handle << 2) | status for a value; a full handle table reports a raise with handle 0. */
function answer(v: Value, status: i32): i32 {
  const h = newHandle(v);
  return h == 0 ? STEP_RAISED : (h << 2) | status;
}

function answerRaised(): i32 {
  return answer(fetchExc(), STEP_RAISED);
}

/** Runs fn with slices off: native code that resumes generators must see each resumption end. */
export function withoutSlices(fn: () => Value): Value {
  const was = slicesEnabled;
  setSlicesEnabled(false);
  const r = fn();
  setSlicesEnabled(was);
  return r;
}

let stepTarget: Value = NULL;
let stepArg: Value = NULL;

export function coroStep(coroHandle: i32, valueHandle: i32, throwing: i32): i32 {
  const coro = handleValue(coroHandle);
  const value = valueHandle == 0 ? NONE : handleValue(valueHandle);
  if (coro == NULL || value == NULL) return answer(NONE, STEP_RAISED);
  if (isPtr(coro) && kindOfPtr(ptrOf(coro)) == KIND_GENERATOR) return stepGenerator(ptrOf(coro), value, throwing != 0);
  // Anything else with send() and throw() (an async generator's awaitable, a coroutine_wrapper …).
  stepTarget = coro;
  stepArg = value;
  const r = withoutSlices(throwing != 0 ? callThrow : callSend);
  if (r != NULL) return answer(r, STEP_YIELDED);
  return finishedByException();
}

function callSend(): Value {
  const send = A.getAttr(stepTarget, internJs('send'));
  return send == NULL ? NULL : A.call1(send, stepArg);
}

function callThrow(): Value {
  const thr = A.getAttr(stepTarget, internJs('throw'));
  return thr == NULL ? NULL : A.call1(thr, stepArg);
}

/** The step raised: StopIteration means it returned (its value); anything else is a raise. */
function finishedByException(): i32 {
  if (excMatches(E.StopIteration)) return answer(stopIterationValue(ptrOf(fetchExc())), STEP_RETURNED);
  return answerRaised();
}

function stepGenerator(g: usize, value: Value, throwing: bool): i32 {
  if (throwing) {
    // Rare (cancellation): through genThrow, which delegates to what the coroutine awaits.
    store<u64>(throwArgs, value);
    stepTarget = ptrValue(g);
    const r = withoutSlices(throwIntoGenerator);
    if (r != NULL) return answer(r, STEP_YIELDED);
    return finishedByException();
  }
  const gf = genStartResume(g, value, false, false);
  if (gf == 0) return outcome(g, sendDone(g, NULL));
  return outcome(g, evalFrame(sendThrough(gf)));
}

const throwArgs = memory.data(8);

function throwIntoGenerator(): Value {
  return genThrow(ptrOf(stepTarget), true, throwArgs, 1);
}

function outcome(g: usize, r: Value): i32 {
  if (r == NULL && evalStatus == STATUS_SLICE && !errOccurred()) {
    slicedGenerator = g;
    return STEP_SLICE;
  }
  const v = sendDone(g, r);
  if (sendOutcome == SENT_YIELDED) return answer(v, STEP_YIELDED);
  if (sendOutcome == SENT_RETURNED) return answer(v, STEP_RETURNED);
  return answerRaised();
}

/** Finishes a step a slice interrupted. */
export function coroContinue(): i32 {
  const g = slicedGenerator;
  slicedGenerator = 0;
  return outcome(g, resumeSlice());
}

// ---- values for the host ----

/** The handle of __main__'s global `name` (a builtin when there is no such global), or 0. */
export function mainGlobal(namePtr: usize, nameLength: i32): i32 {
  const name = strFromUtf8(namePtr, nameLength);
  if (name == 0) return 0;
  const key = intern(name);
  const main = dictGetStr(modulesDict, internJs('__main__'));
  let v: Value = NULL;
  if (main != NULL) v = dictGetStr(moduleDict(ptrOf(main)), key);
  if (v == NULL) v = dictGetStr(builtinsDict, key);
  return v == NULL ? 0 : newHandle(v);
}

/** Calls the value of a handle with one argument (none when argHandle is 0): STEP_RETURNED or STEP_RAISED. */
export function callHandle(fnHandle: i32, argHandle: i32): i32 {
  stepTarget = handleValue(fnHandle);
  stepArg = argHandle == 0 ? NULL : handleValue(argHandle);
  if (stepTarget == NULL) return answer(NONE, STEP_RAISED);
  const r = withoutSlices(callTarget);
  return r == NULL ? answerRaised() : answer(r, STEP_RETURNED);
}

function callTarget(): Value {
  return stepArg == NULL ? A.call0(stepTarget) : A.call1(stepTarget, stepArg);
}

/** A handle for a small integer (to send into a coroutine). */
export function intHandle(n: i32): i32 {
  return newHandle(smallInt(n));
}

let textBytes: usize = 0;

/** repr() of a handle's value as UTF-8; returns its address, textLength() its size (0 on error). */
export function handleRepr(h: i32): usize {
  const v = handleValue(h);
  const s = v == NULL ? 0 : A.reprOf(v);
  if (s == 0) {
    fetchExc();
    textBytes = 0;
    return 0;
  }
  textBytes = <usize>utf8Length(s);
  const out = alloc(textBytes + 8, 0, KIND_RAW) + 8;
  writeUtf8(s, out);
  return out;
}

export function textLength(): usize {
  return textBytes;
}

// ---- the end of the program ----

/**
 * CPython's shutdown, as far as generators go: closes the generators left suspended, passes
 * async generators to their finalizer hook and reports never-awaited coroutines — __main__'s
 * globals first, in order — then flushes stdout. The host calls it once the program's outcome
 * (and any traceback) is out.
 */
export function finalizeProgram(): void {
  withoutSlices(finalizeAll);
  flushStdout();
}

function finalizeAll(): Value {
  const main = dictGetStr(modulesDict, internJs('__main__'));
  finalizeAtExit(main == NULL ? 0 : moduleDict(ptrOf(main)));
  return NONE;
}
