// The building blocks of str's (and bytes') methods: short copies and comparisons, substrings in
// canonical width, exact copies for subclass instances, searching and counting on raw code unit
// arrays (one width at a time, generic over the unit type so each width gets its own tight
// loop), and lining up two strings of different widths. bytes objects have a one-byte str's
// layout (bytes.ts), so everything that reads strs reads them too.

import { alloc } from '../heap';
import { KIND_STR, KIND_BYTES, kindOfPtr, typeOfPtr, setTypeOfPtr } from '../object';
import { bytesType, newBytes } from './bytes';
import { strType, strLength, strWidth, strData, charAt, setCharAt, newStr, newStrSmall, finishStr, STR_DATA,
  STR_FLAGS, STR_ASCII, isAscii, strAlloc1 } from './str';
import { N_empty } from '../names';

/**
 * memory.copy for the short copies strings are mostly made of: V8 makes memory.copy a call into
 * its runtime, which costs more than a loop below about 64 bytes.
 */
// @ts-ignore: decorator
@inline export function copyMemory(dst: usize, src: usize, size: usize): void {
  if (size >= 64) {
    memory.copy(dst, src, size);
    return;
  }
  let i: usize = 0;
  for (; i + 8 <= size; i += 8) store<u64>(dst + i, load<u64>(src + i));
  for (; i < size; i++) store<u8>(dst + i, load<u8>(src + i));
}

/** Whether size bytes at a and b are equal (a loop for short runs, as copyMemory). */
// @ts-ignore: decorator
@inline export function equalMemory(a: usize, b: usize, size: usize): bool {
  if (size >= 64) return memory.compare(a, b, size) == 0;
  let i: usize = 0;
  for (; i + 8 <= size; i += 8) if (load<u64>(a + i) != load<u64>(b + i)) return false;
  for (; i < size; i++) if (load<u8>(a + i) != load<u8>(b + i)) return false;
  return true;
}

/** The empty str (interned, permanent). */
// @ts-ignore: decorator
@inline export function emptyStr(): usize {
  return N_empty;
}

/** The largest code point of s[start:end]. */
export function maxCharIn(s: usize, start: i32, end: i32): u32 {
  const w = strWidth(s);
  if (w == 1 && isAscii(s)) return 0x7F;
  let m: u32 = 0;
  for (let i = start; i < end; i++) {
    const c = charAt(s, i);
    if (c > m) m = c;
  }
  return m;
}

/** The width a str needs for code points up to maxCp. */
// @ts-ignore: decorator
@inline export function widthForMax(maxCp: u32): u32 {
  return maxCp < 0x100 ? 1 : maxCp < 0x10000 ? 2 : 4;
}

/** A str of `length` code points to fill; 0 when it cannot fit in memory (raise MemoryError). */
export function allocStr(length: i64, width: u32): usize {
  return length > <i64>i32.MAX_VALUE ? 0 : newStr(<i32>length, width);
}

/**
 * Completes a str built from parts whose ASCII-ness is known (finishStr without its scan):
 * `ascii` is whether every part was ASCII.
 */
export function finishKnownAscii(r: usize, ascii: bool): usize {
  if (ascii) store<u8>(r + STR_FLAGS, load<u8>(r + STR_FLAGS) | STR_ASCII);
  return r;
}

/** s[start:end] (0 <= start <= end <= len(s)) as a new str of canonical width. */
export function substring(s: usize, start: i32, end: i32): usize {
  const n = end - start;
  if (n == strLength(s) && typeOfPtr(s) == strType) return s;
  if (n == 0) return emptyStr();
  const w = strWidth(s);
  if (n == 1) return strAlloc1(charAt(s, start));
  const rw = w == 1 ? 1 : widthForMax(maxCharIn(s, start, end));
  const r = newStrSmall(n, rw);
  if (rw == w) copyMemory(r + STR_DATA, strData(s) + <usize>start * w, <usize>n * w);
  else for (let i = 0; i < n; i++) setCharAt(r, i, charAt(s, start + i));
  return isAscii(s) ? finishKnownAscii(r, true) : finishStr(r);
}

/** str(s): s itself, or for an instance of a subclass an exact str with its characters. */
export function exactStr(s: usize): usize {
  return typeOfPtr(s) == strType ? s : strAsType(s, strType);
}

/** A copy of s whose type is t (str or a subclass). */
export function strAsType(s: usize, t: usize): usize {
  const n = strLength(s);
  const w = strWidth(s);
  const r = newStrSmall(n, w);
  copyMemory(r + STR_DATA, strData(s), <usize>n * w);
  store<u8>(r + STR_FLAGS, load<u8>(s + STR_FLAGS) & STR_ASCII);
  setTypeOfPtr(r, t);
  return r;
}

