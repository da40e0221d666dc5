// asyncio.Future, native (CPython's _asyncio.Future, Modules/_asynciomodule.c): a result that
// arrives later. Done callbacks go to the loop's _call_soon, in the order they were added, once
// the future is finished or cancelled. What CPython's C module takes from Python (the exception
// classes, get_event_loop, the repr) comes from lib/asyncio through modules/asyncio-native.ts.
//
// Layout (a record: every field a Value, subclasses' __dict__ after them):
//   state, result, exception, exception_tb, loop, callbacks (None, one (fn, context) tuple, or a
//   list of them: most futures get one callback, which needs no list),
//   cancel_message, cancelled_exc, blocking (_asyncio_future_blocking), log_traceback, __dict__

import { Value, NULL, NONE, TRUE, FALSE, isPtr, ptrOf, ptrValue, boolValue, smallInt } from '../value';
import { KIND_TYPE, KIND_TUPLE, kindOfPtr, typeOfPtr } from '../object';
import { raiseJs, raiseStr, raiseValue, errOccurred } from '../errors';
import * as E from './exception';
import { EXC_TRACEBACK } from './exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { checkNoArgs, checkNoKwargs, kwCount, strIsJs, parseKeywords } from './args';
import { newList, listAppend, listGet, listLength, setListLength, listSet } from './list';
import { tuple1, tuple2, tupleGet } from './tuple';
import { TYPE_DICT_OFFSET, TPFLAG_BASETYPE, TPFLAG_HAS_DICT, setSlot,
  SLOT_NEW, SLOT_INIT, SLOT_REPR } from '../types';
import { defineMethod, defineGetSet } from './builtin';
import { pushTempRoot, popTempRoots } from '../gc';
import { strFromJs } from './str';
import { internJs } from '../intern';
import * as A from '../abstract';
import { newRecordType, newRecord, field, setField, RECORD_FIELDS, arg } from '../modules/support';
import { asyncioHelper, H_CANCELLED_ERROR, H_INVALID_STATE_ERROR, H_GET_EVENT_LOOP, H_FUTURE_REPR,
  H_FUTURE_REPR_INFO, unretrievedFutures } from '../modules/asyncio-native';
import { newFutureIter } from './future-await';

export const F_STATE: i32 = 0;
export const F_RESULT: i32 = 1;
export const F_EXCEPTION: i32 = 2;
export const F_EXCEPTION_TB: i32 = 3;
export const F_LOOP: i32 = 4;
export const F_CALLBACKS: i32 = 5;
export const F_CANCEL_MESSAGE: i32 = 6;
export const F_CANCELLED_EXC: i32 = 7;
export const F_BLOCKING: i32 = 8;
export const F_LOG_TRACEBACK: i32 = 9;
const F_DICT: i32 = 10;
/** The fields of a future (Task's follow). */
export const FUTURE_FIELDS: i32 = 11;

export const PENDING: Value = smallInt(0);
export const CANCELLED: Value = smallInt(1);
export const FINISHED: Value = smallInt(2);

export let futureType: usize = 0;

// @ts-ignore: decorator
@inline export function futureDone(f: usize): bool {
  return field(f, F_STATE) != PENDING;
}

/** Sets the fields of a new pending future (Future.__init__, and Task's). */
export function initFuture(f: usize, loop: Value): void {
  setField(f, F_STATE, PENDING);
  setField(f, F_RESULT, NONE);
  setField(f, F_EXCEPTION, NONE);
  setField(f, F_EXCEPTION_TB, NONE);
  setField(f, F_LOOP, loop);
  setField(f, F_CALLBACKS, NONE);
  setField(f, F_CANCEL_MESSAGE, NONE);
  setField(f, F_CANCELLED_EXC, NONE);
  setField(f, F_BLOCKING, FALSE);
  setField(f, F_LOG_TRACEBACK, FALSE);
}

/** The loop argument, or events.get_event_loop() when it is None. */
export function loopOrCurrent(loop: Value): Value {
  if (loop != NULL && loop != NONE) return loop;
  return A.call0(asyncioHelper(H_GET_EVENT_LOOP));
}

/** Raises one of lib/asyncio's exception classes: cls(message), or cls() when message is NULL. */
export function raiseAsyncio(helper: i32, message: Value): Value {
  const cls = asyncioHelper(helper);
  const exc = message == NULL ? A.call0(cls) : A.call1(cls, message);
  return exc == NULL ? NULL : raiseValue(exc);
}

