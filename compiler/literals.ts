// Literal values: numbers, and string/bytes bodies with their escape sequences decoded as
// CPython's unicode-escape and bytes-escape codecs do.

import { PyBytes, PyComplex, PyStrCodePoints } from './ast.js';
import { lookupUnicodeName } from './unicode-names.js';

/** The value of a NUMBER token: int (bigint), float (number) or imaginary (PyComplex). */
export function parseNumber(text: string): bigint | number | PyComplex {
  if (text.includes('_')) text = text.replace(/_/g, '');
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x6a || last === 0x4a) return new PyComplex(0, Number(text.slice(0, -1)));
  const c1 = text.charCodeAt(1);
  if (text.charCodeAt(0) === 0x30 && (c1 === 0x78 || c1 === 0x58 || c1 === 0x6f || c1 === 0x4f || c1 === 0x62 || c1 === 0x42)) {
    return BigInt(text.toLowerCase());
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x65 || c === 0x45) return Number(text);
  }
  // Small ints skip BigInt's string parser.
  if (text.length < 16) return BigInt(Number(text));
  return BigInt(text);
}

/** A string literal token split into its parts. */
export interface StringParts {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Index of the body's first character in the token text, and its end. */
  bodyStart: number;
  bodyEnd: number;
}

export function stringParts(token: string): StringParts {
  let bytes = false;
  let raw = false;
  let fstring = false;
  let i = 0;
  for (;; i++) {
    const c = token.charCodeAt(i) | 0x20;
    if (c === 0x62) bytes = true;
    else if (c === 0x72) raw = true;
    else if (c === 0x66) fstring = true;
    else if (c !== 0x75) break;
  }
  const quote = token.charCodeAt(i);
  const triple = token.length - i >= 6 && token.charCodeAt(i + 1) === quote && token.charCodeAt(i + 2) === quote;
  const q = triple ? 3 : 1;
  return { bytes, raw, fstring, bodyStart: i + q, bodyEnd: token.length - q };
}

/** A decoding failure, reported as CPython's "(unicode error) ..." SyntaxError. */
export class EscapeError extends Error {}

/** Decodes a str literal body (or a literal part of an f-string). */
export function decodeStr(body: string, raw: boolean): string | PyStrCodePoints {
  if (raw || !body.includes('\\')) return body;
  return decodeUnicodeEscape(body);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v', a: '\x07',
};

function decodeUnicodeEscape(body: string): string | PyStrCodePoints {
  let out = '';
  // Positions in `out` of surrogates written as escapes: JS would pair them with neighbours.
  let escapedSurrogates: number[] | null = null;
  let i = 0;
  const n = body.length;
  // CPython re-encodes non-ASCII characters as \U escapes before decoding; error positions
  // count bytes of that re-encoded text.
  let codecPos = 0;
  while (i < n) {
    const bs = body.indexOf('\\', i);
    if (bs < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, bs);
    codecPos += codecLength(body, i, bs);
    const escStart = codecPos;
    i = bs + 1;
    if (i >= n) {
      out += '\\';
      break;
    }
    const c = body[i];
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      i++;
      codecPos += 2;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0x30 && code <= 0x37) {
      let v = 0;
      let k = 0;
      while (k < 3 && i < n && body.charCodeAt(i) >= 0x30 && body.charCodeAt(i) <= 0x37) {
        v = v * 8 + body.charCodeAt(i) - 0x30;
        i++;
        k++;
      }
      out += String.fromCharCode(v);
      codecPos += 1 + k;
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const digits = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let v = 0;
      let k = 0;
      i++;
      while (k < digits && i < n && isHex(body.charCodeAt(i))) {
        v = v * 16 + parseInt(body[i], 16);
        i++;
        k++;
      }
      if (k < digits) {
        const what = c === 'x' ? '\\xXX' : c === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw escapeError(escStart, escStart + 1 + k, `truncated ${what} escape`);
      }
      if (v > 0x10ffff) {
        throw escapeError(escStart, escStart + 1 + digits, 'illegal Unicode character');
      }
      if (v >= 0xd800 && v <= 0xdfff) (escapedSurrogates ??= []).push(out.length);
      out += String.fromCodePoint(v);
      codecPos += 2 + digits;
      continue;
    }
    if (c === 'N') {
      const cp = namedEscape(body, bs, escStart);
      out += String.fromCodePoint(cp);
      const close = body.indexOf('}', i);
      codecPos += 1 + codecLength(body, i, close + 1);
      i = close + 1;
      continue;
    }
    // An unknown escape keeps its backslash (CPython only warns). Before a non-ASCII character
    // the codec sees the backslash as "\\u005c".
    out += '\\';
    codecPos += code >= 0x80 ? 6 : 1;
  }
  if (escapedSurrogates !== null) return toCodePoints(out, escapedSurrogates);
  return out;
}

