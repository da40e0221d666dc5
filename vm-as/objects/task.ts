// asyncio.Task, native (CPython's _asyncio.Task): a future that runs a coroutine. Each step
// sends into the coroutine (or throws into it) until it yields a future to wait for; that
// future's done callback (the task's task_wakeup) schedules the next step through the loop.
//
// Layout: a future's fields (future.ts), then coro, context, name, num_cancels_requested,
// must_cancel, fut_waiter, log_destroy_pending.

import { Value, NULL, NONE, TRUE, FALSE, isPtr, ptrOf, ptrValue, boolValue, smallInt, intOf } from '../value';
import { KIND_GENERATOR, KIND_STR, kindOfPtr, typeOfPtr } from '../object';
import { raiseJs, raiseStr, errOccurred, fetchExc, restoreExc, excMatches } from '../errors';
import * as E from './exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { checkNoArgs, checkOneArg, kwCount, parseKeywords } from './args';
import { newList, listAppend } from './list';
import { newTuple, tuple1 } from './tuple';
import { setSlot, SLOT_INIT, TYPE_DICT_OFFSET, TPFLAG_BASETYPE, TPFLAG_HAS_DICT } from '../types';
import { defineMethod, defineGetSet, newBuiltin, NativeFn } from './builtin';
import { pushTempRoot, popTempRoots } from '../gc';
import { internJs } from '../intern';
import * as A from '../abstract';
import { newRecordType, field, setField, arg } from '../modules/support';
import { GEN_FLAVOR, GEN_PLAIN } from './generator';
import { genSendEx, genThrow, sendOutcome, SENT_YIELDED, isGeneratorOrCoroutine } from './generator-type';
import { stopIterationValue } from '../interp/ops';
import { N_send, N_throw } from '../names';
import { futureType, FUTURE_FIELDS, F_LOOP, F_BLOCKING, F_CANCEL_MESSAGE, F_CANCELLED_EXC, F_LOG_TRACEBACK,
  initFuture, loopOrCurrent, raiseAsyncio, callSoon, addDoneCallback, setResultBase, setExceptionBase,
  cancelBase, makeCancelledError, futureDone, futureResult, optionalKeyword, cancelMessageArg,
  cannotDelete } from './future';
import { asyncioHelper, H_CANCELLED_ERROR, H_INVALID_STATE_ERROR, H_TASK_REPR_INFO, H_ISCOROUTINE, registerTask,
  unregisterTask, enterTask, leaveTask } from '../modules/asyncio-native';

// (Literals: a constant of another file can't be read at start-up here. Task's fields follow the
// future's FUTURE_FIELDS; setupTaskType checks.)
const T_CORO: i32 = 11;
const T_CONTEXT: i32 = 12;
const T_NAME: i32 = 13;
const T_NUM_CANCELS: i32 = 14;
const T_MUST_CANCEL: i32 = 15;
const T_FUT_WAITER: i32 = 16;
const T_LOG_DESTROY_PENDING: i32 = 17;
const TASK_FIELDS: i32 = 18;

export let taskType: usize = 0;
/** Tasks made so far (CPython's counter for the names Task-N; it advances for named tasks too). */
let taskCounter: i64 = 0;

let nStep: usize = 0;
let nWakeup: usize = 0;
let nBlocking: usize = 0;
let nGetLoop: usize = 0;
let nLoop: usize = 0;
let nAddDoneCallback: usize = 0;
let nCancel: usize = 0;
let nCallSoon: usize = 0;
let nCrFrame: usize = 0;
let nResult: usize = 0;
let contextKw: usize = 0;
let msgKw: usize = 0;

// ---- creating a task ----

const INIT_NAMES: StaticArray<string> = ['coro', 'loop', 'name', 'context'];
const initArgs = memory.data(4 * 8);

function isCoroutine(v: Value): i32 {
  if (isGeneratorOrCoroutine(v)) return 1;
  const r = A.call1(asyncioHelper(H_ISCOROUTINE), v);
  return r == NULL ? -1 : A.isTrue(r);
}

function taskInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  for (let i = 0; i < 4; i++) store<u64>(initArgs + (<usize>i << 3), NONE);
  if (nargs > 1) {
    const sb = newBuilder();
    appendJs(sb, 'Task() takes exactly 1 positional argument (');
    appendI64(sb, nargs);
    appendJs(sb, ' given)');
    raiseStr(E.TypeError, finishBuilder(sb));
    return -1;
  }
  if (nargs == 1) store<u64>(initArgs, arg(args, 0));
  else store<u64>(initArgs, NULL);
  if (!parseKeywords('Task', args, nargs, kwnames, INIT_NAMES, initArgs)) return -1;
  const coro = load<u64>(initArgs);
  if (coro == NULL) {
    raiseJs(E.TypeError, "Task() missing required argument 'coro' (pos 1)");
    return -1;
  }
  const t = ptrOf(self);
  initFuture(t, NONE);
  setField(t, T_CORO, NONE);
  setField(t, T_CONTEXT, NONE);
  setField(t, T_NAME, NONE);
  setField(t, T_NUM_CANCELS, smallInt(0));
  setField(t, T_MUST_CANCEL, FALSE);
  setField(t, T_FUT_WAITER, NONE);
  setField(t, T_LOG_DESTROY_PENDING, TRUE);
  const loop = loopOrCurrent(load<u64>(initArgs + 8));
  if (loop == NULL) return -1;
  setField(t, F_LOOP, loop);
  const ok = isCoroutine(coro);
  if (ok < 0) return -1;
  if (ok == 0) {
    setField(t, T_LOG_DESTROY_PENDING, FALSE);
    const r = A.reprOf(coro);
    if (r == 0) return -1;
    const sb = newBuilder();
    appendJs(sb, 'a coroutine was expected, got ');
    appendStr(sb, r);
    raiseStr(E.TypeError, finishBuilder(sb));
    return -1;
  }
  taskCounter++;
  const name = load<u64>(initArgs + 16);
  if (name == NONE) {
    const sb = newBuilder();
    appendJs(sb, 'Task-');
    appendI64(sb, taskCounter);
    setField(t, T_NAME, ptrValue(finishBuilder(sb)));
  } else {
    const s = isPtr(name) && kindOfPtr(ptrOf(name)) == KIND_STR ? ptrOf(name) : A.strOf(name);
    if (s == 0) return -1;
    setField(t, T_NAME, ptrValue(s));
  }
  setField(t, T_CORO, coro);
  const context = load<u64>(initArgs + 24);
  setField(t, T_CONTEXT, context);
  if (!scheduleStep(t, NULL, false)) return -1;
  return registerTask(self) ? 0 : -1;
}

// ---- stepping ----

/** A bound native method of the task (its step and wakeup callbacks). */
function boundMethod(t: usize, fn: NativeFn, name: usize): Value {
  return ptrValue(newBuiltin(fn, name, ptrValue(t), taskType, 0));
}

/**
 * Schedules the next step: loop._call_soon(self.__step, (exc,) or (), context) — through the
 * public call_soon when `publicly` (a bad yield's error, as CPython's task does).
 */
function scheduleStep(t: usize, exc: Value, publicly: bool): bool {
  const step = boundMethod(t, taskStepMethod, nStep);
  pushTempRoot(step);
  const args = exc == NULL ? ptrValue(newTuple(0)) : ptrValue(tuple1(exc));
  pushTempRoot(args);
  const ok = publicly ? callWithKeyword(field(t, F_LOOP), nCallSoon, step, exc, contextKw, field(t, T_CONTEXT)) != NULL :
    callSoon(field(t, F_LOOP), step, args, field(t, T_CONTEXT));
  popTempRoots(2);
  return ok;
}

const throwArgs = memory.data(8);

/** Resumes the coroutine: what it yielded, or NULL — returned (stepReturned set) or raised. */
let stepReturned: bool = false;

function resumeCoroutine(coro: Value, exc: Value): Value {
  stepReturned = false;
  if (isPtr(coro) && kindOfPtr(ptrOf(coro)) == KIND_GENERATOR) {
    const g = ptrOf(coro);
    if (exc == NULL) {
      const r = genSendEx(g, NONE, false, false);
      if (r == NULL || sendOutcome == SENT_YIELDED) return r;
      return returned(r);
    }
    store<u64>(throwArgs, exc);
    const r = genThrow(g, true, throwArgs, 1);
    if (r != NULL) return r;
    return stoppedOrRaised();
  }
  const method = A.getAttr(coro, exc == NULL ? N_send : N_throw);
  if (method == NULL) return NULL;
  pushTempRoot(method);
  const r = A.call1(method, exc == NULL ? NONE : exc);
  popTempRoots(1);
  if (r != NULL) return r;
  return stoppedOrRaised();
}

