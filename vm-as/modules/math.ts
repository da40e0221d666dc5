// The math module, as CPython 3.11's Modules/mathmodule.c: the same argument handling, special
// cases and error messages. The C library functions it calls are in libm.ts; what CPython
// computes itself (hypot, fsum, gamma, factorial, comb …) is reproduced operation for operation,
// so float results agree bit for bit.

import { Value, NULL, NONE, TRUE, FALSE, isFloat, isSmallInt, intOf, floatOf, smallInt, ptrValue, ptrOf,
  boolValue } from '../value';
import { raiseJs, raiseStr, errOccurred, clearExc } from '../errors';
import { TypeError, ValueError, OverflowError, ZeroDivisionError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from '../objects/strbuilder';
import { checkOneArg, checkArgCount, checkNoKwargs } from '../objects/args';
import { bindArgs } from '../objects/number-args';
import { tuple2, tupleLength, tupleGet, tupleType } from '../objects/tuple';
import { listGet, listLength } from '../objects/list';
import { listFromIterable } from '../objects/list-type';
import { typeOf, typeNameOf, callSpecial0, getIter, iterNext, indexOf, binaryOp } from '../abstract';
import { isSubtype } from '../types';
import { alloc } from '../heap';
import { KIND_RAW, KIND_TUPLE, kindOf } from '../object';
import { pushTempRoot, popTempRoots } from '../gc';
import { internJs } from '../intern';
import * as I from '../objects/int';
import { intFromF64 } from '../objects/int';
import { isIntValue, intOperand } from '../objects/int-type';
import { powPositive } from '../objects/float-pow';
import { NB_MULTIPLY } from '../generated/opcodes';
import { arg, newNativeModule, addFunction, addValue, toDouble, f, keepModule } from './support';
import * as M from './libm';

// ---- errors ----

function domainError(): Value {
  return raiseJs(ValueError, 'math domain error');
}

function rangeError(): Value {
  return raiseJs(OverflowError, 'math range error');
}

/** C errno values as CPython's wrappers set them. */
const EDOM: i32 = 33;
const ERANGE: i32 = 34;
let errno: i32 = 0;

/** CPython's is_error: EDOM is a ValueError, ERANGE an OverflowError unless the result underflowed. */
function checkErrno(r: f64): Value {
  if (errno == EDOM) return domainError();
  if (errno == ERANGE && Math.abs(r) >= 1.5) return rangeError();
  return f(r);
}

// ---- one-argument functions (math_1) ----

type Fn1 = (x: f64) => f64;

/**
 * math_1: a NaN from a non-NaN is a domain error; an infinity from a finite argument overflowed
 * (canOverflow) or hit a singularity (a domain error).
 */
function math1(name: string, args: usize, nargs: i32, kwnames: Value, fn: Fn1, canOverflow: bool): Value {
  if (!checkOneArg(name, nargs, kwnames, 'math')) return NULL;
  const x = toDouble(arg(args, 0));
  if (errOccurred()) return NULL;
  return checkResult1(x, fn(x), canOverflow);
}

function checkResult1(x: f64, r: f64, canOverflow: bool): Value {
  if (isNaN(r) && !isNaN(x)) return domainError();
  if (!isFinite(r) && !isNaN(r) && isFinite(x)) return canOverflow ? rangeError() : domainError();
  return f(r);
}

/** math_1a: functions that report their errors through errno (gamma, lgamma, erf, erfc). */
function math1a(name: string, args: usize, nargs: i32, kwnames: Value, fn: Fn1): Value {
  if (!checkOneArg(name, nargs, kwnames, 'math')) return NULL;
  const x = toDouble(arg(args, 0));
  if (errOccurred()) return NULL;
  errno = 0;
  return checkErrno(fn(x));
}

function mAcos(s: Value, a: usize, n: i32, k: Value): Value { return math1('acos', a, n, k, M.acos, false); }
function mAcosh(s: Value, a: usize, n: i32, k: Value): Value { return math1('acosh', a, n, k, M.acosh, false); }
function mAsin(s: Value, a: usize, n: i32, k: Value): Value { return math1('asin', a, n, k, M.asin, false); }
function mAsinh(s: Value, a: usize, n: i32, k: Value): Value { return math1('asinh', a, n, k, M.asinh, false); }
function mAtan(s: Value, a: usize, n: i32, k: Value): Value { return math1('atan', a, n, k, M.atan, false); }
function mAtanh(s: Value, a: usize, n: i32, k: Value): Value { return math1('atanh', a, n, k, M.atanh, false); }
function mCbrt(s: Value, a: usize, n: i32, k: Value): Value { return math1('cbrt', a, n, k, M.cbrt, false); }
function mCos(s: Value, a: usize, n: i32, k: Value): Value { return math1('cos', a, n, k, M.cos, false); }
function mCosh(s: Value, a: usize, n: i32, k: Value): Value { return math1('cosh', a, n, k, M.cosh, true); }
function mExp(s: Value, a: usize, n: i32, k: Value): Value { return math1('exp', a, n, k, M.exp, true); }
function mExp2(s: Value, a: usize, n: i32, k: Value): Value { return math1('exp2', a, n, k, M.exp2, true); }
function mExpm1(s: Value, a: usize, n: i32, k: Value): Value { return math1('expm1', a, n, k, M.expm1, true); }
function mFabs(s: Value, a: usize, n: i32, k: Value): Value { return math1('fabs', a, n, k, Math.abs, false); }
function mLog1p(s: Value, a: usize, n: i32, k: Value): Value { return math1('log1p', a, n, k, M.log1p, false); }
function mSin(s: Value, a: usize, n: i32, k: Value): Value { return math1('sin', a, n, k, M.sin, false); }
function mSinh(s: Value, a: usize, n: i32, k: Value): Value { return math1('sinh', a, n, k, M.sinh, true); }
function mSqrt(s: Value, a: usize, n: i32, k: Value): Value { return math1('sqrt', a, n, k, Math.sqrt, false); }
function mTan(s: Value, a: usize, n: i32, k: Value): Value { return math1('tan', a, n, k, M.tan, false); }
function mTanh(s: Value, a: usize, n: i32, k: Value): Value { return math1('tanh', a, n, k, M.tanh, false); }
function mErf(s: Value, a: usize, n: i32, k: Value): Value { return math1a('erf', a, n, k, M.erf); }
function mErfc(s: Value, a: usize, n: i32, k: Value): Value { return math1a('erfc', a, n, k, M.erfc); }
function mGamma(s: Value, a: usize, n: i32, k: Value): Value { return math1a('gamma', a, n, k, tgamma); }
function mLgamma(s: Value, a: usize, n: i32, k: Value): Value { return math1a('lgamma', a, n, k, lgamma); }

function degreesFn(x: f64): f64 { return x * (180.0 / Math.PI); }
function radiansFn(x: f64): f64 { return x * (Math.PI / 180.0); }
function mDegrees(s: Value, a: usize, n: i32, k: Value): Value { return math1('degrees', a, n, k, degreesFn, false); }
function mRadians(s: Value, a: usize, n: i32, k: Value): Value { return math1('radians', a, n, k, radiansFn, false); }

// ---- two-argument functions (math_2) ----

type Fn2 = (x: f64, y: f64) => f64;

/** Reads two float arguments into x2, y2 after Argument Clinic's count check; false on error. */
let x2: f64 = 0;
let y2: f64 = 0;
function twoDoubles(name: string, args: usize, nargs: i32, kwnames: Value): bool {
  if (!checkNoKwargs(name, kwnames, 'math') || !checkArgCount(name, nargs, 2, 2)) return false;
  x2 = toDouble(arg(args, 0));
  if (errOccurred()) return false;
  y2 = toDouble(arg(args, 1));
  return !errOccurred();
}

/** math_2: NaN from non-NaNs is a domain error, infinity from finite arguments a range error. */
function math2(name: string, args: usize, nargs: i32, kwnames: Value, fn: Fn2): Value {
  if (!twoDoubles(name, args, nargs, kwnames)) return NULL;
  const x = x2;
  const y = y2;
  const r = fn(x, y);
  errno = 0;
  if (isNaN(r)) {
    if (!isNaN(x) && !isNaN(y)) errno = EDOM;
  } else if (!isFinite(r)) {
    if (isFinite(x) && isFinite(y)) errno = ERANGE;
  }
  return checkErrno(r);
}

/** atan2 with C99's special values handled before the C library sees them (CPython's m_atan2). */
function atan2Fn(y: f64, x: f64): f64 {
  if (isNaN(x) || isNaN(y)) return NaN;
  const xPositive = (reinterpret<u64>(x) >> 63) == 0;
  if (!isFinite(y)) {
    if (!isFinite(x)) return copysign<f64>(xPositive ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copysign<f64>(0.5 * Math.PI, y);
  }
  if (!isFinite(x) || y == 0) return copysign<f64>(xPositive ? 0.0 : Math.PI, y);
  return M.atan2(y, x);
}

/** IEEE 754 remainder: x - n*y for n the integer nearest x/y, ties to even (CPython's m_remainder). */
function remainderFn(x: f64, y: f64): f64 {
  if (isFinite(x) && isFinite(y)) {
    if (y == 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: f64;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign<f64>(1.0, x) * r;
  }
  if (isNaN(x)) return x;
  if (isNaN(y)) return y;
  if (!isFinite(x)) return NaN;
  return x;
}

function mAtan2(s: Value, a: usize, n: i32, k: Value): Value { return math2('atan2', a, n, k, atan2Fn); }
function copysignFn(x: f64, y: f64): f64 { return copysign<f64>(x, y); }
function mCopysign(s: Value, a: usize, n: i32, k: Value): Value { return math2('copysign', a, n, k, copysignFn); }
function mRemainder(s: Value, a: usize, n: i32, k: Value): Value { return math2('remainder', a, n, k, remainderFn); }

function mFmod(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!twoDoubles('fmod', args, nargs, kwnames)) return NULL;
  const x = x2;
  const y = y2;
  if (!isFinite(y) && !isNaN(y) && isFinite(x)) return f(x);
  const r = x % y;
  if (isNaN(r) && !isNaN(x) && !isNaN(y)) return domainError();
  return f(r);
}

/** pow(x, y) of the C library for finite x and y (glibc's, through float-pow.ts). */
function libmPow(x: f64, y: f64): f64 {
  if (y == 0) return 1.0;
  if (x == 0) {
    const odd = Math.abs(y) % 2.0 == 1.0;
    if (y < 0) return odd ? copysign<f64>(Infinity, x) : Infinity;
    return odd ? x : 0.0;
  }
  if (x < 0) {
    if (y != Math.floor(y)) return NaN;
    const r = powPositive(-x, y);
    return Math.abs(y) % 2.0 == 1.0 ? -r : r;
  }
  return powPositive(x, y);
}

function mPow(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!twoDoubles('pow', args, nargs, kwnames)) return NULL;
  const x = x2;
  const y = y2;
  let r: f64;
  errno = 0;
  if (!isFinite(x) || !isFinite(y)) {
    if (isNaN(x)) r = y == 0 ? 1.0 : x;
    else if (isNaN(y)) r = x == 1.0 ? 1.0 : y;
    else if (!isFinite(x)) {
      const odd = isFinite(y) && Math.abs(y) % 2.0 == 1.0;
      if (y > 0) r = odd ? x : Math.abs(x);
      else if (y == 0) r = 1.0;
      else r = odd ? copysign<f64>(0.0, x) : 0.0;
    } else if (Math.abs(x) == 1.0) r = 1.0;
    else if (y > 0 && Math.abs(x) > 1.0) r = y;
    else if (y < 0 && Math.abs(x) < 1.0) r = -y;
    else r = 0.0;
  } else {
    r = libmPow(x, y);
    if (isNaN(r)) errno = EDOM;
    else if (!isFinite(r)) errno = x == 0 ? EDOM : ERANGE;
  }
  return checkErrno(r);
}

// ---- logarithms ----

/** CPython's m_log / m_log2 / m_log10: the C function with domain errors made explicit. */
function logChecked(x: f64, fn: Fn1): f64 {
  if (isFinite(x)) {
    if (x > 0) return fn(x);
    errno = EDOM;
    return x == 0 ? -Infinity : NaN;
  }
  if (isNaN(x) || x > 0) return x;
  errno = EDOM;
  return NaN;
}

/**
 * loghelper: an int is handled exactly, even one too large for a float (log(m × 2**e) =
 * log(m) + e log(2)); anything else goes through math_1.
 */
function logOf(v: Value, fn: Fn1): Value {
  if (isIntValue(v)) {
    const n = intOperand(v);
    if (I.intSign(n) <= 0) return domainError();
    if (isSmallInt(n)) return f(fn(<f64>intOf(n)));
    const x = I.intToF64(n);
    if (!errOccurred()) return f(fn(x));
    clearExc(); // too large for a float: log(m × 2**e) = log(m) + e log(2)
    let e = I.intBitLength(n);
    let m = frexpOfBigInt(n, e);
    if (m == 1.0) {
      m = 0.5;
      e++;
    }
    return f(fn(m) + fn(2.0) * <f64>e);
  }
  const x = toDouble(v);
  if (errOccurred()) return NULL;
  errno = 0;
  const r = logChecked(x, fn);
  return checkResult1(x, r, false);
}

/** n / 2**e for an int n of e bits (e > 64), correctly rounded (CPython's _PyLong_Frexp). */
function frexpOfBigInt(n: Value, e: i64): f64 {
  const shift = e - 55;
  const top = I.intRshift(n, smallInt(shift));
  const back = I.intLshift(top, smallInt(shift));
  let bits = I.intToI64(top);
  if (!I.intEquals(back, n)) bits |= 1; // a sticky bit, so that rounding to 53 bits is correct
  return <f64>bits * reinterpret<f64>(<u64>(1023 - 55) << 52);
}

function mLog(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('log', kwnames, 'math')) return NULL;
  if (nargs < 1 || nargs > 2) return raiseJs(TypeError, 'math.log requires 1 to 2 arguments');
  errno = 0;
  const num = logOf(arg(args, 0), M.log);
  if (num == NULL || nargs == 1) return num;
  const den = logOf(arg(args, 1), M.log);
  if (den == NULL) return NULL;
  if (floatOf(den) == 0) return raiseJs(ZeroDivisionError, 'float division by zero');
  return f(floatOf(num) / floatOf(den));
}

