// printf-style formatting: `fmt % args` for str (CPython's PyUnicode_Format) and, on the
// Latin-1 text of a bytes format, for bytes (PEP 461's _PyBytes_FormatEx): %s %r %a %c %d %i
// %u %o %x %X %e %E %f %F %g %G %%, with mapping keys, flags (- + space # 0), width and
// precision (numbers or *), and CPython's error messages.
//
// A conversion may run Python code (__str__, __repr__, __index__, __getitem__ of the
// mapping…), which may format in turn: the parsed conversion lives in locals, the argument
// state in module state that each call saves and restores, and the builder and the current
// argument are kept in temporary roots.

import { bytesLikeView } from './buffer';
import { Value, NULL, TRUE, FALSE, isSmallInt, isFloat, intOf, floatOf, ptrOf, ptrValue } from '../value';
import { hasKind, KIND_TUPLE, KIND_STR, KIND_BYTES } from '../object';
import { getSlot, SLOT_GETITEM, SLOT_INDEX, SLOT_INT, SLOT_FLOAT } from '../types';
import { strLength, charAt } from './str';
import { newBuilder, appendCodePoint, appendJs, appendStr, appendSubstring, appendRepeated, appendI64,
  finishBuilder } from './strbuilder';
import { tupleLength, tupleGet } from './tuple';
import { raiseJs, raiseStr, raiseEmpty, excMatches, clearExc, errOccurred } from '../errors';
import { TypeError, ValueError, OverflowError, MemoryError } from './exception';
import { pushTempRoot, popTempRoots } from '../gc';
import * as A from '../abstract';
import { intToStr, intSign, INT_STR_ABS, INT_STR_UPPER } from './int';
import { appendDouble, DTSF_ALT, DTSF_UPPER } from './float-format';
import { bytesData, bytesLength } from './bytes';
import { substring } from './str-ops';
import { isStrValue } from './text-args';
import { encodeStr, ENC_LATIN1, ERR_STRICT } from './str-codecs';
import { N_bytes } from '../names';

const F_LJUST: i32 = 1;
const F_SIGN: i32 = 2;
const F_BLANK: i32 = 4;
const F_ALT: i32 = 8;
const F_ZERO: i32 = 16;

/** Widths and precisions beyond this would not fit in memory: MemoryError rather than a trap. */
const MAX_WIDTH: i64 = 1 << 28;

/** The formatting of one call: where the arguments come from and what is left of them. */
let argsValue: Value = NULL;
let argLength: i32 = 0;
let argIndex: i32 = 0;
let argDict: Value = NULL;
let bytesMode: bool = false;

/** fmt % args for a str format. */
export function percentFormat(fmt: usize, args: Value): Value {
  return formatAll(fmt, args, false);
}

/**
 * bytes % args, on the format's Latin-1 text: returns a str whose code points are the result's
 * bytes (the caller encodes it back to bytes).
 */
export function percentFormatBytes(fmt: usize, args: Value): Value {
  return formatAll(fmt, args, true);
}

function formatAll(fmt: usize, args: Value, forBytes: bool): Value {
  // Nested formatting (a __str__ that formats) reuses the module state: save the caller's.
  const savedArgs = argsValue;
  const savedLength = argLength;
  const savedIndex = argIndex;
  const savedDict = argDict;
  const savedMode = bytesMode;
  bytesMode = forBytes;
  argsValue = args;
  if (hasKind(args, KIND_TUPLE)) {
    argLength = tupleLength(ptrOf(args));
    argIndex = 0;
  } else {
    argLength = -1;
    argIndex = -2;
  }
  const isMapping = getSlot(A.typeOf(args), SLOT_GETITEM) != 0 && !hasKind(args, KIND_TUPLE) &&
    !hasKind(args, forBytes ? KIND_BYTES : KIND_STR);
  argDict = isMapping ? args : NULL;
  const sb = newBuilder(strLength(fmt) + 16);
  pushTempRoot(ptrValue(sb));
  pushTempRoot(ptrValue(fmt));
  let result = formatLoop(sb, fmt);
  popTempRoots(2);
  if (result != NULL && argIndex < argLength && argDict == NULL) {
    result = raiseJs(TypeError, 'not all arguments converted during string formatting');
  }
  argsValue = savedArgs;
  argLength = savedLength;
  argIndex = savedIndex;
  argDict = savedDict;
  bytesMode = savedMode;
  return result;
}

