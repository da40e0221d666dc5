// Arbitrary-precision integers: the heap layout of the ints beyond the small-int range, and the
// arithmetic on their magnitudes. Magnitudes are little-endian arrays of base-2**32 limbs; the
// routines here work on raw limb pointers and lengths (in the style of GMP's mpn layer), so the
// same code serves heap ints, small ints spilled into scratch limbs, and temporary buffers.
// int.ts builds Python's int semantics (signs, normalisation, errors) on top.
//
// Layout (kind KIND_BIGINT, type int):
//   +8  i32 size      signed limb count, negative for a negative number (as CPython's ob_size)
//   +12 u32 capacity  limbs the object has room for
//   +16 u32 limbs[capacity]
// A finished int has a nonzero top limb and never fits a small int (int.ts normalises), so
// equal ints are always represented the same way.
//
// Only the routines that say so allocate; they return 0 / false when the memory limit refuses,
// and the caller raises MemoryError.

import { allocChecked } from '../heap';
import { KIND_BIGINT, KIND_RAW } from '../object';

export const BIG_SIZE: usize = 8;
export const BIG_CAPACITY: usize = 12;
export const BIG_LIMBS: usize = 16;

/** The magnitude 1, for decrementing in place. */
// @ts-ignore: decorator
@lazy const ONE: usize = memory.data<u32>([1]);

/** More limbs than any heap can hold (keeps byte sizes within 32 bits). */
const MAX_LIMBS: i64 = 0x3FFF_FFF0;

/** Below this many limbs in the shorter operand, schoolbook multiplication beats Karatsuba. */
const KARATSUBA_THRESHOLD: i32 = 32;
/** Below this many limbs in the divisor or the quotient, division is Knuth's (else recursive). */
const RECURSIVE_DIVISION_THRESHOLD: i32 = 40;

/** The int type; set when the builtin types are created. */
export let intType: usize = 0;
export function setIntType(t: usize): void {
  intType = t;
}

// ---- objects ----

/** An int object with room for `limbs` limbs (int.ts does not rely on their contents); 0 past the memory limit. */
export function bigAlloc(limbs: i64): usize {
  if (limbs > MAX_LIMBS) return 0;
  const p = allocChecked(BIG_LIMBS + (<usize>limbs << 2), intType, KIND_BIGINT);
  if (p != 0) store<u32>(p + BIG_CAPACITY, <u32>limbs);
  return p;
}

// ---- scratch ----
//
// Workspaces of one operation come from a static area, taken and released like a stack: it
// is reused from operation to operation, so it stays in the cache and makes no garbage. A
// workspace that does not fit is allocated instead (a KIND_RAW object that becomes garbage).
// Whoever takes scratch releases it (scratchRelease(mark)) before returning.

const STATIC_SCRATCH_LIMBS: i64 = 16384;
// @ts-ignore: decorator
@lazy const staticScratch: usize = memory.data(<i32>STATIC_SCRATCH_LIMBS << 2, 16);
let scratchUsed: i64 = 0;

/** Scratch for `limbs` limbs, contents undefined; 0 past the memory limit. */
export function scratchTake(limbs: i64): usize {
  if (scratchUsed + limbs <= STATIC_SCRATCH_LIMBS) {
    const p = staticScratch + (<usize>scratchUsed << 2);
    scratchUsed += limbs;
    return p;
  }
  if (limbs > MAX_LIMBS) return 0;
  const p = allocChecked(BIG_LIMBS + (<usize>limbs << 2), 0, KIND_RAW);
  return p == 0 ? 0 : p + BIG_LIMBS;
}

export function scratchMark(): i64 {
  return scratchUsed;
}

/** Gives back everything taken since the mark. */
export function scratchRelease(mark: i64): void {
  scratchUsed = mark;
}

// @ts-ignore: decorator
@inline export function bigLimbs(p: usize): usize {
  return p + BIG_LIMBS;
}

// @ts-ignore: decorator
@inline export function bigSize(p: usize): i32 {
  return load<i32>(p + BIG_SIZE);
}

// @ts-ignore: decorator
@inline export function bigSetSize(p: usize, size: i32): void {
  store<i32>(p + BIG_SIZE, size);
}

