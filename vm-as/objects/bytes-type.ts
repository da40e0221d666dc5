// The bytes type: repr, hashing and comparison, items (ints), slices and iteration, +, *, %,
// `in`, the constructor, decode, hex/fromhex, maketrans/translate, the ASCII case methods and
// predicates, and the methods bytes shares with str (text-methods.ts). A bytes object has a
// one-byte str's layout (bytes.ts), so str's helpers read it directly.

import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, intOf, ptrOf, ptrValue,
  smallInt } from '../value';
import { hasKind, typeOfPtr, setTypeOfPtr, KIND_BYTES, KIND_LIST, KIND_TUPLE, KIND_ITERATOR } from '../object';
import { setSlot, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_LEN, SLOT_ITER, SLOT_NEXT,
  SLOT_GETITEM, SLOT_CONTAINS, SLOT_NB, SLOT_NEW } from '../types';
import { strLength, strData, strHash, strEquals, isAscii, charAt } from './str';
import { bytesType, newBytes } from './bytes';
import { newBuilder, appendCodePoint, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { raiseJs, raiseStr, raiseEmpty, errOccurred, excMatches, clearExc } from '../errors';
import { TypeError, ValueError, IndexError, MemoryError, OverflowError } from './exception';
import { CMP_EQ, CMP_NE, NB_ADD, NB_MULTIPLY, NB_REMAINDER } from '../generated/opcodes';
import { defineMethod, defineClassMethod, defineStaticMethod } from './builtin';
import { checkNoArgs, checkOneArg, checkArgCount, checkNoKwargs } from './args';
import { isSlice, isIndexable, indexValue, normalizeSlice, sliceStart, sliceStep } from './slice';
import { rightOperandTurn, raiseCantMultiply, compareInts, seqLength, seqItem } from './sequence';
import { ITER_SOURCE, ITER_INDEX, newSequenceIterator, iteratorIterSlot } from './iterators';
import { newBuiltinType } from '../typesetup';
import { tuple1 } from './tuple';
import { addPermanentRoot, pushTempRoot, popTempRoots } from '../gc';
import * as A from '../abstract';
import { N_bytes } from '../names';
import { strFind, slicePiece, exactBytes, compareText, copyMemory } from './str-ops';
import { encodeStr, decodeBytes, codecFromArgs, chosenEncoding, chosenErrors, ENC_LATIN1,
  ERR_STRICT } from './str-codecs';
import { percentFormatBytes } from './percent-format';
import { arg, isStrValue, keywordArgs, raiseTypeNamed, asInt, conversionFailed } from './text-args';
import * as T from './text-methods';
import { viewOf, sameKindAs } from './bytearray';
import { bytesLikeView, isBytesLike } from './buffer';

/** Scratch for keyword-bound arguments (read out before anything can call back into Python). */
const boundArgs = memory.data(3 * 8);

// @ts-ignore: decorator
@inline function bound(i: i32): Value {
  return load<u64>(boundArgs + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline function isBytes(v: Value): bool {
  return hasKind(v, KIND_BYTES);
}

// @ts-ignore: decorator
@inline function byteAt(b: usize, i: i32): u32 {
  return <u32>load<u8>(strData(b) + <usize>i);
}

/** A bytes result, or MemoryError when it could not be allocated. */
function bytesResult(b: usize): Value {
  return b == 0 ? raiseEmpty(MemoryError) : ptrValue(b);
}

// ---- repr ----

function appendHexByte(sb: usize, c: u32): void {
  const hi = c >> 4;
  const lo = c & 15;
  appendCodePoint(sb, hi < 10 ? 0x30 + hi : 0x57 + hi);
  appendCodePoint(sb, lo < 10 ? 0x30 + lo : 0x57 + lo);
}

/**
 * repr(b): b'…' with CPython's quote choice and escapes. A bytearray's (escapeSingle) escapes
 * every single quote, also between double quotes, as CPython's bytearray_repr does.
 */
export function bytesReprOf(b: usize, escapeSingle: bool = false): usize {
  const n = strLength(b);
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < n; i++) {
    const c = byteAt(b, i);
    if (c == 0x27) hasSingle = true;
    else if (c == 0x22) hasDouble = true;
  }
  const quote: u32 = hasSingle && !hasDouble ? 0x22 : 0x27;
  const sb = newBuilder(n + 3);
  appendCodePoint(sb, 0x62);
  appendCodePoint(sb, quote);
  for (let i = 0; i < n; i++) {
    const c = byteAt(b, i);
    if (c == quote || c == 0x5C || (escapeSingle && c == 0x27)) {
      appendCodePoint(sb, 0x5C);
      appendCodePoint(sb, c);
    } else if (c == 0x09 || c == 0x0A || c == 0x0D) {
      appendCodePoint(sb, 0x5C);
      appendCodePoint(sb, c == 0x09 ? 0x74 : c == 0x0A ? 0x6E : 0x72);
    } else if (c < 0x20 || c >= 0x7F) {
      appendJs(sb, '\\x');
      appendHexByte(sb, c);
    } else {
      appendCodePoint(sb, c);
    }
  }
  appendCodePoint(sb, quote);
  return finishBuilder(sb);
}

function bytesReprSlot(v: Value): Value {
  return ptrValue(bytesReprOf(ptrOf(v)));
}

// ---- hashing, comparison, length ----

function bytesHashSlot(v: Value): i64 {
  return strHash(ptrOf(v));
}

function bytesRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isBytes(b)) return NOT_IMPLEMENTED;
  if (op == CMP_EQ || op == CMP_NE) return strEquals(ptrOf(a), ptrOf(b)) == (op == CMP_EQ) ? TRUE : FALSE;
  return compareInts(compareText(ptrOf(a), ptrOf(b)), op) ? TRUE : FALSE;
}