function formatLoop(sb: usize, fmt: usize): Value {
  const n = strLength(fmt);
  let pos = 0;
  while (pos < n) {
    let end = pos;
    while (end < n && charAt(fmt, end) != 0x25) end++;
    if (end > pos) appendSubstring(sb, fmt, pos, end);
    if (end == n) break;
    pos = formatOne(sb, fmt, end + 1);
    if (pos < 0) return NULL;
  }
  const r = finishBuilder(sb);
  return r == 0 ? raiseEmpty(MemoryError) : ptrValue(r);
}

/** The next argument: the args tuple's next item, or args itself (once) when it is no tuple. */
function nextArg(): Value {
  if (argIndex < argLength) {
    const i = argIndex++;
    return argLength < 0 ? argsValue : tupleGet(ptrOf(argsValue), i);
  }
  return raiseJs(TypeError, 'not enough arguments for format string');
}

/** A '*' width or precision: an int argument. Sets `starFailed` on error. */
let starFailed: bool = false;
function starArg(): i64 {
  starFailed = true;
  const v = nextArg();
  if (v == NULL) return 0;
  if (!A.isInstance(v, A.intType)) {
    raiseJs(TypeError, '* wants int');
    return 0;
  }
  if (!isSmallInt(v) && v != TRUE && v != FALSE) {
    raiseJs(OverflowError, 'Python int too large to convert to C ssize_t');
    return 0;
  }
  starFailed = false;
  return isSmallInt(v) ? intOf(v) : v == TRUE ? 1 : 0;
}

/**
 * Formats the conversion whose text starts at fmt[pos] (just after '%'); returns the position
 * after it, or -1 with an exception set.
 */
function formatOne(sb: usize, fmt: usize, pos: i32): i32 {
  const n = strLength(fmt);
  if (pos < n && charAt(fmt, pos) == 0x25) {
    appendCodePoint(sb, 0x25);
    return pos + 1;
  }
  if (pos < n && charAt(fmt, pos) == 0x28) {
    pos = readMappingKey(fmt, pos);
    if (pos < 0) return -1;
  }
  // flags
  let flags = 0;
  let c: u32 = 0;
  for (; pos < n; pos++) {
    c = charAt(fmt, pos);
    if (c == 0x2D) flags |= F_LJUST;
    else if (c == 0x2B) flags |= F_SIGN;
    else if (c == 0x20) flags |= F_BLANK;
    else if (c == 0x23) flags |= F_ALT;
    else if (c == 0x30) flags |= F_ZERO;
    else break;
  }
  // width
  let width: i64 = -1;
  if (pos < n && c == 0x2A) {
    width = starArg();
    if (starFailed) return -1;
    if (width < 0) {
      flags |= F_LJUST;
      width = -width;
    }
    pos++;
  } else {
    pos = readNumber(fmt, pos, i64.MAX_VALUE, 'width too big');
    if (pos < 0) return -1;
    width = parsedNumber;
  }
  // precision
  let prec: i64 = -1;
  if (pos < n && charAt(fmt, pos) == 0x2E) {
    pos++;
    prec = 0;
    if (pos < n && charAt(fmt, pos) == 0x2A) {
      prec = starArg();
      if (starFailed) return -1;
      if (prec < 0) prec = 0;
      pos++;
    } else {
      pos = readNumber(fmt, pos, <i64>i32.MAX_VALUE, 'precision too big');
      if (pos < 0) return -1;
      if (parsedNumber >= 0) prec = parsedNumber;
    }
  }
  if (pos < n) {
    c = charAt(fmt, pos);
    if (c == 0x68 || c == 0x6C || c == 0x4C) pos++; // h, l, L: C length modifiers, ignored
  }
  if (pos >= n) {
    raiseJs(ValueError, 'incomplete format');
    return -1;
  }
  const conversion = charAt(fmt, pos);
  const numeric = conversion != 0x73 && conversion != 0x72 && conversion != 0x61 && conversion != 0x63 &&
    conversion != 0x62;
  if (width > MAX_WIDTH || (numeric && prec > MAX_WIDTH)) {
    raiseEmpty(MemoryError);
    return -1;
  }
  const v = nextArg();
  if (v == NULL) return -1;
  pushTempRoot(v);
  const text = convert(v, conversion, flags, prec, pos);
  popTempRoots(1);
  if (text == 0) return -1;
  output(sb, text, conversion, flags, width, prec, numeric);
  if (argDict != NULL && argIndex < argLength) {
    raiseJs(TypeError, 'not all arguments converted during string formatting');
    return -1;
  }
  return pos + 1;
}

