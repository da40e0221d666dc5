// The C library's math functions that CPython's math module calls, bit for bit as glibc 2.36
// computes them on x86-64 Linux (CPython's results come from there): the same algorithms, tables
// and operation order. The trigonometric ones are in libm-sincos.ts, libm-tan.ts, libm-atan.ts
// and libm-asin.ts; pow is objects/float-pow.ts.
//
// On CPUs with FMA, glibc runs builds of exp, log, log2, pow, expm1, log1p and the trigonometric
// functions compiled with fused multiply-adds: where the compiler fused a*b + c, we call fma() (an
// exact emulation) so that results round the same way. Which operations are fused, and the
// tables, were read from the library's machine code; the rest follows the published sources.

import { fusedMulAdd, expFinite } from '../objects/float-pow';
export { sin, cos } from './libm-sincos';
export { atan, atan2 } from './libm-atan';
export { tan } from './libm-tan';
export { asin, acos } from './libm-asin';

// ---- erf and erfc (Sun's fdlibm code, with glibc's evaluation order) ----

const ERX = 8.45062911510467529297e-01; // erf(1) rounded to single precision
const EFX = 1.28379167095512586316e-01;
const PP0 = 1.28379167095512558561e-01;
const PP1 = -3.25042107247001499370e-01;
const PP2 = -2.84817495755985104766e-02;
const PP3 = -5.77027029648944159157e-03;
const PP4 = -2.37630166566501626084e-05;
const QQ1 = 3.97917223959155352819e-01;
const QQ2 = 6.50222499887672944485e-02;
const QQ3 = 5.08130628187576562776e-03;
const QQ4 = 1.32494738004321644526e-04;
const QQ5 = -3.96022827877536812320e-06;
const PA0 = -2.36211856075265944077e-03;
const PA1 = 4.14856118683748331666e-01;
const PA2 = -3.72207876035701323847e-01;
const PA3 = 3.18346619901161753674e-01;
const PA4 = -1.10894694282396677476e-01;
const PA5 = 3.54783043256182359371e-02;
const PA6 = -2.16637559486879084300e-03;
const QA1 = 1.06420880400844228286e-01;
const QA2 = 5.40397917702171048937e-01;
const QA3 = 7.18286544141962662868e-02;
const QA4 = 1.26171219808761642112e-01;
const QA5 = 1.36370839120290507362e-02;
const QA6 = 1.19844998467991074170e-02;
const RA0 = -9.86494403484714822705e-03;
const RA1 = -6.93858572707181764372e-01;
const RA2 = -1.05586262253232909814e+01;
const RA3 = -6.23753324503260060396e+01;
const RA4 = -1.62396669462573470355e+02;
const RA5 = -1.84605092906711035994e+02;
const RA6 = -8.12874355063065934246e+01;
const RA7 = -9.81432934416914548592e+00;
const SA1 = 1.96512716674392571292e+01;
const SA2 = 1.37657754143519042600e+02;
const SA3 = 4.34565877475229228821e+02;
const SA4 = 6.45387271733267880336e+02;
const SA5 = 4.29008140027567833386e+02;
const SA6 = 1.08635005541779435134e+02;
const SA7 = 6.57024977031928170135e+00;
const SA8 = -6.04244152148580987438e-02;
const RB0 = -9.86494292470009928597e-03;
const RB1 = -7.99283237680523006574e-01;
const RB2 = -1.77579549177547519889e+01;
const RB3 = -1.60636384855821916062e+02;
const RB4 = -6.37566443368389627722e+02;
const RB5 = -1.02509513161107724954e+03;
const RB6 = -4.83519191608651397019e+02;
const SB1 = 3.03380607434824582924e+01;
const SB2 = 3.25792512996573918826e+02;
const SB3 = 1.53672958608443695994e+03;
const SB4 = 3.19985821950859553908e+03;
const SB5 = 2.55305040643316442583e+03;
const SB6 = 4.74528541206955367215e+02;
const SB7 = -2.24409524465858183362e+01;

function highWord(x: f64): i32 {
  return <i32>(reinterpret<u64>(x) >> 32);
}

/** (erf(x) - x) / x on |x| < 0.84375, as the ratio of two polynomials in x*x (evaluated in parallel parts). */
function erfSmallRatio(x: f64): f64 {
  const z = x * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const r = (PP0 + z * PP1) + z2 * (PP2 + z * PP3) + z4 * PP4;
  const s = (1.0 + z * QQ1) + z2 * (QQ2 + z * QQ3) + z4 * (QQ4 + z * QQ5);
  return r / s;
}

/** erf(1 + s) - ERX on 0.84375 <= |x| < 1.25, s = |x| - 1. */
function erfNearOne(ax: f64): f64 {
  const s = ax - 1.0;
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  const p = (PA0 + s * PA1) + s2 * (PA2 + s * PA3) + s4 * (PA4 + s * PA5) + s6 * PA6;
  const q = (1.0 + s * QA1) + s2 * (QA2 + s * QA3) + s4 * (QA4 + s * QA5) + s6 * QA6;
  return p / q;
}

