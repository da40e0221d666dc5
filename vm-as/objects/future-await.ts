// Awaiting a native future: the iterator future.__await__() returns (CPython's _asyncio.FutureIter).
// The first step of a pending future yields the future itself with _asyncio_future_blocking set,
// which tells the task to wait for it; once the future is done, the iterator returns its result
// (or raises its exception). SEND in the eval loop takes the result straight from here (no
// StopIteration object): futureIterSend.

import { Value, NULL, NONE, TRUE, FALSE, isPtr, ptrOf, ptrValue } from '../value';
import { typeOfPtr } from '../object';
import { raiseJs, raiseValue, errOccurred } from '../errors';
import * as E from './exception';
import { checkArgCount, checkNoKwargs, checkNoArgs } from './args';
import { setSlot, SLOT_ITER, SLOT_NEXT } from '../types';
import { defineMethod } from './builtin';
import { iteratorIterSlot } from './iterators';
import { newStopIteration, thrownException } from './generator-type';
import * as A from '../abstract';
import { newRecordType, newRecord, field, setField, arg } from '../modules/support';
import { F_STATE, F_BLOCKING, PENDING, futureResult } from './future';

/** The future being awaited; None once the iterator has finished. */
const I_FUTURE: i32 = 0;

export let futureIterType: usize = 0;

export function newFutureIter(future: Value): Value {
  const it = newRecord(futureIterType);
  setField(it, I_FUTURE, future);
  return ptrValue(it);
}

// @ts-ignore: decorator
@inline export function isFutureIter(v: Value): bool {
  return isPtr(v) && typeOfPtr(ptrOf(v)) == futureIterType;
}

/** What futureIterSend returned when it returns NULL without an exception. */
export let futureIterReturned: Value = NONE;

/**
 * One step: the future (to wait for), or NULL — with futureIterReturned set when the future was
 * done (its result), with an exception set otherwise.
 */
export function futureIterSend(itValue: Value): Value {
  const it = ptrOf(itValue);
  const future = field(it, I_FUTURE);
  if (future == NONE) {
    futureIterReturned = NONE;
    return NULL;
  }
  const f = ptrOf(future);
  if (field(f, F_STATE) == PENDING) {
    if (field(f, F_BLOCKING) == FALSE) {
      setField(f, F_BLOCKING, TRUE);
      return future;
    }
    return raiseJs(E.RuntimeError, "await wasn't used with future");
  }
  setField(it, I_FUTURE, NONE);
  const r = futureResult(f);
  if (r == NULL) return NULL;
  futureIterReturned = r;
  return NULL;
}

/** __next__ and send(None): the return becomes StopIteration(result). */
function futureIterNext(itValue: Value): Value {
  const r = futureIterSend(itValue);
  if (r != NULL || errOccurred()) return r;
  return raiseValue(newStopIteration(futureIterReturned));
}

function futureIterSendMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('send', kwnames) || !checkArgCount('send', nargs, 1, 1)) return NULL;
  return futureIterNext(self);
}

/** throw(type[, value[, traceback]]): raises it where the future was awaited; the iterator is finished. */
function futureIterThrow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('throw', kwnames) || !checkArgCount('throw', nargs, 1, 3)) return NULL;
  const exc = thrownException(arg(args, 0), nargs > 1 ? arg(args, 1) : NULL, nargs > 2 ? arg(args, 2) : NULL);
  if (exc == NULL) return NULL;
  setField(ptrOf(self), I_FUTURE, NONE);
  return raiseValue(exc);
}

function futureIterClose(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('close', nargs, kwnames)) return NULL;
  setField(ptrOf(self), I_FUTURE, NONE);
  return NONE;
}

export function setupFutureIterType(): usize {
  const t = newRecordType('_asyncio', 'FutureIter', 1);
  futureIterType = t;
  setSlot(t, SLOT_ITER, changetype<usize>(iteratorIterSlot));
  setSlot(t, SLOT_NEXT, changetype<usize>(futureIterNext));
  defineMethod(t, 'send', futureIterSendMethod);
  defineMethod(t, 'throw', futureIterThrow);
  defineMethod(t, 'close', futureIterClose);
  return t;
}
