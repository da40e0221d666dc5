// The format-spec mini-language (CPython's Python/formatter_unicode.c):
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// parseFormatSpec fills the spec* fields below; the number and str formatters then lay the
// result out with fill, alignment, sign, grouping and zero padding exactly as CPython does.
//
// The parsed spec lives in module state: callers parse and format straight away, and nothing
// in between calls back into Python, so one spec is never overwritten while in use.

import { Value, NULL, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, KIND_STR } from '../object';
import { strLength, charAt } from './str';
import { newBuilder, appendJs, appendStr, appendCodePoint, appendRepeated, finishBuilder } from './strbuilder';
import { raiseJs, raiseStr, raiseEmpty } from '../errors';
import { ValueError, MemoryError, TypeError } from './exception';
import { typeNameOf, strOf } from '../abstract';
import { defineMethod } from './builtin';
import { checkNoKwargs, checkArgCount } from './args';

export let specFill: u32 = 0x20;
/** '<', '>', '^', '=' (always set after parsing: the default when the spec has none). */
export let specAlign: u32 = 0x3E;
/** '+', '-', ' ', or 0 when absent. */
export let specSign: u32 = 0;
/** 'z': negative zero becomes zero (floats). */
export let specNoNegZero: bool = false;
/** '#' */
export let specAlternate: bool = false;
/** -1 when absent. */
export let specWidth: i64 = -1;
/** The thousands separator: ',' or '_', 0 for none. */
export let specSeparator: u32 = 0;
/** Digits per group: 3, or 4 for '_' with b/o/x/X. */
export let specGroupSize: i32 = 3;
/** -1 when absent. */
export let specPrecision: i64 = -1;
/** The presentation type, or 0 when absent and no default. */
export let specType: u32 = 0;

/**
 * Widths beyond this raise MemoryError up front: the string builder allocates without a limit
 * check, and running out of memory there would trap.
 */
const MAX_WIDTH: i64 = 1 << 24;

const C_ZERO: u32 = 0x30;
const C_DOT: u32 = 0x2E;
const C_MINUS: u32 = 0x2D;
const C_PLUS: u32 = 0x2B;
const C_SPACE: u32 = 0x20;

function isAlignment(c: u32): bool {
  return c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E; // < > = ^
}

function isSign(c: u32): bool {
  return c == C_PLUS || c == C_MINUS || c == C_SPACE;
}

function isDigit(c: u32): bool {
  return c >= 0x30 && c <= 0x39;
}

let parsePos: i32 = 0;

/** Reads decimal digits at parsePos: their count, or -1 (ValueError) when the number overflows. */
function readInteger(spec: usize, end: i32, isWidth: bool): i32 {
  let value: i64 = 0;
  const start = parsePos;
  while (parsePos < end && isDigit(charAt(spec, parsePos))) {
    const d = <i64>(charAt(spec, parsePos) - C_ZERO);
    if (value > (i64.MAX_VALUE - d) / 10) {
      raiseJs(ValueError, 'Too many decimal digits in format string');
      return -1;
    }
    value = value * 10 + d;
    parsePos++;
  }
  if (isWidth) specWidth = value;
  else specPrecision = value;
  return parsePos - start;
}

/**
 * Parses `spec` (a str) for formatting `obj`; false with ValueError set when it is malformed.
 * defaultType is the type used when none is given (0 for none); defaultAlign '<' or '>'.
 */
