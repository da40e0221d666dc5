// Python values as NaN-boxed 64-bit words.
//
// A float is its own IEEE-754 bit pattern. Every bit pattern at or above 0xFFF8_0000_0000_0000
// (negative quiet NaNs) is a tagged immediate instead; float arithmetic therefore canonicalises
// NaN results to 0x7FF8_0000_0000_0000. The tag is the top 16 bits:
//   0xFFF9  int, a 48-bit two's complement payload ("small int"); larger ints are heap bigints
//   0xFFFA  special constants: NULL (the VM's "no value"), None, False, True, NotImplemented, Ellipsis
//   0xFFFC  pointer to a heap object (low 32 bits)

export type Value = u64;

export const TAG_INT: u64 = 0xFFF9;
export const TAG_SPECIAL: u64 = 0xFFFA;
export const TAG_PTR: u64 = 0xFFFC;

const INT_BITS: u64 = TAG_INT << 48;
const PTR_BITS: u64 = TAG_PTR << 48;
const PAYLOAD_MASK: u64 = 0x0000_FFFF_FFFF_FFFF;

export const NULL: Value = 0xFFFA_0000_0000_0000;
export const NONE: Value = 0xFFFA_0000_0000_0001;
export const FALSE: Value = 0xFFFA_0000_0000_0002;
export const TRUE: Value = 0xFFFA_0000_0000_0003;
export const NOT_IMPLEMENTED: Value = 0xFFFA_0000_0000_0004;
export const ELLIPSIS: Value = 0xFFFA_0000_0000_0005;

/** The one NaN a float value may hold. */
export const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;
const FIRST_TAGGED: u64 = 0xFFF8_0000_0000_0000;

/** Small ints span [-2**47, 2**47). */
export const SMALL_INT_MIN: i64 = -(1 << 47);
export const SMALL_INT_MAX: i64 = (1 << 47) - 1;

// @ts-ignore: decorator
@inline export function tagOf(v: Value): u64 {
  return v >> 48;
}

// @ts-ignore: decorator
@inline export function isFloat(v: Value): bool {
  return v < FIRST_TAGGED;
}

// @ts-ignore: decorator
@inline export function isSmallInt(v: Value): bool {
  return (v >> 48) == TAG_INT;
}

// @ts-ignore: decorator
@inline export function isPtr(v: Value): bool {
  return (v >> 48) == TAG_PTR;
}

// @ts-ignore: decorator
@inline export function isNull(v: Value): bool {
  return v == NULL;
}

// @ts-ignore: decorator
@inline export function bothSmallInts(a: Value, b: Value): bool {
  // One test for both: no tag in use has the int tag's bits and more.
  return ((a & b) >> 48) == TAG_INT;
}

/**
 * Whether both are floats, in one test. It may answer false for two floats (a negative one of
 * huge magnitude or -inf with some others): callers must take their general path then.
 */
// @ts-ignore: decorator
@inline export function surelyBothFloats(a: Value, b: Value): bool {
  return (a | b) < FIRST_TAGGED;
}

/** The payload of a small int, sign-extended. */
// @ts-ignore: decorator
@inline export function intOf(v: Value): i64 {
  return (<i64>(v << 16)) >> 16;
}

/** Boxes an i64 known to fit in 48 bits. */
// @ts-ignore: decorator
@inline export function smallInt(n: i64): Value {
  return (<u64>n & PAYLOAD_MASK) | INT_BITS;
}

// @ts-ignore: decorator
@inline export function fitsSmallInt(n: i64): bool {
  return ((n << 16) >> 16) == n;
}

/** The small int n, or NULL when it needs a bigint (callers' general paths make it). */
// @ts-ignore: decorator
@inline export function smallIntOrNull(n: i64): Value {
  return fitsSmallInt(n) ? smallInt(n) : NULL;
}

// @ts-ignore: decorator
@inline export function floatOf(v: Value): f64 {
  return reinterpret<f64>(v);
}

/** Boxes a float, canonicalising NaN. */
// @ts-ignore: decorator
@inline export function floatValue(x: f64): Value {
  return x != x ? CANONICAL_NAN : reinterpret<u64>(x);
}

// @ts-ignore: decorator
@inline export function ptrOf(v: Value): usize {
  return <usize>(<u32>v);
}

// @ts-ignore: decorator
@inline export function ptrValue(p: usize): Value {
  return <u64>p | PTR_BITS;
}

// @ts-ignore: decorator
@inline export function boolValue(b: bool): Value {
  return b ? TRUE : FALSE;
}
