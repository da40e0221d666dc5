// The methods str and bytes share — searching, splitting, joining, stripping, replacing,
// padding — written once (CPython's Objects/unicodeobject.c and Objects/bytes_methods.c). A
// bytes object has a one-byte str's layout, so the str helpers read both; `bytes` selects what
// differs: which characters are whitespace and line breaks, what the arguments must be, the
// messages, and the kind of the pieces. Results are always exact str or bytes, also for
// instances of subclasses.

import { Value, NULL, NONE, TRUE, FALSE, isSmallInt, intOf, ptrOf, ptrValue, smallInt } from '../value';
import { hasKind, KIND_LIST, KIND_TUPLE, KIND_BYTES } from '../object';
import { bytesLikeView } from './buffer';
import { strLength, strWidth, strData, charAt, setCharAt, finishStr, isAscii } from './str';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { newList, listAppend, listItems } from './list';
import { tupleLength, tupleGet, tuple3 } from './tuple';
import { newBytes } from './bytes';
import { raiseJs, raiseStr, raiseEmpty, errOccurred, excMatches, clearExc } from '../errors';
import { TypeError, ValueError, MemoryError, OverflowError } from './exception';
import { checkOneArg, checkArgCount, checkNoKwargs } from './args';
import { isIndexable, indexValue } from './slice';
import { seqLength, seqItem } from './sequence';
import { pushTempRoot, popTempRoots } from '../gc';
import * as A from '../abstract';
import { isSpace, isLinebreak } from '../unicode/ctype';
import { allocStr, emptyStr, strFind, strCount, strMatchesAt, adjustRange, rangeStart, rangeEnd, copyChars,
  narrowed, widthForMax, exactText, slicePiece, copyMemory, finishKnownAscii } from './str-ops';
import { arg, isStrValue, tupleArgs, keywordArgs, asSsize, asInt, conversionFailed,
  raiseTypeNamed } from './text-args';

const SSIZE_MAX: i64 = i64.MAX_VALUE;

/** Scratch for keyword-bound arguments (read out before anything can call back into Python). */
const boundArgs = memory.data(4 * 8);

// @ts-ignore: decorator
@inline function bound(i: i32): Value {
  return load<u64>(boundArgs + (<usize>i << 3));
}

// ---- what differs between str and bytes ----

/**
 * An argument of the method's kind as a text object to read: a str, or for bytes the view of a
 * bytes-like object (buffer.ts); 0 when it is neither.
 */
function textOf(v: Value, bytes: bool): usize {
  if (!bytes) return isStrValue(v) ? ptrOf(v) : 0;
  const view = bytesLikeView(v);
  if (view == 0 && errOccurred()) clearExc();
  return view;
}

/** bytes' TypeError for an argument of the wrong kind (str's messages vary by method). */
function raiseNotBytesLike(v: Value): Value {
  return raiseTypeNamed("a bytes-like object is required, not '", v, "'");
}

function isWhitespace(c: u32, bytes: bool): bool {
  if (bytes) return c == 0x20 || (c >= 0x09 && c <= 0x0D);
  return isSpace(c);
}

function isLineBoundary(c: u32, bytes: bool): bool {
  if (bytes) return c == 0x0A || c == 0x0D;
  return isLinebreak(c);
}

/** An empty result of s's kind. */
function emptyOf(bytes: bool): usize {
  return bytes ? newBytes(0, 0) : emptyStr();
}

/** A result of `length` characters of s's kind, to fill; 0 with MemoryError set. */
function allocText(length: i64, width: u32, bytes: bool): usize {
  let r: usize = 0;
  if (!bytes) r = allocStr(length, width);
  else if (length <= <i64>i32.MAX_VALUE) r = newBytes(0, <i32>length);
  if (r == 0) raiseEmpty(MemoryError);
  return r;
}

/** A filled result: strs get their canonical width; bytes are done. */
function finishText(r: usize, bytes: bool): usize {
  return bytes ? r : narrowed(r);
}

/** Appends a piece to a result list: false with MemoryError set. */
function appendItem(list: usize, piece: usize): bool {
  if (piece != 0 && listAppend(list, ptrValue(piece))) return true;
  raiseEmpty(MemoryError);
  return false;
}

// ---- repetition ----