// ---- limb access ----

// @ts-ignore: decorator
@inline export function limbAt(p: usize, i: i32): u32 {
  return load<u32>(p + (<usize>i << 2));
}

// @ts-ignore: decorator
@inline export function setLimb(p: usize, i: i32, v: u32): void {
  store<u32>(p + (<usize>i << 2), v);
}

// @ts-ignore: decorator
@inline export function limbPtr(p: usize, i: i32): usize {
  return p + (<usize>i << 2);
}

/** The length of a magnitude without its leading zero limbs. */
export function limbsTrim(p: usize, n: i32): i32 {
  while (n > 0 && limbAt(p, n - 1) == 0) n--;
  return n;
}

export function limbsCopy(r: usize, a: usize, n: i32): void {
  memory.copy(r, a, <usize>n << 2);
}

export function limbsZero(r: usize, n: i32): void {
  memory.fill(r, 0, <usize>n << 2);
}

/** Compares two trimmed magnitudes: -1, 0 or 1. */
export function limbsCompare(a: usize, an: i32, b: usize, bn: i32): i32 {
  if (an != bn) return an < bn ? -1 : 1;
  for (let i = an - 1; i >= 0; i--) {
    const x = limbAt(a, i);
    const y = limbAt(b, i);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The number of significant bits of a trimmed magnitude. */
export function limbsBitLength(a: usize, n: i32): i64 {
  if (n == 0) return 0;
  return (<i64>(n - 1) << 5) + <i64>(32 - clz(limbAt(a, n - 1)));
}

// ---- addition and subtraction (r may be a or b) ----

/** r = a + b over n limbs each; returns the carry. Two limbs a step, as 64-bit words. */
export function limbsAddN(r: usize, a: usize, b: usize, n: i32): u32 {
  let carry: u64 = 0;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const x = load<u64>(limbPtr(a, i));
    const s = x + load<u64>(limbPtr(b, i));
    const t = s + carry;
    store<u64>(limbPtr(r, i), t);
    carry = <u64>(s < x) | <u64>(t < s);
  }
  if (i < n) {
    const s = <u64>limbAt(a, i) + <u64>limbAt(b, i) + carry;
    setLimb(r, i, <u32>s);
    carry = s >> 32;
  }
  return <u32>carry;
}

/** r = a + b where an >= bn; r has an limbs; returns the carry out of the top. */
export function limbsAdd(r: usize, a: usize, an: i32, b: usize, bn: i32): u32 {
  let carry = limbsAddN(r, a, b, bn);
  let i = bn;
  for (; carry != 0 && i < an; i++) {
    const s = <u64>limbAt(a, i) + 1;
    setLimb(r, i, <u32>s);
    carry = <u32>(s >> 32);
  }
  if (r != a) limbsCopy(limbPtr(r, i), limbPtr(a, i), an - i);
  return carry;
}

/** r[0..rn) += t[0..tn) in place (tn <= rn), stopping as soon as the carry dies; returns the carry out. */
export function limbsAddTo(r: usize, rn: i32, t: usize, tn: i32): u32 {
  let carry = limbsAddN(r, r, t, tn);
  for (let i = tn; carry != 0 && i < rn; i++) {
    const s = <u64>limbAt(r, i) + 1;
    setLimb(r, i, <u32>s);
    carry = <u32>(s >> 32);
  }
  return carry;
}

/** r = a - b over n limbs each; returns the borrow. Two limbs a step, as 64-bit words. */
export function limbsSubN(r: usize, a: usize, b: usize, n: i32): u32 {
  let borrow: u64 = 0;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const x = load<u64>(limbPtr(a, i));
    const y = load<u64>(limbPtr(b, i));
    const d = x - y;
    store<u64>(limbPtr(r, i), d - borrow);
    borrow = <u64>(x < y) | <u64>(d < borrow);
  }
  if (i < n) {
    const d = <u64>limbAt(a, i) - <u64>limbAt(b, i) - borrow;
    setLimb(r, i, <u32>d);
    borrow = (d >> 32) & 1;
  }
  return <u32>borrow;
}

