// memoryview over bytes and bytearray: one-dimensional views of unsigned bytes (format 'B'),
// sliced with any step, writable when they view a bytearray. Indexing, slicing, assignment,
// len, iteration, ==, hash, tobytes, tolist, hex, release and the with statement, with
// CPython's messages. (No cast(), no other formats, no multi-dimensional views.)
//
// A record (KIND_RECORD, modules/support.ts), every field a Value:
//   +8  obj       the bytes or bytearray viewed
//   +16 start     index of the first byte in obj
//   +24 step
//   +32 length    number of bytes viewed
//   +40 released  TRUE once release() was called
//   +48 copy      for bytesLikeView(): a bytes copy of a partial view (NULL until needed)
// A view of a bytearray reads it through the bytearray at each use, so a resize is seen (see
// bytearray.ts); a view that no longer fits raises BufferError.

import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, intOf, smallInt, ptrOf, ptrValue } from '../value';
import { hasKind, KIND_BYTES, KIND_BYTEARRAY, KIND_RECORD } from '../object';
import { raiseJs, raiseEmpty, errOccurred } from '../errors';
import { TypeError, ValueError, IndexError, MemoryError, BufferError } from './exception';
import { setSlot, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_LEN, SLOT_ITER, SLOT_GETITEM, SLOT_SETITEM,
  SLOT_NEW, TYPE_BASICSIZE } from '../types';
import { newBytes, BYTES_LENGTH, BYTES_DATA } from './bytes';
import { bytearrayBuffer } from './bytearray';
import { strHash, strEquals } from './str';
import { newList, listAppend } from './list';
import { newBuilder, appendJs, finishBuilder } from './strbuilder';
import { defineMethod, defineGetSet } from './builtin';
import { checkNoArgs } from './args';
import { isSlice, isIndexable, indexValue, normalizeSlice, sliceStart, sliceStep } from './slice';
import { appendAddress } from './baseobject';
import { keywordArgs, raiseTypeNamed } from './text-args';
import { CMP_EQ, CMP_NE } from '../generated/opcodes';
import { pushTempRoot, popTempRoots } from '../gc';
import { internJs } from '../intern';
import { alloc } from '../heap';
import * as A from '../abstract';

const MV_OBJ: usize = 8;
const MV_START: usize = 16;
const MV_STEP: usize = 24;
const MV_LENGTH: usize = 32;
const MV_RELEASED: usize = 40;
const MV_COPY: usize = 48;
const MV_SIZE: usize = 56;

export let memoryviewType: usize = 0;

// @ts-ignore: decorator
@inline export function isMemoryview(v: Value): bool {
  return hasKind(v, KIND_RECORD) && load<u32>(ptrOf(v)) == <u32>memoryviewType;
}

// @ts-ignore: decorator
@inline function field(m: usize, at: usize): i64 {
  return intOf(load<u64>(m + at));
}

function newView(obj: Value, start: i64, step: i64, length: i64): Value {
  const m = alloc(MV_SIZE, memoryviewType, KIND_RECORD);
  store<u64>(m + MV_OBJ, obj);
  store<u64>(m + MV_START, smallInt(start));
  store<u64>(m + MV_STEP, smallInt(step));
  store<u64>(m + MV_LENGTH, smallInt(length));
  store<u64>(m + MV_RELEASED, FALSE);
  store<u64>(m + MV_COPY, NULL);
  return ptrValue(m);
}

/** The viewed object's bytes (a bytes-layout object), or 0 when obj is not bytes-like here. */
function objectBytes(obj: Value): usize {
  if (hasKind(obj, KIND_BYTES)) return ptrOf(obj);
  if (hasKind(obj, KIND_BYTEARRAY)) return bytearrayBuffer(ptrOf(obj));
  return 0;
}

/**
 * The address of the viewed object's first byte, after checking the view is usable: 0 with
 * ValueError (released) or BufferError (its bytearray shrank below it) set.
 */