function bytesLenSlot(v: Value): i64 {
  return strLength(ptrOf(v));
}

// ---- items, slices, iteration, membership ----

function bytesGetItemSlot(v: Value, key: Value): Value {
  const b = ptrOf(v);
  if (isSlice(key)) return bytesSlice(b, ptrOf(key));
  if (!isIndexable(key)) return raiseTypeNamed('byte indices must be integers or slices, not ', key, '');
  let i = indexValue(key, IndexError);
  if (i == -1 && errOccurred()) return NULL;
  const n = <i64>strLength(b);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseJs(IndexError, 'index out of range');
  return smallInt(byteAt(b, <i32>i));
}

function bytesSlice(b: usize, slice: usize): Value {
  const n = normalizeSlice(slice, strLength(b));
  if (n < 0) return NULL;
  const start = <i32>sliceStart;
  if (sliceStep == 1) return bytesResult(slicePiece(b, start, start + <i32>n));
  const r = newBytes(0, <i32>n);
  if (r == 0) return raiseEmpty(MemoryError);
  const step = <i32>sliceStep;
  for (let k = 0, i = start; k < <i32>n; k++, i += step) store<u8>(strData(r) + <usize>k, <u8>byteAt(b, i));
  return ptrValue(r);
}

let bytesIteratorType: usize = 0;

function bytesIterSlot(v: Value): Value {
  return newSequenceIterator(bytesIteratorType, 0, v);
}

/** The next item of an iterator over a bytes or a bytearray (which may have changed length). */
export function bytesIteratorNextSlot(it: Value): Value {
  const p = ptrOf(it);
  const src = load<u64>(p + ITER_SOURCE);
  if (src == NULL) return NULL;
  const i = load<i64>(p + ITER_INDEX);
  const b = ptrOf(viewOf(src));
  if (i < <i64>strLength(b)) {
    store<i64>(p + ITER_INDEX, i + 1);
    return smallInt(byteAt(b, <i32>i));
  }
  store<u64>(p + ITER_SOURCE, NULL);
  return NULL;
}

/** `item in b` for a bytes or a bytearray. */
export function bytesContainsSlot(v: Value, item: Value): i32 {
  const b = ptrOf(viewOf(v));
  const sub = bytesLikeView(item);
  if (sub != 0) return strFind(b, sub, 0, strLength(b), false) >= 0 ? 1 : 0;
  if (!isIndexable(item)) {
    raiseTypeNamed("a bytes-like object is required, not '", item, "'");
    return -1;
  }
  const byte = indexValue(item, 0);
  if (byte == -1 && errOccurred()) return -1;
  if (byte < 0 || byte > 255) {
    raiseJs(ValueError, 'byte must be in range(0, 256)');
    return -1;
  }
  const n = strLength(b);
  for (let i = 0; i < n; i++) if (byteAt(b, i) == <u32>byte) return 1;
  return 0;
}

// ---- operators ----

