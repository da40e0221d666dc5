// The await protocol (PEP 492): what GET_AWAITABLE, GET_AITER, GET_ANEXT and BEFORE_ASYNC_WITH
// do with native coroutines and with objects defining __await__, __aiter__, __anext__.

import { Value, NULL, isPtr, ptrOf } from '../value';
import { kindOfPtr, KIND_GENERATOR } from '../object';
import * as A from '../abstract';
import { raiseStr } from '../errors';
import { TypeError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { GEN_FLAVOR, GEN_COROUTINE, GEN_FRAME } from './generator';
import { FRAME_CODE } from '../interp/frame';
import { CODE_FLAGS } from './code';
import { CO_ITERABLE_COROUTINE } from '../generated/image-format';
import { getSlot, SLOT_NEXT } from '../types';
import { N_await, N_aiter, N_anext, N_aenter, N_aexit } from '../names';

function isCoroutine(v: Value): bool {
  if (!isPtr(v) || kindOfPtr(ptrOf(v)) != KIND_GENERATOR) return false;
  const g = ptrOf(v);
  if (load<u32>(g + GEN_FLAVOR) == GEN_COROUTINE) return true;
  const code = <usize>load<u32>(g + GEN_FRAME + FRAME_CODE);
  return (load<u32>(code + CODE_FLAGS) & CO_ITERABLE_COROUTINE) != 0;
}

function raiseWithType(before: string, v: Value, after: string): Value {
  const sb = newBuilder();
  appendJs(sb, before);
  appendStr(sb, A.typeNameOf(v));
  appendJs(sb, after);
  return raiseStr(TypeError, finishBuilder(sb));
}

/** The iterator `await v` drives: a coroutine itself, or what v.__await__() returns. */
export function getAwaitableIter(v: Value, where: u32): Value {
  if (isCoroutine(v)) return v;
  const method = A.lookupInMro(A.typeOf(v), N_await);
  if (method == NULL) {
    if (where == 1) return raiseWithType("'async with' received an object from __aenter__ that does not implement __await__: ", v, '');
    if (where == 2) return raiseWithType("'async with' received an object from __aexit__ that does not implement __await__: ", v, '');
    return raiseWithType("object ", v, " can't be used in 'await' expression");
  }
  const bound = A.bindDescriptor(method, v, A.typeOf(v));
  if (bound == NULL) return NULL;
  const it = A.call0(bound);
  if (it == NULL) return NULL;
  if (isCoroutine(it)) return raiseWithType('__await__() returned a coroutine', it, '');
  if (getSlot(A.typeOf(it), SLOT_NEXT) == 0) {
    return raiseWithType('__await__() returned non-iterator of type \'', it, "'");
  }
  return it;
}

export function getAsyncIter(v: Value): Value {
  const method = A.lookupInMro(A.typeOf(v), N_aiter);
  if (method == NULL) return raiseWithType("'async for' requires an object with __aiter__ method, got ", v, '');
  const bound = A.bindDescriptor(method, v, A.typeOf(v));
  if (bound == NULL) return NULL;
  const it = A.call0(bound);
  if (it == NULL) return NULL;
  if (A.lookupInMro(A.typeOf(it), N_anext) == NULL) {
    return raiseWithType("'async for' received an object from __aiter__ that does not implement __anext__: ", it, '');
  }
  return it;
}

export function getAsyncNext(aiter: Value): Value {
  const method = A.lookupInMro(A.typeOf(aiter), N_anext);
  if (method == NULL) return raiseWithType("'async for' requires an iterator with __anext__ method, got ", aiter, '');
  const bound = A.bindDescriptor(method, aiter, A.typeOf(aiter));
  if (bound == NULL) return NULL;
  const awaitable = A.call0(bound);
  if (awaitable == NULL) return NULL;
  const it = getAwaitableIter(awaitable, 0);
  if (it == NULL) {
    return raiseWithType("'async for' received an invalid object from __anext__: ", awaitable, '');
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
