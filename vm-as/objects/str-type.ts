// The str type's slots: repr, hashing, comparison, length, iteration, concatenation.

import { Value, NULL, TRUE, FALSE, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, typeOfPtr, KIND_STR } from '../object';
import { setSlot, SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_LEN, SLOT_ITER, SLOT_NB,
  SLOT_CONTAINS } from '../types';
import { strLength, charAt, strHash, strEquals, strCompare, newStr, strWidth, STR_DATA, finishStr,
  setCharAt } from './str';
import { newBuilder, appendCodePoint, appendJs, appendStr, finishBuilder } from './strbuilder';
import { typeNameOf } from '../abstract';
import { newStrIterator } from './iterators';
import { raiseEmpty, raiseStr } from '../errors';
import { MemoryError, TypeError } from './exception';
import { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, NB_ADD, NB_INPLACE_ADD } from '../generated/opcodes';
import { isPrintable } from './unicode-printable';

function isStr(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

function appendHex(sb: usize, cp: u32, digits: i32): void {
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    const d = (cp >> <u32>shift) & 0xF;
    appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
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
  for (let i = 0; i < n; i++) {
    const c = charAt(s, i);
    if (c == quote || c == 0x5C) {
      appendCodePoint(sb, 0x5C);
      appendCodePoint(sb, c);
    } else if (c == 0x09) {
      appendCodePoint(sb, 0x5C);
      appendCodePoint(sb, 0x74);
    } else if (c == 0x0A) {
      appendCodePoint(sb, 0x5C);
      appendCodePoint(sb, 0x6E);
    } else if (c == 0x0D) {
      appendCodePoint(sb, 0x5C);
      appendCodePoint(sb, 0x72);
    } else if (c < 0x20 || c == 0x7F) {
      appendCodePoint(sb, 0x5C);
      appendCodePoint(sb, 0x78);
      appendHex(sb, c, 2);
    } else if (c < 0x7F || isPrintable(c)) {
      appendCodePoint(sb, c);
    } else {
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
    }
  }
  appendCodePoint(sb, quote);
  return finishBuilder(sb);
}

function strReprSlot(v: Value): Value {
  return ptrValue(strReprOf(ptrOf(v)));
}

function strStrSlot(v: Value): Value {
  return v;
}

function strHashSlot(v: Value): i64 {
  return strHash(ptrOf(v));
}

function strRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!isStr(b)) return NOT_IMPLEMENTED;
  if (op == CMP_EQ) return strEquals(ptrOf(a), ptrOf(b)) ? TRUE : FALSE;
  if (op == CMP_NE) return strEquals(ptrOf(a), ptrOf(b)) ? FALSE : TRUE;
  const c = strCompare(ptrOf(a), ptrOf(b));
  let r: bool;
  if (op == CMP_LT) r = c < 0;
  else if (op == CMP_LE) r = c <= 0;
  else if (op == CMP_GT) r = c > 0;
  else r = c >= 0;
  return r ? TRUE : FALSE;
}

function strLenSlot(v: Value): i64 {
  return strLength(ptrOf(v));
}

function strIterSlot(v: Value): Value {
  return newStrIterator(v);
}

/** a + b for two strs. */
export function strConcat(a: usize, b: usize): Value {
  const na = strLength(a);
  const nb = strLength(b);
  if (nb == 0 && typeOfPtr(a) == typeOfPtr(b)) return ptrValue(a);
  if (na == 0 && typeOfPtr(a) == typeOfPtr(b)) return ptrValue(b);
  const wa = strWidth(a);
  const wb = strWidth(b);
  const w = wa > wb ? wa : wb;
  const r = newStr(na + nb, w);
  if (r == 0) return raiseEmpty(MemoryError);
  if (wa == w) memory.copy(r + STR_DATA, a + STR_DATA, <usize>na * w);
  else for (let i = 0; i < na; i++) setCharAt(r, i, charAt(a, i));
  if (wb == w) memory.copy(r + STR_DATA + <usize>na * w, b + STR_DATA, <usize>nb * w);
  else for (let i = 0; i < nb; i++) setCharAt(r, na + i, charAt(b, i));
  return ptrValue(finishStr(r));
}

function strAddSlot(a: Value, b: Value): Value {
  if (!isStr(a) || !isStr(b)) return NOT_IMPLEMENTED;
  return strConcat(ptrOf(a), ptrOf(b));
}

/** `sub in s` */
export function strContains(s: usize, sub: usize): bool {
  const n = strLength(s);
  const m = strLength(sub);
  if (m == 0) return true;
  for (let i = 0; i + m <= n; i++) {
    let j = 0;
    while (j < m && charAt(s, i + j) == charAt(sub, j)) j++;
    if (j == m) return true;
  }
  return false;
}

function strContainsSlot(s: Value, item: Value): i32 {
  if (!isStr(item)) {
    const sb = newBuilder();
    appendJs(sb, "'in <string>' requires string as left operand, not ");
    appendStr(sb, typeNameOf(item));
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  return strContains(ptrOf(s), ptrOf(item)) ? 1 : 0;
}

export function setupStrType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(strReprSlot));
  setSlot(t, SLOT_STR, changetype<usize>(strStrSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(strHashSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(strRichCompareSlot));
  setSlot(t, SLOT_LEN, changetype<usize>(strLenSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(strIterSlot));
  setSlot(t, SLOT_NB + NB_ADD, changetype<usize>(strAddSlot));
  setSlot(t, SLOT_CONTAINS, changetype<usize>(strContainsSlot));
}

export { NULL, typeOfPtr, SLOT_NB, NB_INPLACE_ADD };