function bytesAddSlot(a: Value, b: Value): Value {
  if (!isBytes(a)) return NOT_IMPLEMENTED;
  if (!isBytes(b) && isBytesLike(b)) return concatBytesLike(ptrOf(a), b);
  if (!isBytes(b)) {
    const r = rightOperandTurn(a, b, NB_ADD, changetype<usize>(bytesAddSlot));
    if (r != NOT_IMPLEMENTED) return r;
    const sb = newBuilder();
    appendJs(sb, "can't concat ");
    appendStr(sb, A.typeNameOf(b));
    appendJs(sb, ' to bytes');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const x = ptrOf(a);
  const y = ptrOf(b);
  const nx = strLength(x);
  const ny = strLength(y);
  if (ny == 0 && typeOfPtr(x) == bytesType) return a;
  if (nx == 0 && typeOfPtr(y) == bytesType) return b;
  if (<i64>nx + <i64>ny > <i64>i32.MAX_VALUE) return raiseEmpty(MemoryError);
  const r = newBytes(0, nx + ny);
  if (r == 0) return raiseEmpty(MemoryError);
  copyMemory(strData(r), strData(x), <usize>nx);
  copyMemory(strData(r) + <usize>nx, strData(y), <usize>ny);
  return ptrValue(r);
}

/** bytes + a bytearray or memoryview: bytes. */
function concatBytesLike(a: usize, b: Value): Value {
  const view = bytesLikeView(b);
  if (view == 0) return NULL;
  const na = strLength(a);
  const nb = strLength(view);
  if (<i64>na + <i64>nb > <i64>i32.MAX_VALUE) return raiseEmpty(MemoryError);
  const r = newBytes(0, na + nb);
  if (r == 0) return raiseEmpty(MemoryError);
  copyMemory(strData(r), strData(a), <usize>na);
  copyMemory(strData(r) + <usize>na, strData(view), <usize>nb);
  return ptrValue(r);
}

function bytesMultiplySlot(a: Value, b: Value): Value {
  if (isBytes(a)) {
    if (isIndexable(b)) return T.textRepeat(ptrOf(a), b, true);
    const r = rightOperandTurn(a, b, NB_MULTIPLY, changetype<usize>(bytesMultiplySlot));
    return r != NOT_IMPLEMENTED ? r : raiseCantMultiply(b);
  }
  if (isIndexable(a)) return T.textRepeat(ptrOf(b), a, true);
  return raiseCantMultiply(a);
}

/** b % args: formatted on the format's Latin-1 text, then back to bytes. */
export function bytesRemainderSlot(a: Value, b: Value): Value {
  if (!isBytes(a)) return NOT_IMPLEMENTED;
  const fmt = decodeBytes(strData(ptrOf(a)), strLength(ptrOf(a)), ENC_LATIN1, ERR_STRICT);
  if (fmt == 0) return NULL;
  const text = percentFormatBytes(fmt, b);
  if (text == NULL) return NULL;
  const r = encodeStr(ptrOf(text), ENC_LATIN1, ERR_STRICT);
  return r == 0 ? NULL : ptrValue(r);
}

// ---- the constructor ----

const BYTES_PARAMS: StaticArray<string> = ['source', 'encoding', 'errors'];

/** bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]), bytes(obj with __bytes__) */
function bytesNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs('bytes', args, nargs, kwnames, BYTES_PARAMS, boundArgs)) return NULL;
  const source = bound(0);
  const encoding = bound(1);
  const errors = bound(2);
  const b = bytesFrom(source, encoding, errors);
  if (b == 0) return NULL;
  const t = ptrOf(type);
  if (t == bytesType) return ptrValue(b);
  const r = newBytes(strData(b), strLength(b));
  if (r == 0) return raiseEmpty(MemoryError);
  setTypeOfPtr(r, t);
  return ptrValue(r);
}

export function bytesFrom(source: Value, encoding: Value, errors: Value): usize {
  if (source == NULL) {
    if (encoding != NULL || errors != NULL) {
      raiseJs(TypeError, encoding != NULL ? 'encoding without a string argument' : 'errors without a string argument');
      return 0;
    }
    return newBytes(0, 0);
  }
  if (encoding != NULL || errors != NULL) {
    if (!isStrValue(source)) {
      raiseJs(TypeError, encoding != NULL ? 'encoding without a string argument' : 'errors without a string argument');
      return 0;
    }
    if (encoding == NULL) {
      raiseJs(TypeError, 'string argument without an encoding');
      return 0;
    }
    if (!codecFromArgs('bytes', encoding, errors)) return 0;
    return encodeStr(ptrOf(source), chosenEncoding, chosenErrors);
  }
  const viaDunder = bytesFromDunder(source);
  if (viaDunder != 0 || errOccurred()) return viaDunder;
  if (isStrValue(source)) {
    raiseJs(TypeError, 'string argument without an encoding');
    return 0;
  }
  if (isIndexable(source)) {
    const n = indexValue(source, OverflowError);
    if (n == -1 && errOccurred()) return 0;
    if (n < 0) {
      raiseJs(ValueError, 'negative count');
      return 0;
    }
    const b = n > <i64>i32.MAX_VALUE ? <usize>0 : newBytes(0, <i32>n);
    if (b == 0) raiseEmpty(MemoryError);
    return b;
  }
  if (isBytes(source)) return exactBytes(ptrOf(source));
  const view = bytesLikeView(source);
  if (view != 0) return newBytes(strData(view), strLength(view));
  return bytesFromIterable(source);
}

