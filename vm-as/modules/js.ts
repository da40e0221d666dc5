// The _js module: Python's side of JS interop (lib/wasmpy/ffi.py builds JsProxy, JsException,
// to_js and to_py on it). One function, op(), performs an operation (JS_OP_*, host/protocol.ts)
// on a JS value through the host; the values cross as vm-as/js-values.ts encodes them.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, isSmallInt, intOf, smallInt } from '../value';
import { raiseJs, raiseValue } from '../errors';
import { TypeError, RuntimeError, AttributeError } from '../objects/exception';
import { KIND_TYPE, kindOfPtr } from '../object';
import { TPFLAG_BASETYPE, isSubtype } from '../types';
import { newNativeModule, addFunction, addValue, addType, newRecordType, keepModule, arg } from './support';
import { hostJsOp } from '../host';
import { takeAnswer, answerStr } from '../hostdata';
import { encodeValue, resetEncoding, encodedValues, encodedLength, decodeValue, jsRefOf, jsRefType,
  setJsRefType, setJsProxyType } from '../js-values';
import { addPermanentRoot } from '../gc';
import * as A from '../abstract';
import * as P from '../generated/host-protocol';

/** lib/wasmpy/ffi.py's JsException, raised for a JS error (TypeError until it registers). */
let jsExceptionType: usize = 0;

/**
 * op(operation, target, *args): performs a JS_OP_* operation on target (a JsProxy, or an int:
 * a host-event token, or 0 when the operation needs no JS value) and returns its result.
 * A JS error raises JsException(message, name); a missing attribute AttributeError(name).
 */
function op(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs < 2 || kwnames != NULL || !isSmallInt(arg(args, 0))) return raiseJs(TypeError, 'op() takes an operation, a target and arguments');
  const target = arg(args, 1);
  const ref = isSmallInt(target) ? <i32>intOf(target) : jsRefOf(target);
  if (ref < 0) return raiseJs(TypeError, 'op() needs a JS value as its target');
  resetEncoding();
  for (let i = 2; i < nargs; i++) if (!encodeValue(arg(args, i))) return NULL;
  const status = hostJsOp(<i32>intOf(arg(args, 0)), ref, encodedValues(), <i32>encodedLength, nargs - 2);
  takeAnswer();
  if (status == P.JS_STATUS_OK) return decodeValue();
  if (status == P.JS_STATUS_MISSING) return raiseValue(A.call1(ptrValue(AttributeError), ptrValue(answerStr())));
  const name = answerStr();
  const message = answerStr();
  if (jsExceptionType == 0) return raiseJs(RuntimeError, 'a JS error (lib/wasmpy/ffi.py is not loaded)');
  const exc = A.call2(ptrValue(jsExceptionType), ptrValue(message), ptrValue(name));
  return exc == NULL ? NULL : raiseValue(exc);
}

function isClass(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_TYPE;
}

/** set_types(JsProxy, JsException): the JsRef subclass JS objects become, and the exception JS errors raise. */
function setTypes(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 2 || kwnames != NULL || !isClass(arg(args, 0)) || !isClass(arg(args, 1))
      || !isSubtype(ptrOf(arg(args, 0)), jsRefType)) {
    return raiseJs(TypeError, 'set_types() takes a JsRef subclass and an exception class');
  }
  addPermanentRoot(arg(args, 0));
  addPermanentRoot(arg(args, 1));
  setJsProxyType(ptrOf(arg(args, 0)));
  jsExceptionType = ptrOf(arg(args, 1));
  return NONE;
}

/** ref(proxy): the host's reference number of a JS value (to tell them apart in reprs and tests). */
function refOf(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const ref = nargs == 1 && kwnames == NULL ? jsRefOf(arg(args, 0)) : -1;
  return ref < 0 ? raiseJs(TypeError, 'ref() takes a JS value') : smallInt(ref);
}

let made: usize = 0;

export function createJsModule(): usize {
  if (made != 0) return made;
  const m = newNativeModule('_js');
  const t = newRecordType('_js', 'JsRef', 1, TPFLAG_BASETYPE);
  setJsRefType(t);
  addType(m, t);
  addFunction(m, 'op', op);
  addFunction(m, 'set_types', setTypes);
  addFunction(m, 'ref', refOf);
  addValue(m, 'GET', smallInt(P.JS_OP_GET));
  addValue(m, 'SET', smallInt(P.JS_OP_SET));
  addValue(m, 'CALL', smallInt(P.JS_OP_CALL));
  addValue(m, 'NEW', smallInt(P.JS_OP_NEW));
  addValue(m, 'TYPEOF', smallInt(P.JS_OP_TYPEOF));
  addValue(m, 'STRING', smallInt(P.JS_OP_STRING));
  addValue(m, 'ITER', smallInt(P.JS_OP_ITER));
  addValue(m, 'THEN', smallInt(P.JS_OP_THEN));
  addValue(m, 'SETTLED', smallInt(P.JS_OP_SETTLED));
  addValue(m, 'EQUALS', smallInt(P.JS_OP_EQUALS));
  addValue(m, 'KEYS', smallInt(P.JS_OP_KEYS));
  addValue(m, 'ARRAY', smallInt(P.JS_OP_ARRAY));
  addValue(m, 'OBJECT', smallInt(P.JS_OP_OBJECT));
  addValue(m, 'GLOBAL', smallInt(P.JS_OP_GLOBAL));
  addValue(m, 'REGISTERED', smallInt(P.JS_OP_REGISTERED));
  addValue(m, 'RELEASE', smallInt(P.JS_OP_RELEASE));
  addValue(m, 'KIND', smallInt(P.JS_OP_KIND));
  addValue(m, 'SETTLER', smallInt(P.JS_OP_SETTLER));
  addValue(m, 'IDENTITY', smallInt(P.JS_OP_IDENTITY));
  made = keepModule(m);
  return m;
}
