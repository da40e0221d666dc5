// Floats as text: repr/str (the shortest digits that round-trip), the e/f/g/% presentations of
// format() and %-formatting, and round(x, n) — CPython's PyOS_double_to_string,
// format_float_short, format_float_internal and double_round. The host supplies correctly
// rounded digits (ties to even, as Python rounds); everything else is laid out here.

import { Value, NULL, ptrValue } from '../value';
import { hostFloatDigits, hostParseFloat } from '../host';
import { newBuilder, appendCodePoint, appendJs, appendI64, finishBuilder } from './strbuilder';
import { raiseJs } from '../errors';
import { OverflowError, ValueError } from './exception';
import * as F from './format-spec';

/** Always write the sign. */
export const DTSF_SIGN: i32 = 1;
/** Integral values get '.0' ('1.0'), as repr does. */
export const DTSF_ADD_DOT_0: i32 = 2;
/** The '#' form: always a decimal point, and 'g' keeps trailing zeros. */
export const DTSF_ALT: i32 = 4;
/** The 'z' option: a negative zero result loses its sign. */
export const DTSF_NO_NEG_0: i32 = 8;
/** E, F, G: 'E', 'INF' and 'NAN'. */
export const DTSF_UPPER: i32 = 16;

/** Presentation codes (lowercase; DTSF_UPPER selects the uppercase forms). */
export const CODE_E: u32 = 0x65;
export const CODE_F: u32 = 0x66;
export const CODE_G: u32 = 0x67;
/** repr: shortest digits, exponent below 1e-4 and from 1e16. */
export const CODE_R: u32 = 0x72;

const MODE_SHORTEST: i32 = 0;
const MODE_SIGNIFICANT: i32 = 2;
const MODE_FIXED: i32 = 3;

/** Digits from the host: at most 767 (a double's longest exact expansion). */
const digitsBuffer = memory.data(800);
const decptBuffer = memory.data(4);

/** Gets x's digits (x finite, >= 0) into digitsBuffer; returns the count, decpt in decptBuffer. */
function digitsOf(x: f64, mode: i32, ndigits: i32): i32 {
  return hostFloatDigits(x, mode, ndigits, digitsBuffer, decptBuffer);
}

// @ts-ignore: decorator
@inline function digitAt(i: i32): u32 {
  return <u32>load<u8>(digitsBuffer + <usize>i);
}

function hasSignBit(x: f64): bool {
  return (reinterpret<u64>(x) >> 63) != 0;
}

function appendSign(sb: usize, negative: bool, flags: i32): void {
  if (negative) appendCodePoint(sb, 0x2D);
  else if (flags & DTSF_SIGN) appendCodePoint(sb, 0x2B);
}

/** Appends x as `code` with `precision` (CPython's PyOS_double_to_string). */
export function appendDouble(sb: usize, x: f64, code: u32, precision: i32, flags: i32): void {
  const upper = (flags & DTSF_UPPER) != 0;
  if (x != x) {
    appendSign(sb, false, flags); // a NaN's sign is never shown
    appendJs(sb, upper ? 'NAN' : 'nan');
    return;
  }
  if (!isFinite(x)) {
    appendSign(sb, x < 0, flags);
    appendJs(sb, upper ? 'INF' : 'inf');
    return;
  }
  let mode = MODE_SHORTEST;
  if (code == CODE_E) {
    mode = MODE_SIGNIFICANT;
    precision++;
  } else if (code == CODE_F) {
    mode = MODE_FIXED;
  } else if (code == CODE_G) {
    mode = MODE_SIGNIFICANT;
    if (precision == 0) precision = 1;
  }
  const n = digitsOf(Math.abs(x), mode, precision);
  const roundsToZero = n == 0 || (n == 1 && digitAt(0) == 0x30);
  appendSign(sb, hasSignBit(x) && !((flags & DTSF_NO_NEG_0) && roundsToZero), flags);
  appendDigits(sb, n, load<i32>(decptBuffer), code, precision, flags);
}

/** CPython's format_float_short after the digits: lays digits, zeros, point and exponent out. */
function appendDigits(sb: usize, n: i32, decpt: i32, code: u32, precision: i32, flags: i32): void {
  let end = n;
  let useExp = false;
  if (code == CODE_E) {
    useExp = true;
    end = precision;
  } else if (code == CODE_F) {
    end = decpt + precision;
  } else if (code == CODE_G) {
    if (decpt <= -4 || decpt > ((flags & DTSF_ADD_DOT_0) ? precision - 1 : precision)) useExp = true;
    if (flags & DTSF_ALT) end = precision;
  } else if (decpt <= -4 || decpt > 16) {
    useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // The output is the slice [start, end) of the digits padded with zeros on both sides, with
  // the point before index decpt: start < decpt <= end.
  const start = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && (flags & DTSF_ADD_DOT_0)) end = max(end, decpt + 1);
  else end = max(end, decpt);
  for (let i = start; i < end; i++) {
    if (i == decpt) appendCodePoint(sb, 0x2E);
    appendCodePoint(sb, i >= 0 && i < n ? digitAt(i) : 0x30);
  }
  if (decpt == end && (flags & DTSF_ALT)) appendCodePoint(sb, 0x2E);
  if (useExp) {
    appendCodePoint(sb, (flags & DTSF_UPPER) ? 0x45 : 0x65);
    appendCodePoint(sb, exp < 0 ? 0x2D : 0x2B);
    const e = exp < 0 ? -exp : exp;
    if (e < 10) appendCodePoint(sb, 0x30);
    appendI64(sb, e);
  }
}

