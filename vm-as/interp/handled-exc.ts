// The handled exception (sys.exc_info()) in frames that can suspend.
//
// CPython keeps a stack of exception states: the thread's, and one per running generator or
// coroutine (gi_exc_state); PUSH_EXC_INFO and POP_EXCEPT change the innermost, and
// sys.exc_info() is the innermost one that is not None. We keep that effective value in one
// global (errors.ts handledExc). A frame that can suspend also keeps its own state apart — what
// its own except blocks handle, None outside them — and what its resumer handles, which is
// the effective value whenever its own is None:
//   generator frame            own: GEN_SAVED_EXC       resumer's: GEN_RESUMER_EXC
//   inline-awaited frame       own: FRAME_RESUME_MODE   resumer's: FRAME_OWNER (exception pointers, 0 for None)
// so suspending restores the resumer's exactly, even when both handle the same exception.

import { Value, NONE, ptrOf, ptrValue } from '../value';
import { FRAME_FLAGS, FRAME_OWNER, FRAME_RESUME_MODE, FRAME_IN_GENERATOR, FRAME_INLINE_CORO } from './frame';
import { GEN_SAVED_EXC, GEN_RESUMER_EXC } from '../objects/generator';
import { handledExc, setHandledExc } from '../errors';

// @ts-ignore: decorator
@inline function canSuspend(f: usize): bool {
  return (load<u32>(f + FRAME_FLAGS) & (FRAME_IN_GENERATOR | FRAME_INLINE_CORO)) != 0;
}

// @ts-ignore: decorator
@inline function excRef(v: Value): u32 {
  return v == NONE ? 0 : <u32>ptrOf(v);
}

// @ts-ignore: decorator
@inline function excOfRef(ref: u32): Value {
  return ref == 0 ? NONE : ptrValue(<usize>ref);
}

/** What inline-awaited frame f's resumer handles (recorded when it was called). */
export function inlineResumerExc(f: usize): Value {
  return excOfRef(load<u32>(f + FRAME_OWNER));
}

/** Starts an inline-awaited frame's exception state: its caller's handled exception, none of its own. */
// @ts-ignore: decorator
@inline export function startInlineExcState(f: usize): void {
  store<u32>(f + FRAME_OWNER, excRef(handledExc));
  store<u32>(f + FRAME_RESUME_MODE, 0);
}

/** The exception inline-awaited frame f handles itself (None outside its except blocks). */
export function inlineOwnExc(f: usize): Value {
  return excOfRef(load<u32>(f + FRAME_RESUME_MODE));
}

/** f handles exc from now on (an except block starting, or except* matching): sets its own state too. */
// @ts-ignore: decorator
@inline export function setFrameHandledExc(f: usize, exc: Value): void {
  if (canSuspend(f)) setOwnExc(f, exc);
  setHandledExc(exc);
}

/**
 * PUSH_EXC_INFO in frame f: exc becomes the handled exception; returns what POP_EXCEPT will
 * restore (f's own state when f can suspend, else the effective one).
 */
// @ts-ignore: decorator
@inline export function pushHandledExc(f: usize, exc: Value): Value {
  const saved = canSuspend(f) ? ownExc(f) : handledExc;
  setFrameHandledExc(f, exc);
  return saved;
}

/** POP_EXCEPT in frame f: back to `saved`, what its PUSH_EXC_INFO returned. */
// @ts-ignore: decorator
@inline export function popHandledExc(f: usize, saved: Value): void {
  if (canSuspend(f)) popOwnExc(f, saved);
  else setHandledExc(saved);
}

function ownExc(f: usize): Value {
  if (load<u32>(f + FRAME_FLAGS) & FRAME_INLINE_CORO) return inlineOwnExc(f);
  return load<u64>(<usize>load<u32>(f + FRAME_OWNER) + GEN_SAVED_EXC);
}

function setOwnExc(f: usize, exc: Value): void {
  if (load<u32>(f + FRAME_FLAGS) & FRAME_INLINE_CORO) store<u32>(f + FRAME_RESUME_MODE, excRef(exc));
  else store<u64>(<usize>load<u32>(f + FRAME_OWNER) + GEN_SAVED_EXC, exc);
}

function popOwnExc(f: usize, saved: Value): void {
  setOwnExc(f, saved);
  if (saved != NONE) {
    setHandledExc(saved);
    return;
  }
  const inline = (load<u32>(f + FRAME_FLAGS) & FRAME_INLINE_CORO) != 0;
  setHandledExc(inline ? inlineResumerExc(f) : load<u64>(<usize>load<u32>(f + FRAME_OWNER) + GEN_RESUMER_EXC));
}
