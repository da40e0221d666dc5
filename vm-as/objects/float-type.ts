// float: arithmetic with CPython's semantics (signs of // and %, the special cases and errors of
// **), exact comparison with ints of any size, hashing, float(x) from numbers and strings, and
// the methods (is_integer, as_integer_ratio, hex, fromhex, __round__, __format__ …).
//
// Floats are NaN-boxed immediates; instances of float subclasses are boxes (kind KIND_FLOAT)
// holding the value at FLOAT_BOX_VALUE.

import { bytesLikeView } from './buffer';
import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, isFloat, isPtr, intOf, floatOf,
  floatValue, ptrOf, ptrValue, smallInt } from '../value';
import { kindOfPtr, KIND_FLOAT, KIND_STR, KIND_BYTES } from '../object';
import { setSlot, getSlot, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_NB, SLOT_BOOL, SLOT_NEGATIVE,
  SLOT_POSITIVE, SLOT_ABS, SLOT_FLOAT, SLOT_INT, SLOT_INDEX, SLOT_NEW, SLOT_POWER3, TYPE_BASICSIZE } from '../types';
import * as A from '../abstract';
import { newBuilder, appendJs, appendStr, appendCodePoint, appendI64, finishBuilder } from './strbuilder';
import { hostParseFloat } from '../host';
import { compareF64 } from '../interp/ops';
import { raiseJs, raiseStr, raiseValue, errOccurred } from '../errors';
import { ZeroDivisionError, OverflowError, ValueError, TypeError, newExceptionWithArgs } from './exception';
import { hashFloat } from './float-hash';
import { tuple1, tuple2 } from './tuple';
import { strFromJs, strLength } from './str';
import { defineMethod, defineClassMethod, defineGetSet } from './builtin';
import { floatRepr, roundFloat, formatFloatParsed } from './float-format';
import { parseFormatSpec, raiseUnknownFormatCode, specType, formatSpecArg } from './format-spec';
import { isIntValue, intOperand, intValueToF64, allocNumberBox } from './int-type';
import { intFromF64, intCompare, intFromI64, intLshift, intSign } from './int';
import { complexPower } from './complex-type';
import { powPositive } from './float-pow';
import { checkNoArgs, checkArgCount, checkNoKwargs } from './args';
import { asciiNumberTextOf, asciiNumberBytes, textAt, textLength, textByte, isAsciiDigit, digitValue,
  textMatchesWord, textHasWord, removeUnderscores } from './number-text';
import { bytesData, bytesLength } from './bytes';
import * as O from '../generated/opcodes';

export const FLOAT_BOX_VALUE: usize = 8;

/** float and float subclass instances. */
export function isFloatObject(v: Value): bool {
  return isFloat(v) || (isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_FLOAT);
}

/** The value of a float object (see isFloatObject). */
export function floatObjectValue(v: Value): f64 {
  return isFloat(v) ? floatOf(v) : load<f64>(ptrOf(v) + FLOAT_BOX_VALUE);
}

const FLOAT_BOX_SIZE: usize = 16;

function newFloatOfType(type: usize, x: f64): Value {
  if (type == A.floatType) return floatValue(x);
  const box = allocNumberBox(type, KIND_FLOAT, FLOAT_BOX_SIZE);
  store<f64>(box + FLOAT_BOX_VALUE, x);
  return ptrValue(box);
}

// ---- operands ----

/** The operand converted by toDouble. */
let operand: f64 = 0;

/** A float operand: 1 (value in `operand`), 0 when v is not a float or int, -1 on error (huge int). */
function toDouble(v: Value): i32 {
  if (isFloat(v)) {
    operand = floatOf(v);
    return 1;
  }
  if (isSmallInt(v)) {
    operand = <f64>intOf(v);
    return 1;
  }
  if (isFloatObject(v)) {
    operand = floatObjectValue(v);
    return 1;
  }
  if (!isIntValue(v)) return 0;
  operand = intValueToF64(v);
  return operand != operand ? -1 : 1;
}

