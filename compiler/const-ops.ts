// Python's operators applied to constants, for constant folding: the value CPython's runtime
// would compute, or undefined where it would raise — or where we cannot be sure to compute the
// very same float (a folded value must be bit-for-bit what the VM would compute; leaving an
// expression unfolded is always safe).

import { PyBytes, PyComplex, PyStrCodePoints, type OperatorKind, type UnaryOpKind } from './ast.js';
import { isInt, isStr, isTruthy, PyFrozenSet, PyTuple, type Const, type PyStr } from './consts.js';
import { strFromCodePoints } from './literals.js';

type Result = Const | undefined;

// ---- ints ----

function toBig(x: bigint | boolean): bigint {
  return typeof x === 'bigint' ? x : x ? 1n : 0n;
}

/** Number of bits of |x| (_PyLong_NumBits). */
function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(2).length;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** float(x) for an int: correctly rounded; undefined on OverflowError. */
function intToFloat(x: bigint): number | undefined {
  const f = Number(x);
  return Number.isFinite(f) ? f : undefined;
}

/** num * 2**k // den and its remainder, with the divisor the remainder is relative to. */
function scaledQuotient(num: bigint, den: bigint, k: number): [bigint, bigint, bigint] {
  if (k >= 0) {
    const n = num << BigInt(k);
    return [n / den, n % den, den];
  }
  const d = den << BigInt(-k);
  return [num / d, num % d, d];
}

/** num / den for positive ints, correctly rounded to a float (half to even); undefined on overflow. */
function roundQuotient(num: bigint, den: bigint): number | undefined {
  // Scale so that the integer quotient has 53 bits: q in [2**52, 2**53).
  let k = 53 - (bitLength(num) - bitLength(den));
  let [q, r, d] = scaledQuotient(num, den, k);
  if (q >= 1n << 53n) [q, r, d] = scaledQuotient(num, den, --k);
  // Below 2**-1022 results are subnormal: fewer bits, the last one worth 2**-1074.
  if (k > 1074) [q, r, d] = scaledQuotient(num, den, (k = 1074));
  const twice = 2n * r;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q++;
  const value = Number(q) * 2 ** -k;
  return Number.isFinite(value) ? value : undefined;
}

/** int / int (long_true_divide): correctly rounded. */
function intTrueDivide(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  const limit = 1n << 53n;
  if (a <= limit && a >= -limit && b <= limit && b >= -limit) return Number(a) / Number(b);
  const negative = (a < 0n) !== (b < 0n);
  const value = roundQuotient(a < 0n ? -a : a, b < 0n ? -b : b);
  if (value === undefined) return undefined;
  return negative ? -value : value;
}

// CPython's limits on folded results (Python/ast_opt.c).
const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

function intBinary(op: OperatorKind, a: bigint, b: bigint, bools: boolean): Result {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult':
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return undefined;
      return a * b;
    case 'Div': return intTrueDivide(a, b);
    case 'FloorDiv': return b === 0n ? undefined : floorDiv(a, b);
    case 'Mod': return b === 0n ? undefined : floorMod(a, b);
    case 'Pow':
      if (b < 0n) {
        const x = intToFloat(a);
        const y = intToFloat(b);
        return x === undefined || y === undefined ? undefined : floatPow(x, y);
      }
      // safe_power: bits(a) * b must stay within MAX_INT_SIZE (b is the exponent's value).
      if (a !== 0n && b > 0n && bitLength(a) > Math.floor(MAX_INT_SIZE / Number(b))) return undefined;
      return a ** b;
    case 'LShift':
      if (b < 0n) return undefined;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || bitLength(a) > MAX_INT_SIZE - Number(b))) return undefined;
      return a << b;
    case 'RShift':
      if (b < 0n) return undefined;
      if (b > BigInt(bitLength(a))) return a < 0n ? -1n : 0n;
      return a >> b;
    case 'BitAnd': return bools ? (a & b) !== 0n : a & b;
    case 'BitOr': return bools ? (a | b) !== 0n : a | b;
    case 'BitXor': return bools ? (a ^ b) !== 0n : a ^ b;
    case 'MatMult': return undefined;
  }
}

// ---- floats ----

function copysignZero(sign: number): number {
  return sign < 0 || Object.is(sign, -0) ? -0 : 0;
}

