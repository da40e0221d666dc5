// Driving generators, coroutines and async generators from native code: CPython's
// gen_send_ex2, gen_send_ex, _gen_throw and gen_close (Objects/genobject.c), with their rules
// for running, finished and just-started generators and for delegating throw() and close() to
// what a generator is suspended in (`yield from x`, `await x`). In Python code, FOR_ITER and
// SEND resume generators inside the eval loop without coming here.
//
// Also the generator and coroutine types: send/throw/close, gi_*/cr_* attributes, and the
// coroutine_wrapper iterator that coroutine.__await__() returns.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, boolValue } from '../value';
import { kindOfPtr, KIND_GENERATOR, KIND_TYPE, KIND_TUPLE, KIND_TRACEBACK, KIND_RECORD, KIND_STR, KIND_BUILTIN } from '../object';
import { alloc } from '../heap';
import { setSlot, isSubtype, SLOT_ITER, SLOT_NEXT, SLOT_REPR, TYPE_FLAGS, TPFLAG_EXCEPTION } from '../types';
import { checkOneArg, checkNoArgs, checkNoKwargs, checkArgCount } from './args';
import { addPermanentRoot } from '../gc';
import { GEN_STATE, GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED, GEN_FLAVOR, GEN_COROUTINE,
  GEN_ASYNC, GEN_PLAIN, GEN_QUALNAME, GEN_NAME, GEN_SAVED_EXC, genFrame, genState, genFlavor, generatorType, coroutineType,
  asyncGeneratorType, delegateOf, pausedIndex, setGenFlag, GENFLAG_OWNED, GEN_CHAIN_HEAD } from './generator';
import { FRAME_CODE, FRAME_BACK, currentFrame, setCurrentFrame } from '../interp/frame';
import { resumeGenerator, sendThrough } from '../interp/ops';
import { settleGenerator } from '../interp/delegation-chain';
import { evalFrame, evalFrameThrow, RESUME_ENTRY } from '../interp/eval';
import { raiseJs, raiseStr, raiseValue, errOccurred, excMatches, clearExc, fetchExc, restoreExc, currentExc,
  handledExc } from '../errors';
import * as E from './exception';
import { newException, setExceptionContext, EXC_TRACEBACK, EXC_VALUE, EXC_CAUSE, EXC_CONTEXT, EXC_FLAGS,
  EXC_SUPPRESS_CONTEXT } from './exception';
import { tupleItems, tupleLength } from './tuple';
import * as A from '../abstract';
import { defineMethod, defineGetSet, BUILTIN_FN } from './builtin';
import { dictGetStr } from './dict';
import { builtinsDict } from '../builtins/functions';
import { internJs } from '../intern';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { appendAddress } from './baseobject';
import { newBuiltinType } from '../typesetup';
import { N_throw, N_close } from '../names';
import { generatorFrameObject, setupFrameType } from './frame-object';
import { setupAsyncGeneratorTypes } from './async-gen';
import { setupCodeAttributes } from './code-attrs';
import { codeType } from './code';
import { writeUnraisable } from './gen-finalize';
import { strFromJs } from './str';

// ---- one resumption: gen_send_ex2 ----

/** How the last genSendEx ended. */
export const SENT_YIELDED: i32 = 0;
export const SENT_RETURNED: i32 = 1;
export const SENT_RAISED: i32 = 2;
export let sendOutcome: i32 = SENT_RAISED;

function raiseAlreadyExecuting(g: usize): Value {
  const flavor = genFlavor(g);
  if (flavor == GEN_COROUTINE) return raiseJs(E.ValueError, 'coroutine already executing');
  if (flavor == GEN_ASYNC) return raiseJs(E.ValueError, 'async generator already executing');
  return raiseJs(E.ValueError, 'generator already executing');
}

/**
 * Resumes g with `arg` — or, when `exc`, raises the pending exception where it paused — and runs
 * it until it yields (sendOutcome SENT_YIELDED), returns (SENT_RETURNED, its value) or raises
 * (SENT_RAISED, NULL). `closing` is true for close(): a finished coroutine stays silent.
 */