// ---- arithmetic ----

/** Python's float %: the result takes the divisor's sign (CPython's float_rem). */
export function floatModulo(x: f64, y: f64): f64 {
  let mod = x % y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0.0 : 0.0;
  }
  return mod;
}

/** Python's float // (CPython's float_floor_div via float_divmod). */
export function floorDivide(x: f64, y: f64): f64 {
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod != 0 && ((y < 0) != (mod < 0))) div -= 1.0;
  if (div != 0) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  return copysign<f64>(0.0, x / y);
}

function isOddInteger(x: f64): bool {
  return Math.abs(x) % 2.0 == 1.0;
}

function raiseRangeError(): Value {
  const args = tuple2(smallInt(34), ptrValue(strFromJs('Numerical result out of range')));
  return raiseValue(ptrValue(newExceptionWithArgs(OverflowError, args)));
}

/**
 * x ** y (CPython's float_pow): NaN and infinity cases as C99 says, ZeroDivisionError for 0.0 to
 * a negative power, a complex result for a negative base and a fractional exponent, and
 * OverflowError when the result overflows.
 */
export function floatPower(x: f64, y: f64): Value {
  if (y == 0) return floatValue(1.0);
  if (x != x) return floatValue(x);
  if (y != y) return floatValue(x == 1.0 ? 1.0 : y);
  if (!isFinite(y)) {
    const ax = Math.abs(x);
    if (ax == 1.0) return floatValue(1.0);
    return floatValue((y > 0) == (ax > 1.0) ? Infinity : 0.0);
  }
  if (!isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return floatValue(odd ? x : Math.abs(x));
    return floatValue(odd ? copysign<f64>(0.0, x) : 0.0);
  }
  if (x == 0) {
    if (y < 0) return raiseJs(ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return floatValue(isOddInteger(y) ? x : 0.0);
  }
  let negate = false;
  if (x < 0) {
    if (y != Math.floor(y)) return complexPower(x, 0, y, 0);
    x = -x;
    negate = isOddInteger(y);
  }
  if (x == 1.0) return floatValue(negate ? -1.0 : 1.0);
  const r = powPositive(x, y);
  if (!isFinite(r)) return raiseRangeError();
  return floatValue(negate ? -r : r);
}

function floatBinarySlot(a: Value, b: Value, nb: i32): Value {
  const ka = toDouble(a);
  if (ka <= 0) return ka == 0 ? NOT_IMPLEMENTED : NULL;
  const x = operand;
  const kb = toDouble(b);
  if (kb <= 0) return kb == 0 ? NOT_IMPLEMENTED : NULL;
  const y = operand;
  switch (nb) {
    case O.NB_ADD: return floatValue(x + y);
    case O.NB_SUBTRACT: return floatValue(x - y);
    case O.NB_MULTIPLY: return floatValue(x * y);
    case O.NB_TRUE_DIVIDE: {
      if (y == 0) return raiseJs(ZeroDivisionError, 'float division by zero');
      return floatValue(x / y);
    }
    case O.NB_FLOOR_DIVIDE: {
      if (y == 0) return raiseJs(ZeroDivisionError, 'float floor division by zero');
      return floatValue(floorDivide(x, y));
    }
    case O.NB_REMAINDER: {
      if (y == 0) return raiseJs(ZeroDivisionError, 'float modulo');
      return floatValue(floatModulo(x, y));
    }
    case O.NB_POWER: return floatPower(x, y);
  }
  return NOT_IMPLEMENTED;
}

function fAdd(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_ADD); }
function fSub(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_SUBTRACT); }
function fMul(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_MULTIPLY); }
function fDiv(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_TRUE_DIVIDE); }
function fFloorDiv(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_FLOOR_DIVIDE); }
function fMod(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_REMAINDER); }
function fPow(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_POWER); }