/** s * count for a str or bytes s (count an int or an object with __index__). */
export function textRepeat(s: usize, count: Value, bytes: bool): Value {
  const times = indexValue(count, OverflowError);
  if (times == -1 && errOccurred()) return NULL;
  const n = strLength(s);
  if (times <= 0 || n == 0) return ptrValue(emptyOf(bytes));
  if (times == 1) return ptrValue(exactText(s));
  if (times > i64.MAX_VALUE / <i64>n) {
    return raiseJs(OverflowError, bytes ? 'repeated bytes are too long' : 'repeated string is too long');
  }
  const w = strWidth(s);
  const r = allocText(times * <i64>n, w, bytes);
  if (r == 0) return NULL;
  const size = <usize>(times * <i64>n) * w;
  const d = strData(r);
  // Copy s once, then double what is there.
  let done = <usize>n * w;
  copyMemory(d, strData(s), done);
  while (done < size) {
    const chunk = min(done, size - done);
    copyMemory(d + done, d, chunk);
    done += chunk;
  }
  return ptrValue(bytes ? r : finishKnownAscii(r, isAscii(s)));
}

// ---- find, rfind, index, rindex, count ----

/** One start/end bound of a search (CPython's _PyEval_SliceIndex): None or an index, clamped. */
function searchBound(v: Value, dflt: i64): i64 {
  if (v == NULL || v == NONE) return dflt;
  if (isSmallInt(v)) return intOf(v);
  if (!isIndexable(v)) {
    raiseJs(TypeError, 'slice indices must be integers or None or have an __index__ method');
    return -1;
  }
  return indexValue(v, 0);
}

/** Reads the optional start and end (args[1], args[2]) into rangeStart/rangeEnd: false on error. */
function searchRange(s: usize, args: usize, nargs: i32): bool {
  const start = searchBound(nargs > 1 ? arg(args, 1) : NULL, 0);
  if (start == -1 && errOccurred()) return false;
  const end = searchBound(nargs > 2 ? arg(args, 2) : NULL, SSIZE_MAX);
  if (end == -1 && errOccurred()) return false;
  adjustRange(start, end, strLength(s));
  return true;
}

/** What to search for: a str, or for bytes a bytes object or a byte value (0 on error). */
function searchTarget(sub: Value, bytes: bool): usize {
  const text = textOf(sub, bytes);
  if (text != 0) return text;
  if (!bytes) {
    raiseTypeNamed('must be str, not ', sub, '');
    return 0;
  }
  if (!isIndexable(sub)) {
    raiseTypeNamed("argument should be integer or bytes-like object, not '", sub, "'");
    return 0;
  }
  const byte = indexValue(sub, 0);
  if (byte == -1 && errOccurred()) return 0;
  if (byte < 0 || byte > 255) {
    raiseJs(ValueError, 'byte must be in range(0, 256)');
    return 0;
  }
  const b = newBytes(0, 1);
  if (b != 0) store<u8>(strData(b), <u8>byte);
  return b;
}

/** find/rfind/index/rindex (raise: ValueError when absent). */
export function textFind(name: string, self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool,
  reverse: bool, raise: bool): Value {
  if (!tupleArgs(bytes ? 'bytes.' : 'str.', name, nargs, kwnames, 1, 3)) return NULL;
  const s = ptrOf(self);
  const sub = searchTarget(arg(args, 0), bytes);
  if (sub == 0 || !searchRange(s, args, nargs)) return NULL;
  const i = strFind(s, sub, rangeStart, rangeEnd, reverse);
  if (i < 0 && raise) return raiseJs(ValueError, bytes ? 'subsection not found' : 'substring not found');
  return smallInt(i);
}

export function textCount(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool): Value {
  if (!tupleArgs(bytes ? 'bytes.' : 'str.', 'count', nargs, kwnames, 1, 3)) return NULL;
  const s = ptrOf(self);
  const sub = searchTarget(arg(args, 0), bytes);
  if (sub == 0 || !searchRange(s, args, nargs)) return NULL;
  return smallInt(strCount(s, sub, rangeStart, rangeEnd, i32.MAX_VALUE));
}

// ---- startswith, endswith ----

/** s[start:end] starts (or ends) with sub; the range is already adjusted. */
function tailMatch(s: usize, sub: usize, atEnd: bool): bool {
  const m = strLength(sub);
  const last = rangeEnd - m;
  if (last < rangeStart) return false;
  if (m == 0) return true;
  return strMatchesAt(s, atEnd ? last : rangeStart, sub);
}