export function genSendEx(g: usize, arg: Value, exc: bool, closing: bool): Value {
  const gf = genStartResume(g, arg, exc, closing);
  if (gf == 0) return startedValue;
  return sendDone(g, exc ? evalFrameThrow(gf, resumeThrownAt) : evalFrame(sendThrough(gf)));
}

/** What genStartResume decided without running the generator. */
let startedValue: Value = NULL;
/** Where the exception appears when genStartResume prepared a throw: the instruction it paused on. */
export let resumeThrownAt: i32 = 0;

/**
 * The first half of genSendEx: CPython's checks (running, finished, just started), then links
 * g's frame above the current one and returns it, ready to run. Returns 0 when the outcome is
 * known without running (sendOutcome says which; an error is pending, or the value is None).
 */
export function genStartResume(g: usize, arg: Value, exc: bool, closing: bool): usize {
  sendOutcome = SENT_RAISED;
  startedValue = NULL;
  // A value sent to a parked chain's head goes straight to its leaf (resumeGenerator); an exception must pass every level.
  settleGenerator(g, exc);
  const state = genState(g);
  if (state == GEN_CREATED && !exc && arg != NONE) {
    const flavor = genFlavor(g);
    raiseJs(E.TypeError, flavor == GEN_COROUTINE ? "can't send non-None value to a just-started coroutine" :
      flavor == GEN_ASYNC ? "can't send non-None value to a just-started async generator" :
      "can't send non-None value to a just-started generator");
    return 0;
  }
  if (state == GEN_RUNNING) {
    raiseAlreadyExecuting(g);
    return 0;
  }
  if (state == GEN_FINISHED) {
    if (genFlavor(g) == GEN_COROUTINE && !closing) {
      raiseJs(E.RuntimeError, 'cannot reuse already awaited coroutine');
    } else if (!exc) {
      sendOutcome = SENT_RETURNED;
      startedValue = NONE;
    }
    return 0;
  }
  if (exc) {
    resumeThrownAt = pausedIndex(g);
    // A thrown exception's context is the exception handled where the generator paused (only).
    const own = load<u64>(g + GEN_SAVED_EXC);
    const e = currentExc;
    if (own != NONE && own != e && isPtr(e)) setExceptionContext(ptrOf(e), own);
  }
  return resumeGenerator(g, currentFrame, arg, RESUME_ENTRY, true);
}

/** The outcome of a resumption that has run (sendOutcome and the value or NULL). */
export function sendDone(g: usize, r: Value): Value {
  if (r == NULL) {
    sendOutcome = SENT_RAISED;
    // PEP 479 for what no handler inside saw (thrown in before the generator started).
    if (excMatches(E.StopIteration)) {
      const msg = genFlavor(g) == GEN_COROUTINE ? 'coroutine raised StopIteration' :
        genFlavor(g) == GEN_ASYNC ? 'async generator raised StopIteration' : 'generator raised StopIteration';
      raiseFromCause(msg);
    } else if (genFlavor(g) == GEN_ASYNC && excMatches(E.StopAsyncIteration)) {
      raiseFromCause('async generator raised StopAsyncIteration');
    }
    return NULL;
  }
  sendOutcome = genState(g) == GEN_SUSPENDED ? SENT_YIELDED : SENT_RETURNED;
  return r;
}

/** RuntimeError(msg) raised from the pending exception (CPython's _PyErr_FormatFromCause). */
function raiseFromCause(msg: string): void {
  const cause = fetchExc();
  const err = newException(E.RuntimeError, ptrValue(strFromJs(msg)));
  store<u64>(err + EXC_CAUSE, cause);
  store<u64>(err + EXC_CONTEXT, cause);
  store<u32>(err + EXC_FLAGS, load<u32>(err + EXC_FLAGS) | EXC_SUPPRESS_CONTEXT);
  restoreExc(ptrValue(err));
}

