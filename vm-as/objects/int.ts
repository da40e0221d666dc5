// Python's int on Values. An int Value is a small-int immediate (48-bit payload, value.ts) or a
// pointer to a KIND_BIGINT (layout and magnitude arithmetic in bigint.ts). Every result is
// normalised: a small int whenever it fits, so equal ints are always the same representation
// (a heap int is never equal to a small int, and two heap ints compare limb by limb).
//
// bool arithmetic is int arithmetic: callers turn True/False into small ints before calling.
// Errors follow the VM's convention: raise, then return NULL (or the sentinel a function's
// comment documents).
//
// API (a, b, m: int Values):
//   intAdd intSub intMul intFloorDiv intMod intTrueDiv(→ float)  intDivmod(→ tuple (q, r))
//   intPow(a, b)  (b < 0 → float, as CPython)      intPowMod(a, b, m)  (pow(a, -1, m) inverts)
//   intNeg intPos intAbs intInvert  intLshift intRshift  intAnd intOr intXor
//   intCompare(a, b): i32 (-1/0/1)  intEquals(a, b): bool  intSign(v): i32  intIsZero(v): bool
//   intHash(v): i64  (CPython's: modulo 2**61 - 1, sign kept, -1 → -2)
//   intToF64(v): f64  (-1.0 with OverflowError set when too large)   intToFloat(v): Value
//   intFromF64(x): Value  (int(float): truncates)
//   intFromI64(n) intFromU64(n)   intFitsI64(v) intToI64(v) intClampToI64(v)
//   intBitLength(v): i64   intBitCount(v): i64   intRound(v, ndigits)
//   intToStr(v, base, flags): Value(str)   base 2, 8, 10 or 16; flags INT_STR_PREFIX (0b/0o/0x),
//                                          INT_STR_UPPER, INT_STR_ABS (digits of |v| only)
//   intFromStr(s: str ptr, base): Value    int(str, base) with its exact errors
//   intFromAscii(p, n, base): Value        the parser on ASCII bytes (for int(bytes)): NULL
//                                          without an exception means a syntax error
//   intToBytes(v, out, length, little, signed): i32 (0, or -1 with the exception set)
//   intFromBytes(p, n, little, signed): Value
//   intMaxStrDigits / setIntMaxStrDigits(n): i32   sys.{get,set}_int_max_str_digits
// The int type object is bigint.ts's intType (setIntType at start-up): heap ints carry it.
//
// Speed: small-int fast paths first; Karatsuba multiplication, recursive division and
// divide-and-conquer decimal conversion for big operands (bigint.ts); workspaces come from
// bigint.ts's static scratch area (scratchMark / scratchTake / scratchRelease).

import { Value, NULL, isSmallInt, intOf, smallInt, bothSmallInts, fitsSmallInt, ptrOf, ptrValue,
  floatValue } from '../value';
import { raiseJs, raiseStr, raiseEmpty, errOccurred } from '../errors';
import { ZeroDivisionError, ValueError, OverflowError, MemoryError } from './exception';
import { newStr, finishStr, strLength, charAt, isAscii, strData, STR_DATA } from './str';
import { newTuple, tupleSet } from './tuple';
import { HASH_MODULUS, HASH_BITS } from './float-hash';
import { newBuilder, appendJs, appendI64, appendSubstring, finishBuilder } from './strbuilder';
import { strReprOf } from './str-type';
import { isSpace, decimalValue } from '../unicode/ctype';
import { bigAlloc, scratchTake, scratchMark, scratchRelease, bigLimbs, bigSize, bigSetSize, limbAt, setLimb, limbPtr, limbsTrim,
  limbsCopy, limbsZero, limbsCompare, limbsBitLength, limbsAdd, limbsAdd1, limbsAddTo, limbsSub,
  limbsMul1, limbsMul, limbsDivRem1, limbsDivRem, limbsShl, limbsShr } from './bigint';

// ---- operands ----
//
// A small int operand is spilled into scratch limbs so that one code path serves both
// representations. Each operand position has its own area; an operation reads its operands'
// limbs before it calls any other int function.

// @ts-ignore: decorator
@lazy const SCRATCH_A: usize = memory.data(8, 8);
// @ts-ignore: decorator
@lazy const SCRATCH_B: usize = memory.data(8, 8);

const TWO_POW_47: u64 = 1 << 47;

/** |v| of a small int as u64. */
// @ts-ignore: decorator
@inline function smallMagnitude(v: Value): u64 {
  const n = intOf(v);
  return <u64>(n < 0 ? -n : n);
}

/** The limbs of |v|: a heap int's own, or a small int's written to `scratch`. */
function magOf(v: Value, scratch: usize): usize {
  if (isSmallInt(v)) {
    store<u64>(scratch, smallMagnitude(v));
    return scratch;
  }
  return bigLimbs(ptrOf(v));
}

/** The number of limbs of |v| (0 for zero). */
function lenOf(v: Value): i32 {
  if (isSmallInt(v)) {
    const m = smallMagnitude(v);
    return m == 0 ? 0 : (m >> 32) == 0 ? 1 : 2;
  }
  return abs<i32>(bigSize(ptrOf(v)));
}

// @ts-ignore: decorator
@inline function isNegative(v: Value): bool {
  return isSmallInt(v) ? intOf(v) < 0 : bigSize(ptrOf(v)) < 0;
}

// @ts-ignore: decorator
@inline function bitsOfU64(m: u64): i32 {
  return 64 - <i32>clz(m);
}

// ---- results ----

/** A heap int with room for `limbs` limbs (contents not to be relied on), or 0 with MemoryError raised. */
function newMag(limbs: i64): usize {
  const p = bigAlloc(limbs);
  if (p == 0) raiseEmpty(MemoryError);
  return p;
}

/**
 * Finishes an int computed into the heap int p (n limbs, leading zeros allowed): a small int
 * when it fits, else p with its size set.
 */
function finish(p: usize, n: i32, negative: bool): Value {
  const limbs = bigLimbs(p);
  n = limbsTrim(limbs, n);
  if (n <= 2) {
    const m = n == 0 ? 0 : n == 1 ? <u64>limbAt(limbs, 0) : load<u64>(limbs);
    if (m < TWO_POW_47 || (negative && m == TWO_POW_47)) return smallInt(negative ? -<i64>m : <i64>m);
  }
  bigSetSize(p, negative ? -n : n);
  return ptrValue(p);
}

/** An int from a magnitude below 2**64 and a sign. */
function fromMagnitude64(m: u64, negative: bool): Value {
  if (m < TWO_POW_47 || (negative && m == TWO_POW_47)) return smallInt(negative ? -<i64>m : <i64>m);
  const p = newMag(2);
  if (p == 0) return NULL;
  store<u64>(bigLimbs(p), m);
  return finish(p, 2, negative);
}

export function intFromI64(n: i64): Value {
  if (fitsSmallInt(n)) return smallInt(n);
  return fromMagnitude64(n < 0 ? <u64>0 - <u64>n : <u64>n, n < 0);
}

export function intFromU64(n: u64): Value {
  return fromMagnitude64(n, false);
}

/** A copy of v's magnitude with the given sign. */
function withSign(v: Value, negative: bool): Value {
  if (isSmallInt(v)) return intFromI64(negative ? -<i64>smallMagnitude(v) : <i64>smallMagnitude(v));
  const n = lenOf(v);
  const p = newMag(n);
  if (p == 0) return NULL;
  limbsCopy(bigLimbs(p), bigLimbs(ptrOf(v)), n);
  return finish(p, n, negative);
}

// ---- predicates and comparison ----

// @ts-ignore: decorator
@inline export function intIsZero(v: Value): bool {
  return v == smallInt(0);
}

export function intSign(v: Value): i32 {
  if (isSmallInt(v)) {
    const n = intOf(v);
    return n < 0 ? -1 : n > 0 ? 1 : 0;
  }
  return bigSize(ptrOf(v)) < 0 ? -1 : 1;
}

export function intCompare(a: Value, b: Value): i32 {
  if (bothSmallInts(a, b)) {
    const x = intOf(a);
    const y = intOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const sa = intSign(a);
  const sb = intSign(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  const c = limbsCompare(magOf(a, SCRATCH_A), lenOf(a), magOf(b, SCRATCH_B), lenOf(b));
  return sa < 0 ? -c : c;
}

export function intEquals(a: Value, b: Value): bool {
  if (a == b) return true;
  if (isSmallInt(a) || isSmallInt(b)) return false;
  const pa = ptrOf(a);
  const pb = ptrOf(b);
  const n = bigSize(pa);
  if (n != bigSize(pb)) return false;
  return memory.compare(bigLimbs(pa), bigLimbs(pb), <usize>abs<i32>(n) << 2) == 0;
}

// ---- addition, subtraction, multiplication ----

export function intAdd(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) return intFromI64(intOf(a) + intOf(b));
  return addSigned(a, b, false);
}

export function intSub(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) return intFromI64(intOf(a) - intOf(b));
  return addSigned(a, b, true);
}