// ---- scheduling the done callbacks ----

let nCallSoon: usize = 0;

/** loop._call_soon(fn, args, context): false with an exception set on failure. */
export function callSoon(loop: Value, fn: Value, args: Value, context: Value): bool {
  const method = A.getAttr(loop, nCallSoon);
  if (method == NULL) return false;
  pushTempRoot(method);
  const at = A.scratchReserve(24);
  store<u64>(at, fn);
  store<u64>(at, args, 8);
  store<u64>(at, context, 16);
  const r = A.callValue(method, at, 3, NULL);
  A.scratchRelease(at);
  popTempRoots(1);
  return r != NULL;
}

/** Hands the callbacks to the loop (the future just finished); false with an exception set on failure. */
function scheduleCallbacks(f: usize): bool {
  const callbacks = field(f, F_CALLBACKS);
  if (callbacks == NONE) return true;
  setField(f, F_CALLBACKS, NONE);
  const self = ptrValue(f);
  pushTempRoot(callbacks);
  const args = ptrValue(tuple1(self));
  pushTempRoot(args);
  let ok = true;
  if (kindOfPtr(ptrOf(callbacks)) == KIND_TUPLE) {
    ok = scheduleCallback(f, ptrOf(callbacks), args);
  } else {
    const list = ptrOf(callbacks);
    for (let i = 0; ok && i < listLength(list); i++) ok = scheduleCallback(f, ptrOf(listGet(list, i)), args);
  }
  popTempRoots(2);
  return ok;
}

function scheduleCallback(f: usize, entry: usize, args: Value): bool {
  return callSoon(field(f, F_LOOP), tupleGet(entry, 0), args, tupleGet(entry, 1));
}

/** Future.add_done_callback(fn, context=context), natively (false with an exception set on failure). */
export function addDoneCallback(f: usize, fn: Value, context: Value): bool {
  if (futureDone(f)) {
    const args = ptrValue(tuple1(ptrValue(f)));
    pushTempRoot(args);
    const ok = callSoon(field(f, F_LOOP), fn, args, context);
    popTempRoots(1);
    return ok;
  }
  const entry = ptrValue(tuple2(fn, context));
  const callbacks = field(f, F_CALLBACKS);
  if (callbacks == NONE) {
    setField(f, F_CALLBACKS, entry);
    return true;
  }
  pushTempRoot(entry);
  const list = callbacksList(f);
  popTempRoots(1);
  listAppend(list, entry);
  return true;
}

/** The callbacks as a list (the one tuple becomes a list of it). */
function callbacksList(f: usize): usize {
  const callbacks = field(f, F_CALLBACKS);
  if (callbacks != NONE && kindOfPtr(ptrOf(callbacks)) != KIND_TUPLE) return ptrOf(callbacks);
  const list = newList(2);
  if (callbacks != NONE) listAppend(list, callbacks);
  setField(f, F_CALLBACKS, ptrValue(list));
  return list;
}

// ---- finishing: the base versions (Task's set_result and set_exception refuse) ----

export function setResultBase(f: usize, result: Value): Value {
  if (futureDone(f)) return raiseAsyncio(H_INVALID_STATE_ERROR, ptrValue(strFromJs('invalid state')));
  setField(f, F_RESULT, result);
  setField(f, F_STATE, FINISHED);
  return scheduleCallbacks(f) ? NONE : NULL;
}

export function setExceptionBase(f: usize, exception: Value): Value {
  if (futureDone(f)) return raiseAsyncio(H_INVALID_STATE_ERROR, ptrValue(strFromJs('invalid state')));
  if (isPtr(exception) && kindOfPtr(ptrOf(exception)) == KIND_TYPE) {
    exception = A.call0(exception);
    if (exception == NULL) return NULL;
  }
  if (!A.isInstance(exception, E.BaseException)) return raiseJs(E.TypeError, 'invalid exception object');
  if (typeOfPtr(ptrOf(exception)) == E.StopIteration) {
    return raiseJs(E.TypeError, 'StopIteration interacts badly with generators and cannot be raised into a Future');
  }
  setField(f, F_EXCEPTION, exception);
  setField(f, F_EXCEPTION_TB, load<u64>(ptrOf(exception) + EXC_TRACEBACK));
  setField(f, F_STATE, FINISHED);
  if (!scheduleCallbacks(f)) return NULL;
  setField(f, F_LOG_TRACEBACK, TRUE);
  // CPython reports an exception nobody retrieved when the future is destroyed; without
  // finalizers, the loop reports them when it is closed (base_events.py).
  listAppend(unretrievedFutures(), ptrValue(f));
  return NONE;
}

