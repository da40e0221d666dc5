// Reading numbers from text (int(), float(), complex(), float.fromhex()): CPython first strips
// whitespace and maps every Unicode decimal digit to its ASCII digit and every Unicode space to
// ' ' (_PyUnicode_TransformDecimalAndSpaceToASCII); the parsers then only see ASCII bytes.

import { alloc } from '../heap';
import { KIND_RAW } from '../object';
import { strLength, charAt } from './str';

/** The zero of every run of ten Unicode decimal digits (category Nd, Unicode 14 as CPython 3.11). */
const DIGIT_ZEROS: StaticArray<u32> = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0,
  0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30,
  0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
  0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8,
  0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/** str.isspace() for one code point. */
export function isSpace(cp: u32): bool {
  if (cp < 0x80) return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
    cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/** The value of a non-ASCII decimal digit, or -1. */
function unicodeDigit(cp: u32): i32 {
  for (let i = 0; i < DIGIT_ZEROS.length; i++) {
    const zero = unchecked(DIGIT_ZEROS[i]);
    if (cp >= zero && cp < zero + 10) return <i32>(cp - zero);
  }
  return -1;
}

const SMALL_TEXT: i32 = 256;
const smallText = memory.data(SMALL_TEXT);

/** Where asciiNumberText put the text, and its length. */
export let textAt: usize = 0;
export let textLength: i32 = 0;

/**
 * Copies s[start:end], stripped of surrounding whitespace, as ASCII (non-ASCII digits become
 * ASCII digits, spaces ' ', anything else '?') into textAt/textLength.
 */
function asciiNumberText(s: usize, start: i32, end: i32): void {
  while (start < end && isSpace(charAt(s, start))) start++;
  while (end > start && isSpace(charAt(s, end - 1))) end--;
  const n = end - start;
  reserveText(n);
  for (let i = 0; i < n; i++) {
    const cp = charAt(s, start + i);
    let c: u32 = cp;
    if (cp >= 0x80) {
      const d = unicodeDigit(cp);
      c = d >= 0 ? 0x30 + <u32>d : isSpace(cp) ? 0x20 : 0x3F;
    }
    store<u8>(textAt + <usize>i, <u8>c);
  }
}

/** asciiNumberText of a whole str. */
export function asciiNumberTextOf(s: usize): void {
  asciiNumberText(s, 0, strLength(s));
}

/** Copies raw bytes (bytes/bytearray arguments) stripped of ASCII whitespace into textAt/textLength. */
export function asciiNumberBytes(data: usize, length: i32): void {
  let start = 0;
  let end = length;
  while (start < end && isSpace(<u32>load<u8>(data + <usize>start))) start++;
  while (end > start && isSpace(<u32>load<u8>(data + <usize>(end - 1)))) end--;
  reserveText(end - start);
  memory.copy(textAt, data + <usize>start, <usize>textLength);
}

/** Points textAt at room for n bytes (the parsers may rewrite the text in place). */
function reserveText(n: i32): void {
  textAt = n <= SMALL_TEXT ? smallText : alloc(8 + <usize>n, 0, KIND_RAW) + 8;
  textLength = n;
}

// @ts-ignore: decorator
@inline export function textByte(i: i32): u32 {
  return <u32>load<u8>(textAt + <usize>i);
}

export function isAsciiDigit(c: u32): bool {
  return c >= 0x30 && c <= 0x39;
}

/** A character's value as a digit in bases up to 36, or 99. */
export function digitValue(c: u32): u32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7A) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5A) return c - 0x41 + 10;
  return 99;
}

/** Whether text[at:end] is word (lowercase), ignoring ASCII case. */
export function textMatchesWord(at: i32, end: i32, word: string): bool {
  return end - at == word.length && textHasWord(at, end, word);
}

/** Whether text[at:end] starts with word (lowercase), ignoring ASCII case. */
export function textHasWord(at: i32, end: i32, word: string): bool {
  if (end - at < word.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = textByte(at + i);
    if (c >= 0x41 && c <= 0x5A) c += 0x20;
    if (c != <u32>word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Drops the underscores of the text, each of which must sit between two digits (CPython's
 * _Py_string_to_number_with_underscores); false when one does not.
 */
export function removeUnderscores(): bool {
  const n = textLength;
  let out = 0;
  for (let i = 0; i < n; i++) {
    const c = textByte(i);
    if (c == 0x5F) {
      if (i == 0 || i + 1 == n || !isAsciiDigit(textByte(i - 1)) || !isAsciiDigit(textByte(i + 1))) return false;
      continue;
    }
    store<u8>(textAt + <usize>out, <u8>c);
    out++;
  }
  textLength = out;
  return true;
}