/** a + b, or a - b when `subtract`: magnitudes add when the signs agree, else subtract. */
function addSigned(a: Value, b: Value, subtract: bool): Value {
  let an = lenOf(a);
  let bn = lenOf(b);
  let ap = magOf(a, SCRATCH_A);
  let bp = magOf(b, SCRATCH_B);
  let aNeg = isNegative(a);
  let bNeg = isNegative(b) != subtract;
  if (aNeg == bNeg) {
    if (an < bn) {
      const t = ap; ap = bp; bp = t;
      const tn = an; an = bn; bn = tn;
    }
    const p = newMag(an + 1);
    if (p == 0) return NULL;
    setLimb(bigLimbs(p), an, limbsAdd(bigLimbs(p), ap, an, bp, bn));
    return finish(p, an + 1, aNeg);
  }
  const c = limbsCompare(ap, an, bp, bn);
  if (c == 0) return smallInt(0);
  if (c < 0) {
    const t = ap; ap = bp; bp = t;
    const tn = an; an = bn; bn = tn;
    aNeg = bNeg;
  }
  const p = newMag(an);
  if (p == 0) return NULL;
  limbsSub(bigLimbs(p), ap, an, bp, bn);
  return finish(p, an, aNeg);
}

export function intMul(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) {
    // Operands are below 2**47: the i64 product is exact when the bit lengths sum to <= 62.
    if (bitsOfU64(smallMagnitude(a)) + bitsOfU64(smallMagnitude(b)) <= 62) return intFromI64(intOf(a) * intOf(b));
  }
  const an = lenOf(a);
  const bn = lenOf(b);
  if (an == 0 || bn == 0) return smallInt(0);
  const ap = magOf(a, SCRATCH_A);
  const bp = a == b ? ap : magOf(b, SCRATCH_B);
  const p = newMag(<i64>an + bn);
  if (p == 0) return NULL;
  if (!limbsMul(bigLimbs(p), ap, an, bp, bn)) return raiseEmpty(MemoryError);
  return finish(p, an + bn, isNegative(a) != isNegative(b));
}

export function intNeg(v: Value): Value {
  if (isSmallInt(v)) return intFromI64(-intOf(v));
  return withSign(v, !isNegative(v));
}

export function intPos(v: Value): Value {
  return v;
}

export function intAbs(v: Value): Value {
  return isNegative(v) ? intNeg(v) : v;
}

/** ~v == -v - 1. */
export function intInvert(v: Value): Value {
  if (isSmallInt(v)) return smallInt(~intOf(v));
  return intSub(smallInt(-1), v);
}

// ---- division ----

/** Results of floorDivmod (divRemainder is NULL when it was not wanted). */
let divQuotient: Value = NULL;
let divRemainder: Value = NULL;

/**
 * Floor division (Python's: the quotient rounds toward negative infinity, the remainder takes
 * the divisor's sign). Sets divQuotient, and divRemainder when `wantRemainder`; false with an
 * exception set.
 */
function floorDivmod(a: Value, b: Value, wantRemainder: bool, zeroMessage: string): bool {
  if (bothSmallInts(a, b)) {
    const x = intOf(a);
    const y = intOf(b);
    if (y == 0) {
      raiseJs(ZeroDivisionError, zeroMessage);
      return false;
    }
    let q = x / y;
    let r = x % y;
    if (r != 0 && (r ^ y) < 0) {
      q--;
      r += y;
    }
    divQuotient = intFromI64(q);
    divRemainder = smallInt(r);
    return true;
  }
  const bn = lenOf(b);
  if (bn == 0) {
    raiseJs(ZeroDivisionError, zeroMessage);
    return false;
  }
  const an = lenOf(a);
  const ap = magOf(a, SCRATCH_A);
  const bp = magOf(b, SCRATCH_B);
  const aNeg = isNegative(a);
  const bNeg = isNegative(b);
  if (limbsCompare(ap, an, bp, bn) < 0) {
    if (an == 0 || aNeg == bNeg) {
      divQuotient = smallInt(0);
      divRemainder = a;
    } else {
      divQuotient = smallInt(-1);
      divRemainder = wantRemainder ? intAdd(a, b) : NULL;
      if (wantRemainder && divRemainder == NULL) return false;
    }
    return true;
  }
  const mark = scratchMark();
  const ok = divideMagnitudes(ap, an, bp, bn, aNeg, bNeg, wantRemainder);
  scratchRelease(mark);
  return ok;
}

/**
 * floorDivmod's general case, |a| >= |b| > 0. The remainder forms in a scratch copy of a; an
 * object is made for it only when wanted.
 */
function divideMagnitudes(ap: usize, an: i32, bp: usize, bn: i32, aNeg: bool, bNeg: bool, wantRemainder: bool): bool {
  const qn = an - bn + 1;
  const qp = newMag(qn + 1); // a spare limb for the floor adjustment
  if (qp == 0) return false;
  const q = bigLimbs(qp);
  setLimb(q, qn, 0);
  let u: usize;
  if (bn == 1) {
    u = SCRATCH_A; // a and b have been read
    setLimb(u, 0, limbsDivRem1(q, ap, an, limbAt(bp, 0)));
  } else {
    u = scratchTake(<i64>an + 1);
    if (u == 0) {
      raiseEmpty(MemoryError);
      return false;
    }
    limbsCopy(u, ap, an);
    setLimb(u, an, 0);
    if (!limbsDivRem(q, u, an, bp, bn)) {
      raiseEmpty(MemoryError);
      return false;
    }
  }
  const rn = limbsTrim(u, bn);
  const adjust = aNeg != bNeg && rn != 0; // the quotient was truncated toward zero: one less
  if (adjust) limbsAdd1(q, qn + 1, 1);
  divQuotient = finish(qp, qn + 1, aNeg != bNeg);
  divRemainder = NULL;
  if (!wantRemainder) return true;
  const rp = newMag(bn);
  if (rp == 0) return false;
  const r = bigLimbs(rp);
  if (adjust) limbsSub(r, bp, bn, u, rn);
  else limbsCopy(r, u, rn);
  divRemainder = finish(rp, adjust ? bn : rn, bNeg);
  return true;
}

export function intFloorDiv(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) {
    const x = intOf(a);
    const y = intOf(b);
    if (y != 0) {
      const q = x / y;
      return intFromI64((x % y != 0 && (x ^ y) < 0) ? q - 1 : q);
    }
  }
  return floorDivmod(a, b, false, 'integer division or modulo by zero') ? divQuotient : NULL;
}

export function intMod(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) {
    const x = intOf(a);
    const y = intOf(b);
    if (y != 0) {
      const r = x % y;
      return smallInt(r != 0 && (r ^ y) < 0 ? r + y : r);
    }
  }
  return floorDivmod(a, b, true, 'integer modulo by zero') ? divRemainder : NULL;
}

/** divmod(a, b) as a tuple (q, r). */
export function intDivmod(a: Value, b: Value): Value {
  if (!floorDivmod(a, b, true, 'integer division or modulo by zero')) return NULL;
  const t = newTuple(2);
  if (t == 0) return raiseEmpty(MemoryError);
  tupleSet(t, 0, divQuotient);
  tupleSet(t, 1, divRemainder);
  return ptrValue(t);
}

// ---- shifts ----

/** |a| << shift into a new heap int with the given sign. */
function shiftLeftMagnitude(ap: usize, an: i32, shift: i64, negative: bool): Value {
  const words = <i32>(shift >> 5);
  const rn = <i64>an + <i64>(shift >> 5) + 1;
  const p = newMag(rn);
  if (p == 0) return NULL;
  const r = bigLimbs(p);
  limbsZero(r, words);
  setLimb(r, an + words, limbsShl(limbPtr(r, words), ap, an, <u32>(shift & 31)));
  return finish(p, <i32>rn, negative);
}

/** The shift count of a << b or a >> b as i64; -1 with ValueError for a negative count, -2 when it needs more than 63 bits. */
function shiftCount(b: Value): i64 {
  if (isNegative(b)) {
    raiseJs(ValueError, 'negative shift count');
    return -1;
  }
  return intFitsI64(b) ? intToI64(b) : -2;
}

