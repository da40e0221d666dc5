// Structural pattern matching support (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS).

import { Value, NULL, NONE, isPtr, ptrOf } from './value';
import { kindOfPtr, typeOfPtr, KIND_DICT, KIND_LIST, KIND_TUPLE } from './object';
import { raiseJs } from './errors';
import { SystemError } from './objects/exception';

/** Whether the subject counts as a mapping (dict and subclasses) or a sequence (list, tuple…). */
export function matchesKind(subject: Value, mapping: bool): bool {
  if (!isPtr(subject)) return false;
  const kind = kindOfPtr(ptrOf(subject));
  return mapping ? kind == KIND_DICT : kind == KIND_LIST || kind == KIND_TUPLE;
}

export function matchMappingKeys(subject: Value, keys: Value): Value {
  return raiseJs(SystemError, 'mapping patterns are not supported yet');
}

export function matchClassPattern(subject: Value, cls: Value, npos: u32, names: Value): Value {
  return raiseJs(SystemError, 'class patterns are not supported yet');
}

export { NONE, typeOfPtr };