let returnedValue: Value = NONE;

function returned(value: Value): Value {
  stepReturned = true;
  returnedValue = value;
  return NULL;
}

function stoppedOrRaised(): Value {
  if (!excMatches(E.StopIteration)) return NULL;
  return returned(stopIterationValue(ptrOf(fetchExc())));
}

/** One step of the task (CPython's task_step_impl): NONE, or NULL with an exception set. */
function taskStep(t: usize, exc: Value): Value {
  const self = ptrValue(t);
  if (futureDone(t)) return raiseAlreadyDone(t, exc);
  if (field(t, T_MUST_CANCEL) == TRUE) {
    if (exc == NULL || !A.isInstance(exc, ptrOf(asyncioHelper(H_CANCELLED_ERROR)))) {
      exc = makeCancelledError(t);
      if (exc == NULL) return NULL;
    }
    setField(t, T_MUST_CANCEL, FALSE);
  }
  setField(t, T_FUT_WAITER, NONE);
  const loop = field(t, F_LOOP);
  if (!enterTask(loop, self)) return NULL;
  pushTempRoot(self);
  if (exc != NULL) pushTempRoot(exc);
  const yielded = resumeCoroutine(field(t, T_CORO), exc);
  if (exc != NULL) popTempRoots(1);
  let ok = true;
  let reraise: Value = NULL;
  if (yielded != NULL) {
    pushTempRoot(yielded);
    ok = waitFor(t, yielded);
    popTempRoots(1);
  } else if (stepReturned) {
    unregisterTask(self);
    if (field(t, T_MUST_CANCEL) == TRUE) {
      setField(t, T_MUST_CANCEL, FALSE);
      ok = cancelBase(t, field(t, F_CANCEL_MESSAGE)) != NULL;
    } else {
      ok = setResultBase(t, returnedValue) != NULL;
    }
  } else {
    const raised = fetchExc();
    pushTempRoot(raised);
    ok = finishWithException(t, raised);
    // KeyboardInterrupt and SystemExit go on to stop the loop.
    if (ok && (A.isInstance(raised, E.KeyboardInterrupt) || A.isInstance(raised, E.SystemExit))) reraise = raised;
    popTempRoots(1);
  }
  // Leaving the task (what its `finally` does): a mismatch replaces what was raised.
  const pending = ok ? reraise : fetchExc();
  const left = leaveTask(loop, self);
  popTempRoots(1);
  if (!left) return NULL;
  if (pending != NULL) {
    restoreExc(pending);
    return NULL;
  }
  return NONE;
}

/** The coroutine raised: the task is cancelled (CancelledError) or finished with the exception. */
function finishWithException(t: usize, exc: Value): bool {
  pushTempRoot(exc);
  unregisterTask(ptrValue(t));
  let ok: bool;
  if (A.isInstance(exc, ptrOf(asyncioHelper(H_CANCELLED_ERROR)))) {
    setField(t, F_CANCELLED_EXC, exc);
    ok = cancelBase(t, NONE) != NULL;
  } else {
    ok = setExceptionBase(t, exc) != NULL;
  }
  popTempRoots(1);
  return ok;
}

function raiseAlreadyDone(t: usize, exc: Value): Value {
  const sb = newBuilder();
  appendJs(sb, '_step(): already done: ');
  const selfRepr = A.reprOf(ptrValue(t));
  if (selfRepr == 0) return NULL;
  appendStr(sb, selfRepr);
  appendJs(sb, ', ');
  const excRepr = A.reprOf(exc == NULL ? NONE : exc);
  if (excRepr == 0) return NULL;
  appendStr(sb, excRepr);
  return raiseAsyncio(H_INVALID_STATE_ERROR, ptrValue(finishBuilder(sb)));
}