export function intLshift(a: Value, b: Value): Value {
  const s = shiftCount(b);
  if (s == -1) return NULL;
  if (intIsZero(a)) return a;
  if (s == -2) return raiseJs(OverflowError, 'too many digits in integer');
  if (isSmallInt(a) && bitsOfU64(smallMagnitude(a)) + s <= 62) return intFromI64(intOf(a) << s);
  return shiftLeftMagnitude(magOf(a, SCRATCH_A), lenOf(a), s, isNegative(a));
}

export function intRshift(a: Value, b: Value): Value {
  const s = shiftCount(b);
  if (s == -1) return NULL;
  const negative = isNegative(a);
  if (isSmallInt(a)) return smallInt(intOf(a) >> (s < 0 || s > 63 ? 63 : s));
  const an = lenOf(a);
  if (s < 0 || s >= <i64>an << 5) return smallInt(negative ? -1 : 0);
  return shiftRightMagnitude(magOf(a, SCRATCH_A), an, s, negative);
}

/** a >> shift for a heap int: floor semantics, so a negative result rounds away from zero when bits drop. */
function shiftRightMagnitude(ap: usize, an: i32, shift: i64, negative: bool): Value {
  const words = <i32>(shift >> 5);
  const bits = <u32>(shift & 31);
  const rn = an - words;
  const p = newMag(rn + 1);
  if (p == 0) return NULL;
  const r = bigLimbs(p);
  setLimb(r, rn, 0);
  let lost = limbsShr(r, limbPtr(ap, words), rn, bits) != 0;
  for (let i = 0; !lost && i < words; i++) lost = limbAt(ap, i) != 0;
  if (negative && lost) limbsAdd1(r, rn + 1, 1);
  return finish(p, rn + 1, negative);
}

// ---- bitwise operations (two's complement, infinitely sign-extended) ----

const OP_AND: i32 = 0;
const OP_OR: i32 = 1;
const OP_XOR: i32 = 2;

export function intAnd(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) return smallInt(intOf(a) & intOf(b));
  return bitwise(a, b, OP_AND);
}

export function intOr(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) return smallInt(intOf(a) | intOf(b));
  return bitwise(a, b, OP_OR);
}

export function intXor(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) return smallInt(intOf(a) ^ intOf(b));
  return bitwise(a, b, OP_XOR);
}

/**
 * A negative operand's two's complement limbs are ~(|x| - 1), produced limb by limb with a
 * running borrow; past its length, a negative operand contributes all-ones limbs. A negative
 * result is stored complemented and then incremented, which turns it back into a magnitude.
 */
function bitwise(a: Value, b: Value, op: i32): Value {
  const an = lenOf(a);
  const bn = lenOf(b);
  const ap = magOf(a, SCRATCH_A);
  const bp = magOf(b, SCRATCH_B);
  const aNeg = isNegative(a);
  const bNeg = isNegative(b);
  const resultNeg = op == OP_AND ? aNeg && bNeg : op == OP_OR ? aNeg || bNeg : aNeg != bNeg;
  const n = max(an, bn);
  const p = newMag(n + 1);
  if (p == 0) return NULL;
  const r = bigLimbs(p);
  let aBorrow: u32 = aNeg ? 1 : 0;
  let bBorrow: u32 = bNeg ? 1 : 0;
  for (let i = 0; i < n; i++) {
    let x: u32 = i < an ? limbAt(ap, i) : 0;
    if (aNeg) {
      const d = x - aBorrow;
      aBorrow = <u32>(x < aBorrow);
      x = ~d;
    }
    let y: u32 = i < bn ? limbAt(bp, i) : 0;
    if (bNeg) {
      const d = y - bBorrow;
      bBorrow = <u32>(y < bBorrow);
      y = ~d;
    }
    const z = op == OP_AND ? x & y : op == OP_OR ? x | y : x ^ y;
    setLimb(r, i, resultNeg ? ~z : z);
  }
  setLimb(r, n, 0);
  if (resultNeg) limbsAdd1(r, n + 1, 1);
  return finish(p, n + 1, resultNeg);
}

// ---- bits ----

export function intBitLength(v: Value): i64 {
  if (isSmallInt(v)) return bitsOfU64(smallMagnitude(v));
  return limbsBitLength(bigLimbs(ptrOf(v)), lenOf(v));
}

/** The number of ones in |v|. */
export function intBitCount(v: Value): i64 {
  if (isSmallInt(v)) return <i64>popcnt(smallMagnitude(v));
  const p = bigLimbs(ptrOf(v));
  const n = lenOf(v);
  let count: i64 = 0;
  for (let i = 0; i < n; i++) count += <i64>popcnt(limbAt(p, i));
  return count;
}

/** 64 bits of a magnitude starting at bit `from` (bits past the top read as zero). */
function bitsAt(p: usize, n: i32, from: i64): u64 {
  const word = <i32>(from >> 5);
  const bit = <u64>(from & 31);
  const l0 = word < n ? <u64>limbAt(p, word) : 0;
  const l1 = word + 1 < n ? <u64>limbAt(p, word + 1) : 0;
  const l2 = word + 2 < n ? <u64>limbAt(p, word + 2) : 0;
  const low = ((l1 << 32) | l0) >> bit;
  return bit == 0 ? low : low | (l2 << (64 - bit));
}

/** True when any of the bits below bit `upTo` of a magnitude is set. */
function anyBitsBelow(p: usize, n: i32, upTo: i64): bool {
  const word = <i32>(upTo >> 5);
  for (let i = 0; i < word && i < n; i++) {
    if (limbAt(p, i) != 0) return true;
  }
  const bit = <u32>(upTo & 31);
  return bit != 0 && word < n && (limbAt(p, word) & ((<u32>1 << bit) - 1)) != 0;
}

// ---- hashing ----

