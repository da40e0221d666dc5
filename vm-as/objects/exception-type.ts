// BaseException's slots and attributes: construction from args, str() and repr(), and the
// attributes tracebacks and chaining use (__traceback__, __context__, __cause__ …).

import { Value, NULL, NONE, TRUE, FALSE, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, KIND_EXCEPTION, KIND_TUPLE, KIND_TRACEBACK } from '../object';
import { setSlot, SLOT_NEW, SLOT_INIT, SLOT_REPR, SLOT_STR, TYPE_DICT_OFFSET, TYPE_BASICSIZE } from '../types';
import { newExceptionWithArgs, EXC_ARGS, EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE, EXC_FLAGS,
  EXC_SUPPRESS_CONTEXT, EXC_VALUE, EXC_DICT, EXCEPTION_SIZE, BaseException, KeyError, StopIteration, SystemExit } from './exception';
import { tupleFromArray, tupleLength, tupleGet, emptyTuple } from './tuple';
import * as A from '../abstract';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from './strbuilder';
import { defineGetSet, defineMethod } from './builtin';
import { checkOneArg } from './args';
import { raiseJs, raiseStr } from '../errors';
import { TypeError } from './exception';
import { N_empty } from '../names';

function argsOf(e: usize): usize {
  return ptrOf(load<u64>(e + EXC_ARGS));
}

/** BaseException.__new__: the instance with args = the positional arguments. */
function exceptionNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const e = newExceptionWithArgs(ptrOf(type), nargs == 0 ? emptyTuple : tupleFromArray(args, nargs));
  setMainValue(e, args, nargs);
  return ptrValue(e);
}

/** StopIteration.value and SystemExit.code: the first argument (None without one). */
function setMainValue(e: usize, args: usize, nargs: i32): void {
  const type = load<u32>(e);
  if (A.isInstance(ptrValue(e), StopIteration)) {
    store<u64>(e + EXC_VALUE, nargs > 0 ? load<u64>(args) : NONE);
  } else if (A.isInstance(ptrValue(e), SystemExit)) {
    store<u64>(e + EXC_VALUE, nargs == 0 ? NONE : nargs == 1 ? load<u64>(args) : ptrValue(tupleFromArray(args, nargs)));
  }
  if (type == 0) store<u64>(e + EXC_VALUE, NONE);
}

/** BaseException.__init__: args replaced by the arguments (keywords are not accepted). */
function exceptionInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (kwnames != NULL && tupleLength(ptrOf(kwnames)) > 0) {
    const sb = newBuilder();
    appendStr(sb, A.typeNameOf(self));
    appendJs(sb, '() takes no keyword arguments');
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  const e = ptrOf(self);
  store<u64>(e + EXC_ARGS, ptrValue(nargs == 0 ? emptyTuple : tupleFromArray(args, nargs)));
  setMainValue(e, args, nargs);
  return 0;
}

/** str(e): '' with no args, str(arg) with one, str(args) otherwise; KeyError shows repr(key). */
function exceptionStrSlot(v: Value): Value {
  const args = argsOf(ptrOf(v));
  const n = tupleLength(args);
  if (n == 0) return ptrValue(N_empty);
  if (n == 1) {
    const arg = tupleGet(args, 0);
    const s = A.isInstance(v, KeyError) ? A.reprOf(arg) : A.strOf(arg);
    return s == 0 ? NULL : ptrValue(s);
  }
  const s = A.strOf(ptrValue(args));
  return s == 0 ? NULL : ptrValue(s);
}

/** repr(e): Name(args…) */
function exceptionReprSlot(v: Value): Value {
  const args = argsOf(ptrOf(v));
  const sb = newBuilder();
  appendStr(sb, A.typeNameOf(v));
  if (tupleLength(args) == 1) {
    appendCodePoint(sb, 0x28);
    const r = A.reprOf(tupleGet(args, 0));
    if (r == 0) return NULL;
    appendStr(sb, r);
    appendCodePoint(sb, 0x29);
  } else {
    const r = A.reprOf(ptrValue(args));
    if (r == 0) return NULL;
    appendStr(sb, r);
  }
  return ptrValue(finishBuilder(sb));
}

function getArgs(v: Value): Value {
  return load<u64>(ptrOf(v) + EXC_ARGS);
}

function setArgs(v: Value, value: Value): i32 {
  if (value == NULL) {
    raiseJs(TypeError, 'args may not be deleted');
    return -1;
  }
  if (!(isPtr(value) && kindOfPtr(ptrOf(value)) == KIND_TUPLE)) {
    raiseJs(TypeError, 'args must be a tuple');
    return -1;
  }
  store<u64>(ptrOf(v) + EXC_ARGS, value);
  return 0;
}

