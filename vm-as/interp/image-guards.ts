// What the code verifier (verify.ts) cannot prove about an image: the kinds of the values some
// instructions take from the stack. A compiler never breaks these; a corrupted or hand-made
// image can, and must get a SystemError rather than the VM reading memory as the wrong object.
// The checks are one load and compare each, on instructions that are never the hot ones
// (MAKE_FUNCTION, comprehension appends, BUILD_CONST_KEY_MAP, exception-handling instructions).

import { Value, NULL, NONE, isPtr, ptrOf, isSmallInt, intOf } from '../value';
import { kindOfPtr, KIND_TUPLE, KIND_DICT, KIND_CODE, KIND_CELL, KIND_EXCEPTION } from '../object';
import { raiseJs } from '../errors';
import { SystemError } from '../objects/exception';
import { tupleGet, tupleLength } from '../objects/tuple';
import * as C from '../objects/code';

/** Raises SystemError for an instruction whose operand has the wrong kind; returns -1. */
export function corruptImage(what: string): i32 {
  raiseJs(SystemError, what);
  return -1;
}

// @ts-ignore: decorator
@inline export function hasKind(v: Value, kind: u8): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == kind;
}

/** A tuple of n cells: what a function's closure must be for code with n free variables. */
function isClosureFor(closure: Value, nfrees: u32): bool {
  if (!hasKind(closure, KIND_TUPLE) || <u32>tupleLength(ptrOf(closure)) != nfrees) return false;
  for (let i: u32 = 0; i < nfrees; i++) {
    if (!hasKind(tupleGet(ptrOf(closure), <i32>i), KIND_CELL)) return false;
  }
  return true;
}

/**
 * MAKE_FUNCTION's operands (NULL where its flags leave one out): a code object, a defaults tuple,
 * a keyword-defaults dict, and a closure matching the code's free variables. -1 with
 * SystemError set when one is wrong.
 */
export function checkFunctionParts(code: Value, defaults: Value, kwdefaults: Value, closure: Value): i32 {
  if (!hasKind(code, KIND_CODE)) return corruptImage('bad code image: MAKE_FUNCTION without a code object');
  if (defaults != NULL && !hasKind(defaults, KIND_TUPLE)) return corruptImage('bad code image: MAKE_FUNCTION defaults are not a tuple');
  if (kwdefaults != NULL && !hasKind(kwdefaults, KIND_DICT)) return corruptImage('bad code image: MAKE_FUNCTION keyword defaults are not a dict');
  const nfrees = load<u32>(ptrOf(code) + C.CODE_NFREES);
  if (closure == NULL ? nfrees != 0 : !isClosureFor(closure, nfrees)) return corruptImage('bad code image: MAKE_FUNCTION closure does not match the free variables');
  return 0;
}

/** What an exception slot may hold: an exception, or None/NULL for "no exception". */
export function isExceptionOrNone(v: Value): bool {
  return v == NULL || v == NONE || hasKind(v, KIND_EXCEPTION);
}

/**
 * RERAISE's operands: an exception, and (when the argument asks for it) the lasti that a handler
 * saved, a small int inside the code. -1 with SystemError set otherwise.
 */
export function checkReraise(exc: Value, lasti: Value, code: usize): i32 {
  if (!hasKind(exc, KIND_EXCEPTION)) return corruptImage('bad code image: RERAISE of a non-exception');
  if (lasti != NULL && !(isSmallInt(lasti) && <u64>intOf(lasti) < <u64>load<u32>(code + C.CODE_WORDCOUNT))) {
    return corruptImage('bad code image: RERAISE with a bad saved instruction index');
  }
  return 0;
}