/** r = a - b where an >= bn; r has an limbs; returns the borrow out of the top. */
export function limbsSub(r: usize, a: usize, an: i32, b: usize, bn: i32): u32 {
  let borrow = limbsSubN(r, a, b, bn);
  let i = bn;
  for (; borrow != 0 && i < an; i++) {
    const x = limbAt(a, i);
    setLimb(r, i, x - 1);
    borrow = <u32>(x == 0);
  }
  if (r != a) limbsCopy(limbPtr(r, i), limbPtr(a, i), an - i);
  return borrow;
}

/** r[0..rn) -= t[0..tn) in place (tn <= rn), stopping as soon as the borrow dies. */
export function limbsSubFrom(r: usize, rn: i32, t: usize, tn: i32): u32 {
  let borrow = limbsSubN(r, r, t, tn);
  for (let i = tn; borrow != 0 && i < rn; i++) {
    const x = limbAt(r, i);
    setLimb(r, i, x - 1);
    borrow = <u32>(x == 0);
  }
  return borrow;
}

/** Adds a single limb in place over n limbs; returns the carry out. */
export function limbsAdd1(r: usize, n: i32, x: u32): u32 {
  let carry = x;
  for (let i = 0; carry != 0 && i < n; i++) {
    const s = <u64>limbAt(r, i) + <u64>carry;
    setLimb(r, i, <u32>s);
    carry = <u32>(s >> 32);
  }
  return carry;
}

// ---- multiplication by one limb ----

/** r = a * m over n limbs (r may be a); returns the top limb. Two limbs a step, as 64-bit words. */
export function limbsMul1(r: usize, a: usize, n: i32, m: u32): u32 {
  let carry: u64 = 0;
  const mm = <u64>m;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const x = load<u64>(limbPtr(a, i));
    const low = (x & 0xFFFF_FFFF) * mm + carry;
    const high = (x >> 32) * mm + (low >> 32);
    store<u64>(limbPtr(r, i), (low & 0xFFFF_FFFF) | (high << 32));
    carry = high >> 32;
  }
  if (i < n) {
    const t = <u64>limbAt(a, i) * mm + carry;
    setLimb(r, i, <u32>t);
    carry = t >> 32;
  }
  return <u32>carry;
}

/** r += a * m over n limbs; returns the limb that carries out (to add at r[n]). */
export function limbsAddMul1(r: usize, a: usize, n: i32, m: u32): u32 {
  let carry: u64 = 0;
  const mm = <u64>m;
  for (let i = 0; i < n; i++) {
    const t = <u64>limbAt(a, i) * mm + <u64>limbAt(r, i) + carry; // < 2**64: (B-1)**2 + 2(B-1)
    setLimb(r, i, <u32>t);
    carry = t >> 32;
  }
  return <u32>carry;
}

/** r -= a * m over n limbs; returns the limb to subtract from r[n]. */
export function limbsSubMul1(r: usize, a: usize, n: i32, m: u32): u32 {
  let carry: u64 = 0;
  const mm = <u64>m;
  for (let i = 0; i < n; i++) {
    const t = <u64>limbAt(a, i) * mm + carry;
    const lo = <u32>t;
    const x = limbAt(r, i);
    carry = (t >> 32) + <u64>(x < lo);
    setLimb(r, i, x - lo);
  }
  return <u32>carry;
}

// ---- division by one limb ----

/**
 * q = a / d over n limbs (q may be a; q = 0 to drop the quotient); returns the remainder.
 * Each step divides a 64-bit number whose high half is below d, through a float estimate of
 * the quotient corrected by at most one (Wasm's 64-bit division is several times slower).
 */
export function limbsDivRem1(q: usize, a: usize, n: i32, d: u32): u32 {
  const dd = <u64>d;
  const inv = 1.0 / <f64>d;
  let r: u64 = 0;
  for (let i = n - 1; i >= 0; i--) {
    const z = (r << 32) | <u64>limbAt(a, i);
    let qi = <u64>(<f64>z * inv);
    let rem = <i64>(z - qi * dd);
    if (rem < 0) {
      qi--;
      rem += <i64>dd;
    } else if (rem >= <i64>dd) {
      qi++;
      rem -= <i64>dd;
    }
    if (q != 0) setLimb(q, i, <u32>qi);
    r = <u64>rem;
  }
  return <u32>r;
}