/** What the coroutine yielded: a future to wait for, or None (a bare yield: step again soon). */
function waitFor(t: usize, result: Value): bool {
  if (result == NONE) return scheduleStep(t, NULL, false);
  const loop = field(t, F_LOOP);
  let blocking: Value;
  let resultLoop: Value;
  const exact = isPtr(result) && (typeOfPtr(ptrOf(result)) == futureType || typeOfPtr(ptrOf(result)) == taskType);
  if (exact) {
    blocking = field(ptrOf(result), F_BLOCKING);
    resultLoop = field(ptrOf(result), F_LOOP);
  } else {
    blocking = A.getAttrOrNull(result, nBlocking);
    if (blocking == NULL) {
      if (errOccurred()) return false;
      blocking = NONE;
    }
    resultLoop = blocking == NONE ? NONE : loopOf(result);
    if (resultLoop == NULL) return false;
  }
  let error: Value;
  if (blocking != NONE) {
    const isBlocking = A.isTrue(blocking);
    if (isBlocking < 0) return false;
    if (resultLoop != loop) {
      error = taskError('Task ', t, ' got Future ', result, ' attached to a different loop');
    } else if (isBlocking == 0) {
      error = taskError('yield was used instead of yield from in task ', t, ' with ', result, '');
    } else if (result == ptrValue(t)) {
      error = taskError('Task cannot await on itself: ', t, '', NULL, '');
    } else {
      return waitForFuture(t, result, exact);
    }
  } else if (isPtr(result) && kindOfPtr(ptrOf(result)) == KIND_GENERATOR && load<u32>(ptrOf(result) + GEN_FLAVOR) == GEN_PLAIN) {
    error = taskError('yield was used instead of yield from for generator in task ', t, ' with ', result, '');
  } else {
    error = taskError('Task got bad yield: ', 0, '', result, '');
  }
  if (error == NULL) return false;
  pushTempRoot(error);
  const ok = scheduleStep(t, error, true);
  popTempRoots(1);
  return ok;
}

/** futures._get_loop(fut): fut.get_loop(), or fut._loop when it has no get_loop. */
function loopOf(fut: Value): Value {
  const getLoop = A.getAttrOrNull(fut, nGetLoop);
  if (getLoop == NULL) return errOccurred() ? NULL : A.getAttr(fut, nLoop);
  return A.call0(getLoop);
}

/** Waits for a future: its done callback wakes the task up. */
function waitForFuture(t: usize, fut: Value, exact: bool): bool {
  const wakeup = boundMethod(t, taskWakeupMethod, nWakeup);
  pushTempRoot(wakeup);
  let ok: bool;
  if (exact) {
    setField(ptrOf(fut), F_BLOCKING, FALSE);
    ok = addDoneCallback(ptrOf(fut), wakeup, field(t, T_CONTEXT));
  } else {
    ok = A.setAttr(fut, nBlocking, FALSE) >= 0 && callWithKeyword(fut, nAddDoneCallback, wakeup, NULL, contextKw, field(t, T_CONTEXT)) != NULL;
  }
  popTempRoots(1);
  if (!ok) return false;
  setField(t, T_FUT_WAITER, fut);
  if (field(t, T_MUST_CANCEL) == TRUE) {
    const r = exact ? (isExactTask(fut) ? taskCancel(ptrOf(fut), field(t, F_CANCEL_MESSAGE)) : cancelBase(ptrOf(fut), field(t, F_CANCEL_MESSAGE))) :
      callWithKeyword(fut, nCancel, NULL, NULL, msgKw, field(t, F_CANCEL_MESSAGE));
    if (r == NULL) return false;
    const cancelled = A.isTrue(r);
    if (cancelled < 0) return false;
    if (cancelled != 0) setField(t, T_MUST_CANCEL, FALSE);
  }
  return true;
}

function isExactTask(v: Value): bool {
  return typeOfPtr(ptrOf(v)) == taskType;
}

/** obj.name([a, [b, ]]keyword=value) (a and b are left out when NULL). */
function callWithKeyword(obj: Value, name: usize, a: Value, b: Value, keyword: usize, value: Value): Value {
  const method = A.getAttr(obj, name);
  if (method == NULL) return NULL;
  pushTempRoot(method);
  const kwnames = ptrValue(tuple1(ptrValue(keyword)));
  pushTempRoot(kwnames);
  const at = A.scratchReserve(24);
  let n = 0;
  if (a != NULL) store<u64>(at, a), n++;
  if (b != NULL) store<u64>(at + (<usize>n << 3), b), n++;
  store<u64>(at + (<usize>n << 3), value);
  const r = A.callValue(method, at, n, kwnames);
  A.scratchRelease(at);
  popTempRoots(2);
  return r;
}

