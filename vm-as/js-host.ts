// What JS does with Python values through the host (host/python.ts, host/js-values.ts): read
// one (its record, js-values.ts), set a global of __main__, call one or read its attribute
// with arguments the host wrote into the input buffer. A call runs with slices off, in a nested
// loop; when the program is suspended (at the end of a slice, or waiting for host events) its
// frames stay below the call's, and roots for the collector.

import { Value, NULL, ptrOf, ptrValue } from './value';
import { handleValue, newHandle, releaseHandle } from './handles';
import { fetchExc, excMatches, clearExc } from './errors';
import { AttributeError } from './objects/exception';
import { newTuple, tupleSet, tupleItems } from './objects/tuple';
import { dictSetStr, dictGetStr } from './objects/dict';
import { moduleDict } from './objects/module';
import { modulesDict } from './modules/table';
import { intern, internJs } from './intern';
import { readInput, answerStr } from './hostdata';
import { encodeValue, resetEncoding, decodeValue } from './js-values';
import { describeExceptionValue } from './run';
import { withoutSlices } from './coro-host';
import { currentFrame, setCurrentFrame } from './interp/frame';
import { slicedFrame } from './interp/eval';
import * as A from './abstract';

import { HOST_CALL_OK, HOST_CALL_RAISED, HOST_CALL_MISSING } from './generated/host-protocol';

/** Encodes the value of handle h (js-values.ts); false when it can't (the handle table is full). */
export function encodeHandle(h: i32): bool {
  resetEncoding();
  const ok = encodeValue(handleValue(h));
  if (!ok) fetchExc();
  return ok;
}

/** Sets __main__'s global named by the input's first string to the value after it. */
export function setMainGlobal(length: usize): bool {
  readInput(length);
  const name = intern(answerStr());
  const v = decodeValue();
  const main = dictGetStr(modulesDict, internJs('__main__'));
  if (v == NULL || main == NULL) {
    if (v == NULL) fetchExc();
    return false;
  }
  dictSetStr(moduleDict(ptrOf(main)), name, v);
  return true;
}

let callee: Value = NULL;
let callArgs: usize = 0;
let callArgc: i32 = 0;
let attrName: usize = 0;

function callWithArgs(): Value {
  return A.callValue(callee, tupleItems(callArgs), callArgc, NULL);
}

function getAttribute(): Value {
  return A.getAttr(callee, attrName);
}

/** Runs fn in a nested loop above a suspended program's frames; its result encoded, or the error described. */
function runForHost(fn: () => Value): i32 {
  const outer = currentFrame;
  if (slicedFrame != 0) setCurrentFrame(slicedFrame);
  const r = withoutSlices(fn);
  setCurrentFrame(outer);
  callee = NULL;
  callArgs = 0;
  if (r != NULL) {
    resetEncoding();
    if (encodeValue(r)) return HOST_CALL_OK;
  }
  if (excMatches(AttributeError) && attrName != 0) {
    clearExc();
    return HOST_CALL_MISSING;
  }
  describeExceptionValue(fetchExc());
  return HOST_CALL_RAISED;
}

/**
 * Calls the value of handle fn with the argc values in the input buffer: HOST_CALL_OK (the
 * result encoded) or HOST_CALL_RAISED (the exception described, as run.ts describes one).
 */
export function callHandleWith(fn: i32, length: usize, argc: i32): i32 {
  readInput(length);
  const args = newTuple(argc);
  for (let i = 0; i < argc; i++) {
    const v = decodeValue();
    if (v == NULL) {
      describeExceptionValue(fetchExc());
      return HOST_CALL_RAISED;
    }
    tupleSet(args, i, v);
  }
  callee = handleValue(fn);
  callArgs = args;
  callArgc = argc;
  attrName = 0;
  // The arguments stay alive while the call runs (the collector may run meanwhile).
  const kept = newHandle(ptrValue(args));
  const status = runForHost(callWithArgs);
  releaseHandle(kept);
  return status;
}

/** getattr(value of handle h, the input's string): HOST_CALL_OK, HOST_CALL_MISSING or HOST_CALL_RAISED. */
export function getAttrOfHandle(h: i32, length: usize): i32 {
  readInput(length);
  callee = handleValue(h);
  attrName = intern(answerStr());
  const status = runForHost(getAttribute);
  attrName = 0;
  return status;
}
