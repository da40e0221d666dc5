// Bytes-like objects (CPython's buffer protocol, as far as wasmpy has it): bytes, bytearray and
// memoryview. What accepts "a bytes-like object" reads any of them through the bytes-layout
// object bytesLikeView gives.

import { Value, ptrOf } from '../value';
import { hasKind, KIND_BYTES, KIND_BYTEARRAY } from '../object';
import { bytearrayBuffer } from './bytearray';
import { isMemoryview, memoryviewBytes } from './memoryview';

/**
 * A bytes-layout object (bytes.ts) holding v's bytes, alive as long as v is; 0 when v is not
 * bytes-like (or is a released memoryview: then with ValueError set). The result is for
 * reading only, and must not be handed to Python code (a bytearray's is its own storage).
 */
export function bytesLikeView(v: Value): usize {
  if (hasKind(v, KIND_BYTES)) return ptrOf(v);
  if (hasKind(v, KIND_BYTEARRAY)) return bytearrayBuffer(ptrOf(v));
  if (isMemoryview(v)) return memoryviewBytes(v);
  return 0;
}

/** Whether v is bytes-like. */
export function isBytesLike(v: Value): bool {
  return hasKind(v, KIND_BYTES) || hasKind(v, KIND_BYTEARRAY) || isMemoryview(v);
}