export function cancelBase(f: usize, msg: Value): Value {
  setField(f, F_LOG_TRACEBACK, FALSE);
  if (futureDone(f)) return FALSE;
  setField(f, F_STATE, CANCELLED);
  setField(f, F_CANCEL_MESSAGE, msg);
  return scheduleCallbacks(f) ? TRUE : NULL;
}

/** The CancelledError to raise: the one that cancelled a task, or a new one with the message. */
export function makeCancelledError(f: usize): Value {
  const saved = field(f, F_CANCELLED_EXC);
  if (saved != NONE) {
    setField(f, F_CANCELLED_EXC, NONE);
    return saved;
  }
  const msg = field(f, F_CANCEL_MESSAGE);
  const cls = asyncioHelper(H_CANCELLED_ERROR);
  return msg == NONE ? A.call0(cls) : A.call1(cls, msg);
}

function raiseCancelled(f: usize): Value {
  const exc = makeCancelledError(f);
  return exc == NULL ? NULL : raiseValue(exc);
}

/** Future.result(): the result, or raises the exception (with its traceback) or CancelledError. */
export function futureResult(f: usize): Value {
  const state = field(f, F_STATE);
  if (state == CANCELLED) return raiseCancelled(f);
  if (state != FINISHED) return raiseAsyncio(H_INVALID_STATE_ERROR, ptrValue(strFromJs('Result is not set.')));
  setField(f, F_LOG_TRACEBACK, FALSE);
  const exc = field(f, F_EXCEPTION);
  if (exc != NONE) {
    store<u64>(ptrOf(exc) + EXC_TRACEBACK, field(f, F_EXCEPTION_TB));
    return raiseValue(exc);
  }
  return field(f, F_RESULT);
}

// ---- Future's methods ----

function futureNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const f = newRecord(ptrOf(type));
  initFuture(f, NONE);
  return ptrValue(f);
}

const FUTURE_INIT_NAMES: StaticArray<string> = ['loop'];
const initLoop = memory.data(8);

function futureInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (nargs > 0) {
    raiseJs(E.TypeError, 'Future() takes no positional arguments');
    return -1;
  }
  const nk = kwCount(kwnames);
  if (nk > 1) {
    const sb = newBuilder();
    appendJs(sb, 'Future() takes at most 1 keyword argument (');
    appendI64(sb, nk);
    appendJs(sb, ' given)');
    raiseStr(E.TypeError, finishBuilder(sb));
    return -1;
  }
  store<u64>(initLoop, NONE);
  if (!parseKeywords('Future', args, nargs, kwnames, FUTURE_INIT_NAMES, initLoop)) return -1;
  const loop = load<u64>(initLoop);
  const f = ptrOf(self);
  initFuture(f, NONE);
  const resolved = loopOrCurrent(loop);
  if (resolved == NULL) return -1;
  setField(f, F_LOOP, resolved);
  return 0;
}

function futureResultMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('result', nargs, kwnames, 'Future')) return NULL;
  return futureResult(ptrOf(self));
}

function futureException(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('exception', nargs, kwnames, 'Future')) return NULL;
  const f = ptrOf(self);
  const state = field(f, F_STATE);
  if (state == CANCELLED) return raiseCancelled(f);
  if (state != FINISHED) return raiseAsyncio(H_INVALID_STATE_ERROR, ptrValue(strFromJs('Exception is not set.')));
  setField(f, F_LOG_TRACEBACK, FALSE);
  return field(f, F_EXCEPTION);
}

function futureDoneMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('done', nargs, kwnames, 'Future')) return NULL;
  return boolValue(futureDone(ptrOf(self)));
}

function futureCancelled(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('cancelled', nargs, kwnames, 'Future')) return NULL;
  return boolValue(field(ptrOf(self), F_STATE) == CANCELLED);
}

function futureGetLoop(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('get_loop', nargs, kwnames, 'Future')) return NULL;
  return field(ptrOf(self), F_LOOP);
}

function futureSetResult(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOnePositional('set_result', nargs, kwnames)) return NULL;
  return setResultBase(ptrOf(self), arg(args, 0));
}