/** bytes(obj) through type(obj).__bytes__: 0 without an error when there is none. */
function bytesFromDunder(source: Value): usize {
  if (A.lookupInMro(A.typeOf(source), N_bytes) == NULL) return 0;
  const r = A.callSpecial0(source, N_bytes);
  if (r == NULL) return 0;
  if (!isBytes(r)) {
    raiseTypeNamed('__bytes__ returned non-bytes (type ', r, ')');
    return 0;
  }
  return ptrOf(r);
}

/** bytes from an iterable of ints in range(256); lists and tuples are read directly. */
export function bytesFromIterable(source: Value): usize {
  if (hasKind(source, KIND_LIST) || hasKind(source, KIND_TUPLE)) {
    const seq = ptrOf(source);
    const b = newBytes(0, seqLength(seq));
    if (b == 0) {
      raiseEmpty(MemoryError);
      return 0;
    }
    for (let i = 0; i < seqLength(seq) && i < strLength(b); i++) {
      const byte = byteValue(seqItem(seq, i));
      if (byte < 0) return 0;
      store<u8>(strData(b) + <usize>i, <u8>byte);
    }
    return b;
  }
  const it = A.getIter(source);
  if (it == NULL) {
    if (!excMatches(TypeError)) return 0;
    clearExc();
    raiseTypeNamed("cannot convert '", source, "' object to bytes");
    return 0;
  }
  pushTempRoot(it);
  const sb = newBuilder();
  pushTempRoot(ptrValue(sb));
  let ok = true;
  while (true) {
    const item = A.iterNext(it);
    if (item == NULL) {
      ok = !errOccurred();
      break;
    }
    const byte = byteValue(item);
    if (byte < 0) {
      ok = false;
      break;
    }
    appendCodePoint(sb, <u32>byte);
  }
  popTempRoots(2);
  if (!ok) return 0;
  const text = finishBuilder(sb);
  return text == 0 ? 0 : encodeStr(text, ENC_LATIN1, ERR_STRICT);
}

/** An item of bytes(iterable): its value in range(256), or -1 with an exception set. */
function byteValue(v: Value): i32 {
  const n = isSmallInt(v) ? intOf(v) : indexValue(v, ValueError);
  if (n == -1 && errOccurred()) {
    if (excMatches(ValueError)) {
      clearExc();
      raiseJs(ValueError, 'bytes must be in range(0, 256)');
    }
    return -1;
  }
  if (n < 0 || n > 255) {
    raiseJs(ValueError, 'bytes must be in range(0, 256)');
    return -1;
  }
  return <i32>n;
}

// ---- decode, hex, fromhex ----

const DECODE_PARAMS: StaticArray<string> = ['encoding', 'errors'];

function bytesDecodeMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs('decode', args, nargs, kwnames, DECODE_PARAMS, boundArgs)) return NULL;
  if (!codecFromArgs('decode', bound(0), bound(1))) return NULL;
  const b = ptrOf(viewOf(self));
  const s = decodeBytes(strData(b), strLength(b), chosenEncoding, chosenErrors);
  return s == 0 ? NULL : ptrValue(s);
}

const HEX_PARAMS: StaticArray<string> = ['sep', 'bytes_per_sep'];

