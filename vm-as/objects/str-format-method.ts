// str.format, str.format_map and str.__format__ (CPython's Objects/stringlib/unicode_format.h):
// literal text with {{ and }} escapes, replacement fields {name.attr[key]!conversion:spec}
// with automatic or manual numbering, nested fields inside the spec, and CPython's errors.
// Each field is parsed and rendered in turn, as CPython does, so the first error met is the
// one raised. Applying a spec goes through the value's __format__ (A.formatWithSpec); str's
// own is format-spec.ts's formatStrWithSpec.

import { Value, NULL, ptrOf, ptrValue, smallInt } from '../value';
import { typeOfPtr } from '../object';
import { strType, strLength, strEquals, charAt } from './str';
import { newBuilder, appendCodePoint, appendJs, appendStr, appendSubstring, finishBuilder } from './strbuilder';
import { tupleLength, tupleGet } from './tuple';
import { raiseJs, raiseStr, raiseValue, raiseEmpty } from '../errors';
import { ValueError, IndexError, KeyError, MemoryError, TypeError } from './exception';
import { newException } from './exception';
import { pushTempRoot, popTempRoots } from '../gc';
import * as A from '../abstract';
import { defineMethod } from './builtin';
import { checkOneArg } from './args';
import { decimalValue } from '../unicode/ctype';
import { substring, emptyStr } from './str-ops';
import { formatStrWithSpec } from './format-spec';
import { exactStr } from './str-ops';
import { isStrValue, raiseTypeNamed } from './text-args';

// A format call's arguments, kept on the natives' scratch stack (nested calls each have theirs):
const FC_ARGS: usize = 0; //      u32 positional arguments (0 for format_map)
const FC_NARGS: usize = 4; //     i32
const FC_KWNAMES: usize = 8; //   u64 the keyword names tuple, or NULL
const FC_MAPPING: usize = 16; //  u64 format_map's mapping, or NULL
const FC_NUMBERING: usize = 24; // i32 AUTO_* state
const FC_NEXT: usize = 28; //     i32 the next automatic field number
const FC_SIZE: usize = 32;

const NUMBERING_UNSET: i32 = 0;
const NUMBERING_AUTO: i32 = 1;
const NUMBERING_MANUAL: i32 = 2;

/** How deeply specs may nest fields ("{:{}}" is one level; CPython allows two). */
const MAX_DEPTH: i32 = 2;

/** Formats fmt with the call described at fc; the str, or NULL. */
function formatWith(fmt: usize, fc: usize): Value {
  const sb = newBuilder(strLength(fmt) + 16);
  pushTempRoot(ptrValue(sb));
  pushTempRoot(ptrValue(fmt));
  const ok = buildString(sb, fmt, 0, strLength(fmt), fc, MAX_DEPTH);
  popTempRoots(2);
  if (!ok) return NULL;
  const r = finishBuilder(sb);
  return r == 0 ? raiseEmpty(MemoryError) : ptrValue(r);
}

function newCall(args: usize, nargs: i32, kwnames: Value, mapping: Value): usize {
  const fc = A.scratchReserve(FC_SIZE);
  if (fc == 0) return 0;
  store<u32>(fc + FC_ARGS, <u32>args);
  store<i32>(fc + FC_NARGS, nargs);
  store<u64>(fc + FC_KWNAMES, kwnames);
  store<u64>(fc + FC_MAPPING, mapping);
  store<i32>(fc + FC_NUMBERING, NUMBERING_UNSET);
  store<i32>(fc + FC_NEXT, 0);
  return fc;
}

function strFormatMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const fc = newCall(args, nargs, kwnames, NULL);
  if (fc == 0) return raiseJs(TypeError, 'too many arguments');
  const r = formatWith(ptrOf(self), fc);
  A.scratchRelease(fc);
  return r;
}

function strFormatMapMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('str.format_map', nargs, kwnames)) return NULL;
  const fc = newCall(0, 0, NULL, load<u64>(args));
  if (fc == 0) return raiseJs(TypeError, 'too many arguments');
  const r = formatWith(ptrOf(self), fc);
  A.scratchRelease(fc);
  return r;
}