export function textStartsOrEnds(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool,
  atEnd: bool): Value {
  const name = atEnd ? 'endswith' : 'startswith';
  if (!tupleArgs(bytes ? 'bytes.' : 'str.', name, nargs, kwnames, 1, 3)) return NULL;
  const s = ptrOf(self);
  const prefix = arg(args, 0);
  if (!searchRange(s, args, nargs)) return NULL;
  if (hasKind(prefix, KIND_TUPLE)) {
    const t = ptrOf(prefix);
    for (let i = 0; i < tupleLength(t); i++) {
      const item = tupleGet(t, i);
      const itemText = textOf(item, bytes);
      if (itemText == 0) {
        if (bytes) return raiseNotBytesLike(item);
        return raiseTypeNamed(atEnd ? 'tuple for endswith must only contain str, not ' :
          'tuple for startswith must only contain str, not ', item, '');
      }
      if (tailMatch(s, itemText, atEnd)) return TRUE;
    }
    return FALSE;
  }
  const prefixText = textOf(prefix, bytes);
  if (prefixText == 0) {
    const sb = newBuilder();
    appendJs(sb, name);
    appendJs(sb, bytes ? ' first arg must be bytes or a tuple of bytes, not ' :
      ' first arg must be str or a tuple of str, not ');
    appendStr(sb, A.typeNameOf(prefix));
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return tailMatch(s, prefixText, atEnd) ? TRUE : FALSE;
}

// ---- split, rsplit ----

const SPLIT_PARAMS: StaticArray<string> = ['sep', 'maxsplit'];

/** split's maxsplit, read by splitArgs (unlimited: SSIZE_MAX). */
let splitMax: i64 = 0;

/** Reads split's sep and maxsplit: the separator, 0 for whitespace, or -1 on error. */
function splitArgs(name: string, args: usize, nargs: i32, kwnames: Value, bytes: bool): isize {
  if (!keywordArgs(name, args, nargs, kwnames, SPLIT_PARAMS, boundArgs)) return -1;
  const sep = bound(0);
  const maxsplit = bound(1);
  let limit = SSIZE_MAX;
  if (maxsplit != NULL) {
    const m = asSsize(maxsplit);
    if (conversionFailed) return -1;
    if (m >= 0) limit = m;
  }
  splitMax = limit;
  if (sep == NULL || sep == NONE) return 0;
  const sepText = textOf(sep, bytes);
  if (sepText == 0) {
    if (bytes) raiseNotBytesLike(sep);
    else raiseTypeNamed('must be str or None, not ', sep, '');
    return -1;
  }
  if (strLength(sepText) == 0) {
    raiseJs(ValueError, 'empty separator');
    return -1;
  }
  return <isize>sepText;
}

function splitWhitespace(s: usize, list: usize, maxcount: i64, bytes: bool): bool {
  const n = strLength(s);
  let i = 0;
  while (maxcount-- > 0) {
    while (i < n && isWhitespace(charAt(s, i), bytes)) i++;
    if (i == n) break;
    const j = i;
    i++;
    while (i < n && !isWhitespace(charAt(s, i), bytes)) i++;
    if (!appendItem(list, slicePiece(s, j, i))) return false;
  }
  if (i < n) {
    while (i < n && isWhitespace(charAt(s, i), bytes)) i++;
    if (i != n && !appendItem(list, slicePiece(s, i, n))) return false;
  }
  return true;
}

function splitOnSeparator(s: usize, sep: usize, list: usize, maxcount: i64): bool {
  const n = strLength(s);
  const m = strLength(sep);
  let i = 0;
  while (maxcount-- > 0) {
    const j = strFind(s, sep, i, n, false);
    if (j < 0) break;
    if (!appendItem(list, slicePiece(s, i, j))) return false;
    i = j + m;
  }
  return appendItem(list, slicePiece(s, i, n));
}

function rsplitWhitespace(s: usize, list: usize, maxcount: i64, bytes: bool): bool {
  let i = strLength(s) - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && isWhitespace(charAt(s, i), bytes)) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isWhitespace(charAt(s, i), bytes)) i--;
    if (!appendItem(list, slicePiece(s, i + 1, j + 1))) return false;
  }
  if (i >= 0) {
    while (i >= 0 && isWhitespace(charAt(s, i), bytes)) i--;
    if (i >= 0 && !appendItem(list, slicePiece(s, 0, i + 1))) return false;
  }
  return true;
}

