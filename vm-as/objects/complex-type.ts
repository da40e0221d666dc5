// complex: arithmetic (CPython's _Py_c_* algorithms, so results match bit for bit), repr,
// hashing, equality with ints and floats, complex(real, imag) and complex(str), abs, and the
// methods (conjugate, __format__ …).

import { Value, NULL, NONE, TRUE, FALSE, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue, floatValue, smallInt } from '../value';
import { kindOfPtr, KIND_COMPLEX, KIND_STR } from '../object';
import { setSlot, getSlot, SLOT_REPR, SLOT_HASH, SLOT_RICHCOMPARE, SLOT_NB, SLOT_BOOL, SLOT_NEGATIVE,
  SLOT_POSITIVE, SLOT_ABS, SLOT_NEW, SLOT_FLOAT, SLOT_INDEX, SLOT_POWER3, TYPE_BASICSIZE } from '../types';
import * as A from '../abstract';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from './strbuilder';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { ZeroDivisionError, OverflowError, ValueError, TypeError } from './exception';
import { hashFloat } from './float-hash';
import { tuple2 } from './tuple';
import { strLength } from './str';
import { internJs } from '../intern';
import { addPermanentRoot } from '../gc';
import { defineMethod, defineGetSet } from './builtin';
import { COMPLEX_REAL, COMPLEX_IMAG, complexType, newComplex } from './complex';
import { appendDouble, CODE_R, CODE_G, DTSF_SIGN, DTSF_ALT, DTSF_NO_NEG_0,
  DTSF_UPPER } from './float-format';
import * as F from './format-spec';
import { isFloatObject, floatObjectValue, toFloat, scanFloat, floatFromText } from './float-type';
import { isIntValue, intValueToF64, allocNumberBox } from './int-type';
import { bindArgs } from './number-args';
import { checkNoArgs } from './args';
import { asciiNumberTextOf, removeUnderscores, textByte, textLength, isSpace } from './number-text';
import { powPositive } from './float-pow';
import * as O from '../generated/opcodes';

let nComplex: usize = 0; // '__complex__'

/** complex and complex subclass instances. */
export function isComplexObject(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_COMPLEX;
}

const COMPLEX_SIZE: usize = 24;

function newComplexOfType(type: usize, real: f64, imag: f64): Value {
  if (type == complexType) return ptrValue(newComplex(real, imag));
  const c = allocNumberBox(type, KIND_COMPLEX, COMPLEX_SIZE);
  store<f64>(c + COMPLEX_REAL, real);
  store<f64>(c + COMPLEX_IMAG, imag);
  return ptrValue(c);
}

function complexValue(real: f64, imag: f64): Value {
  return ptrValue(newComplex(real, imag));
}

// ---- operands ----

/** The operand converted by toComplex. */
let re: f64 = 0;
let im: f64 = 0;

/** A complex operand: 1 (parts in re/im), 0 when v is not a number, -1 on error (huge int). */
function toComplex(v: Value): i32 {
  if (isComplexObject(v)) {
    re = load<f64>(ptrOf(v) + COMPLEX_REAL);
    im = load<f64>(ptrOf(v) + COMPLEX_IMAG);
    return 1;
  }
  im = 0;
  if (isFloatObject(v)) {
    re = floatObjectValue(v);
    return 1;
  }
  if (!isIntValue(v)) return 0;
  re = intValueToF64(v);
  return re != re ? -1 : 1;
}

// ---- arithmetic ----

/** The result of quotient() and power(). */
let resultRe: f64 = 0;
let resultIm: f64 = 0;

/** a / b by Smith's algorithm (CPython's _Py_c_quot); false when b is zero. */
function quotient(ar: f64, ai: f64, br: f64, bi: f64): bool {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr == 0.0) {
      resultRe = resultIm = 0.0;
      return false;
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    resultRe = (ar + ai * ratio) / denom;
    resultIm = (ai - ar * ratio) / denom;
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    resultRe = (ar * ratio + ai) / denom;
    resultIm = (ai * ratio - ar) / denom;
  } else {
    resultRe = resultIm = NaN; // a NaN in b
  }
  return true;
}

/** x ** n for an integer n >= 0 by repeated squaring (CPython's c_powu). */
function powerUnsigned(xr: f64, xi: f64, n: i64): void {
  let rr = 1.0;
  let ri = 0.0;
  let pr = xr;
  let pi = xi;
  for (let mask: i64 = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    const t = pr * pr - pi * pi;
    pi = pr * pi + pi * pr;
    pr = t;
  }
  resultRe = rr;
  resultIm = ri;
}

