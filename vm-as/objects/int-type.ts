// The int and bool types' slots. Small ints are handled here; the bigint arithmetic behind
// the rest is objects/int.ts.

import { Value, NULL, TRUE, FALSE, NOT_IMPLEMENTED, isSmallInt, isFloat, intOf, floatOf, smallInt, fitsSmallInt,
  floatValue, ptrValue } from '../value';
import { setSlot, SLOT_REPR, SLOT_RICHCOMPARE, SLOT_NB, SLOT_BOOL, SLOT_INDEX, SLOT_NEGATIVE,
  SLOT_POSITIVE, SLOT_INVERT, SLOT_ABS, SLOT_INT, SLOT_FLOAT, SLOT_HASH } from '../types';
import { newBuilder, appendI64, finishBuilder } from './strbuilder';
import { smallIntBinary, compareI64, compareF64 } from '../interp/ops';
import { raiseJs } from '../errors';
import { ZeroDivisionError, OverflowError, ValueError } from './exception';
import { boolReprSlot } from './singletons';
import * as O from '../generated/opcodes';

/** An int Value for any i64 (big when it does not fit a small int). */
export function intFromI64Value(n: i64): Value {
  if (fitsSmallInt(n)) return smallInt(n);
  return raiseJs(OverflowError, 'integer result too large (bigint arithmetic is not available yet)');
}

/** An int operand as an i64 (bools are ints); false when v is not a small int or bool. */
// @ts-ignore: decorator
@inline function isIntLike(v: Value): bool {
  return isSmallInt(v) || v == TRUE || v == FALSE;
}

// @ts-ignore: decorator
@inline function asI64(v: Value): i64 {
  return isSmallInt(v) ? intOf(v) : v == TRUE ? 1 : 0;
}

function intReprSlot(v: Value): Value {
  const sb = newBuilder(24);
  appendI64(sb, asI64(v));
  return ptrValue(finishBuilder(sb));
}

function intBoolSlot(v: Value): i32 {
  return asI64(v) != 0 ? 1 : 0;
}

function intIndexSlot(v: Value): Value {
  return smallInt(asI64(v));
}

function intFloatSlot(v: Value): Value {
  return floatValue(<f64>asI64(v));
}

function intNegativeSlot(v: Value): Value {
  return smallInt(-asI64(v));
}

function intPositiveSlot(v: Value): Value {
  return smallInt(asI64(v));
}

function intInvertSlot(v: Value): Value {
  return smallInt(~asI64(v));
}

function intAbsSlot(v: Value): Value {
  const n = asI64(v);
  return smallInt(n < 0 ? -n : n);
}

function intHashSlot(v: Value): i64 {
  const n = asI64(v);
  return n == -1 ? -2 : n;
}

function intRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if (isIntLike(b)) return compareI64(asI64(a), asI64(b), op) ? TRUE : FALSE;
  if (isFloat(b)) return compareF64(<f64>asI64(a), floatOf(b), op) ? TRUE : FALSE;
  return NOT_IMPLEMENTED;
}

function intBinarySlot(a: Value, b: Value, nb: i32): Value {
  if (!isIntLike(a) || !isIntLike(b)) return NOT_IMPLEMENTED;
  const x = asI64(a);
  const y = asI64(b);
  const r = smallIntBinary(x, y, <u32>nb);
  if (r != NULL) return r;
  const op = nb >= O.NB_INPLACE_ADD ? nb - O.NB_INPLACE_ADD : nb;
  if (y == 0 && (op == O.NB_FLOOR_DIVIDE || op == O.NB_REMAINDER)) {
    return raiseJs(ZeroDivisionError, op == O.NB_REMAINDER ? 'integer modulo by zero' : 'integer division or modulo by zero');
  }
  if (y == 0 && op == O.NB_TRUE_DIVIDE) return raiseJs(ZeroDivisionError, 'division by zero');
  if (y < 0 && (op == O.NB_LSHIFT || op == O.NB_RSHIFT)) return raiseJs(ValueError, 'negative shift count');
  if (op == O.NB_POWER && y < 0) return floatValue(Math.pow(<f64>x, <f64>y));
  if (op == O.NB_MATRIX_MULTIPLY) return NOT_IMPLEMENTED;
  return raiseJs(OverflowError, 'integer result too large (bigint arithmetic is not available yet)');
}

function intAdd(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_ADD); }
function intAnd(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_AND); }
function intFloorDiv(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_FLOOR_DIVIDE); }
function intLshift(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_LSHIFT); }
function intMul(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_MULTIPLY); }
function intMod(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_REMAINDER); }
function intOr(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_OR); }
function intPow(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_POWER); }
function intRshift(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_RSHIFT); }
function intSub(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_SUBTRACT); }
function intTrueDiv(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_TRUE_DIVIDE); }
function intXor(a: Value, b: Value): Value { return intBinarySlot(a, b, O.NB_XOR); }

export function setupIntType(t: usize, boolType: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(intReprSlot));
  setSlot(t, SLOT_HASH, changetype<usize>(intHashSlot));
  setSlot(t, SLOT_BOOL, changetype<usize>(intBoolSlot));
  setSlot(t, SLOT_INDEX, changetype<usize>(intIndexSlot));
  setSlot(t, SLOT_INT, changetype<usize>(intIndexSlot));
  setSlot(t, SLOT_FLOAT, changetype<usize>(intFloatSlot));
  setSlot(t, SLOT_NEGATIVE, changetype<usize>(intNegativeSlot));
  setSlot(t, SLOT_POSITIVE, changetype<usize>(intPositiveSlot));
  setSlot(t, SLOT_INVERT, changetype<usize>(intInvertSlot));
  setSlot(t, SLOT_ABS, changetype<usize>(intAbsSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(intRichCompareSlot));
  setSlot(t, SLOT_NB + O.NB_ADD, changetype<usize>(intAdd));
  setSlot(t, SLOT_NB + O.NB_AND, changetype<usize>(intAnd));
  setSlot(t, SLOT_NB + O.NB_FLOOR_DIVIDE, changetype<usize>(intFloorDiv));
  setSlot(t, SLOT_NB + O.NB_LSHIFT, changetype<usize>(intLshift));
  setSlot(t, SLOT_NB + O.NB_MULTIPLY, changetype<usize>(intMul));
  setSlot(t, SLOT_NB + O.NB_REMAINDER, changetype<usize>(intMod));
  setSlot(t, SLOT_NB + O.NB_OR, changetype<usize>(intOr));
  setSlot(t, SLOT_NB + O.NB_POWER, changetype<usize>(intPow));
  setSlot(t, SLOT_NB + O.NB_RSHIFT, changetype<usize>(intRshift));
  setSlot(t, SLOT_NB + O.NB_SUBTRACT, changetype<usize>(intSub));
  setSlot(t, SLOT_NB + O.NB_TRUE_DIVIDE, changetype<usize>(intTrueDiv));
  setSlot(t, SLOT_NB + O.NB_XOR, changetype<usize>(intXor));
  setSlot(boolType, SLOT_REPR, changetype<usize>(boolReprSlot));
}