/** Python's float divmod (_float_div_mod). */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // fmod
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = copysignZero(wx);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = copysignZero(vx / wx);
  }
  return [floordiv, mod];
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** A positive finite float as m * 2**e with m odd. */
function decompose(x: number): [bigint, number] {
  f64[0] = x;
  const hi = u32[1];
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(u32[0]);
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [m, e];
}

/**
 * x ** n for a positive float x and an integral n, when the result is exactly representable;
 * undefined otherwise. libm's pow() is only required to be close, so an inexact result could
 * differ from what the VM computes: those are left to run time.
 */
function exactPow(x: number, n: number): number | undefined {
  if (Math.abs(n) > 2000) return undefined;
  const [m, e] = decompose(x);
  let mantissa: bigint;
  let exp: number;
  if (n > 0) {
    if (bitLength(m) * n > 60 && m !== 1n) return undefined;
    mantissa = m ** BigInt(n);
    exp = e * n;
  } else {
    if (m !== 1n) return undefined;
    mantissa = 1n;
    exp = e * n;
  }
  const bits = bitLength(mantissa);
  if (bits > 53 || exp < -1074 || exp + bits > 1024) return undefined;
  return Number(mantissa) * 2 ** exp;
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** float ** float (float_pow), when foldable exactly. */
function floatPow(iv: number, iw: number): Result {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1) return 1;
    return (iw > 0) === (av > 1) ? Math.abs(iw) : 0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? copysignZero(iv) : 0;
  }
  if (iv === 0) {
    if (iw < 0) return undefined; // ZeroDivisionError
    return isOddInteger(iw) ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) return undefined; // the result is complex
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return negate ? -1 : 1;
  if (!Number.isInteger(iw)) return undefined;
  const r = exactPow(iv, iw);
  if (r === undefined) return undefined;
  return negate ? -r : r;
}

function floatBinary(op: OperatorKind, a: number, b: number): Result {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return a * b;
    case 'Div': return b === 0 ? undefined : a / b;
    case 'FloorDiv': return b === 0 ? undefined : floatDivMod(a, b)[0];
    case 'Mod': return b === 0 ? undefined : floatDivMod(a, b)[1];
    case 'Pow': return floatPow(a, b);
    default: return undefined;
  }
}

// ---- complex ----

function complexBinary(op: OperatorKind, a: PyComplex, b: PyComplex): Result {
  switch (op) {
    case 'Add': return new PyComplex(a.real + b.real, a.imag + b.imag);
    case 'Sub': return new PyComplex(a.real - b.real, a.imag - b.imag);
    case 'Mult': return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    case 'Div': return complexDivide(a, b);
    default: return undefined; // ** is computed with libm; // and % raise
  }
}

/** _Py_c_quot: Smith's algorithm, exactly as CPython orders the operations. */
function complexDivide(a: PyComplex, b: PyComplex): Result {
  const absReal = Math.abs(b.real);
  const absImag = Math.abs(b.imag);
  if (absReal >= absImag) {
    if (absReal === 0) return undefined; // ZeroDivisionError
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new PyComplex(NaN, NaN);
}

// ---- numbers ----

type Num = bigint | boolean | number | PyComplex;

function isNumber(c: Const): c is Num {
  return isInt(c) || typeof c === 'number' || c instanceof PyComplex;
}

function toFloat(x: Num): number | undefined {
  return typeof x === 'number' ? x : intToFloat(toBig(x as bigint | boolean));
}

function toComplex(x: Num): PyComplex | undefined {
  if (x instanceof PyComplex) return x;
  const f = toFloat(x);
  return f === undefined ? undefined : new PyComplex(f, 0);
}

function numericBinary(op: OperatorKind, a: Num, b: Num): Result {
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const x = toComplex(a);
    const y = toComplex(b);
    return x === undefined || y === undefined ? undefined : complexBinary(op, x, y);
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toFloat(a);
    const y = toFloat(b);
    return x === undefined || y === undefined ? undefined : floatBinary(op, x, y);
  }
  return intBinary(op, toBig(a), toBig(b), typeof a === 'boolean' && typeof b === 'boolean');
}

// ---- strings, bytes and tuples ----

const SURROGATE = /[\ud800-\udfff]/;

function codePointsOf(s: PyStr): number[] {
  if (s instanceof PyStrCodePoints) return s.codePoints;
  return Array.from(s, (ch) => ch.codePointAt(0)!);
}

