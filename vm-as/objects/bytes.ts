// bytes: an immutable byte string.
//
// Layout (kind KIND_BYTES):
//   +8  u32 length
//   +12 u8  1: the layout is a one-byte str's (str.ts), so that str's width-generic helpers
//           (search, split, hash, compare) work on bytes too
//   +16 i64 hash (-1 until computed)
//   +24 the bytes

import { allocChecked } from '../heap';
import { KIND_BYTES } from '../object';

export const BYTES_LENGTH: usize = 8;
export const BYTES_WIDTH: usize = 12;
export const BYTES_HASH: usize = 16;
export const BYTES_DATA: usize = 24;

export let bytesType: usize = 0;
export function setBytesType(t: usize): void {
  bytesType = t;
}

/** bytes copied from memory; 0 when too large for the memory limit. */
export function newBytes(data: usize, length: i32): usize {
  const b = allocChecked(BYTES_DATA + <usize>length, bytesType, KIND_BYTES);
  if (b == 0) return 0;
  store<u32>(b + BYTES_LENGTH, <u32>length);
  store<u8>(b + BYTES_WIDTH, 1);
  store<i64>(b + BYTES_HASH, -1);
  if (data != 0) memory.copy(b + BYTES_DATA, data, <usize>length);
  return b;
}

// @ts-ignore: decorator
@inline export function bytesLength(b: usize): i32 {
  return <i32>load<u32>(b + BYTES_LENGTH);
}

// @ts-ignore: decorator
@inline export function bytesData(b: usize): usize {
  return b + BYTES_DATA;
}