function mLog2(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('log2', nargs, kwnames, 'math')) return NULL;
  return logOf(arg(args, 0), M.log2);
}

function mLog10(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('log10', nargs, kwnames, 'math')) return NULL;
  return logOf(arg(args, 0), M.log10);
}

// ---- gamma and lgamma (CPython's own Lanczos approximation) ----

const LANCZOS_N = 13;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM: StaticArray<f64> = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: StaticArray<f64> = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
/** gamma(n) = (n-1)! for the integers n up to 23, exactly. */
const GAMMA_INTEGRAL: StaticArray<f64> = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
  479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
  355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];
const LOG_PI = 1.144729885849400174143427351353058711647;

/** The Lanczos sum num(x)/den(x), evaluated in the direction that keeps it accurate. */
function lanczosSum(x: f64): f64 {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N - 1; i >= 0; i--) {
      num = num * x + unchecked(LANCZOS_NUM[i]);
      den = den * x + unchecked(LANCZOS_DEN[i]);
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + unchecked(LANCZOS_NUM[i]);
      den = den / x + unchecked(LANCZOS_DEN[i]);
    }
  }
  return num / den;
}

/** sin(pi * x) for finite x, accurate near the integers (CPython's m_sinpi). */
function sinpi(x: f64): f64 {
  const y = Math.abs(x) % 2.0;
  const n = <i32>Math.round(2.0 * y);
  let r: f64;
  switch (n) {
    case 0: r = M.sin(Math.PI * y); break;
    case 1: r = M.cos(Math.PI * (y - 0.5)); break;
    case 2: r = M.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -M.cos(Math.PI * (y - 1.5)); break;
    default: r = M.sin(Math.PI * (y - 2.0)); break;
  }
  return copysign<f64>(1.0, x) * r;
}

