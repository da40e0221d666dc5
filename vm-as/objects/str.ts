// str: immutable, stored by code point width (1, 2 or 4 bytes, as CPython's PEP 393) so that
// indexing is O(1); the hash is cached; identifiers and attribute names are interned.
//
// Layout (kind KIND_STR):
//   +8  u32 length    in code points
//   +12 u8  width     1, 2 or 4: the narrowest that holds every code point (canonical: equal
//                     strings have equal width and bytes)
//   +13 u8  flags     STR_INTERNED, STR_ASCII
//   +16 i64 hash      -1 until computed
//   +24 the code points

import { alloc, allocChecked } from '../heap';
import { KIND_STR } from '../object';
import { addPermanentRoot } from '../gc';
import { Value, ptrValue, ptrOf } from '../value';

export const STR_LENGTH: usize = 8;
export const STR_WIDTH: usize = 12;
export const STR_FLAGS: usize = 13;
export const STR_HASH: usize = 16;
export const STR_DATA: usize = 24;

export const STR_INTERNED: u8 = 1;
export const STR_ASCII: u8 = 2;

/** The str type; set by setupBuiltinTypes. */
export let strType: usize = 0;
export function setStrType(t: usize): void {
  strType = t;
}

// @ts-ignore: decorator
@inline export function strLength(s: usize): i32 {
  return <i32>load<u32>(s + STR_LENGTH);
}

// @ts-ignore: decorator
@inline export function strWidth(s: usize): u32 {
  return <u32>load<u8>(s + STR_WIDTH);
}

// @ts-ignore: decorator
@inline export function strData(s: usize): usize {
  return s + STR_DATA;
}

// @ts-ignore: decorator
@inline export function isAscii(s: usize): bool {
  return (load<u8>(s + STR_FLAGS) & STR_ASCII) != 0;
}

/** The code point at index i (0 <= i < length). */
// @ts-ignore: decorator
@inline export function charAt(s: usize, i: i32): u32 {
  const w = strWidth(s);
  const d = s + STR_DATA;
  if (w == 1) return <u32>load<u8>(d + <usize>i);
  if (w == 2) return <u32>load<u16>(d + (<usize>i << 1));
  return load<u32>(d + (<usize>i << 2));
}

/** Stores a code point at index i of a string being built (its width must hold it). */
// @ts-ignore: decorator
@inline export function setCharAt(s: usize, i: i32, cp: u32): void {
  const w = strWidth(s);
  const d = s + STR_DATA;
  if (w == 1) store<u8>(d + <usize>i, <u8>cp);
  else if (w == 2) store<u16>(d + (<usize>i << 1), <u16>cp);
  else store<u32>(d + (<usize>i << 2), cp);
}

/** The width needed for a code point. */
// @ts-ignore: decorator
@inline export function widthFor(cp: u32): u32 {
  return cp < 0x100 ? 1 : cp < 0x10000 ? 2 : 4;
}

/**
 * Allocates a string of `length` code points of `width` bytes each, to be filled by the
 * caller (with setCharAt or by writing strData). Call finishStr when done. Returns 0 when the
 * size is beyond the memory limit (raise MemoryError).
 */
export function newStr(length: i32, width: u32): usize {
  const size = STR_DATA + (<usize>length) * <usize>width;
  const s = allocChecked(size, strType, KIND_STR);
  if (s == 0) return 0;
  store<u32>(s + STR_LENGTH, <u32>length);
  store<u8>(s + STR_WIDTH, <u8>width);
  store<i64>(s + STR_HASH, -1);
  return s;
}