// ---- shifts by less than a limb ----

/** r = a << s over n limbs, 0 <= s < 32 (r may be a); returns the bits shifted out. */
export function limbsShl(r: usize, a: usize, n: i32, s: u32): u32 {
  if (s == 0) {
    if (r != a) limbsCopy(r, a, n);
    return 0;
  }
  if (n == 0) return 0;
  const back = 32 - s;
  let high = limbAt(a, n - 1);
  const out = high >> back;
  for (let i = n - 1; i > 0; i--) {
    const low = limbAt(a, i - 1);
    setLimb(r, i, (high << s) | (low >> back));
    high = low;
  }
  setLimb(r, 0, high << s);
  return out;
}

/** r = a >> s over n limbs, 0 <= s < 32 (r may be a); returns the bits shifted out, at the top of a limb. */
export function limbsShr(r: usize, a: usize, n: i32, s: u32): u32 {
  if (s == 0) {
    if (r != a) limbsCopy(r, a, n);
    return 0;
  }
  if (n == 0) return 0;
  const back = 32 - s;
  let low = limbAt(a, 0);
  const out = low << back;
  for (let i = 0; i < n - 1; i++) {
    const high = limbAt(a, i + 1);
    setLimb(r, i, (low >> s) | (high << back));
    low = high;
  }
  setLimb(r, n - 1, low >> s);
  return out;
}

// ---- multiplication ----

/** r[0..an+bn) = a * b, schoolbook; r must not overlap a or b. */
function mulBasecase(r: usize, a: usize, an: i32, b: usize, bn: i32): void {
  setLimb(r, an, limbsMul1(r, a, an, limbAt(b, 0)));
  for (let j = 1; j < bn; j++) {
    setLimb(r, an + j, limbsAddMul1(limbPtr(r, j), a, an, limbAt(b, j)));
  }
}

/** r[0..2n) = a * a, schoolbook: each cross product once, doubled, plus the squares. */
function sqrBasecase(r: usize, a: usize, n: i32): void {
  limbsZero(r, 2 * n);
  for (let i = 0; i < n - 1; i++) {
    setLimb(r, i + n, limbsAddMul1(limbPtr(r, 2 * i + 1), limbPtr(a, i + 1), n - i - 1, limbAt(a, i)));
  }
  limbsShl(r, r, 2 * n, 1);
  let carry: u64 = 0;
  for (let i = 0; i < n; i++) {
    const x = <u64>limbAt(a, i);
    const sq = x * x;
    const lo = <u64>limbAt(r, 2 * i) + (sq & 0xFFFF_FFFF) + carry;
    setLimb(r, 2 * i, <u32>lo);
    const hi = <u64>limbAt(r, 2 * i + 1) + (sq >> 32) + (lo >> 32);
    setLimb(r, 2 * i + 1, <u32>hi);
    carry = hi >> 32;
  }
}

/**
 * Scratch limbs the multiplication of an an-limb number (the longer operand) needs. Each
 * Karatsuba level takes 4m limbs for its sums and middle product, m = ceil(n/2) + 1, and
 * recurses on m; the other recursive calls (on shorter operands, or the lopsided chunks)
 * need no more than that.
 */
function mulScratchLimbs(an: i32): i64 {
  let total: i64 = 0;
  let n = an;
  while (n >= KARATSUBA_THRESHOLD) {
    const m = n - (n >> 1) + 1;
    total += 4 * <i64>m;
    n = m;
  }
  return total;
}

/** r[0..an+bn) = a * b with an >= bn >= 1; r must not overlap a, b or the scratch s. */
function mulInto(r: usize, a: usize, an: i32, b: usize, bn: i32, s: usize): void {
  if (bn < KARATSUBA_THRESHOLD) {
    if (a == b && an == bn) sqrBasecase(r, a, an);
    else mulBasecase(r, a, an, b, bn);
  } else if (a == b && an == bn) {
    karatsubaSqr(r, a, an, s);
  } else if (2 * bn <= an) {
    mulLopsided(r, a, an, b, bn, s);
  } else {
    karatsuba(r, a, an, b, bn, s);
  }
}