/** bytes(b): b itself, or for an instance of a subclass exact bytes with its contents. */
export function exactBytes(b: usize): usize {
  return typeOfPtr(b) == bytesType ? b : newBytes(strData(b), strLength(b));
}

/** s itself when it is an exact str or bytes, else a copy of the base type (what methods return). */
export function exactText(s: usize): usize {
  return kindOfPtr(s) == KIND_BYTES ? exactBytes(s) : exactStr(s);
}

/** s[start:end] as a new object of s's kind: a str in canonical width, or bytes. */
export function slicePiece(s: usize, start: i32, end: i32): usize {
  if (kindOfPtr(s) != KIND_BYTES) return substring(s, start, end);
  if (start == 0 && end == strLength(s)) return exactBytes(s);
  return newBytes(strData(s) + <usize>start, end - start);
}

/**
 * `sub` in the width of `s` when it is narrower (a temporary: it is not canonical, so it must
 * never reach Python). Returns sub itself when the widths already match.
 */
export function widenTo(sub: usize, width: u32): usize {
  if (strWidth(sub) == width) return sub;
  const n = strLength(sub);
  const r = alloc(STR_DATA + <usize>n * width, strType, KIND_STR);
  store<u32>(r + 8, <u32>n);
  store<u8>(r + 12, <u8>width);
  for (let i = 0; i < n; i++) setCharAt(r, i, charAt(sub, i));
  return r;
}

// ---- searching raw arrays of code units (CPython's fastsearch: skip table plus bloom mask) ----

// @ts-ignore: decorator
@inline function unitAt<T>(p: usize, i: i32): u32 {
  return <u32>load<T>(p + (<usize>i << alignof<T>()));
}

// @ts-ignore: decorator
@inline function bloomBit(c: u32): u64 {
  return <u64>1 << <u64>(c & 63);
}

function findUnit<T>(s: usize, n: i32, c: u32): i32 {
  let i = 0;
  if (sizeof<T>() == 1) {
    // Eight bytes at a time: a zero byte in x ^ pattern marks a match.
    const pattern = <u64>c * 0x0101010101010101;
    for (; i + 8 <= n; i += 8) {
      const x = load<u64>(s + <usize>i) ^ pattern;
      if (((x - 0x0101010101010101) & ~x & 0x8080808080808080) != 0) break;
    }
  }
  for (; i < n; i++) if (unitAt<T>(s, i) == c) return i;
  return -1;
}

function rfindUnit<T>(s: usize, n: i32, c: u32): i32 {
  for (let i = n - 1; i >= 0; i--) if (unitAt<T>(s, i) == c) return i;
  return -1;
}

function findUnits<T>(s: usize, n: i32, p: usize, m: i32): i32 {
  if (m == 1) return findUnit<T>(s, n, unitAt<T>(p, 0));
  const w = n - m;
  const mlast = m - 1;
  const last = unitAt<T>(p, mlast);
  let skip = mlast;
  let mask: u64 = bloomBit(last);
  for (let i = 0; i < mlast; i++) {
    const c = unitAt<T>(p, i);
    mask |= bloomBit(c);
    if (c == last) skip = mlast - i - 1;
  }
  const bytes = <usize>mlast << alignof<T>();
  for (let i = 0; i <= w; i++) {
    if (unitAt<T>(s, i + mlast) == last) {
      if (equalMemory(s + (<usize>i << alignof<T>()), p, bytes)) return i;
      if (i + m < n && (mask & bloomBit(unitAt<T>(s, i + m))) == 0) i += m;
      else i += skip;
    } else if (i + m < n && (mask & bloomBit(unitAt<T>(s, i + m))) == 0) {
      i += m;
    }
  }
  return -1;
}

function rfindUnits<T>(s: usize, n: i32, p: usize, m: i32): i32 {
  if (m == 1) return rfindUnit<T>(s, n, unitAt<T>(p, 0));
  const first = unitAt<T>(p, 0);
  let skip = m - 1;
  let mask: u64 = bloomBit(first);
  for (let i = m - 1; i > 0; i--) {
    const c = unitAt<T>(p, i);
    mask |= bloomBit(c);
    if (c == first) skip = i - 1;
  }
  const bytes = <usize>m << alignof<T>();
  for (let i = n - m; i >= 0; i--) {
    if (unitAt<T>(s, i) == first) {
      if (equalMemory(s + (<usize>i << alignof<T>()), p, bytes)) return i;
      if (i > 0 && (mask & bloomBit(unitAt<T>(s, i - 1))) == 0) i -= m;
      else i -= skip;
    } else if (i > 0 && (mask & bloomBit(unitAt<T>(s, i - 1))) == 0) {
      i -= m;
    }
  }
  return -1;
}