let parsedNumber: i64 = -1;

/** Reads decimal digits at fmt[pos] into parsedNumber (-1 when none); -1 on overflow. */
function readNumber(fmt: usize, pos: i32, limit: i64, tooBig: string): i32 {
  const n = strLength(fmt);
  parsedNumber = -1;
  while (pos < n) {
    const c = charAt(fmt, pos);
    if (c < 0x30 || c > 0x39) break;
    const d = <i64>(c - 0x30);
    if (parsedNumber < 0) parsedNumber = 0;
    if (parsedNumber > (limit - d) / 10) {
      raiseJs(ValueError, tooBig);
      return -1;
    }
    parsedNumber = parsedNumber * 10 + d;
    pos++;
  }
  return pos;
}

/** %(key)…: looks the key up in the mapping, which becomes the argument. */
function readMappingKey(fmt: usize, pos: i32): i32 {
  if (argDict == NULL) {
    raiseJs(TypeError, 'format requires a mapping');
    return -1;
  }
  const n = strLength(fmt);
  const start = pos + 1;
  let depth = 1;
  let i = start;
  while (i < n && depth > 0) {
    const c = charAt(fmt, i);
    if (c == 0x29) depth--;
    else if (c == 0x28) depth++;
    i++;
  }
  if (depth > 0) {
    raiseJs(ValueError, 'incomplete format key');
    return -1;
  }
  let key = ptrValue(substring(fmt, start, i - 1));
  if (bytesMode) key = latin1Bytes(ptrOf(key));
  const value = A.getItem(argDict, key);
  if (value == NULL) return -1;
  argsValue = value;
  argLength = -1;
  argIndex = -2;
  return i;
}

// ---- conversions ----

/** The text of one conversion, or 0 with an exception set. */
function convert(v: Value, c: u32, flags: i32, prec: i64, pos: i32): usize {
  switch (c) {
    case 0x73: // s
      return bytesMode ? bytesText(v) : A.strOf(v);
    case 0x62: // b
      if (bytesMode) return bytesText(v);
      break;
    case 0x72: // r
      return bytesMode ? A.asciiOf(v) : A.reprOf(v);
    case 0x61: // a
      return A.asciiOf(v);
    case 0x64: case 0x69: case 0x75: case 0x6F: case 0x78: case 0x58: // d i u o x X
      return intText(v, c, flags, prec);
    case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: // e E f F g G
      return floatText(v, c, flags, prec);
    case 0x63: // c
      return charText(v);
  }
  const sb = newBuilder();
  appendJs(sb, "unsupported format character '");
  appendCodePoint(sb, c >= 31 && c <= 126 ? c : 0x3F);
  appendJs(sb, "' (0x");
  appendHex(sb, c);
  appendJs(sb, ') at index ');
  appendI64(sb, pos);
  raiseStr(ValueError, finishBuilder(sb));
  return 0;
}

function appendHex(sb: usize, v: u32): void {
  if (v >= 16) appendHex(sb, v >> 4);
  const d = v & 15;
  appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
}