/** StopIteration(value), with .value set. */
export function newStopIteration(value: Value): Value {
  const e = newException(E.StopIteration, value == NONE ? NULL : value);
  store<u64>(e + EXC_VALUE, value);
  return ptrValue(e);
}

/**
 * gen_send_ex: like genSendEx, but a return becomes StopIteration(value) (StopAsyncIteration
 * for async generators): the result is what the generator yielded, or NULL.
 */
export function genSend(g: usize, arg: Value, exc: bool, closing: bool): Value {
  const r = genSendEx(g, arg, exc, closing);
  return returnAsStop(g, r);
}

/** Turns a SENT_RETURNED outcome into the exception that reports it. */
export function returnAsStop(g: usize, r: Value): Value {
  if (r == NULL || sendOutcome == SENT_YIELDED) return r;
  if (genFlavor(g) == GEN_ASYNC) return raiseValue(ptrValue(newException(E.StopAsyncIteration, NULL)));
  return raiseValue(newStopIteration(r));
}

// ---- throw and close ----

/** Whether v is a generator or coroutine (async generators excluded: CPython's PyGen/PyCoro_CheckExact). */
export function isGeneratorOrCoroutine(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_GENERATOR && genFlavor(ptrOf(v)) != GEN_ASYNC;
}

/**
 * While g hands a throw() or close() to its delegate it counts as running, and its frame joins
 * the frame chain (so the collector sees it and tracebacks pass through it).
 */
function enterDelegation(g: usize): void {
  const gf = genFrame(g);
  store<u32>(g + GEN_CHAIN_HEAD, <u32>g);
  store<u32>(gf + FRAME_BACK, <u32>currentFrame);
  setCurrentFrame(gf);
  store<u32>(g + GEN_STATE, GEN_RUNNING);
}

function leaveDelegation(g: usize): void {
  const gf = genFrame(g);
  store<u32>(g + GEN_STATE, GEN_SUSPENDED);
  setCurrentFrame(<usize>load<u32>(gf + FRAME_BACK));
  store<u32>(gf + FRAME_BACK, 0);
}

function givenMatches(v: Value, type: usize): bool {
  if (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_TYPE) return isSubtype(ptrOf(v), type);
  return A.isInstance(v, type);
}

/**
 * _gen_throw: raises the exception described by throw()'s arguments (type[, value[, traceback]]
 * at args) inside g, first handing it to what g delegates to. Returns what g yields next, or
 * NULL (StopIteration when it returned). `closeOnGenExit` false is async generators' athrow.
 */
export function genThrow(g: usize, closeOnGenExit: bool, args: usize, nargs: i32): Value {
  settleGenerator(g, true);
  const typ = load<u64>(args);
  const yf = delegateOf(g);
  if (yf != NULL) {
    let ret: Value;
    if (closeOnGenExit && givenMatches(typ, E.GeneratorExit)) {
      enterDelegation(g);
      const err = closeIter(yf);
      leaveDelegation(g);
      if (err < 0) return genSend(g, NONE, true, false);
      return throwHere(g, args, nargs);
    }
    if (isGeneratorOrCoroutine(yf)) {
      enterDelegation(g);
      ret = genThrow(ptrOf(yf), closeOnGenExit, args, nargs);
      leaveDelegation(g);
    } else {
      const meth = A.getAttrOrNull(yf, N_throw);
      if (meth == NULL) {
        if (errOccurred()) return NULL;
        return throwHere(g, args, nargs);
      }
      enterDelegation(g);
      ret = A.callValue(meth, args, nargs, NULL);
      leaveDelegation(g);
    }
    // The delegate raised (StopIteration when it finished): that goes on in g where it paused,
    // whose CLEANUP_THROW handler ends the delegation with the value or re-raises.
    if (ret == NULL) return genSend(g, NONE, true, false);
    return ret;
  }
  return throwHere(g, args, nargs);
}