/** CPython's numeric hash: |v| modulo 2**61 - 1, with v's sign; -1 becomes -2. */
export function intHash(v: Value): i64 {
  if (isSmallInt(v)) {
    const n = intOf(v);
    return n == -1 ? -2 : n;
  }
  const p = bigLimbs(ptrOf(v));
  let x: u64 = 0;
  for (let i = lenOf(v) - 1; i >= 0; i--) {
    // x * 2**32 mod (2**61 - 1) is a rotation of x's 61 bits.
    x = ((x << 32) & HASH_MODULUS) | (x >> (HASH_BITS - 32));
    x += <u64>limbAt(p, i);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  let h = isNegative(v) ? -<i64>x : <i64>x;
  if (h == -1) h = -2;
  return h;
}

// ---- conversion to and from float ----

/** 2**e as a float, for -1022 <= e <= 1023. */
// @ts-ignore: decorator
@inline function pow2(e: i32): f64 {
  return reinterpret<f64>(<u64>(e + 1023) << 52);
}

/** x * 2**e, exact whenever the result is representable (x an integer-valued float >= 1). */
function scaleByPow2(x: f64, e: i32): f64 {
  if (e < -1022) {
    x *= pow2(-1022);
    e += 1022;
  } else if (e > 1023) {
    x *= pow2(1023);
    e -= 1023;
  }
  return x * pow2(e);
}

/**
 * float(v), correctly rounded (half to even). Raises OverflowError and returns -1.0 when v is
 * too large: the caller checks errOccurred() when the result is -1.0.
 */
export function intToF64(v: Value): f64 {
  if (isSmallInt(v)) return <f64>intOf(v);
  const p = bigLimbs(ptrOf(v));
  const n = lenOf(v);
  const bits = limbsBitLength(p, n);
  if (bits > 1024) return tooLargeForFloat();
  let x: f64;
  if (bits <= 64) {
    x = <f64>load<u64>(p); // the conversion from u64 rounds correctly
  } else {
    // The top 64 bits, with a sticky bit for the rest far below the rounding position: the
    // conversion from u64 then rounds exactly as the whole number would.
    const from = bits - 64;
    let top = bitsAt(p, n, from);
    if (anyBitsBelow(p, n, from)) top |= 1;
    x = scaleByPow2(<f64>top, <i32>from);
    if (!isFinite(x)) return tooLargeForFloat();
  }
  return isNegative(v) ? -x : x;
}

function tooLargeForFloat(): f64 {
  raiseJs(OverflowError, 'int too large to convert to float');
  return -1.0;
}

/** float(v) as a float Value, or NULL with OverflowError. */
export function intToFloat(v: Value): Value {
  const x = intToF64(v);
  if (x == -1.0 && !isSmallInt(v)) return NULL;
  return floatValue(x);
}

/** int(x) for a float: truncates toward zero. */
export function intFromF64(x: f64): Value {
  if (x != x) return raiseJs(ValueError, 'cannot convert float NaN to integer');
  if (!isFinite(x)) return raiseJs(OverflowError, 'cannot convert float infinity to integer');
  const t = trunc(x);
  if (abs(t) < 9223372036854775808.0) return intFromI64(<i64>t);
  // |t| >= 2**63: its 53-bit significand shifted left by the exponent.
  const bits = reinterpret<u64>(t);
  const significand = (bits & 0x000F_FFFF_FFFF_FFFF) | 0x0010_0000_0000_0000;
  const exponent = <i64>((bits >> 52) & 0x7FF) - 1075;
  store<u64>(SCRATCH_A, significand);
  return shiftLeftMagnitude(SCRATCH_A, 2, exponent, t < 0);
}

/** Bits below which ints convert to float exactly (the float fast path of true division). */
const EXACT_FLOAT_BITS: i64 = 53;
const DBL_MANT_DIG: i64 = 53;
const DBL_MIN_EXP: i64 = -1021;
const DBL_MAX_EXP: i64 = 1024;

/**
 * a / b correctly rounded, as CPython's long_true_divide: both exact as floats → one float
 * division; otherwise scale a so that the integer quotient has 55 or 56 bits, divide exactly,
 * and round that quotient (with the remainder as a sticky bit) to 53 bits, or fewer when the
 * result is subnormal, before converting.
 */
export function intTrueDiv(a: Value, b: Value): Value {
  if (bothSmallInts(a, b)) {
    const y = intOf(b);
    if (y == 0) return raiseJs(ZeroDivisionError, 'division by zero');
    return floatValue(<f64>intOf(a) / <f64>y);
  }
  const an = lenOf(a);
  const bn = lenOf(b);
  if (bn == 0) return raiseJs(ZeroDivisionError, 'division by zero');
  const negative = isNegative(a) != isNegative(b);
  if (an == 0) return floatValue(negative ? -0.0 : 0.0);
  const aBits = intBitLength(a);
  const bBits = intBitLength(b);
  if (aBits <= EXACT_FLOAT_BITS && bBits <= EXACT_FLOAT_BITS) {
    const x = <f64>intToF64(a) / <f64>intToF64(b);
    return floatValue(x);
  }
  const diff = aBits - bBits;
  if (diff > DBL_MAX_EXP) return raiseJs(OverflowError, 'integer division result too large for a float');
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return floatValue(negative ? -0.0 : 0.0);
  const shift = max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2; // < aBits
  const ap = magOf(a, SCRATCH_A);
  let inexact = false;
  let x: Value;
  if (shift <= 0) {
    x = shiftLeftMagnitude(ap, an, -shift, false);
  } else {
    inexact = anyBitsBelow(ap, an, shift);
    x = shiftRightMagnitude(ap, an, shift, false);
  }
  if (x == NULL) return NULL;
  const absB = intAbs(b);
  if (absB == NULL || !floorDivmod(x, absB, true, '')) return NULL;
  if (!intIsZero(divRemainder)) inexact = true;
  return roundQuotient(<u64>intToI64(divQuotient), inexact, shift, negative);
}

/** The last step of intTrueDiv: q (at most 56 bits) * 2**shift, rounded half to even. */
function roundQuotient(q: u64, inexact: bool, shift: i64, negative: bool): Value {
  const qBits = <i64>bitsOfU64(q);
  const extraBits = max(qBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  const mask: u64 = <u64>1 << <u64>(extraBits - 1);
  let low = q | <u64>inexact;
  if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) low += mask;
  low &= ~(2 * mask - 1);
  const dx = <f64>low;
  if (shift + qBits >= DBL_MAX_EXP && (shift + qBits > DBL_MAX_EXP || dx == scaleByPow2(1.0, <i32>qBits))) {
    return raiseJs(OverflowError, 'integer division result too large for a float');
  }
  const result = scaleByPow2(dx, <i32>shift);
  return floatValue(negative ? -result : result);
}

// ---- conversion to machine integers ----

export function intFitsI64(v: Value): bool {
  if (isSmallInt(v)) return true;
  const n = lenOf(v);
  if (n > 2) return false;
  const m = load<u64>(bigLimbs(ptrOf(v)));
  return m < 0x8000_0000_0000_0000 || (isNegative(v) && m == 0x8000_0000_0000_0000);
}

/** v as i64: exact when intFitsI64(v), else the low 64 bits of v's two's complement. */
export function intToI64(v: Value): i64 {
  if (isSmallInt(v)) return intOf(v);
  const p = bigLimbs(ptrOf(v));
  const m = lenOf(v) >= 2 ? load<u64>(p) : <u64>limbAt(p, 0);
  return isNegative(v) ? -<i64>m : <i64>m;
}

/** v clamped to the i64 range (slice indices). */
export function intClampToI64(v: Value): i64 {
  if (intFitsI64(v)) return intToI64(v);
  return isNegative(v) ? i64.MIN_VALUE : i64.MAX_VALUE;
}

// ---- powers ----

/** a ** b (pow with two arguments). */
export function intPow(a: Value, b: Value): Value {
  if (isNegative(b)) return negativePower(a, b);
  if (intIsZero(b)) return smallInt(1);
  if (isSmallInt(a)) {
    const x = intOf(a);
    if (x == 0 || x == 1) return a;
    if (x == -1) return (intToI64(b) & 1) != 0 ? a : smallInt(1);
  }
  if (!intFitsI64(b)) return raiseEmpty(MemoryError);
  const e = intToI64(b);
  if (isSmallInt(a)) {
    const r = smallPow(intOf(a), e);
    if (r != NULL) return r;
  }
  const an = lenOf(a);
  const ap = magOf(a, SCRATCH_A);
  const negative = isNegative(a) && (e & 1) != 0;
  const twos = powerOfTwoExponent(ap, an);
  if (twos >= 0) {
    if (twos > i64.MAX_VALUE / e) return raiseEmpty(MemoryError);
    store<u64>(SCRATCH_B, 1);
    return shiftLeftMagnitude(SCRATCH_B, 1, twos * e, negative);
  }
  const mark = scratchMark();
  const r = bigPow(ap, an, e, negative);
  scratchRelease(mark);
  return r;
}

/** x ** e in i64 when no step overflows; NULL (nothing raised) otherwise. */
function smallPow(x: i64, e: i64): Value {
  let result: i64 = 1;
  let base = x;
  while (true) {
    if ((e & 1) != 0) {
      if (bitsOfU64(<u64>abs(result)) + bitsOfU64(<u64>abs(base)) > 62) return NULL;
      result *= base;
    }
    e >>= 1;
    if (e == 0) return intFromI64(result);
    if (2 * bitsOfU64(<u64>abs(base)) > 62) return NULL;
    base *= base;
  }
}

/** k when the magnitude is exactly 2**k, else -1. */
function powerOfTwoExponent(p: usize, n: i32): i64 {
  for (let i = 0; i < n - 1; i++) {
    if (limbAt(p, i) != 0) return -1;
  }
  const top = limbAt(p, n - 1);
  if ((top & (top - 1)) != 0) return -1;
  return (<i64>(n - 1) << 5) + <i64>ctz(top);
}

/**
 * |a| ** e by left-to-right binary exponentiation, squaring and multiplying between two
 * buffers sized for the result (neither is visible until the end).
 */
function bigPow(ap: usize, an: i32, e: i64, negative: bool): Value {
  const bits = limbsBitLength(ap, an);
  if (bits > i64.MAX_VALUE / e) return raiseEmpty(MemoryError);
  const limbs = ((bits * e) >> 5) + 2;
  const base = scratchTake(an);
  if (base == 0) return raiseEmpty(MemoryError);
  let cur = newMag(limbs);
  if (cur == 0) return NULL;
  let other = newMag(limbs);
  if (other == 0) return NULL;
  limbsCopy(base, ap, an); // ap may be scratch that the multiplications reuse
  limbsCopy(bigLimbs(cur), base, an);
  let n = an;
  for (let bit = 62 - <i32>clz(e); bit >= 0; bit--) {
    if (!limbsMul(bigLimbs(other), bigLimbs(cur), n, bigLimbs(cur), n)) return raiseEmpty(MemoryError);
    n = limbsTrim(bigLimbs(other), 2 * n);
    let t = cur; cur = other; other = t;
    if (((e >> bit) & 1) != 0) {
      if (!limbsMul(bigLimbs(other), bigLimbs(cur), n, base, an)) return raiseEmpty(MemoryError);
      n = limbsTrim(bigLimbs(other), n + an);
      t = cur; cur = other; other = t;
    }
  }
  return finish(cur, n, negative);
}

/** a ** b for b < 0: a float, computed as CPython does, by float pow of both converted. */
function negativePower(a: Value, b: Value): Value {
  const x = intToF64(a);
  if (x == -1.0 && !isSmallInt(a)) return NULL;
  const y = intToF64(b);
  if (y == -1.0 && !isSmallInt(b)) return NULL;
  if (x == 0) return raiseJs(ZeroDivisionError, '0.0 cannot be raised to a negative power');
  return floatValue(Math.pow(x, y));
}

/** pow(a, b, m). */
export function intPowMod(a: Value, b: Value, m: Value): Value {
  if (intIsZero(m)) return raiseJs(ValueError, 'pow() 3rd argument cannot be 0');
  const modNeg = isNegative(m);
  const mod = intAbs(m);
  if (mod == NULL) return NULL;
  if (mod == smallInt(1)) return smallInt(0);
  let base = intMod(a, mod);
  if (base == NULL) return NULL;
  let exp = b;
  if (isNegative(b)) {
    base = modInverse(base, mod);
    if (base == NULL) return NULL;
    exp = intNeg(b);
    if (exp == NULL) return NULL;
  }
  const mark = scratchMark();
  const r = lenOf(mod) == 1 ? powModSingleLimb(base, exp, limbAt(magOf(mod, SCRATCH_B), 0)) : powModBig(base, exp, mod);
  scratchRelease(mark);
  if (r == NULL || !modNeg || intIsZero(r)) return r;
  return intSub(r, mod);
}

/** base ** e mod m for m < 2**32, in u64 arithmetic (base already reduced). */
function powModSingleLimb(base: Value, e: Value, m: u32): Value {
  const mm = <u64>m;
  let x = <u64>intToI64(base);
  let result: u64 = 1 % mm;
  const ep = magOf(e, SCRATCH_A);
  const en = lenOf(e);
  for (let i = 0; i < en; i++) {
    let limb = limbAt(ep, i);
    const last = i == en - 1;
    for (let k = 0; k < 32; k++) {
      if ((limb & 1) != 0) result = result * x % mm;
      limb >>= 1;
      if (last && limb == 0) break;
      x = x * x % mm;
    }
  }
  return smallInt(<i64>result);
}

/**
 * base ** e mod m for a multi-limb m, left to right: each step squares (and maybe multiplies)
 * into a double-length buffer and reduces it with a division whose quotient is dropped.
 */
function powModBig(base: Value, e: Value, m: Value): Value {
  const mn = lenOf(m);
  const mp = magOf(m, SCRATCH_B);
  const bn = lenOf(base);
  if (bn == 0) return intIsZero(e) ? smallInt(1) : smallInt(0);
  const bp = scratchTake(bn);
  const prod = scratchTake(2 * <i64>mn + 1);
  if (bp == 0 || prod == 0) return raiseEmpty(MemoryError);
  const result = newMag(mn);
  if (result == 0) return NULL;
  limbsCopy(bp, magOf(base, SCRATCH_A), bn);
  const cur = bigLimbs(result);
  if (intIsZero(e)) {
    setLimb(cur, 0, 1);
    return finish(result, 1, false);
  }
  limbsCopy(cur, bp, bn);
  let n = bn;
  const ep = magOf(e, SCRATCH_A);
  const top = limbsBitLength(ep, lenOf(e)) - 1;
  for (let bit = top - 1; bit >= 0; bit--) {
    n = mulMod(prod, cur, n, cur, n, mp, mn);
    if (n < 0) return NULL;
    if (((limbAt(ep, <i32>(bit >> 5)) >> <u32>(bit & 31)) & 1) != 0) {
      n = mulMod(prod, cur, n, bp, bn, mp, mn);
      if (n < 0) return NULL;
    }
  }
  return finish(result, n, false); // limbs above n may be stale
}

/** cur = a * b mod m (cur may be a or b; prod has room for 2*mn + 1 limbs); returns the new length, -1 on error. */
function mulMod(prod: usize, a: usize, an: i32, b: usize, bn: i32, mp: usize, mn: i32): i32 {
  const cur = a;
  if (an == 0 || bn == 0) return 0;
  if (!limbsMul(prod, a, an, b, bn)) {
    raiseEmpty(MemoryError);
    return -1;
  }
  const pn = limbsTrim(prod, an + bn);
  if (limbsCompare(prod, pn, mp, mn) >= 0) {
    setLimb(prod, pn, 0);
    if (!limbsDivRem(0, prod, pn, mp, mn)) {
      raiseEmpty(MemoryError);
      return -1;
    }
  }
  const n = min(pn, mn);
  limbsCopy(cur, prod, n);
  return limbsTrim(cur, n);
}

/** The inverse of a modulo m (m > 1, 0 <= a < m) by the extended Euclidean algorithm. */
function modInverse(a: Value, m: Value): Value {
  let r0 = m;
  let r1 = a;
  let s0 = smallInt(0);
  let s1 = smallInt(1);
  while (!intIsZero(r1)) {
    if (!floorDivmod(r0, r1, true, '')) return NULL;
    const q = divQuotient;
    r0 = r1;
    r1 = divRemainder;
    const qs = intMul(q, s1);
    if (qs == NULL) return NULL;
    const s = intSub(s0, qs);
    if (s == NULL) return NULL;
    s0 = s1;
    s1 = s;
  }
  if (r0 != smallInt(1)) return raiseJs(ValueError, 'base is not invertible for the given modulus');
  return intMod(s0, m);
}

// ---- round(v, ndigits) ----

/** round(v, ndigits) for an int ndigits: half to even at the 10**-ndigits place. */
export function intRound(v: Value, ndigits: Value): Value {
  if (!isNegative(ndigits) || intIsZero(v)) return v;
  // 10**k > 2|v| rounds to 0; |v| < 2**bits, and log10(2) < 0.30103.
  const limit = <i64>(<f64>(intBitLength(v) + 1) * 0.30103) + 1;
  if (!intFitsI64(ndigits) || intToI64(ndigits) < -limit) return smallInt(0);
  const pow10 = intPow(smallInt(10), smallInt(-intToI64(ndigits)));
  if (pow10 == NULL || !floorDivmod(v, pow10, true, '')) return NULL;
  let q = divQuotient;
  const twice = intLshift(divRemainder, smallInt(1));
  if (twice == NULL) return NULL;
  const c = intCompare(twice, pow10);
  if (c > 0 || (c == 0 && (intToI64(q) & 1) != 0)) {
    q = intAdd(q, smallInt(1));
    if (q == NULL) return NULL;
  }
  return intMul(q, pow10);
}

// ---- bytes ----

/**
 * Writes v in `length` bytes at out (int.to_bytes). Returns 0, or -1 with OverflowError set.
 * As CPython, 0 and (signed) -1 fit in zero bytes.
 */
export function intToBytes(v: Value, out: usize, length: i32, littleEndian: bool, signed: bool): i32 {
  if (length < 0) {
    raiseJs(ValueError, 'length argument must be non-negative');
    return -1;
  }
  const negative = isNegative(v);
  if (negative && !signed) {
    raiseJs(OverflowError, "can't convert negative int to unsigned");
    return -1;
  }
  if (!intIsZero(v) && v != smallInt(-1) && bytesNeeded(v, signed) > <i64>length) {
    raiseJs(OverflowError, 'int too big to convert');
    return -1;
  }
  const n = lenOf(v);
  const p = magOf(v, SCRATCH_A);
  let borrow: u32 = negative ? 1 : 0;
  let limb: u32 = 0;
  for (let i = 0; i < length; i++) {
    if ((i & 3) == 0) {
      const w = i >> 2;
      limb = w < n ? limbAt(p, w) : 0;
      if (negative) {
        const d = limb - borrow;
        borrow = <u32>(limb < borrow);
        limb = ~d;
      }
    }
    const byte = <u8>(limb >> (<u32>(i & 3) << 3));
    store<u8>(out + <usize>(littleEndian ? i : length - 1 - i), byte);
  }
  return 0;
}

/** Bytes v needs: its bits, plus a sign bit when signed (a negative's bits are those of ~v). */
function bytesNeeded(v: Value, signed: bool): i64 {
  let bits = intBitLength(v);
  if (isNegative(v) && powerOfTwoExponent(magOf(v, SCRATCH_A), lenOf(v)) >= 0) bits--;
  if (signed) bits++;
  return (bits + 7) >> 3;
}

/** int.from_bytes over n bytes at p. */
export function intFromBytes(p: usize, n: i32, littleEndian: bool, signed: bool): Value {
  if (n == 0) return smallInt(0);
  const limbs = (n + 3) >> 2;
  const obj = newMag(limbs);
  if (obj == 0) return NULL;
  const r = bigLimbs(obj);
  setLimb(r, limbs - 1, 0);
  for (let i = 0; i < n; i++) {
    const byte = load<u8>(p + <usize>(littleEndian ? i : n - 1 - i));
    store<u8>(r + <usize>i, byte);
  }
  const negative = signed && (load<u8>(r + <usize>(n - 1)) & 0x80) != 0;
  if (negative) {
    // Sign-extend to whole limbs, then negate: |v| = ~x + 1 over those limbs.
    for (let i = n; i < limbs << 2; i++) store<u8>(r + <usize>i, 0xFF);
    for (let i = 0; i < limbs; i++) setLimb(r, i, ~limbAt(r, i));
    limbsAdd1(r, limbs, 1);
  }
  return finish(obj, limbs, negative);
}

// ---- the limit on int/str conversion (CPython 3.11, sys.set_int_max_str_digits) ----

/** Decimal digits int() and str() accept or produce; 0 means no limit. */
export let intMaxStrDigits: i32 = 4300;
const MAX_STR_DIGITS_THRESHOLD: i64 = 640;

/** sys.set_int_max_str_digits(n): 0, or -1 with ValueError set. */
export function setIntMaxStrDigits(n: i64): i32 {
  if (n != 0 && n < MAX_STR_DIGITS_THRESHOLD) {
    raiseJs(ValueError, 'maxdigits must be 0 or larger than 640');
    return -1;
  }
  intMaxStrDigits = n > i32.MAX_VALUE ? i32.MAX_VALUE : <i32>n;
  return 0;
}

function exceedsLimit(digits: i64): bool {
  return intMaxStrDigits > 0 && digits > <i64>intMaxStrDigits;
}

// ---- int → str ----

/** Flags of intToStr. */
export const INT_STR_PREFIX: i32 = 1; // 0b / 0o / 0x
export const INT_STR_UPPER: i32 = 2; // hex digits (and prefix) in upper case
export const INT_STR_ABS: i32 = 4; // the digits of |v|, no sign

const DIGIT_CHARS_LOWER: usize = memory.data<u8>([
  0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66,
]);
const DIGIT_CHARS_UPPER: usize = memory.data<u8>([
  0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46,
]);

/** Base 10**9 "digits" of decimal conversion. */
const DECIMAL_BASE: u64 = 1_000_000_000;
const DECIMAL_BASE_DIGITS: i32 = 9;

/** str of v in base 2, 8, 10 or 16 (str(), bin(), oct(), hex(), and the formatter's digits). */
export function intToStr(v: Value, base: i32, flags: i32): Value {
  const negative = isNegative(v) && (flags & INT_STR_ABS) == 0;
  const prefix = (flags & INT_STR_PREFIX) != 0 && base != 10;
  const head = (negative ? 1 : 0) + (prefix ? 2 : 0);
  let s: usize;
  if (base == 10) {
    const mark = scratchMark();
    s = isSmallInt(v) ? smallToDecimal(smallMagnitude(v), head) : bigToDecimal(v, head);
    scratchRelease(mark);
  } else {
    s = toPowerOfTwoBase(v, base == 2 ? 1 : base == 8 ? 3 : 4, head, (flags & INT_STR_UPPER) != 0);
  }
  if (s == 0) return NULL;
  const d = s + STR_DATA;
  if (negative) store<u8>(d, 0x2D); // '-'
  if (prefix) {
    const upper = (flags & INT_STR_UPPER) != 0;
    store<u8>(d + <usize>(negative ? 1 : 0), 0x30);
    const letter: u8 = base == 2 ? 0x62 : base == 8 ? 0x6F : 0x78; // b o x
    store<u8>(d + <usize>(negative ? 2 : 1), upper ? letter - 0x20 : letter);
  }
  return ptrValue(finishStr(s));
}

/** Decimal digits of m (at least one). */
function decimalDigitCount(m: u64): i32 {
  let count = 1;
  while (m >= 10) {
    m /= 10;
    count++;
  }
  return count;
}

/** A str of `head` unset characters followed by the decimal digits of m; 0 with MemoryError. */
function smallToDecimal(m: u64, head: i32): usize {
  const count = decimalDigitCount(m);
  const s = newStr(head + count, 1);
  if (s == 0) {
    raiseEmpty(MemoryError);
    return 0;
  }
  writeDecimal(s + STR_DATA + <usize>(head + count), m, count);
  return s;
}

/** Writes `count` decimal digits of m ending just before `end` (leading zeros as needed). */
function writeDecimal(end: usize, m: u64, count: i32): void {
  for (let i = 1; i <= count; i++) {
    const q = m / 10;
    store<u8>(end - <usize>i, <u8>(0x30 + (m - q * 10)));
    m = q;
  }
}

/** Below this many limbs, decimal conversion is the direct quadratic one. */
const DECIMAL_SPLIT_LIMBS: i32 = 60;
/** Room for the powers 10**(9 * 2**k): 2**30 decimal digits is far beyond any heap. */
const MAX_DECIMAL_POWERS: i32 = 30;
// @ts-ignore: decorator
@lazy const decimalPowers: usize = memory.data(MAX_DECIMAL_POWERS * 8, 8); // (limbs, length) pairs
let decimalPowerCount: i32 = 0;

/**
 * Decimal form of a heap int. The digits are written right-aligned into a scratch buffer wide
 * enough for any int of that bit length, then the leading zeros are dropped. Large values are
 * split (divide and conquer) by powers 10**(9 * 2**k) of about half their length.
 */
function bigToDecimal(v: Value, head: i32): usize {
  const p = bigLimbs(ptrOf(v));
  const n = lenOf(v);
  // Refuse huge values before the work: digits >= floor((bits - 1) * log10(2)) + 1.
  const bits = limbsBitLength(p, n);
  if (exceedsLimit(<i64>(<f64>(bits - 1) * 0.30102999566398114) + 1)) return decimalLimitError();
  const width = <i32>(<f64>bits * 0.30102999566398114) + 2; // digits <= floor(bits * log10(2)) + 1
  const buffer = scratchTake(<i64>(width >> 2) + 1);
  if (buffer == 0 || !makeDecimalPowers(n)) return memoryError();
  if (!writeDecimalDigits(p, n, buffer + <usize>width, width)) return memoryError();
  let skip = 0;
  while (skip < width - 1 && load<u8>(buffer + <usize>skip) == 0x30) skip++;
  const digits = width - skip;
  if (exceedsLimit(digits)) return decimalLimitError();
  const s = newStr(head + digits, 1);
  if (s == 0) return memoryError();
  memory.copy(s + STR_DATA + <usize>head, buffer + <usize>skip, <usize>digits);
  return s;
}

/** The powers 10**(9 * 2**k) in scratch, while they are at most half of n limbs. */
function makeDecimalPowers(n: i32): bool {
  let power = scratchTake(1);
  if (power == 0) return false;
  setLimb(power, 0, <u32>DECIMAL_BASE);
  let length = 1;
  decimalPowerCount = 0;
  while (true) {
    store<u32>(decimalPowers + (<usize>decimalPowerCount << 3), <u32>power);
    store<i32>(decimalPowers + (<usize>decimalPowerCount << 3), length, 4);
    decimalPowerCount++;
    if (4 * length > n + 2 || decimalPowerCount == MAX_DECIMAL_POWERS) return true;
    const square = scratchTake(2 * <i64>length);
    if (square == 0 || !limbsMul(square, power, length, power, length)) return false;
    power = square;
    length = limbsTrim(square, 2 * length);
  }
}

/**
 * Writes exactly `width` decimal digits of the n-limb magnitude p (zero-padded on the left)
 * ending just before `end`. False past the memory limit.
 */
function writeDecimalDigits(p: usize, n: i32, end: usize, width: i32): bool {
  if (n < DECIMAL_SPLIT_LIMBS) return writeDecimalDirect(p, n, end, width);
  // The largest power with at most half the limbs: quotient and remainder come out similar.
  let k = decimalPowerCount - 1;
  while (k > 1 && 2 * load<i32>(decimalPowers + (<usize>k << 3), 4) > n + 1) k--;
  const power = <usize>load<u32>(decimalPowers + (<usize>k << 3));
  const length = load<i32>(decimalPowers + (<usize>k << 3), 4);
  const mark = scratchMark();
  const u = scratchTake(<i64>n + 1);
  const q = scratchTake(<i64>(n - length + 1));
  let ok = u != 0 && q != 0;
  if (ok) {
    limbsCopy(u, p, n);
    setLimb(u, n, 0);
    ok = limbsDivRem(q, u, n, power, length);
  }
  if (ok) {
    const low = DECIMAL_BASE_DIGITS << k; // the remainder's digits: 9 * 2**k
    ok = writeDecimalDigits(u, limbsTrim(u, length), end, low) &&
      writeDecimalDigits(q, limbsTrim(q, n - length + 1), end - <usize>low, width - low);
  }
  scratchRelease(mark);
  return ok;
}

/** writeDecimalDigits for a small magnitude: through base 10**9, nine digits per limb of it. */
function writeDecimalDirect(p: usize, n: i32, end: usize, width: i32): bool {
  const mark = scratchMark();
  const out = scratchTake(<i64>n + <i64>(n / 14) + 2); // 32 * log10(2) / 9 < 1 + 1/14
  if (out == 0) return false;
  const size = toBase1e9(out, p, n);
  for (let i = 0; i < size - 1; i++) {
    writeDecimal(end, <u64>limbAt(out, i), DECIMAL_BASE_DIGITS);
    end -= <usize>DECIMAL_BASE_DIGITS;
  }
  const topDigits = width - (size - 1) * DECIMAL_BASE_DIGITS; // zero-pads up to width
  writeDecimal(end, <u64>limbAt(out, size - 1), topDigits);
  scratchRelease(mark);
  return true;
}

/** Converts n limbs at p to base-10**9 digits at out (least significant first); returns their count. */
function toBase1e9(out: usize, p: usize, n: i32): i32 {
  let size = 0;
  for (let i = n - 1; i >= 0; i--) {
    let carry = <u64>limbAt(p, i);
    for (let j = 0; j < size; j++) {
      // z < 10**9 * 2**32, so the quotient fits a limb.
      const z = (<u64>limbAt(out, j) << 32) | carry;
      const q = divideBy1e9(z);
      setLimb(out, j, <u32>(z - q * DECIMAL_BASE));
      carry = q;
    }
    while (carry != 0) {
      const q = carry / DECIMAL_BASE;
      setLimb(out, size++, <u32>(carry - q * DECIMAL_BASE));
      carry = q;
    }
  }
  if (size == 0) setLimb(out, size++, 0);
  return size;
}

/** z / 10**9 for z < 2**62: a float estimate, off by at most one, then corrected. */
// @ts-ignore: decorator
@inline function divideBy1e9(z: u64): u64 {
  let q = <u64>(<f64>z * 1e-9);
  let r = <i64>(z - q * DECIMAL_BASE);
  if (r < 0) q--;
  else if (r >= <i64>DECIMAL_BASE) q++;
  return q;
}

function memoryError(): usize {
  raiseEmpty(MemoryError);
  return 0;
}

/** ValueError for an int whose decimal form exceeds the limit (CPython's wording for int → str). */
function decimalLimitError(): usize {
  const sb = newBuilder(128);
  appendJs(sb, 'Exceeds the limit (');
  appendI64(sb, intMaxStrDigits);
  appendJs(sb, ' digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit');
  raiseBuilt(ValueError, sb);
  return 0;
}

/** Digits of |v| in base 2**bitsPerDigit after `head` unset characters. */
function toPowerOfTwoBase(v: Value, bitsPerDigit: i32, head: i32, upper: bool): usize {
  const n = lenOf(v);
  const p = magOf(v, SCRATCH_A);
  const bits = limbsBitLength(p, n);
  const count = bits == 0 ? 1 : <i32>((bits + bitsPerDigit - 1) / bitsPerDigit);
  const s = newStr(head + count, 1);
  if (s == 0) return memoryError();
  const chars = upper ? DIGIT_CHARS_UPPER : DIGIT_CHARS_LOWER;
  const mask = (<u32>1 << <u32>bitsPerDigit) - 1;
  const d = s + STR_DATA + <usize>head;
  for (let i = 0; i < count; i++) {
    const digit = <u32>bitsAt(p, n, <i64>i * bitsPerDigit) & mask;
    store<u8>(d + <usize>(count - 1 - i), load<u8>(chars + <usize>digit));
  }
  return s;
}

// ---- str → int ----

/**
 * int(s, base) for a str object, with CPython's errors: a bad base, the digit limit, and
 * "invalid literal for int() with base B: <repr of s>". As CPython, non-ASCII decimal digits
 * become ASCII digits and non-ASCII whitespace becomes spaces before parsing.
 */
export function intFromStr(s: usize, base: i32): Value {
  if ((base != 0 && base < 2) || base > 36) return raiseJs(ValueError, 'int() base must be >= 2 and <= 36, or 0');
  let p = strData(s);
  let n = strLength(s);
  const mark = scratchMark();
  if (!isAscii(s)) {
    p = scratchTake(<i64>(n >> 2) + 1);
    if (p == 0) return raiseEmpty(MemoryError);
    n = transformToAscii(s, p);
  }
  const v = intFromAscii(p, n, base);
  scratchRelease(mark);
  if (v == NULL && !errOccurred()) return invalidLiteral(s, base);
  return v;
}

/**
 * Writes s as ASCII at out, as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII
 * stays, non-ASCII whitespace becomes ' ', decimal digits become '0'..'9', and anything else
 * ends the text with a '?' (which the parser then rejects). Returns the length written.
 */
function transformToAscii(s: usize, out: usize): i32 {
  const n = strLength(s);
  for (let i = 0; i < n; i++) {
    const cp = charAt(s, i);
    let c: u32;
    if (cp < 127) {
      c = cp;
    } else if (isSpace(cp)) {
      c = 0x20;
    } else {
      const d = decimalValue(cp);
      if (d < 0) {
        store<u8>(out + <usize>i, 0x3F); // '?'
        return i + 1;
      }
      c = 0x30 + <u32>d;
    }
    store<u8>(out + <usize>i, <u8>c);
  }
  return n;
}

/** The value of an ASCII digit or letter (0..35), or 99. */
// @ts-ignore: decorator
@inline function digitValue(c: u32): u32 {
  if (c - 0x30 < 10) return c - 0x30;
  const lower = c | 0x20;
  if (lower - 0x61 < 26) return lower - 0x61 + 10;
  return 99;
}

// @ts-ignore: decorator
@inline function isAsciiSpace(c: u32): bool {
  return c == 0x20 || (c >= 0x09 && c <= 0x0D);
}

const UNDERSCORE: u32 = 0x5F;

/**
 * Parses an int literal from n ASCII bytes at p, as CPython's PyLong_FromString: surrounding
 * whitespace, a sign, a 0b/0o/0x prefix (base 0 infers the base from it), single underscores
 * between digits. Returns NULL *without* an exception for a syntax error (the caller words
 * the message), NULL with ValueError or MemoryError for the digit limit or memory.
 * `base` must be 0 or 2..36.
 */
export function intFromAscii(p: usize, n: i32, base: i32): Value {
  let i = 0;
  while (i < n && isAsciiSpace(load<u8>(p + <usize>i))) i++;
  let negative = false;
  if (i < n && (load<u8>(p + <usize>i) == 0x2B || load<u8>(p + <usize>i) == 0x2D)) {
    negative = load<u8>(p + <usize>i) == 0x2D;
    i++;
  }
  const c0: u32 = i < n ? load<u8>(p + <usize>i) : 0;
  const c1: u32 = i + 1 < n ? load<u8>(p + <usize>(i + 1)) | 0x20 : 0;
  let zeroOnly = false; // base 0 rejects "010": only zero may have leading zeros
  if (base == 0) {
    if (c0 != 0x30) base = 10;
    else if (c1 == 0x78) base = 16;
    else if (c1 == 0x6F) base = 8;
    else if (c1 == 0x62) base = 2;
    else {
      base = 10;
      zeroOnly = true;
    }
  }
  if (c0 == 0x30 && ((base == 16 && c1 == 0x78) || (base == 8 && c1 == 0x6F) || (base == 2 && c1 == 0x62))) {
    i += 2;
    if (i < n && load<u8>(p + <usize>i) == UNDERSCORE) i++;
  }
  if (i < n && load<u8>(p + <usize>i) == UNDERSCORE) return NULL;
  // Scan the digits, checking the underscores.
  const start = i;
  let digits: i64 = 0;
  let prev: u32 = 0;
  while (i < n) {
    const c = <u32>load<u8>(p + <usize>i);
    if (digitValue(c) < <u32>base) {
      digits++;
    } else if (c == UNDERSCORE) {
      if (prev == UNDERSCORE) return NULL;
    } else {
      break;
    }
    prev = c;
    i++;
  }
  if (prev == UNDERSCORE) return NULL;
  const powerOfTwo = (base & (base - 1)) == 0;
  if (!powerOfTwo && exceedsLimit(digits)) return literalLimitError(digits);
  if (digits == 0) return NULL;
  const end = i;
  while (i < n && isAsciiSpace(load<u8>(p + <usize>i))) i++;
  if (i != n) return NULL;
  const v = powerOfTwo ? fromPowerOfTwoDigits(p, start, end, base, digits, negative)
    : fromDigits(p, start, end, base, digits, negative);
  if (zeroOnly && v != NULL && !intIsZero(v)) return NULL;
  return v;
}

/** The value of the digits in p[start, end) (underscores skipped) in base 2, 4, 8, 16 or 32. */
function fromPowerOfTwoDigits(p: usize, start: i32, end: i32, base: i32, digits: i64, negative: bool): Value {
  const bitsPerDigit = <u32>ctz(base);
  const limbs = ((digits * bitsPerDigit) >> 5) + 1;
  const obj = newMag(limbs);
  if (obj == 0) return NULL;
  const r = bigLimbs(obj);
  let acc: u64 = 0;
  let accBits: u32 = 0;
  let k = 0;
  for (let i = end - 1; i >= start; i--) {
    const c = <u32>load<u8>(p + <usize>i);
    if (c == UNDERSCORE) continue;
    acc |= <u64>digitValue(c) << accBits;
    accBits += bitsPerDigit;
    if (accBits >= 32) {
      setLimb(r, k++, <u32>acc);
      acc >>= 32;
      accBits -= 32;
    }
  }
  if (accBits > 0) setLimb(r, k++, <u32>acc);
  return finish(obj, k, negative);
}

/** Above this many decimal digits, int(str) splits the digits (divide and conquer). */
const DECIMAL_SPLIT_DIGITS: i64 = 1200;

/** The value of the digits in p[start, end) (underscores skipped) in any base but a power of two. */
function fromDigits(p: usize, start: i32, end: i32, base: i32, digits: i64, negative: bool): Value {
  if (base == 10 && digits > DECIMAL_SPLIT_DIGITS) return fromManyDecimalDigits(p, start, end, <i32>digits, negative);
  const obj = newMag(<i64>(<f64>digits * Math.log2(<f64>base) / 32) + 2);
  if (obj == 0) return NULL;
  return finish(obj, accumulateDigits(p, start, end, base, bigLimbs(obj)), negative);
}

/**
 * r = the value of the digits in p[start, end) (underscores skipped); returns its length. The
 * digits are taken in chunks of the most that fit a limb, and r accumulates in place,
 * r = r * base**k + chunk: quadratic, for short literals.
 */
function accumulateDigits(p: usize, start: i32, end: i32, base: i32, r: usize): i32 {
  const b = <u64>base;
  let chunkScale: u64 = b;
  let chunkDigits = 1;
  while (chunkScale * b <= 0xFFFF_FFFF) {
    chunkScale *= b;
    chunkDigits++;
  }
  let len = 0;
  let chunk: u64 = 0;
  let scale: u64 = 1;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = <u32>load<u8>(p + <usize>i);
    if (c == UNDERSCORE) continue;
    chunk = chunk * b + <u64>digitValue(c);
    scale *= b;
    if (++count == chunkDigits) {
      len = mulAddLimb(r, len, <u32>scale, <u32>chunk);
      chunk = 0;
      scale = 1;
      count = 0;
    }
  }
  if (count > 0) len = mulAddLimb(r, len, <u32>scale, <u32>chunk);
  return len;
}