/**
 * a ** b (CPython's _Py_c_pow); false where C's errno would be EDOM: 0 to a negative or
 * complex power, and the cosine and sine of an infinite phase.
 */
function powerGeneral(ar: f64, ai: f64, br: f64, bi: f64): bool {
  if (br == 0 && bi == 0) {
    resultRe = 1.0;
    resultIm = 0.0;
    return true;
  }
  if (ar == 0 && ai == 0) {
    resultRe = resultIm = 0.0;
    return bi == 0 && br >= 0;
  }
  const vabs = Math.hypot(ar, ai);
  let len = isFinite(vabs) && isFinite(br) ? powPositive(vabs, br) : Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi != 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  resultRe = len * Math.cos(phase);
  resultIm = len * Math.sin(phase);
  return !isInfinite(phase);
}

/** a ** b for complex operands (CPython's complex_pow), with its errors. */
export function complexPower(ar: f64, ai: f64, br: f64, bi: f64): Value {
  let ok = true;
  if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100) {
    const n = <i64>br;
    powerUnsigned(ar, ai, n >= 0 ? n : -n);
    if (n < 0) ok = quotient(1.0, 0.0, resultRe, resultIm);
  } else {
    ok = powerGeneral(ar, ai, br, bi);
  }
  if (!ok) return raiseJs(ZeroDivisionError, '0.0 to a negative or complex power');
  if (isInfinite(resultRe) || isInfinite(resultIm)) return raiseJs(OverflowError, 'complex exponentiation');
  return complexValue(resultRe, resultIm);
}

function isInfinite(x: f64): bool {
  return x == Infinity || x == -Infinity;
}

function complexBinarySlot(a: Value, b: Value, nb: i32): Value {
  const ka = toComplex(a);
  if (ka <= 0) return ka == 0 ? NOT_IMPLEMENTED : NULL;
  const ar = re;
  const ai = im;
  const kb = toComplex(b);
  if (kb <= 0) return kb == 0 ? NOT_IMPLEMENTED : NULL;
  const br = re;
  const bi = im;
  switch (nb) {
    case O.NB_ADD: return complexValue(ar + br, ai + bi);
    case O.NB_SUBTRACT: return complexValue(ar - br, ai - bi);
    case O.NB_MULTIPLY: return complexValue(ar * br - ai * bi, ar * bi + ai * br);
    case O.NB_TRUE_DIVIDE: {
      if (!quotient(ar, ai, br, bi)) return raiseJs(ZeroDivisionError, 'complex division by zero');
      return complexValue(resultRe, resultIm);
    }
    case O.NB_POWER: return complexPower(ar, ai, br, bi);
  }
  return NOT_IMPLEMENTED;
}

function cAdd(a: Value, b: Value): Value { return complexBinarySlot(a, b, O.NB_ADD); }
function cSub(a: Value, b: Value): Value { return complexBinarySlot(a, b, O.NB_SUBTRACT); }
function cMul(a: Value, b: Value): Value { return complexBinarySlot(a, b, O.NB_MULTIPLY); }
function cDiv(a: Value, b: Value): Value { return complexBinarySlot(a, b, O.NB_TRUE_DIVIDE); }
function cPow(a: Value, b: Value): Value { return complexBinarySlot(a, b, O.NB_POWER); }

function complexPower3Slot(a: Value, b: Value, m: Value): Value {
  if (m != NONE) return raiseJs(ValueError, 'complex modulo');
  return cPow(a, b);
}

// ---- unary slots, comparison, hash ----

function realOf(v: Value): f64 {
  return load<f64>(ptrOf(v) + COMPLEX_REAL);
}

function imagOf(v: Value): f64 {
  return load<f64>(ptrOf(v) + COMPLEX_IMAG);
}

function complexNegativeSlot(v: Value): Value {
  return complexValue(-realOf(v), -imagOf(v));
}

function complexPositiveSlot(v: Value): Value {
  return complexValue(realOf(v), imagOf(v));
}

function complexBoolSlot(v: Value): i32 {
  return realOf(v) != 0 || imagOf(v) != 0 ? 1 : 0;
}