function floatPower3Slot(a: Value, b: Value, m: Value): Value {
  if (m == NONE) return fPow(a, b);
  const ka = toDouble(a);
  if (ka <= 0) return ka == 0 ? NOT_IMPLEMENTED : NULL;
  const kb = toDouble(b);
  if (kb <= 0) return kb == 0 ? NOT_IMPLEMENTED : NULL;
  return raiseJs(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
}

/** divmod(a, b) when either is a float: (a // b, a % b); NOT_IMPLEMENTED for non-numbers. */
export function floatDivmod(a: Value, b: Value): Value {
  const ka = toDouble(a);
  if (ka <= 0) return ka == 0 ? NOT_IMPLEMENTED : NULL;
  const x = operand;
  const kb = toDouble(b);
  if (kb <= 0) return kb == 0 ? NOT_IMPLEMENTED : NULL;
  const y = operand;
  if (y == 0) return raiseJs(ZeroDivisionError, 'float divmod()');
  return ptrValue(tuple2(floatValue(floorDivide(x, y)), floatValue(floatModulo(x, y))));
}

// ---- comparison ----

/** x <op> n for an int n of any size, exactly (a huge int is not rounded to a float). */
export function compareFloatWithInt(x: f64, n: Value, op: i32): bool {
  if (isSmallInt(n)) return compareF64(x, <f64>intOf(n), op); // exact: small ints have 48 bits
  if (x != x) return op == O.CMP_NE;
  if (!isFinite(x)) return compareSign(x > 0 ? 1 : -1, op);
  // Compare the integral parts as ints; equal ones leave the fraction to decide.
  const whole = Math.trunc(x);
  const wholeInt = intFromF64(whole);
  if (wholeInt == NULL) return false;
  let c = intCompare(wholeInt, n);
  if (c == 0) c = x > whole ? 1 : x < whole ? -1 : 0;
  return compareSign(c, op);
}

/** Whether a comparison whose outcome is c (-1, 0, 1) satisfies op. */
export function compareSign(c: i32, op: i32): bool {
  switch (op) {
    case O.CMP_LT: return c < 0;
    case O.CMP_LE: return c <= 0;
    case O.CMP_EQ: return c == 0;
    case O.CMP_NE: return c != 0;
    case O.CMP_GT: return c > 0;
  }
  return c >= 0;
}

function floatRichCompareSlot(a: Value, b: Value, op: i32): Value {
  const x = floatObjectValue(a);
  if (isFloatObject(b)) return compareF64(x, floatObjectValue(b), op) ? TRUE : FALSE;
  if (isIntValue(b)) return compareFloatWithInt(x, intOperand(b), op) ? TRUE : FALSE;
  return NOT_IMPLEMENTED;
}

// ---- unary slots ----

function floatReprSlot(v: Value): Value {
  return ptrValue(floatRepr(floatObjectValue(v)));
}

function floatHashSlot(v: Value): i64 {
  return hashFloat(floatObjectValue(v));
}

function floatBoolSlot(v: Value): i32 {
  return floatObjectValue(v) != 0 ? 1 : 0;
}

function floatNegativeSlot(v: Value): Value {
  return floatValue(-floatObjectValue(v));
}

function floatPositiveSlot(v: Value): Value {
  return floatValue(floatObjectValue(v));
}

function floatAbsSlot(v: Value): Value {
  return floatValue(Math.abs(floatObjectValue(v)));
}

/** int(x) for a float: truncation toward zero. */
function floatIntSlot(v: Value): Value {
  return intFromF64(Math.trunc(floatObjectValue(v)));
}

// ---- float(x) ----

/** float(s) for a str: CPython's float_from_string, with underscores between digits. */
export function floatFromStr(s: usize): Value {
  asciiNumberTextOf(s);
  const r = parseFloatText();
  if (r == NULL) return raiseCannotConvert(ptrValue(s));
  return r;
}

function raiseCannotConvert(s: Value): Value {
  const repr = A.reprOf(s);
  if (repr == 0) return NULL;
  const sb = newBuilder();
  appendJs(sb, 'could not convert string to float: ');
  appendStr(sb, repr);
  return raiseStr(ValueError, finishBuilder(sb));
}

/**
 * Parses the ASCII text at textAt (whitespace already stripped): a decimal float literal with
 * underscores between digits, or inf/infinity/nan. NULL (no error set) when malformed.
 */
function parseFloatText(): Value {
  if (!removeUnderscores()) return NULL;
  const n = textLength;
  if (n == 0 || scanFloat(0, n) != n) return NULL;
  return floatValue(floatFromText(0, n));
}

/**
 * The end of the longest float literal starting at text position pos (pos when there is none),
 * as strtod reads it: [sign] (digits [. digits] [e [sign] digits] | inf | infinity | nan).
 */
export function scanFloat(pos: i32, end: i32): i32 {
  let p = pos;
  if (p < end && (textByte(p) == 0x2B || textByte(p) == 0x2D)) p++;
  if (textHasWord(p, end, 'infinity')) return p + 8;
  if (textHasWord(p, end, 'inf') || textHasWord(p, end, 'nan')) return p + 3;
  let digits = 0;
  while (p < end && isAsciiDigit(textByte(p))) { p++; digits++; }
  if (p < end && textByte(p) == 0x2E) {
    p++;
    while (p < end && isAsciiDigit(textByte(p))) { p++; digits++; }
  }
  if (digits == 0) return pos;
  if (p < end && (textByte(p) | 0x20) == 0x65) {
    let q = p + 1;
    if (q < end && (textByte(q) == 0x2B || textByte(q) == 0x2D)) q++;
    if (q < end && isAsciiDigit(textByte(q))) {
      while (q < end && isAsciiDigit(textByte(q))) q++;
      p = q;
    }
  }
  return p;
}

/** The value of the float literal text[pos, end) found by scanFloat (correctly rounded). */
export function floatFromText(pos: i32, end: i32): f64 {
  let p = pos;
  const negative = textByte(p) == 0x2D;
  if (textByte(p) == 0x2B || negative) p++;
  const c = textByte(p) | 0x20;
  if (c == 0x69) return negative ? -Infinity : Infinity;
  if (c == 0x6E) return NaN;
  return hostParseFloat(textAt + <usize>pos, end - pos);
}

/** float(x) for one argument (CPython's PyNumber_Float). */
export function toFloat(x: Value): Value {
  if (isFloat(x)) return x;
  if (isSmallInt(x)) return floatValue(<f64>intOf(x));
  if (isPtr(x)) {
    const p = ptrOf(x);
    const kind = kindOfPtr(p);
    if (kind == KIND_STR) return floatFromStr(p);
    const view = bytesLikeView(x);
    if (view != 0) {
      asciiNumberBytes(bytesData(view), bytesLength(view));
      const r = parseFloatText();
      return r == NULL ? raiseCannotConvert(x) : r;
    }
  }
  const type = A.typeOf(x);
  const floatSlot = getSlot(type, SLOT_FLOAT);
  if (floatSlot != 0) {
    const r = changetype<(v: Value) => Value>(floatSlot)(x);
    if (r == NULL || isFloat(r)) return r;
    if (isFloatObject(r)) return floatValue(floatObjectValue(r));
    const sb = newBuilder();
    appendStr(sb, A.typeNameOf(x));
    appendJs(sb, '.__float__ returned non-float (type ');
    appendStr(sb, A.typeNameOf(r));
    appendJs(sb, ')');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  if (getSlot(type, SLOT_INDEX) != 0) {
    const i = A.indexOf(x);
    if (i == NULL) return NULL;
    const f = intValueToF64(i);
    return f != f ? NULL : floatValue(f);
  }
  const sb = newBuilder();
  appendJs(sb, 'float() argument must be a string or a real number, not ');
  appendCodePoint(sb, 0x27);
  appendStr(sb, A.typeNameOf(x));
  appendCodePoint(sb, 0x27);
  return raiseStr(TypeError, finishBuilder(sb));
}

/** float.__new__(type, x=0.0, /) */
function floatNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('float', kwnames) || !checkArgCount('float', nargs, 0, 1)) return NULL;
  if (nargs == 0) return newFloatOfType(ptrOf(type), 0.0);
  const r = toFloat(load<u64>(args));
  if (r == NULL) return NULL;
  return newFloatOfType(ptrOf(type), floatOf(r));
}

