// Async generators (PEP 525): `async def` with `yield`. The generator's frame runs like any
// other; what it yields with `yield` is wrapped (INTRINSIC_ASYNC_GEN_WRAP) so that the
// awaitables driving it — __anext__()/asend() and athrow()/aclose() — can tell a yield (which
// ends the awaitable: StopIteration(value)) from an `await` inside passing a value through to
// the event loop. Also sys.set_asyncgen_hooks/get_asyncgen_hooks, and the builtins anext() and
// aiter() with anext_awaitable (anext with a default).
//
// The awaitables are KIND_RECORD objects (every field a Value):
//   async_generator_asend:  +8 generator, +16 value to send first (NULL: None), +24 state
//   async_generator_athrow: +8 generator, +16 throw()'s arguments (a tuple; NULL for aclose()), +24 state
//   async_generator_wrapped_value: +8 the yielded value
//   anext_awaitable:        +8 the awaitable __anext__() returned, +16 the default

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, smallInt, intOf, boolValue } from '../value';
import { alloc } from '../heap';
import { KIND_RECORD, KIND_GENERATOR, KIND_TUPLE, kindOfPtr, typeOfPtr } from '../object';
import { GEN_FLAVOR, GEN_ASYNC, GEN_FINISHED, GEN_FINALIZER, GENFLAG_HOOKS_INITED, GENFLAG_CLOSED,
  GENFLAG_RUNNING_ASYNC, asyncGeneratorType, genState, hasGenFlag, setGenFlag } from './generator';
import { genSend, genThrow, newStopIteration, checkThrowArgs, generatorIterSlot } from './generator-type';
import { raiseJs, raiseStr, raiseValue, raiseEmpty, errOccurred, excMatches, clearExc } from '../errors';
import * as E from './exception';
import { newTuple, tupleGet, tupleSet, tupleLength, tupleItems, tupleFromArray, tupleType } from './tuple';
import { setSlot, getSlot, SLOT_ITER, SLOT_NEXT, SLOT_REPR, SLOT_CALL } from '../types';
import { defineMethod, defineGetSet, defineFunction } from './builtin';
import { newBuiltinType } from '../typesetup';
import { addPermanentRoot } from '../gc';
import { checkOneArg, checkNoArgs, checkArgCount, checkNoKwargs, strIsJs } from './args';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { getAwaitableIter } from './await';
import { N_anext, N_aiter, N_await, N_send, N_throw, N_close } from '../names';
import * as A from '../abstract';

const AWAITABLE_INIT: i64 = 0;
const AWAITABLE_ITER: i64 = 1;
const AWAITABLE_CLOSED: i64 = 2;

const AW_GEN: usize = 8;
const AW_ARG: usize = 16;
const AW_STATE: usize = 24;
const AW_SIZE: usize = 32;

export let asendType: usize = 0;
export let athrowType: usize = 0;
let wrappedValueType: usize = 0;
let anextAwaitableType: usize = 0;
let hooksType: usize = 0;

/** The hooks (a permanent KIND_RECORD): +8 firstiter, +16 finalizer, each None when unset. */
let hooks: usize = 0;
const HOOK_FIRSTITER: usize = 8;
const HOOK_FINALIZER: usize = 16;

// ---- wrapped values ----

/** INTRINSIC_ASYNC_GEN_WRAP: marks a value an async generator yields. */
export function wrapAsyncGenValue(v: Value): Value {
  const w = alloc(16, wrappedValueType, KIND_RECORD);
  store<u64>(w + 8, v);
  return ptrValue(w);
}

function isWrapped(v: Value): bool {
  return isPtr(v) && typeOfPtr(ptrOf(v)) == wrappedValueType;
}

/**
 * CPython's async_gen_unwrap_value: what a resumption of g means for the awaitable driving it.
 * A wrapped value (a `yield`) ends the awaitable with StopIteration(value); anything else
 * passes through to the event loop; an exception (StopAsyncIteration when g returned) ends it.
 */