/** str.__format__(spec) */
function strDunderFormatMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('str.__format__', nargs, kwnames)) return NULL;
  const spec = load<u64>(args);
  if (!isStrValue(spec)) return raiseTypeNamed('__format__() argument must be str, not ', spec, '');
  // An empty spec means str(self), which a subclass may override.
  if (strLength(ptrOf(spec)) == 0) {
    const s = A.strOf(self);
    return s == 0 ? NULL : ptrValue(s);
  }
  const r = formatStrWithSpec(ptrOf(self), ptrOf(spec));
  return r == 0 ? NULL : ptrValue(exactStr(r));
}

// ---- the markup (MarkupIterator_next and parse_field) ----

/** Appends fmt[start:end] formatted; false with an exception set. */
function buildString(sb: usize, fmt: usize, start: i32, end: i32, fc: usize, depth: i32): bool {
  if (depth <= 0) {
    raiseJs(ValueError, 'Max string recursion exceeded');
    return false;
  }
  let pos = start;
  while (pos < end) {
    // Literal text up to the first '{' or '}'.
    const literal = pos;
    let c: u32 = 0;
    while (pos < end) {
      c = charAt(fmt, pos++);
      if (c == 0x7B || c == 0x7D) break;
    }
    const atEnd = pos >= end;
    let markup = c == 0x7B || c == 0x7D;
    if (c == 0x7D && (atEnd || charAt(fmt, pos) != 0x7D)) {
      raiseJs(ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (atEnd && c == 0x7B) {
      raiseJs(ValueError, "Single '{' encountered in format string");
      return false;
    }
    let literalEnd = pos;
    if (markup) {
      if (charAt(fmt, pos) == c) {
        pos++; // '{{' or '}}' stands for the character itself
        markup = false;
      } else {
        literalEnd--;
      }
    }
    appendSubstring(sb, fmt, literal, literalEnd);
    if (markup) {
      pos = parseField(fmt, pos, end);
      if (pos < 0 || !outputField(sb, fmt, fc, depth)) return false;
    }
  }
  return true;
}

/** The parts of the field parseField read (copied out before anything runs Python code). */
let fieldNameStart: i32 = 0;
let fieldNameEnd: i32 = 0;
let fieldConversion: u32 = 0;
let fieldSpecStart: i32 = 0;
let fieldSpecEnd: i32 = 0;
let fieldSpecNested: bool = false;

/** Parses the field after '{' at fmt[pos]; returns the position after its '}', or -1. */
function parseField(fmt: usize, pos: i32, end: i32): i32 {
  fieldConversion = 0;
  fieldSpecStart = fieldSpecEnd = 0;
  fieldSpecNested = false;
  fieldNameStart = pos;
  let c: u32 = 0;
  while (pos < end) {
    c = charAt(fmt, pos++);
    if (c == 0x7B) {
      raiseJs(ValueError, "unexpected '{' in field name");
      return -1;
    }
    if (c == 0x5B) {
      while (pos < end && charAt(fmt, pos) != 0x5D) pos++;
      continue;
    }
    if (c == 0x7D || c == 0x3A || c == 0x21) break;
  }
  fieldNameEnd = pos - 1;
  if (c == 0x21 || c == 0x3A) {
    if (c == 0x21) {
      if (pos >= end) {
        raiseJs(ValueError, 'end of string while looking for conversion specifier');
        return -1;
      }
      fieldConversion = charAt(fmt, pos++);
      if (pos < end) {
        const next = charAt(fmt, pos++);
        if (next == 0x7D) return pos;
        if (next != 0x3A) {
          raiseJs(ValueError, "expected ':' after conversion specifier");
          return -1;
        }
      }
    }
    fieldSpecStart = pos;
    let count = 1;
    while (pos < end) {
      const s = charAt(fmt, pos++);
      if (s == 0x7B) {
        fieldSpecNested = true;
        count++;
      } else if (s == 0x7D && --count == 0) {
        fieldSpecEnd = pos - 1;
        return pos;
      }
    }
    raiseJs(ValueError, "unmatched '{' in format spec");
    return -1;
  }
  if (c != 0x7D) {
    raiseJs(ValueError, "expected '}' before end of string");
    return -1;
  }
  return pos;
}

/** Looks up, converts and formats the field parseField just read. */
function outputField(sb: usize, fmt: usize, fc: usize, depth: i32): bool {
  const nameStart = fieldNameStart;
  const nameEnd = fieldNameEnd;
  const conversion = fieldConversion;
  const specStart = fieldSpecStart;
  const specEnd = fieldSpecEnd;
  const nested = fieldSpecNested;
  let obj = fieldObject(fmt, nameStart, nameEnd, fc);
  if (obj == NULL) return false;
  if (conversion != 0) {
    obj = convertField(obj, conversion);
    if (obj == NULL) return false;
  }
  pushTempRoot(obj);
  let spec: usize = specEnd > specStart ? substring(fmt, specStart, specEnd) : emptyStr();
  if (nested) {
    const inner = newBuilder(specEnd - specStart);
    pushTempRoot(ptrValue(inner));
    const ok = buildString(inner, fmt, specStart, specEnd, fc, depth - 1);
    popTempRoots(1);
    spec = ok ? finishBuilder(inner) : 0;
  }
  let ok = spec != 0;
  if (ok) {
    if (strLength(spec) == 0 && isStrValue(obj) && typeOfPtr(ptrOf(obj)) == strType) {
      appendStr(sb, ptrOf(obj));
    } else {
      const text = A.formatWithSpec(obj, ptrValue(spec));
      ok = text != 0;
      if (ok) appendStr(sb, text);
    }
  }
  popTempRoots(1);
  return ok;
}

function convertField(obj: Value, conversion: u32): Value {
  let r: usize = 0;
  if (conversion == 0x72) r = A.reprOf(obj);
  else if (conversion == 0x73) r = A.strOf(obj);
  else if (conversion == 0x61) r = A.asciiOf(obj);
  else {
    const sb = newBuilder();
    appendJs(sb, 'Unknown conversion specifier ');
    if (conversion > 32 && conversion < 127) {
      appendCodePoint(sb, conversion);
    } else {
      appendJs(sb, '\\x');
      appendHex(sb, conversion);
    }
    return raiseStr(ValueError, finishBuilder(sb));
  }
  return r == 0 ? NULL : ptrValue(r);
}

function appendHex(sb: usize, v: u32): void {
  if (v >= 16) appendHex(sb, v >> 4);
  const d = v & 15;
  appendCodePoint(sb, d < 10 ? 0x30 + d : 0x57 + d);
}

// ---- field names (field_name_split, FieldNameIterator) ----

const NOT_A_NUMBER: i64 = -1;
const NUMBER_ERROR: i64 = -2;

/** fmt[start:end] as a non-negative integer (Unicode decimal digits); NOT_A_NUMBER or NUMBER_ERROR. */
function integerIn(fmt: usize, start: i32, end: i32): i64 {
  if (start >= end) return NOT_A_NUMBER;
  let n: i64 = 0;
  for (let i = start; i < end; i++) {
    const d = decimalValue(charAt(fmt, i));
    if (d < 0) return NOT_A_NUMBER;
    if (n > (i64.MAX_VALUE - d) / 10) {
      raiseJs(ValueError, 'Too many decimal digits in format string');
      return NUMBER_ERROR;
    }
    n = n * 10 + d;
  }
  return n;
}

/** The object a field name designates: an argument, then its attributes and items. */
function fieldObject(fmt: usize, start: i32, end: i32, fc: usize): Value {
  let i = start;
  while (i < end) {
    const c = charAt(fmt, i);
    if (c == 0x2E || c == 0x5B) break;
    i++;
  }
  let index = integerIn(fmt, start, i);
  if (index == NUMBER_ERROR) return NULL;
  const empty = i == start;
  if (empty || index >= 0) {
    if (!checkNumbering(fc, empty)) return NULL;
    if (empty) {
      index = <i64>load<i32>(fc + FC_NEXT);
      store<i32>(fc + FC_NEXT, <i32>index + 1);
    }
  }
  let obj = index >= 0 ? positional(fc, index) : keyword(fc, substring(fmt, start, i));
  while (obj != NULL && i < end) {
    const next = partEnd(fmt, i, end);
    if (next < 0) return NULL;
    pushTempRoot(obj);
    obj = fieldPart(fmt, i, next, obj);
    popTempRoots(1);
    i = next;
  }
  return obj;
}

/** Automatic and manual numbering may not be mixed. */
function checkNumbering(fc: usize, automatic: bool): bool {
  const state = load<i32>(fc + FC_NUMBERING);
  if (state == NUMBERING_UNSET) {
    store<i32>(fc + FC_NUMBERING, automatic ? NUMBERING_AUTO : NUMBERING_MANUAL);
    return true;
  }
  if (state == NUMBERING_MANUAL && automatic) {
    raiseJs(ValueError, 'cannot switch from manual field specification to automatic field numbering');
    return false;
  }
  if (state == NUMBERING_AUTO && !automatic) {
    raiseJs(ValueError, 'cannot switch from automatic field numbering to manual field specification');
    return false;
  }
  return true;
}

function positional(fc: usize, index: i64): Value {
  const args = <usize>load<u32>(fc + FC_ARGS);
  if (args == 0 && load<u64>(fc + FC_MAPPING) != NULL) return raiseJs(ValueError, 'Format string contains positional fields');
  if (index >= <i64>load<i32>(fc + FC_NARGS)) {
    const sb = newBuilder();
    appendJs(sb, 'Replacement index ');
    appendI64To(sb, index);
    appendJs(sb, ' out of range for positional args tuple');
    return raiseStr(IndexError, finishBuilder(sb));
  }
  return load<u64>(args + (<usize>index << 3));
}

function appendI64To(sb: usize, n: i64): void {
  if (n >= 10) appendI64To(sb, n / 10);
  appendCodePoint(sb, 0x30 + <u32>(n % 10));
}

/** A keyword argument of format(), or format_map's mapping[key]; KeyError(key) when absent. */
function keyword(fc: usize, key: usize): Value {
  const mapping = load<u64>(fc + FC_MAPPING);
  if (mapping != NULL) return A.getItem(mapping, ptrValue(key));
  const kwnames = load<u64>(fc + FC_KWNAMES);
  if (kwnames != NULL) {
    const names = ptrOf(kwnames);
    const nargs = load<i32>(fc + FC_NARGS);
    for (let k = 0; k < tupleLength(names); k++) {
      if (strEquals(ptrOf(tupleGet(names, k)), key)) {
        return load<u64>(<usize>load<u32>(fc + FC_ARGS) + (<usize>(nargs + k) << 3));
      }
    }
  }
  return raiseValue(ptrValue(newException(KeyError, ptrValue(key))));
}

/** The end of the ".name" or "[key]" at fmt[pos] (FieldNameIterator_next's parsing); -1 on error. */
function partEnd(fmt: usize, pos: i32, end: i32): i32 {
  const c = charAt(fmt, pos++);
  if (c == 0x2E) {
    while (pos < end && charAt(fmt, pos) != 0x2E && charAt(fmt, pos) != 0x5B) pos++;
    return pos;
  }
  if (c == 0x5B) {
    while (pos < end && charAt(fmt, pos) != 0x5D) pos++;
    if (pos < end) return pos + 1;
    raiseJs(ValueError, "Missing ']' in format string");
    return -1;
  }
  raiseJs(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
  return -1;
}

/** Applies the ".name" or "[key]" in fmt[start:end] to obj. */
function fieldPart(fmt: usize, start: i32, end: i32, obj: Value): Value {
  const attribute = charAt(fmt, start) == 0x2E;
  const nameStart = start + 1;
  const nameEnd = attribute ? end : end - 1;
  if (nameEnd == nameStart) return raiseJs(ValueError, 'Empty attribute in format string');
  const name = substring(fmt, nameStart, nameEnd);
  if (attribute) return A.getAttr(obj, name);
  const index = integerIn(fmt, nameStart, nameEnd);
  if (index == NUMBER_ERROR) return NULL;
  return A.getItem(obj, index >= 0 ? smallInt(index) : ptrValue(name));
}

export function setupStrFormatMethods(t: usize): void {
  defineMethod(t, 'format', strFormatMethod);
  defineMethod(t, 'format_map', strFormatMapMethod);
  defineMethod(t, '__format__', strDunderFormatMethod);
}
