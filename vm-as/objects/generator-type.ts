// Driving generators and coroutines from native code: __next__, send, throw and close, with
// CPython's rules for running, finished and just-started generators. (In Python code, FOR_ITER
// and SEND resume generators inside the eval loop without coming here.)

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, boolValue } from '../value';
import { kindOfPtr, KIND_GENERATOR, KIND_TYPE } from '../object';
import { setSlot, SLOT_ITER, SLOT_NEXT, SLOT_REPR, TYPE_FLAGS, TPFLAG_EXCEPTION } from '../types';
import { GEN_STATE, GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED, GEN_FLAVOR, GEN_PLAIN,
  GEN_COROUTINE, GEN_ASYNC, GEN_QUALNAME, GEN_FRAME, genFrame, generatorType, coroutineType,
  asyncGeneratorType } from './generator';
import { FRAME_IP, FRAME_CODE } from '../interp/frame';
import { currentFrame } from '../interp/frame';
import { resumeGenerator, finishGenerator, stopIterationValue } from '../interp/ops';
import { evalFrame, evalFrameThrow, evalStatus, STATUS_YIELDED, STATUS_RETURNED, RESUME_ENTRY } from '../interp/eval';
import { raiseJs, raiseStr, raiseValue, raiseEmpty, errOccurred, excMatches, clearExc, fetchExc, currentExc } from '../errors';
import * as E from './exception';
import { newException } from './exception';
import * as A from '../abstract';
import { defineMethod, defineGetSet } from './builtin';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { appendAddress } from './baseobject';
import { codeWords } from './code';

/** Outcome of the last resumption from native code. */
export let lastResumeYielded: bool = false;

function raiseAlreadyRunning(g: usize): Value {
  const flavor = load<u32>(g + GEN_FLAVOR);
  if (flavor == GEN_COROUTINE) return raiseJs(E.ValueError, 'coroutine already executing');
  if (flavor == GEN_ASYNC) return raiseJs(E.ValueError, 'async generator already executing');
  return raiseJs(E.ValueError, 'generator already executing');
}

/**
 * Resumes a generator with a value (or with the pending exception when throwing) and runs it
 * until it yields (lastResumeYielded), returns (its value, lastResumeYielded false) or raises.
 */
export function resumeFromNative(g: usize, value: Value, throwing: bool): Value {
  const state = load<u32>(g + GEN_STATE);
  if (state == GEN_RUNNING) return raiseAlreadyRunning(g);
  if (state == GEN_FINISHED) {
    if (load<u32>(g + GEN_FLAVOR) == GEN_COROUTINE && !throwing) {
      return raiseJs(E.RuntimeError, 'cannot reuse already awaited coroutine');
    }
    lastResumeYielded = false;
    return throwing ? NULL : NONE;
  }
  if (state == GEN_CREATED && value != NONE && !throwing) {
    const flavor = load<u32>(g + GEN_FLAVOR);
    return raiseJs(E.TypeError, flavor == GEN_COROUTINE ? "can't send non-None value to a just-started coroutine" :
      "can't send non-None value to a just-started generator");
  }
  const gf = resumeGenerator(g, currentFrame, value, RESUME_ENTRY, true);
  let r: Value;
  if (throwing) {
    // The exception appears at the instruction the generator paused on (just before ip).
    const words = codeWords(<usize>load<u32>(gf + FRAME_CODE));
    const index = <i32>((<usize>load<u32>(gf + FRAME_IP) - words) >> 2) - 1;
    r = evalFrameThrow(gf, index < 0 ? 0 : index);
  } else {
    r = evalFrame(gf);
  }
  lastResumeYielded = r != NULL && evalStatus == STATUS_YIELDED;
  return r;
}

/** generator.__next__ (SLOT_NEXT): NULL without an exception when it returns. */
function generatorNextSlot(v: Value): Value {
  const g = ptrOf(v);
  const r = resumeFromNative(g, NONE, false);
  if (r == NULL || lastResumeYielded) return r;
  if (r != NONE) return raiseStopIteration(r);
  return NULL;
}

function raiseStopIteration(value: Value): Value {
  return raiseValue(ptrValue(newException(E.StopIteration, value)));
}

/** send(value): the next yielded value, or StopIteration(return value). */
function generatorSend(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 1 || kwnames != NULL) return raiseJs(E.TypeError, 'send() takes exactly one argument');
  const r = resumeFromNative(ptrOf(self), load<u64>(args), false);
  if (r == NULL || lastResumeYielded) return r;
  return r == NONE ? raiseValue(ptrValue(newException(E.StopIteration, NULL))) : raiseStopIteration(r);
}

/** throw(type[, value[, traceback]]) or throw(exception). */
function generatorThrow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs < 1 || nargs > 3) {
    return raiseJs(E.TypeError, nargs < 1 ? 'throw expected at least 1 argument, got 0' : 'throw expected at most 3 arguments, got 4');
  }
  const exc = makeThrown(load<u64>(args), nargs > 1 ? load<u64>(args, 8) : NONE);
  if (exc == NULL) return NULL;
  return throwInto(ptrOf(self), exc);
}