function unwrap(g: usize, r: Value): Value {
  if (r == NULL) {
    if (!errOccurred()) raiseEmpty(E.StopAsyncIteration);
    if (excMatches(E.StopAsyncIteration) || excMatches(E.GeneratorExit)) setGenFlag(g, GENFLAG_CLOSED, true);
    setGenFlag(g, GENFLAG_RUNNING_ASYNC, false);
    return NULL;
  }
  if (isWrapped(r)) {
    raiseValue(newStopIteration(load<u64>(ptrOf(r) + 8)));
    setGenFlag(g, GENFLAG_RUNNING_ASYNC, false);
    return NULL;
  }
  return r;
}

// ---- hooks ----

/** On g's first use: captures the finalizer hook and calls firstiter(g). False when that raised. */
function initHooks(g: usize): bool {
  if (hasGenFlag(g, GENFLAG_HOOKS_INITED)) return true;
  setGenFlag(g, GENFLAG_HOOKS_INITED, true);
  const finalizer = load<u64>(hooks + HOOK_FINALIZER);
  if (finalizer != NONE) store<u64>(g + GEN_FINALIZER, finalizer);
  const firstiter = load<u64>(hooks + HOOK_FIRSTITER);
  return firstiter == NONE || A.call1(firstiter, ptrValue(g)) != NULL;
}

/** sys.set_asyncgen_hooks(firstiter=…, finalizer=…): a hook left out stays as it is; None removes it. */
export function sysSetAsyncgenHooks(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const given = memory.data(16);
  if (!parseHookArgs(args, nargs, kwnames, given)) return NULL;
  const firstiter = load<u64>(given);
  const finalizer = load<u64>(given, 8);
  // CPython checks and sets the finalizer first.
  if (!checkHook(finalizer, 'callable finalizer expected, got ')) return NULL;
  if (finalizer != NULL) store<u64>(hooks + HOOK_FINALIZER, finalizer);
  if (!checkHook(firstiter, 'callable firstiter expected, got ')) return NULL;
  if (firstiter != NULL) store<u64>(hooks + HOOK_FIRSTITER, firstiter);
  return NONE;
}

/** set_asyncgen_hooks's (firstiter, finalizer), positional or by keyword, with PyArg_ParseTupleAndKeywords' messages. */
function parseHookArgs(args: usize, nargs: i32, kwnames: Value, out: usize): bool {
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  if (nargs + nkw > 2) {
    const sb = newBuilder();
    appendJs(sb, 'function takes at most 2 arguments (');
    appendI64(sb, nargs + nkw);
    appendJs(sb, ' given)');
    raiseStr(E.TypeError, finishBuilder(sb));
    return false;
  }
  store<u64>(out, nargs > 0 ? load<u64>(args) : NULL);
  store<u64>(out, nargs > 1 ? load<u64>(args, 8) : NULL, 8);
  for (let k = 0; k < nkw; k++) {
    const name = ptrOf(tupleGet(ptrOf(kwnames), k));
    const i = strIsJs(name, 'firstiter') ? 0 : strIsJs(name, 'finalizer') ? 1 : -1;
    if (i < 0 || i < nargs) {
      const sb = newBuilder();
      if (i < 0) {
        appendJs(sb, "'");
        appendStr(sb, name);
        appendJs(sb, "' is an invalid keyword argument for this function");
      } else {
        appendJs(sb, "argument for function given by name ('");
        appendStr(sb, name);
        appendJs(sb, "') and position (");
        appendI64(sb, i + 1);
        appendJs(sb, ')');
      }
      raiseStr(E.TypeError, finishBuilder(sb));
      return false;
    }
    store<u64>(out + (<usize>i << 3), load<u64>(args + (<usize>(nargs + k) << 3)));
  }
  return true;
}

function checkHook(v: Value, message: string): bool {
  if (v == NULL || v == NONE || getSlot(A.typeOf(v), SLOT_CALL) != 0) return true;
  const sb = newBuilder();
  appendJs(sb, message);
  appendStr(sb, A.typeNameOf(v));
  raiseStr(E.TypeError, finishBuilder(sb));
  return false;
}