/** Limbs enough for any number of `digits` decimal digits, and for the products that build it. */
// @ts-ignore: decorator
@inline function limbsForDecimalDigits(digits: i32): i64 {
  return <i64>(<f64>digits * 0.10381025296523008) + 3; // log2(10) / 32
}

/** A long decimal literal: its digits without underscores go to scratch, then splitDecimal. */
function fromManyDecimalDigits(p: usize, start: i32, end: i32, digits: i32, negative: bool): Value {
  const limbs = limbsForDecimalDigits(digits);
  const obj = newMag(limbs);
  if (obj == 0) return NULL;
  const mark = scratchMark();
  const compact = scratchTake(<i64>(digits >> 2) + 1);
  let n = -1;
  if (compact != 0 && makeDecimalPowers(<i32>limbs)) {
    let k = 0;
    for (let i = start; i < end; i++) {
      const c = load<u8>(p + <usize>i);
      if (c == <u8>UNDERSCORE) continue;
      store<u8>(compact + <usize>k, c);
      k++;
    }
    n = splitDecimal(compact, digits, bigLimbs(obj));
  }
  scratchRelease(mark);
  if (n < 0) return raiseEmpty(MemoryError);
  return finish(obj, n, negative);
}

/**
 * r = the value of `count` decimal digits at d (room: limbsForDecimalDigits(count)); returns
 * its length, -1 past the memory limit. Splits off the last 9 * 2**k digits, about half:
 * r = high * 10**(9 * 2**k) + low, with Karatsuba doing the products.
 */
