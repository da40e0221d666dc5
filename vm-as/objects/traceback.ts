// Traceback entries: one per frame an exception passed through, outermost first once the
// exception has finished propagating (each frame prepends its entry).
//
// Layout (kind KIND_TRACEBACK):
//   +8  u64 next     the next (inner) entry, or None
//   +16 u32 code     the frame's code object
//   +20 u32 lasti    word index of the instruction that raised
//   +24 i32 lineno   its line (-1 when unknown)

import { alloc } from '../heap';
import { KIND_TRACEBACK } from '../object';
import { Value } from '../value';
import { lineOf } from './code';

export const TB_NEXT: usize = 8;
export const TB_CODE: usize = 16;
export const TB_LASTI: usize = 20;
export const TB_LINENO: usize = 24;

export let tracebackType: usize = 0;
export function setTracebackType(t: usize): void {
  tracebackType = t;
}

export function newTraceback(next: Value, code: usize, lasti: u32): usize {
  const tb = alloc(32, tracebackType, KIND_TRACEBACK);
  store<u64>(tb + TB_NEXT, next);
  store<u32>(tb + TB_CODE, <u32>code);
  store<u32>(tb + TB_LASTI, lasti);
  store<i32>(tb + TB_LINENO, lineOf(code, <i32>lasti));
  return tb;
}