/**
 * The character of a \\N{NAME} escape whose backslash is at body[bs] (codec offset escStart),
 * or CPython's error for a malformed escape or unknown name.
 */
function namedEscape(body: string, bs: number, escStart: number): number {
  const open = bs + 2;
  if (body.charAt(open) !== '{') throw escapeError(escStart, escStart + 1, 'malformed \\N character escape');
  const close = body.indexOf('}', open + 1);
  if (close < 0) {
    throw escapeError(escStart, escStart + codecLength(body, bs, body.length) - 1, 'malformed \\N character escape');
  }
  if (close === open + 1) throw escapeError(escStart, escStart + 2, 'malformed \\N character escape');
  const cp = lookupUnicodeName(body.slice(open + 1, close));
  if (cp === undefined) {
    throw escapeError(escStart, escStart + codecLength(body, bs, close + 1) - 1, 'unknown Unicode character name');
  }
  return cp;
}

function escapeError(start: number, end: number, reason: string): EscapeError {
  return new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end}: ${reason}`);
}

/** Bytes the codec sees for body[from, to): ASCII as is, other characters as 10-byte \U escapes. */
function codecLength(body: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c < 0x80) n++;
    else {
      n += 10;
      if (c >= 0xd800 && c <= 0xdbff) i++;
    }
  }
  return n;
}

/** The code points of `s`, where the units at `escaped` are surrogates standing alone. */
function toCodePoints(s: string, escaped: number[]): PyStrCodePoints {
  const cps: number[] = [];
  let next = 0;
  for (let i = 0; i < s.length; ) {
    if (next < escaped.length && escaped[next] === i) {
      cps.push(s.charCodeAt(i));
      next++;
      i++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    cps.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return new PyStrCodePoints(cps);
}

/**
 * A str from code points: a JS string unless two surrogate code points would pair up (which
 * only a PyStrCodePoints can keep apart).
 */
export function strFromCodePoints(cps: number[]): string | PyStrCodePoints {
  for (let i = 0; i + 1 < cps.length; i++) {
    if (cps[i] >= 0xd800 && cps[i] <= 0xdbff && cps[i + 1] >= 0xdc00 && cps[i + 1] <= 0xdfff) {
      return new PyStrCodePoints(cps);
    }
  }
  let out = '';
  for (const cp of cps) out += String.fromCodePoint(cp);
  return out;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** Decodes a bytes literal body (ASCII only: the caller checks). */
export function decodeBytes(body: string, raw: boolean): PyBytes {
  const out: number[] = [];
  const n = body.length;
  if (raw || !body.includes('\\')) {
    for (let i = 0; i < n; i++) out.push(body.charCodeAt(i));
    return new PyBytes(Uint8Array.from(out));
  }
  let i = 0;
  while (i < n) {
    const ch = body.charCodeAt(i);
    if (ch !== 0x5c || i + 1 >= n) {
      out.push(ch);
      i++;
      continue;
    }
    const c = body[i + 1];
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i += 2;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0x30 && code <= 0x37) {
      let v = 0;
      let k = 0;
      i++;
      while (k < 3 && i < n && body.charCodeAt(i) >= 0x30 && body.charCodeAt(i) <= 0x37) {
        v = v * 8 + body.charCodeAt(i) - 0x30;
        i++;
        k++;
      }
      out.push(v & 0xff);
      continue;
    }
    if (c === 'x') {
      if (i + 3 < n && isHex(body.charCodeAt(i + 2)) && isHex(body.charCodeAt(i + 3))) {
        out.push(parseInt(body.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      }
      throw new EscapeError(`(value error) invalid \\x escape at position ${i}`);
    }
    out.push(0x5c);
    i++;
  }
  return new PyBytes(Uint8Array.from(out));
}
