// bytearray: a mutable, resizable byte string.
//
// Layout (kind KIND_BYTEARRAY):
//   +8  u32 buffer    an exact bytes object (bytes.ts) holding the contents: its length is the
//                     bytearray's, its allocation has room for `capacity` bytes. Being a bytes
//                     object, every helper of bytes (and str's width-generic ones) reads it as it
//                     is; it never reaches Python code (what methods return is copied out of it).
//   +12 u32 capacity
//   +16 what a subclass adds (objects/extended.ts)
// A memoryview of it refers to the bytearray, not to the buffer, and checks the length at each
// use: resizing it while views exist is allowed (CPython refuses it with BufferError while a
// view is alive; without reference counts, a view's end of life is not known here).

import { Value, NULL, ptrOf, ptrValue } from '../value';
import { raiseEmpty } from '../errors';
import { MemoryError } from './exception';
import { hasKind, KIND_BYTEARRAY, KIND_BYTES, KIND_LIST, KIND_TUPLE } from '../object';
import { strData, strLength } from './str';
import { listItems } from './list';
import { tupleItems } from './tuple';
import { seqLength } from './sequence';
import { pushTempRoot, popTempRoots } from '../gc';
import { newBytes, BYTES_LENGTH, BYTES_DATA } from './bytes';
import { allocExtended } from './extended';

export const BYTEARRAY_BUFFER: usize = 8;
export const BYTEARRAY_CAPACITY: usize = 12;
export const BYTEARRAY_SIZE: usize = 16;

export let bytearrayType: usize = 0;
export function setBytearrayType(t: usize): void {
  bytearrayType = t;
}

/** A bytearray of `type` holding a copy of `length` bytes at `data` (zeros when data is 0); 0 on MemoryError. */
export function newBytearrayOfType(type: usize, data: usize, length: i32): usize {
  const buffer = newBytes(data, length);
  if (buffer == 0) {
    raiseEmpty(MemoryError);
    return 0;
  }
  const ba = allocExtended(BYTEARRAY_SIZE, type, KIND_BYTEARRAY);
  store<u32>(ba + BYTEARRAY_BUFFER, <u32>buffer);
  store<u32>(ba + BYTEARRAY_CAPACITY, <u32>length);
  return ba;
}

export function newBytearray(data: usize, length: i32): usize {
  return newBytearrayOfType(bytearrayType, data, length);
}

/** The bytes object holding the contents (read-only use: it may be replaced by a resize). */
// @ts-ignore: decorator
@inline export function bytearrayBuffer(ba: usize): usize {
  return <usize>load<u32>(ba + BYTEARRAY_BUFFER);
}

// @ts-ignore: decorator
@inline export function bytearrayLength(ba: usize): i32 {
  return <i32>load<u32>(bytearrayBuffer(ba) + BYTES_LENGTH);
}

// @ts-ignore: decorator
@inline export function bytearrayData(ba: usize): usize {
  return bytearrayBuffer(ba) + BYTES_DATA;
}

/** Sets the length (the bytes kept, any new ones unset); false with MemoryError set. Grows by an eighth more than asked, as CPython does. */
export function bytearrayResize(ba: usize, length: i64): bool {
  if (length == <i64>bytearrayLength(ba)) return true;
  if (length > <i64>i32.MAX_VALUE - 16) {
    raiseEmpty(MemoryError);
    return false;
  }
  if (length > <i64>load<u32>(ba + BYTEARRAY_CAPACITY)) {
    const capacity = min<i64>(length + (length >> 3) + 8, <i64>i32.MAX_VALUE - 16);
    const grown = newBytes(0, <i32>capacity);
    if (grown == 0) {
      raiseEmpty(MemoryError);
      return false;
    }
    memory.copy(grown + BYTES_DATA, bytearrayData(ba), <usize>bytearrayLength(ba));
    store<u32>(ba + BYTEARRAY_BUFFER, <u32>grown);
    store<u32>(ba + BYTEARRAY_CAPACITY, <u32>capacity);
  }
  store<u32>(bytearrayBuffer(ba) + BYTES_LENGTH, <u32>length);
  return true;
}

// ---- bytes' methods on a bytearray (bytes-type.ts defines them once for both types) ----

/** What a method of bytes reads as self: a bytearray's buffer, or self itself. */
export function viewOf(self: Value): Value {
  return hasKind(self, KIND_BYTEARRAY) ? ptrValue(bytearrayBuffer(ptrOf(self))) : self;
}

/**
 * A result of a bytes method turned into what the bytearray method returns: its bytes (alone,
 * or in the list or tuple it returned) become bytearrays. Results for bytes pass unchanged.
 */
export function sameKindAs(self: Value, r: Value): Value {
  if (r == NULL || !hasKind(self, KIND_BYTEARRAY)) return r;
  if (hasKind(r, KIND_BYTES)) return bytearrayCopyOf(r);
  if (!hasKind(r, KIND_LIST) && !hasKind(r, KIND_TUPLE)) return r;
  pushTempRoot(r);
  const seq = ptrOf(r);
  const items = hasKind(r, KIND_LIST) ? listItems(seq) : tupleItems(seq);
  for (let i = 0; i < seqLength(seq); i++) {
    const piece = bytearrayCopyOf(load<u64>(items + (<usize>i << 3)));
    if (piece == NULL) {
      popTempRoots(1);
      return NULL;
    }
    store<u64>(items + (<usize>i << 3), piece);
  }
  popTempRoots(1);
  return r;
}

function bytearrayCopyOf(b: Value): Value {
  const ba = newBytearray(strData(ptrOf(b)), strLength(ptrOf(b)));
  return ba == 0 ? NULL : ptrValue(ba);
}
