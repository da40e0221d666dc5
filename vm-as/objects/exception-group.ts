// BaseExceptionGroup and ExceptionGroup (PEP 654), as far as raising and catching them goes:
// construction with CPython's checks (a BaseExceptionGroup of Exceptions only is an
// ExceptionGroup), str(), .message, .exceptions and derive(). ExceptionGroup derives from both
// BaseExceptionGroup and Exception, so `except Exception` catches it.
//
// The exceptions tuple is kept in the exception's main-value field (EXC_VALUE); the message is
// args[0] (both are what the constructor was given).

import { Value, NULL, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, KIND_STR, KIND_LIST, KIND_TUPLE, KIND_DICT } from '../object';
import { setSlot, SLOT_NEW, SLOT_STR, TYPE_BASES, TYPE_MRO, TYPE_NAME, isSubtype } from '../types';
import * as E from './exception';
import { newExceptionWithArgs, EXC_ARGS, EXC_VALUE } from './exception';
import { tupleFromArray, tupleGet, tupleLength, tupleItems, tuple2, newTuple, tupleSet } from './tuple';
import { listFromIterable } from './list-type';
import { listItems, listLength } from './list';
import { defineGetSet, defineMethod } from './builtin';
import { checkOneArg } from './args';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { raiseJs, raiseStr } from '../errors';
import { pushTempRoot, popTempRoots } from '../gc';
import { N_getitem } from '../names';
import * as A from '../abstract';

function raiseGiven(nargs: i32): Value {
  const sb = newBuilder();
  appendJs(sb, 'BaseExceptionGroup.__new__() takes exactly 2 arguments (');
  appendI64(sb, nargs);
  appendJs(sb, ' given)');
  return raiseStr(E.TypeError, finishBuilder(sb));
}

/** The items of a sequence (anything with __getitem__ but a dict), as a tuple; 0 with an error. */
function sequenceTuple(v: Value): usize {
  if (isPtr(v)) {
    const kind = kindOfPtr(ptrOf(v));
    if (kind == KIND_TUPLE) return ptrOf(v);
    if (kind == KIND_LIST) return tupleFromArray(listItems(ptrOf(v)), listLength(ptrOf(v)));
    if (kind != KIND_DICT && A.lookupInMro(A.typeOf(v), N_getitem) != NULL) {
      const l = listFromIterable(v);
      return l == 0 ? 0 : tupleFromArray(listItems(l), listLength(l));
    }
  }
  raiseJs(E.TypeError, 'second argument (exceptions) must be a sequence');
  return 0;
}

/** The class the group gets: its own, or ExceptionGroup for a BaseExceptionGroup of Exceptions; 0 with an error. */
function groupClass(type: usize, excs: usize): usize {
  const n = tupleLength(excs);
  let nestsBase = false;
  for (let i = 0; i < n; i++) {
    const item = tupleGet(excs, i);
    if (!A.isInstance(item, E.BaseException)) {
      const sb = newBuilder();
      appendJs(sb, 'Item ');
      appendI64(sb, i);
      appendJs(sb, ' of second argument (exceptions) is not an exception');
      raiseStr(E.ValueError, finishBuilder(sb));
      return 0;
    }
    if (!A.isInstance(item, E.Exception)) nestsBase = true;
  }
  if (type == E.BaseExceptionGroup) return nestsBase ? type : E.ExceptionGroup;
  if (nestsBase && isSubtype(type, E.Exception)) {
    const sb = newBuilder();
    if (type == E.ExceptionGroup) {
      appendJs(sb, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else {
      appendJs(sb, "Cannot nest BaseExceptions in '");
      appendStr(sb, <usize>load<u32>(type + TYPE_NAME));
      appendJs(sb, "'");
    }
    raiseStr(E.TypeError, finishBuilder(sb));
    return 0;
  }
  return type;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions). */
function groupNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 2) return raiseGiven(nargs);
  const message = load<u64>(args);
  if (!isPtr(message) || kindOfPtr(ptrOf(message)) != KIND_STR) {
    const sb = newBuilder();
    appendJs(sb, 'BaseExceptionGroup.__new__() argument 1 must be str, not ');
    appendStr(sb, A.typeNameOf(message));
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  const excs = sequenceTuple(load<u64>(args, 8));
  if (excs == 0) return NULL;
  if (tupleLength(excs) == 0) return raiseJs(E.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  pushTempRoot(ptrValue(excs));
  const cls = groupClass(ptrOf(type), excs);
  let result: Value = NULL;
  if (cls != 0) {
    const e = newExceptionWithArgs(cls, tupleFromArray(args, 2));
    store<u64>(e + EXC_VALUE, ptrValue(excs));
    result = ptrValue(e);
  }
  popTempRoots(1);
  return result;
}

function groupExceptions(v: Value): usize {
  return ptrOf(load<u64>(ptrOf(v) + EXC_VALUE));
}

function getMessage(v: Value): Value {
  return tupleGet(ptrOf(load<u64>(ptrOf(v) + EXC_ARGS)), 0);
}

function getExceptions(v: Value): Value {
  return load<u64>(ptrOf(v) + EXC_VALUE);
}

/** "message (N sub-exceptions)" */
function groupStr(v: Value): Value {
  const n = tupleLength(groupExceptions(v));
  const sb = newBuilder();
  appendStr(sb, ptrOf(getMessage(v)));
  appendJs(sb, ' (');
  appendI64(sb, n);
  appendJs(sb, n == 1 ? ' sub-exception)' : ' sub-exceptions)');
  return ptrValue(finishBuilder(sb));
}

/** derive(excs): a group of the same message (a plain BaseExceptionGroup, as CPython's). */
function groupDerive(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('derive', nargs, kwnames)) return NULL;
  const pair = newTuple(2);
  tupleSet(pair, 0, getMessage(self));
  tupleSet(pair, 1, load<u64>(args));
  pushTempRoot(ptrValue(pair));
  const r = groupNew(ptrValue(E.BaseExceptionGroup), tupleItems(pair), 2, NULL);
  popTempRoots(1);
  return r;
}

/** After the exception types exist: the slots and attributes, and ExceptionGroup's second base. */
export function setupExceptionGroups(): void {
  setSlot(E.BaseExceptionGroup, SLOT_NEW, changetype<usize>(groupNew));
  setSlot(E.BaseExceptionGroup, SLOT_STR, changetype<usize>(groupStr));
  setSlot(E.ExceptionGroup, SLOT_NEW, changetype<usize>(groupNew));
  setSlot(E.ExceptionGroup, SLOT_STR, changetype<usize>(groupStr));
  defineGetSet(E.BaseExceptionGroup, 'message', getMessage, null);
  defineGetSet(E.BaseExceptionGroup, 'exceptions', getExceptions, null);
  defineMethod(E.BaseExceptionGroup, 'derive', groupDerive);
  const eg = E.ExceptionGroup;
  store<u32>(eg + TYPE_BASES, <u32>tuple2(ptrValue(E.BaseExceptionGroup), ptrValue(E.Exception)));
  const mro = newTuple(5);
  tupleSet(mro, 0, ptrValue(eg));
  tupleSet(mro, 1, ptrValue(E.BaseExceptionGroup));
  tupleSet(mro, 2, ptrValue(E.Exception));
  tupleSet(mro, 3, ptrValue(E.BaseException));
  tupleSet(mro, 4, tupleGet(<usize>load<u32>(E.BaseException + TYPE_MRO), 1));
  store<u32>(eg + TYPE_MRO, <u32>mro);
}
