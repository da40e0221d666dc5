// Argument checking for natives, with CPython 3.11's messages for each calling convention:
// Argument Clinic's positional checks ("pop expected at most 1 argument, got 2"), METH_O and
// METH_NOARGS ("list.append() takes exactly one argument (0 given)"), and keyword parsing
// ("'foo' is an invalid keyword argument for sort()").

import { Value, NULL, ptrOf } from '../value';
import { raiseStr } from '../errors';
import { TypeError } from './exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { tupleLength, tupleGet } from './tuple';
import { strLength, charAt } from './str';

/** The number of keyword arguments of a vectorcall. */
// @ts-ignore: decorator
@inline export function kwCount(kwnames: Value): i32 {
  return kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
}

/** Appends a function's name: "name", or "owner.name" for a method named with its type. */
function appendName(sb: usize, name: string, owner: string): void {
  if (owner.length > 0) {
    appendJs(sb, owner);
    appendJs(sb, '.');
  }
  appendJs(sb, name);
}

/** "NAME() takes no keyword arguments" unless there are none. */
export function checkNoKwargs(name: string, kwnames: Value, owner: string = ''): bool {
  if (kwCount(kwnames) == 0) return true;
  const sb = newBuilder();
  appendName(sb, name, owner);
  appendJs(sb, '() takes no keyword arguments');
  raiseStr(TypeError, finishBuilder(sb));
  return false;
}

/** Argument Clinic's positional count check: "NAME expected [at least |at most ]N argument(s), got M". */
export function checkArgCount(name: string, nargs: i32, min: i32, max: i32): bool {
  if (nargs >= min && nargs <= max) return true;
  const bound = nargs < min ? min : max;
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, ' expected ');
  if (min != max) appendJs(sb, nargs < min ? 'at least ' : 'at most ');
  appendI64(sb, bound);
  appendJs(sb, bound == 1 ? ' argument, got ' : ' arguments, got ');
  appendI64(sb, nargs);
  raiseStr(TypeError, finishBuilder(sb));
  return false;
}

function raiseGiven(name: string, owner: string, what: string, nargs: i32): void {
  const sb = newBuilder();
  appendName(sb, name, owner);
  appendJs(sb, what);
  appendI64(sb, nargs);
  appendJs(sb, ' given)');
  raiseStr(TypeError, finishBuilder(sb));
}

/** METH_O: "NAME() takes exactly one argument (N given)", and no keywords. */
export function checkOneArg(name: string, nargs: i32, kwnames: Value, owner: string = ''): bool {
  if (!checkNoKwargs(name, kwnames, owner)) return false;
  if (nargs == 1) return true;
  raiseGiven(name, owner, '() takes exactly one argument (', nargs);
  return false;
}

/** METH_NOARGS: "NAME() takes no arguments (N given)", and no keywords. */
export function checkNoArgs(name: string, nargs: i32, kwnames: Value, owner: string = ''): bool {
  if (!checkNoKwargs(name, kwnames, owner)) return false;
  if (nargs == 0) return true;
  raiseGiven(name, owner, '() takes no arguments (', nargs);
  return false;
}

/** "NAME() takes at most N arguments (M given)", for functions that count keywords too (enumerate). */
export function raiseTakesAtMost(name: string, most: i32, given: i32): void {
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, '() takes at most ');
  appendI64(sb, most);
  appendJs(sb, ' arguments (');
  appendI64(sb, given);
  appendJs(sb, ' given)');
  raiseStr(TypeError, finishBuilder(sb));
}

/** True when the str object s spells the AssemblyScript string js. */
export function strIsJs(s: usize, js: string): bool {
  const n = strLength(s);
  if (n != js.length) return false;
  for (let i = 0; i < n; i++) if (charAt(s, i) != <u32>js.charCodeAt(i)) return false;
  return true;
}

/**
 * Matches keyword arguments against `names` (a function's parameters, positional ones first),
 * storing each given value at out + 8 * index. Positional arguments are the caller's: a
 * keyword naming one of the first nargs parameters is an error, as is an unknown name.
 */
export function parseKeywords(fn: string, args: usize, nargs: i32, kwnames: Value,
  names: StaticArray<string>, out: usize): bool {
  const n = kwCount(kwnames);
  for (let k = 0; k < n; k++) {
    const name = ptrOf(tupleGet(ptrOf(kwnames), k));
    let j = 0;
    while (j < names.length && !strIsJs(name, unchecked(names[j]))) j++;
    if (j == names.length) {
      const sb = newBuilder();
      appendJs(sb, "'");
      appendStr(sb, name);
      appendJs(sb, "' is an invalid keyword argument for ");
      appendJs(sb, fn);
      appendJs(sb, '()');
      raiseStr(TypeError, finishBuilder(sb));
      return false;
    }
    if (j < nargs) {
      const sb = newBuilder();
      appendJs(sb, 'argument for ');
      appendJs(sb, fn);
      appendJs(sb, "() given by name ('");
      appendStr(sb, name);
      appendJs(sb, "') and position (");
      appendI64(sb, j + 1);
      appendJs(sb, ')');
      raiseStr(TypeError, finishBuilder(sb));
      return false;
    }
    store<u64>(out + (<usize>j << 3), load<u64>(args + (<usize>(nargs + k) << 3)));
  }
  return true;
}