/** b.hex(sep=None, bytes_per_sep=1): separators every |bytes_per_sep| bytes, counted from the right when positive. */
function bytesHexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs('hex', args, nargs, kwnames, HEX_PARAMS, boundArgs)) return NULL;
  const sepArg = bound(0);
  const perArg = bound(1);
  let sep: u32 = 0;
  if (sepArg != NULL && sepArg != NONE) {
    if (!isStrValue(sepArg) && !isBytes(sepArg)) return raiseTypeNamed("object of type '", sepArg, "' has no len()");
    if (strLength(ptrOf(sepArg)) != 1) return raiseJs(ValueError, 'sep must be length 1.');
    sep = isBytes(sepArg) ? byteAt(ptrOf(sepArg), 0) : <u32>load<u8>(strData(ptrOf(sepArg)));
    if (sep >= 0x80 || (isStrValue(sepArg) && !isAscii(ptrOf(sepArg)))) return raiseJs(ValueError, 'sep must be ASCII.');
  }
  let per: i64 = 1;
  if (perArg != NULL) {
    per = asInt(perArg);
    if (conversionFailed) return NULL;
  }
  const b = ptrOf(viewOf(self));
  const n = strLength(b);
  const group = per < 0 ? -per : per;
  const sb = newBuilder(n * 3);
  for (let i = 0; i < n; i++) {
    if (sep != 0 && group != 0 && i > 0 && (per > 0 ? <i64>(n - i) % group == 0 : <i64>i % group == 0)) {
      appendCodePoint(sb, sep);
    }
    appendHexByte(sb, byteAt(b, i));
  }
  const r = finishBuilder(sb);
  return r == 0 ? raiseEmpty(MemoryError) : ptrValue(r);
}

function hexDigit(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>(c - 0x30);
  if (c >= 0x61 && c <= 0x66) return <i32>(c - 0x57);
  if (c >= 0x41 && c <= 0x46) return <i32>(c - 0x37);
  return -1;
}

/** bytes.fromhex(string): pairs of hex digits, with whitespace allowed between pairs. */
export function bytesFromhexMethod(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('bytes.fromhex', nargs, kwnames)) return NULL;
  const s = arg(args, 0);
  if (!isStrValue(s)) return raiseTypeNamed('fromhex() argument must be str, not ', s, '');
  const text = ptrOf(s);
  const n = strLength(text);
  const out = newBuilder(n / 2 + 1);
  let i = 0;
  while (i < n) {
    const c = charAt(text, i);
    if (c == 0x20 || (c >= 0x09 && c <= 0x0D)) {
      i++;
      continue;
    }
    const hi = hexDigit(c);
    if (hi < 0) return raiseFromhex(i);
    const lo = i + 1 < n ? hexDigit(charAt(text, i + 1)) : -1;
    if (lo < 0) return raiseFromhex(i + 1);
    appendCodePoint(out, <u32>(hi * 16 + lo));
    i += 2;
  }
  const bytesText = finishBuilder(out);
  return bytesResult(bytesText == 0 ? 0 : encodeStr(bytesText, ENC_LATIN1, ERR_STRICT));
}

function raiseFromhex(position: i32): Value {
  const sb = newBuilder();
  appendJs(sb, 'non-hexadecimal number found in fromhex() arg at position ');
  appendI64(sb, position);
  return raiseStr(ValueError, finishBuilder(sb));
}

// ---- maketrans, translate ----

/** bytes.maketrans(frm, to): the 256-byte table mapping each byte of frm to the byte of to. */
export function bytesMaketransMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('bytes.maketrans', kwnames) || !checkArgCount('maketrans', nargs, 2, 2)) return NULL;
  for (let k = 0; k < 2; k++) {
    if (!isBytes(arg(args, k))) return raiseTypeNamed("a bytes-like object is required, not '", arg(args, k), "'");
  }
  const from = ptrOf(arg(args, 0));
  const to = ptrOf(arg(args, 1));
  if (strLength(from) != strLength(to)) return raiseJs(ValueError, 'maketrans arguments must have same length');
  const table = newBytes(0, 256);
  if (table == 0) return raiseEmpty(MemoryError);
  for (let i = 0; i < 256; i++) store<u8>(strData(table) + <usize>i, <u8>i);
  for (let i = 0; i < strLength(from); i++) store<u8>(strData(table) + <usize>byteAt(from, i), <u8>byteAt(to, i));
  return ptrValue(table);
}

const TRANSLATE_PARAMS: StaticArray<string> = ['table', 'delete'];

