// Growable raw buffers that live for good: each is a raw object (its bytes start 8 bytes in),
// the only item of a permanently rooted list, so that a larger one can replace it. The host's
// input buffer, the values encoded for JS, the JsProxy objects watched for death.

import { ptrValue } from './value';
import { alloc } from './heap';
import { KIND_RAW } from './object';
import { newList, listAppend, listSet } from './objects/list';
import { addPermanentRoot } from './gc';

/** A new holder (its buffer starts as none). */
export function newRawHolder(): usize {
  const holder = newList(1);
  listAppend(holder, ptrValue(0));
  addPermanentRoot(ptrValue(holder));
  return holder;
}

/**
 * A buffer of `size` bytes replacing `old` (a raw object, or 0) in the holder, starting with
 * its first `keep` bytes; returns the new raw object.
 */
export function replaceRaw(holder: usize, old: usize, keep: usize, size: usize): usize {
  const fresh = alloc(size + 8, 0, KIND_RAW);
  if (old != 0 && keep != 0) memory.copy(fresh + 8, old + 8, keep);
  listSet(holder, 0, ptrValue(fresh));
  return fresh;
}