function throwHere(g: usize, args: usize, nargs: i32): Value {
  const exc = thrownException(load<u64>(args), nargs > 1 ? load<u64>(args, 8) : NULL, nargs > 2 ? load<u64>(args, 16) : NULL);
  if (exc == NULL) return NULL;
  restoreExc(exc);
  return genSend(g, NONE, true, false);
}

/** The exception instance throw(typ, val, tb) raises (PyErr_NormalizeException's rules). */
export function thrownException(typ: Value, val: Value, tb: Value): Value {
  if (tb == NONE) tb = NULL;
  if (tb != NULL && !(isPtr(tb) && kindOfPtr(ptrOf(tb)) == KIND_TRACEBACK)) {
    return raiseJs(E.TypeError, 'throw() third argument must be a traceback object');
  }
  let inst: Value;
  if (isPtr(typ) && kindOfPtr(ptrOf(typ)) == KIND_TYPE && (load<u32>(ptrOf(typ) + TYPE_FLAGS) & TPFLAG_EXCEPTION)) {
    inst = instantiate(typ, val);
    if (inst == NULL) return NULL;
  } else if (A.isInstance(typ, E.BaseException)) {
    if (val != NULL && val != NONE) return raiseJs(E.TypeError, 'instance exception may not have a separate value');
    inst = typ;
  } else {
    const sb = newBuilder();
    appendJs(sb, 'exceptions must be classes or instances deriving from BaseException, not ');
    appendStr(sb, A.typeNameOf(typ));
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  if (tb != NULL) store<u64>(ptrOf(inst) + EXC_TRACEBACK, tb);
  return inst;
}

/** cls(val): val itself when already an instance, cls(*val) for a tuple, cls() for None. */
function instantiate(cls: Value, val: Value): Value {
  if (val != NULL && A.isInstance(val, ptrOf(cls))) return val;
  if (val == NULL || val == NONE) return A.call0(cls);
  if (isPtr(val) && kindOfPtr(ptrOf(val)) == KIND_TUPLE) {
    return A.callValue(cls, tupleItems(ptrOf(val)), tupleLength(ptrOf(val)), NULL);
  }
  return A.call1(cls, val);
}

/** gen_close_iter: closes what a generator delegates to; -1 when that raised. */
function closeIter(yf: Value): i32 {
  if (isGeneratorOrCoroutine(yf)) return genClose(ptrOf(yf)) == NULL ? -1 : 0;
  const meth = A.getAttrOrNull(yf, N_close);
  if (meth == NULL) {
    if (errOccurred()) writeUnraisable(yf);
    return 0;
  }
  return A.call0(meth) == NULL ? -1 : 0;
}

/** gen_close: GeneratorExit inside g (after closing its delegate); a yield in response is a RuntimeError. */
export function genClose(g: usize): Value {
  settleGenerator(g, true);
  const yf = delegateOf(g);
  let err = 0;
  if (yf != NULL) {
    enterDelegation(g);
    err = closeIter(yf);
    leaveDelegation(g);
  }
  if (err == 0) restoreExc(ptrValue(newException(E.GeneratorExit, NULL)));
  const r = genSend(g, NONE, true, true);
  if (r != NULL) {
    const flavor = genFlavor(g);
    if (flavor == GEN_COROUTINE) return raiseJs(E.RuntimeError, 'coroutine ignored GeneratorExit');
    if (flavor == GEN_ASYNC) return raiseJs(E.RuntimeError, 'async generator ignored GeneratorExit');
    return raiseJs(E.RuntimeError, 'generator ignored GeneratorExit');
  }
  if (excMatches(E.StopIteration) || excMatches(E.GeneratorExit)) {
    clearExc();
    return NONE;
  }
  return NULL;
}

// ---- the generator and coroutine types ----

/** generator.__next__ (SLOT_NEXT): NULL without an exception when it returns None. */
function generatorNextSlot(v: Value): Value {
  const g = ptrOf(v);
  const r = genSendEx(g, NONE, false, false);
  if (r == NULL || sendOutcome == SENT_YIELDED) return r;
  if (r != NONE) return raiseValue(newStopIteration(r));
  return NULL;
}

/** The type name CPython's argument errors use for a generator's methods. */
function ownerName(g: usize): string {
  const flavor = genFlavor(g);
  return flavor == GEN_COROUTINE ? 'coroutine' : flavor == GEN_ASYNC ? 'async_generator' : 'generator';
}

function generatorSend(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('send', nargs, kwnames, ownerName(ptrOf(self)))) return NULL;
  return genSend(ptrOf(self), load<u64>(args), false, false);
}

