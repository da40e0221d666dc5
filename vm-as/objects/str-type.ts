// The str type's slots: repr, hashing, comparison, length, items and slices, iteration,
// concatenation, repetition, %-formatting, membership and the constructor. The methods are in
// str-methods.ts, str-case.ts and str-format-method.ts.

import { bytesLikeView } from './buffer';
import { Value, NULL, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, intOf, ptrOf, ptrValue } from '../value';
import { typeOfPtr, hasKind, KIND_BYTES } from '../object';
import { setSlot, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_LEN, SLOT_ITER, SLOT_NB,
  SLOT_CONTAINS, SLOT_GETITEM, SLOT_NEW } from '../types';
import { strType, strLength, charAt, strHash, strEquals, newStrSmall, strWidth, strData, strAlloc1, STR_DATA, finishStr,
  setCharAt, isAscii } from './str';
import { newBuilder, appendCodePoint, finishBuilder } from './strbuilder';
import { newStrIterator } from './iterators';
import { raiseEmpty, raiseJs, errOccurred } from '../errors';
import { MemoryError, IndexError, TypeError } from './exception';
import { CMP_EQ, CMP_NE, NB_ADD, NB_MULTIPLY, NB_REMAINDER } from '../generated/opcodes';
import { isPrintable } from '../unicode/ctype';
import * as A from '../abstract';
import { isSlice, isIndexable, indexValue, normalizeSlice, sliceStart, sliceStep } from './slice';
import { rightOperandTurn, raiseCantMultiply, raiseCantConcat, compareInts } from './sequence';
import { bytesData, bytesLength } from './bytes';
import { allocStr, substring, strFind, emptyStr, widthForMax, exactStr, strAsType, compareText,
  copyMemory, finishKnownAscii } from './str-ops';
import { codecFromArgs, decodeBytes, chosenEncoding, chosenErrors } from './str-codecs';
import { isStrValue, keywordArgs, raiseTypeNamed } from './text-args';
import { percentFormat } from './percent-format';
import { textRepeat } from './text-methods';
import { setupStrMethods } from './str-methods';
import { setupStrCaseMethods } from './str-case';
import { setupStrFormatMethods } from './str-format-method';

// ---- repr ----

function appendHex(sb: usize, cp: u32, digits: i32): void {
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    const d = (cp >> <u32>shift) & 0xF;
    appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
  }
}

/** Appends c as repr(str) writes it inside `quote`s. */
function appendReprChar(sb: usize, c: u32, quote: u32): void {
  if (c == quote || c == 0x5C) {
    appendCodePoint(sb, 0x5C);
    appendCodePoint(sb, c);
  } else if (c >= 0x20 && c < 0x7F) {
    appendCodePoint(sb, c);
  } else if (c == 0x09 || c == 0x0A || c == 0x0D) {
    appendCodePoint(sb, 0x5C);
    appendCodePoint(sb, c == 0x09 ? 0x74 : c == 0x0A ? 0x6E : 0x72);
  } else if (c < 0x7F || !isPrintable(c)) {
    appendCodePoint(sb, 0x5C);
    if (c <= 0xFF) {
      appendCodePoint(sb, 0x78);
      appendHex(sb, c, 2);
    } else if (c <= 0xFFFF) {
      appendCodePoint(sb, 0x75);
      appendHex(sb, c, 4);
    } else {
      appendCodePoint(sb, 0x55);
      appendHex(sb, c, 8);
    }
  } else {
    appendCodePoint(sb, c);
  }
}

/** repr(str): CPython's quote choice and escapes. */
export function strReprOf(s: usize): usize {
  const n = strLength(s);
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < n; i++) {
    const c = charAt(s, i);
    if (c == 0x27) hasSingle = true;
    else if (c == 0x22) hasDouble = true;
  }
  const quote: u32 = hasSingle && !hasDouble ? 0x22 : 0x27;
  const sb = newBuilder(n + 2);
  appendCodePoint(sb, quote);
  for (let i = 0; i < n; i++) appendReprChar(sb, charAt(s, i), quote);
  appendCodePoint(sb, quote);
  return finishBuilder(sb);
}

