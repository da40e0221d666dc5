// The codecs str.encode, bytes.decode and str(b, encoding) support: UTF-8, ASCII and Latin-1,
// with the error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace (encode),
// surrogateescape and surrogatepass (UTF-8), and CPython's error messages and error ranges.

import { Value, NULL, ptrOf } from '../value';
import { alloc } from '../heap';
import { KIND_RAW } from '../object';
import { raiseStr, raiseEmpty, errOccurred } from '../errors';
import { LookupError, UnicodeEncodeError, UnicodeDecodeError, MemoryError, TypeError } from './exception';
import { typeNameOf } from '../abstract';
import { isStrValue } from './text-args';
import { strLength, strWidth, strData, charAt, setCharAt, isAscii, newStr, finishStr, STR_DATA } from './str';
import { newBytes } from './bytes';
import { newBuilder, appendCodePoint, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { emptyStr } from './str-ops';

export const ENC_UTF8: i32 = 1;
export const ENC_ASCII: i32 = 2;
export const ENC_LATIN1: i32 = 3;

export const ERR_STRICT: i32 = 0;
export const ERR_IGNORE: i32 = 1;
export const ERR_REPLACE: i32 = 2;
export const ERR_BACKSLASHREPLACE: i32 = 3;
export const ERR_XMLCHARREFREPLACE: i32 = 4;
export const ERR_SURROGATEESCAPE: i32 = 5;
export const ERR_SURROGATEPASS: i32 = 6;
/** A name no handler has: LookupError when an error actually needs the handler. */
export const ERR_UNKNOWN: i32 = 7;

const UTF8_ALIASES: StaticArray<string> = ['utf_8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4'];
const ASCII_ALIASES: StaticArray<string> = ['ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968',
  'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us',
  'us_ascii'];
const LATIN1_ALIASES: StaticArray<string> = ['latin_1', 'latin1', 'latin', 'l1', 'iso8859_1',
  'iso_8859_1', '8859', 'cp819', 'iso_ir_100', 'csisolatin1', 'iso_8859_1_1987', 'ibm819', 'iso_8859_1:1987'];
const ERROR_NAMES: StaticArray<string> = ['strict', 'ignore', 'replace', 'backslashreplace',
  'xmlcharrefreplace', 'surrogateescape', 'surrogatepass'];

// ---- names ----

/** Scratch for a normalised encoding name (names longer than this are unknown anyway). */
const NAME_MAX: i32 = 64;
const nameBuffer = memory.data(NAME_MAX);
let nameLength: i32 = 0;

/** Python's encodings.normalize_encoding, lowercased: runs of punctuation become one '_'. */
function normaliseName(name: usize): bool {
  nameLength = 0;
  let punct = false;
  const n = strLength(name);
  for (let i = 0; i < n; i++) {
    let c = charAt(name, i);
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
    if (alnum || c == 0x2E) {
      if (punct && nameLength > 0 && !appendNameChar(0x5F)) return false;
      if (c >= 0x41 && c <= 0x5A) c += 0x20;
      if (!appendNameChar(c)) return false;
      punct = false;
    } else if (c < 0x80) {
      punct = true;
    } else {
      return false;
    }
  }
  return true;
}

function appendNameChar(c: u32): bool {
  if (nameLength == NAME_MAX) return false;
  store<u8>(nameBuffer + <usize>nameLength, <u8>c);
  nameLength++;
  return true;
}

function nameIs(alias: string): bool {
  if (alias.length != nameLength) return false;
  for (let i = 0; i < nameLength; i++) {
    const c = <u32>load<u8>(nameBuffer + <usize>i);
    const a = <u32>alias.charCodeAt(i);
    if (c != a && !(c == 0x2E && a == 0x5F)) return false;
  }
  return true;
}

function nameIn(aliases: StaticArray<string>): bool {
  for (let i = 0; i < aliases.length; i++) if (nameIs(unchecked(aliases[i]))) return true;
  return false;
}

/** The codec for an encoding name, or 0 with LookupError set. */
export function lookupEncoding(name: usize): i32 {
  if (normaliseName(name)) {
    if (nameIn(UTF8_ALIASES)) return ENC_UTF8;
    if (nameIn(ASCII_ALIASES)) return ENC_ASCII;
    if (nameIn(LATIN1_ALIASES)) return ENC_LATIN1;
  }
  const sb = newBuilder();
  appendJs(sb, 'unknown encoding: ');
  appendStr(sb, name);
  raiseStr(LookupError, finishBuilder(sb));
  return 0;
}

/** The error handler for a name (ERR_UNKNOWN when there is none: raised only when needed). */
export function lookupErrors(name: usize): i32 {
  const n = strLength(name);
  for (let h = 0; h < ERROR_NAMES.length; h++) {
    const js = unchecked(ERROR_NAMES[h]);
    if (js.length != n) continue;
    let same = true;
    for (let i = 0; i < n && same; i++) same = charAt(name, i) == <u32>js.charCodeAt(i);
    if (same) return h;
  }
  return ERR_UNKNOWN;
}

function codecName(enc: i32): string {
  return enc == ENC_UTF8 ? 'utf-8' : enc == ENC_ASCII ? 'ascii' : 'latin-1';
}

/** The errors argument's name, for "unknown error handler name" (set by codecFromArgs). */
let errorsName: usize = 0;

/** The codec and error handler codecFromArgs chose. */
export let chosenEncoding: i32 = ENC_UTF8;
export let chosenErrors: i32 = ERR_STRICT;

/**
 * Reads the encoding and errors arguments of `fname` (NULL: not given; defaults utf-8 and
 * strict) into chosenEncoding and chosenErrors: false with TypeError or LookupError set.
 */
export function codecFromArgs(fname: string, encoding: Value, errors: Value): bool {
  if (encoding != NULL && !isStrValue(encoding)) return raiseArgumentType(fname, 'encoding', encoding);
  if (errors != NULL && !isStrValue(errors)) return raiseArgumentType(fname, 'errors', errors);
  chosenEncoding = encoding == NULL ? ENC_UTF8 : lookupEncoding(ptrOf(encoding));
  if (chosenEncoding == 0) return false;
  chosenErrors = errors == NULL ? ERR_STRICT : lookupErrors(ptrOf(errors));
  if (errors != NULL) errorsName = ptrOf(errors);
  return true;
}

/** "str() argument 'encoding' must be str, not int" */
function raiseArgumentType(fname: string, param: string, v: Value): bool {
  const sb = newBuilder();
  appendJs(sb, fname);
  appendJs(sb, "() argument '");
  appendJs(sb, param);
  appendJs(sb, "' must be str, not ");
  appendStr(sb, typeNameOf(v));
  raiseStr(TypeError, finishBuilder(sb));
  return false;
}

function raiseUnknownHandler(): void {
  const sb = newBuilder();
  appendJs(sb, "unknown error handler name '");
  appendStr(sb, errorsName);
  appendJs(sb, "'");
  raiseStr(LookupError, finishBuilder(sb));
}

// ---- a growable byte buffer for encoders ----

let outBuffer: usize = 0;
let outLength: i32 = 0;
let outCapacity: i32 = 0;

function outStart(capacity: i32): void {
  outCapacity = max(capacity, 16);
  outBuffer = alloc(8 + <usize>outCapacity, 0, KIND_RAW);
  outLength = 0;
}

function outByte(b: u32): void {
  if (outLength == outCapacity) {
    const bigger = alloc(8 + (<usize>outCapacity << 1), 0, KIND_RAW);
    memory.copy(bigger + 8, outBuffer + 8, <usize>outLength);
    outBuffer = bigger;
    outCapacity <<= 1;
  }
  store<u8>(outBuffer + 8 + <usize>outLength, <u8>b);
  outLength++;
}

function outAscii(js: string): void {
  for (let i = 0; i < js.length; i++) outByte(<u32>js.charCodeAt(i));
}

function outHex(v: u32, digits: i32): void {
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    const d = (v >> <u32>shift) & 0xF;
    outByte(d < 10 ? 0x30 + d : 0x57 + d);
  }
}