function rsplitOnSeparator(s: usize, sep: usize, list: usize, maxcount: i64): bool {
  const m = strLength(sep);
  let j = strLength(s);
  while (maxcount-- > 0) {
    const i = strFind(s, sep, 0, j, true);
    if (i < 0) break;
    if (!appendItem(list, slicePiece(s, i + m, j))) return false;
    j = i;
  }
  return appendItem(list, slicePiece(s, 0, j));
}

/** rsplit collects its pieces back to front. */
function reverseItems(list: usize): void {
  const items = listItems(list);
  for (let i = 0, j = seqLength(list) - 1; i < j; i++, j--) {
    const a = load<u64>(items + (<usize>i << 3));
    store<u64>(items + (<usize>i << 3), load<u64>(items + (<usize>j << 3)));
    store<u64>(items + (<usize>j << 3), a);
  }
}

export function textSplit(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool, reverse: bool): Value {
  const sep = splitArgs(reverse ? 'rsplit' : 'split', args, nargs, kwnames, bytes);
  if (sep < 0) return NULL;
  const s = ptrOf(self);
  const list = newList(0);
  let ok: bool;
  if (reverse) {
    ok = sep == 0 ? rsplitWhitespace(s, list, splitMax, bytes) : rsplitOnSeparator(s, <usize>sep, list, splitMax);
    reverseItems(list);
  } else {
    ok = sep == 0 ? splitWhitespace(s, list, splitMax, bytes) : splitOnSeparator(s, <usize>sep, list, splitMax);
  }
  return ok ? ptrValue(list) : NULL;
}

// ---- splitlines, partition, rpartition ----

const SPLITLINES_PARAMS: StaticArray<string> = ['keepends'];

export function textSplitlines(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool): Value {
  if (!keywordArgs('splitlines', args, nargs, kwnames, SPLITLINES_PARAMS, boundArgs)) return NULL;
  let keepends = false;
  if (bound(0) != NULL) {
    const k = asInt(bound(0));
    if (conversionFailed) return NULL;
    keepends = k != 0;
  }
  const s = ptrOf(self);
  const n = strLength(s);
  const list = newList(0);
  let i = 0;
  while (i < n) {
    const start = i;
    while (i < n && !isLineBoundary(charAt(s, i), bytes)) i++;
    let eol = i;
    if (i < n) {
      i += charAt(s, i) == 0x0D && i + 1 < n && charAt(s, i + 1) == 0x0A ? 2 : 1;
      if (keepends) eol = i;
    }
    if (!appendItem(list, slicePiece(s, start, eol))) return NULL;
  }
  return ptrValue(list);
}

export function textPartition(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool, reverse: bool): Value {
  const name = bytes ? (reverse ? 'bytes.rpartition' : 'bytes.partition') : reverse ? 'str.rpartition' : 'str.partition';
  if (!checkOneArg(name, nargs, kwnames)) return NULL;
  const sepValue = arg(args, 0);
  const sep = textOf(sepValue, bytes);
  if (sep == 0) return bytes ? raiseNotBytesLike(sepValue) : raiseTypeNamed('must be str, not ', sepValue, '');
  if (strLength(sep) == 0) return raiseJs(ValueError, 'empty separator');
  const s = ptrOf(self);
  const n = strLength(s);
  const i = strFind(s, sep, 0, n, reverse);
  if (i < 0) {
    const empty = ptrValue(emptyOf(bytes));
    const whole = ptrValue(exactText(s));
    return ptrValue(reverse ? tuple3(empty, empty, whole) : tuple3(whole, empty, empty));
  }
  const m = strLength(sep);
  return ptrValue(tuple3(ptrValue(slicePiece(s, 0, i)), ptrValue(exactText(sep)), ptrValue(slicePiece(s, i + m, n))));
}

// ---- join ----

/**
 * sep.join(iterable): lists and tuples are read directly; other iterables are gathered into a
 * list first (their iteration may run Python code, so the list is rooted meanwhile).
 */
export function textJoin(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool): Value {
  if (!checkOneArg(bytes ? 'bytes.join' : 'str.join', nargs, kwnames)) return NULL;
  const iterable = arg(args, 0);
  if (hasKind(iterable, KIND_LIST) || hasKind(iterable, KIND_TUPLE)) return joinItems(ptrOf(self), ptrOf(iterable), bytes);
  const list = gatherItems(iterable);
  if (list == 0) return NULL;
  return joinItems(ptrOf(self), list, bytes);
}