function splitDecimal(d: usize, count: i32, r: usize): i32 {
  if (<i64>count <= DECIMAL_SPLIT_DIGITS) return accumulateDigits(d, 0, count, 10, r);
  let k = decimalPowerCount - 1;
  while (k > 0 && (DECIMAL_BASE_DIGITS << k) * 2 > count) k--;
  const low = DECIMAL_BASE_DIGITS << k;
  const high = count - low;
  const power = <usize>load<u32>(decimalPowers + (<usize>k << 3));
  const powerLength = load<i32>(decimalPowers + (<usize>k << 3), 4);
  const mark = scratchMark();
  const h = scratchTake(limbsForDecimalDigits(high));
  const l = scratchTake(limbsForDecimalDigits(low));
  let n = -1;
  if (h != 0 && l != 0) {
    const hn = splitDecimal(d, high, h);
    const ln = hn < 0 ? -1 : splitDecimal(d + <usize>high, low, l);
    if (ln >= 0) {
      if (hn == 0) {
        limbsCopy(r, l, ln);
        n = ln;
      } else if (limbsMul(r, h, hn, power, powerLength)) {
        n = hn + powerLength;
        limbsAddTo(r, n, l, ln);
      }
    }
  }
  scratchRelease(mark);
  return n < 0 ? n : limbsTrim(r, n);
}