// ---- methods ----

function selfValue(self: Value): f64 {
  return floatObjectValue(self);
}

function floatIsInteger(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.is_integer', nargs, kwnames)) return NULL;
  const x = selfValue(self);
  return isFinite(x) && Math.floor(x) == x ? TRUE : FALSE;
}

/** x as m × 2**e with m odd (x finite and nonzero); returns m, e in decomposedExponent. */
let decomposedExponent: i32 = 0;
function decompose(x: f64): i64 {
  const bits = reinterpret<u64>(x);
  const biased = <i32>((bits >> 52) & 0x7FF);
  let m = <i64>(bits & 0xFFFFFFFFFFFFF);
  let e = biased == 0 ? -1074 : biased - 1075;
  if (biased != 0) m |= 1 << 52;
  const shift = <i32>ctz(m);
  decomposedExponent = e + shift;
  return m >> shift;
}

function floatAsIntegerRatio(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.as_integer_ratio', nargs, kwnames)) return NULL;
  const x = selfValue(self);
  if (x != x) return raiseJs(ValueError, 'cannot convert NaN to integer ratio');
  if (!isFinite(x)) return raiseJs(OverflowError, 'cannot convert Infinity to integer ratio');
  if (x == 0) return ptrValue(tuple2(smallInt(0), smallInt(1)));
  const m = decompose(Math.abs(x));
  const e = decomposedExponent;
  const mv = intFromI64(x < 0 ? -m : m);
  if (mv == NULL) return NULL;
  if (e >= 0) {
    const num = intLshift(mv, smallInt(e));
    return num == NULL ? NULL : ptrValue(tuple2(num, smallInt(1)));
  }
  const den = intLshift(smallInt(1), smallInt(-e));
  return den == NULL ? NULL : ptrValue(tuple2(mv, den));
}