function tgamma(x: f64): f64 {
  if (!isFinite(x)) {
    if (isNaN(x) || x > 0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x == 0) {
    errno = EDOM;
    return copysign<f64>(Infinity, x);
  }
  if (x == Math.floor(x)) {
    if (x < 0) {
      errno = EDOM;
      return NaN;
    }
    if (x <= 23) return unchecked(GAMMA_INTEGRAL[<i32>x - 1]);
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!isFinite(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, so that the power below can be corrected for it.
  let z: f64;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: f64;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * M.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / M.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!isFinite(r)) errno = ERANGE;
  return r;
}

function lgamma(x: f64): f64 {
  if (!isFinite(x)) return isNaN(x) ? x : Infinity;
  if (x == Math.floor(x) && x <= 2.0) {
    if (x <= 0) {
      errno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -M.log(absx);
  let r = M.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (M.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - M.log(Math.abs(sinpi(absx))) - M.log(absx) - r;
  if (!isFinite(r)) errno = ERANGE;
  return r;
}

// ---- floor, ceil, trunc ----

let nFloor: usize = 0;
let nCeil: usize = 0;
let nTrunc: usize = 0;

function rounding(name: string, args: usize, nargs: i32, kwnames: Value, special: usize, up: bool): Value {
  if (!checkOneArg(name, nargs, kwnames, 'math')) return NULL;
  const v = arg(args, 0);
  let x: f64;
  if (isFloat(v)) {
    x = floatOf(v);
  } else {
    const r = callSpecial0(v, special); // x.__floor__() / __ceil__(), looked up on the type
    if (r != NULL || errOccurred()) return r;
    x = toDouble(v);
    if (errOccurred()) return NULL;
  }
  return intFromF64(up ? Math.ceil(x) : Math.floor(x));
}

function mFloor(s: Value, a: usize, n: i32, k: Value): Value { return rounding('floor', a, n, k, nFloor, false); }
function mCeil(s: Value, a: usize, n: i32, k: Value): Value { return rounding('ceil', a, n, k, nCeil, true); }

function mTrunc(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('trunc', nargs, kwnames, 'math')) return NULL;
  const v = arg(args, 0);
  if (isFloat(v)) return intFromF64(floatOf(v));
  const r = callSpecial0(v, nTrunc);
  if (r != NULL || errOccurred()) return r;
  const sb = newBuilder();
  appendJs(sb, 'type ');
  appendStr(sb, typeNameOf(v));
  appendJs(sb, " doesn't define __trunc__ method");
  return raiseStr(TypeError, finishBuilder(sb));
}

// ---- float decomposition ----

/** x = m × 2**e with 0.5 <= |m| < 1 (frexpExponent receives e); x itself for 0, inf, nan. */
let frexpExponent: i32 = 0;
function frexp(x: f64): f64 {
  frexpExponent = 0;
  if (x == 0 || !isFinite(x)) return x;
  let bits = reinterpret<u64>(x);
  let e = <i32>((bits >> 52) & 0x7FF);
  if (e == 0) {
    // Subnormal: scale into the normal range first.
    bits = reinterpret<u64>(x * 18014398509481984.0); // 2**54
    e = <i32>((bits >> 52) & 0x7FF) - 54;
  }
  frexpExponent = e - 1022;
  return reinterpret<f64>((bits & 0x800FFFFFFFFFFFFF) | (<u64>1022 << 52));
}

function mFrexp(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('frexp', nargs, kwnames, 'math')) return NULL;
  const x = toDouble(arg(args, 0));
  if (errOccurred()) return NULL;
  const m = frexp(x);
  return ptrValue(tuple2(f(m), smallInt(frexpExponent)));
}

function mLdexp(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('ldexp', kwnames, 'math') || !checkArgCount('ldexp', nargs, 2, 2)) return NULL;
  const x = toDouble(arg(args, 0));
  if (errOccurred()) return NULL;
  const iv = arg(args, 1);
  if (!isIntValue(iv)) return raiseJs(TypeError, 'Expected an int as second argument to ldexp.');
  const n = intOperand(iv);
  if (x == 0 || !isFinite(x)) return f(x);
  const e = I.intClampToI64(n);
  if (e > 2147483647) return rangeError();
  if (e < -2147483648) return f(copysign<f64>(0.0, x));
  const r = NativeMath.scalbn(x, <i32>e);
  return isFinite(r) ? f(r) : rangeError();
}

function mModf(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('modf', nargs, kwnames, 'math')) return NULL;
  const x = toDouble(arg(args, 0));
  if (errOccurred()) return NULL;
  if (isNaN(x)) return ptrValue(tuple2(f(x), f(x)));
  if (!isFinite(x)) return ptrValue(tuple2(f(copysign<f64>(0.0, x)), f(x)));
  const whole = Math.trunc(x);
  return ptrValue(tuple2(f(copysign<f64>(x - whole, x)), f(whole)));
}

function nextafter(x: f64, y: f64): f64 {
  if (isNaN(x) || isNaN(y)) return x + y;
  if (x == y) return y;
  if (x == 0) return copysign<f64>(reinterpret<f64>(<u64>1), y);
  const bits = reinterpret<u64>(x);
  return reinterpret<f64>((y > x) == (x > 0) ? bits + 1 : bits - 1);
}

function mNextafter(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!twoDoubles('nextafter', args, nargs, kwnames)) return NULL;
  return f(nextafter(x2, y2));
}

