// Values crossing between Python and JS (the record format of JS_VALUE_*, host/protocol.ts):
// None, bools, ints, floats, strs and bytes as themselves, JS objects as JsProxy objects holding the
// host's reference, any other Python value as a handle (handles.ts) the host wraps in a proxy.

import { Value, NULL, NONE, TRUE, FALSE, isFloat, floatOf, floatValue, isSmallInt, intOf, smallInt, isPtr, ptrOf, ptrValue } from './value';
import { kindOfPtr, KIND_STR, KIND_BYTES } from './object';
import { newBytes, bytesLength, bytesData } from './objects/bytes';
import { isMarked } from './heap';
import { newRawHolder, replaceRaw } from './raw-buffers';
import { setDeathWatch } from './gc';
import { utf8Length, writeUtf8 } from './objects/str';
import { isFloatObject, floatObjectValue } from './objects/float-type';
import { isIntValue } from './objects/int-type';
import { coroutineType } from './objects/generator';
import { newHandle, handleValue } from './handles';
import { raiseJs } from './errors';
import { MemoryError, RuntimeError } from './objects/exception';
import { answerInt, answerStr, answerF64, answerBytes } from './hostdata';
import { newRecord, field, setField } from './modules/support';
import * as A from './abstract';
import { JS_VALUE_NONE, JS_VALUE_FALSE, JS_VALUE_TRUE, JS_VALUE_INT, JS_VALUE_FLOAT, JS_VALUE_STR,
  JS_VALUE_BIGINT, JS_VALUE_JS, JS_VALUE_PY, JS_VALUE_BYTES, JS_OP_RELEASE } from './generated/host-protocol';
import { hostJsOp } from './host';

// ---- JS references ----

/** _js.JsRef, whose instances hold a host reference (field 0, an int). */
export let jsRefType: usize = 0;
/** The subclass decoded JS objects become (lib/wasmpy/ffi.py's JsProxy; JsRef until it registers). */
export let jsProxyType: usize = 0;

export function setJsRefType(t: usize): void {
  jsRefType = t;
  jsProxyType = t;
  setDeathWatch(releaseDeadProxies);
}

export function setJsProxyType(t: usize): void {
  jsProxyType = t;
}

/** The host reference of a JsRef, or -1 when v is none. */
export function jsRefOf(v: Value): i32 {
  if (!isPtr(v) || jsRefType == 0 || !A.isInstance(v, jsRefType)) return -1;
  return <i32>intOf(field(ptrOf(v), 0));
}

export function newJsProxy(ref: i32): Value {
  const p = newRecord(jsProxyType);
  setField(p, 0, smallInt(ref));
  watchProxy(p);
  return ptrValue(p);
}

// The JsProxy objects alive: addresses in a raw buffer (raw-buffers.ts), which the collector
// does not trace. When one dies, the host forgets its JS value.
let watchHolder: usize = 0;
let watched: usize = 0;
let watchedCount: i32 = 0;
let watchedCapacity: i32 = 0;

function watchProxy(p: usize): void {
  if (watchHolder == 0) watchHolder = newRawHolder();
  if (watchedCount == watchedCapacity) {
    watchedCapacity = max(64, watchedCapacity << 1);
    watched = replaceRaw(watchHolder, watched, <usize>watchedCount << 2, <usize>watchedCapacity << 2);
  }
  store<u32>(watched + 8 + (<usize>watchedCount << 2), <u32>p);
  watchedCount++;
}

/** The collector's death watch: tells the host the JS values of the proxies about to be swept. */
function releaseDeadProxies(): void {
  let kept = 0;
  for (let i = 0; i < watchedCount; i++) {
    const p = <usize>load<u32>(watched + 8 + (<usize>i << 2));
    if (isMarked(p)) {
      store<u32>(watched + 8 + (<usize>kept << 2), <u32>p);
      kept++;
    } else {
      hostJsOp(JS_OP_RELEASE, <i32>intOf(field(p, 0)), 0, 0, 0);
    }
  }
  watchedCount = kept;
}

// ---- encoding for the host ----

/** The encoding buffer (raw-buffers.ts). */
let holder: usize = 0;
let buffer: usize = 0;
let capacity: usize = 0;
/** The bytes encoded since resetEncoding(). */
export let encodedLength: usize = 0;