function floatConjugate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.conjugate', nargs, kwnames)) return NULL;
  return floatValue(selfValue(self));
}

function floatGetReal(self: Value): Value {
  return floatValue(selfValue(self));
}

function floatGetImag(self: Value): Value {
  return floatValue(0.0);
}

/** int(round-half-even of x), with the errors of int(inf) / int(nan). */
function floatRoundToInt(x: f64): Value {
  return intFromF64(nearest<f64>(x));
}

/** float.__round__(ndigits=None) */
function floatRound(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('__round__', kwnames) || !checkArgCount('__round__', nargs, 0, 1)) return NULL;
  const x = selfValue(self);
  if (nargs == 0 || load<u64>(args) == NONE) return floatRoundToInt(x);
  const nd = A.indexOf(load<u64>(args));
  if (nd == NULL) return NULL;
  // Python clips huge ndigits; any value outside ±400 already means "unchanged" or "zero".
  const ndigits: i64 = isSmallInt(nd) ? intOf(nd) : intSign(nd) > 0 ? 1000 : -1000;
  const r = roundFloat(x, ndigits);
  return errOccurred() ? NULL : floatValue(r);
}

function floatTrunc(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.__trunc__', nargs, kwnames)) return NULL;
  return intFromF64(Math.trunc(selfValue(self)));
}

function floatFloor(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.__floor__', nargs, kwnames)) return NULL;
  return intFromF64(Math.floor(selfValue(self)));
}