/** sys.get_asyncgen_hooks(): asyncgen_hooks(firstiter=…, finalizer=…), a tuple. */
export function sysGetAsyncgenHooks(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('get_asyncgen_hooks', nargs, kwnames)) return NULL;
  const t = newTuple(2);
  tupleSet(t, 0, load<u64>(hooks + HOOK_FIRSTITER));
  tupleSet(t, 1, load<u64>(hooks + HOOK_FINALIZER));
  store<u32>(t, <u32>hooksType);
  return ptrValue(t);
}

function hooksRepr(v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'asyncgen_hooks(firstiter=');
  for (let i = 0; i < 2; i++) {
    if (i == 1) appendJs(sb, ', finalizer=');
    const r = A.reprOf(tupleGet(ptrOf(v), i));
    if (r == 0) return NULL;
    appendStr(sb, r);
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

function hooksFirstiter(v: Value): Value {
  return tupleGet(ptrOf(v), 0);
}

function hooksFinalizer(v: Value): Value {
  return tupleGet(ptrOf(v), 1);
}

// ---- the async generator's methods ----

function newAwaitable(type: usize, g: Value, arg: Value): Value {
  const a = alloc(AW_SIZE, type, KIND_RECORD);
  store<u64>(a + AW_GEN, g);
  store<u64>(a + AW_ARG, arg);
  store<u64>(a + AW_STATE, smallInt(AWAITABLE_INIT));
  return ptrValue(a);
}

/** agen.__anext__() and GET_ANEXT on an async generator: an asend awaitable sending None. */
export function asyncGenAnext(agen: Value): Value {
  if (!initHooks(ptrOf(agen))) return NULL;
  return newAwaitable(asendType, agen, NULL);
}

function agenAnext(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__anext__', nargs, kwnames, 'async_generator')) return NULL;
  return asyncGenAnext(self);
}

function agenAiter(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__aiter__', nargs, kwnames, 'async_generator')) return NULL;
  return self;
}

function agenAsend(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('asend', nargs, kwnames, 'async_generator')) return NULL;
  if (!initHooks(ptrOf(self))) return NULL;
  return newAwaitable(asendType, self, load<u64>(args));
}

function agenAthrow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('athrow', kwnames, 'async_generator')) return NULL;
  if (!initHooks(ptrOf(self))) return NULL;
  return newAwaitable(athrowType, self, ptrValue(tupleFromArray(args, nargs)));
}

function agenAclose(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('aclose', nargs, kwnames, 'async_generator')) return NULL;
  if (!initHooks(ptrOf(self))) return NULL;
  return newAwaitable(athrowType, self, NULL);
}

/** ag_running: an awaitable is driving it (even while it awaits something). */
function agenRunning(v: Value): Value {
  return boolValue(hasGenFlag(ptrOf(v), GENFLAG_RUNNING_ASYNC));
}

// ---- async_generator_asend ----

function awaitableGen(a: Value): usize {
  return ptrOf(load<u64>(ptrOf(a) + AW_GEN));
}

function awaitableState(a: Value): i64 {
  return intOf(load<u64>(ptrOf(a) + AW_STATE));
}

function setAwaitableState(a: Value, state: i64): void {
  store<u64>(ptrOf(a) + AW_STATE, smallInt(state));
}

function raiseAsendReused(): Value {
  return raiseJs(E.RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
}

/** asend.send(arg); arg NULL for __next__. */
function asendSend(a: Value, arg: Value): Value {
  const state = awaitableState(a);
  if (state == AWAITABLE_CLOSED) return raiseAsendReused();
  const g = awaitableGen(a);
  if (state == AWAITABLE_INIT) {
    if (hasGenFlag(g, GENFLAG_RUNNING_ASYNC)) return raiseJs(E.RuntimeError, 'anext(): asynchronous generator is already running');
    if (arg == NULL || arg == NONE) arg = load<u64>(ptrOf(a) + AW_ARG);
    setAwaitableState(a, AWAITABLE_ITER);
  }
  setGenFlag(g, GENFLAG_RUNNING_ASYNC, true);
  const r = unwrap(g, genSend(g, arg == NULL ? NONE : arg, false, false));
  if (r == NULL) setAwaitableState(a, AWAITABLE_CLOSED);
  return r;
}

function asendNextSlot(v: Value): Value {
  return asendSend(v, NULL);
}

function asendSendMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('send', nargs, kwnames, 'async_generator_asend')) return NULL;
  return asendSend(self, load<u64>(args));
}