/** abs(z): infinite if either part is, even when the other is a NaN (C99). */
function complexAbsSlot(v: Value): Value {
  const r = realOf(v);
  const i = imagOf(v);
  if (isInfinite(r)) return floatValue(Math.abs(r));
  if (isInfinite(i)) return floatValue(Math.abs(i));
  if (r != r || i != i) return floatValue(NaN);
  const h = Math.hypot(r, i);
  if (!isFinite(h)) return raiseJs(OverflowError, 'absolute value too large');
  return floatValue(h);
}

const HASH_IMAG: u64 = 1000003;

function complexHashSlot(v: Value): i64 {
  let h = <u64>hashFloat(realOf(v)) + HASH_IMAG * <u64>hashFloat(imagOf(v));
  if (h == <u64>-1) h = <u64>-2;
  return <i64>h;
}

/** == and != with complex, float and int; ordering is not defined. */
function complexRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (op != O.CMP_EQ && op != O.CMP_NE) return NOT_IMPLEMENTED;
  const r = realOf(a);
  const i = imagOf(a);
  let equal: bool;
  if (isComplexObject(b)) {
    equal = r == realOf(b) && i == imagOf(b);
  } else if (isFloatObject(b)) {
    equal = r == floatObjectValue(b) && i == 0;
  } else if (isIntValue(b)) {
    if (i == 0) return A.richCompare(floatValue(r), b, op);
    equal = false;
  } else {
    return NOT_IMPLEMENTED;
  }
  return equal == (op == O.CMP_EQ) ? TRUE : FALSE;
}

/** repr(z): '(1+2j)', or just the imaginary part when the real part is +0. */
function appendComplexRepr(sb: usize, r: f64, i: f64): void {
  if (r == 0 && (reinterpret<u64>(r) >> 63) == 0) {
    appendDouble(sb, i, CODE_R, 0, 0);
    appendCodePoint(sb, 0x6A);
    return;
  }
  appendCodePoint(sb, 0x28);
  appendDouble(sb, r, CODE_R, 0, 0);
  appendDouble(sb, i, CODE_R, 0, DTSF_SIGN);
  appendJs(sb, 'j)');
}

function complexReprSlot(v: Value): Value {
  const sb = newBuilder();
  appendComplexRepr(sb, realOf(v), imagOf(v));
  return ptrValue(finishBuilder(sb));
}

// ---- complex(real=0, imag=0) ----

function raiseMalformed(): Value {
  return raiseJs(ValueError, 'complex() arg is a malformed string');
}

/** complex(s): '1+2j', '(1-j)', 'inf', '2.5J' … (CPython's complex_subtype_from_string). */
function complexFromStr(type: usize, s: usize): Value {
  asciiNumberTextOf(s);
  if (!removeUnderscores()) return raiseMalformed();
  const n = textLength;
  let pos = 0;
  let bracket = false;
  if (pos < n && textByte(pos) == 0x28) {
    bracket = true;
    pos++;
    while (pos < n && isSpace(textByte(pos))) pos++;
  }
  let x = 0.0;
  let y = 0.0;
  let end = scanFloat(pos, n);
  if (end != pos) {
    const z = floatFromText(pos, end);
    pos = end;
    if (pos < n && (textByte(pos) == 0x2B || textByte(pos) == 0x2D)) {
      x = z;
      end = scanFloat(pos, n);
      if (end != pos) {
        y = floatFromText(pos, end);
        pos = end;
      } else {
        y = textByte(pos++) == 0x2B ? 1.0 : -1.0;
      }
      if (!isJ(pos, n)) return raiseMalformed();
      pos++;
    } else if (isJ(pos, n)) {
      pos++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (pos < n && (textByte(pos) == 0x2B || textByte(pos) == 0x2D)) y = textByte(pos++) == 0x2B ? 1.0 : -1.0;
    else y = 1.0;
    if (!isJ(pos, n)) return raiseMalformed();
    pos++;
  }
  while (pos < n && isSpace(textByte(pos))) pos++;
  if (bracket) {
    if (pos >= n || textByte(pos) != 0x29) return raiseMalformed();
    pos++;
  }
  if (pos != n) return raiseMalformed();
  return newComplexOfType(type, x, y);
}

function isJ(pos: i32, n: i32): bool {
  return pos < n && (textByte(pos) | 0x20) == 0x6A;
}

/** The result of obj.__complex__() if its type defines it; NULL with no error when it does not. */
function callComplexMethod(obj: Value): Value {
  const type = A.typeOf(obj);
  if (type == complexType) return NULL;
  const method = A.lookupInMro(type, nComplex);
  if (method == NULL) return NULL;
  const bound = A.bindDescriptor(method, obj, type);
  if (bound == NULL) return NULL;
  const r = A.call0(bound);
  if (r == NULL || isComplexObject(r)) return r;
  const sb = newBuilder();
  appendStr(sb, A.typeNameOf(obj));
  appendJs(sb, '.__complex__ returned non-complex (type ');
  appendStr(sb, A.typeNameOf(r));
  appendJs(sb, ')');
  return raiseStr(TypeError, finishBuilder(sb));
}

function isNumberLike(v: Value): bool {
  if (isComplexObject(v)) return true;
  const type = A.typeOf(v);
  return getSlot(type, SLOT_FLOAT) != 0 || getSlot(type, SLOT_INDEX) != 0;
}

function raiseNotNumber(what: string, v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'complex() ');
  appendJs(sb, what);
  appendJs(sb, ", not '");
  appendStr(sb, A.typeNameOf(v));
  appendJs(sb, "'");
  return raiseStr(TypeError, finishBuilder(sb));
}