/** r[0..len) = r * m + c in place; returns the new length. */
function mulAddLimb(r: usize, len: i32, m: u32, c: u32): i32 {
  let top = limbsMul1(r, r, len, m);
  top += limbsAdd1(r, len, c); // top < m, so this cannot overflow
  if (len == 0) {
    setLimb(r, 0, c);
    return c == 0 ? 0 : 1;
  }
  if (top != 0) setLimb(r, len++, top);
  return len;
}

/** ValueError for a literal whose digits exceed the limit (CPython's wording for str → int). */
function literalLimitError(digits: i64): Value {
  const sb = newBuilder(160);
  appendJs(sb, 'Exceeds the limit (');
  appendI64(sb, intMaxStrDigits);
  appendJs(sb, ' digits) for integer string conversion: value has ');
  appendI64(sb, digits);
  appendJs(sb, ' digits; use sys.set_int_max_str_digits() to increase the limit');
  return raiseBuilt(ValueError, sb);
}

/** ValueError("invalid literal for int() with base B: %.200R" % s): the repr cut at 200 code points. */
function invalidLiteral(s: usize, base: i32): Value {
  const repr = strReprOf(s);
  if (repr == 0) return raiseEmpty(MemoryError);
  const sb = newBuilder(256);
  appendJs(sb, 'invalid literal for int() with base ');
  appendI64(sb, base);
  appendJs(sb, ': ');
  appendSubstring(sb, repr, 0, min(strLength(repr), 200));
  return raiseBuilt(ValueError, sb);
}

/** Raises type(the built message); returns NULL. */
function raiseBuilt(type: usize, sb: usize): Value {
  const message = finishBuilder(sb);
  if (message == 0) return raiseEmpty(MemoryError);
  return raiseStr(type, message);
}