/** throw()'s arguments: 1 to 3 positional. */
export function checkThrowArgs(nargs: i32, kwnames: Value, owner: string): bool {
  return checkNoKwargs('throw', kwnames, owner) && checkArgCount('throw', nargs, 1, 3);
}

function generatorThrow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkThrowArgs(nargs, kwnames, ownerName(ptrOf(self)))) return NULL;
  return genThrow(ptrOf(self), true, args, nargs);
}

function generatorClose(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('close', nargs, kwnames, ownerName(ptrOf(self)))) return NULL;
  return genClose(ptrOf(self));
}

function generatorIterSlot(v: Value): Value {
  return v;
}

function generatorReprSlot(v: Value): Value {
  const g = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, '<');
  appendJs(sb, ownerName(g));
  appendJs(sb, ' object ');
  appendStr(sb, <usize>load<u32>(g + GEN_QUALNAME));
  appendJs(sb, ' at ');
  appendAddress(sb, v);
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

function getName(v: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(v) + GEN_NAME));
}

function setName(v: Value, value: Value): i32 {
  return setNameField(v, value, GEN_NAME, '__name__');
}

function getQualname(v: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(v) + GEN_QUALNAME));
}

function setQualname(v: Value, value: Value): i32 {
  return setNameField(v, value, GEN_QUALNAME, '__qualname__');
}

function setNameField(v: Value, value: Value, offset: usize, what: string): i32 {
  if (value == NULL || !(isPtr(value) && kindOfPtr(ptrOf(value)) == KIND_STR)) {
    const sb = newBuilder();
    appendJs(sb, what);
    appendJs(sb, ' must be set to a string object');
    raiseStr(E.TypeError, finishBuilder(sb));
    return -1;
  }
  store<u32>(ptrOf(v) + offset, <u32>ptrOf(value));
  return 0;
}

function getRunning(v: Value): Value {
  settleGenerator(ptrOf(v), false);
  return boolValue(genState(ptrOf(v)) == GEN_RUNNING);
}

function getCode(v: Value): Value {
  return ptrValue(<usize>load<u32>(genFrame(ptrOf(v)) + FRAME_CODE));
}

/** gi_frame, cr_frame, ag_frame: None once finished. */
function getFrame(v: Value): Value {
  return generatorFrameObject(ptrOf(v));
}

/** gi_yieldfrom, cr_await, ag_await: what it is suspended in, or None. */
function getDelegate(v: Value): Value {
  const yf = delegateOf(ptrOf(v));
  if (yf == NULL) return NONE;
  // Now Python code holds it too: it is no longer its awaiter's alone.
  if (isPtr(yf) && kindOfPtr(ptrOf(yf)) == KIND_GENERATOR) setGenFlag(ptrOf(yf), GENFLAG_OWNED, false);
  return yf;
}

function getSuspended(v: Value): Value {
  settleGenerator(ptrOf(v), false);
  return boolValue(genState(ptrOf(v)) == GEN_SUSPENDED);
}

/**
 * Whether native fn is generator.send / coroutine.send (for a generator of that flavor) or the
 * builtin next() (for a plain generator): the calls the eval loop turns into resumptions.
 */
export function isResumingCall(fn: usize, flavor: u32): bool {
  if (fn == changetype<usize>(generatorSend)) return flavor != GEN_ASYNC;
  return flavor == GEN_PLAIN && fn == builtinNextFn();
}