/** erfc(ax) for 1.25 <= ax < 28: exp(-ax*ax - 0.5625 + R/S) / ax, R/S a rational fit in 1/ax**2. */
function erfcTail(ax: f64, nearer: bool): f64 {
  const s = 1.0 / (ax * ax);
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  let r: f64;
  let q: f64;
  if (nearer) {
    r = (RA0 + s * RA1) + s2 * (RA2 + s * RA3) + s4 * (RA4 + s * RA5) + s6 * (RA6 + s * RA7);
    q = (1.0 + s * SA1) + s2 * (SA2 + s * SA3) + s4 * (SA4 + s * SA5) + s6 * (SA6 + s * SA7) + (s4 * s4) * SA8;
  } else {
    r = (RB0 + s * RB1) + s2 * (RB2 + s * RB3) + s4 * (RB4 + s * RB5) + s6 * RB6;
    q = (1.0 + s * SB1) + s2 * (SB2 + s * SB3) + s4 * (SB4 + s * SB5) + s6 * (SB6 + s * SB7);
  }
  // exp(-ax*ax) split as exp(-z*z) * exp((z - ax)(z + ax)) with z = ax cut to 20 bits, exactly squared.
  const z = reinterpret<f64>(reinterpret<u64>(ax) & 0xFFFFFFFF00000000);
  return exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + r / q) / ax;
}