function mUlp(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('ulp', nargs, kwnames, 'math')) return NULL;
  let x = toDouble(arg(args, 0));
  if (errOccurred()) return NULL;
  if (isNaN(x)) return f(x);
  x = Math.abs(x);
  if (!isFinite(x)) return f(x);
  const up = nextafter(x, Infinity);
  if (!isFinite(up)) return f(x - nextafter(x, -Infinity));
  return f(up - x);
}

// ---- predicates ----

function oneDouble(name: string, args: usize, nargs: i32, kwnames: Value): bool {
  if (!checkOneArg(name, nargs, kwnames, 'math')) return false;
  x2 = toDouble(arg(args, 0));
  return !errOccurred();
}

function mIsfinite(s: Value, a: usize, n: i32, k: Value): Value {
  return oneDouble('isfinite', a, n, k) ? boolValue(isFinite(x2)) : NULL;
}

function mIsinf(s: Value, a: usize, n: i32, k: Value): Value {
  return oneDouble('isinf', a, n, k) ? boolValue(!isFinite(x2) && !isNaN(x2)) : NULL;
}

function mIsnan(s: Value, a: usize, n: i32, k: Value): Value {
  return oneDouble('isnan', a, n, k) ? boolValue(isNaN(x2)) : NULL;
}

const ISCLOSE_NAMES: StaticArray<string> = ['a', 'b', 'rel_tol', 'abs_tol'];
const isCloseArgs = memory.data(4 * 8);