/** The items of an iterable as a list; 0 with an error ("can only join an iterable"). */
function gatherItems(iterable: Value): usize {
  const it = A.getIter(iterable);
  if (it == NULL) {
    if (excMatches(TypeError)) {
      clearExc();
      raiseJs(TypeError, 'can only join an iterable');
    }
    return 0;
  }
  const list = newList(0);
  pushTempRoot(ptrValue(list));
  pushTempRoot(it);
  let ok = true;
  while (ok) {
    const item = A.iterNext(it);
    if (item == NULL) {
      ok = !errOccurred();
      break;
    }
    if (!listAppend(list, item)) {
      raiseEmpty(MemoryError);
      ok = false;
    }
  }
  popTempRoots(2);
  return ok ? list : 0;
}

function joinItems(sep: usize, seq: usize, bytes: bool): Value {
  const n = seqLength(seq);
  if (n == 0) return ptrValue(emptyOf(bytes));
  let total: i64 = <i64>strLength(sep) * <i64>(n - 1);
  let width = strWidth(sep);
  let ascii = bytes || isAscii(sep);
  for (let i = 0; i < n; i++) {
    const item = seqItem(seq, i);
    const text = textOf(item, bytes);
    if (text == 0) return raiseSequenceItem(i, item, bytes);
    total += strLength(text);
    width = max(width, strWidth(text));
    ascii = ascii && (bytes || isAscii(text));
  }
  // One item is the result itself (a copy when it is not exactly str or bytes).
  if (n == 1 && (!bytes || hasKind(seqItem(seq, 0), KIND_BYTES))) return ptrValue(exactText(ptrOf(seqItem(seq, 0))));
  const r = allocText(total, width, bytes);
  if (r == 0) return NULL;
  const m = strLength(sep);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && m > 0) {
      copyChars(r, at, sep, 0, m);
      at += m;
    }
    const item = textOf(seqItem(seq, i), bytes);
    const len = strLength(item);
    copyChars(r, at, item, 0, len);
    at += len;
  }
  return ptrValue(bytes ? r : finishKnownAscii(r, ascii));
}

function raiseSequenceItem(i: i32, item: Value, bytes: bool): Value {
  const sb = newBuilder();
  appendJs(sb, 'sequence item ');
  appendI64(sb, i);
  appendJs(sb, bytes ? ': expected a bytes-like object, ' : ': expected str instance, ');
  appendStr(sb, A.typeNameOf(item));
  appendJs(sb, ' found');
  return raiseStr(TypeError, finishBuilder(sb));
}

// ---- strip, lstrip, rstrip ----

/** Whether c is in chars (0: whitespace). */
function isStripped(c: u32, chars: usize, bytes: bool): bool {
  if (chars == 0) return isWhitespace(c, bytes);
  const n = strLength(chars);
  for (let i = 0; i < n; i++) if (charAt(chars, i) == c) return true;
  return false;
}

/** strip (both ends), lstrip (left) or rstrip (right). */
export function textStrip(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool, left: bool,
  right: bool): Value {
  const name = left && right ? 'strip' : left ? 'lstrip' : 'rstrip';
  const qualified = bytes ? (left && right ? 'bytes.strip' : left ? 'bytes.lstrip' : 'bytes.rstrip') :
    left && right ? 'str.strip' : left ? 'str.lstrip' : 'str.rstrip';
  if (!checkNoKwargs(qualified, kwnames) || !checkArgCount(name, nargs, 0, 1)) return NULL;
  let chars: usize = 0;
  if (nargs == 1 && arg(args, 0) != NONE) {
    const c = arg(args, 0);
    chars = textOf(c, bytes);
    if (chars == 0) {
      if (bytes) return raiseNotBytesLike(c);
      const sb = newBuilder();
      appendJs(sb, name);
      appendJs(sb, ' arg must be None or str');
      return raiseStr(TypeError, finishBuilder(sb));
    }
  }
  const s = ptrOf(self);
  let i = 0;
  let j = strLength(s);
  if (left) while (i < j && isStripped(charAt(s, i), chars, bytes)) i++;
  if (right) while (j > i && isStripped(charAt(s, j - 1), chars, bytes)) j--;
  const r = slicePiece(s, i, j);
  return r == 0 ? raiseEmpty(MemoryError) : ptrValue(r);
}

