// str's methods: the ones str and bytes share (text-methods.ts) under str's names, and
// encode, maketrans and translate.

import { Value, NULL, NONE, isSmallInt, intOf, ptrOf, ptrValue, smallInt } from '../value';
import { hasKind, KIND_DICT } from '../object';
import { strLength, charAt } from './str';
import { newBuilder, appendCodePoint, appendStr, finishBuilder } from './strbuilder';
import { newDict, dictSet, dictNextEntry, entryKey, entryValue } from './dict';
import { raiseJs, raiseEmpty, excMatches, clearExc } from '../errors';
import { TypeError, ValueError, MemoryError, LookupError } from './exception';
import { defineMethod, defineStaticMethod } from './builtin';
import { checkOneArg, checkArgCount, checkNoKwargs, checkNoArgs } from './args';
import { tuple1 } from './tuple';
import { exactStr } from './str-ops';
import { pushTempRoot, popTempRoots } from '../gc';
import * as A from '../abstract';
import { encodeStr, codecFromArgs, chosenEncoding, chosenErrors } from './str-codecs';
import { arg, isStrValue, keywordArgs, raiseTypeNamed } from './text-args';
import * as T from './text-methods';

/** Scratch for keyword-bound arguments. */
const boundArgs = memory.data(2 * 8);

function strFindMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textFind('find', self, args, nargs, kwnames, false, false, false);
}

function strRfindMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textFind('rfind', self, args, nargs, kwnames, false, true, false);
}

function strIndexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textFind('index', self, args, nargs, kwnames, false, false, true);
}

function strRindexMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textFind('rindex', self, args, nargs, kwnames, false, true, true);
}

function strCountMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textCount(self, args, nargs, kwnames, false);
}

function strStartswithMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textStartsOrEnds(self, args, nargs, kwnames, false, false);
}

function strEndswithMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textStartsOrEnds(self, args, nargs, kwnames, false, true);
}

function strSplitMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textSplit(self, args, nargs, kwnames, false, false);
}

function strRsplitMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textSplit(self, args, nargs, kwnames, false, true);
}

function strSplitlinesMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textSplitlines(self, args, nargs, kwnames, false);
}

function strPartitionMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textPartition(self, args, nargs, kwnames, false, false);
}

function strRpartitionMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textPartition(self, args, nargs, kwnames, false, true);
}

function strJoinMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textJoin(self, args, nargs, kwnames, false);
}

function strStripMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textStrip(self, args, nargs, kwnames, false, true, true);
}

function strLstripMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textStrip(self, args, nargs, kwnames, false, true, false);
}

function strRstripMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textStrip(self, args, nargs, kwnames, false, false, true);
}

function strReplaceMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textReplace(self, args, nargs, kwnames, false);
}

function strCenterMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textPad(self, args, nargs, kwnames, false, 0x5E);
}

function strLjustMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textPad(self, args, nargs, kwnames, false, 0x3C);
}

function strRjustMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textPad(self, args, nargs, kwnames, false, 0x3E);
}

function strZfillMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textZfill(self, args, nargs, kwnames, false);
}

function strExpandtabsMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textExpandtabs(self, args, nargs, kwnames, false);
}

function strRemoveprefixMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textRemoveAffix(self, args, nargs, kwnames, false, false);
}

function strRemovesuffixMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return T.textRemoveAffix(self, args, nargs, kwnames, false, true);
}

// ---- encode ----

const ENCODE_PARAMS: StaticArray<string> = ['encoding', 'errors'];

function strEncodeMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs('encode', args, nargs, kwnames, ENCODE_PARAMS, boundArgs)) return NULL;
  if (!codecFromArgs('encode', load<u64>(boundArgs), load<u64>(boundArgs, 8))) return NULL;
  const b = encodeStr(ptrOf(self), chosenEncoding, chosenErrors);
  return b == 0 ? NULL : ptrValue(b);
}

// ---- maketrans, translate ----

/** str.maketrans(x[, y[, z]]): a dict from code points to code points, strs or None. */
function strMaketransMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('str.maketrans', kwnames) || !checkArgCount('maketrans', nargs, 1, 3)) return NULL;
  const x = arg(args, 0);
  if (nargs == 1) {
    if (!hasKind(x, KIND_DICT)) return raiseJs(TypeError, 'if you give only one argument to maketrans it must be a dict');
    return translationFromDict(ptrOf(x));
  }
  if (!isStrValue(x)) return raiseJs(TypeError, 'first maketrans argument must be a string if there is a second argument');
  for (let k = 1; k < nargs; k++) {
    if (!isStrValue(arg(args, k))) {
      return raiseTypeNamed(k == 1 ? 'maketrans() argument 2 must be str, not ' : 'maketrans() argument 3 must be str, not ',
        arg(args, k), '');
    }
  }
  const from = ptrOf(x);
  const to = ptrOf(arg(args, 1));
  if (strLength(from) != strLength(to)) return raiseJs(ValueError, 'the first two maketrans arguments must have equal length');
  const table = newDict();
  for (let i = 0; i < strLength(from); i++) {
    if (dictSet(table, smallInt(charAt(from, i)), smallInt(charAt(to, i))) < 0) return NULL;
  }
  if (nargs == 3) {
    const z = ptrOf(arg(args, 2));
    for (let i = 0; i < strLength(z); i++) if (dictSet(table, smallInt(charAt(z, i)), NONE) < 0) return NULL;
  }
  return ptrValue(table);
}

