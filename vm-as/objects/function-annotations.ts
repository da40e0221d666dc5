// A function's __annotations__: MAKE_FUNCTION stores the (name, value, name, value …) tuple the
// compiler built; the first read turns it into the dict Python code sees, kept from then on.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue } from '../value';
import { KIND_TUPLE, KIND_DICT, kindOfPtr } from '../object';
import { FUNC_ANNOTATIONS } from './function';
import { newDict, dictSet } from './dict';
import { tupleLength, tupleGet } from './tuple';
import { raiseJs } from '../errors';
import { TypeError } from './exception';

export function functionAnnotations(v: Value): Value {
  const f = ptrOf(v);
  const stored = load<u64>(f + FUNC_ANNOTATIONS);
  if (stored != NULL && !(isPtr(stored) && kindOfPtr(ptrOf(stored)) == KIND_TUPLE)) return stored;
  const d = newDict();
  if (stored != NULL) {
    const pairs = ptrOf(stored);
    for (let i = 0; i + 1 < tupleLength(pairs); i += 2) {
      if (dictSet(d, tupleGet(pairs, i), tupleGet(pairs, i + 1)) < 0) return NULL;
    }
  }
  store<u64>(f + FUNC_ANNOTATIONS, ptrValue(d));
  return ptrValue(d);
}

/** Setting a dict replaces the annotations; None or del forgets them (the next read makes `{}`). */
export function setFunctionAnnotations(v: Value, value: Value): i32 {
  if (value != NULL && value != NONE && !(isPtr(value) && kindOfPtr(ptrOf(value)) == KIND_DICT)) {
    raiseJs(TypeError, '__annotations__ must be set to a dict object');
    return -1;
  }
  store<u64>(ptrOf(v) + FUNC_ANNOTATIONS, value == NONE ? NULL : value);
  return 0;
}