function getTraceback(v: Value): Value {
  return load<u64>(ptrOf(v) + EXC_TRACEBACK);
}

function setTraceback(v: Value, value: Value): i32 {
  if (value == NULL || (value != NONE && !(isPtr(value) && kindOfPtr(ptrOf(value)) == KIND_TRACEBACK))) {
    raiseJs(TypeError, value == NULL ? '__traceback__ may not be deleted' : '__traceback__ must be a traceback or None');
    return -1;
  }
  store<u64>(ptrOf(v) + EXC_TRACEBACK, value);
  return 0;
}

/** BaseException.with_traceback(tb): sets __traceback__ and returns the exception. */
function withTraceback(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('with_traceback', nargs, kwnames, 'BaseException')) return NULL;
  return setTraceback(self, load<u64>(args)) < 0 ? NULL : self;
}

function getContext(v: Value): Value {
  return load<u64>(ptrOf(v) + EXC_CONTEXT);
}

function setContext(v: Value, value: Value): i32 {
  if (value != NULL && value != NONE && !A.isInstance(value, BaseException)) {
    raiseJs(TypeError, 'exception context must be None or derive from BaseException');
    return -1;
  }
  store<u64>(ptrOf(v) + EXC_CONTEXT, value == NULL ? NONE : value);
  return 0;
}

function getCause(v: Value): Value {
  return load<u64>(ptrOf(v) + EXC_CAUSE);
}

function setCause(v: Value, value: Value): i32 {
  if (value != NULL && value != NONE && !A.isInstance(value, BaseException)) {
    raiseJs(TypeError, 'exception cause must be None or derive from BaseException');
    return -1;
  }
  store<u64>(ptrOf(v) + EXC_CAUSE, value == NULL ? NONE : value);
  store<u32>(ptrOf(v) + EXC_FLAGS, load<u32>(ptrOf(v) + EXC_FLAGS) | EXC_SUPPRESS_CONTEXT);
  return 0;
}

function getSuppressContext(v: Value): Value {
  return (load<u32>(ptrOf(v) + EXC_FLAGS) & EXC_SUPPRESS_CONTEXT) ? TRUE : FALSE;
}

function setSuppressContext(v: Value, value: Value): i32 {
  const t = A.isTrue(value == NULL ? FALSE : value);
  if (t < 0) return -1;
  const flags = load<u32>(ptrOf(v) + EXC_FLAGS);
  store<u32>(ptrOf(v) + EXC_FLAGS, t ? flags | EXC_SUPPRESS_CONTEXT : flags & ~EXC_SUPPRESS_CONTEXT);
  return 0;
}

/** StopIteration.value, SystemExit.code. */
function getMainValue(v: Value): Value {
  return load<u64>(ptrOf(v) + EXC_VALUE);
}

function setMainValueAttr(v: Value, value: Value): i32 {
  store<u64>(ptrOf(v) + EXC_VALUE, value == NULL ? NONE : value);
  return 0;
}

/** BaseException's slots: set before its subclasses exist, so they inherit them. */
export function setupBaseExceptionSlots(): void {
  store<u32>(BaseException + TYPE_DICT_OFFSET, <u32>EXC_DICT);
  store<u32>(BaseException + TYPE_BASICSIZE, <u32>EXCEPTION_SIZE);
  setSlot(BaseException, SLOT_NEW, changetype<usize>(exceptionNewSlot));
  setSlot(BaseException, SLOT_INIT, changetype<usize>(exceptionInitSlot));
  setSlot(BaseException, SLOT_STR, changetype<usize>(exceptionStrSlot));
  setSlot(BaseException, SLOT_REPR, changetype<usize>(exceptionReprSlot));
}

/** The attributes of exceptions: after every exception type exists. */
export function defineExceptionAttributes(): void {
  defineGetSet(BaseException, 'args', getArgs, setArgs);
  defineGetSet(BaseException, '__traceback__', getTraceback, setTraceback);
  defineMethod(BaseException, 'with_traceback', withTraceback);
  defineGetSet(BaseException, '__context__', getContext, setContext);
  defineGetSet(BaseException, '__cause__', getCause, setCause);
  defineGetSet(BaseException, '__suppress_context__', getSuppressContext, setSuppressContext);
  defineGetSet(StopIteration, 'value', getMainValue, setMainValueAttr);
  defineGetSet(SystemExit, 'code', getMainValue, setMainValueAttr);
}

export { KIND_EXCEPTION };