function futureSetException(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOnePositional('set_exception', nargs, kwnames)) return NULL;
  return setExceptionBase(ptrOf(self), arg(args, 0));
}

function checkOnePositional(name: string, nargs: i32, kwnames: Value): bool {
  if (!checkNoKwargs(name, kwnames)) return false;
  if (nargs == 1) return true;
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, '() takes exactly one argument (');
  appendI64(sb, nargs);
  appendJs(sb, ' given)');
  raiseStr(E.TypeError, finishBuilder(sb));
  return false;
}

/**
 * The value of the only keyword `name` a method accepts besides its positional ones (NONE when
 * not given); NULL with TypeError for another keyword.
 */
export function optionalKeyword(method: string, name: string, args: usize, nargs: i32, kwnames: Value): Value {
  let v: Value = NONE;
  const nk = kwCount(kwnames);
  for (let k = 0; k < nk; k++) {
    const given = ptrOf(tupleGet(ptrOf(kwnames), k));
    if (!strIsJs(given, name)) {
      const sb = newBuilder();
      appendJs(sb, method);
      appendJs(sb, "() got an unexpected keyword argument '");
      appendStr(sb, given);
      appendJs(sb, "'");
      return raiseStr(E.TypeError, finishBuilder(sb));
    }
    v = arg(args, nargs + k);
  }
  return v;
}

function futureAddDoneCallback(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 1) {
    const sb = newBuilder();
    appendJs(sb, 'add_done_callback() takes exactly 1 positional argument (');
    appendI64(sb, nargs);
    appendJs(sb, ' given)');
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  const context = optionalKeyword('add_done_callback', 'context', args, nargs, kwnames);
  if (context == NULL) return NULL;
  return addDoneCallback(ptrOf(self), arg(args, 0), context) ? NONE : NULL;
}

function futureRemoveDoneCallback(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOnePositional('remove_done_callback', nargs, kwnames)) return NULL;
  const f = ptrOf(self);
  const callbacks = field(f, F_CALLBACKS);
  if (callbacks == NONE) return smallInt(0);
  const fn = arg(args, 0);
  const list = callbacksList(f);
  pushTempRoot(ptrValue(list));
  // Compacts in place, keeping the order of the others (a callback's __eq__ may run Python code).
  let kept = 0;
  let i = 0;
  for (; i < listLength(list); i++) {
    const entry = listGet(list, i);
    const same = A.valuesEqual(tupleGet(ptrOf(entry), 0), fn);
    if (same < 0) break;
    if (same == 0) listSet(list, kept++, entry);
  }
  popTempRoots(1);
  if (errOccurred()) return NULL;
  const removed = listLength(list) - kept;
  setListLength(list, kept);
  return smallInt(removed);
}

function futureCancel(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const msg = cancelMessageArg('cancel', args, nargs, kwnames);
  if (msg == NULL) return NULL;
  return cancelBase(ptrOf(self), msg);
}

/** cancel(msg=None)'s argument (NULL with an exception set when the call is wrong). */
export function cancelMessageArg(method: string, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs + kwCount(kwnames) > 1) {
    const sb = newBuilder();
    appendJs(sb, method);
    appendJs(sb, '() takes at most 1 argument (');
    appendI64(sb, nargs + kwCount(kwnames));
    appendJs(sb, ' given)');
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  if (nargs == 1) return arg(args, 0);
  return optionalKeyword(method, 'msg', args, nargs, kwnames);
}

function futureMakeCancelledError(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('_make_cancelled_error', nargs, kwnames, 'Future')) return NULL;
  return makeCancelledError(ptrOf(self));
}

function futureAwait(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__await__', nargs, kwnames, 'Future')) return NULL;
  return newFutureIter(self);
}

/** repr(future) and future._repr_info(): lib/asyncio's helpers, as CPython's C module calls base_futures'. */
function futureRepr(self: Value): Value {
  return A.call1(asyncioHelper(H_FUTURE_REPR), self);
}

function futureReprInfo(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('_repr_info', nargs, kwnames, 'Future')) return NULL;
  return A.call1(asyncioHelper(H_FUTURE_REPR_INFO), self);
}

// ---- attributes ----

const STATE_NAMES = memory.data(12);

function getState(self: Value): Value {
  const state = <i32>(field(ptrOf(self), F_STATE) & 3);
  return ptrValue(<usize>load<u32>(STATE_NAMES + (<usize>state << 2)));
}