function floatCeil(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.__ceil__', nargs, kwnames)) return NULL;
  return intFromF64(Math.ceil(selfValue(self)));
}

function floatInt(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.__int__', nargs, kwnames)) return NULL;
  return floatIntSlot(self);
}

function floatFloat(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.__float__', nargs, kwnames)) return NULL;
  return floatValue(selfValue(self));
}

function floatGetnewargs(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.__getnewargs__', nargs, kwnames)) return NULL;
  return ptrValue(tuple1(floatValue(selfValue(self))));
}

/** float.__format__(spec) */
function floatFormat(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const spec = formatSpecArg(args, nargs, kwnames);
  if (spec == 0) return NULL;
  return formatFloat(self, selfValue(self), spec);
}

/** format(x, spec) for a float value x of object obj (CPython's _PyFloat_FormatAdvancedWriter). */
export function formatFloat(obj: Value, x: f64, spec: usize): Value {
  if (strLength(spec) == 0) {
    const s = A.strOf(obj);
    return s == 0 ? NULL : ptrValue(s);
  }
  if (!parseFormatSpec(spec, obj, 0, 0x3E)) return NULL;
  switch (specType) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6E: case 0x25:
      return formatFloatParsed(x);
  }
  return raiseUnknownFormatCode(obj);
}

// ---- hex and fromhex ----

function hexDigit(d: i32): u32 {
  return d < 10 ? 0x30 + <u32>d : 0x57 + <u32>d;
}

/** float.hex(): 0x1.8000000000000p+1 — thirteen hex digits after the point, always. */
function floatHex(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('float.hex', nargs, kwnames)) return NULL;
  const x = selfValue(self);
  if (x != x || !isFinite(x)) return ptrValue(floatRepr(x));
  const sb = newBuilder(24);
  if ((reinterpret<u64>(x) >> 63) != 0) appendCodePoint(sb, 0x2D);
  appendJs(sb, '0x');
  if (x == 0) {
    appendJs(sb, '0.0p+0');
    return ptrValue(finishBuilder(sb));
  }
  const bits = reinterpret<u64>(x);
  const biased = <i32>((bits >> 52) & 0x7FF);
  const fraction = bits & 0xFFFFFFFFFFFFF;
  appendCodePoint(sb, biased == 0 ? 0x30 : 0x31);
  appendCodePoint(sb, 0x2E);
  for (let shift = 48; shift >= 0; shift -= 4) appendCodePoint(sb, hexDigit(<i32>((fraction >> <u64>shift) & 0xF)));
  const e = biased == 0 ? -1022 : biased - 1023;
  appendCodePoint(sb, 0x70);
  appendCodePoint(sb, e < 0 ? 0x2D : 0x2B);
  appendI64(sb, e < 0 ? -e : e);
  return ptrValue(finishBuilder(sb));
}

/** x × 2**e, exactly when the result is representable (2**e built from its bits). */
export function ldexp(x: f64, e: i64): f64 {
  while (e > 1023) {
    x *= reinterpret<f64>(<u64>(1023 + 1023) << 52);
    e -= 1023;
    if (!isFinite(x)) return x;
  }
  while (e < -1022) {
    x *= reinterpret<f64>(<u64>1 << 52); // 2**-1022
    e += 1022;
    if (x == 0) return x;
  }
  return x * reinterpret<f64>(<u64>(e + 1023) << 52);
}

const HEX_DBL_MIN_EXP: i64 = -1021;
const HEX_DBL_MANT_DIG: i64 = 53;
const HEX_DBL_MAX_EXP: i64 = 1024;

/** Positions of the parsed hex coefficient (see hexDigitAt). */
let coeffEnd: i32 = 0;
let fractionDigits: i32 = 0;

/** The j-th least significant hex digit of the coefficient (CPython's HEX_DIGIT). */
function hexDigitAt(j: i32): i32 {
  const at = j < fractionDigits ? coeffEnd - j : coeffEnd - 1 - j;
  return <i32>digitValue(textByte(at));
}