export function parseFormatSpec(spec: usize, obj: Value, defaultType: u32, defaultAlign: u32): bool {
  const end = strLength(spec);
  specFill = C_SPACE;
  specAlign = defaultAlign;
  specSign = 0;
  specNoNegZero = false;
  specAlternate = false;
  specWidth = -1;
  specSeparator = 0;
  specGroupSize = 3;
  specPrecision = -1;
  specType = defaultType;
  let pos = 0;
  let fillGiven = false;
  let alignGiven = false;
  if (end >= 2 && isAlignment(charAt(spec, 1))) {
    specFill = charAt(spec, 0);
    specAlign = charAt(spec, 1);
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (end >= 1 && isAlignment(charAt(spec, 0))) {
    specAlign = charAt(spec, 0);
    alignGiven = true;
    pos = 1;
  }
  if (pos < end && isSign(charAt(spec, pos))) specSign = charAt(spec, pos++);
  if (pos < end && charAt(spec, pos) == 0x7A) { // z
    specNoNegZero = true;
    pos++;
  }
  if (pos < end && charAt(spec, pos) == 0x23) { // #
    specAlternate = true;
    pos++;
  }
  if (!fillGiven && pos < end && charAt(spec, pos) == C_ZERO) {
    // '0' before the width: zero padding after the sign (when no alignment was given)
    specFill = C_ZERO;
    if (!alignGiven && defaultAlign == 0x3E) specAlign = 0x3D;
    pos++;
  }
  parsePos = pos;
  const widthDigits = readInteger(spec, end, true);
  if (widthDigits < 0) return false;
  if (widthDigits == 0) specWidth = -1;
  pos = parsePos;
  if (pos < end && charAt(spec, pos) == 0x2C) { // ,
    specSeparator = 0x2C;
    pos++;
  }
  if (pos < end && charAt(spec, pos) == 0x5F) { // _
    if (specSeparator != 0) return raiseBothSeparators();
    specSeparator = 0x5F;
    pos++;
  }
  if (pos < end && charAt(spec, pos) == 0x2C && specSeparator == 0x5F) return raiseBothSeparators();
  if (pos < end && charAt(spec, pos) == C_DOT) {
    parsePos = pos + 1;
    const precisionDigits = readInteger(spec, end, false);
    if (precisionDigits < 0) return false;
    if (precisionDigits == 0) {
      raiseJs(ValueError, 'Format specifier missing precision');
      return false;
    }
    pos = parsePos;
  }
  if (end - pos > 1) {
    const sb = newBuilder();
    appendJs(sb, "Invalid format specifier '");
    appendStr(sb, spec);
    appendJs(sb, "' for object of type '");
    appendStr(sb, typeNameOf(obj));
    appendJs(sb, "'");
    raiseStr(ValueError, finishBuilder(sb));
    return false;
  }
  if (end - pos == 1) specType = charAt(spec, pos);
  if (specWidth > MAX_WIDTH) {
    raiseEmpty(MemoryError);
    return false;
  }
  return specSeparator == 0 || checkSeparatorType();
}

function raiseBothSeparators(): bool {
  raiseJs(ValueError, "Cannot specify both ',' and '_'.");
  return false;
}

/** Grouping is allowed with d e f g E G % F and no type; '_' also with b o x X (groups of four). */
function checkSeparatorType(): bool {
  switch (specType) {
    case 0x64: case 0x65: case 0x66: case 0x67: case 0x45: case 0x47: case 0x25: case 0x46: case 0:
      return true;
    case 0x62: case 0x6F: case 0x78: case 0x58:
      if (specSeparator == 0x5F) {
        specGroupSize = 4;
        return true;
      }
  }
  const sb = newBuilder();
  appendJs(sb, "Cannot specify '");
  appendCodePoint(sb, specSeparator);
  appendJs(sb, "' with ");
  appendTypeCode(sb, specType);
  appendJs(sb, '.');
  raiseStr(ValueError, finishBuilder(sb));
  return false;
}

/** 'c' for printable ASCII, else '\x..' as CPython writes it. */
function appendTypeCode(sb: usize, c: u32): void {
  if (c > 32 && c < 128) {
    appendCodePoint(sb, 0x27);
    appendCodePoint(sb, c);
    appendCodePoint(sb, 0x27);
    return;
  }
  appendJs(sb, "'\\x");
  appendHexDigits(sb, c);
  appendCodePoint(sb, 0x27);
}

function appendHexDigits(sb: usize, n: u32): void {
  if (n >= 16) appendHexDigits(sb, n >> 4);
  const d = n & 15;
  appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
}

/** ValueError: Unknown format code 'x' for object of type 'T' */
export function raiseUnknownFormatCode(obj: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'Unknown format code ');
  appendTypeCode(sb, specType);
  appendJs(sb, " for object of type '");
  appendStr(sb, typeNameOf(obj));
  appendJs(sb, "'");
  return raiseStr(ValueError, finishBuilder(sb));
}

// ---- __format__ ----

/** The argument of a __format__ method, which must be a str; 0 with TypeError set. */
export function formatSpecArg(args: usize, nargs: i32, kwnames: Value): usize {
  if (!checkNoKwargs('__format__', kwnames) || !checkArgCount('__format__', nargs, 1, 1)) return 0;
  const spec = load<u64>(args);
  if (isPtr(spec) && kindOfPtr(ptrOf(spec)) == KIND_STR) return ptrOf(spec);
  const sb = newBuilder();
  appendJs(sb, '__format__() argument must be str, not ');
  appendStr(sb, typeNameOf(spec));
  raiseStr(TypeError, finishBuilder(sb));
  return 0;
}