/** len() of a str: code points, not UTF-16 units. */
function strLength(s: PyStr): number {
  if (s instanceof PyStrCodePoints) return s.codePoints.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

function concatStr(a: PyStr, b: PyStr): PyStr {
  if (typeof a === 'string' && typeof b === 'string' && !SURROGATE.test(a) && !SURROGATE.test(b)) return a + b;
  return strFromCodePoints([...codePointsOf(a), ...codePointsOf(b)]);
}

function repeatStr(s: PyStr, n: number): PyStr {
  if (typeof s === 'string' && !SURROGATE.test(s)) return s.repeat(n);
  const cps = codePointsOf(s);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(...cps);
  return strFromCodePoints(out);
}

function concatBytes(a: Uint8Array, b: Uint8Array): PyBytes {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return new PyBytes(out);
}

function repeatBytes(b: Uint8Array, n: number): PyBytes {
  const out = new Uint8Array(b.length * n);
  for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return new PyBytes(out);
}

/**
 * check_complexity: how many of `limit` items remain after counting a collection's items,
 * nested ones included; negative when there are too many to hash quickly.
 */
function checkComplexity(c: Const, limit: number): number {
  if (c instanceof PyTuple || c instanceof PyFrozenSet) {
    limit -= c.items.length;
    for (let i = 0; limit >= 0 && i < c.items.length; i++) limit = checkComplexity(c.items[i], limit);
  }
  return limit;
}

/** seq * n (safe_multiply's limits, then the repetition); n is an int. */
function repeat(seq: Const, count: bigint | boolean): Result {
  const n = toBig(count);
  if (isStr(seq) || seq instanceof PyBytes) {
    const size = seq instanceof PyBytes ? seq.bytes.length : strLength(seq);
    if (size === 0) return seq;
    if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
    return seq instanceof PyBytes ? repeatBytes(seq.bytes, Number(n)) : repeatStr(seq, Number(n));
  }
  if (seq instanceof PyTuple) {
    const size = seq.items.length;
    if (size === 0) return seq;
    if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
    if (n !== 0n && checkComplexity(seq, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return undefined;
    const items: Const[] = [];
    for (let i = 0n; i < n; i++) items.push(...seq.items);
    return new PyTuple(items);
  }
  return undefined;
}

function concat(a: Const, b: Const): Result {
  if (isStr(a) && isStr(b)) return concatStr(a, b);
  if (a instanceof PyBytes && b instanceof PyBytes) return concatBytes(a.bytes, b.bytes);
  if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
  return undefined;
}

// ---- the operators ----

/** `a op b`, or undefined when it raises or is not folded. */
export function binaryOp(op: OperatorKind, a: Const, b: Const): Result {
  if (isNumber(a) && isNumber(b)) return numericBinary(op, a, b);
  if (op === 'Add') return concat(a, b);
  if (op === 'Mult') {
    if (isInt(a)) return repeat(b, a);
    if (isInt(b)) return repeat(a, b);
  }
  return undefined;
}

/** `op a`, or undefined when it raises. */
export function unaryOp(op: UnaryOpKind, a: Const): Result {
  if (op === 'Not') return !isTruthy(a);
  if (isInt(a)) {
    const x = toBig(a);
    if (op === 'USub') return -x;
    if (op === 'UAdd') return x;
    return ~x;
  }
  if (typeof a === 'number') {
    if (op === 'USub') return -a;
    if (op === 'UAdd') return a;
    return undefined;
  }
  if (a instanceof PyComplex) {
    if (op === 'USub') return new PyComplex(-a.real, -a.imag);
    if (op === 'UAdd') return a;
  }
  return undefined;
}

/** `container[index]` for an int index, or undefined when it raises. */
export function subscript(container: Const, index: Const): Result {
  if (!isInt(index)) return undefined;
  let i = toBig(index);
  let items: readonly Const[];
  if (isStr(container)) {
    items = codePointsOf(container).map((cp) => String.fromCodePoint(cp));
  } else if (container instanceof PyBytes) {
    items = Array.from(container.bytes, (b) => BigInt(b));
  } else if (container instanceof PyTuple) {
    items = container.items;
  } else {
    return undefined;
  }
  if (i < 0n) i += BigInt(items.length);
  if (i < 0n || i >= BigInt(items.length)) return undefined;
  return items[Number(i)];
}