/**
 * Karatsuba: with a = a1*B^h + a0 and b = b1*B^h + b0, a*b = z2*B^2h + z1*B^h + z0 where
 * z1 = (a0 + a1)(b0 + b1) - z0 - z2: three half-size products instead of four.
 * Needs bn > an/2 so that b1 is not empty.
 */
function karatsuba(r: usize, a: usize, an: i32, b: usize, bn: i32, s: usize): void {
  const h = an >> 1;
  const la = an - h; // limbs of a1 (>= h)
  const lb = bn - h; // limbs of b1 (>= 1, <= la)
  const a1 = limbPtr(a, h);
  const b1 = limbPtr(b, h);
  mulInto(r, a, h, b, h, s); // z0 → r[0, 2h)
  mulInto(limbPtr(r, 2 * h), a1, la, b1, lb, s); // z2 → r[2h, an + bn)

  const m = la + 1;
  const sa = s;
  const sb = limbPtr(s, m);
  const p = limbPtr(s, 2 * m);
  setLimb(sa, la, limbsAdd(sa, a1, la, a, h));
  let sbn: i32;
  if (lb >= h) {
    setLimb(sb, lb, limbsAdd(sb, b1, lb, b, h));
    sbn = lb + 1;
  } else {
    setLimb(sb, h, limbsAdd(sb, b, h, b1, lb));
    sbn = h + 1;
  }
  mulInto(p, sa, m, sb, sbn, limbPtr(s, 4 * m));
  const pn = m + sbn;
  limbsSubFrom(p, pn, r, 2 * h);
  limbsSubFrom(p, pn, limbPtr(r, 2 * h), la + lb);
  // z1 < B^(an+bn-h): the limbs of p above that are zero.
  const rest = an + bn - h;
  limbsAddTo(limbPtr(r, h), rest, p, min(pn, rest));
}

/** Karatsuba squaring: z1 = (a0 + a1)^2 - z0 - z2. */
function karatsubaSqr(r: usize, a: usize, n: i32, s: usize): void {
  const h = n >> 1;
  const la = n - h;
  const a1 = limbPtr(a, h);
  mulInto(r, a, h, a, h, s);
  mulInto(limbPtr(r, 2 * h), a1, la, a1, la, s);

  const m = la + 1;
  const sa = s;
  const p = limbPtr(s, m);
  setLimb(sa, la, limbsAdd(sa, a1, la, a, h));
  mulInto(p, sa, m, sa, m, limbPtr(s, 3 * m));
  const pn = 2 * m;
  limbsSubFrom(p, pn, r, 2 * h);
  limbsSubFrom(p, pn, limbPtr(r, 2 * h), 2 * la);
  const rest = 2 * n - h;
  limbsAddTo(limbPtr(r, h), rest, p, min(pn, rest));
}

/** a much longer than b: multiplies b by bn-limb slices of a, each a balanced product. */
function mulLopsided(r: usize, a: usize, an: i32, b: usize, bn: i32, s: usize): void {
  const t = s;
  const rest = limbPtr(s, 2 * bn);
  mulInto(r, a, bn, b, bn, rest);
  limbsZero(limbPtr(r, 2 * bn), an - bn);
  for (let off = bn; off < an; off += bn) {
    const chunk = min(bn, an - off);
    mulInto(t, b, bn, limbPtr(a, off), chunk, rest);
    limbsAddTo(limbPtr(r, off), an + bn - off, t, bn + chunk);
  }
}

/**
 * r[0..an+bn) = a * b for any an, bn >= 1 (squaring when a == b and an == bn). r must not
 * overlap a or b. Allocates scratch for large operands: false past the memory limit.
 */