function asendThrow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkThrowArgs(nargs, kwnames, 'async_generator_asend')) return NULL;
  if (awaitableState(self) == AWAITABLE_CLOSED) return raiseAsendReused();
  const g = awaitableGen(self);
  const r = unwrap(g, genThrow(g, true, args, nargs));
  if (r == NULL) setAwaitableState(self, AWAITABLE_CLOSED);
  return r;
}

function awaitableClose(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('close', nargs, kwnames)) return NULL;
  setAwaitableState(self, AWAITABLE_CLOSED);
  return NONE;
}

function selfMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__await__', nargs, kwnames)) return NULL;
  return self;
}

// ---- async_generator_athrow (athrow() and aclose()) ----

function raiseAthrowReused(): Value {
  return raiseJs(E.RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
}

function isAclose(a: Value): bool {
  return load<u64>(ptrOf(a) + AW_ARG) == NULL;
}

/** athrow.send(arg); arg NONE for __next__. */
function athrowSend(a: Value, arg: Value): Value {
  const state = awaitableState(a);
  if (state == AWAITABLE_CLOSED) return raiseAthrowReused();
  const g = awaitableGen(a);
  if (genState(g) == GEN_FINISHED) {
    setAwaitableState(a, AWAITABLE_CLOSED);
    return raiseEmpty(E.StopIteration);
  }
  if (state == AWAITABLE_INIT) return athrowStart(a, g, arg);
  const r = genSend(g, arg, false, false);
  if (!isAclose(a)) return unwrap(g, r);
  if (r == NULL) return athrowFailed(a, g);
  if (isWrapped(r)) return athrowYieldedOnClose(a, g);
  return r;
}

/** The first send: throws the exception (GeneratorExit for aclose()) into the generator. */
function athrowStart(a: Value, g: usize, arg: Value): Value {
  if (hasGenFlag(g, GENFLAG_RUNNING_ASYNC)) {
    setAwaitableState(a, AWAITABLE_CLOSED);
    return raiseJs(E.RuntimeError, isAclose(a) ? 'aclose(): asynchronous generator is already running' :
      'athrow(): asynchronous generator is already running');
  }
  if (hasGenFlag(g, GENFLAG_CLOSED)) {
    setAwaitableState(a, AWAITABLE_CLOSED);
    return raiseEmpty(E.StopAsyncIteration);
  }
  if (arg != NONE) return raiseJs(E.RuntimeError, "can't send non-None value to a just-started coroutine");
  setAwaitableState(a, AWAITABLE_ITER);
  setGenFlag(g, GENFLAG_RUNNING_ASYNC, true);
  let r: Value;
  if (isAclose(a)) {
    setGenFlag(g, GENFLAG_CLOSED, true);
    const exitArgs = memory.data(8);
    store<u64>(exitArgs, ptrValue(E.GeneratorExit));
    r = genThrow(g, false, exitArgs, 1);
    if (r != NULL && isWrapped(r)) return athrowYieldedOnClose(a, g);
  } else {
    const t = ptrOf(load<u64>(ptrOf(a) + AW_ARG));
    if (!checkArgCount('athrow', tupleLength(t), 1, 3)) return NULL;
    r = unwrap(g, genThrow(g, false, tupleItems(t), tupleLength(t)));
  }
  if (r == NULL) return athrowFailed(a, g);
  return r;
}

/** aclose() whose generator yielded instead of finishing. */
function athrowYieldedOnClose(a: Value, g: usize): Value {
  setGenFlag(g, GENFLAG_RUNNING_ASYNC, false);
  setAwaitableState(a, AWAITABLE_CLOSED);
  return raiseJs(E.RuntimeError, 'async generator ignored GeneratorExit');
}

/** The generator raised: aclose() ends quietly (StopIteration) when that was its ending. */
function athrowFailed(a: Value, g: usize): Value {
  setGenFlag(g, GENFLAG_RUNNING_ASYNC, false);
  setAwaitableState(a, AWAITABLE_CLOSED);
  if (isAclose(a) && (excMatches(E.StopAsyncIteration) || excMatches(E.GeneratorExit))) {
    clearExc();
    raiseEmpty(E.StopIteration);
  }
  return NULL;
}

function athrowNextSlot(v: Value): Value {
  return athrowSend(v, NONE);
}

function athrowSendMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('send', nargs, kwnames, 'async_generator_athrow')) return NULL;
  return athrowSend(self, load<u64>(args));
}