/** Whether v is a number to the % operator (CPython's PyNumber_Check). */
function isNumber(v: Value): bool {
  if (isSmallInt(v) || isFloat(v) || v == TRUE || v == FALSE) return true;
  const t = A.typeOf(v);
  return getSlot(t, SLOT_INDEX) != 0 || getSlot(t, SLOT_INT) != 0 || getSlot(t, SLOT_FLOAT) != 0;
}

/** %d %i %u %o %x %X: the digits with sign, prefix (with #) and precision's zeros. */
function intText(v: Value, c: u32, flags: i32, prec: i64): usize {
  let i = v;
  if (!A.isInstance(v, A.intType)) {
    const needsIndex = c == 0x6F || c == 0x78 || c == 0x58;
    i = !isNumber(v) ? NULL : needsIndex ? A.indexOf(v) : A.call1(ptrValue(A.intType), v);
    if (i == NULL) {
      if (isNumber(v) && !excMatches(TypeError)) return 0;
      clearExc();
      const sb = newBuilder();
      appendCodePoint(sb, 0x25);
      appendCodePoint(sb, c);
      appendJs(sb, needsIndex ? ' format: an integer is required, not ' : ' format: a real number is required, not ');
      appendStr(sb, A.typeNameOf(v));
      raiseStr(TypeError, finishBuilder(sb));
      return 0;
    }
  }
  if (!isSmallInt(i)) i = A.indexOf(i); // bools and int subclasses as plain ints
  if (i == NULL) return 0;
  const base = c == 0x6F ? 8 : c == 0x78 || c == 0x58 ? 16 : 10;
  const digits = intToStr(i, base, INT_STR_ABS | (c == 0x58 ? INT_STR_UPPER : 0));
  if (digits == NULL) return 0;
  const d = ptrOf(digits);
  const nd = strLength(d);
  const sb = newBuilder(nd + 4);
  if (intSign(i) < 0) appendCodePoint(sb, 0x2D);
  if ((flags & F_ALT) != 0 && base != 10) {
    appendCodePoint(sb, 0x30);
    appendCodePoint(sb, c == 0x6F ? 0x6F : c);
  }
  if (prec > <i64>nd) appendRepeated(sb, 0x30, <i32>(prec - nd));
  appendStr(sb, d);
  return finishBuilder(sb);
}

/** %e %E %f %F %g %G */
function floatText(v: Value, c: u32, flags: i32, prec: i64): usize {
  let f = v;
  if (!isFloat(v)) {
    if (!isNumber(v)) {
      raiseTypeMessage('must be real number, not ', v);
      return 0;
    }
    f = A.call1(ptrValue(A.floatType), v);
    if (f == NULL) return 0;
  }
  const x = floatOf(f);
  const upper = c < 0x61;
  const sb = newBuilder(24);
  appendDouble(sb, x, upper ? c + 0x20 : c, prec < 0 ? 6 : <i32>prec,
    ((flags & F_ALT) != 0 ? DTSF_ALT : 0) | (upper ? DTSF_UPPER : 0));
  return finishBuilder(sb);
}

/** %c: one character from an int or a one-character str (bytes: a byte from an int or bytes). */
function charText(v: Value): usize {
  const limit: i64 = bytesMode ? 256 : 0x110000;
  if (bytesMode ? hasKind(v, KIND_BYTES) : isStrValue(v)) {
    const length = bytesMode ? bytesLength(ptrOf(v)) : strLength(ptrOf(v));
    if (length == 1) {
      const cp = bytesMode ? <u32>load<u8>(bytesData(ptrOf(v))) : charAt(ptrOf(v), 0);
      return oneChar(cp);
    }
  } else if (A.isInstance(v, A.intType) || getSlot(A.typeOf(v), SLOT_INDEX) != 0) {
    const i = A.indexOf(v);
    if (i == NULL) return 0;
    const n: i64 = isSmallInt(i) ? intOf(i) : intSign(i) < 0 ? -1 : limit;
    if (n < 0 || n >= limit) {
      raiseJs(OverflowError, bytesMode ? '%c arg not in range(256)' : '%c arg not in range(0x110000)');
      return 0;
    }
    return oneChar(<u32>n);
  }
  raiseJs(TypeError, bytesMode ? '%c requires an integer in range(256) or a single byte' : '%c requires int or char');
  return 0;
}