/** The first (or last, when reverse) index of p[0:m] in s[0:n], units of `width` bytes; -1 if absent. */
export function findData(s: usize, n: i32, p: usize, m: i32, width: u32, reverse: bool): i32 {
  if (m > n) return -1;
  if (m == 0) return reverse ? n : 0;
  if (width == 1) return reverse ? rfindUnits<u8>(s, n, p, m) : findUnits<u8>(s, n, p, m);
  if (width == 2) return reverse ? rfindUnits<u16>(s, n, p, m) : findUnits<u16>(s, n, p, m);
  return reverse ? rfindUnits<u32>(s, n, p, m) : findUnits<u32>(s, n, p, m);
}

/** Non-overlapping occurrences of p[0:m] in s[0:n], at most `max` (m > 0). */
export function countData(s: usize, n: i32, p: usize, m: i32, width: u32, max: i32): i32 {
  let count = 0;
  let i = 0;
  while (count < max) {
    const r = findData(s + (<usize>i * width), n - i, p, m, width, false);
    if (r < 0) break;
    count++;
    i += r + m;
  }
  return count;
}

// ---- the same on strs ----

/** CPython's ADJUST_INDICES: start and end of s[start:end] clamped to [0, len]. */
export let rangeStart: i32 = 0;
export let rangeEnd: i32 = 0;
export function adjustRange(start: i64, end: i64, length: i32): void {
  const n = <i64>length;
  if (end > n) end = n;
  else if (end < 0) {
    end += n;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  rangeStart = start > n ? length + 1 : <i32>start;
  rangeEnd = <i32>end;
}

/** Index of sub in s[start:end] (absolute), or -1; start and end already adjusted. */
export function strFind(s: usize, sub: usize, start: i32, end: i32, reverse: bool): i32 {
  const m = strLength(sub);
  if (end - start < m) return -1;
  const w = strWidth(s);
  if (strWidth(sub) > w) return -1;
  const p = widenTo(sub, w);
  const r = findData(strData(s) + <usize>start * w, end - start, strData(p), m, w, reverse);
  return r < 0 ? -1 : start + r;
}

/** Occurrences of sub in s[start:end] (at most max); start and end already adjusted. */
export function strCount(s: usize, sub: usize, start: i32, end: i32, max: i32): i32 {
  const m = strLength(sub);
  if (end - start < m) return 0;
  if (m == 0) return min(end - start + 1, max);
  const w = strWidth(s);
  if (strWidth(sub) > w) return 0;
  return countData(strData(s) + <usize>start * w, end - start, strData(widenTo(sub, w)), m, w, max);
}

/** True when s[at:at+len(sub)] == sub (at + len(sub) <= len(s)). */
export function strMatchesAt(s: usize, at: i32, sub: usize): bool {
  const m = strLength(sub);
  const w = strWidth(s);
  if (strWidth(sub) == w) return equalMemory(strData(s) + <usize>at * w, strData(sub), <usize>m * w);
  for (let i = 0; i < m; i++) if (charAt(s, at + i) != charAt(sub, i)) return false;
  return true;
}

/** Copies count code points of src from srcAt into dst at dstAt (dst at least as wide). */
export function copyChars(dst: usize, dstAt: i32, src: usize, srcAt: i32, count: i32): void {
  const w = strWidth(dst);
  if (strWidth(src) == w) {
    copyMemory(strData(dst) + <usize>dstAt * w, strData(src) + <usize>srcAt * w, <usize>count * w);
  } else {
    for (let i = 0; i < count; i++) setCharAt(dst, dstAt + i, charAt(src, srcAt + i));
  }
}

/**
 * A freshly built str in canonical width: built at the widest width its parts had, it may hold
 * only narrower characters (replace() removed the wide ones). Also sets the ASCII flag.
 */
export function narrowed(s: usize): usize {
  const w = strWidth(s);
  const n = strLength(s);
  if (w > 1) {
    const rw = widthForMax(maxCharIn(s, 0, n));
    if (rw < w) {
      const r = newStrSmall(n, rw);
      for (let i = 0; i < n; i++) setCharAt(r, i, charAt(s, i));
      return finishStr(r);
    }
  }
  return finishStr(s);
}

/** Code point (or byte) order of two strs or two bytes: <0, 0 or >0. */
export function compareText(a: usize, b: usize): i32 {
  const na = strLength(a);
  const nb = strLength(b);
  const n = min(na, nb);
  if (strWidth(a) == 1 && strWidth(b) == 1) {
    const da = strData(a);
    const db = strData(b);
    for (let i: usize = 0; i < <usize>n; i++) {
      const ca = load<u8>(da + i);
      const cb = load<u8>(db + i);
      if (ca != cb) return ca < cb ? -1 : 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const ca = charAt(a, i);
      const cb = charAt(b, i);
      if (ca != cb) return ca < cb ? -1 : 1;
    }
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}