// ---- replace ----

export function textReplace(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool): Value {
  if (!checkNoKwargs(bytes ? 'bytes.replace' : 'str.replace', kwnames) || !checkArgCount('replace', nargs, 2, 3)) {
    return NULL;
  }
  for (let k = 0; k < 2; k++) {
    const v = arg(args, k);
    if (textOf(v, bytes) != 0) continue;
    if (bytes) return raiseNotBytesLike(v);
    return raiseTypeNamed(k == 0 ? 'replace() argument 1 must be str, not ' : 'replace() argument 2 must be str, not ',
      v, '');
  }
  let count: i64 = -1;
  if (nargs == 3) {
    count = asSsize(arg(args, 2));
    if (conversionFailed) return NULL;
  }
  const r = replaceText(ptrOf(self), textOf(arg(args, 0), bytes), textOf(arg(args, 1), bytes), count < 0 ? SSIZE_MAX : count, bytes);
  return r == 0 ? NULL : ptrValue(r);
}

/** s.replace(old, new, count); 0 with MemoryError set when the result is too large. */
function replaceText(s: usize, old: usize, rep: usize, count: i64, bytes: bool): usize {
  const n = strLength(s);
  const m = strLength(old);
  const k = strLength(rep);
  const limit = <i32>min(count, <i64>i32.MAX_VALUE);
  const found = m == 0 ? min(n + 1, limit) : strCount(s, old, 0, n, limit);
  if (found == 0) return exactText(s);
  const r = allocText(<i64>n + <i64>found * (<i64>k - <i64>m), max(strWidth(s), strWidth(rep)), bytes);
  if (r == 0) return 0;
  let from = 0;
  let at = 0;
  for (let done = 0; done < found; done++) {
    // An empty `old` matches before each character (and at the end).
    const i = m == 0 ? (done == 0 ? 0 : from + 1) : strFind(s, old, from, n, false);
    copyChars(r, at, s, from, i - from);
    at += i - from;
    copyChars(r, at, rep, 0, k);
    at += k;
    from = i + m;
  }
  copyChars(r, at, s, from, n - from);
  return finishText(r, bytes);
}

// ---- center, ljust, rjust, zfill ----

/** s with `left` and `right` fill characters around it; 0 with MemoryError set. */
function padded(s: usize, left: i64, right: i64, fill: u32, bytes: bool): usize {
  const n = strLength(s);
  const total = <i64>n + left + right;
  const r = allocText(total, max(strWidth(s), widthForMax(fill)), bytes);
  if (r == 0) return 0;
  const l = <i32>left;
  for (let i = 0; i < l; i++) setCharAt(r, i, fill);
  copyChars(r, l, s, 0, n);
  for (let i = l + n; i < <i32>total; i++) setCharAt(r, i, fill);
  return bytes ? r : finishStr(r);
}