function oneChar(cp: u32): usize {
  const sb = newBuilder(1);
  appendCodePoint(sb, cp);
  return finishBuilder(sb);
}

/** bytes' %s and %b: a bytes-like object or one with __bytes__, as Latin-1 text. */
function bytesText(v: Value): usize {
  let b = v;
  if (bytesLikeView(v) != 0) {
    b = ptrValue(bytesLikeView(v));
  } else {
    b = A.callSpecial0(v, N_bytes);
    if (b == NULL) {
      if (errOccurred()) return 0;
      const sb = newBuilder();
      appendJs(sb, '%b requires a bytes-like object, or an object that implements __bytes__, not ');
      appendCodePoint(sb, 0x27);
      appendStr(sb, A.typeNameOf(v));
      appendCodePoint(sb, 0x27);
      raiseStr(TypeError, finishBuilder(sb));
      return 0;
    }
  }
  const p = ptrOf(b);
  const sb = newBuilder(bytesLength(p));
  for (let i = 0; i < bytesLength(p); i++) appendCodePoint(sb, <u32>load<u8>(bytesData(p) + <usize>i));
  return finishBuilder(sb);
}

function raiseTypeMessage(prefix: string, v: Value): void {
  const sb = newBuilder();
  appendJs(sb, prefix);
  appendStr(sb, A.typeNameOf(v));
  raiseStr(TypeError, finishBuilder(sb));
}

// ---- layout (CPython's unicode_format_arg_output) ----

function output(sb: usize, s: usize, c: u32, flags: i32, width: i64, prec: i64, numeric: bool): void {
  let len = strLength(s);
  if ((width < 0 || width <= <i64>len) && (prec < 0 || prec >= <i64>len) && (flags & (F_SIGN | F_BLANK)) == 0) {
    appendStr(sb, s);
    return;
  }
  if ((c == 0x73 || c == 0x72 || c == 0x61 || c == 0x62) && prec >= 0 && <i64>len > prec) len = <i32>prec;
  let at = 0;
  let sign: u32 = 0;
  let signed = numeric;
  if (signed) {
    const first = len > 0 ? charAt(s, 0) : 0;
    if (first == 0x2D || first == 0x2B) {
      sign = first;
      len--;
      at++;
    } else if (flags & F_SIGN) {
      sign = 0x2B;
    } else if (flags & F_BLANK) {
      sign = 0x20;
    } else {
      signed = false;
    }
  }
  const fill: u32 = numeric && (flags & F_ZERO) != 0 ? 0x30 : 0x20;
  if (width < <i64>len) width = len;
  if (signed) {
    if (fill != 0x20) appendCodePoint(sb, sign);
    if (width > <i64>len) width--;
  }
  const prefixed = (flags & F_ALT) != 0 && (c == 0x78 || c == 0x58 || c == 0x6F);
  if (prefixed) {
    if (fill != 0x20) {
      appendSubstring(sb, s, at, at + 2);
      at += 2;
    }
    width = max<i64>(width - 2, 0);
    len -= 2;
  }
  if (width > <i64>len && (flags & F_LJUST) == 0) {
    appendRepeated(sb, fill, <i32>(width - len));
    width = len;
  }
  if (fill == 0x20) {
    if (signed) appendCodePoint(sb, sign);
    if (prefixed) {
      appendSubstring(sb, s, at, at + 2);
      at += 2;
    }
  }
  appendSubstring(sb, s, at, at + len);
  if (width > <i64>len) appendRepeated(sb, 0x20, <i32>(width - len));
}

/** A key of a bytes format, as bytes. */
function latin1Bytes(s: usize): Value {
  return ptrValue(encodeStr(s, ENC_LATIN1, ERR_STRICT));
}
