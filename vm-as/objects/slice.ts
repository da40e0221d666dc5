// slice objects: start, stop and step as given (None when omitted).
//
// Layout (kind KIND_SLICE):
//   +8  u64 start   +16 u64 stop   +24 u64 step

import { alloc } from '../heap';
import { KIND_SLICE } from '../object';
import { Value } from '../value';

export const SLICE_START: usize = 8;
export const SLICE_STOP: usize = 16;
export const SLICE_STEP: usize = 24;

export let sliceType: usize = 0;
export function setSliceType(t: usize): void {
  sliceType = t;
}

export function newSlice(start: Value, stop: Value, step: Value): usize {
  const s = alloc(32, sliceType, KIND_SLICE);
  store<u64>(s + SLICE_START, start);
  store<u64>(s + SLICE_STOP, stop);
  store<u64>(s + SLICE_STEP, step);
  return s;
}
