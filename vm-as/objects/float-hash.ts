// hash(float): CPython's numeric hash (modulo the Mersenne prime 2**61 - 1), so that equal
// numbers hash alike across int and float, and sets of floats iterate in CPython's order.

export const HASH_BITS: i32 = 61;
export const HASH_MODULUS: u64 = (1 << 61) - 1;
export const HASH_INF: i64 = 314159;

/** Splits x into a mantissa in [0.5, 1) (with x's sign) and a power of two. */
export function frexp(x: f64, exponent: usize): f64 {
  if (x == 0 || !isFinite(x)) {
    store<i32>(exponent, 0);
    return x;
  }
  let bits = reinterpret<u64>(x);
  let e = <i32>((bits >> 52) & 0x7FF);
  let adjust = 0;
  if (e == 0) {
    // subnormal: scale into the normal range first
    x *= 18014398509481984.0; // 2**54
    bits = reinterpret<u64>(x);
    e = <i32>((bits >> 52) & 0x7FF);
    adjust = -54;
  }
  store<i32>(exponent, e - 1022 + adjust);
  return reinterpret<f64>((bits & 0x800FFFFFFFFFFFFF) | (<u64>1022 << 52));
}

export function hashFloat(v: f64): i64 {
  if (!isFinite(v)) {
    if (isNaN(v)) return 0; // CPython hashes NaN by identity; ours are all the same value
    return v > 0 ? HASH_INF : -HASH_INF;
  }
  const eAt = memory.data(4);
  let m = frexp(v, eAt);
  let e = load<i32>(eAt);
  let sign: i64 = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  let x: u64 = 0;
  while (m != 0) {
    x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
    m *= 268435456.0; // 2**28
    e -= 28;
    const y = <u64>m;
    m -= <f64>y;
    x += y;
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
  let h = <i64>x * sign;
  if (h == -1) h = -2;
  return h;
}