function isHexDigit(c: u32): bool {
  return digitValue(c) < 16;
}

/** float.fromhex(s): CPython's float_fromhex, rounding half to even. */
function floatFromhex(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('fromhex', kwnames) || !checkArgCount('fromhex', nargs, 1, 1)) return NULL;
  const arg = load<u64>(args);
  if (!isPtr(arg) || kindOfPtr(ptrOf(arg)) != KIND_STR) return raiseJs(TypeError, 'bad argument type for built-in operation');
  asciiNumberTextOf(ptrOf(arg));
  const r = parseHexText();
  if (r == NULL) return NULL;
  if (ptrOf(cls) == A.floatType) return r;
  return A.call1(cls, r);
}

function raiseInvalidHex(): Value {
  return raiseJs(ValueError, 'invalid hexadecimal floating-point string');
}

function raiseHexOverflow(): Value {
  return raiseJs(OverflowError, 'hexadecimal value too large to represent as a float');
}

function parseHexText(): Value {
  const n = textLength;
  let pos = 0;
  let negative = false;
  if (pos < n && (textByte(pos) == 0x2B || textByte(pos) == 0x2D)) negative = textByte(pos++) == 0x2D;
  if (textMatchesWord(pos, n, 'inf') || textMatchesWord(pos, n, 'infinity')) {
    return floatValue(negative ? -Infinity : Infinity);
  }
  if (textMatchesWord(pos, n, 'nan')) return floatValue(NaN);
  if (pos + 1 < n && textByte(pos) == 0x30 && (textByte(pos + 1) | 0x20) == 0x78) pos += 2;
  const coeffStart = pos;
  while (pos < n && isHexDigit(textByte(pos))) pos++;
  const pointAt = pos;
  if (pos < n && textByte(pos) == 0x2E) {
    pos++;
    while (pos < n && isHexDigit(textByte(pos))) pos++;
    coeffEnd = pos - 1;
  } else {
    coeffEnd = pos;
  }
  let ndigits = coeffEnd - coeffStart;
  fractionDigits = coeffEnd - pointAt;
  if (ndigits == 0) return raiseInvalidHex();
  let exp: i64 = 0;
  if (pos < n && (textByte(pos) | 0x20) == 0x70) {
    pos++;
    let expNegative = false;
    if (pos < n && (textByte(pos) == 0x2B || textByte(pos) == 0x2D)) expNegative = textByte(pos++) == 0x2D;
    if (pos == n || !isAsciiDigit(textByte(pos))) return raiseInvalidHex();
    while (pos < n && isAsciiDigit(textByte(pos))) {
      if (exp < 1 << 40) exp = exp * 10 + <i64>(textByte(pos) - 0x30);
      pos++;
    }
    if (expNegative) exp = -exp;
  }
  if (pos != n) return raiseInvalidHex();
  while (ndigits > 0 && hexDigitAt(ndigits - 1) == 0) ndigits--;
  if (ndigits == 0 || exp < -(1 << 39)) return floatValue(negative ? -0.0 : 0.0);
  if (exp > 1 << 39) return raiseHexOverflow();
  exp -= 4 * <i64>fractionDigits;
  let topExp = exp + 4 * <i64>(ndigits - 1);
  for (let digit = hexDigitAt(ndigits - 1); digit != 0; digit >>= 1) topExp++;
  if (topExp < HEX_DBL_MIN_EXP - HEX_DBL_MANT_DIG) return floatValue(negative ? -0.0 : 0.0);
  if (topExp > HEX_DBL_MAX_EXP) return raiseHexOverflow();
  const lsb = max(topExp, HEX_DBL_MIN_EXP) - HEX_DBL_MANT_DIG;
  let x = 0.0;
  if (exp >= lsb) {
    for (let i = ndigits - 1; i >= 0; i--) x = 16.0 * x + <f64>hexDigitAt(i);
    x = ldexp(x, exp);
    return floatValue(negative ? -x : x);
  }
  const halfEps = 1 << <i32>((lsb - exp - 1) % 4);
  const keyDigit = <i32>((lsb - exp - 1) / 4);
  for (let i = ndigits - 1; i > keyDigit; i--) x = 16.0 * x + <f64>hexDigitAt(i);
  const digit = hexDigitAt(keyDigit);
  x = 16.0 * x + <f64>(digit & (16 - 2 * halfEps));
  if ((digit & halfEps) != 0) {
    let roundUp = (digit & (3 * halfEps - 1)) != 0 ||
      (halfEps == 8 && keyDigit + 1 < ndigits && (hexDigitAt(keyDigit + 1) & 1) != 0);
    for (let i = keyDigit - 1; i >= 0 && !roundUp; i--) {
      if (hexDigitAt(i) != 0) roundUp = true;
    }
    if (roundUp) {
      x += <f64>(2 * halfEps);
      if (topExp == HEX_DBL_MAX_EXP && x == ldexp(<f64>(2 * halfEps), HEX_DBL_MANT_DIG)) return raiseHexOverflow();
    }
  }
  x = ldexp(x, exp + 4 * <i64>keyDigit);
  return floatValue(negative ? -x : x);
}

