// Generators, coroutines and async generators: each owns its frame (copied in when the code's
// RETURN_GENERATOR runs), so it survives between resumptions.
//
// Layout (kind KIND_GENERATOR):
//   +8  u32 state      GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED
//   +12 u32 flavor     GEN_PLAIN, GEN_COROUTINE, GEN_ASYNC
//   +16 u32 name       str
//   +20 u32 qualname   str
//   +24 u64 savedExc   the handled exception while suspended (CPython's gi_exc_state)
//   +32 u32 frameSize
//   +36 u32 flags      GENFLAG_*
//   +40 u64 resumerExc the handled exception of whoever resumed it (restored when it suspends)
//   +48 u64 extra      the object a coroutine awaits (for cr_await), or NULL
//   +56 the frame (interp/frame.ts layout)

import { alloc } from '../heap';
import { KIND_GENERATOR } from '../object';
import { NONE, NULL } from '../value';

export const GEN_STATE: usize = 8;
export const GEN_FLAVOR: usize = 12;
export const GEN_NAME: usize = 16;
export const GEN_QUALNAME: usize = 20;
export const GEN_SAVED_EXC: usize = 24;
export const GEN_FRAME_SIZE: usize = 32;
export const GEN_FLAGS: usize = 36;
export const GEN_RESUMER_EXC: usize = 40;
export const GEN_EXTRA: usize = 48;
export const GEN_FRAME: usize = 56;

export const GEN_CREATED: u32 = 0;
export const GEN_SUSPENDED: u32 = 1;
export const GEN_RUNNING: u32 = 2;
export const GEN_FINISHED: u32 = 3;

export const GEN_PLAIN: u32 = 0;
export const GEN_COROUTINE: u32 = 1;
export const GEN_ASYNC: u32 = 2;

export let generatorType: usize = 0;
export let coroutineType: usize = 0;
export let asyncGeneratorType: usize = 0;
export function setGeneratorTypes(g: usize, c: usize, a: usize): void {
  generatorType = g;
  coroutineType = c;
  asyncGeneratorType = a;
}

/** A generator object with room for a frame of frameSize bytes (copied in by the caller). */
export function newGenerator(flavor: u32, frameSize: usize, name: usize, qualname: usize): usize {
  const type = flavor == GEN_COROUTINE ? coroutineType : flavor == GEN_ASYNC ? asyncGeneratorType : generatorType;
  const g = alloc(GEN_FRAME + frameSize, type, KIND_GENERATOR);
  store<u32>(g + GEN_FLAVOR, flavor);
  store<u32>(g + GEN_NAME, <u32>name);
  store<u32>(g + GEN_QUALNAME, <u32>qualname);
  store<u64>(g + GEN_SAVED_EXC, NONE);
  store<u32>(g + GEN_FRAME_SIZE, <u32>frameSize);
  store<u64>(g + GEN_RESUMER_EXC, NONE);
  store<u64>(g + GEN_EXTRA, NULL);
  return g;
}

// @ts-ignore: decorator
@inline export function genFrame(g: usize): usize {
  return g + GEN_FRAME;
}

// @ts-ignore: decorator
@inline export function genState(g: usize): u32 {
  return load<u32>(g + GEN_STATE);
}
