// Argument checking for the methods of str and bytes beyond what args.ts offers, with CPython
// 3.11's messages. CPython's str and bytes methods come from every generation of its argument
// parsing; args.ts covers METH_NOARGS, METH_O and clinic's positional checks, this file the rest:
//   PyArg_ParseTuple   "find() takes at least 1 argument (0 given)"
//   clinic, keywords   "split() takes at most 2 arguments (3 given)", then args.ts's
//                      "'x' is an invalid keyword argument for split()"
// and the conversions of argument values the text methods share.

import { Value, NULL, TRUE, FALSE, isSmallInt, isPtr, intOf, ptrOf } from '../value';
import { kindOfPtr, KIND_STR } from '../object';
import { raiseStr, raiseJs } from '../errors';
import { TypeError, OverflowError } from './exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { kwCount, parseKeywords } from './args';
import * as A from '../abstract';

// @ts-ignore: decorator
@inline export function arg(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline export function isStrValue(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR;
}

function raiseCount(name: string, tooFew: bool, bound: i32, keyword: bool, count: i32): bool {
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, tooFew ? '() takes at least ' : '() takes at most ');
  appendI64(sb, bound);
  appendJs(sb, keyword ? ' keyword' : '');
  appendJs(sb, bound == 1 ? ' argument (' : ' arguments (');
  appendI64(sb, count);
  appendJs(sb, ' given)');
  raiseStr(TypeError, finishBuilder(sb));
  return false;
}

/**
 * A PyArg_ParseTuple method ("O|OO:find") of the type named by `owner` ('str.' or 'bytes.'):
 * no keywords, min to max positional arguments.
 */
export function tupleArgs(owner: string, name: string, nargs: i32, kwnames: Value, min: i32, max: i32): bool {
  if (kwCount(kwnames) != 0) {
    const sb = newBuilder();
    appendJs(sb, owner);
    appendJs(sb, name);
    appendJs(sb, '() takes no keyword arguments');
    raiseStr(TypeError, finishBuilder(sb));
    return false;
  }
  if (nargs < min) return raiseCount(name, true, min, false, nargs);
  if (nargs > max) return raiseCount(name, false, max, false, nargs);
  return true;
}

/**
 * An Argument Clinic method whose parameters (`names`, all optional) may be given by keyword
 * (CPython's _PyArg_UnpackKeywords): stores each at out + 8 * index, NULL when not given.
 */
export function keywordArgs(name: string, args: usize, nargs: i32, kwnames: Value,
  names: StaticArray<string>, out: usize): bool {
  const max = names.length;
  const total = nargs + kwCount(kwnames);
  if (total > max) return raiseCount(name, false, max, nargs == 0, total);
  for (let i = 0; i < max; i++) store<u64>(out + (<usize>i << 3), i < nargs ? arg(args, i) : NULL);
  return parseKeywords(name, args, nargs, kwnames, names, out);
}

/**
 * PyNumber_AsSsize_t(v, OverflowError) for arguments such as maxsplit: an int (or __index__)
 * as an i64. Check `conversionFailed` after the call.
 */
export let conversionFailed: bool = false;
export function asSsize(v: Value): i64 {
  return asI64(v, 'Python int too large to convert to C ssize_t');
}

function asI64(v: Value, tooLarge: string): i64 {
  // __index__ may run Python code that converts too: set the flag only once done.
  let n: i64 = 0;
  let ok = true;
  if (isSmallInt(v)) n = intOf(v);
  else if (v == TRUE || v == FALSE) n = v == TRUE ? 1 : 0;
  else {
    const i = A.indexOf(v);
    ok = isSmallInt(i);
    if (ok) n = intOf(i);
    else if (i != NULL) raiseJs(OverflowError, tooLarge);
  }
  conversionFailed = !ok;
  return n;
}

/** A C int argument (clinic's 'i'): OverflowError beyond 32 bits. Check conversionFailed. */
export function asInt(v: Value): i32 {
  const n = asI64(v, 'Python int too large to convert to C int');
  if (conversionFailed) return 0;
  if (n > <i64>i32.MAX_VALUE || n < <i64>i32.MIN_VALUE) {
    raiseJs(OverflowError, 'Python int too large to convert to C int');
    conversionFailed = true;
    return 0;
  }
  return <i32>n;
}

/** TypeError with `prefix` + the type name of v + `suffix` ("must be str, not int"). */
export function raiseTypeNamed(prefix: string, v: Value, suffix: string): Value {
  const sb = newBuilder();
  appendJs(sb, prefix);
  appendStr(sb, A.typeNameOf(v));
  appendJs(sb, suffix);
  return raiseStr(TypeError, finishBuilder(sb));
}
