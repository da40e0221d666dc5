// str's case conversions (upper, lower, title, capitalize, swapcase, casefold) with Unicode's
// full mappings ('ß'.upper() == 'SS') and the final-sigma rule, and its character-class
// predicates (isalpha, isdigit, isupper, istitle, isidentifier…), as CPython computes them.

import { Value, NULL, TRUE, FALSE, ptrOf, ptrValue } from '../value';
import { strLength, strData, charAt, isAscii, newStr, STR_DATA, STR_FLAGS, STR_ASCII } from './str';
import { newBuilder, appendCodePoint, finishBuilder } from './strbuilder';
import { raiseEmpty } from '../errors';
import { MemoryError } from './exception';
import { defineMethod } from './builtin';
import { checkNoArgs } from './args';
import * as U from '../unicode/ctype';
import { exactStr } from './str-ops';

// ---- case conversions ----

const UPPER: i32 = 0;
const LOWER: i32 = 1;
const TITLE: i32 = 2;
const CAPITALIZE: i32 = 3;
const SWAPCASE: i32 = 4;
const CASEFOLD: i32 = 5;

/** Where one character's mapping (up to three code points) is written. */
const mapped = memory.data(16);

/**
 * Whether the capital sigma at s[i] is word-final (CPython's handle_capital_sigma): a cased
 * letter before it and none after it, skipping case-ignorable characters both ways.
 */
function isFinalSigma(s: usize, n: i32, i: i32): bool {
  let j = i - 1;
  while (j >= 0 && U.isCaseIgnorable(charAt(s, j))) j--;
  if (j < 0 || !U.isCased(charAt(s, j))) return false;
  j = i + 1;
  while (j < n && U.isCaseIgnorable(charAt(s, j))) j++;
  return j == n || !U.isCased(charAt(s, j));
}

/** The lowercase of s[i], with the final-sigma rule (CPython's lower_ucs4). */
function lowerAt(s: usize, n: i32, i: i32, c: u32): i32 {
  if (c == 0x3A3) {
    store<u32>(mapped, isFinalSigma(s, n, i) ? 0x3C2 : 0x3C3);
    return 1;
  }
  return U.toLowerFull(c, mapped);
}

/** Maps s[i] for `mode`; previousCased is what title case needs. Writes at `mapped`. */
function mapAt(s: usize, n: i32, i: i32, mode: i32, previousCased: bool): i32 {
  const c = charAt(s, i);
  switch (mode) {
    case UPPER: return U.toUpperFull(c, mapped);
    case LOWER: return lowerAt(s, n, i, c);
    case TITLE: return previousCased ? lowerAt(s, n, i, c) : U.toTitleFull(c, mapped);
    case CAPITALIZE: return i == 0 ? U.toTitleFull(c, mapped) : lowerAt(s, n, i, c);
    case SWAPCASE:
      if (U.isUpper(c)) return lowerAt(s, n, i, c);
      if (U.isLower(c)) return U.toUpperFull(c, mapped);
      store<u32>(mapped, c);
      return 1;
    default: return U.toFoldedFull(c, mapped);
  }
}

/** An ASCII letter in the requested case. */
// @ts-ignore: decorator
@inline function asciiCase(c: u32, upper: bool): u32 {
  if (upper) return c >= 0x61 && c <= 0x7A ? c - 0x20 : c;
  return c >= 0x41 && c <= 0x5A ? c + 0x20 : c;
}

// @ts-ignore: decorator
@inline function isAsciiLetter(c: u32): bool {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A;
}

/** The conversion of an ASCII str: one byte per character, no special cases. */
function mapAscii(s: usize, mode: i32): Value {
  const n = strLength(s);
  const r = newStr(n, 1);
  if (r == 0) return raiseEmpty(MemoryError);
  const src = strData(s);
  const dst = r + STR_DATA;
  if (mode == UPPER || mode == LOWER || mode == CASEFOLD) {
    // Flip bit 5 of the letters of the other case.
    const lo: u32 = mode == UPPER ? 0x61 : 0x41;
    for (let i: usize = 0; i < <usize>n; i++) {
      const c = <u32>load<u8>(src + i);
      store<u8>(dst + i, <u8>(c - lo < 26 ? c ^ 0x20 : c));
    }
  } else {
    let previousCased = false;
    for (let i = 0; i < n; i++) {
      const c = <u32>load<u8>(src + <usize>i);
      let upper: bool;
      if (mode == TITLE) upper = !previousCased;
      else if (mode == CAPITALIZE) upper = i == 0;
      else upper = c >= 0x61;
      store<u8>(dst + <usize>i, <u8>asciiCase(c, upper));
      previousCased = isAsciiLetter(c);
    }
  }
  store<u8>(r + STR_FLAGS, STR_ASCII);
  return ptrValue(r);
}

function mapCase(self: Value, mode: i32): Value {
  const s = ptrOf(self);
  const n = strLength(s);
  if (n == 0) return ptrValue(exactStr(s));
  if (isAscii(s)) return mapAscii(s, mode);
  const sb = newBuilder(n);
  let previousCased = false;
  for (let i = 0; i < n; i++) {
    const count = mapAt(s, n, i, mode, previousCased);
    for (let k = 0; k < count; k++) appendCodePoint(sb, load<u32>(mapped + (<usize>k << 2)));
    previousCased = U.isCased(charAt(s, i));
  }
  const r = finishBuilder(sb);
  return r == 0 ? raiseEmpty(MemoryError) : ptrValue(r);
}

function strUpperMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.upper', nargs, kwnames) ? mapCase(self, UPPER) : NULL;
}

function strLowerMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.lower', nargs, kwnames) ? mapCase(self, LOWER) : NULL;
}

function strTitleMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.title', nargs, kwnames) ? mapCase(self, TITLE) : NULL;
}

function strCapitalizeMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.capitalize', nargs, kwnames) ? mapCase(self, CAPITALIZE) : NULL;
}

function strSwapcaseMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.swapcase', nargs, kwnames) ? mapCase(self, SWAPCASE) : NULL;
}

function strCasefoldMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.casefold', nargs, kwnames) ? mapCase(self, CASEFOLD) : NULL;
}

// ---- predicates ----

/** True when s is non-empty and every character passes `test`. */
function all(s: usize, test: (c: u32) => bool): Value {
  const n = strLength(s);
  if (n == 0) return FALSE;
  for (let i = 0; i < n; i++) if (!test(charAt(s, i))) return FALSE;
  return TRUE;
}

function strIsalphaMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isalpha', nargs, kwnames) ? all(ptrOf(self), U.isAlpha) : NULL;
}

function strIsalnumMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isalnum', nargs, kwnames) ? all(ptrOf(self), U.isAlnum) : NULL;
}

function strIsdecimalMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isdecimal', nargs, kwnames) ? all(ptrOf(self), U.isDecimal) : NULL;
}

function strIsdigitMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isdigit', nargs, kwnames) ? all(ptrOf(self), U.isDigit) : NULL;
}

function strIsnumericMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isnumeric', nargs, kwnames) ? all(ptrOf(self), U.isNumeric) : NULL;
}

function strIsspaceMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isspace', nargs, kwnames) ? all(ptrOf(self), U.isSpace) : NULL;
}

function strIsprintableMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('str.isprintable', nargs, kwnames)) return NULL;
  const s = ptrOf(self);
  return strLength(s) == 0 ? TRUE : all(s, U.isPrintable);
}

function strIsasciiMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isascii', nargs, kwnames) ? (isAscii(ptrOf(self)) ? TRUE : FALSE) : NULL;
}

/** A Python identifier: XID_Start or '_', then XID_Continue characters. */
export function isIdentifier(s: usize): bool {
  const n = strLength(s);
  if (n == 0) return false;
  const first = charAt(s, 0);
  if (first != 0x5F && !U.isXidStart(first)) return false;
  for (let i = 1; i < n; i++) if (!U.isXidContinue(charAt(s, i))) return false;
  return true;
}

function strIsidentifierMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isidentifier', nargs, kwnames) ? (isIdentifier(ptrOf(self)) ? TRUE : FALSE) : NULL;
}

/**
 * islower/isupper: no character of the opposite case (titlecase counts as opposite) and at
 * least one cased character of this case.
 */
function hasOnlyCase(s: usize, upper: bool): bool {
  const n = strLength(s);
  let cased = false;
  for (let i = 0; i < n; i++) {
    const c = charAt(s, i);
    if ((upper ? U.isLower(c) : U.isUpper(c)) || U.isTitle(c)) return false;
    if (!cased && (upper ? U.isUpper(c) : U.isLower(c))) cased = true;
  }
  return cased;
}

function strIslowerMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.islower', nargs, kwnames) ? (hasOnlyCase(ptrOf(self), false) ? TRUE : FALSE) : NULL;
}

function strIsupperMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.isupper', nargs, kwnames) ? (hasOnlyCase(ptrOf(self), true) ? TRUE : FALSE) : NULL;
}

/** Uppercase or titlecase characters only after uncased ones, lowercase only after cased ones. */
function isTitleCased(s: usize): bool {
  const n = strLength(s);
  let cased = false;
  let previousCased = false;
  for (let i = 0; i < n; i++) {
    const c = charAt(s, i);
    if (U.isUpper(c) || U.isTitle(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (U.isLower(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

function strIstitleMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return checkNoArgs('str.istitle', nargs, kwnames) ? (isTitleCased(ptrOf(self)) ? TRUE : FALSE) : NULL;
}

export function setupStrCaseMethods(t: usize): void {
  defineMethod(t, 'upper', strUpperMethod);
  defineMethod(t, 'lower', strLowerMethod);
  defineMethod(t, 'title', strTitleMethod);
  defineMethod(t, 'capitalize', strCapitalizeMethod);
  defineMethod(t, 'swapcase', strSwapcaseMethod);
  defineMethod(t, 'casefold', strCasefoldMethod);
  defineMethod(t, 'isalpha', strIsalphaMethod);
  defineMethod(t, 'isalnum', strIsalnumMethod);
  defineMethod(t, 'isdecimal', strIsdecimalMethod);
  defineMethod(t, 'isdigit', strIsdigitMethod);
  defineMethod(t, 'isnumeric', strIsnumericMethod);
  defineMethod(t, 'isspace', strIsspaceMethod);
  defineMethod(t, 'isprintable', strIsprintableMethod);
  defineMethod(t, 'isascii', strIsasciiMethod);
  defineMethod(t, 'isidentifier', strIsidentifierMethod);
  defineMethod(t, 'islower', strIslowerMethod);
  defineMethod(t, 'isupper', strIsupperMethod);
  defineMethod(t, 'istitle', strIstitleMethod);
}