function athrowThrow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkThrowArgs(nargs, kwnames, 'async_generator_athrow')) return NULL;
  if (awaitableState(self) == AWAITABLE_CLOSED) return raiseAthrowReused();
  const g = awaitableGen(self);
  const r = genThrow(g, true, args, nargs);
  if (!isAclose(self)) return unwrap(g, r);
  if (r != NULL && isWrapped(r)) return athrowYieldedOnClose(self, g);
  if (r == NULL && (excMatches(E.StopAsyncIteration) || excMatches(E.GeneratorExit))) {
    clearExc();
    raiseEmpty(E.StopIteration);
  }
  return r;
}

// ---- anext() and aiter() ----

/** anext(aiterator[, default]) */
function builtinAnext(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('anext', kwnames) || !checkArgCount('anext', nargs, 1, 2)) return NULL;
  const aiter = load<u64>(args);
  const awaitable = callSpecial(aiter, N_anext, "' object is not an async iterator");
  if (awaitable == NULL || nargs == 1) return awaitable;
  const a = alloc(24, anextAwaitableType, KIND_RECORD);
  store<u64>(a + 8, awaitable);
  store<u64>(a + 16, load<u64>(args, 8));
  return ptrValue(a);
}

/** obj.name() for a special method looked up on the type; TypeError "'T'" + missing when absent. */
function callSpecial(obj: Value, name: usize, missing: string): Value {
  if (isPtr(obj) && kindOfPtr(ptrOf(obj)) == KIND_GENERATOR && load<u32>(ptrOf(obj) + GEN_FLAVOR) == GEN_ASYNC) {
    if (name == N_anext) return asyncGenAnext(obj);
    if (name == N_aiter) return obj;
  }
  const method = A.lookupInMro(A.typeOf(obj), name);
  if (method == NULL) {
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, A.typeNameOf(obj));
    appendJs(sb, missing);
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  const bound = A.bindDescriptor(method, obj, A.typeOf(obj));
  return bound == NULL ? NULL : A.call0(bound);
}

/** aiter(async_iterable) */
function builtinAiter(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('aiter', kwnames) || !checkArgCount('aiter', nargs, 1, 1)) return NULL;
  const it = callSpecial(load<u64>(args), N_aiter, "' object is not an async iterable");
  if (it == NULL) return NULL;
  if (A.lookupInMro(A.typeOf(it), N_anext) == NULL) {
    const sb = newBuilder();
    appendJs(sb, "aiter() returned not an async iterator of type '");
    appendStr(sb, A.typeNameOf(it));
    appendJs(sb, "'");
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  return it;
}

/** The iterator behind an anext_awaitable: its awaitable's __await__() (CPython's anextawaitable_getiter). */
function anextIter(a: Value): Value {
  let it = getAwaitableIter(load<u64>(ptrOf(a) + 8), 0);
  if (it == NULL || getSlot(A.typeOf(it), SLOT_NEXT) != 0) return it;
  // A coroutine: iterate its __await__() wrapper.
  const method = A.lookupInMro(A.typeOf(it), N_await);
  it = A.call0(A.bindDescriptor(method, it, A.typeOf(it)));
  if (it != NULL && getSlot(A.typeOf(it), SLOT_NEXT) == 0) return raiseJs(E.TypeError, '__await__ returned a non-iterable');
  return it;
}

/** StopAsyncIteration from the awaitable becomes StopIteration(default): the awaitable's result. */
function anextResult(a: Value, r: Value): Value {
  if (r == NULL && excMatches(E.StopAsyncIteration)) {
    clearExc();
    raiseValue(newStopIteration(load<u64>(ptrOf(a) + 16)));
  }
  return r;
}