/** RuntimeError(before + repr(task) + middle + repr(other) + after), not raised (NULL on failure). */
function taskError(before: string, t: usize, middle: string, other: Value, after: string): Value {
  const sb = newBuilder();
  appendJs(sb, before);
  if (t != 0) {
    const r = A.reprOf(ptrValue(t));
    if (r == 0) return NULL;
    appendStr(sb, r);
  }
  appendJs(sb, middle);
  if (other != NULL) {
    const r = A.reprOf(other);
    if (r == 0) return NULL;
    appendStr(sb, r);
  }
  appendJs(sb, after);
  return ptrValue(E.newException(E.RuntimeError, ptrValue(finishBuilder(sb))));
}

/** The future the task waited for is done: step with its result, or throw its exception in. */
function taskWakeup(t: usize, fut: Value): Value {
  let r: Value;
  if (isPtr(fut) && (typeOfPtr(ptrOf(fut)) == futureType || typeOfPtr(ptrOf(fut)) == taskType)) {
    r = futureResult(ptrOf(fut));
  } else {
    const method = A.getAttr(fut, nResult);
    r = method == NULL ? NULL : A.call0(method);
  }
  if (r != NULL) return taskStep(t, NULL);
  const exc = fetchExc();
  pushTempRoot(exc);
  const s = taskStep(t, exc);
  popTempRoots(1);
  return s;
}

function taskStepMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (kwCount(kwnames) > 0 || nargs > 1) return raiseJs(E.TypeError, '_step() takes at most 1 argument');
  const exc = nargs == 1 ? arg(args, 0) : NONE;
  return taskStep(ptrOf(self), exc == NONE ? NULL : exc);
}

function taskWakeupMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('task_wakeup', nargs, kwnames)) return NULL;
  return taskWakeup(ptrOf(self), arg(args, 0));
}

// ---- cancellation ----

/** Task.cancel(msg): asks the task to stop (CancelledError is thrown into its coroutine at its next step). */
function taskCancel(t: usize, msg: Value): Value {
  setField(t, F_LOG_TRACEBACK, FALSE);
  if (futureDone(t)) return FALSE;
  setField(t, T_NUM_CANCELS, smallInt(intOf(field(t, T_NUM_CANCELS)) + 1));
  const waiter = field(t, T_FUT_WAITER);
  if (waiter != NONE) {
    // The waiter's cancellation wakes the task up with CancelledError.
    const r = callWithKeyword(waiter, nCancel, NULL, NULL, msgKw, msg);
    if (r == NULL) return NULL;
    const cancelled = A.isTrue(r);
    if (cancelled < 0) return NULL;
    if (cancelled != 0) return TRUE;
  }
  setField(t, T_MUST_CANCEL, TRUE);
  setField(t, F_CANCEL_MESSAGE, msg);
  return TRUE;
}

function taskCancelMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const msg = cancelMessageArg('cancel', args, nargs, kwnames);
  if (msg == NULL) return NULL;
  return taskCancel(ptrOf(self), msg);
}

function taskCancelling(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('cancelling', nargs, kwnames, 'Task')) return NULL;
  return field(ptrOf(self), T_NUM_CANCELS);
}

function taskUncancel(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('uncancel', nargs, kwnames, 'Task')) return NULL;
  const t = ptrOf(self);
  const n = intOf(field(t, T_NUM_CANCELS));
  if (n > 0) setField(t, T_NUM_CANCELS, smallInt(n - 1));
  return field(t, T_NUM_CANCELS);
}

// ---- the rest of Task's methods and attributes ----

function taskGetCoro(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('get_coro', nargs, kwnames, 'Task')) return NULL;
  return field(ptrOf(self), T_CORO);
}

function taskGetContext(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('get_context', nargs, kwnames, 'Task')) return NULL;
  return field(ptrOf(self), T_CONTEXT);
}

function taskGetName(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('get_name', nargs, kwnames, 'Task')) return NULL;
  return field(ptrOf(self), T_NAME);
}

function taskSetName(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('set_name', nargs, kwnames)) return NULL;
  const name = arg(args, 0);
  const s = isPtr(name) && kindOfPtr(ptrOf(name)) == KIND_STR ? ptrOf(name) : A.strOf(name);
  if (s == 0) return NULL;
  setField(ptrOf(self), T_NAME, ptrValue(s));
  return NONE;
}

function taskSetResult(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return raiseJs(E.RuntimeError, 'Task does not support set_result operation');
}