/** b.translate(table, /, delete=b''): drops the bytes in delete, maps the others through table (None: as is). */
function bytesTranslateMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs('translate', args, nargs, kwnames, TRANSLATE_PARAMS, boundArgs)) return NULL;
  if (nargs == 0) return raiseJs(TypeError, 'translate() takes at least 1 positional argument (0 given)');
  const tableArg = bound(0);
  const delArg = bound(1);
  const table = tableArg == NONE ? 0 : bytesLikeView(tableArg);
  if (tableArg != NONE && table == 0) return raiseTypeNamed("a bytes-like object is required, not '", tableArg, "'");
  if (table != 0 && strLength(table) != 256) return raiseJs(ValueError, 'translation table must be 256 characters long');
  const del = delArg == NULL ? 0 : bytesLikeView(delArg);
  if (delArg != NULL && del == 0) return raiseTypeNamed("a bytes-like object is required, not '", delArg, "'");
  const b = ptrOf(viewOf(self));
  const n = strLength(b);
  const r = newBytes(0, n);
  if (r == 0) return raiseEmpty(MemoryError);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const c = byteAt(b, i);
    if (del != 0 && containsByte(del, c)) continue;
    store<u8>(strData(r) + <usize>length, <u8>(table == 0 ? c : byteAt(table, <i32>c)));
    length++;
  }
  return sameKindAs(self, bytesResult(length == n && table == 0 ? exactBytes(b) : slicePiece(r, 0, length)));
}

function containsByte(b: usize, c: u32): bool {
  for (let i = 0; i < strLength(b); i++) if (byteAt(b, i) == c) return true;
  return false;
}

// ---- ASCII case conversions and predicates ----

// @ts-ignore: decorator
@inline function isLowerByte(c: u32): bool {
  return c >= 0x61 && c <= 0x7A;
}

// @ts-ignore: decorator
@inline function isUpperByte(c: u32): bool {
  return c >= 0x41 && c <= 0x5A;
}

// @ts-ignore: decorator
@inline function isDigitByte(c: u32): bool {
  return c >= 0x30 && c <= 0x39;
}

const UPPER: i32 = 0;
const LOWER: i32 = 1;
const TITLE: i32 = 2;
const CAPITALIZE: i32 = 3;
const SWAPCASE: i32 = 4;

/** The case conversions of bytes: ASCII letters only. */
function mapCase(self: Value, mode: i32): Value {
  const b = ptrOf(self);
  const n = strLength(b);
  const r = newBytes(0, n);
  if (r == 0) return raiseEmpty(MemoryError);
  let previousCased = false;
  for (let i = 0; i < n; i++) {
    const c = byteAt(b, i);
    let upper: bool;
    if (mode == UPPER) upper = true;
    else if (mode == LOWER) upper = false;
    else if (mode == TITLE) upper = !previousCased;
    else if (mode == CAPITALIZE) upper = i == 0;
    else upper = isLowerByte(c);
    let m = c;
    if (upper && isLowerByte(c)) m = c - 0x20;
    else if (!upper && isUpperByte(c)) m = c + 0x20;
    store<u8>(strData(r) + <usize>i, <u8>m);
    previousCased = isLowerByte(c) || isUpperByte(c);
  }
  return ptrValue(r);
}

function bytesUpperMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, checkNoArgs('bytes.upper', nargs, kwnames) ? mapCase(viewOf(self), UPPER) : NULL);
}

function bytesLowerMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, checkNoArgs('bytes.lower', nargs, kwnames) ? mapCase(viewOf(self), LOWER) : NULL);
}

function bytesTitleMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, checkNoArgs('bytes.title', nargs, kwnames) ? mapCase(viewOf(self), TITLE) : NULL);
}

function bytesCapitalizeMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, checkNoArgs('bytes.capitalize', nargs, kwnames) ? mapCase(viewOf(self), CAPITALIZE) : NULL);
}

function bytesSwapcaseMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, checkNoArgs('bytes.swapcase', nargs, kwnames) ? mapCase(viewOf(self), SWAPCASE) : NULL);
}

/** True when b is non-empty and every byte passes `test`. */
function allBytes(b: usize, test: (c: u32) => bool): Value {
  const n = strLength(b);
  if (n == 0) return FALSE;
  for (let i = 0; i < n; i++) if (!test(byteAt(b, i))) return FALSE;
  return TRUE;
}

function isAlphaByte(c: u32): bool {
  return isLowerByte(c) || isUpperByte(c);
}

function isAlnumByte(c: u32): bool {
  return isAlphaByte(c) || isDigitByte(c);
}

function isDigitByteTest(c: u32): bool {
  return isDigitByte(c);
}

function isSpaceByte(c: u32): bool {
  return c == 0x20 || (c >= 0x09 && c <= 0x0D);
}

function bytesIsalphaMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('bytes.isalpha', nargs, kwnames) ? allBytes(ptrOf(viewOf(self)), isAlphaByte) : NULL;
}

function bytesIsalnumMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('bytes.isalnum', nargs, kwnames) ? allBytes(ptrOf(viewOf(self)), isAlnumByte) : NULL;
}

function bytesIsdigitMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('bytes.isdigit', nargs, kwnames) ? allBytes(ptrOf(viewOf(self)), isDigitByteTest) : NULL;
}

function bytesIsspaceMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('bytes.isspace', nargs, kwnames) ? allBytes(ptrOf(viewOf(self)), isSpaceByte) : NULL;
}

function bytesIsasciiMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('bytes.isascii', nargs, kwnames)) return NULL;
  const b = ptrOf(viewOf(self));
  for (let i = 0; i < strLength(b); i++) if (byteAt(b, i) >= 0x80) return FALSE;
  return TRUE;
}

/** islower/isupper: some letter of that case and none of the other. */
function hasOnlyCase(b: usize, upper: bool): Value {
  let cased = false;
  for (let i = 0; i < strLength(b); i++) {
    const c = byteAt(b, i);
    if (upper ? isLowerByte(c) : isUpperByte(c)) return FALSE;
    if (upper ? isUpperByte(c) : isLowerByte(c)) cased = true;
  }
  return cased ? TRUE : FALSE;
}

function bytesIslowerMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('bytes.islower', nargs, kwnames) ? hasOnlyCase(ptrOf(viewOf(self)), false) : NULL;
}

function bytesIsupperMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('bytes.isupper', nargs, kwnames) ? hasOnlyCase(ptrOf(viewOf(self)), true) : NULL;
}

function bytesIstitleMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('bytes.istitle', nargs, kwnames)) return NULL;
  const b = ptrOf(viewOf(self));
  let cased = false;
  let previousCased = false;
  for (let i = 0; i < strLength(b); i++) {
    const c = byteAt(b, i);
    if (isUpperByte(c)) {
      if (previousCased) return FALSE;
      previousCased = cased = true;
    } else if (isLowerByte(c)) {
      if (!previousCased) return FALSE;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased ? TRUE : FALSE;
}

// ---- the methods shared with str ----

function bytesFindMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textFind('find', viewOf(self), args, nargs, kwnames, true, false, false);
}

function bytesRfindMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textFind('rfind', viewOf(self), args, nargs, kwnames, true, true, false);
}

function bytesIndexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textFind('index', viewOf(self), args, nargs, kwnames, true, false, true);
}

function bytesRindexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textFind('rindex', viewOf(self), args, nargs, kwnames, true, true, true);
}

function bytesCountMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textCount(viewOf(self), args, nargs, kwnames, true);
}

function bytesStartswithMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textStartsOrEnds(viewOf(self), args, nargs, kwnames, true, false);
}

function bytesEndswithMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textStartsOrEnds(viewOf(self), args, nargs, kwnames, true, true);
}

function bytesSplitMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textSplit(viewOf(self), args, nargs, kwnames, true, false));
}

function bytesRsplitMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textSplit(viewOf(self), args, nargs, kwnames, true, true));
}

function bytesSplitlinesMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textSplitlines(viewOf(self), args, nargs, kwnames, true));
}

function bytesPartitionMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textPartition(viewOf(self), args, nargs, kwnames, true, false));
}

function bytesRpartitionMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textPartition(viewOf(self), args, nargs, kwnames, true, true));
}

function bytesJoinMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textJoin(viewOf(self), args, nargs, kwnames, true));
}

function bytesStripMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textStrip(viewOf(self), args, nargs, kwnames, true, true, true));
}

function bytesLstripMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textStrip(viewOf(self), args, nargs, kwnames, true, true, false));
}

function bytesRstripMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textStrip(viewOf(self), args, nargs, kwnames, true, false, true));
}

function bytesReplaceMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textReplace(viewOf(self), args, nargs, kwnames, true));
}

function bytesCenterMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textPad(viewOf(self), args, nargs, kwnames, true, 0x5E));
}

function bytesLjustMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textPad(viewOf(self), args, nargs, kwnames, true, 0x3C));
}

function bytesRjustMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textPad(viewOf(self), args, nargs, kwnames, true, 0x3E));
}

function bytesZfillMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textZfill(viewOf(self), args, nargs, kwnames, true));
}

function bytesExpandtabsMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textExpandtabs(viewOf(self), args, nargs, kwnames, true));
}

function bytesRemoveprefixMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textRemoveAffix(viewOf(self), args, nargs, kwnames, true, false));
}

function bytesRemovesuffixMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return sameKindAs(self, T.textRemoveAffix(viewOf(self), args, nargs, kwnames, true, true));
}