export function erf(x: f64): f64 {
  const hx = highWord(x);
  const ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return <f64>(1 - ((hx >>> 31) << 1)) + 1.0 / x;
  if (ix < 0x3FEB0000) {
    if (ix < 0x3E300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x);
  }
  if (ix < 0x3FF40000) {
    const p = erfNearOne(Math.abs(x));
    return hx >= 0 ? ERX + p : -ERX - p;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
  const r = erfcTail(Math.abs(x), ix < 0x4006DB6E);
  return hx >= 0 ? 1.0 - r : r - 1.0;
}

export function erfc(x: f64): f64 {
  const hx = highWord(x);
  const ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return <f64>((hx >>> 31) << 1) + 1.0 / x;
  if (ix < 0x3FEB0000) {
    if (ix < 0x3C700000) return 1.0 - x;
    const y = erfSmallRatio(x);
    if (hx < 0x3FD00000) return 1.0 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3FF40000) {
    const p = erfNearOne(Math.abs(x));
    return hx >= 0 ? (1.0 - ERX) - p : 1.0 + (ERX + p);
  }
  if (ix < 0x403C0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
    const r = erfcTail(Math.abs(x), ix < 0x4006DB6D);
    return hx > 0 ? r : 2.0 - r;
  }
  return hx > 0 ? 1e-300 * 1e-300 : 2.0 - 1e-300;
}

// ---- exp, expm1, log1p and what is built on them ----

/** exp(x) (glibc's is ARM's algorithm; float-pow.ts has it, with glibc's fused operations). */
export function exp(x: f64): f64 {
  if (!isFinite(x)) return x == -Infinity ? 0.0 : x + 1.0;
  return expFinite(x);
}

// @ts-ignore: decorator
@inline function fma(a: f64, b: f64, c: f64): f64 {
  return fusedMulAdd(a, b, c);
}

const LN2_HI = reinterpret<f64>(0x3FE62E42FEE00000);
const LN2_LO = reinterpret<f64>(0x3DEA39EF35793C76);
const INV_LN2 = reinterpret<f64>(0x3FF71547652B82FE);
const EXPM1_Q1 = -3.33333333333331316428e-02;
const EXPM1_Q2 = 1.58730158725481460165e-03;
const EXPM1_Q3 = -7.93650757867487942473e-05;
const EXPM1_Q4 = 4.00821782732936239552e-06;
const EXPM1_Q5 = -2.01099218183624371326e-07;

/** x with k added to its binary exponent (k small enough that it stays normal). */
function addExponent(x: f64, k: i32): f64 {
  return reinterpret<f64>(reinterpret<u64>(x) + (<u64><i64>k << 52));
}

/**
 * exp(x) - 1: glibc's fdlibm code (x = k ln2 + r, a rational approximation on r), with the
 * multiply-adds its FMA build fuses.
 */
export function expm1(x: f64): f64 {
  const hx = <u32>(reinterpret<u64>(x) >> 32);
  const negative = (hx & 0x80000000) != 0;
  const ax = hx & 0x7FFFFFFF;
  if (ax >= 0x4043687A) {
    if (ax >= 0x40862E42) {
      if (ax >= 0x7FF00000) return isNaN(x) ? x + x : (negative ? -1.0 : x);
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (negative) return 1e-300 - 1.0;
  }
  let k = 0;
  let c = 0.0;
  if (ax > 0x3FD62E42) {
    let hi: f64;
    let lo: f64;
    if (ax < 0x3FF0A2B2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = <i32>(INV_LN2 * x + (negative ? -0.5 : 0.5));
      const t = <f64>k;
      hi = fma(-t, LN2_HI, x);
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (ax < 0x3C900000) {
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r2 = fma(hxs, EXPM1_Q3, EXPM1_Q2);
  const r3 = fma(hxs, EXPM1_Q5, EXPM1_Q4);
  const h2 = hxs * hxs;
  const r1 = fma(hxs, EXPM1_Q1, 1.0);
  const h4 = h2 * h2;
  const r = fma(h4, r3, fma(h2, r2, r1));
  const t = fma(-r, hfx, 3.0);
  let e = hxs * ((r - t) / fma(-x, t, 6.0));
  if (k == 0) return x - fma(e, x, -hxs);
  e = fma(e - c, x, -c) - hxs;
  if (k == -1) return fma(x - e, 0.5, -0.5);
  if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : fma(x - e, 2.0, 1.0);
  if (k <= -2 || k > 56) return addExponent(1.0 - (e - x), k) - 1.0;
  if (k < 20) return addExponent(reinterpret<f64>(<u64>(0x3FF00000 - (0x200000 >> k)) << 32) - (e - x), k);
  return addExponent((x - (e + reinterpret<f64>(<u64>((0x3FF - k) << 20) << 32))) + 1.0, k);
}

const LP1 = 6.666666666666735130e-01;
const LP2 = 3.999999999940941908e-01;
const LP3 = 2.857142874366239149e-01;
const LP4 = 2.222219843214978396e-01;
const LP5 = 1.818357216161805012e-01;
const LP6 = 1.531383769920937332e-01;
const LP7 = 1.479819860511658591e-01;

/** log(1 + x): glibc's fdlibm code, with the multiply-adds its FMA build fuses. */
export function log1p(x: f64): f64 {
  const hx = <i32>(reinterpret<u64>(x) >> 32);
  const ax = hx & 0x7FFFFFFF;
  let k = 1;
  let f = 0.0;
  let hu = 0;
  let c = 0.0;
  if (hx < 0x3FDA827A) {
    if (ax >= 0x3FF00000) return x == -1.0 ? -Infinity : NaN;
    if (ax < 0x3E200000) {
      if (ax < 0x3C900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= <i32>0xBFD2BEC3) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7FF00000) {
    return x + x;
  }
  if (k != 0) {
    let u: f64;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = <i32>(reinterpret<u64>(u) >> 32);
      k = (hu >> 20) - 1023;
      c = (k > 0 ? 1.0 - (u - x) : x - (u - 1.0)) / u;
    } else {
      u = x;
      hu = hx;
      k = (hu >> 20) - 1023;
    }
    hu &= 0x000FFFFF;
    const low = reinterpret<u64>(u) & 0xFFFFFFFF;
    if (hu < 0x6A09E) {
      u = reinterpret<f64>((<u64>(hu | 0x3FF00000) << 32) | low);
    } else {
      k++;
      u = reinterpret<f64>((<u64>(hu | 0x3FE00000) << 32) | low);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  const dk = <f64>k;
  if (hu == 0) {
    if (f == 0) return k == 0 ? 0.0 : fma(dk, LN2_HI, fma(dk, LN2_LO, c));
    const r = fma(-f, 0.66666666666666666, 1.0) * hfsq;
    if (k == 0) return f - r;
    return fma(dk, LN2_HI, -((r - fma(dk, LN2_LO, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const r2 = fma(z, LP3, LP2);
  const r3 = fma(z, LP5, LP4);
  const r4 = fma(z, LP7, LP6);
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const r = fma(z6, r4, fma(z4, r3, fma(z, LP1, z2 * r2)));
  const t = (r + hfsq) * s;
  if (k == 0) return f - (hfsq - t);
  return fma(dk, LN2_HI, -((hfsq - (t + fma(dk, LN2_LO, c))) - f));
}

/** sinh(x) (fdlibm), from expm1 and exp. */
export function sinh(x: f64): f64 {
  const ix = <u32>(reinterpret<u64>(x) >> 32) & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3E300000) return x;
    const t = expm1(ax);
    if (ix < 0x3FF00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862E42) return h * exp(ax);
  if (ax <= reinterpret<f64>(0x408633CE8FB9F87D)) {
    const w = exp(0.5 * ax);
    return (h * w) * w;
  }
  return x * 1.0e307;
}

/** cosh(x) (fdlibm), from expm1 and exp. */
export function cosh(x: f64): f64 {
  const ix = <u32>(reinterpret<u64>(x) >> 32) & 0x7FFFFFFF;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3FD62E43) {
      if (ix < 0x3C800000) return 1.0;
      const t = expm1(ax);
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862E42) return 0.5 * exp(ax);
  if (ax <= reinterpret<f64>(0x408633CE8FB9F87D)) {
    const w = exp(0.5 * ax);
    return (0.5 * w) * w;
  }
  if (ix >= 0x7FF00000) return x * x;
  return Infinity;
}

/** tanh(x) (fdlibm), from expm1. */
export function tanh(x: f64): f64 {
  const jx = <i32>(reinterpret<u64>(x) >> 32);
  const ix = jx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
  let z: f64;
  if (ix < 0x40360000) {
    if (x == 0) return x;
    if (ix < 0x3C800000) return x * (1.0 + x);
    if (ix >= 0x3FF00000) {
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - 1e-300;
  }
  return jx >= 0 ? z : -z;
}

const LN2 = 6.93147180559945286227e-01;

export function asinh(x: f64): f64 {
  const ix = <u32>(reinterpret<u64>(x) >> 32) & 0x7FFFFFFF;
  if (ix < 0x3E300000) return x;
  let w: f64;
  const xa = Math.abs(x);
  if (ix > 0x41B00000) {
    if (ix >= 0x7FF00000) return x + x;
    w = log(xa) + LN2;
  } else if (ix > 0x40000000) {
    w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
  } else {
    const t = xa * xa;
    w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return copysign<f64>(w, x);
}

export function acosh(x: f64): f64 {
  const bits = reinterpret<u64>(x);
  const hx = <i32>(bits >> 32);
  if (hx < 0x3FF00000) return NaN;
  if (hx >= 0x41B00000) return hx >= 0x7FF00000 ? x + x : log(x) + LN2;
  if (x == 1.0) return 0.0;
  if (hx > 0x40000000) return log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

export function atanh(x: f64): f64 {
  const xa = Math.abs(x);
  let t: f64;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-09) return x; // 2**-28
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0 || isNaN(xa)) return NaN;
    return x / 0.0;
  }
  return copysign<f64>(t, x);
}

// ---- log (ARM's algorithm, glibc's FMA build: r = fma(z, 1/c, -1) needs no second table) ----

/** (1/c, log c) for 128 subintervals of [0x1.6p-1, 0x1.6p0): glibc's __log_data.tab. */
const LOG_TABLE: usize = memory.data<u64>([
  0x3FF734F0C3E0DE9F, 0xBFD7CC7F79E69000, 0x3FF713786A2CE91F, 0xBFD76FEEC20D0000,
  0x3FF6F26008FAB5A0, 0xBFD713E31351E000, 0x3FF6D1A61F138C7D, 0xBFD6B85B38287800,
  0x3FF6B1490BC5B4D1, 0xBFD65D5590807800, 0x3FF69147332F0CBA, 0xBFD602D076180000,
  0x3FF6719F18224223, 0xBFD5A8CA86909000, 0x3FF6524F99A51ED9, 0xBFD54F4356035000,
  0x3FF63356AA8F24C4, 0xBFD4F637C36B4000, 0x3FF614B36B9DDC14, 0xBFD49DA7FDA85000,
  0x3FF5F66452C65C4C, 0xBFD445923989A800, 0x3FF5D867B5912C4F, 0xBFD3EDF439B0B800,
  0x3FF5BABCCB5B90DE, 0xBFD396CE448F7000, 0x3FF59D61F2D91A78, 0xBFD3401E17BDA000,
  0x3FF5805612465687, 0xBFD2E9E2EF468000, 0x3FF56397CEE76BD3, 0xBFD2941B3830E000,
  0x3FF54725E2A77F93, 0xBFD23EC58CDA8800, 0x3FF52AFF42064583, 0xBFD1E9E129279000,
  0x3FF50F22DBB2BDDF, 0xBFD1956D2B48F800, 0x3FF4F38F4734DED7, 0xBFD141679AB9F800,
  0x3FF4D843CFDE2840, 0xBFD0EDD094EF9800, 0x3FF4BD3EC078A3C8, 0xBFD09AA518DB1000,
  0x3FF4A27FC3E0258A, 0xBFD047E65263B800, 0x3FF4880524D48434, 0xBFCFEB224586F000,
  0x3FF46DCE1B192D0B, 0xBFCF474A7517B000, 0x3FF453D9D3391854, 0xBFCEA4443D103000,
  0x3FF43A2744B4845A, 0xBFCE020D44E9B000, 0x3FF420B54115F8FB, 0xBFCD60A22977F000,
  0x3FF40782DA3EF4B1, 0xBFCCC00104959000, 0x3FF3EE8F5D57FE8F, 0xBFCC202956891000,
  0x3FF3D5D9A00B4CE9, 0xBFCB81178D811000, 0x3FF3BD60C010C12B, 0xBFCAE2C9CCD3D000,
  0x3FF3A5242B75DAB8, 0xBFCA45402E129000, 0x3FF38D22CD9FD002, 0xBFC9A877681DF000,
  0x3FF3755BC5847A1C, 0xBFC90C6D69483000, 0x3FF35DCE49AD36E2, 0xBFC87120A645C000,
  0x3FF34679984DD440, 0xBFC7D68FB4143000, 0x3FF32F5CCEFFCB24, 0xBFC73CB83C627000,
  0x3FF3187775A10D49, 0xBFC6A39A9B376000, 0x3FF301C8373E3990, 0xBFC60B3154B7A000,
  0x3FF2EB4EBB95F841, 0xBFC5737D76243000, 0x3FF2D50A0219A9D1, 0xBFC4DC7B8FC23000,
  0x3FF2BEF9A8B7FD2A, 0xBFC4462C51D20000, 0x3FF2A91C7A0C1BAB, 0xBFC3B08ABC830000,
  0x3FF293726014B530, 0xBFC31B996B490000, 0x3FF27DFA5757A1F5, 0xBFC2875490A44000,
  0x3FF268B39B1D3BBF, 0xBFC1F3B9F879A000, 0x3FF2539D838FF5BD, 0xBFC160C8252CA000,
  0x3FF23EB7AAC9083B, 0xBFC0CE7F57F72000, 0x3FF22A012BA940B6, 0xBFC03CDC49FEA000,
  0x3FF2157996CC4132, 0xBFBF57BDBC4B8000, 0x3FF201201DD2FC9B, 0xBFBE370896404000,
  0x3FF1ECF4494D480B, 0xBFBD17983EF94000, 0x3FF1D8F5528F6569, 0xBFBBF9674ED8A000,
  0x3FF1C52311577E7C, 0xBFBADC79202F6000, 0x3FF1B17C74CB26E9, 0xBFB9C0C3E7288000,
  0x3FF19E010C2C1AB6, 0xBFB8A646B372C000, 0x3FF18AB07BB670BD, 0xBFB78D01B3AC0000,
  0x3FF1778A25EFBCB6, 0xBFB674F145380000, 0x3FF1648D354C31DA, 0xBFB55E0E6D878000,
  0x3FF151B990275FDD, 0xBFB4485CDEA1E000, 0x3FF13F0EA432D24C, 0xBFB333D94D6AA000,
  0x3FF12C8B7210F9DA, 0xBFB22079F8C56000, 0x3FF11A3028ECB531, 0xBFB10E4698622000,
  0x3FF107FBDA8434AF, 0xBFAFFA6C6AD20000, 0x3FF0F5EE0F4E6BB3, 0xBFADDA8D4A774000,
  0x3FF0E4065D2A9FCE, 0xBFABBCECE4850000, 0x3FF0D244632CA521, 0xBFA9A1894012C000,
  0x3FF0C0A77CE2981A, 0xBFA788583302C000, 0x3FF0AF2F83C636D1, 0xBFA5715E67D68000,
  0x3FF09DDB98A01339, 0xBFA35C8A49658000, 0x3FF08CABAF52E7DF, 0xBFA149E364154000,
  0x3FF07B9F2F4E28FB, 0xBF9E72C082EB8000, 0x3FF06AB58C358F19, 0xBF9A55F152528000,
  0x3FF059EEA5ECF92C, 0xBF963D62CF818000, 0x3FF04949CDD12C90, 0xBF9228FB8CAA0000,
  0x3FF038C6C6F0ADA9, 0xBF8C317B20F90000, 0x3FF02865137932A9, 0xBF8419355DAA0000,
  0x3FF0182427EA7348, 0xBF781203C2EC0000, 0x3FF008040614B195, 0xBF60040979240000,
  0x3FEFE01FF726FA1A, 0x3F6FEFF384900000, 0x3FEFA11CC261EA74, 0x3F87DC41353D0000,
  0x3FEF6310B081992E, 0x3F93CEA3C4C28000, 0x3FEF25F63CEEADCD, 0x3F9B9FC114890000,
  0x3FEEE9C8039113E7, 0x3FA1B0D8CE110000, 0x3FEEAE8078CBB1AB, 0x3FA58A5BD001C000,
  0x3FEE741AA29D0C9B, 0x3FA95C8340D88000, 0x3FEE3A91830A99B5, 0x3FAD276AEF578000,
  0x3FEE01E009609A56, 0x3FB07598E598C000, 0x3FEDCA01E577BB98, 0x3FB253F5E30D2000,
  0x3FED92F20B7C9103, 0x3FB42EDD8B380000, 0x3FED5CAC66FB5CCE, 0x3FB606598757C000,
  0x3FED272CAA5EDE9D, 0x3FB7DA76356A0000, 0x3FECF26E3E6B2CCD, 0x3FB9AB434E1C6000,
  0x3FECBE6DA2A77902, 0x3FBB78C7BB0D6000, 0x3FEC8B266D37086D, 0x3FBD431332E72000,
  0x3FEC5894BD5D5804, 0x3FBF0A3171DE6000, 0x3FEC26B533BB9F8C, 0x3FC067152B914000,
  0x3FEBF583EEECE73F, 0x3FC147858292B000, 0x3FEBC4FD75DB96C1, 0x3FC2266ECDCA3000,
  0x3FEB951E0C864A28, 0x3FC303D7A6C55000, 0x3FEB65E2C5EF3E2C, 0x3FC3DFC33C331000,
  0x3FEB374867C9888B, 0x3FC4BA366B7A8000, 0x3FEB094B211D304A, 0x3FC5933928D1F000,
  0x3FEADBE885F2EF7E, 0x3FC66ACD2418F000, 0x3FEAAF1D31603DA2, 0x3FC740F8EC669000,
  0x3FEA82E63FD358A7, 0x3FC815C0F51AF000, 0x3FEA5740EF09738B, 0x3FC8E92954F68000,
  0x3FEA2C2A90AB4B27, 0x3FC9BB3602F84000, 0x3FEA01A01393F2D1, 0x3FCA8BED1C2C0000,
  0x3FE9D79F24DB3C1B, 0x3FCB5B515C01D000, 0x3FE9AE2505C7B190, 0x3FCC2967CCBCC000,
  0x3FE9852EF297CE2F, 0x3FCCF635D5486000, 0x3FE95CBAEEA44B75, 0x3FCDC1BD3446C000,
  0x3FE934C69DE74838, 0x3FCE8C01B8CFE000, 0x3FE90D4F2F6752E6, 0x3FCF5509C0179000,
  0x3FE8E6528EFFD79D, 0x3FD00E6C121FB800, 0x3FE8BFCE9FCC007C, 0x3FD071B80E93D000,
  0x3FE899C0DABEC30E, 0x3FD0D46B9E867000, 0x3FE87427AA2317FB, 0x3FD13687334BD000,
  0x3FE84F00ACB39A08, 0x3FD1980D67234800, 0x3FE82A49E8653E55, 0x3FD1F8FFE0CC8000,
  0x3FE8060195F40260, 0x3FD2595FD7636800, 0x3FE7E22563E0A329, 0x3FD2B9300914A800,
  0x3FE7BEB377DCB5AD, 0x3FD3187210436000, 0x3FE79BAA679725C2, 0x3FD377266DEC1800,
  0x3FE77907F2170657, 0x3FD3D54FFBAF3000, 0x3FE756CADBD6130C, 0x3FD432EEE32FE000,
]);
const LOG_LN2_HI = reinterpret<f64>(0x3FE62E42FEFA3800);
const LOG_LN2_LO = reinterpret<f64>(0x3D2EF35793C76730);
const LOG_A0 = reinterpret<f64>(0xBFE0000000000001);
const LOG_A1 = reinterpret<f64>(0x3FD555555551305B);
const LOG_A2 = reinterpret<f64>(0xBFCFFFFFFFEB4590);
const LOG_A3 = reinterpret<f64>(0x3FC999B324F10111);
const LOG_A4 = reinterpret<f64>(0xBFC55575E506C89F);
/** log1p's polynomial for x near 1 (B0 = -0.5). */
const LOG_B: StaticArray<u64> = [
  0xBFE0000000000000, 0x3FD5555555555577, 0xBFCFFFFFFFFFFDCB, 0x3FC999999995DD0C, 0xBFC55555556745A7,
  0x3FC24924A344DE30, 0xBFBFFFFFA4423D65, 0x3FBC7184282AD6CA, 0xBFB999EB43B068FF, 0x3FB78182F7AFD085,
  0xBFB5521375D145CD,
];

// @ts-ignore: decorator
@inline function logB(i: i32): f64 {
  return reinterpret<f64>(unchecked(LOG_B[i]));
}

/** log(x) for x within 1/16 of 1, where a polynomial in r = x - 1 is more accurate. */
function logNearOne(x: f64): f64 {
  if (x == 1.0) return 0.0;
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  const p1 = fma(r2, logB(3), fma(r, logB(2), logB(1)));
  const p2 = fma(r2, logB(6), fma(r, logB(5), logB(4)));
  const p3 = fma(r3, logB(10), fma(r2, logB(9), fma(r, logB(8), logB(7))));
  const inner = fma(r3, fma(r3, p3, p2), p1);
  // r split so that rhi * rhi is exact (the compiler fused r * 2**27 into both of its uses).
  const w = fma(r, 134217728.0, r);
  const rhi = fma(-r, 134217728.0, w);
  const rlo = r - rhi;
  const rhi2 = rhi * rhi;
  const hi = fma(rhi2, logB(0), r);
  let lo = fma(rhi2, logB(0), r - hi);
  lo = fma(logB(0) * rlo, rhi + r, lo);
  return hi + fma(r3, inner, lo);
}

export function log(x: f64): f64 {
  let ix = reinterpret<u64>(x);
  if (ix - 0x3FEE000000000000 < 0x3090000000000) return logNearOne(x);
  const top = <u32>(ix >> 48);
  if (top - 0x0010 >= 0x7FF0 - 0x0010) {
    if ((ix << 1) == 0) return -Infinity;
    if (ix == 0x7FF0000000000000) return x;
    if ((top & 0x8000) != 0 || (top & 0x7FF0) == 0x7FF0) return NaN;
    ix = reinterpret<u64>(x * 4503599627370496.0) - (<u64>52 << 52); // subnormal: × 2**52
  }
  // x = 2**k z, z in [0x1.6p-1, 0x1.6p0); log(x) = k ln2 + log(c) + log1p(z/c - 1).
  const tmp = ix - 0x3FE6000000000000;
  const entry = LOG_TABLE + (<usize>((tmp >> 45) & 127) << 4);
  const kd = <f64>(<i32>(<i64>tmp >> 52));
  const z = reinterpret<f64>(ix - (tmp & 0xFFF0000000000000));
  const r = fma(z, load<f64>(entry), -1.0);
  const w = fma(kd, LOG_LN2_HI, load<f64>(entry, 8));
  const hi = w + r;
  const lo = fma(kd, LOG_LN2_LO, (w - hi) + r);
  const r2 = r * r;
  const poly = fma(r2, fma(r, LOG_A4, LOG_A3), fma(r, LOG_A2, LOG_A1));
  return fma(r * r2, poly, fma(r2, LOG_A0, lo)) + hi;
}

// ---- log2 (ARM's algorithm, glibc's FMA build) ----

/** (1/c, log2 c) for 64 subintervals of [0x1.6p-1, 0x1.6p0): glibc's __log2_data.tab. */
const LOG2_TABLE: usize = memory.data<u64>([
  0x3FF724286BB1ACF8, 0xBFE1095FEECDB000, 0x3FF6E1F766D2CCA1, 0xBFE08494BD76D000,
  0x3FF6A13D0E30D48A, 0xBFE00143AEE8F800, 0x3FF661EC32D06C85, 0xBFDEFEC5360B4000,
  0x3FF623FA951198F8, 0xBFDDFDD91AB7E000, 0x3FF5E75BA4CF026C, 0xBFDCFFAE0CC79000,
  0x3FF5AC055A214FB8, 0xBFDC043811FDA000, 0x3FF571ED0F166E1E, 0xBFDB0B67323AE000,
  0x3FF53909590BF835, 0xBFDA152F5A2DB000, 0x3FF5014FED61ADDD, 0xBFD9217F5AF86000,
  0x3FF4CAB88E487BD0, 0xBFD8304DB0719000, 0x3FF49539B4334FEE, 0xBFD74189F9A9E000,
  0x3FF460CBDFAFD569, 0xBFD6552BB5199000, 0x3FF42D664EE4B953, 0xBFD56B23A29B1000,
  0x3FF3FB01111DD8A6, 0xBFD483650F5FA000, 0x3FF3C995B70C5836, 0xBFD39DE937F6A000,
  0x3FF3991C4AB6FD4A, 0xBFD2BAA1538D6000, 0x3FF3698E0CE099B5, 0xBFD1D98340CA4000,
  0x3FF33AE48213E7B2, 0xBFD0FA853A40E000, 0x3FF30D191985BDB1, 0xBFD01D9C32E73000,
  0x3FF2E025CAB271D7, 0xBFCE857DA2FA6000, 0x3FF2B404CF13CD82, 0xBFCCD3C8633D8000,
  0x3FF288B02C7CCB50, 0xBFCB26034C14A000, 0x3FF25E2263944DE5, 0xBFC97C1C2F4FE000,
  0x3FF234563D8615B1, 0xBFC7D6023F800000, 0x3FF20B46E33EAF38, 0xBFC633A71A05E000,
  0x3FF1E2EEFDCDA3DD, 0xBFC494F5E9570000, 0x3FF1BB4A580B3930, 0xBFC2F9E424E0A000,
  0x3FF19453847F2200, 0xBFC162595AFDC000, 0x3FF16E06C0D5D73C, 0xBFBF9C9A75BD8000,
  0x3FF1485F47B7E4C2, 0xBFBC7B575BF9C000, 0x3FF12358AD0085D1, 0xBFB960C60FF48000,
  0x3FF0FEF00F532227, 0xBFB64CE247B60000, 0x3FF0DB2077D03A8F, 0xBFB33F78B2014000,
  0x3FF0B7E6D65980D9, 0xBFB0387D1A42C000, 0x3FF0953EFE7B408D, 0xBFAA6F9208B50000,
  0x3FF07325CAC53B83, 0xBFA47A954F770000, 0x3FF05197E40D1B5C, 0xBF9D23A8C50C0000,
  0x3FF03091C1208EA2, 0xBF916A2629780000, 0x3FF0101025B37E21, 0xBF7720F8D8E80000,
  0x3FEFC07EF9CAA76B, 0x3F86FE53B1500000, 0x3FEF4465D3F6F184, 0x3FA11CCCE10F8000,
  0x3FEECC079F84107F, 0x3FAC4DFC8C8B8000, 0x3FEE573A99975AE8, 0x3FB3AA321E574000,
  0x3FEDE5D6F0BD3DE6, 0x3FB918A0D08B8000, 0x3FED77B681FF38B3, 0x3FBE72E9DA044000,
  0x3FED0CB5724DE943, 0x3FC1DCD2507F6000, 0x3FECA4B2DC0E7563, 0x3FC476AB03DEA000,
  0x3FEC3F8EE8D6CB51, 0x3FC7074377E22000, 0x3FEBDD2B4F020C4C, 0x3FC98EDE8BA94000,
  0x3FEB7D6C006015CA, 0x3FCC0DB86AD2E000, 0x3FEB20366E2E338F, 0x3FCE840AAFCEE000,
  0x3FEAC57026295039, 0x3FD0790AB4678000, 0x3FEA6D01BC2731DD, 0x3FD1AC056801C000,
  0x3FEA16D3BC3FF18B, 0x3FD2DB11D4FEE000, 0x3FE9C2D14967FEAD, 0x3FD406464EC58000,
  0x3FE970E4F47C9902, 0x3FD52DBE093AF000, 0x3FE920FB3982BCF2, 0x3FD651902050D000,
  0x3FE8D30187F759F1, 0x3FD771D2CDEAF000, 0x3FE886E5EBB9F66D, 0x3FD88E9C857D9000,
  0x3FE83C97B658B994, 0x3FD9A80155E16000, 0x3FE7F405FFC61022, 0x3FDABE186ED3D000,
  0x3FE7AD22181415CA, 0x3FDBD0F2AEA0E000, 0x3FE767DCF99EFF8C, 0x3FDCE0A43DBF4000,
]);
const INV_LN2_HI = reinterpret<f64>(0x3FF7154765200000);
const INV_LN2_LO = reinterpret<f64>(0x3DE705FC2EEFA200);
const LOG2_A: StaticArray<u64> = [
  0xBFE71547652B8339, 0x3FDEC709DC3A04BE, 0xBFD7154764702FFB, 0x3FD2776C50034C48, 0xBFCEC7B328EA92BC, 0x3FCA6225E117F92E,
];
const LOG2_B: StaticArray<u64> = [
  0xBFE71547652B82FE, 0x3FDEC709DC3A03F7, 0xBFD71547652B7C3F, 0x3FD2776C50F05BE4, 0xBFCEC709DD768FE5,
  0x3FCA61761EC4E736, 0xBFC7153FBC64A79B, 0x3FC484D154F01B4A, 0xBFC289E4A72C383C, 0x3FC0B32F285AEE66,
];

// @ts-ignore: decorator
@inline function log2A(i: i32): f64 {
  return reinterpret<f64>(unchecked(LOG2_A[i]));
}

// @ts-ignore: decorator
@inline function log2B(i: i32): f64 {
  return reinterpret<f64>(unchecked(LOG2_B[i]));
}

function log2NearOne(x: f64): f64 {
  if (x == 1.0) return 0.0;
  const r = x - 1.0;
  const hi = INV_LN2_HI * r;
  let lo = fma(r, INV_LN2_LO, fma(INV_LN2_HI, r, -hi));
  const r2 = r * r;
  const r4 = r2 * r2;
  const b01 = fma(r, log2B(1), log2B(0));
  const y = fma(r2, b01, hi);
  lo = fma(r2, b01, hi - y) + lo;
  const inner = fma(r4, fma(r2, fma(r, log2B(9), log2B(8)), fma(r, log2B(7), log2B(6))),
    fma(r2, fma(r, log2B(5), log2B(4)), fma(r, log2B(3), log2B(2))));
  return y + fma(r4, inner, lo);
}

export function log2(x: f64): f64 {
  let ix = reinterpret<u64>(x);
  if (ix - 0x3FEEA4AF00000000 < 0x210AA00000000) return log2NearOne(x);
  const top = <u32>(ix >> 48);
  if (top - 0x0010 >= 0x7FF0 - 0x0010) {
    if ((ix << 1) == 0) return -Infinity;
    if (ix == 0x7FF0000000000000) return x;
    if ((top & 0x8000) != 0 || (top & 0x7FF0) == 0x7FF0) return NaN;
    ix = reinterpret<u64>(x * 4503599627370496.0) - (<u64>52 << 52);
  }
  const tmp = ix - 0x3FE6000000000000;
  const entry = LOG2_TABLE + (<usize>((tmp >> 46) & 63) << 4);
  const kd = <f64>(<i32>(<i64>tmp >> 52));
  const z = reinterpret<f64>(ix - (tmp & 0xFFF0000000000000));
  const r = fma(z, load<f64>(entry), -1.0);
  const t1 = INV_LN2_HI * r;
  const t2 = fma(r, INV_LN2_LO, fma(INV_LN2_HI, r, -t1));
  const t3 = kd + load<f64>(entry, 8);
  const hi = t1 + t3;
  const lo = ((t3 - hi) + t1) + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(r4, fma(r, log2A(5), log2A(4)), fma(r2, fma(r, log2A(3), log2A(2)), fma(r, log2A(1), log2A(0))));
  return fma(r2, p, lo) + hi;
}

// ---- cbrt and log10 ----

const CBRT_FACTOR: StaticArray<f64> = [
  1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748,
];

/** The cube root: glibc's own (a polynomial guess refined by one rational step). */
export function cbrt(x: f64): f64 {
  if (x == 0 || !isFinite(x)) return x + x;
  let xm = Math.abs(x);
  let xe = 0;
  let bits = reinterpret<u64>(xm);
  if ((bits >> 52) == 0) {
    bits = reinterpret<u64>(xm * 18014398509481984.0); // 2**54: subnormal
    xe = -54;
  }
  xe += <i32>(bits >> 52) - 1022;
  xm = reinterpret<f64>((bits & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 +
    (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * unchecked(CBRT_FACTOR[2 + xe % 3]);
  return NativeMath.scalbn(x > 0 ? ym : -ym, xe / 3);
}

const IVLN10 = reinterpret<f64>(0x3FDBCB7B1526E50E);
const LOG10_2HI = reinterpret<f64>(0x3FD34413509F6000);
const LOG10_2LO = reinterpret<f64>(0x3D59FEF311F12B36);

/** log10(x) = k log10(2) + log(m) / ln(10) for x = m × 2**k (glibc's). */
export function log10(x: f64): f64 {
  let bits = reinterpret<u64>(x);
  let hx = <i32>(bits >> 32);
  let k = 0;
  if (hx < 0x00100000) {
    if ((bits & 0x7FFFFFFFFFFFFFFF) == 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= 18014398509481984.0;
    bits = reinterpret<u64>(x);
    hx = <i32>(bits >> 32);
  }
  if (hx >= 0x7FF00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = <i32>((<u32>k & 0x80000000) >> 31);
  hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20);
  const y = <f64>(k + i);
  x = reinterpret<f64>((<u64><u32>hx << 32) | (bits & 0xFFFFFFFF));
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}

// ---- exp2 ----

/** 2**x (glibc's is ARM's exp2, built without fused operations: AssemblyScript's is the same code). */
export function exp2(x: f64): f64 {
  return NativeMath.exp2(x);
}