/** Raises exc inside the generator; returns what it yields next (or raises what comes out). */
export function throwInto(g: usize, exc: Value): Value {
  raiseValue(exc);
  const r = resumeFromNative(g, NONE, true);
  if (r == NULL || lastResumeYielded) return r;
  return r == NONE ? raiseValue(ptrValue(newException(E.StopIteration, NULL))) : raiseStopIteration(r);
}

/** The exception instance throw() raises from its arguments. */
function makeThrown(typ: Value, val: Value): Value {
  if (isPtr(typ) && kindOfPtr(ptrOf(typ)) == KIND_TYPE && (load<u32>(ptrOf(typ) + TYPE_FLAGS) & TPFLAG_EXCEPTION)) {
    if (A.isInstance(val, ptrOf(typ))) return val;
    const inst = val == NONE ? A.call0(typ) : A.call1(typ, val);
    return inst;
  }
  if (A.isInstance(typ, E.BaseException)) {
    if (val != NONE) return raiseJs(E.TypeError, 'instance exception may not have a separate value');
    return typ;
  }
  const sb = newBuilder();
  appendJs(sb, 'exceptions must be classes or instances deriving from BaseException, not ');
  appendStr(sb, A.typeNameOf(typ));
  return raiseStr(E.TypeError, finishBuilder(sb));
}

/** close(): GeneratorExit inside; a yield in response is a RuntimeError. */
function generatorClose(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return closeGenerator(ptrOf(self));
}

export function closeGenerator(g: usize): Value {
  const state = load<u32>(g + GEN_STATE);
  if (state == GEN_FINISHED) return NONE;
  if (state == GEN_CREATED) {
    store<u32>(g + GEN_STATE, GEN_FINISHED);
    return NONE;
  }
  raiseValue(ptrValue(newException(E.GeneratorExit, NULL)));
  const r = resumeFromNative(g, NONE, true);
  if (r != NULL && lastResumeYielded) {
    const flavor = load<u32>(g + GEN_FLAVOR);
    if (flavor == GEN_COROUTINE) return raiseJs(E.RuntimeError, 'coroutine ignored GeneratorExit');
    if (flavor == GEN_ASYNC) return raiseJs(E.RuntimeError, 'async generator ignored GeneratorExit');
    return raiseJs(E.RuntimeError, 'generator ignored GeneratorExit');
  }
  if (r == NULL) {
    if (excMatches(E.GeneratorExit) || excMatches(E.StopIteration)) {
      clearExc();
      return NONE;
    }
    return NULL;
  }
  return NONE;
}

function generatorIterSlot(v: Value): Value {
  return v;
}

function generatorReprSlot(v: Value): Value {
  const g = ptrOf(v);
  const flavor = load<u32>(g + GEN_FLAVOR);
  const sb = newBuilder();
  appendJs(sb, flavor == GEN_COROUTINE ? '<coroutine object ' : flavor == GEN_ASYNC ? '<async_generator object ' : '<generator object ');
  appendStr(sb, <usize>load<u32>(g + GEN_QUALNAME));
  appendJs(sb, ' at ');
  appendAddress(sb, v);
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

function getName(v: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(v) + 16));
}

function getQualname(v: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(v) + GEN_QUALNAME));
}

function getRunning(v: Value): Value {
  return boolValue(load<u32>(ptrOf(v) + GEN_STATE) == GEN_RUNNING);
}

function getCode(v: Value): Value {
  return ptrValue(<usize>load<u32>(genFrame(ptrOf(v)) + FRAME_CODE));
}

export function setupGeneratorTypes(): void {
  for (let i = 0; i < 3; i++) {
    const t = i == 0 ? generatorType : i == 1 ? coroutineType : asyncGeneratorType;
    setSlot(t, SLOT_REPR, changetype<usize>(generatorReprSlot));
    defineGetSet(t, '__name__', getName, null);
    defineGetSet(t, '__qualname__', getQualname, null);
  }
  setSlot(generatorType, SLOT_ITER, changetype<usize>(generatorIterSlot));
  setSlot(generatorType, SLOT_NEXT, changetype<usize>(generatorNextSlot));
  for (let i = 0; i < 2; i++) {
    const t = i == 0 ? generatorType : coroutineType;
    defineMethod(t, 'send', generatorSend);
    defineMethod(t, 'throw', generatorThrow);
    defineMethod(t, 'close', generatorClose);
  }
  defineGetSet(generatorType, 'gi_running', getRunning, null);
  defineGetSet(generatorType, 'gi_code', getCode, null);
  defineGetSet(coroutineType, 'cr_running', getRunning, null);
  defineGetSet(coroutineType, 'cr_code', getCode, null);
}

export { GEN_SUSPENDED, GEN_PLAIN, GEN_FRAME, finishGenerator, stopIterationValue, fetchExc, currentExc,
  errOccurred, raiseEmpty, STATUS_RETURNED };
