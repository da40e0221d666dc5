// The float type's slots: repr (shortest round-trip digits, as CPython), arithmetic with ints
// mixed in, comparison.

import { Value, NULL, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, isFloat, intOf, floatOf, floatValue,
  ptrValue } from '../value';
import { setSlot, SLOT_REPR, SLOT_RICHCOMPARE, SLOT_NB, SLOT_BOOL, SLOT_NEGATIVE, SLOT_POSITIVE,
  SLOT_ABS, SLOT_FLOAT } from '../types';
import { newBuilder, appendJs, appendCodePoint, appendI64, finishBuilder } from './strbuilder';
import { hostShortestDigits } from '../host';
import { compareF64 } from '../interp/ops';
import { raiseJs } from '../errors';
import { ZeroDivisionError } from './exception';
import * as O from '../generated/opcodes';

const digitsBuffer = memory.data(32);
const exponentBuffer = memory.data(4);

/** Appends repr(x): positional between 1e-4 and 1e16, exponent form otherwise. */
export function appendFloatRepr(sb: usize, x: f64): void {
  if (isNaN(x)) {
    appendJs(sb, 'nan');
    return;
  }
  if (!isFinite(x)) {
    appendJs(sb, x > 0 ? 'inf' : '-inf');
    return;
  }
  if (x == 0) {
    appendJs(sb, (1 / x) < 0 ? '-0.0' : '0.0');
    return;
  }
  if (x < 0) {
    appendCodePoint(sb, 0x2D);
    x = -x;
  }
  const n = hostShortestDigits(x, digitsBuffer, exponentBuffer);
  const exp = load<i32>(exponentBuffer);
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      appendJs(sb, '0.');
      for (let i = 0; i < -decpt; i++) appendCodePoint(sb, 0x30);
      for (let i = 0; i < n; i++) appendCodePoint(sb, load<u8>(digitsBuffer + <usize>i));
    } else if (decpt >= n) {
      for (let i = 0; i < n; i++) appendCodePoint(sb, load<u8>(digitsBuffer + <usize>i));
      for (let i = n; i < decpt; i++) appendCodePoint(sb, 0x30);
      appendJs(sb, '.0');
    } else {
      for (let i = 0; i < decpt; i++) appendCodePoint(sb, load<u8>(digitsBuffer + <usize>i));
      appendCodePoint(sb, 0x2E);
      for (let i = decpt; i < n; i++) appendCodePoint(sb, load<u8>(digitsBuffer + <usize>i));
    }
    return;
  }
  appendCodePoint(sb, load<u8>(digitsBuffer));
  if (n > 1) {
    appendCodePoint(sb, 0x2E);
    for (let i = 1; i < n; i++) appendCodePoint(sb, load<u8>(digitsBuffer + <usize>i));
  }
  appendCodePoint(sb, 0x65);
  appendCodePoint(sb, exp < 0 ? 0x2D : 0x2B);
  const e = exp < 0 ? -exp : exp;
  if (e < 10) appendCodePoint(sb, 0x30);
  appendI64(sb, e);
}

function floatReprSlot(v: Value): Value {
  const sb = newBuilder(24);
  appendFloatRepr(sb, floatOf(v));
  return ptrValue(finishBuilder(sb));
}

/** A float operand (ints and bools convert); NaN-boxed check first. */
function toF64(v: Value, out: usize): bool {
  if (isFloat(v)) {
    store<f64>(out, floatOf(v));
    return true;
  }
  if (isSmallInt(v)) {
    store<f64>(out, <f64>intOf(v));
    return true;
  }
  if (v == TRUE || v == FALSE) {
    store<f64>(out, v == TRUE ? 1 : 0);
    return true;
  }
  return false;
}

const operands = memory.data(16);

function floatBinarySlot(a: Value, b: Value, nb: i32): Value {
  if (!toF64(a, operands) || !toF64(b, operands + 8)) return NOT_IMPLEMENTED;
  const x = load<f64>(operands);
  const y = load<f64>(operands, 8);
  const op = nb >= O.NB_INPLACE_ADD ? nb - O.NB_INPLACE_ADD : nb;
  switch (op) {
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
    case O.NB_POWER: return floatValue(Math.pow(x, y));
  }
  return NOT_IMPLEMENTED;
}

/** Python's float %: the result has the divisor's sign (CPython's float_rem). */
export function floatModulo(x: f64, y: f64): f64 {
  let mod = x % y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0.0 : 0.0;
  }
  return mod;
}

/** Python's float //: CPython's float_floor_div (via divmod). */
export function floorDivide(x: f64, y: f64): f64 {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod != 0 && ((y < 0) != (mod < 0))) div -= 1.0;
  if (div != 0) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  return x / y < 0 ? -0.0 : 0.0;
}

function floatRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (!toF64(b, operands)) return NOT_IMPLEMENTED;
  return compareF64(floatOf(a), load<f64>(operands), op) ? TRUE : FALSE;
}

function floatBoolSlot(v: Value): i32 {
  return floatOf(v) != 0 ? 1 : 0;
}

function floatNegativeSlot(v: Value): Value {
  return floatValue(-floatOf(v));
}

function floatPositiveSlot(v: Value): Value {
  return v;
}

function floatAbsSlot(v: Value): Value {
  return floatValue(Math.abs(floatOf(v)));
}

function fAdd(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_ADD); }
function fSub(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_SUBTRACT); }
function fMul(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_MULTIPLY); }
function fDiv(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_TRUE_DIVIDE); }
function fFloorDiv(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_FLOOR_DIVIDE); }
function fMod(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_REMAINDER); }
function fPow(a: Value, b: Value): Value { return floatBinarySlot(a, b, O.NB_POWER); }

export function setupFloatType(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(floatReprSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(floatRichCompareSlot));
  setSlot(t, SLOT_BOOL, changetype<usize>(floatBoolSlot));
  setSlot(t, SLOT_NEGATIVE, changetype<usize>(floatNegativeSlot));
  setSlot(t, SLOT_POSITIVE, changetype<usize>(floatPositiveSlot));
  setSlot(t, SLOT_ABS, changetype<usize>(floatAbsSlot));
  setSlot(t, SLOT_FLOAT, changetype<usize>(floatPositiveSlot));
  setSlot(t, SLOT_NB + O.NB_ADD, changetype<usize>(fAdd));
  setSlot(t, SLOT_NB + O.NB_SUBTRACT, changetype<usize>(fSub));
  setSlot(t, SLOT_NB + O.NB_MULTIPLY, changetype<usize>(fMul));
  setSlot(t, SLOT_NB + O.NB_TRUE_DIVIDE, changetype<usize>(fDiv));
  setSlot(t, SLOT_NB + O.NB_FLOOR_DIVIDE, changetype<usize>(fFloorDiv));
  setSlot(t, SLOT_NB + O.NB_REMAINDER, changetype<usize>(fMod));
  setSlot(t, SLOT_NB + O.NB_POWER, changetype<usize>(fPow));
}

export { NULL };