export function resetEncoding(): void {
  encodedLength = 0;
}

/** Where the encoded values start (valid until the next allocation that grows the buffer). */
export function encodedValues(): usize {
  return buffer + 8;
}

function reserve(n: usize): usize {
  if (holder == 0) holder = newRawHolder();
  if (encodedLength + n > capacity) {
    capacity = max(encodedLength + n, max<usize>(capacity << 1, 256));
    buffer = replaceRaw(holder, buffer, encodedLength, capacity);
  }
  const at = buffer + 8 + encodedLength;
  encodedLength += n;
  return at;
}

function putInt(n: i32): void {
  store<i32>(reserve(4), n);
}

function putStr(s: usize): void {
  const n = <usize>utf8Length(s);
  putInt(<i32>n);
  // reserve() may move the buffer: write after it.
  writeUtf8(s, reserve(n));
}

/** Appends v's record; false with an exception set when it can't (the handle table is full). */
export function encodeValue(v: Value): bool {
  if (v == NONE) putInt(JS_VALUE_NONE);
  else if (v == TRUE) putInt(JS_VALUE_TRUE);
  else if (v == FALSE) putInt(JS_VALUE_FALSE);
  else if (isSmallInt(v) && intOf(v) == <i64><i32>intOf(v)) {
    putInt(JS_VALUE_INT);
    putInt(<i32>intOf(v));
  } else if (isFloat(v) || isFloatObject(v)) {
    putInt(JS_VALUE_FLOAT);
    store<f64>(reserve(8), isFloat(v) ? floatOf(v) : floatObjectValue(v));
  } else if (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_BYTES) {
    const n = bytesLength(ptrOf(v));
    putInt(JS_VALUE_BYTES);
    putInt(n);
    memory.copy(reserve(<usize>n), bytesData(ptrOf(v)), <usize>n);
  } else if (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR) {
    putInt(JS_VALUE_STR);
    putStr(ptrOf(v));
  } else if (isIntValue(v)) {
    const digits = A.strOf(A.typeOf(v) == A.intType ? v : A.call1(ptrValue(A.intType), v));
    if (digits == 0) return false;
    putInt(JS_VALUE_BIGINT);
    putStr(digits);
  } else if (jsRefOf(v) >= 0) {
    putInt(JS_VALUE_JS);
    putInt(jsRefOf(v));
  } else {
    const h = newHandle(v);
    if (h == 0) {
      raiseJs(MemoryError, 'too many Python objects held by JS');
      return false;
    }
    putInt(JS_VALUE_PY);
    putInt(h);
    putInt(A.isInstance(v, coroutineType) ? 1 : 0);
    // Its address names it while the handle keeps it alive: the host gives one object one proxy.
    putInt(isPtr(v) ? <i32>ptrOf(v) : 0);
  }
  return true;
}

// ---- decoding the host's values ----

/** The next value of the answer being read (hostdata.ts); NULL with an exception set on failure. */
export function decodeValue(): Value {
  const tag = answerInt();
  if (tag == JS_VALUE_NONE) return NONE;
  if (tag == JS_VALUE_TRUE) return TRUE;
  if (tag == JS_VALUE_FALSE) return FALSE;
  if (tag == JS_VALUE_INT) return smallInt(answerInt());
  if (tag == JS_VALUE_FLOAT) return floatValue(answerF64());
  if (tag == JS_VALUE_STR) return ptrValue(answerStr());
  if (tag == JS_VALUE_BIGINT) return A.call1(ptrValue(A.intType), ptrValue(answerStr()));
  if (tag == JS_VALUE_JS) return newJsProxy(answerInt());
  if (tag == JS_VALUE_BYTES) {
    const n = answerInt();
    const b = newBytes(answerBytes(n), n);
    return b == 0 ? raiseJs(MemoryError, 'bytes from the host') : ptrValue(b);
  }
  if (tag == JS_VALUE_PY) {
    const v = handleValue(answerInt());
    answerInt();
    answerInt();
    return v == NULL ? NONE : v;
  }
  return raiseJs(RuntimeError, 'bad value from the host');
}