function mIsclose(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs > 2) {
    const sb = newBuilder();
    appendJs(sb, 'isclose() takes exactly 2 positional arguments (');
    appendI64(sb, nargs);
    appendJs(sb, ' given)');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  if (!bindArgs('isclose', args, nargs, kwnames, ISCLOSE_NAMES, 0, 2, 2, isCloseArgs)) return NULL;
  const a = toDouble(load<u64>(isCloseArgs));
  if (errOccurred()) return NULL;
  const b = toDouble(load<u64>(isCloseArgs, 8));
  if (errOccurred()) return NULL;
  let relTol = 1e-09;
  let absTol = 0.0;
  if (load<u64>(isCloseArgs, 16) != NULL) {
    relTol = toDouble(load<u64>(isCloseArgs, 16));
    if (errOccurred()) return NULL;
  }
  if (load<u64>(isCloseArgs, 24) != NULL) {
    absTol = toDouble(load<u64>(isCloseArgs, 24));
    if (errOccurred()) return NULL;
  }
  if (relTol < 0 || absTol < 0) return raiseJs(ValueError, 'tolerances must be non-negative');
  if (a == b) return TRUE;
  if (!isFinite(a) || !isFinite(b)) return FALSE;
  const diff = Math.abs(b - a);
  return boolValue(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
}

// ---- hypot and dist (CPython's vector_norm) ----

/** Coordinates being normed (a heap buffer when there are many). */
let normMax: f64 = 0;
let normFoundNan = false;

/**
 * The Euclidean norm of n values at vec (all |v| <= max), correctly rounded in almost all cases:
 * the squares summed exactly in parts after a lossless scaling, then a square root with one
 * correction step (CPython 3.11's vector_norm).
 */
function vectorNorm(vec: usize, n: i32, max: f64, foundNan: bool): f64 {
  const T27 = 134217729.0; // 2**27 + 1, to split a double into two halves
  if (!isFinite(max) && !isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max == 0 || n <= 1) return max;
  frexp(max);
  const maxE = frexpExponent;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  if (maxE >= -1023) {
    const scale = NativeMath.scalbn(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      let x = load<f64>(vec + (<usize>i << 3)) * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      let old = csum;
      csum += x;
      frac1 += (old - csum) + x;
      x = 2.0 * hi * lo;
      old = csum;
      csum += x;
      frac2 += (old - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    const t = h * T27;
    const hi = t - (t - h);
    const lo = h - hi;
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // Subnormal maximum: 2**-maxE would overflow, so divide by max instead.
  for (let i = 0; i < n; i++) {
    let x = load<f64>(vec + (<usize>i << 3)) / max;
    x = x * x;
    const old = csum;
    csum += x;
    frac1 += (old - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** Room for the coordinates of hypot/dist: a raw heap buffer of n doubles, 0 on failure. */
function coordinateBuffer(n: i32): usize {
  const buffer = alloc(8 + (<usize>max<i32>(n, 1) << 3), 0, KIND_RAW);
  pushTempRoot(ptrValue(buffer));
  return buffer + 8;
}

/** Stores |v| as a float at `at`, tracking the maximum and NaNs (CPython's ASSIGN_DOUBLE). */
function storeCoordinate(at: usize, v: Value): bool {
  let x: f64;
  if (isFloat(v)) x = floatOf(v);
  else if (isSmallInt(v)) x = <f64>intOf(v);
  else {
    x = toDouble(v);
    if (errOccurred()) return false;
  }
  x = Math.abs(x);
  store<f64>(at, x);
  normFoundNan = normFoundNan || isNaN(x);
  if (x > normMax) normMax = x;
  return true;
}

function mHypot(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('hypot', kwnames, 'math')) return NULL;
  const vec = coordinateBuffer(nargs);
  normMax = 0;
  normFoundNan = false;
  for (let i = 0; i < nargs; i++) {
    if (!storeCoordinate(vec + (<usize>i << 3), arg(args, i))) {
      popTempRoots(1);
      return NULL;
    }
  }
  const r = vectorNorm(vec, nargs, normMax, normFoundNan);
  popTempRoots(1);
  return f(r);
}

/** dist's points as sequences of coordinates: a tuple, or a list made from any other iterable. */
function pointItems(v: Value): Value {
  if (isSubtype(typeOf(v), tupleType)) return v;
  const l = listFromIterable(v);
  return l == 0 ? NULL : ptrValue(l);
}

function coordinate(points: Value, i: i32): Value {
  const p = ptrOf(points);
  return kindOf(points) == KIND_TUPLE ? tupleGet(p, i) : listGet(p, i);
}

function pointLength(points: Value): i32 {
  return kindOf(points) == KIND_TUPLE ? tupleLength(ptrOf(points)) : listLength(ptrOf(points));
}

function mDist(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('dist', kwnames, 'math') || !checkArgCount('dist', nargs, 2, 2)) return NULL;
  const p = pointItems(arg(args, 0));
  if (p == NULL) return NULL;
  pushTempRoot(p);
  const q = pointItems(arg(args, 1));
  popTempRoots(1);
  if (q == NULL) return NULL;
  const n = pointLength(p);
  if (n != pointLength(q)) {
    return raiseJs(ValueError, 'both points must have the same number of dimensions');
  }
  pushTempRoot(p);
  pushTempRoot(q);
  const vec = coordinateBuffer(n);
  normMax = 0;
  normFoundNan = false;
  for (let i = 0; i < n; i++) {
    const px = toDouble(coordinate(p, i));
    if (errOccurred()) break;
    const qx = toDouble(coordinate(q, i));
    if (errOccurred()) break;
    storeCoordinate(vec + (<usize>i << 3), f(px - qx));
  }
  popTempRoots(3);
  if (errOccurred()) return NULL;
  return f(vectorNorm(vec, n, normMax, normFoundNan));
}

// ---- fsum (Shewchuk's exact partial sums, as CPython's math_fsum) ----

/** A float from an fsum item: floats and ints directly, others through __float__/__index__. */
function fsumItem(v: Value): f64 {
  if (isFloat(v)) return floatOf(v);
  if (isSmallInt(v)) return <f64>intOf(v);
  return toDouble(v);
}

function mFsum(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('fsum', nargs, kwnames, 'math')) return NULL;
  const it = getIter(arg(args, 0));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  // The partials: nonoverlapping, increasing in magnitude; the buffer doubles when full.
  let capacity = 32;
  let buffer = alloc(8 + (<usize>capacity << 3), 0, KIND_RAW);
  pushTempRoot(ptrValue(buffer));
  let p = buffer + 8;
  let n = 0;
  let specialSum = 0.0;
  let infSum = 0.0;
  let failed = false;
  while (true) {
    const item = iterNext(it);
    if (item == NULL) {
      failed = errOccurred();
      break;
    }
    let x = fsumItem(item);
    if (errOccurred()) {
      failed = true;
      break;
    }
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = load<f64>(p + (<usize>j << 3));
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo != 0.0) store<f64>(p + (<usize>(i++) << 3), lo);
      x = hi;
    }
    n = i;
    if (x == 0.0) continue;
    if (!isFinite(x)) {
      // Either a NaN or infinity among the items, or an intermediate overflow.
      if (isFinite(xsave)) {
        raiseJs(OverflowError, 'intermediate overflow in fsum');
        failed = true;
        break;
      }
      if (!isNaN(xsave)) infSum += xsave;
      specialSum += xsave;
      n = 0;
      continue;
    }
    if (n == capacity) {
      const bigger = alloc(8 + (<usize>(capacity * 2) << 3), 0, KIND_RAW);
      memory.copy(bigger + 8, p, <usize>n << 3);
      popTempRoots(1);
      pushTempRoot(ptrValue(bigger));
      buffer = bigger;
      p = bigger + 8;
      capacity *= 2;
    }
    store<f64>(p + (<usize>(n++) << 3), x);
  }
  popTempRoots(2);
  if (failed) return NULL;
  if (specialSum != 0.0) {
    if (isNaN(infSum)) return raiseJs(ValueError, '-inf + inf in fsum');
    return f(specialSum);
  }
  return f(sumPartials(p, n));
}

/** The correctly rounded sum of the partials, half-even across partials. */
function sumPartials(p: usize, count: i32): f64 {
  let n = count;
  let hi = 0.0;
  if (n == 0) return hi;
  let lo = 0.0;
  hi = load<f64>(p + (<usize>(--n) << 3));
  while (n > 0) {
    const x = hi;
    const y = load<f64>(p + (<usize>(--n) << 3));
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo != 0.0) break;
  }
  if (n > 0) {
    const below = load<f64>(p + (<usize>(n - 1) << 3));
    if ((lo < 0.0 && below < 0.0) || (lo > 0.0 && below > 0.0)) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

// ---- prod ----

const PROD_NAMES: StaticArray<string> = ['iterable', 'start'];
const prodArgs = memory.data(2 * 8);

function mProd(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 1) {
    const sb = newBuilder();
    appendJs(sb, 'prod() takes exactly 1 positional argument (');
    appendI64(sb, nargs);
    appendJs(sb, ' given)');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  if (!bindArgs('prod', args, nargs, kwnames, PROD_NAMES, 1, 1, 1, prodArgs)) return NULL;
  let result = load<u64>(prodArgs, 8);
  if (result == NULL) result = smallInt(1);
  const it = getIter(load<u64>(prodArgs));
  if (it == NULL) return NULL;
  pushTempRoot(it);
  pushTempRoot(result);
  while (true) {
    const item = iterNext(it);
    if (item == NULL) break;
    pushTempRoot(item);
    const r = binaryOp(result, item, NB_MULTIPLY);
    popTempRoots(2);
    if (r == NULL) {
      popTempRoots(1);
      return NULL;
    }
    result = r;
    pushTempRoot(result);
  }
  popTempRoots(2);
  return errOccurred() ? NULL : result;
}

// ---- integer functions ----

/** operator.index(v) as a plain int Value; NULL with TypeError. */
function indexArg(v: Value): Value {
  const i = indexOf(v);
  return i == NULL ? NULL : intOperand(i);
}

function gcdSmall(a: u64, b: u64): u64 {
  while (b != 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** gcd(|a|, |b|) by Euclid's algorithm on ints of any size. */
function gcdInts(a: Value, b: Value): Value {
  a = I.intAbs(a);
  b = I.intAbs(b);
  while (!(isSmallInt(a) && isSmallInt(b))) {
    if (I.intIsZero(b)) return a;
    const t = I.intMod(a, b);
    if (t == NULL) return NULL;
    a = b;
    b = t;
  }
  return smallInt(<i64>gcdSmall(<u64>intOf(a), <u64>intOf(b)));
}

/** Reads the ints of gcd/lcm, folding each into the result with `step`. */
function foldInts(args: usize, nargs: i32, kwnames: Value, name: string, empty: i64, lcm: bool): Value {
  if (!checkNoKwargs(name, kwnames, 'math')) return NULL;
  if (nargs == 0) return smallInt(empty);
  let result = indexArg(arg(args, 0));
  if (result == NULL) return NULL;
  if (nargs == 1) return I.intAbs(result);
  for (let i = 1; i < nargs; i++) {
    pushTempRoot(result); // the next argument's __index__ may run Python code
    const x = indexArg(arg(args, i));
    popTempRoots(1);
    if (x == NULL) return NULL;
    if (lcm) {
      if (I.intIsZero(result) || I.intIsZero(x)) {
        // Still check the remaining arguments are ints.
        for (let j = i + 1; j < nargs; j++) if (indexArg(arg(args, j)) == NULL) return NULL;
        return smallInt(0);
      }
      const g = gcdInts(result, x);
      if (g == NULL) return NULL;
      const q = I.intFloorDiv(I.intAbs(result), g);
      if (q == NULL) return NULL;
      result = I.intMul(q, I.intAbs(x));
    } else {
      result = gcdInts(result, x);
    }
    if (result == NULL) return NULL;
  }
  return result;
}

function mGcd(s: Value, a: usize, n: i32, k: Value): Value { return foldInts(a, n, k, 'gcd', 0, false); }
function mLcm(s: Value, a: usize, n: i32, k: Value): Value { return foldInts(a, n, k, 'lcm', 1, true); }

function bitLength64(n: u64): i32 {
  return 64 - <i32>clz(n);
}

/**
 * The product of the odd numbers in [start, stop), by binary splitting so the big
 * multiplications balance (CPython's factorial_partial_product); maxBits bounds their sizes.
 */
function oddProduct(start: u64, stop: u64, maxBits: i32): Value {
  const count = (stop - start) / 2;
  if (count <= 64 && count * <u64>maxBits <= 64) {
    let total = start;
    for (let j = start + 2; j < stop; j += 2) total *= j;
    return I.intFromU64(total);
  }
  const mid = (start + count) | 1;
  const left = oddProduct(start, mid, bitLength64(mid - 2));
  if (left == NULL) return NULL;
  pushTempRoot(left);
  const right = oddProduct(mid, stop, maxBits);
  popTempRoots(1);
  if (right == NULL) return NULL;
  return I.intMul(left, right);
}

/** The odd part of n! (CPython's factorial_odd_part). */
function factorialOddPart(n: u64): Value {
  let inner = smallInt(1);
  let outer = smallInt(1);
  let upper: u64 = 3;
  for (let i = bitLength64(n) - 2; i >= 0; i--) {
    const v = n >> <u64>i;
    if (v <= 2) continue;
    const lower = upper;
    upper = (v + 1) | 1;
    const partial = oddProduct(lower, upper, bitLength64(upper - 2));
    if (partial == NULL) return NULL;
    inner = I.intMul(inner, partial);
    if (inner == NULL) return NULL;
    outer = I.intMul(outer, inner);
    if (outer == NULL) return NULL;
  }
  return outer;
}

function factorial(n: u64): Value {
  if (n <= 20) {
    let r: u64 = 1;
    for (let i: u64 = 2; i <= n; i++) r *= i;
    return I.intFromU64(r);
  }
  const odd = factorialOddPart(n);
  if (odd == NULL) return NULL;
  return I.intLshift(odd, I.intFromU64(n - <u64>popcnt(n)));
}

function mFactorial(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('factorial', nargs, kwnames, 'math')) return NULL;
  const n = indexArg(arg(args, 0));
  if (n == NULL) return NULL;
  if (!I.intFitsI64(n)) {
    if (I.intSign(n) < 0) return raiseJs(ValueError, 'factorial() not defined for negative values');
    return raiseJs(OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  }
  const x = I.intToI64(n);
  if (x < 0) return raiseJs(ValueError, 'factorial() not defined for negative values');
  return factorial(<u64>x);
}

/**
 * P(n, k) or C(n, k) for n an int and k < 2**63, by splitting k in halves:
 * P(n, k) = P(n, j) P(n-j, k-j) and C(n, k) = C(n, j) C(n-j, k-j) / C(k, j)
 * (CPython's perm_comb).
 */
function permComb(n: Value, k: u64, comb: bool): Value {
  if (k == 0) return smallInt(1);
  if (k == 1) return n;
  const j = k / 2;
  const a = permComb(n, j, comb);
  if (a == NULL) return NULL;
  pushTempRoot(a);
  const rest = I.intSub(n, I.intFromU64(j));
  const b = rest == NULL ? NULL : permComb(rest, k - j, comb);
  popTempRoots(1);
  if (b == NULL) return NULL;
  const product = I.intMul(a, b);
  if (product == NULL || !comb) return product;
  pushTempRoot(product);
  const c = permComb(I.intFromU64(k), j, true);
  popTempRoots(1);
  if (c == NULL) return NULL;
  return I.intFloorDiv(product, c);
}

/** Reads n and k of comb/perm into nkN, nkK; false on error. */
let nkN: Value = NULL;
let nkK: Value = NULL;
function readNK(nv: Value, kv: Value): bool {
  nkN = indexArg(nv);
  if (nkN == NULL) return false;
  pushTempRoot(nkN);
  nkK = indexArg(kv);
  popTempRoots(1);
  if (nkK == NULL) return false;
  if (I.intSign(nkN) < 0) {
    raiseJs(ValueError, 'n must be a non-negative integer');
    return false;
  }
  if (I.intSign(nkK) < 0) {
    raiseJs(ValueError, 'k must be a non-negative integer');
    return false;
  }
  return true;
}

function mComb(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('comb', kwnames, 'math') || !checkArgCount('comb', nargs, 2, 2)) return NULL;
  if (!readNK(arg(args, 0), arg(args, 1))) return NULL;
  const n = nkN;
  let k = nkK;
  const rest = I.intSub(n, k);
  if (rest == NULL) return NULL;
  if (I.intSign(rest) < 0) return smallInt(0);
  if (I.intCompare(rest, k) < 0) k = rest;
  if (!I.intFitsI64(k)) return raiseJs(OverflowError, 'min(n - k, k) must not exceed 9223372036854775807');
  return permComb(n, <u64>I.intToI64(k), true);
}

function mPerm(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('perm', kwnames, 'math') || !checkArgCount('perm', nargs, 1, 2)) return NULL;
  if (nargs == 1 || arg(args, 1) == NONE) return mFactorial(s, args, 1, NULL);
  if (!readNK(arg(args, 0), arg(args, 1))) return NULL;
  if (I.intCompare(nkN, nkK) < 0) return smallInt(0);
  if (!I.intFitsI64(nkK)) return raiseJs(OverflowError, 'k must not exceed 9223372036854775807');
  return permComb(nkN, <u64>I.intToI64(nkK), false);
}

/** isqrt for n < 2**62: the float square root, corrected by at most a step either way. */
function isqrtSmall(n: u64): u64 {
  let r = <u64>Math.sqrt(<f64>n);
  while (r * r > n) r--;
  while ((r + 1) * (r + 1) <= n) r++;
  return r;
}

/**
 * isqrt(n) for any n > 0: Newton's iteration at doubling precision (CPython's math_isqrt);
 * a = isqrt of the top bits of n, each round correct to twice as many bits.
 */
function isqrtBig(n: Value): Value {
  const c = (I.intBitLength(n) - 1) / 2;
  let a = smallInt(1);
  let d: i64 = 0;
  for (let s = bitLength64(<u64>c) - 1; s >= 0; s--) {
    const e = d;
    d = c >> s;
    // a = (a << d - e - 1) + (n >> 2*c - e - d + 1) // a
    const shifted = I.intLshift(a, smallInt(d - e - 1));
    const top = I.intRshift(n, smallInt(2 * c - e - d + 1));
    const q = I.intFloorDiv(top, a);
    if (shifted == NULL || q == NULL) return NULL;
    a = I.intAdd(shifted, q);
    if (a == NULL) return NULL;
  }
  const square = I.intMul(a, a);
  if (square == NULL) return NULL;
  return I.intCompare(square, n) > 0 ? I.intSub(a, smallInt(1)) : a;
}

function mIsqrt(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('isqrt', nargs, kwnames, 'math')) return NULL;
  const n = indexArg(arg(args, 0));
  if (n == NULL) return NULL;
  const sign = I.intSign(n);
  if (sign < 0) return raiseJs(ValueError, 'isqrt() argument must be nonnegative');
  if (sign == 0) return smallInt(0);
  if (isSmallInt(n)) return smallInt(<i64>isqrtSmall(<u64>intOf(n)));
  return isqrtBig(n);
}

// ---- the module ----

let made: usize = 0;

export function createMathModule(): usize {
  if (made != 0) return made;
  nFloor = internJs('__floor__');
  nCeil = internJs('__ceil__');
  nTrunc = internJs('__trunc__');
  const m = newNativeModule('math');
  addValue(m, 'pi', f(Math.PI));
  addValue(m, 'e', f(Math.E));
  addValue(m, 'tau', f(2 * Math.PI));
  addValue(m, 'inf', f(Infinity));
  addValue(m, 'nan', f(NaN));
  addFunction(m, 'acos', mAcos);
  addFunction(m, 'acosh', mAcosh);
  addFunction(m, 'asin', mAsin);
  addFunction(m, 'asinh', mAsinh);
  addFunction(m, 'atan', mAtan);
  addFunction(m, 'atan2', mAtan2);
  addFunction(m, 'atanh', mAtanh);
  addFunction(m, 'cbrt', mCbrt);
  addFunction(m, 'ceil', mCeil);
  addFunction(m, 'comb', mComb);
  addFunction(m, 'copysign', mCopysign);
  addFunction(m, 'cos', mCos);
  addFunction(m, 'cosh', mCosh);
  addFunction(m, 'degrees', mDegrees);
  addFunction(m, 'dist', mDist);
  addFunction(m, 'erf', mErf);
  addFunction(m, 'erfc', mErfc);
  addFunction(m, 'exp', mExp);
  addFunction(m, 'exp2', mExp2);
  addFunction(m, 'expm1', mExpm1);
  addFunction(m, 'fabs', mFabs);
  addFunction(m, 'factorial', mFactorial);
  addFunction(m, 'floor', mFloor);
  addFunction(m, 'fmod', mFmod);
  addFunction(m, 'frexp', mFrexp);
  addFunction(m, 'fsum', mFsum);
  addFunction(m, 'gamma', mGamma);
  addFunction(m, 'gcd', mGcd);
  addFunction(m, 'hypot', mHypot);
  addFunction(m, 'isclose', mIsclose);
  addFunction(m, 'isfinite', mIsfinite);
  addFunction(m, 'isinf', mIsinf);
  addFunction(m, 'isnan', mIsnan);
  addFunction(m, 'isqrt', mIsqrt);
  addFunction(m, 'lcm', mLcm);
  addFunction(m, 'ldexp', mLdexp);
  addFunction(m, 'lgamma', mLgamma);
  addFunction(m, 'log', mLog);
  addFunction(m, 'log10', mLog10);
  addFunction(m, 'log1p', mLog1p);
  addFunction(m, 'log2', mLog2);
  addFunction(m, 'modf', mModf);
  addFunction(m, 'nextafter', mNextafter);
  addFunction(m, 'perm', mPerm);
  addFunction(m, 'pow', mPow);
  addFunction(m, 'prod', mProd);
  addFunction(m, 'radians', mRadians);
  addFunction(m, 'remainder', mRemainder);
  addFunction(m, 'sin', mSin);
  addFunction(m, 'sinh', mSinh);
  addFunction(m, 'sqrt', mSqrt);
  addFunction(m, 'tan', mTan);
  addFunction(m, 'tanh', mTanh);
  addFunction(m, 'trunc', mTrunc);
  addFunction(m, 'ulp', mUlp);
  made = keepModule(m);
  return m;
}
