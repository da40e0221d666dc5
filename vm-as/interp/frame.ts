// Frames: one activation of a code object. Ordinary calls take frames from the frame stack (a
// bump region, popped on return); a generator or coroutine owns its frame inside its own
// object, so it survives between resumptions (see objects/generator.ts).
//
// Layout:
//   +0  u32 code
//   +4  u32 func         the function object (0 for module and exec frames)
//   +8  u32 globals      dict
//   +12 u32 builtins     dict
//   +16 u32 back         the frame that called or resumed this one (0 at the bottom)
//   +20 u32 ip           address of the next instruction word (saved while not running)
//   +24 u32 sp           address of the first free value-stack slot (saved while not running)
//   +28 u32 locals       the f_locals mapping of module and class frames (0 when optimized)
//   +32 u32 flags        FRAME_*
//   +36 u32 owner        the generator object owning this frame, or 0
//   +40 u32 resumeMode   how the resumer continues when this generator frame returns (RESUME_*)
//   +44 u32 lastInstr    word index of the instruction being executed (for tracebacks)
//   +48 localsplus: locals, cells and free variables (u64 each), then the value stack

import { alloc } from '../heap';
import { KIND_RAW } from '../object';
import { addPermanentRoot } from '../gc';
import { ptrValue } from '../value';

export const FRAME_CODE: usize = 0;
export const FRAME_FUNC: usize = 4;
export const FRAME_GLOBALS: usize = 8;
export const FRAME_BUILTINS: usize = 12;
export const FRAME_BACK: usize = 16;
export const FRAME_IP: usize = 20;
export const FRAME_SP: usize = 24;
export const FRAME_LOCALS: usize = 28;
export const FRAME_FLAGS: usize = 32;
export const FRAME_OWNER: usize = 36;
export const FRAME_RESUME_MODE: usize = 40;
export const FRAME_LASTI: usize = 44;
export const FRAME_HEADER: usize = 48;

/** When this frame returns, the eval loop returns to its native caller. */
export const FRAME_ENTRY: u32 = 1;
/** The frame lives inside a generator object, not on the frame stack. */
export const FRAME_IN_GENERATOR: u32 = 2;
/**
 * A coroutine's frame run on the frame stack because its caller awaits it at once (`await
 * f()`); it becomes a coroutine object only if it suspends (interp/ops.ts inlineAwaitFrame).
 */
export const FRAME_INLINE_CORO: u32 = 4;

const FRAME_STACK_SIZE: usize = 8 << 20;

let stackBase: usize = 0;
let stackLimit: usize = 0;
/** The next free byte of the frame stack. */
export let stackTop: usize = 0;

/** The innermost running frame (0 when no Python code runs): a root for the collector. */
export let currentFrame: usize = 0;

// @ts-ignore: decorator
@inline export function setCurrentFrame(f: usize): void {
  currentFrame = f;
}

export function initFrameStack(): void {
  const region = alloc(FRAME_STACK_SIZE, 0, KIND_RAW);
  addPermanentRoot(ptrValue(region));
  stackBase = region + 8;
  stackTop = stackBase;
  stackLimit = region + FRAME_STACK_SIZE;
}

/** Takes `size` bytes of frame stack; 0 when the stack is full (the caller raises). */
// @ts-ignore: decorator
@inline export function pushFrameMemory(size: usize): usize {
  const f = stackTop;
  if (f + size > stackLimit) return 0;
  stackTop = f + size;
  return f;
}

/** The frame-stack top, for the eval loop's inlined call path. */
// @ts-ignore: decorator
@inline export function frameStackTop(): usize {
  return stackTop;
}

// @ts-ignore: decorator
@inline export function frameStackLimit(): usize {
  return stackLimit;
}

// @ts-ignore: decorator
@inline export function setFrameStackTop(top: usize): void {
  stackTop = top;
}

/** Releases a frame taken with pushFrameMemory (frames are released in reverse order). */
// @ts-ignore: decorator
@inline export function popFrameMemory(f: usize): void {
  stackTop = f;
}

// @ts-ignore: decorator
@inline export function frameLocals(f: usize): usize {
  return f + FRAME_HEADER;
}

export function isOnFrameStack(f: usize): bool {
  return f >= stackBase && f < stackLimit;
}