/** The fill character argument: a one-character str, or bytes of length 1. -1 on error. */
function fillArgument(name: string, v: Value, bytes: bool): i64 {
  if (bytes) {
    if (hasKind(v, KIND_BYTES) && strLength(ptrOf(v)) == 1) return <i64>charAt(ptrOf(v), 0);
    const sb = newBuilder();
    appendJs(sb, name);
    appendJs(sb, '() argument 2 must be a byte string of length 1, not ');
    appendStr(sb, A.typeNameOf(v));
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  if (!isStrValue(v)) {
    raiseTypeNamed('The fill character must be a unicode character, not ', v, '');
    return -1;
  }
  if (strLength(ptrOf(v)) != 1) {
    raiseJs(TypeError, 'The fill character must be exactly one character long');
    return -1;
  }
  return <i64>charAt(ptrOf(v), 0);
}

/** center ('^'), ljust ('<') and rjust ('>'). */
export function textPad(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool, align: u32): Value {
  const name = align == 0x5E ? 'center' : align == 0x3C ? 'ljust' : 'rjust';
  const qualified = bytes ? (align == 0x5E ? 'bytes.center' : align == 0x3C ? 'bytes.ljust' : 'bytes.rjust') :
    align == 0x5E ? 'str.center' : align == 0x3C ? 'str.ljust' : 'str.rjust';
  if (!checkNoKwargs(qualified, kwnames) || !checkArgCount(name, nargs, 1, 2)) return NULL;
  const width = asSsize(arg(args, 0));
  if (conversionFailed) return NULL;
  let fill: u32 = 0x20;
  if (nargs == 2) {
    const f = fillArgument(name, arg(args, 1), bytes);
    if (f < 0) return NULL;
    fill = <u32>f;
  }
  const s = ptrOf(self);
  const n = <i64>strLength(s);
  if (width <= n) return ptrValue(exactText(s));
  const margin = width - n;
  let left: i64 = 0;
  if (align == 0x3E) left = margin;
  else if (align == 0x5E) left = margin / 2 + (margin & width & 1);
  const r = padded(s, left, margin - left, fill, bytes);
  return r == 0 ? NULL : ptrValue(r);
}

export function textZfill(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool): Value {
  if (!checkOneArg(bytes ? 'bytes.zfill' : 'str.zfill', nargs, kwnames)) return NULL;
  const width = asSsize(arg(args, 0));
  if (conversionFailed) return NULL;
  const s = ptrOf(self);
  const n = strLength(s);
  if (width <= <i64>n) return ptrValue(exactText(s));
  const fill = <i32>(width - n);
  const r = padded(s, fill, 0, 0x30, bytes);
  if (r == 0) return NULL;
  const c = charAt(r, fill);
  if (c == 0x2B || c == 0x2D) {
    setCharAt(r, 0, c);
    setCharAt(r, fill, 0x30);
  }
  return ptrValue(r);
}

// ---- expandtabs, removeprefix, removesuffix ----

const EXPANDTABS_PARAMS: StaticArray<string> = ['tabsize'];

export function textExpandtabs(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool): Value {
  if (!keywordArgs('expandtabs', args, nargs, kwnames, EXPANDTABS_PARAMS, boundArgs)) return NULL;
  let tabsize = 8;
  if (bound(0) != NULL) {
    tabsize = asInt(bound(0));
    if (conversionFailed) return NULL;
  }
  const s = ptrOf(self);
  const n = strLength(s);
  // First the length, then the characters.
  let length: i64 = 0;
  let column: i64 = 0;
  let tabs = false;
  for (let i = 0; i < n; i++) {
    const c = charAt(s, i);
    if (c == 0x09) {
      tabs = true;
      if (tabsize > 0) {
        const spaces = tabsize - column % tabsize;
        column += spaces;
        length += spaces;
      }
    } else {
      column = c == 0x0A || c == 0x0D ? 0 : column + 1;
      length++;
    }
  }
  if (!tabs) return ptrValue(exactText(s));
  const r = allocText(length, strWidth(s), bytes);
  if (r == 0) return NULL;
  let at = 0;
  column = 0;
  for (let i = 0; i < n; i++) {
    const c = charAt(s, i);
    if (c == 0x09) {
      if (tabsize > 0) {
        const spaces = <i32>(tabsize - column % tabsize);
        column += spaces;
        for (let k = 0; k < spaces; k++) setCharAt(r, at++, 0x20);
      }
    } else {
      column = c == 0x0A || c == 0x0D ? 0 : column + 1;
      setCharAt(r, at++, c);
    }
  }
  return ptrValue(bytes ? r : finishStr(r));
}

export function textRemoveAffix(self: Value, args: usize, nargs: i32, kwnames: Value, bytes: bool, atEnd: bool): Value {
  const name = bytes ? (atEnd ? 'bytes.removesuffix' : 'bytes.removeprefix') :
    atEnd ? 'str.removesuffix' : 'str.removeprefix';
  if (!checkOneArg(name, nargs, kwnames)) return NULL;
  const affix = arg(args, 0);
  const affixText = textOf(affix, bytes);
  if (affixText == 0) {
    if (bytes) return raiseNotBytesLike(affix);
    return raiseTypeNamed(atEnd ? 'removesuffix() argument must be str, not ' :
      'removeprefix() argument must be str, not ', affix, '');
  }
  const s = ptrOf(self);
  const n = strLength(s);
  const m = strLength(affixText);
  if (m == 0 || m > n || !strMatchesAt(s, atEnd ? n - m : 0, affixText)) return ptrValue(exactText(s));
  return ptrValue(atEnd ? slicePiece(s, 0, n - m) : slicePiece(s, m, n));
}