function viewData(m: usize): usize {
  if (load<u64>(m + MV_RELEASED) == TRUE) {
    raiseJs(ValueError, 'operation forbidden on released memoryview object');
    return 0;
  }
  const b = objectBytes(load<u64>(m + MV_OBJ));
  const n = field(m, MV_LENGTH);
  const last = field(m, MV_START) + (n - 1) * field(m, MV_STEP);
  if (n > 0 && (last < 0 || last >= <i64>load<u32>(b + BYTES_LENGTH))) {
    raiseJs(BufferError, 'memoryview: underlying buffer was resized');
    return 0;
  }
  return b + BYTES_DATA;
}

// @ts-ignore: decorator
@inline function byteAddress(m: usize, data: usize, i: i64): usize {
  return data + <usize>(field(m, MV_START) + i * field(m, MV_STEP));
}

/** The viewed bytes as a new bytes object (0 with an exception set). */
function viewBytes(m: usize): usize {
  const data = viewData(m);
  if (data == 0) return 0;
  const n = <i32>field(m, MV_LENGTH);
  const r = newBytes(0, n);
  if (r == 0) {
    raiseEmpty(MemoryError);
    return 0;
  }
  for (let i = 0; i < n; i++) store<u8>(r + BYTES_DATA + <usize>i, load<u8>(byteAddress(m, data, i)));
  return r;
}

/**
 * For bytesLikeView (buffer.ts): the bytes-layout object holding what the view shows, or 0
 * with an exception set. A view of a whole object is that object's own bytes; a partial one
 * gets a copy kept in the view (so that it lives as long as the view the caller holds).
 */
export function memoryviewBytes(v: Value): usize {
  const m = ptrOf(v);
  if (viewData(m) == 0) return 0;
  const whole = objectBytes(load<u64>(m + MV_OBJ));
  if (field(m, MV_START) == 0 && field(m, MV_STEP) == 1 && field(m, MV_LENGTH) == <i64>load<u32>(whole + BYTES_LENGTH)) {
    return whole;
  }
  const copy = viewBytes(m);
  if (copy != 0) store<u64>(m + MV_COPY, ptrValue(copy));
  return copy;
}

// ---- construction ----

const NEW_PARAMS: StaticArray<string> = ['object'];
const newArgs = memory.data(8);

function memoryviewNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs('memoryview', args, nargs, kwnames, NEW_PARAMS, newArgs)) return NULL;
  const obj = load<u64>(newArgs);
  if (obj == NULL) return raiseJs(TypeError, "memoryview() missing required argument 'object' (pos 1)");
  if (isMemoryview(obj)) {
    const m = ptrOf(obj);
    if (viewData(m) == 0) return NULL;
    return newView(load<u64>(m + MV_OBJ), field(m, MV_START), field(m, MV_STEP), field(m, MV_LENGTH));
  }
  const b = objectBytes(obj);
  if (b == 0) return raiseTypeNamed("memoryview: a bytes-like object is required, not '", obj, "'");
  return newView(obj, 0, 1, <i64>load<u32>(b + BYTES_LENGTH));
}

// ---- items ----

function memoryviewLenSlot(v: Value): i64 {
  return viewData(ptrOf(v)) == 0 ? -1 : field(ptrOf(v), MV_LENGTH);
}

/** An index into the view (negative ones counted from the end), or -1 with IndexError set. */
function viewIndex(m: usize, key: Value): i64 {
  let i = indexValue(key, IndexError);
  if (i == -1 && errOccurred()) return -1;
  const n = field(m, MV_LENGTH);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raiseJs(IndexError, 'index out of bounds on dimension 1');
    return -1;
  }
  return i;
}

function memoryviewGetItemSlot(v: Value, key: Value): Value {
  const m = ptrOf(v);
  const data = viewData(m);
  if (data == 0) return NULL;
  if (isSlice(key)) {
    const n = normalizeSlice(ptrOf(key), field(m, MV_LENGTH));
    if (n < 0) return NULL;
    const step = field(m, MV_STEP);
    return newView(load<u64>(m + MV_OBJ), field(m, MV_START) + sliceStart * step, sliceStep * step, n);
  }
  if (!isIndexable(key)) return raiseJs(TypeError, 'memoryview: invalid slice key');
  const i = viewIndex(m, key);
  return i < 0 ? NULL : smallInt(load<u8>(byteAddress(m, data, i)));
}