/** maketrans(dict): one-character str keys become their code points. */
function translationFromDict(d: usize): Value {
  const table = newDict();
  pushTempRoot(ptrValue(table));
  let result = ptrValue(table);
  for (let pos = dictNextEntry(d, 0); pos >= 0; pos = dictNextEntry(d, pos + 1)) {
    let key = entryKey(d, pos);
    if (isStrValue(key)) {
      if (strLength(ptrOf(key)) != 1) {
        result = raiseJs(ValueError, 'string keys in translate table must be of length 1');
        break;
      }
      key = smallInt(charAt(ptrOf(key), 0));
    } else if (!A.isInstance(key, A.intType)) {
      result = raiseJs(TypeError, 'keys in translate table must be strings or integers');
      break;
    }
    if (dictSet(table, key, entryValue(d, pos)) < 0) {
      result = NULL;
      break;
    }
  }
  popTempRoots(1);
  return result;
}

/** s.translate(table): table[ord(c)] for each character; LookupError keeps it. */
function strTranslateMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('str.translate', nargs, kwnames)) return NULL;
  const table = arg(args, 0);
  const s = ptrOf(self);
  const n = strLength(s);
  const sb = newBuilder(n);
  pushTempRoot(ptrValue(sb));
  let ok = true;
  for (let i = 0; i < n && ok; i++) ok = translateChar(sb, table, charAt(s, i));
  popTempRoots(1);
  if (!ok) return NULL;
  const r = finishBuilder(sb);
  return r == 0 ? raiseEmpty(MemoryError) : ptrValue(r);
}

function translateChar(sb: usize, table: Value, c: u32): bool {
  const mapped = A.getItem(table, smallInt(c));
  if (mapped == NULL) {
    if (!excMatches(LookupError)) return false;
    clearExc();
    appendCodePoint(sb, c);
    return true;
  }
  if (mapped == NONE) return true;
  if (isStrValue(mapped)) {
    appendStr(sb, ptrOf(mapped));
    return true;
  }
  if (!A.isInstance(mapped, A.intType)) {
    raiseJs(TypeError, 'character mapping must return integer, None or str');
    return false;
  }
  const cp = isSmallInt(mapped) ? intOf(mapped) : -1;
  if (cp < 0 || cp > 0x10FFFF) {
    raiseJs(ValueError, 'character mapping must be in range(0x110000)');
    return false;
  }
  appendCodePoint(sb, <u32>cp);
  return true;
}

/** s.__getnewargs__(): (str(s),), what copy and pickle rebuild a str subclass instance from. */
function strGetnewargsMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('str.__getnewargs__', nargs, kwnames)) return NULL;
  return ptrValue(tuple1(ptrValue(exactStr(ptrOf(self)))));
}

export function setupStrMethods(t: usize): void {
  defineMethod(t, 'find', strFindMethod);
  defineMethod(t, 'rfind', strRfindMethod);
  defineMethod(t, 'index', strIndexMethod);
  defineMethod(t, 'rindex', strRindexMethod);
  defineMethod(t, 'count', strCountMethod);
  defineMethod(t, 'startswith', strStartswithMethod);
  defineMethod(t, 'endswith', strEndswithMethod);
  defineMethod(t, 'split', strSplitMethod);
  defineMethod(t, 'rsplit', strRsplitMethod);
  defineMethod(t, 'splitlines', strSplitlinesMethod);
  defineMethod(t, 'partition', strPartitionMethod);
  defineMethod(t, 'rpartition', strRpartitionMethod);
  defineMethod(t, 'join', strJoinMethod);
  defineMethod(t, 'strip', strStripMethod);
  defineMethod(t, 'lstrip', strLstripMethod);
  defineMethod(t, 'rstrip', strRstripMethod);
  defineMethod(t, 'replace', strReplaceMethod);
  defineMethod(t, 'center', strCenterMethod);
  defineMethod(t, 'ljust', strLjustMethod);
  defineMethod(t, 'rjust', strRjustMethod);
  defineMethod(t, 'zfill', strZfillMethod);
  defineMethod(t, 'expandtabs', strExpandtabsMethod);
  defineMethod(t, 'removeprefix', strRemoveprefixMethod);
  defineMethod(t, 'removesuffix', strRemovesuffixMethod);
  defineMethod(t, 'encode', strEncodeMethod);
  defineStaticMethod(t, 'maketrans', strMaketransMethod);
  defineMethod(t, 'translate', strTranslateMethod);
  defineMethod(t, '__getnewargs__', strGetnewargsMethod);
}
