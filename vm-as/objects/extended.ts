// Instances of classes that extend a fixed-size builtin layout (dict, list, set): the builtin's
// fields, then what the class adds (a __dict__ pointer, __slots__ values) as class.ts lays it out.

import { alloc } from '../heap';
import { Value, NULL } from '../value';
import { TYPE_BASICSIZE, TYPE_DICT_OFFSET } from '../types';

/** An object of `kind` whose builtin part is baseSize bytes; added slots start unset, the __dict__ empty. */
export function allocExtended(baseSize: usize, type: usize, kind: u8): usize {
  const size = max<usize>(baseSize, <usize>load<u32>(type + TYPE_BASICSIZE));
  const p = alloc(size, type, kind);
  if (size > baseSize) {
    const dictOffset = <usize>load<u32>(type + TYPE_DICT_OFFSET);
    for (let at = baseSize; at + 8 <= size; at += 8) store<u64>(p + at, at == dictOffset ? 0 : NULL);
  }
  return p;
}
