// Building a str piece by piece (messages, repr, join, formatting). The builder collects code
// points in a growable buffer and makes the narrowest str at the end.
//
// Layout (kind KIND_VALUES, so that the collector follows the buffer; never seen by Python):
//   +8  u64 data      ptrValue of the KIND_RAW buffer of u32 code points (data 8 bytes in)
//   +16 u32 length    code points so far
//   +20 u32 capacity  code points the buffer holds
//   +24 u32 maxCp     largest code point so far (decides the str's width)
// The collector reads +16 and +24 as values too: they never look like pointers (that would
// take a capacity of 0xFFFC0000 code points).
// A builder is garbage like any object: natives that call back into Python while building
// must keep it in a temporary root.

import { alloc } from '../heap';
import { KIND_RAW, KIND_VALUES } from '../object';
import { ptrValue, ptrOf } from '../value';
import { newStr, strLength, strWidth, strData, charAt, finishStr, widthFor, STR_DATA } from './str';

const SB_DATA: usize = 8;
const SB_LENGTH: usize = 16;
const SB_CAPACITY: usize = 20;
const SB_MAXCP: usize = 24;

// @ts-ignore: decorator
@inline function bufferOf(sb: usize): usize {
  return ptrOf(load<u64>(sb + SB_DATA));
}

export function newBuilder(capacity: i32 = 32): usize {
  if (capacity < 8) capacity = 8; // reserve() grows by doubling
  const sb = alloc(32, 0, KIND_VALUES);
  const data = alloc(8 + (<usize>capacity << 2), 0, KIND_RAW);
  store<u32>(sb + SB_CAPACITY, <u32>capacity);
  store<u64>(sb + SB_DATA, ptrValue(data));
  return sb;
}

// @ts-ignore: decorator
@inline export function builderLength(sb: usize): i32 {
  return <i32>load<u32>(sb + SB_LENGTH);
}

function reserve(sb: usize, extra: i32): usize {
  const length = load<u32>(sb + SB_LENGTH);
  let capacity = load<u32>(sb + SB_CAPACITY);
  let data = bufferOf(sb);
  if (length + <u32>extra > capacity) {
    while (length + <u32>extra > capacity) capacity *= 2;
    const bigger = alloc(8 + (<usize>capacity << 2), 0, KIND_RAW);
    memory.copy(bigger + 8, data + 8, <usize>length << 2);
    data = bigger;
    store<u64>(sb + SB_DATA, ptrValue(data));
    store<u32>(sb + SB_CAPACITY, capacity);
  }
  return data + 8 + (<usize>length << 2);
}

export function appendCodePoint(sb: usize, cp: u32): void {
  store<u32>(reserve(sb, 1), cp);
  store<u32>(sb + SB_LENGTH, load<u32>(sb + SB_LENGTH) + 1);
  if (cp > load<u32>(sb + SB_MAXCP)) store<u32>(sb + SB_MAXCP, cp);
}

/** Appends an AssemblyScript string (a literal in native code). */
export function appendJs(sb: usize, js: string): void {
  for (let i = 0; i < js.length; i++) {
    const cp = <u32>js.codePointAt(i);
    if (cp > 0xFFFF) i++;
    appendCodePoint(sb, cp);
  }
}

/** Appends a str object. */
export function appendStr(sb: usize, s: usize): void {
  appendSubstring(sb, s, 0, strLength(s));
}

/** Appends s[start:end] (0 <= start <= end <= len(s)). */
export function appendSubstring(sb: usize, s: usize, start: i32, end: i32): void {
  const n = end - start;
  let out = reserve(sb, n);
  const w = strWidth(s);
  const d = strData(s);
  let maxCp: u32 = 0;
  for (let i = start; i < end; i++) {
    const cp = w == 1 ? <u32>load<u8>(d + <usize>i) : charAt(s, i);
    if (cp > maxCp) maxCp = cp;
    store<u32>(out, cp);
    out += 4;
  }
  store<u32>(sb + SB_LENGTH, load<u32>(sb + SB_LENGTH) + <u32>n);
  if (maxCp > load<u32>(sb + SB_MAXCP)) store<u32>(sb + SB_MAXCP, maxCp);
}

/** Appends a decimal integer. */
export function appendI64(sb: usize, n: i64): void {
  if (n < 0) {
    appendCodePoint(sb, 0x2D);
    if (n == i64.MIN_VALUE) {
      appendJs(sb, '9223372036854775808');
      return;
    }
    n = -n;
  }
  if (n >= 10) appendI64(sb, n / 10);
  appendCodePoint(sb, 0x30 + <u32>(n % 10));
}

/** Appends `count` copies of a code point. */
export function appendRepeated(sb: usize, cp: u32, count: i32): void {
  for (let i = 0; i < count; i++) appendCodePoint(sb, cp);
}

/** The code point at index i of what has been built. */
export function builderCharAt(sb: usize, i: i32): u32 {
  return load<u32>(bufferOf(sb) + 8 + (<usize>i << 2));
}

/** Makes the str; returns 0 when it is too large for the memory limit. */
export function finishBuilder(sb: usize): usize {
  const n = <i32>load<u32>(sb + SB_LENGTH);
  const width = widthFor(load<u32>(sb + SB_MAXCP));
  const s = newStr(n, width);
  if (s == 0) return 0;
  const src = bufferOf(sb) + 8;
  const dst = s + STR_DATA;
  if (width == 1) {
    for (let i = 0; i < n; i++) store<u8>(dst + <usize>i, <u8>load<u32>(src + (<usize>i << 2)));
  } else if (width == 2) {
    for (let i = 0; i < n; i++) store<u16>(dst + (<usize>i << 1), <u16>load<u32>(src + (<usize>i << 2)));
  } else {
    memory.copy(dst, src, <usize>n << 2);
  }
  return finishStr(s);
}