function strReprSlot(v: Value): Value {
  return ptrValue(strReprOf(ptrOf(v)));
}

function strStrSlot(v: Value): Value {
  return ptrValue(exactStr(ptrOf(v)));
}

// ---- hashing and comparison ----

function strHashSlot(v: Value): i64 {
  return strHash(ptrOf(v));
}

function strRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isStrValue(b)) return NOT_IMPLEMENTED;
  if (op == CMP_EQ || op == CMP_NE) return strEquals(ptrOf(a), ptrOf(b)) == (op == CMP_EQ) ? TRUE : FALSE;
  return compareInts(compareText(ptrOf(a), ptrOf(b)), op) ? TRUE : FALSE;
}

// ---- length, items, iteration, membership ----

function strLenSlot(v: Value): i64 {
  return strLength(ptrOf(v));
}

function strIterSlot(v: Value): Value {
  return newStrIterator(v);
}

function strGetItemSlot(v: Value, key: Value): Value {
  const s = ptrOf(v);
  let i: i64;
  if (isSmallInt(key)) {
    i = intOf(key);
  } else {
    if (isSlice(key)) return strSlice(s, ptrOf(key));
    if (!isIndexable(key)) return raiseTypeNamed("string indices must be integers, not '", key, "'");
    i = indexValue(key, IndexError);
    if (i == -1 && errOccurred()) return NULL;
  }
  const n = <i64>strLength(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseJs(IndexError, 'string index out of range');
  return ptrValue(strAlloc1(charAt(s, <i32>i)));
}

/** s[slice] */
function strSlice(s: usize, slice: usize): Value {
  const n = normalizeSlice(slice, strLength(s));
  if (n < 0) return NULL;
  const start = <i32>sliceStart;
  if (sliceStep == 1) return ptrValue(substring(s, start, start + <i32>n));
  const count = <i32>n;
  const step = <i32>sliceStep;
  if (count == 0) return ptrValue(emptyStr());
  if (strWidth(s) == 1) {
    const r = newStrSmall(count, 1);
    copyStepped<u8>(r, s, start, step, count);
    return ptrValue(finishKnownAscii(r, isAscii(s)));
  }
  let maxCp: u32 = 0;
  for (let k = 0, i = start; k < count; k++, i += step) maxCp = max(maxCp, charAt(s, i));
  const w = widthForMax(maxCp);
  const r = newStrSmall(count, w);
  if (w == strWidth(s)) {
    if (w == 2) copyStepped<u16>(r, s, start, step, count);
    else copyStepped<u32>(r, s, start, step, count);
  } else {
    for (let k = 0, i = start; k < count; k++, i += step) setCharAt(r, k, charAt(s, i));
  }
  return ptrValue(finishStr(r));
}

/** r[k] = s[start + k * step] for k < count, both strs of unit type T. */
function copyStepped<T>(r: usize, s: usize, start: i32, step: i32, count: i32): void {
  const src = strData(s);
  const dst = strData(r);
  for (let k = 0, i = start; k < count; k++, i += step) {
    store<T>(dst + (<usize>k << alignof<T>()), load<T>(src + (<usize>i << alignof<T>())));
  }
}

function strContainsSlot(s: Value, item: Value): i32 {
  if (!isStrValue(item)) {
    raiseTypeNamed("'in <string>' requires string as left operand, not ", item, '');
    return -1;
  }
  const str = ptrOf(s);
  return strFind(str, ptrOf(item), 0, strLength(str), false) >= 0 ? 1 : 0;
}

// ---- operators ----

/** a + b for two strs. */
export function strConcat(a: usize, b: usize): Value {
  const na = strLength(a);
  const nb = strLength(b);
  if (nb == 0 && typeOfPtr(a) == strType) return ptrValue(a);
  if (na == 0 && typeOfPtr(b) == strType) return ptrValue(b);
  const wa = strWidth(a);
  const wb = strWidth(b);
  const w = wa > wb ? wa : wb;
  const r = allocStr(<i64>na + <i64>nb, w);
  if (r == 0) return raiseEmpty(MemoryError);
  if (wa == w) copyMemory(r + STR_DATA, a + STR_DATA, <usize>na * w);
  else for (let i = 0; i < na; i++) setCharAt(r, i, charAt(a, i));
  if (wb == w) copyMemory(r + STR_DATA + <usize>na * w, b + STR_DATA, <usize>nb * w);
  else for (let i = 0; i < nb; i++) setCharAt(r, na + i, charAt(b, i));
  return ptrValue(finishKnownAscii(r, isAscii(a) && isAscii(b)));
}

function strAddSlot(a: Value, b: Value): Value {
  if (!isStrValue(a)) return NOT_IMPLEMENTED;
  if (isStrValue(b)) return strConcat(ptrOf(a), ptrOf(b));
  const r = rightOperandTurn(a, b, NB_ADD, changetype<usize>(strAddSlot));
  return r != NOT_IMPLEMENTED ? r : raiseCantConcat('str', b);
}

function strMultiplySlot(a: Value, b: Value): Value {
  if (isStrValue(a)) {
    if (isIndexable(b)) return textRepeat(ptrOf(a), b, false);
    const r = rightOperandTurn(a, b, NB_MULTIPLY, changetype<usize>(strMultiplySlot));
    return r != NOT_IMPLEMENTED ? r : raiseCantMultiply(b);
  }
  if (isIndexable(a)) return textRepeat(ptrOf(b), a, false);
  return raiseCantMultiply(a);
}

function strRemainderSlot(a: Value, b: Value): Value {
  if (!isStrValue(a)) return NOT_IMPLEMENTED;
  return percentFormat(ptrOf(a), b);
}

// ---- the constructor ----

const STR_PARAMS: StaticArray<string> = ['object', 'encoding', 'errors'];
const strArgs = memory.data(3 * 8);

/** str(object='') or str(object=b'', encoding='utf-8', errors='strict') */
function strNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs == 1 && kwnames == NULL && ptrOf(type) == strType) {
    const s = A.strOf(load<u64>(args));
    return s == 0 ? NULL : ptrValue(s);
  }
  if (!keywordArgs('str', args, nargs, kwnames, STR_PARAMS, strArgs)) return NULL;
  const obj = load<u64>(strArgs);
  const encoding = load<u64>(strArgs, 8);
  const errors = load<u64>(strArgs, 16);
  let s: usize;
  if (encoding == NULL && errors == NULL) s = obj == NULL ? emptyStr() : A.strOf(obj);
  else s = decodeObject(obj, encoding, errors);
  if (s == 0) return NULL;
  const t = ptrOf(type);
  return ptrValue(t == strType ? s : strAsType(s, t));
}