function memoryviewSetItemSlot(v: Value, key: Value, value: Value): i32 {
  const m = ptrOf(v);
  const data = viewData(m);
  if (data == 0) return -1;
  if (!hasKind(load<u64>(m + MV_OBJ), KIND_BYTEARRAY)) {
    raiseJs(TypeError, 'cannot modify read-only memory');
    return -1;
  }
  if (value == NULL) {
    raiseJs(TypeError, 'cannot delete memory');
    return -1;
  }
  if (isSlice(key)) return assignSlice(m, data, ptrOf(key), value);
  if (!isIndexable(key)) {
    raiseJs(TypeError, 'memoryview: invalid slice key');
    return -1;
  }
  const i = viewIndex(m, key);
  if (i < 0) return -1;
  if (!isIndexable(value)) {
    raiseJs(TypeError, "memoryview: invalid type for format 'B'");
    return -1;
  }
  const byte = indexValue(value, 0);
  if (byte == -1 && errOccurred()) return -1;
  if (byte < 0 || byte > 255) {
    raiseJs(ValueError, "memoryview: invalid value for format 'B'");
    return -1;
  }
  store<u8>(byteAddress(m, data, i), <u8>byte);
  return 0;
}

function assignSlice(m: usize, data: usize, slice: usize, value: Value): i32 {
  const n = normalizeSlice(slice, field(m, MV_LENGTH));
  if (n < 0) return -1;
  const start = sliceStart;
  const step = sliceStep;
  const src = isMemoryview(value) ? memoryviewBytes(value) : objectBytes(value);
  if (src == 0) {
    if (!errOccurred()) raiseTypeNamed("a bytes-like object is required, not '", value, "'");
    return -1;
  }
  if (<i64>load<u32>(src + BYTES_LENGTH) != n) {
    raiseJs(ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    return -1;
  }
  // The source may be this very buffer: read it all before writing.
  const copy = newBytes(src + BYTES_DATA, <i32>n);
  if (copy == 0) {
    raiseEmpty(MemoryError);
    return -1;
  }
  for (let k: i64 = 0; k < n; k++) store<u8>(byteAddress(m, data, start + k * step), load<u8>(copy + BYTES_DATA + <usize>k));
  return 0;
}

function memoryviewIterSlot(v: Value): Value {
  const items = memoryviewTolist(v, 0, 0, NULL);
  return items == NULL ? NULL : A.getIter(items);
}

// ---- comparison, hash, repr ----

function memoryviewRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (op != CMP_EQ && op != CMP_NE) return NOT_IMPLEMENTED;
  const m = ptrOf(a);
  if (load<u64>(m + MV_RELEASED) == TRUE || (isMemoryview(b) && load<u64>(ptrOf(b) + MV_RELEASED) == TRUE)) {
    return (a == b) == (op == CMP_EQ) ? TRUE : FALSE;
  }
  const other = isMemoryview(b) ? viewBytes(ptrOf(b)) : objectBytes(b);
  if (other == 0) return errOccurred() ? NULL : NOT_IMPLEMENTED;
  const mine = viewBytes(m);
  if (mine == 0) return NULL;
  return strEquals(mine, other) == (op == CMP_EQ) ? TRUE : FALSE;
}

function memoryviewHashSlot(v: Value): i64 {
  const m = ptrOf(v);
  if (viewData(m) == 0) return -1;
  if (!hasKind(load<u64>(m + MV_OBJ), KIND_BYTES)) {
    raiseJs(ValueError, 'cannot hash writable memoryview object');
    return -1;
  }
  const b = viewBytes(m);
  return b == 0 ? -1 : strHash(b);
}