export function limbsMul(r: usize, a: usize, an: i32, b: usize, bn: i32): bool {
  if (an < bn) {
    const t = a;
    a = b;
    b = t;
    const tn = an;
    an = bn;
    bn = tn;
  }
  if (bn == 1) {
    setLimb(r, an, limbsMul1(r, a, an, limbAt(b, 0)));
    return true;
  }
  if (bn < KARATSUBA_THRESHOLD) {
    mulInto(r, a, an, b, bn, 0);
    return true;
  }
  const mark = scratchMark();
  const s = scratchTake(mulScratchLimbs(an));
  if (s != 0) mulInto(r, a, an, b, bn, s);
  scratchRelease(mark);
  return s != 0;
}

// ---- division ----

/** Limb i of a magnitude shifted left by s bits (0 <= s < 32), reading limb i - 1 as 0 when i = 0. */
// @ts-ignore: decorator
@inline function shiftedLimb(p: usize, i: i32, s: u64): u64 {
  const pair = (<u64>limbAt(p, i) << 32) | (i > 0 ? <u64>limbAt(p, i - 1) : 0);
  return ((pair << s) >> 32) & 0xFFFF_FFFF;
}

/**
 * Division in place: u[0..an] (an + 1 limbs) by b (bn >= 2 limbs, top limb nonzero, an >= bn),
 * when the quotient fits an - bn + 1 limbs (as it does when u[an] = 0). Writes the quotient to
 * q (unless q is 0) and leaves the remainder in u[0..bn), zeros above. Long divisions with
 * long quotients go recursive (subquadratic); the rest is Knuth's algorithm D. Allocates
 * scratch for the recursive case: false past the memory limit.
 */
export function limbsDivRem(q: usize, u: usize, an: i32, b: usize, bn: i32): bool {
  if (bn < RECURSIVE_DIVISION_THRESHOLD || an - bn + 1 < RECURSIVE_DIVISION_THRESHOLD) {
    divRemKnuth(q, u, an, b, bn);
    return true;
  }
  // The recursion's correction steps need b normalised (top bit set): shift both.
  const shift = <u32>clz(limbAt(b, bn - 1));
  const qn = an - bn + 1;
  const mark = scratchMark();
  const v = scratchTake(bn);
  const w = scratchTake(<i64>an + 1);
  const quotient = q != 0 ? q : scratchTake(qn);
  let ok = v != 0 && w != 0 && quotient != 0;
  if (ok) {
    limbsShl(v, b, bn, shift);
    limbsShl(w, u, an + 1, shift); // the quotient fits, so nothing is shifted out of u[an]
    ok = divRemRecursive(quotient, w, an, v, bn);
  }
  if (ok) {
    limbsShr(u, w, bn, shift);
    limbsZero(limbPtr(u, bn), an + 1 - bn);
  }
  scratchRelease(mark);
  return ok;
}

/**
 * Knuth's algorithm D, in place, with limbsDivRem's contract (no allocation).
 *
 * Each quotient limb is estimated from the top three limbs of the remainder and the top two
 * of b, as if both were shifted left until b's top bit is set (Knuth's normalisation): that
 * makes the estimate at most two too high, and the test against the next limb leaves at
 * most one, fixed by adding b back. Only the estimate needs the shifted view, so it is
 * computed on the fly and the operands are never shifted.
 */
function divRemKnuth(q: usize, u: usize, an: i32, b: usize, bn: i32): void {
  const shift = <u64>clz(limbAt(b, bn - 1));
  const vTop = shiftedLimb(b, bn - 1, shift);
  const vNext = shiftedLimb(b, bn - 2, shift);
  for (let j = an - bn; j >= 0; j--) {
    const top = <u64>limbAt(u, j + bn);
    const num = (shiftedLimb(u, j + bn, shift) << 32) | shiftedLimb(u, j + bn - 1, shift);
    let qhat = num / vTop;
    let rhat = num - qhat * vTop;
    const below = shiftedLimb(u, j + bn - 2, shift);
    while (qhat > 0xFFFF_FFFF || qhat * vNext > ((rhat << 32) | below)) {
      qhat--;
      rhat += vTop;
      if (rhat > 0xFFFF_FFFF) break;
    }
    const window = limbPtr(u, j);
    const borrow = <u64>limbsSubMul1(window, b, bn, <u32>qhat);
    if (borrow > top) {
      qhat--;
      setLimb(window, bn, <u32>(top - borrow + <u64>limbsAddN(window, window, b, bn)));
    } else {
      setLimb(window, bn, <u32>(top - borrow));
    }
    if (q != 0) setLimb(q, j, <u32>qhat);
  }
}