/** str(obj, encoding, errors): obj must be bytes-like. */
function decodeObject(obj: Value, encoding: Value, errors: Value): usize {
  if (!codecFromArgs('str', encoding, errors)) return 0;
  if (obj == NULL) return emptyStr();
  if (isStrValue(obj)) {
    raiseJs(TypeError, 'decoding str is not supported');
    return 0;
  }
  const b = bytesLikeView(obj);
  if (b == 0) {
    raiseTypeNamed('decoding to str: need a bytes-like object, ', obj, ' found');
    return 0;
  }
  return decodeBytes(bytesData(b), bytesLength(b), chosenEncoding, chosenErrors);
}

export function setupStrType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(strReprSlot));
  setSlot(t, SLOT_STR, changetype<usize>(strStrSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(strHashSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(strRichCompareSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(strLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(strIterSlot));
  setSlot(t, SLOT_GETITEM, changetype<usize>(strGetItemSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(strContainsSlot));
  setSlot(t, SLOT_NB + NB_ADD, changetype<usize>(strAddSlot));
  setSlot(t, SLOT_NB + NB_MULTIPLY, changetype<usize>(strMultiplySlot));
  setSlot(t, SLOT_NB + NB_REMAINDER, changetype<usize>(strRemainderSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(strNewSlot));
  setupStrMethods(t);
  setupStrCaseMethods(t);
  setupStrFormatMethods(t);
}