function taskSetException(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return raiseJs(E.RuntimeError, 'Task does not support set_exception operation');
}

/** get_stack(*, limit=None): the coroutine's frame while it is suspended (the frames it awaits are not followed). */
function taskGetStack(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs > 0) return raiseJs(E.TypeError, 'get_stack() takes no positional arguments');
  if (optionalKeyword('get_stack', 'limit', args, nargs, kwnames) == NULL) return NULL;
  const t = ptrOf(self);
  const list = newList(1);
  if (futureDone(t)) return ptrValue(list);
  pushTempRoot(ptrValue(list));
  const frame = A.getAttrOrNull(field(t, T_CORO), nCrFrame);
  popTempRoots(1);
  if (frame == NULL) return errOccurred() ? NULL : ptrValue(list);
  if (frame != NONE) listAppend(list, frame);
  return ptrValue(list);
}

function taskReprInfo(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('_repr_info', nargs, kwnames, 'Task')) return NULL;
  return A.call1(asyncioHelper(H_TASK_REPR_INFO), self);
}

function getCoro(self: Value): Value {
  return field(ptrOf(self), T_CORO);
}

function getName(self: Value): Value {
  return field(ptrOf(self), T_NAME);
}

function getFutWaiter(self: Value): Value {
  return field(ptrOf(self), T_FUT_WAITER);
}

function getMustCancel(self: Value): Value {
  return field(ptrOf(self), T_MUST_CANCEL);
}

function getNumCancels(self: Value): Value {
  return field(ptrOf(self), T_NUM_CANCELS);
}

function getContext(self: Value): Value {
  return field(ptrOf(self), T_CONTEXT);
}

function getLogDestroyPending(self: Value): Value {
  return field(ptrOf(self), T_LOG_DESTROY_PENDING);
}

function setLogDestroyPending(self: Value, v: Value): i32 {
  if (v == NULL) return cannotDelete();
  const b = A.isTrue(v);
  if (b < 0) return -1;
  setField(ptrOf(self), T_LOG_DESTROY_PENDING, boolValue(b != 0));
  return 0;
}

/** Creates the Task type (of module _asyncio), a subclass of Future. */
export function setupTaskType(): usize {
  nStep = internJs('__step');
  nWakeup = internJs('task_wakeup');
  nBlocking = internJs('_asyncio_future_blocking');
  nGetLoop = internJs('get_loop');
  nLoop = internJs('_loop');
  nAddDoneCallback = internJs('add_done_callback');
  nCancel = internJs('cancel');
  nCallSoon = internJs('call_soon');
  nCrFrame = internJs('cr_frame');
  nResult = internJs('result');
  contextKw = internJs('context');
  msgKw = internJs('msg');
  if (T_CORO != FUTURE_FIELDS) unreachable();
  const t = newRecordType('_asyncio', 'Task', TASK_FIELDS, TPFLAG_BASETYPE | TPFLAG_HAS_DICT, futureType);
  store<u32>(t + TYPE_DICT_OFFSET, load<u32>(futureType + TYPE_DICT_OFFSET));
  taskType = t;
  setSlot(t, SLOT_INIT, changetype<usize>(taskInit));
  defineMethod(t, 'get_coro', taskGetCoro);
  defineMethod(t, 'get_context', taskGetContext);
  defineMethod(t, 'get_name', taskGetName);
  defineMethod(t, 'set_name', taskSetName);
  defineMethod(t, 'set_result', taskSetResult);
  defineMethod(t, 'set_exception', taskSetException);
  defineMethod(t, 'get_stack', taskGetStack);
  defineMethod(t, 'cancel', taskCancelMethod);
  defineMethod(t, 'cancelling', taskCancelling);
  defineMethod(t, 'uncancel', taskUncancel);
  defineMethod(t, '_repr_info', taskReprInfo);
  defineGetSet(t, '_coro', getCoro, null);
  defineGetSet(t, '_name', getName, null);
  defineGetSet(t, '_fut_waiter', getFutWaiter, null);
  defineGetSet(t, '_must_cancel', getMustCancel, null);
  defineGetSet(t, '_num_cancels_requested', getNumCancels, null);
  defineGetSet(t, '_context', getContext, null);
  defineGetSet(t, '_log_destroy_pending', getLogDestroyPending, setLogDestroyPending);
  return t;
}