/** object.__format__(spec): str(self) for an empty spec; any other spec is an error. */
function objectFormat(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const spec = formatSpecArg(args, nargs, kwnames);
  if (spec == 0) return NULL;
  if (strLength(spec) > 0) {
    const sb = newBuilder();
    appendJs(sb, 'unsupported format string passed to ');
    appendStr(sb, typeNameOf(self));
    appendJs(sb, '.__format__');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const s = strOf(self);
  return s == 0 ? NULL : ptrValue(s);
}

/** Gives `object` its __format__ (once the method descriptor type exists). */
export function setupObjectFormat(objectType: usize): void {
  defineMethod(objectType, '__format__', objectFormat);
}

// ---- padding ----

/** Appends `count` fill characters. */
function appendFill(sb: usize, count: i64): void {
  appendRepeated(sb, specFill, <i32>count);
}

/** The left padding for a field of `length` characters under the spec's width and alignment. */
function leftPadding(length: i64): i64 {
  const total = specWidth > length ? specWidth : length;
  if (specAlign == 0x3E) return total - length; // >
  if (specAlign == 0x5E) return (total - length) / 2; // ^
  return 0;
}

function rightPadding(length: i64, left: i64): i64 {
  const total = specWidth > length ? specWidth : length;
  return total - length - left;
}

/**
 * Appends `s[0:length]` padded per the spec (CPython's calc_padding + fill_padding): fill on the
 * left, right or both sides, never between sign and digits. For strings and complex numbers.
 */
export function appendPadded(sb: usize, s: usize, length: i32): void {
  const left = leftPadding(length);
  appendFill(sb, left);
  for (let i = 0; i < length; i++) appendCodePoint(sb, charAt(s, i));
  appendFill(sb, rightPadding(length, left));
}

/**
 * format(s, spec) for str (str.__format__): spec is parsed here. Returns the str, or 0 with
 * ValueError set.
 */
export function formatStrWithSpec(s: usize, spec: usize): usize {
  if (strLength(spec) == 0) return s;
  if (!parseFormatSpec(spec, ptrValue(s), 0x73, 0x3C)) return 0;
  if (specType != 0x73) {
    raiseUnknownFormatCode(ptrValue(s));
    return 0;
  }
  if (specSign != 0) {
    raiseJs(ValueError, specSign == C_SPACE ? 'Space not allowed in string format specifier' :
      'Sign not allowed in string format specifier');
    return 0;
  }
  if (specNoNegZero) {
    raiseJs(ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
    return 0;
  }
  if (specAlternate) {
    raiseJs(ValueError, 'Alternate form (#) not allowed in string format specifier');
    return 0;
  }
  if (specAlign == 0x3D) {
    raiseJs(ValueError, "'=' alignment not allowed in string format specifier");
    return 0;
  }
  let length = strLength(s);
  if (specPrecision >= 0 && <i64>length > specPrecision) length = <i32>specPrecision;
  if (length == strLength(s) && specWidth <= <i64>length) return s;
  const sb = newBuilder(max(length, <i32>specWidth));
  appendPadded(sb, s, length);
  return finishBuilder(sb);
}

// ---- numbers ----

/**
 * How many digit characters (digits plus zero padding) the grouped digit field holds: CPython's
 * _PyUnicode_InsertThousandsGrouping, where zero padding to `minWidth` also gets separators.
 */
function paddedDigitCount(nDigits: i64, minWidth: i64, group: i32): i64 {
  if (group == 0) return max(max(nDigits, minWidth), 1);
  let remaining = nDigits;
  let width = minWidth;
  let count: i64 = 0;
  while (true) {
    const len = min(<i64>group, max(max(remaining, width), 1));
    count += len;
    remaining -= min(remaining, len);
    width -= len;
    if (remaining <= 0 && width <= 0) return count;
    width -= 1; // the separator
  }
  return count;
}

/** The text a number field is made of: text[digitsAt, digitsAt+nDigits) digits, an optional '.', then the remainder. */
let numText: usize = 0;
let numPrefixAt: i32 = 0;
let numPrefixLength: i32 = 0;
let numDigitsAt: i32 = 0;
let numDigits: i32 = 0;
let numHasDecimal: bool = false;
let numRemainder: i32 = 0;

/**
 * Describes a float's text (as PyOS_double_to_string writes it, sign included) for
 * appendNumberField: leading digits, decimal point, and the remainder (fraction, exponent, '%',
 * 'inf'…). Returns the sign character ('-' or 0).
 */
export function describeFloatText(text: usize): u32 {
  const end = strLength(text);
  let pos = 0;
  let sign: u32 = 0;
  if (end > 0 && charAt(text, 0) == C_MINUS) {
    sign = C_MINUS;
    pos = 1;
  }
  numText = text;
  numPrefixAt = pos;
  numPrefixLength = 0;
  numDigitsAt = pos;
  while (pos < end && isDigit(charAt(text, pos))) pos++;
  numDigits = pos - numDigitsAt;
  numHasDecimal = pos < end && charAt(text, pos) == C_DOT;
  if (numHasDecimal) pos++;
  numRemainder = end - pos;
  return sign;
}

/**
 * Describes an int's text ("-0x1f" as int formatting writes it): an optional '-', a prefix of
 * prefixLength characters (shown only in alternate form), then digits. For 'c', the text is
 * the one character, counted as remainder. Returns the sign character.
 */
export function describeIntText(text: usize, prefixLength: i32, isChar: bool): u32 {
  const end = strLength(text);
  numText = text;
  numHasDecimal = false;
  if (isChar) {
    numPrefixAt = numDigitsAt = 0;
    numPrefixLength = numDigits = 0;
    numRemainder = end;
    return 0;
  }
  let pos = 0;
  let sign: u32 = 0;
  if (end > 0 && charAt(text, 0) == C_MINUS) {
    sign = C_MINUS;
    pos = 1;
  }
  numPrefixAt = pos;
  numPrefixLength = specAlternate ? prefixLength : 0;
  numDigitsAt = pos + prefixLength;
  numDigits = end - numDigitsAt;
  numRemainder = 0;
  return sign;
}

function upperCase(c: u32, upper: bool): u32 {
  return upper && c >= 0x61 && c <= 0x7A ? c - 0x20 : c;
}

/**
 * Appends the described number laid out per the spec (CPython's calc_number_widths and
 * fill_number): <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
 * `separator` and `group` are the grouping to use (0 for none); upper uppercases prefix and
 * digits ('X').
 */
export function appendNumberField(sb: usize, signChar: u32, separator: u32, group: i32, upper: bool): void {
  let sign: u32 = 0;
  if (specSign == C_PLUS) sign = signChar == C_MINUS ? C_MINUS : C_PLUS;
  else if (specSign == C_SPACE) sign = signChar == C_MINUS ? C_MINUS : C_SPACE;
  else if (signChar == C_MINUS) sign = C_MINUS;
  const nSign: i64 = sign != 0 ? 1 : 0;
  const fixedChars = nSign + numPrefixLength + (numHasDecimal ? 1 : 0) + numRemainder;
  const minWidth = specFill == C_ZERO && specAlign == 0x3D ? specWidth - fixedChars : 0;
  const groupSize = separator != 0 ? group : 0;
  const digitChars = numDigits == 0 ? 0 : paddedDigitCount(numDigits, minWidth, groupSize);
  const groupedLength = groupSize == 0 || digitChars == 0 ? digitChars : digitChars + (digitChars - 1) / groupSize;
  const padding = specWidth - (fixedChars + groupedLength);
  let lpad: i64 = 0;
  let spad: i64 = 0;
  let rpad: i64 = 0;
  if (padding > 0) {
    if (specAlign == 0x3C) rpad = padding;
    else if (specAlign == 0x5E) {
      lpad = padding / 2;
      rpad = padding - lpad;
    } else if (specAlign == 0x3D) spad = padding;
    else lpad = padding;
  }
  const text = numText;
  appendFill(sb, lpad);
  if (sign != 0) appendCodePoint(sb, sign);
  for (let i = 0; i < numPrefixLength; i++) appendCodePoint(sb, upperCase(charAt(text, numPrefixAt + i), upper));
  appendFill(sb, spad);
  const zeros = digitChars - numDigits;
  for (let i: i64 = 0; i < digitChars; i++) {
    if (groupSize != 0 && i > 0 && (digitChars - i) % groupSize == 0) appendCodePoint(sb, separator);
    appendCodePoint(sb, i < zeros ? C_ZERO : upperCase(charAt(text, numDigitsAt + <i32>(i - zeros)), upper));
  }
  let pos = numDigitsAt + numDigits;
  if (numHasDecimal) {
    appendCodePoint(sb, C_DOT);
    pos++;
  }
  for (let i = 0; i < numRemainder; i++) appendCodePoint(sb, charAt(text, pos + i));
  appendFill(sb, rpad);
}

/** Whether the spec asks for nothing but the plain text (CPython's fast paths). */
export function specIsPlain(): bool {
  return specSign != C_PLUS && specSign != C_SPACE && specWidth == -1 && specType != 0x6E && specSeparator == 0;
}

/** Runs with a temporary layout (complex parts are laid out unpadded); restore with restoreLayout. */
let savedFill: u32 = 0;
let savedAlign: u32 = 0;
let savedWidth: i64 = 0;
let savedSign: u32 = 0;

export function useUnpaddedLayout(sign: u32): void {
  savedFill = specFill;
  savedAlign = specAlign;
  savedWidth = specWidth;
  savedSign = specSign;
  specFill = 0;
  specAlign = 0x3C;
  specWidth = -1;
  specSign = sign;
}

export function restoreLayout(): void {
  specFill = savedFill;
  specAlign = savedAlign;
  specWidth = savedWidth;
  specSign = savedSign;
}