export function setupFloatType(t: usize): void {
  store<u32>(t + TYPE_BASICSIZE, <u32>FLOAT_BOX_SIZE); // what subclasses extend
  setSlot(t, SLOT_REPR, changetype<usize>(floatReprSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(floatHashSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(floatRichCompareSlot));
  setSlot(t, SLOT_BOOL, changetype<usize>(floatBoolSlot));
  setSlot(t, SLOT_NEGATIVE, changetype<usize>(floatNegativeSlot));
  setSlot(t, SLOT_POSITIVE, changetype<usize>(floatPositiveSlot));
  setSlot(t, SLOT_ABS, changetype<usize>(floatAbsSlot));
  setSlot(t, SLOT_FLOAT, changetype<usize>(floatPositiveSlot));
  setSlot(t, SLOT_INT, changetype<usize>(floatIntSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(floatNewSlot));
  setSlot(t, SLOT_NB + O.NB_ADD, changetype<usize>(fAdd));
  setSlot(t, SLOT_NB + O.NB_SUBTRACT, changetype<usize>(fSub));
  setSlot(t, SLOT_NB + O.NB_MULTIPLY, changetype<usize>(fMul));
  setSlot(t, SLOT_NB + O.NB_TRUE_DIVIDE, changetype<usize>(fDiv));
  setSlot(t, SLOT_NB + O.NB_FLOOR_DIVIDE, changetype<usize>(fFloorDiv));
  setSlot(t, SLOT_NB + O.NB_REMAINDER, changetype<usize>(fMod));
  setSlot(t, SLOT_NB + O.NB_POWER, changetype<usize>(fPow));
  setSlot(t, SLOT_POWER3, changetype<usize>(floatPower3Slot));
  defineMethod(t, 'is_integer', floatIsInteger);
  defineMethod(t, 'as_integer_ratio', floatAsIntegerRatio);
  defineMethod(t, 'conjugate', floatConjugate);
  defineMethod(t, 'hex', floatHex);
  defineClassMethod(t, 'fromhex', floatFromhex);
  defineMethod(t, '__round__', floatRound);
  defineMethod(t, '__trunc__', floatTrunc);
  defineMethod(t, '__floor__', floatFloor);
  defineMethod(t, '__ceil__', floatCeil);
  defineMethod(t, '__int__', floatInt);
  defineMethod(t, '__float__', floatFloat);
  defineMethod(t, '__format__', floatFormat);
  defineMethod(t, '__getnewargs__', floatGetnewargs);
  defineGetSet(t, 'real', floatGetReal, null);
  defineGetSet(t, 'imag', floatGetImag, null);
}