function getResult(self: Value): Value {
  return field(ptrOf(self), F_RESULT);
}

function getException(self: Value): Value {
  return field(ptrOf(self), F_EXCEPTION);
}

function getLoop(self: Value): Value {
  return field(ptrOf(self), F_LOOP);
}

/** _callbacks: a list of (fn, context), None when there is none (as CPython's). */
function getCallbacks(self: Value): Value {
  const f = ptrOf(self);
  if (field(f, F_CALLBACKS) == NONE) return NONE;
  const list = callbacksList(f);
  return listLength(list) == 0 ? NONE : ptrValue(list);
}

function getCancelMessage(self: Value): Value {
  return field(ptrOf(self), F_CANCEL_MESSAGE);
}

function setCancelMessage(self: Value, v: Value): i32 {
  if (v == NULL) return cannotDelete();
  setField(ptrOf(self), F_CANCEL_MESSAGE, v);
  return 0;
}

function getBlocking(self: Value): Value {
  return field(ptrOf(self), F_BLOCKING);
}

function setBlocking(self: Value, v: Value): i32 {
  if (v == NULL) return cannotDelete();
  const t = A.isTrue(v);
  if (t < 0) return -1;
  setField(ptrOf(self), F_BLOCKING, boolValue(t != 0));
  return 0;
}

function getLogTraceback(self: Value): Value {
  return field(ptrOf(self), F_LOG_TRACEBACK);
}

function setLogTraceback(self: Value, v: Value): i32 {
  if (v == NULL) return cannotDelete();
  const t = A.isTrue(v);
  if (t < 0) return -1;
  if (t != 0) {
    raiseJs(E.ValueError, '_log_traceback can only be set to False');
    return -1;
  }
  setField(ptrOf(self), F_LOG_TRACEBACK, FALSE);
  return 0;
}

function getNone(self: Value): Value {
  return NONE;
}

export function cannotDelete(): i32 {
  raiseJs(E.AttributeError, 'cannot delete attribute');
  return -1;
}

/** Creates the Future type (of module _asyncio). */
export function setupFutureType(): usize {
  nCallSoon = internJs('_call_soon');
  store<u32>(STATE_NAMES, <u32>internJs('PENDING'));
  store<u32>(STATE_NAMES + 4, <u32>internJs('CANCELLED'));
  store<u32>(STATE_NAMES + 8, <u32>internJs('FINISHED'));
  const t = newRecordType('_asyncio', 'Future', FUTURE_FIELDS, TPFLAG_BASETYPE | TPFLAG_HAS_DICT);
  store<u32>(t + TYPE_DICT_OFFSET, <u32>(RECORD_FIELDS + (<usize>F_DICT << 3)));
  futureType = t;
  setSlot(t, SLOT_NEW, changetype<usize>(futureNew));
  setSlot(t, SLOT_INIT, changetype<usize>(futureInit));
  setSlot(t, SLOT_REPR, changetype<usize>(futureRepr));
  defineMethod(t, 'result', futureResultMethod);
  defineMethod(t, 'exception', futureException);
  defineMethod(t, 'done', futureDoneMethod);
  defineMethod(t, 'cancelled', futureCancelled);
  defineMethod(t, 'get_loop', futureGetLoop);
  defineMethod(t, 'set_result', futureSetResult);
  defineMethod(t, 'set_exception', futureSetException);
  defineMethod(t, 'add_done_callback', futureAddDoneCallback);
  defineMethod(t, 'remove_done_callback', futureRemoveDoneCallback);
  defineMethod(t, 'cancel', futureCancel);
  defineMethod(t, '_make_cancelled_error', futureMakeCancelledError);
  defineMethod(t, '__await__', futureAwait);
  defineMethod(t, '__iter__', futureAwait);
  defineMethod(t, '_repr_info', futureReprInfo);
  defineGetSet(t, '_state', getState, null);
  defineGetSet(t, '_result', getResult, null);
  defineGetSet(t, '_exception', getException, null);
  defineGetSet(t, '_loop', getLoop, null);
  defineGetSet(t, '_callbacks', getCallbacks, null);
  defineGetSet(t, '_cancel_message', getCancelMessage, setCancelMessage);
  defineGetSet(t, '_asyncio_future_blocking', getBlocking, setBlocking);
  defineGetSet(t, '_log_traceback', getLogTraceback, setLogTraceback);
  defineGetSet(t, '_source_traceback', getNone, null);
  return t;
}