function memoryviewReprSlot(v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, load<u64>(ptrOf(v) + MV_RELEASED) == TRUE ? '<released memory at ' : '<memory at ');
  appendAddress(sb, v);
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

// ---- methods ----

function memoryviewTobytes(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('tobytes', nargs, kwnames)) return NULL;
  const b = viewBytes(ptrOf(self));
  return b == 0 ? NULL : ptrValue(b);
}

function memoryviewTolist(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('tolist', nargs, kwnames)) return NULL;
  const m = ptrOf(self);
  const data = viewData(m);
  if (data == 0) return NULL;
  const n = <i32>field(m, MV_LENGTH);
  const l = newList(n);
  if (l == 0) return raiseEmpty(MemoryError);
  for (let i = 0; i < n; i++) listAppend(l, smallInt(load<u8>(byteAddress(m, data, i))));
  return ptrValue(l);
}

function memoryviewHex(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const b = viewBytes(ptrOf(self));
  if (b == 0) return NULL;
  pushTempRoot(ptrValue(b));
  const hex = A.getAttr(ptrValue(b), internJs('hex'));
  const r = hex == NULL ? NULL : A.callValue(hex, args, nargs, kwnames);
  popTempRoots(1);
  return r;
}

function memoryviewRelease(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('release', nargs, kwnames)) return NULL;
  store<u64>(ptrOf(self) + MV_RELEASED, TRUE);
  return NONE;
}

function memoryviewEnter(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__enter__', nargs, kwnames)) return NULL;
  return viewData(ptrOf(self)) == 0 ? NULL : self;
}

function memoryviewExit(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  store<u64>(ptrOf(self) + MV_RELEASED, TRUE);
  return NONE;
}

// ---- attributes ----

/** An attribute's value, after the released check (NULL with ValueError set). */
function checked(v: Value, result: Value): Value {
  return load<u64>(ptrOf(v) + MV_RELEASED) == TRUE ?
    raiseJs(ValueError, 'operation forbidden on released memoryview object') : result;
}

function getObj(v: Value): Value {
  return checked(v, load<u64>(ptrOf(v) + MV_OBJ));
}

function getFormat(v: Value): Value {
  return checked(v, ptrValue(internJs('B')));
}

function getItemsize(v: Value): Value {
  return checked(v, smallInt(1));
}

function getNbytes(v: Value): Value {
  return checked(v, load<u64>(ptrOf(v) + MV_LENGTH));
}

function getReadonly(v: Value): Value {
  return checked(v, hasKind(load<u64>(ptrOf(v) + MV_OBJ), KIND_BYTES) ? TRUE : FALSE);
}

function getNdim(v: Value): Value {
  return checked(v, smallInt(1));
}

export function setupMemoryviewType(t: usize): void {
  memoryviewType = t;
  store<u32>(t + TYPE_BASICSIZE, <u32>MV_SIZE);
  setSlot(t, SLOT_NEW, changetype<usize>(memoryviewNewSlot));
  setSlot(t, SLOT_REPR, changetype<usize>(memoryviewReprSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(memoryviewHashSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(memoryviewRichCompareSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(memoryviewLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(memoryviewIterSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(memoryviewGetItemSlot));
  setSlot(t, SLOT_SETITEM, changetype<usize>(memoryviewSetItemSlot));
  defineMethod(t, 'tobytes', memoryviewTobytes);
  defineMethod(t, 'tolist', memoryviewTolist);
  defineMethod(t, 'hex', memoryviewHex);
  defineMethod(t, 'release', memoryviewRelease);
  defineMethod(t, '__enter__', memoryviewEnter);
  defineMethod(t, '__exit__', memoryviewExit);
  defineGetSet(t, 'obj', getObj, null);
  defineGetSet(t, 'format', getFormat, null);
  defineGetSet(t, 'itemsize', getItemsize, null);
  defineGetSet(t, 'nbytes', getNbytes, null);
  defineGetSet(t, 'readonly', getReadonly, null);
  defineGetSet(t, 'ndim', getNdim, null);
}