function isStr(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

const COMPLEX_PARAMS: StaticArray<string> = ['real', 'imag'];
const complexArgs = memory.data(16);

/** complex.__new__(type, real=0, imag=0) (CPython's complex_new_impl). */
function complexNewSlot(typeValue: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('complex', args, nargs, kwnames, COMPLEX_PARAMS, 0, 2, 0, complexArgs)) return NULL;
  const type = ptrOf(typeValue);
  let r = load<u64>(complexArgs);
  const i = load<u64>(complexArgs, 8);
  if (r == NULL) r = smallInt(0);
  if (isComplexObject(r) && A.typeOf(r) == complexType && i == NULL && type == complexType) return r;
  if (isStr(r)) {
    if (i != NULL) return raiseJs(TypeError, "complex() can't take second arg if first is a string");
    return complexFromStr(type, ptrOf(r));
  }
  if (i != NULL && isStr(i)) return raiseJs(TypeError, "complex() second arg can't be a string");
  const special = callComplexMethod(r);
  if (special != NULL) r = special;
  else if (errOccurred()) return NULL;
  if (!isNumberLike(r)) return raiseNotNumber('first argument must be a string or a number', r);
  if (i != NULL && !isNumberLike(i)) return raiseNotNumber('second argument must be a number', i);
  // real + imag*1j, where either may itself be complex
  let rr: f64;
  let ri = 0.0;
  if (isComplexObject(r)) {
    rr = realOf(r);
    ri = imagOf(r);
  } else {
    const f = toFloat(r);
    if (f == NULL) return NULL;
    rr = floatObjectValue(f);
  }
  if (i == NULL) return newComplexOfType(type, rr, ri);
  let ir: f64;
  if (isComplexObject(i)) {
    ir = realOf(i);
    rr -= imagOf(i);
  } else {
    const f = toFloat(i);
    if (f == NULL) return NULL;
    ir = floatObjectValue(f);
  }
  // Only a complex real part adds to the imaginary one (so complex(0, -0.0) keeps its -0.0).
  return newComplexOfType(type, rr, isComplexObject(r) ? ir + ri : ir);
}

// ---- methods ----

function complexConjugate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('complex.conjugate', nargs, kwnames)) return NULL;
  return complexValue(realOf(self), -imagOf(self));
}

function complexComplex(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('complex.__complex__', nargs, kwnames)) return NULL;
  return A.typeOf(self) == complexType ? self : complexValue(realOf(self), imagOf(self));
}

function complexGetnewargs(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('complex.__getnewargs__', nargs, kwnames)) return NULL;
  return ptrValue(tuple2(floatValue(realOf(self)), floatValue(imagOf(self))));
}

function complexGetReal(self: Value): Value {
  return floatValue(realOf(self));
}

function complexGetImag(self: Value): Value {
  return floatValue(imagOf(self));
}

