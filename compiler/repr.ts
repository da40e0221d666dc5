// Python's repr() of the constants the compiler handles: str, bytes, int, float, complex.

import { PyBytes, PyComplex, PyEllipsis, PyStrCodePoints, type ConstValue } from './ast.js';
import { isPrintableCodePoint } from './unicode-printable.js';

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeCodePoint(cp: number, quote: number): string {
  if (cp === quote || cp === 0x5c) return '\\' + String.fromCharCode(cp);
  if (cp === 0x09) return '\\t';
  if (cp === 0x0a) return '\\n';
  if (cp === 0x0d) return '\\r';
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp < 0x7f) return String.fromCharCode(cp);
  if (isPrintableCodePoint(cp)) return String.fromCodePoint(cp);
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** repr() of a str given as its code points. */
export function reprCodePoints(cps: Iterable<number>): string {
  const all = Array.from(cps);
  const quote = all.includes(0x27) && !all.includes(0x22) ? 0x22 : 0x27;
  let out = String.fromCharCode(quote);
  for (const cp of all) out += escapeCodePoint(cp, quote);
  return out + String.fromCharCode(quote);
}

function* codePointsOf(s: string): Generator<number> {
  for (const ch of s) yield ch.codePointAt(0)!;
}

/** repr() of a str. */
export function reprStr(s: string): string {
  return reprCodePoints(codePointsOf(s));
}

/** repr() of a bytes object. */
export function reprBytes(b: Uint8Array): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/**
 * Python's shortest round-trip float formatting (`repr(x)` when addDot0, `format(x, 'r')`-like
 * without it, as complex repr uses). Positional between 1e-4 and 1e16, else exponent form.
 */
export function formatFloatShort(x: number, addDot0: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mantissa, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expStr);
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
    if (decpt >= digits.length) {
      return sign + digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
    }
    return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  const frac = digits.length > 1 ? '.' + digits.slice(1) : '';
  const expAbs = Math.abs(exp).toString().padStart(2, '0');
  return sign + digits[0] + frac + 'e' + (exp < 0 ? '-' : '+') + expAbs;
}

/** repr() of a float. */
export function reprFloat(x: number): string {
  return formatFloatShort(x, true);
}

/** repr() of a complex number. */
export function reprComplex(c: PyComplex): string {
  const imag = formatFloatShort(c.imag, false) + 'j';
  if (c.real === 0 && !Object.is(c.real, -0)) return imag;
  const real = formatFloatShort(c.real, false);
  const sign = c.imag >= 0 || Number.isNaN(c.imag) ? '+' : '';
  return `(${real}${sign}${imag})`;
}

/** repr() of any compile-time constant. */
export function reprConst(v: ConstValue | PyStrCodePoints): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    case 'number': return reprFloat(v);
    case 'string': return reprStr(v);
  }
  if (v instanceof PyBytes) return reprBytes(v.bytes);
  if (v instanceof PyComplex) return reprComplex(v);
  if (v instanceof PyEllipsis) return 'Ellipsis';
  return reprCodePoints(v.codePoints);
}