/** Appends repr(x) (which is also str(x)). */
export function appendFloatRepr(sb: usize, x: f64): void {
  appendDouble(sb, x, CODE_R, 0, DTSF_ADD_DOT_0);
}

/** repr(x) as a str object. */
export function floatRepr(x: f64): usize {
  const sb = newBuilder(24);
  appendFloatRepr(sb, x);
  return finishBuilder(sb);
}

// ---- format(x, spec) ----

/**
 * Appends x formatted per the parsed spec (CPython's format_float_internal); `type` is the
 * presentation type (0 for none). False with ValueError set when the precision is too big.
 */
function appendFloatWithSpec(sb: usize, x: f64, type: u32): bool {
  if (F.specPrecision > <i64>i32.MAX_VALUE) {
    raiseJs(ValueError, 'precision too big');
    return false;
  }
  let precision = <i32>F.specPrecision;
  let flags = 0;
  if (F.specAlternate) flags |= DTSF_ALT;
  if (F.specNoNegZero) flags |= DTSF_NO_NEG_0;
  let code: u32 = type;
  let defaultPrecision = 6;
  if (type == 0) {
    // No type: repr without a precision, else 'g' that keeps at least one decimal.
    flags |= DTSF_ADD_DOT_0;
    code = CODE_R;
    defaultPrecision = 0;
  } else if (type == 0x6E) {
    code = CODE_G; // 'n' in the C locale
  } else if (type == 0x45 || type == 0x46 || type == 0x47) {
    code = type + 0x20;
    flags |= DTSF_UPPER;
  }
  const percent = type == 0x25;
  if (percent) {
    code = CODE_F;
    x *= 100;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (code == CODE_R) code = CODE_G;
  if (F.specIsPlain()) {
    appendDouble(sb, x, code, precision, flags);
    if (percent) appendCodePoint(sb, 0x25);
    return true;
  }
  const text = newBuilder(24);
  appendDouble(text, x, code, precision, flags);
  if (percent) appendCodePoint(text, 0x25);
  const s = finishBuilder(text);
  const sign = F.describeFloatText(s);
  const numeric = type != 0x6E;
  F.appendNumberField(sb, sign, numeric ? F.specSeparator : 0, 3, false);
  return true;
}

/** format(x, spec) for a float whose spec is parsed: the str, or NULL. */
export function formatFloatParsed(x: f64): Value {
  const sb = newBuilder();
  if (!appendFloatWithSpec(sb, x, F.specType)) return NULL;
  return ptrValue(finishBuilder(sb));
}

// ---- round(x, ndigits) ----

const roundBuffer = memory.data(840);

/** Where ndigits stops mattering: beyond NDIGITS_MAX x is unchanged, below NDIGITS_MIN it is ±0. */
const NDIGITS_MAX: i64 = 323;
const NDIGITS_MIN: i64 = -308;

/**
 * round(x, ndigits) for a float: correctly rounded, ties to even (CPython's double_round).
 * NaN with OverflowError set when the result is too large.
 */
export function roundFloat(x: f64, ndigits: i64): f64 {
  if (!isFinite(x) || ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  const n = digitsOf(Math.abs(x), MODE_FIXED, <i32>ndigits);
  const decpt = load<i32>(decptBuffer);
  // "[-]0<digits>e<decpt - n>", parsed back
  let at = roundBuffer;
  if (hasSignBit(x)) store<u8>(at++, 0x2D);
  store<u8>(at++, 0x30);
  memory.copy(at, digitsBuffer, <usize>n);
  at += <usize>n;
  store<u8>(at++, 0x65);
  at = writeInt(at, decpt - n);
  const rounded = hostParseFloat(roundBuffer, <i32>(at - roundBuffer));
  if (!isFinite(rounded)) {
    raiseJs(OverflowError, 'rounded value too large to represent');
    return NaN;
  }
  return rounded;
}

function writeInt(at: usize, v: i32): usize {
  if (v < 0) {
    store<u8>(at++, 0x2D);
    v = -v;
  }
  if (v >= 10) at = writeInt(at, v / 10);
  store<u8>(at, <u8>(0x30 + v % 10));
  return at + 1;
}