function anextNextSlot(v: Value): Value {
  const it = anextIter(v);
  if (it == NULL) return NULL;
  return anextResult(v, A.iterNextRaw(it));
}

/** send/throw/close: the same method of the iterator behind it. */
function anextProxy(self: Value, name: usize, args: usize, nargs: i32): Value {
  const it = anextIter(self);
  if (it == NULL) return NULL;
  const method = A.getAttr(it, name);
  if (method == NULL) return NULL;
  return anextResult(self, A.callValue(method, args, nargs, NULL));
}

function anextSend(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('send', nargs, kwnames, 'anext_awaitable')) return NULL;
  return anextProxy(self, N_send, args, nargs);
}

function anextThrow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkThrowArgs(nargs, kwnames, 'anext_awaitable')) return NULL;
  return anextProxy(self, N_throw, args, nargs);
}

function anextClose(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('close', nargs, kwnames, 'anext_awaitable')) return NULL;
  return anextProxy(self, N_close, args, 0);
}

// ---- setup ----

function awaitableType(name: string): usize {
  const t = newBuiltinType(name, 0, KIND_RECORD, 0);
  addPermanentRoot(ptrValue(t));
  setSlot(t, SLOT_ITER, changetype<usize>(generatorIterSlot));
  defineMethod(t, '__await__', selfMethod);
  defineMethod(t, 'close', awaitableClose);
  return t;
}

export function setupAsyncGeneratorTypes(): void {
  hooks = alloc(24, 0, KIND_RECORD);
  store<u64>(hooks + HOOK_FIRSTITER, NONE);
  store<u64>(hooks + HOOK_FINALIZER, NONE);
  addPermanentRoot(ptrValue(hooks));

  const t = asyncGeneratorType;
  defineMethod(t, '__anext__', agenAnext);
  defineMethod(t, '__aiter__', agenAiter);
  defineMethod(t, 'asend', agenAsend);
  defineMethod(t, 'athrow', agenAthrow);
  defineMethod(t, 'aclose', agenAclose);
  defineGetSet(t, 'ag_running', agenRunning, null);

  asendType = awaitableType('async_generator_asend');
  setSlot(asendType, SLOT_NEXT, changetype<usize>(asendNextSlot));
  defineMethod(asendType, 'send', asendSendMethod);
  defineMethod(asendType, 'throw', asendThrow);
  athrowType = awaitableType('async_generator_athrow');
  setSlot(athrowType, SLOT_NEXT, changetype<usize>(athrowNextSlot));
  defineMethod(athrowType, 'send', athrowSendMethod);
  defineMethod(athrowType, 'throw', athrowThrow);

  anextAwaitableType = newBuiltinType('anext_awaitable', 0, KIND_RECORD, 0);
  addPermanentRoot(ptrValue(anextAwaitableType));
  setSlot(anextAwaitableType, SLOT_ITER, changetype<usize>(generatorIterSlot));
  setSlot(anextAwaitableType, SLOT_NEXT, changetype<usize>(anextNextSlot));
  defineMethod(anextAwaitableType, '__await__', selfMethod);
  defineMethod(anextAwaitableType, 'send', anextSend);
  defineMethod(anextAwaitableType, 'throw', anextThrow);
  defineMethod(anextAwaitableType, 'close', anextClose);

  wrappedValueType = newBuiltinType('async_generator_wrapped_value', 0, KIND_RECORD, 0);
  addPermanentRoot(ptrValue(wrappedValueType));

  hooksType = newBuiltinType('asyncgen_hooks', tupleType, KIND_TUPLE, 0);
  addPermanentRoot(ptrValue(hooksType));
  setSlot(hooksType, SLOT_REPR, changetype<usize>(hooksRepr));
  defineGetSet(hooksType, 'firstiter', hooksFirstiter, null);
  defineGetSet(hooksType, 'finalizer', hooksFinalizer, null);
}

/** Adds anext() and aiter() to the builtins namespace. */
export function defineAsyncBuiltins(builtins: usize, moduleName: usize): void {
  defineFunction(builtins, moduleName, 'anext', builtinAnext);
  defineFunction(builtins, moduleName, 'aiter', builtinAiter);
}
