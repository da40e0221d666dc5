// Argument binding for natives with positional-or-keyword parameters (int(), round(), pow(),
// int.to_bytes …), with CPython's argument-clinic error messages. The simpler conventions
// (no arguments, exactly one, no keywords) are in args.ts.

import { Value, NULL, ptrOf } from '../value';
import { tupleLength, tupleGet } from './tuple';
import { strIsJs } from './args';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { raiseStr } from '../errors';
import { TypeError } from './exception';

function fail(sb: usize): bool {
  raiseStr(TypeError, finishBuilder(sb));
  return false;
}

/** The parameter a keyword names (-1 when none; positional-only parameters have no name). */
function keywordIndex(name: usize, names: StaticArray<string>, positionalOnly: i32): i32 {
  for (let i = positionalOnly; i < names.length; i++) {
    if (strIsJs(name, unchecked(names[i]))) return i;
  }
  return -1;
}

function appendCall(sb: usize, fname: string): void {
  appendJs(sb, fname);
  appendJs(sb, '()');
}

/**
 * Binds positional and keyword arguments to `names` into `out` (one Value per name; NULL when
 * not given). The first `positionalOnly` names cannot be passed by keyword, at most
 * `maxPositional` positionally, and the first `required` must be given. False with TypeError set.
 */
export function bindArgs(fname: string, args: usize, nargs: i32, kwnames: Value, names: StaticArray<string>,
  positionalOnly: i32, maxPositional: i32, required: i32, out: usize): bool {
  const count = names.length;
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  if (nargs + nkw > count || nargs > maxPositional) {
    const sb = newBuilder();
    appendCall(sb, fname);
    appendJs(sb, ' takes at most ');
    const positionalLimit = nargs > maxPositional && maxPositional < count;
    appendI64(sb, positionalLimit ? maxPositional : count);
    appendJs(sb, positionalLimit ? ' positional arguments (' : ' arguments (');
    appendI64(sb, positionalLimit ? nargs : nargs + nkw);
    appendJs(sb, ' given)');
    return fail(sb);
  }
  for (let i = 0; i < count; i++) store<u64>(out + (<usize>i << 3), i < nargs ? load<u64>(args + (<usize>i << 3)) : NULL);
  // As argument clinic: bind the keywords that name free parameters, report a missing required
  // argument, and only then a keyword that is unknown or repeats a positional one.
  let stray = -1;
  for (let k = 0; k < nkw; k++) {
    const index = keywordIndex(ptrOf(tupleGet(ptrOf(kwnames), k)), names, positionalOnly);
    if (index < nargs) {
      if (stray < 0) stray = k;
      continue;
    }
    store<u64>(out + (<usize>index << 3), load<u64>(args + (<usize>(nargs + k) << 3)));
  }
  for (let i = 0; i < required; i++) {
    if (load<u64>(out + (<usize>i << 3)) == NULL) {
      const sb = newBuilder();
      appendCall(sb, fname);
      appendJs(sb, " missing required argument '");
      appendJs(sb, unchecked(names[i]));
      appendJs(sb, "' (pos ");
      appendI64(sb, i + 1);
      appendJs(sb, ')');
      return fail(sb);
    }
  }
  if (stray >= 0) {
    const name = ptrOf(tupleGet(ptrOf(kwnames), stray));
    const index = keywordIndex(name, names, positionalOnly);
    const sb = newBuilder();
    if (index < 0) {
      appendJs(sb, "'");
      appendStr(sb, name);
      appendJs(sb, "' is an invalid keyword argument for ");
      appendCall(sb, fname);
    } else {
      appendJs(sb, 'argument for ');
      appendCall(sb, fname);
      appendJs(sb, " given by name ('");
      appendStr(sb, name);
      appendJs(sb, "') and position (");
      appendI64(sb, index + 1);
      appendJs(sb, ')');
    }
    return fail(sb);
  }
  return true;
}
