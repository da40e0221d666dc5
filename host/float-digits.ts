// Decimal digits of a float for the VM's float formatting (the `floatDigits` import), as
// CPython's _Py_dg_dtoa produces them: correctly rounded, ties to even.
//
// JS's toExponential/toFixed round the exact binary value correctly except on exact decimal
// ties, which they round away from zero (Python rounds half to even: format(2.5, '.0f') is
// '2'). A tie needs the exact expansion of x to end one digit past the rounding position, which
// is cheap to rule out from x's binary exponent; only then (and for precisions JS refuses) are
// the exact digits computed with BigInt.
//
// This runs for every float repr and format, so the common path allocates nothing but JS's own
// text and writes the digits straight into the VM's memory.

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1; // index of the low word

/** The decimal point position of the last result: the value is 0.DIGITS × 10**decpt. */
export let decpt = 0;

/** The binary exponent e of x = m × 2**e with m odd (x finite, > 0). */
function oddExponent(x: number): number {
  bits[0] = x;
  const lo = words[LOW];
  const hi = words[1 - LOW];
  const biased = (hi >>> 20) & 0x7ff;
  const e = biased === 0 ? -1074 : biased - 1075;
  if (lo !== 0) return e + 31 - Math.clz32(lo & -lo);
  const top = (hi & 0xfffff) | (biased === 0 ? 0 : 0x100000);
  return e + 32 + 31 - Math.clz32(top & -top);
}

/** Whether rounding x to a multiple of 10**p could be an exact tie (true may be a false alarm). */
function mayBeTie(x: number, p: number): boolean {
  const e = oddExponent(x);
  // A non-integer's exact expansion ends with a 5 at 10**e; an integer tie needs x = odd × 5**p × 2**(p-1) < 2**75.
  return e < 0 ? p - 1 === e : p >= 1 && x < 2 ** 75;
}

/**
 * Writes the significant digits of a toExponential/toFixed text ("1.2500e+3", "0.0012") at
 * out[at…] without leading or trailing zeros, sets decpt, and returns their count.
 */
function writeText(text: string, out: Uint8Array, at: number): number {
  let end = text.length;
  let point = -1;
  let exponent = 0;
  for (let j = 0; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 46) {
      point = j;
    } else if (c === 101) {
      exponent = Number(text.slice(j + 1));
      end = j;
    }
  }
  if (point < 0) point = end;
  // The text's digits D (the point removed) make the value 0.D × 10**(point + exponent).
  let leadingZeros = 0;
  let count = 0;
  let significant = 0;
  for (let j = 0; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 46) continue;
    if (count === 0 && c === 48) {
      leadingZeros++;
      continue;
    }
    out[at + count++] = c;
    if (c !== 48) significant = count;
  }
  decpt = point + exponent - leadingZeros;
  return significant;
}

/** The exact decimal expansion of x (finite, > 0): its digits without trailing zeros; sets decpt. */
function exactDigits(x: number): string {
  const e = oddExponent(x);
  const m = BigInt(x / 2 ** e); // exact: x / 2**e is an odd integer below 2**53
  const s = e >= 0 ? (m << BigInt(e)).toString() : (m * 5n ** BigInt(-e)).toString();
  decpt = e >= 0 ? s.length : s.length + e;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}

/** Keeps the first `keep` digits, rounding half to even; may change decpt. */
function roundHalfEven(digits: string, keep: number): string {
  if (keep >= digits.length) return digits;
  if (keep < 0) return '';
  const next = digits.charCodeAt(keep) - 48;
  const moreAfter = keep + 1 < digits.length;
  const lastOdd = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  let kept = digits.slice(0, keep);
  if (next > 5 || (next === 5 && (moreAfter || lastOdd))) {
    let i = kept.length - 1;
    while (i >= 0 && kept.charCodeAt(i) === 57) i--;
    if (i < 0) {
      decpt++;
      return '1';
    }
    return kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  let end = kept.length;
  while (end > 0 && kept.charCodeAt(end - 1) === 48) end--;
  kept = kept.slice(0, end);
  return kept;
}

function writeDigits(digits: string, out: Uint8Array, at: number): number {
  for (let i = 0; i < digits.length; i++) out[at + i] = digits.charCodeAt(i);
  return digits.length;
}

/**
 * Writes the digits of x (finite, >= 0) at out[at…] and returns their count; decpt is set.
 * mode 0: the shortest digits that round-trip; mode 2: `ndigits` (>= 1) significant digits;
 * mode 3: digits up to 10**-ndigits (ndigits may be negative). No trailing zeros. A mode-3
 * result that rounds to zero has no digits and decpt -ndigits, as in _Py_dg_dtoa.
 */
export function floatDigits(x: number, mode: number, ndigits: number, out: Uint8Array, at: number): number {
  if (x === 0) {
    out[at] = 48;
    decpt = 1;
    return 1;
  }
  if (mode === 0) return writeText(x.toExponential(), out, at);
  if (mode === 2) {
    if (ndigits <= 101) {
      const count = writeText(x.toExponential(ndigits - 1), out, at);
      if (!mayBeTie(x, decpt - ndigits)) return count;
    }
    const exact = exactDigits(x);
    return writeDigits(roundHalfEven(exact, ndigits), out, at);
  }
  if (ndigits >= 0 && ndigits <= 100 && x < 1e21 && !mayBeTie(x, -ndigits)) {
    const count = writeText(x.toFixed(ndigits), out, at);
    if (count === 0) decpt = -ndigits;
    return count;
  }
  const exact = exactDigits(x);
  const count = writeDigits(roundHalfEven(exact, decpt + ndigits), out, at);
  if (count === 0) decpt = -ndigits;
  return count;
}
