// The await protocol (PEP 492): what GET_AWAITABLE, GET_AITER, GET_ANEXT and BEFORE_ASYNC_WITH
// do with native coroutines, async generators and objects defining __await__, __aiter__,
// __anext__, __aenter__ and __aexit__ — with CPython 3.11's messages.

import { Value, NULL, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, typeOfPtr, KIND_GENERATOR } from '../object';
import * as A from '../abstract';
import { raiseJs, raiseStr, fetchExc, restoreExc } from '../errors';
import { TypeError, RuntimeError, EXC_CAUSE, EXC_CONTEXT, EXC_FLAGS, EXC_SUPPRESS_CONTEXT } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { GEN_FLAVOR, GEN_COROUTINE, GEN_ASYNC, GEN_FRAME, delegateOf } from './generator';
import { asendType, athrowType, asyncGenAnext } from './async-gen';
import { FRAME_CODE } from '../interp/frame';
import { CODE_FLAGS } from './code';
import { CO_ITERABLE_COROUTINE } from '../generated/image-format';
import { getSlot, SLOT_NEXT } from '../types';
import { N_await, N_aiter, N_anext, N_aenter, N_aexit } from '../names';

/** A native coroutine, or a generator made by a types.coroutine function (CO_ITERABLE_COROUTINE). */
function isCoroutine(v: Value): bool {
  if (!isPtr(v) || kindOfPtr(ptrOf(v)) != KIND_GENERATOR) return false;
  const g = ptrOf(v);
  if (load<u32>(g + GEN_FLAVOR) == GEN_COROUTINE) return true;
  const code = <usize>load<u32>(g + GEN_FRAME + FRAME_CODE);
  return (load<u32>(code + CODE_FLAGS) & CO_ITERABLE_COROUTINE) != 0;
}

function isAsyncGenerator(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_GENERATOR && load<u32>(ptrOf(v) + GEN_FLAVOR) == GEN_ASYNC;
}

function raiseWithType(before: string, v: Value, after: string): Value {
  const sb = newBuilder();
  appendJs(sb, before);
  appendStr(sb, A.typeNameOf(v));
  appendJs(sb, after);
  return raiseStr(TypeError, finishBuilder(sb));
}

/** Calls the special method `name` of v's type, bound to v; NULL (no exception) when there is none. */
function callSpecial(v: Value, name: usize): Value {
  const method = A.lookupInMro(A.typeOf(v), name);
  if (method == NULL) return NULL;
  const bound = A.bindDescriptor(method, v, A.typeOf(v));
  if (bound == NULL) return NULL;
  return A.call0(bound);
}

/**
 * The iterator `await v` drives (CPython's _PyCoro_GetAwaitableIter): a coroutine itself, an
 * async generator's awaitable itself, or what v.__await__() returns, which must be an iterator
 * and not a coroutine. `where` says which message a missing __await__ gets: 0 `await`, 1 the
 * result of __aenter__, 2 the result of __aexit__.
 */
export function getAwaitableIter(v: Value, where: u32): Value {
  if (isCoroutine(v)) return v;
  if (isPtr(v)) {
    const type = typeOfPtr(ptrOf(v));
    if (type == asendType || type == athrowType) return v;
  }
  if (A.lookupInMro(A.typeOf(v), N_await) == NULL) {
    if (where == 1) return raiseWithType("'async with' received an object from __aenter__ that does not implement __await__: ", v, '');
    if (where == 2) return raiseWithType("'async with' received an object from __aexit__ that does not implement __await__: ", v, '');
    return raiseWithType('object ', v, " can't be used in 'await' expression");
  }
  const it = callSpecial(v, N_await);
  if (it == NULL) return NULL;
  if (isCoroutine(it)) return raiseJs(TypeError, '__await__() returned a coroutine');
  if (getSlot(A.typeOf(it), SLOT_NEXT) == 0) return raiseWithType("__await__() returned non-iterator of type '", it, "'");
  return it;
}

/** GET_AWAITABLE: as getAwaitableIter, and a coroutine may be awaited by one awaiter at a time. */
export function getAwaitable(v: Value, where: u32): Value {
  const it = getAwaitableIter(v, where);
  if (it != NULL && isPtr(it) && kindOfPtr(ptrOf(it)) == KIND_GENERATOR &&
    load<u32>(ptrOf(it) + GEN_FLAVOR) == GEN_COROUTINE && delegateOf(ptrOf(it)) != NULL) {
    return raiseJs(RuntimeError, 'coroutine is being awaited already');
  }
  return it;
}

/** GET_AITER: v.__aiter__(), which must have __anext__. */
export function getAsyncIter(v: Value): Value {
  if (isAsyncGenerator(v)) return v;
  if (A.lookupInMro(A.typeOf(v), N_aiter) == NULL) {
    return raiseWithType("'async for' requires an object with __aiter__ method, got ", v, '');
  }
  const it = callSpecial(v, N_aiter);
  if (it == NULL) return NULL;
  if (!isAsyncGenerator(it) && A.lookupInMro(A.typeOf(it), N_anext) == NULL) {
    return raiseWithType("'async for' received an object from __aiter__ that does not implement __anext__: ", it, '');
  }
  return it;
}

/** GET_ANEXT: the awaitable iterator of aiter.__anext__(). */
export function getAsyncNext(aiter: Value): Value {
  if (isAsyncGenerator(aiter)) return asyncGenAnext(aiter);
  if (A.lookupInMro(A.typeOf(aiter), N_anext) == NULL) {
    return raiseWithType("'async for' requires an iterator with __anext__ method, got ", aiter, '');
  }
  const next = callSpecial(aiter, N_anext);
  if (next == NULL) return NULL;
  const it = getAwaitableIter(next, 0);
  if (it == NULL) {
    const cause = fetchExc();
    raiseWithType("'async for' received an invalid object from __anext__: ", next, '');
    const e = ptrOf(fetchExc());
    store<u64>(e + EXC_CAUSE, cause);
    store<u64>(e + EXC_CONTEXT, cause);
    store<u32>(e + EXC_FLAGS, load<u32>(e + EXC_FLAGS) | EXC_SUPPRESS_CONTEXT);
    restoreExc(ptrValue(e));
    return NULL;
  }
  return it;
}

/** BEFORE_ASYNC_WITH: replaces the manager at `at` with bound __aexit__ and pushes __aenter__(). */
export function beforeAsyncWithAt(at: usize): bool {
  const mgr = load<u64>(at);
  const type = A.typeOf(mgr);
  const enter = A.lookupInMro(type, N_aenter);
  const exit = enter == NULL ? NULL : A.lookupInMro(type, N_aexit);
  if (enter == NULL || exit == NULL) {
    raiseWithType("'", mgr, enter == NULL ? "' object does not support the asynchronous context manager protocol" :
      "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
    return false;
  }
  const boundExit = A.bindDescriptor(exit, mgr, type);
  if (boundExit == NULL) return false;
  store<u64>(at, boundExit);
  const boundEnter = A.bindDescriptor(enter, mgr, type);
  if (boundEnter == NULL) return false;
  const r = A.call0(boundEnter);
  if (r == NULL) return false;
  store<u64>(at + 8, r);
  return true;
}