/** The native behind builtins.next (looked up once: the builtins come after the types). */
let nextFn: usize = 0;
function builtinNextFn(): usize {
  if (nextFn == 0) {
    const next = dictGetStr(builtinsDict, internJs('next'));
    nextFn = next != NULL && kindOfPtr(ptrOf(next)) == KIND_BUILTIN ? <usize>load<u32>(ptrOf(next) + BUILTIN_FN) : 1;
  }
  return nextFn;
}

// ---- coroutine_wrapper: coroutine.__await__() ----

export let coroutineWrapperType: usize = 0;
const WRAPPER_CORO: usize = 8;

function coroutineAwait(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const w = alloc(16, coroutineWrapperType, KIND_RECORD);
  store<u64>(w + WRAPPER_CORO, self);
  return ptrValue(w);
}

function wrappedCoroutine(w: Value): usize {
  return ptrOf(load<u64>(ptrOf(w) + WRAPPER_CORO));
}

function wrapperNextSlot(v: Value): Value {
  return generatorNextSlot(load<u64>(ptrOf(v) + WRAPPER_CORO));
}

function wrapperSend(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('send', nargs, kwnames, 'coroutine_wrapper')) return NULL;
  return genSend(wrappedCoroutine(self), load<u64>(args), false, false);
}

function wrapperThrow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkThrowArgs(nargs, kwnames, 'coroutine_wrapper')) return NULL;
  return genThrow(wrappedCoroutine(self), true, args, nargs);
}

function wrapperClose(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('close', nargs, kwnames, 'coroutine_wrapper')) return NULL;
  return genClose(wrappedCoroutine(self));
}

export function setupGeneratorTypes(): void {
  for (let i = 0; i < 3; i++) {
    const t = i == 0 ? generatorType : i == 1 ? coroutineType : asyncGeneratorType;
    setSlot(t, SLOT_REPR, changetype<usize>(generatorReprSlot));
    defineGetSet(t, '__name__', getName, setName);
    defineGetSet(t, '__qualname__', getQualname, setQualname);
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
  defineGetSet(generatorType, 'gi_frame', getFrame, null);
  defineGetSet(generatorType, 'gi_yieldfrom', getDelegate, null);
  defineGetSet(generatorType, 'gi_suspended', getSuspended, null);
  defineGetSet(coroutineType, 'cr_running', getRunning, null);
  defineGetSet(coroutineType, 'cr_code', getCode, null);
  defineGetSet(coroutineType, 'cr_frame', getFrame, null);
  defineGetSet(coroutineType, 'cr_await', getDelegate, null);
  defineGetSet(coroutineType, 'cr_suspended', getSuspended, null);
  defineGetSet(coroutineType, 'cr_origin', getNone, null);
  defineMethod(coroutineType, '__await__', coroutineAwait);
  defineGetSet(asyncGeneratorType, 'ag_code', getCode, null);
  defineGetSet(asyncGeneratorType, 'ag_frame', getFrame, null);
  defineGetSet(asyncGeneratorType, 'ag_await', getDelegate, null);

  coroutineWrapperType = newBuiltinType('coroutine_wrapper', 0, KIND_RECORD, 0);
  addPermanentRoot(ptrValue(coroutineWrapperType));
  setSlot(coroutineWrapperType, SLOT_ITER, changetype<usize>(generatorIterSlot));
  setSlot(coroutineWrapperType, SLOT_NEXT, changetype<usize>(wrapperNextSlot));
  defineMethod(coroutineWrapperType, 'send', wrapperSend);
  defineMethod(coroutineWrapperType, 'throw', wrapperThrow);
  defineMethod(coroutineWrapperType, 'close', wrapperClose);
  setupFrameType();
  setupAsyncGeneratorTypes();
  setupCodeAttributes(codeType);
}

function getNone(v: Value): Value {
  return NONE;
}

export { generatorIterSlot };