/** b.__getnewargs__(): (bytes(b),), what copy and pickle rebuild a bytes subclass instance from. */
function bytesGetnewargsMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('bytes.__getnewargs__', nargs, kwnames)) return NULL;
  const b = exactBytes(ptrOf(self));
  return b == 0 ? raiseEmpty(MemoryError) : ptrValue(tuple1(ptrValue(b)));
}

export function setupBytesType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(bytesReprSlot));
  setSlot(t, SLOT_STR, changetype<usize>(bytesReprSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(bytesHashSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(bytesRichCompareSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(bytesLenSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(bytesGetItemSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(bytesIterSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(bytesContainsSlot));
  setSlot(t, SLOT_NB + NB_ADD, changetype<usize>(bytesAddSlot));
  setSlot(t, SLOT_NB + NB_MULTIPLY, changetype<usize>(bytesMultiplySlot));
  setSlot(t, SLOT_NB + NB_REMAINDER, changetype<usize>(bytesRemainderSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(bytesNewSlot));
  bytesIteratorType = newBuiltinType('bytes_iterator', 0, KIND_ITERATOR, 0);
  addPermanentRoot(ptrValue(bytesIteratorType));
  setSlot(bytesIteratorType, SLOT_ITER, changetype<usize>(iteratorIterSlot));
  setSlot(bytesIteratorType, SLOT_NEXT, changetype<usize>(bytesIteratorNextSlot));
  defineClassMethod(t, 'fromhex', bytesFromhexMethod);
  defineStaticMethod(t, 'maketrans', bytesMaketransMethod);
  defineBytesMethods(t);
  defineMethod(t, '__getnewargs__', bytesGetnewargsMethod);
}

/** The methods bytes and bytearray share (bytearray's get bytearrays where bytes' give bytes). */
export function defineBytesMethods(t: usize): void {
  defineMethod(t, 'decode', bytesDecodeMethod);
  defineMethod(t, 'hex', bytesHexMethod);
  defineMethod(t, 'translate', bytesTranslateMethod);
  defineMethod(t, 'upper', bytesUpperMethod);
  defineMethod(t, 'lower', bytesLowerMethod);
  defineMethod(t, 'title', bytesTitleMethod);
  defineMethod(t, 'capitalize', bytesCapitalizeMethod);
  defineMethod(t, 'swapcase', bytesSwapcaseMethod);
  defineMethod(t, 'isalpha', bytesIsalphaMethod);
  defineMethod(t, 'isalnum', bytesIsalnumMethod);
  defineMethod(t, 'isdigit', bytesIsdigitMethod);
  defineMethod(t, 'isspace', bytesIsspaceMethod);
  defineMethod(t, 'isascii', bytesIsasciiMethod);
  defineMethod(t, 'islower', bytesIslowerMethod);
  defineMethod(t, 'isupper', bytesIsupperMethod);
  defineMethod(t, 'istitle', bytesIstitleMethod);
  defineMethod(t, 'find', bytesFindMethod);
  defineMethod(t, 'rfind', bytesRfindMethod);
  defineMethod(t, 'index', bytesIndexMethod);
  defineMethod(t, 'rindex', bytesRindexMethod);
  defineMethod(t, 'count', bytesCountMethod);
  defineMethod(t, 'startswith', bytesStartswithMethod);
  defineMethod(t, 'endswith', bytesEndswithMethod);
  defineMethod(t, 'split', bytesSplitMethod);
  defineMethod(t, 'rsplit', bytesRsplitMethod);
  defineMethod(t, 'splitlines', bytesSplitlinesMethod);
  defineMethod(t, 'partition', bytesPartitionMethod);
  defineMethod(t, 'rpartition', bytesRpartitionMethod);
  defineMethod(t, 'join', bytesJoinMethod);
  defineMethod(t, 'strip', bytesStripMethod);
  defineMethod(t, 'lstrip', bytesLstripMethod);
  defineMethod(t, 'rstrip', bytesRstripMethod);
  defineMethod(t, 'replace', bytesReplaceMethod);
  defineMethod(t, 'center', bytesCenterMethod);
  defineMethod(t, 'ljust', bytesLjustMethod);
  defineMethod(t, 'rjust', bytesRjustMethod);
  defineMethod(t, 'zfill', bytesZfillMethod);
  defineMethod(t, 'expandtabs', bytesExpandtabsMethod);
  defineMethod(t, 'removeprefix', bytesRemoveprefixMethod);
  defineMethod(t, 'removesuffix', bytesRemovesuffixMethod);
}