/** complex.__format__(spec) (CPython's format_complex_internal). */
function complexFormat(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const spec = F.formatSpecArg(args, nargs, kwnames);
  if (spec == 0) return NULL;
  if (strLength(spec) == 0) {
    const s = A.strOf(self);
    return s == 0 ? NULL : ptrValue(s);
  }
  if (!F.parseFormatSpec(spec, self, 0, 0x3E)) return NULL;
  switch (F.specType) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6E: break;
    default: return F.raiseUnknownFormatCode(self);
  }
  if (F.specFill == 0x30) return raiseJs(ValueError, 'Zero padding is not allowed in complex format specifier');
  if (F.specAlign == 0x3D) {
    return raiseJs(ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  if (F.specPrecision > <i64>i32.MAX_VALUE) return raiseJs(ValueError, 'precision too big');
  const body = formatComplexBody(realOf(self), imagOf(self));
  const sb = newBuilder();
  F.appendPadded(sb, body, strLength(body));
  return ptrValue(finishBuilder(sb));
}

/** The number part of format(z, spec), before padding: parts laid out unpadded, 'j', parentheses. */
function formatComplexBody(r: f64, i: f64): usize {
  let flags = 0;
  if (F.specAlternate) flags |= DTSF_ALT;
  if (F.specNoNegZero) flags |= DTSF_NO_NEG_0;
  let code: u32 = F.specType;
  let precision = <i32>F.specPrecision;
  let skipReal = false;
  let parens = false;
  if (code == 0) {
    // Like str(z), unless a precision asks for 'g'.
    code = precision < 0 ? CODE_R : CODE_G;
    if (precision < 0) precision = 0;
    if (r == 0 && (reinterpret<u64>(r) >> 63) == 0) skipReal = true;
    else parens = true;
  } else {
    if (code == 0x6E) code = CODE_G;
    else if (code == 0x45 || code == 0x46 || code == 0x47) {
      code += 0x20;
      flags |= DTSF_UPPER;
    }
    if (precision < 0) precision = 6;
  }
  const separator = F.specType == 0x6E ? 0 : F.specSeparator;
  const sb = newBuilder();
  if (parens) appendCodePoint(sb, 0x28);
  if (!skipReal) appendPart(sb, r, code, precision, flags, F.specSign, separator);
  appendPart(sb, i, code, precision, flags, skipReal ? F.specSign : 0x2B, separator);
  appendCodePoint(sb, 0x6A);
  if (parens) appendCodePoint(sb, 0x29);
  return finishBuilder(sb);
}

/** One part of a formatted complex, laid out without padding under the given sign option. */
function appendPart(sb: usize, x: f64, code: u32, precision: i32, flags: i32, sign: u32, separator: u32): void {
  const text = newBuilder(24);
  appendDouble(text, x, code, precision, flags);
  const s = finishBuilder(text);
  F.useUnpaddedLayout(sign);
  F.appendNumberField(sb, F.describeFloatText(s), separator, 3, false);
  F.restoreLayout();
}

export function setupComplexType(t: usize): void {
  store<u32>(t + TYPE_BASICSIZE, <u32>COMPLEX_SIZE); // what subclasses extend
  nComplex = internJs('__complex__');
  addPermanentRoot(ptrValue(nComplex));
  setSlot(t, SLOT_REPR, changetype<usize>(complexReprSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(complexHashSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(complexRichCompareSlot));
  setSlot(t, SLOT_BOOL, changetype<usize>(complexBoolSlot));
  setSlot(t, SLOT_NEGATIVE, changetype<usize>(complexNegativeSlot));
  setSlot(t, SLOT_POSITIVE, changetype<usize>(complexPositiveSlot));
  setSlot(t, SLOT_ABS, changetype<usize>(complexAbsSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(complexNewSlot));
  setSlot(t, SLOT_NB + O.NB_ADD, changetype<usize>(cAdd));
  setSlot(t, SLOT_NB + O.NB_SUBTRACT, changetype<usize>(cSub));
  setSlot(t, SLOT_NB + O.NB_MULTIPLY, changetype<usize>(cMul));
  setSlot(t, SLOT_NB + O.NB_TRUE_DIVIDE, changetype<usize>(cDiv));
  setSlot(t, SLOT_NB + O.NB_POWER, changetype<usize>(cPow));
  setSlot(t, SLOT_POWER3, changetype<usize>(complexPower3Slot));
  defineMethod(t, 'conjugate', complexConjugate);
  defineMethod(t, '__complex__', complexComplex);
  defineMethod(t, '__format__', complexFormat);
  defineMethod(t, '__getnewargs__', complexGetnewargs);
  defineGetSet(t, 'real', complexGetReal, null);
  defineGetSet(t, 'imag', complexGetImag, null);
}