/** Sets the ASCII flag of a freshly built string (call after filling it). */
export function finishStr(s: usize): usize {
  if (strWidth(s) == 1) {
    const d = s + STR_DATA;
    const n = <usize>strLength(s);
    let ascii = true;
    for (let i: usize = 0; i < n; i++) {
      if (load<u8>(d + i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) store<u8>(s + STR_FLAGS, load<u8>(s + STR_FLAGS) | STR_ASCII);
  }
  return s;
}

/** A str from an AssemblyScript string (UTF-16; surrogate pairs combine). */
export function strFromJs(js: string): usize {
  const units = js.length;
  let count = 0;
  let maxCp: u32 = 0;
  for (let i = 0; i < units; i++) {
    const cp = <u32>js.codePointAt(i);
    if (cp > 0xFFFF) i++;
    if (cp > maxCp) maxCp = cp;
    count++;
  }
  const s = newStr(count, widthFor(maxCp));
  let j = 0;
  for (let i = 0; i < units; i++) {
    const cp = <u32>js.codePointAt(i);
    if (cp > 0xFFFF) i++;
    setCharAt(s, j++, cp);
  }
  return finishStr(s);
}

/**
 * A str from UTF-8 bytes in memory, where surrogate code points may appear as 3-byte sequences
 * (the code image's encoding). Returns 0 for malformed input.
 */
export function strFromUtf8(bytes: usize, byteLength: i32): usize {
  let count = 0;
  let maxCp: u32 = 0;
  let i = 0;
  while (i < byteLength) {
    const n = utf8SequenceLength(load<u8>(bytes + <usize>i));
    if (n == 0 || i + n > byteLength) return 0;
    const cp = decodeUtf8At(bytes + <usize>i, n);
    if (cp > maxCp) maxCp = cp;
    i += n;
    count++;
  }
  const s = newStr(count, widthFor(maxCp));
  if (s == 0) return 0;
  i = 0;
  for (let j = 0; j < count; j++) {
    const n = utf8SequenceLength(load<u8>(bytes + <usize>i));
    setCharAt(s, j, decodeUtf8At(bytes + <usize>i, n));
    i += n;
  }
  return finishStr(s);
}

function utf8SequenceLength(lead: u8): i32 {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

function decodeUtf8At(p: usize, n: i32): u32 {
  const b0 = <u32>load<u8>(p);
  if (n == 1) return b0;
  const b1 = <u32>load<u8>(p, 1) & 0x3F;
  if (n == 2) return ((b0 & 0x1F) << 6) | b1;
  const b2 = <u32>load<u8>(p, 2) & 0x3F;
  if (n == 3) return ((b0 & 0x0F) << 12) | (b1 << 6) | b2;
  return ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | (<u32>load<u8>(p, 3) & 0x3F);
}

/** Bytes needed to encode the string as UTF-8 (surrogates as 3 bytes). */
export function utf8Length(s: usize): i32 {
  if (isAscii(s)) return strLength(s);
  const n = strLength(s);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const cp = charAt(s, i);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Writes the string as UTF-8 at `out` (utf8Length(s) bytes). */
export function writeUtf8(s: usize, out: usize): void {
  const n = strLength(s);
  if (isAscii(s)) {
    memory.copy(out, s + STR_DATA, <usize>n);
    return;
  }
  let o = out;
  for (let i = 0; i < n; i++) {
    const cp = charAt(s, i);
    if (cp < 0x80) {
      store<u8>(o++, <u8>cp);
    } else if (cp < 0x800) {
      store<u8>(o++, <u8>(0xC0 | (cp >> 6)));
      store<u8>(o++, <u8>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      store<u8>(o++, <u8>(0xE0 | (cp >> 12)));
      store<u8>(o++, <u8>(0x80 | ((cp >> 6) & 0x3F)));
      store<u8>(o++, <u8>(0x80 | (cp & 0x3F)));
    } else {
      store<u8>(o++, <u8>(0xF0 | (cp >> 18)));
      store<u8>(o++, <u8>(0x80 | ((cp >> 12) & 0x3F)));
      store<u8>(o++, <u8>(0x80 | ((cp >> 6) & 0x3F)));
      store<u8>(o++, <u8>(0x80 | (cp & 0x3F)));
    }
  }
}

/** Equality of two str objects (not subclass-aware: the caller compares str values). */
export function strEquals(a: usize, b: usize): bool {
  if (a == b) return true;
  const n = strLength(a);
  if (n != strLength(b) || strWidth(a) != strWidth(b)) return false;
  const ha = load<i64>(a + STR_HASH);
  const hb = load<i64>(b + STR_HASH);
  if (ha != -1 && hb != -1 && ha != hb) return false;
  return memory.compare(a + STR_DATA, b + STR_DATA, <usize>n * <usize>strWidth(a)) == 0;
}

/** Code point order: <0, 0 or >0. */
export function strCompare(a: usize, b: usize): i32 {
  const na = strLength(a);
  const nb = strLength(b);
  const n = min(na, nb);
  for (let i = 0; i < n; i++) {
    const ca = charAt(a, i);
    const cb = charAt(b, i);
    if (ca != cb) return ca < cb ? -1 : 1;
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** The string's hash (FNV-1a over its canonical bytes, then mixed); never -1. */
export function strHash(s: usize): i64 {
  let h = load<i64>(s + STR_HASH);
  if (h != -1) return h;
  const bytes = <usize>strLength(s) * <usize>strWidth(s);
  const d = s + STR_DATA;
  let x: u64 = 0xcbf29ce484222325;
  let i: usize = 0;
  for (; i + 8 <= bytes; i += 8) {
    x = (x ^ load<u64>(d + i)) * 0x100000001b3;
    x ^= x >> 29;
  }
  for (; i < bytes; i++) x = (x ^ <u64>load<u8>(d + i)) * 0x100000001b3;
  x ^= x >> 32;
  x *= 0xd6e8feb86659fd93;
  x ^= x >> 32;
  h = <i64>x;
  if (h == -1) h = -2;
  store<i64>(s + STR_HASH, h);
  return h;
}

// @ts-ignore: decorator
@inline export function strValue(s: usize): Value {
  return ptrValue(s);
}

// @ts-ignore: decorator
@inline export function strPtr(v: Value): usize {
  return ptrOf(v);
}

/** The one-character strs of Latin-1, made on first use and kept (as CPython does). */
const latin1Chars = memory.data(256 * 4);

/** A one-character str (shared for Latin-1 characters). */
export function strAlloc1(cp: u32): usize {
  if (cp < 0x100) {
    const at = latin1Chars + (<usize>cp << 2);
    let s = <usize>load<u32>(at);
    if (s == 0) {
      s = newStrSmall(1, 1);
      store<u8>(s + STR_DATA, <u8>cp);
      finishStr(s);
      store<u32>(at, <u32>s);
      addPermanentRoot(ptrValue(s));
    }
    return s;
  }
  const s = newStrSmall(1, widthFor(cp));
  setCharAt(s, 0, cp);
  return s;
}

/** Allocates a str directly (for callers that know the size is small). */
export function newStrSmall(length: i32, width: u32): usize {
  const s = alloc(STR_DATA + (<usize>length) * <usize>width, strType, KIND_STR);
  store<u32>(s + STR_LENGTH, <u32>length);
  store<u8>(s + STR_WIDTH, <u8>width);
  store<i64>(s + STR_HASH, -1);
  return s;
}