function outDecimal(v: u32): void {
  if (v >= 10) outDecimal(v / 10);
  outByte(0x30 + v % 10);
}

function outUtf8(cp: u32): void {
  if (cp < 0x80) {
    outByte(cp);
  } else if (cp < 0x800) {
    outByte(0xC0 | (cp >> 6));
    outByte(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    outByte(0xE0 | (cp >> 12));
    outByte(0x80 | ((cp >> 6) & 0x3F));
    outByte(0x80 | (cp & 0x3F));
  } else {
    outByte(0xF0 | (cp >> 18));
    outByte(0x80 | ((cp >> 12) & 0x3F));
    outByte(0x80 | ((cp >> 6) & 0x3F));
    outByte(0x80 | (cp & 0x3F));
  }
}

/** The bytes written so far, as a bytes object (0 with MemoryError set). */
function outFinish(): usize {
  const b = newBytes(outBuffer + 8, outLength);
  outBuffer = 0;
  if (b == 0) raiseEmpty(MemoryError);
  return b;
}

// ---- encoding ----

/** Whether the codec can encode cp as itself. */
// @ts-ignore: decorator
@inline function encodable(enc: i32, cp: u32): bool {
  if (enc == ENC_ASCII) return cp < 0x80;
  if (enc == ENC_LATIN1) return cp < 0x100;
  return cp < 0xD800 || cp > 0xDFFF;
}

/** s encoded as bytes; 0 with the exception set. */
export function encodeStr(s: usize, enc: i32, errors: i32): usize {
  const n = strLength(s);
  if (isAscii(s) || (enc == ENC_LATIN1 && strWidth(s) == 1)) {
    const b = newBytes(strData(s), n);
    if (b == 0) raiseEmpty(MemoryError);
    return b;
  }
  if (enc == ENC_UTF8) {
    const w = strWidth(s);
    const size = w == 1 ? utf8Size<u8>(s) : w == 2 ? utf8Size<u16>(s) : utf8Size<u32>(s);
    if (size >= 0) {
      const b = size > <i64>i32.MAX_VALUE ? <usize>0 : newBytes(0, <i32>size);
      if (b == 0) raiseEmpty(MemoryError);
      else if (w == 1) writeUtf8Units<u8>(s, strData(b));
      else if (w == 2) writeUtf8Units<u16>(s, strData(b));
      else writeUtf8Units<u32>(s, strData(b));
      return b;
    }
  }
  outStart(n + (n >> 1));
  let i = 0;
  while (i < n) {
    const cp = charAt(s, i);
    if (encodable(enc, cp)) {
      if (enc == ENC_UTF8) outUtf8(cp);
      else outByte(cp);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && !encodable(enc, charAt(s, end))) end++;
    if (!encodeError(s, enc, errors, i, end)) return 0;
    i = end;
  }
  return outFinish();
}

/** The UTF-8 size of s (units of type T), or -1 when it holds a surrogate (an error to encode). */
function utf8Size<T>(s: usize): i64 {
  const n = strLength(s);
  const d = strData(s);
  let size: i64 = 0;
  for (let i = 0; i < n; i++) {
    const c = <u32>load<T>(d + (<usize>i << alignof<T>()));
    if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (c < 0x10000) {
      if (c >= 0xD800 && c <= 0xDFFF) return -1;
      size += 3;
    } else size += 4;
  }
  return size;
}

/** Writes s (units of type T, no surrogates) as UTF-8 at out. */
function writeUtf8Units<T>(s: usize, out: usize): void {
  const n = strLength(s);
  const d = strData(s);
  let o = out;
  for (let i = 0; i < n; i++) {
    const c = <u32>load<T>(d + (<usize>i << alignof<T>()));
    if (c < 0x80) {
      store<u8>(o++, <u8>c);
    } else if (c < 0x800) {
      store<u8>(o++, <u8>(0xC0 | (c >> 6)));
      store<u8>(o++, <u8>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      store<u8>(o++, <u8>(0xE0 | (c >> 12)));
      store<u8>(o++, <u8>(0x80 | ((c >> 6) & 0x3F)));
      store<u8>(o++, <u8>(0x80 | (c & 0x3F)));
    } else {
      store<u8>(o++, <u8>(0xF0 | (c >> 18)));
      store<u8>(o++, <u8>(0x80 | ((c >> 12) & 0x3F)));
      store<u8>(o++, <u8>(0x80 | ((c >> 6) & 0x3F)));
      store<u8>(o++, <u8>(0x80 | (c & 0x3F)));
    }
  }
}

/** Applies the error handler to s[start:end], whose characters the codec cannot encode. */
function encodeError(s: usize, enc: i32, errors: i32, start: i32, end: i32): bool {
  if (errors == ERR_STRICT) return raiseEncodeError(s, enc, start, end);
  if (errors == ERR_UNKNOWN) {
    raiseUnknownHandler();
    return false;
  }
  for (let i = start; i < end; i++) {
    const cp = charAt(s, i);
    if (errors == ERR_REPLACE) {
      outByte(0x3F);
    } else if (errors == ERR_BACKSLASHREPLACE) {
      outByte(0x5C);
      if (cp < 0x100) {
        outByte(0x78);
        outHex(cp, 2);
      } else if (cp < 0x10000) {
        outByte(0x75);
        outHex(cp, 4);
      } else {
        outByte(0x55);
        outHex(cp, 8);
      }
    } else if (errors == ERR_XMLCHARREFREPLACE) {
      outAscii('&#');
      outDecimal(cp);
      outByte(0x3B);
    } else if (errors == ERR_SURROGATEESCAPE && cp >= 0xDC80 && cp <= 0xDCFF) {
      outByte(cp - 0xDC00);
    } else if (errors == ERR_SURROGATEPASS && enc == ENC_UTF8) {
      outUtf8(cp);
    } else if (errors != ERR_IGNORE) {
      return raiseEncodeError(s, enc, i, i + 1);
    }
  }
  return true;
}

function raiseEncodeError(s: usize, enc: i32, start: i32, end: i32): bool {
  const sb = newBuilder();
  appendJs(sb, "'");
  appendJs(sb, codecName(enc));
  appendJs(sb, "' codec can't encode ");
  if (end - start == 1) {
    const cp = charAt(s, start);
    appendJs(sb, "character '\\");
    if (cp < 0x100) {
      appendCodePoint(sb, 0x78);
      appendHexTo(sb, cp, 2);
    } else if (cp < 0x10000) {
      appendCodePoint(sb, 0x75);
      appendHexTo(sb, cp, 4);
    } else {
      appendCodePoint(sb, 0x55);
      appendHexTo(sb, cp, 8);
    }
    appendJs(sb, "' in position ");
    appendI64(sb, start);
  } else {
    appendJs(sb, 'characters in position ');
    appendI64(sb, start);
    appendJs(sb, '-');
    appendI64(sb, end - 1);
  }
  appendJs(sb, ': ');
  appendJs(sb, enc == ENC_UTF8 ? 'surrogates not allowed' : enc == ENC_ASCII ? 'ordinal not in range(128)' :
    'ordinal not in range(256)');
  raiseStr(UnicodeEncodeError, finishBuilder(sb));
  return false;
}

function appendHexTo(sb: usize, v: u32, digits: i32): void {
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    const d = (v >> <u32>shift) & 0xF;
    appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
  }
}

// ---- decoding ----

// @ts-ignore: decorator
@inline function isContinuation(b: u32): bool {
  return (b & 0xC0) == 0x80;
}

/** Decode results of one UTF-8 sequence: the code point, or an error and its extent. */
let seqLength: i32 = 0;
let seqError: string = '';

/**
 * Decodes the UTF-8 sequence at p[i] (of n bytes) as CPython's decoder does: returns the code
 * point and sets seqLength, or returns -1 and sets seqError and seqLength to the bytes the
 * error covers.
 */
function decodeUtf8Sequence(p: usize, i: i32, n: i32): i32 {
  const b0 = <u32>load<u8>(p + <usize>i);
  const left = n - i;
  if (b0 < 0x80) {
    seqLength = 1;
    return <i32>b0;
  }
  if (b0 < 0xC2 || b0 > 0xF4) return utf8Error('invalid start byte', 1);
  const need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
  for (let k = 1; k < need; k++) {
    if (k >= left) return utf8Error('unexpected end of data', left);
    const b = <u32>load<u8>(p + <usize>(i + k));
    let ok = isContinuation(b);
    if (k == 1 && ok) {
      // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
      if (b0 == 0xE0) ok = b >= 0xA0;
      else if (b0 == 0xED) ok = b < 0xA0;
      else if (b0 == 0xF0) ok = b >= 0x90;
      else if (b0 == 0xF4) ok = b < 0x90;
    }
    if (!ok) return utf8Error('invalid continuation byte', k);
  }
  seqLength = need;
  const b1 = <u32>load<u8>(p + <usize>(i + 1)) & 0x3F;
  if (need == 2) return <i32>(((b0 & 0x1F) << 6) | b1);
  const b2 = <u32>load<u8>(p + <usize>(i + 2)) & 0x3F;
  if (need == 3) return <i32>(((b0 & 0x0F) << 12) | (b1 << 6) | b2);
  const b3 = <u32>load<u8>(p + <usize>(i + 3)) & 0x3F;
  return <i32>(((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3);
}

function utf8Error(reason: string, length: i32): i32 {
  seqError = reason;
  seqLength = length;
  return -1;
}

/** bytes p[0:n] decoded to a str; 0 with the exception set. */
export function decodeBytes(p: usize, n: i32, enc: i32, errors: i32): usize {
  if (n == 0) return emptyStr();
  if (allAscii(p, n)) {
    const s = newStr(n, 1);
    if (s == 0) {
      raiseEmpty(MemoryError);
      return 0;
    }
    memory.copy(s + STR_DATA, p, <usize>n);
    return finishStr(s);
  }
  if (enc == ENC_UTF8) {
    const s = decodeValidUtf8(p, n);
    if (s != 0 || errOccurred()) return s;
  }
  const sb = newBuilder(n);
  let i = 0;
  while (i < n) {
    if (enc == ENC_LATIN1) {
      appendCodePoint(sb, <u32>load<u8>(p + <usize>i));
      i++;
      continue;
    }
    let cp: i32;
    if (enc == ENC_ASCII) {
      cp = load<u8>(p + <usize>i) < 0x80 ? <i32>load<u8>(p + <usize>i) : utf8Error('ordinal not in range(128)', 1);
      if (cp >= 0) seqLength = 1;
    } else {
      cp = decodeUtf8Sequence(p, i, n);
    }
    if (cp >= 0) {
      appendCodePoint(sb, <u32>cp);
    } else if (!decodeError(sb, p, n, enc, errors, i, i + seqLength)) {
      return 0;
    }
    i += seqLength;
  }
  const s = finishBuilder(sb);
  if (s == 0) raiseEmpty(MemoryError);
  return s;
}

/**
 * UTF-8 without errors, decoded straight into a str of the right width (a first pass counts
 * the characters and finds the widest); 0 when the data has an error (the caller's general
 * path reports it) or, with MemoryError set, when the str is too large.
 */
function decodeValidUtf8(p: usize, n: i32): usize {
  let count = 0;
  let maxCp: i32 = 0x7F;
  let i = 0;
  while (i < n) {
    const ascii = asciiRun(p, i, n);
    count += ascii;
    i += ascii;
    if (i == n) break;
    const cp = decodeUtf8Sequence(p, i, n);
    if (cp < 0) return 0;
    if (cp > maxCp) maxCp = cp;
    count++;
    i += seqLength;
  }
  const s = newStr(count, maxCp < 0x100 ? 1 : maxCp < 0x10000 ? 2 : 4);
  if (s == 0) {
    raiseEmpty(MemoryError);
    return 0;
  }
  i = 0;
  let k = 0;
  while (i < n) {
    const b = <u32>load<u8>(p + <usize>i);
    if (b < 0x80) {
      setCharAt(s, k++, b);
      i++;
    } else {
      setCharAt(s, k++, <u32>decodeUtf8Sequence(p, i, n));
      i += seqLength;
    }
  }
  return finishStr(s);
}

/** How many ASCII bytes p[i:n] starts with. */
function asciiRun(p: usize, i: i32, n: i32): i32 {
  let j = i;
  while (j + 8 <= n && (load<u64>(p + <usize>j) & 0x8080808080808080) == 0) j += 8;
  while (j < n && load<u8>(p + <usize>j) < 0x80) j++;
  return j - i;
}

function allAscii(p: usize, n: i32): bool {
  let i = 0;
  for (; i + 8 <= n; i += 8) if (load<u64>(p + <usize>i) & 0x8080808080808080) return false;
  for (; i < n; i++) if (load<u8>(p + <usize>i) >= 0x80) return false;
  return true;
}

function decodeError(sb: usize, p: usize, n: i32, enc: i32, errors: i32, start: i32, end: i32): bool {
  if (errors == ERR_REPLACE) {
    appendCodePoint(sb, 0xFFFD);
  } else if (errors == ERR_BACKSLASHREPLACE) {
    for (let i = start; i < end; i++) {
      appendJs(sb, '\\x');
      appendHexTo(sb, <u32>load<u8>(p + <usize>i), 2);
    }
  } else if (errors == ERR_SURROGATEESCAPE) {
    for (let i = start; i < end; i++) appendCodePoint(sb, 0xDC00 + <u32>load<u8>(p + <usize>i));
  } else if (errors == ERR_UNKNOWN) {
    raiseUnknownHandler();
    return false;
  } else if (errors != ERR_IGNORE) {
    return raiseDecodeError(p, enc, start, end);
  }
  return true;
}

function raiseDecodeError(p: usize, enc: i32, start: i32, end: i32): bool {
  const sb = newBuilder();
  appendJs(sb, "'");
  appendJs(sb, codecName(enc));
  appendJs(sb, "' codec can't decode ");
  if (end - start == 1) {
    appendJs(sb, 'byte 0x');
    appendHexTo(sb, <u32>load<u8>(p + <usize>start), 2);
    appendJs(sb, ' in position ');
    appendI64(sb, start);
  } else {
    appendJs(sb, 'bytes in position ');
    appendI64(sb, start);
    appendJs(sb, '-');
    appendI64(sb, end - 1);
  }
  appendJs(sb, ': ');
  appendJs(sb, seqError);
  raiseStr(UnicodeDecodeError, finishBuilder(sb));
  return false;
}