/**
 * limbsDivRem's recursive case, for a normalised v: the quotient goes by blocks of bn limbs
 * from the top, each a balanced division.
 */
function divRemRecursive(q: usize, w: usize, an: i32, v: usize, bn: i32): bool {
  const qn = an - bn + 1;
  let low = qn;
  while (low > 0) {
    const size = low % bn == 0 ? bn : low % bn; // the top block takes the odd part
    low -= size;
    if (!divRemBalanced(limbPtr(q, low), limbPtr(w, low), bn + size - 1, v, bn)) return false;
  }
  return true;
}

/**
 * Recursive division (Brent and Zimmermann's RecursiveDivRem, after Burnikel and Ziegler) of
 * w[0..an] by the normalised v, with a quotient of m = an - bn + 1 <= bn limbs: the top half
 * of the quotient comes from dividing by v's top limbs only, then the product with v's low
 * limbs is subtracted (at most two add-backs fix an estimate that was too high); likewise
 * for the low half. Two half-size divisions and two products: O(M(n) log n).
 */
function divRemBalanced(q: usize, w: usize, an: i32, v: usize, bn: i32): bool {
  const m = an - bn + 1;
  if (m < RECURSIVE_DIVISION_THRESHOLD || bn < RECURSIVE_DIVISION_THRESHOLD) {
    divRemKnuth(q, w, an, v, bn);
    return true;
  }
  const k = m >> 1;
  const vHigh = limbPtr(v, k);
  // High half: w div B^2k by v div B^k; then subtract q1 * (v mod B^k) * B^k.
  if (!divideByTop(limbPtr(q, k), limbPtr(w, 2 * k), an - 2 * k, vHigh, bn - k)) return false;
  if (!subtractProduct(limbPtr(w, k), an + 1 - k, limbPtr(q, k), m - k, v, k, bn, limbPtr(q, k), m - k)) return false;
  // Low half: (w div B^k) by v div B^k, for k quotient limbs; then subtract q0 * (v mod B^k).
  if (!divideByTop(q, limbPtr(w, k), bn - 1, vHigh, bn - k)) return false;
  return subtractProduct(w, an + 1, q, k, v, k, bn, q, m);
}

/**
 * A half of divRemBalanced: w[0..an] by the top limbs of the divisor, v (bn limbs), for
 * m = an - bn + 1 quotient limbs. The top bn limbs of w are at most v; when they are equal the
 * quotient would need one more limb, and the estimate is B^m - 1 instead (as Burnikel and
 * Ziegler do): w = v * B^m + low becomes low + v. The caller's correction step absorbs it.
 */
function divideByTop(q: usize, w: usize, an: i32, v: usize, bn: i32): bool {
  const m = an - bn + 1;
  if (limbsCompare(limbPtr(w, m), bn, v, bn) < 0) return divRemBalanced(q, w, an, v, bn);
  memory.fill(q, 0xFF, <usize>m << 2);
  limbsZero(limbPtr(w, m), bn);
  limbsAddTo(w, an + 1, v, bn);
  return true;
}

/**
 * w[0..wn) -= x * v[0..vLow), then, while that went negative, w += v (bn limbs) and the
 * quotient limbs qd[0..qdn) lose one. False past the memory limit.
 */
function subtractProduct(w: usize, wn: i32, x: usize, xn: i32, v: usize, vLow: i32, bn: i32, qd: usize, qdn: i32): bool {
  const mark = scratchMark();
  const t = scratchTake(<i64>xn + vLow);
  const ok = t != 0 && limbsMul(t, x, xn, v, vLow);
  if (ok) {
    let negative = limbsSubFrom(w, wn, t, limbsTrim(t, xn + vLow)) != 0;
    while (negative) {
      limbsSubFrom(qd, qdn, ONE, 1);
      negative = limbsAddTo(w, wn, v, bn) == 0;
    }
  }
  scratchRelease(mark);
  return ok;
}
