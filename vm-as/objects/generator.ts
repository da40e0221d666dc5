// Generators, coroutines and async generators: each owns its frame (copied in when the code's
// RETURN_GENERATOR runs), so it survives between resumptions.
//
// Layout (kind KIND_GENERATOR):
//   +8  u32 state      GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED
//   +12 u32 flavor     GEN_PLAIN, GEN_COROUTINE, GEN_ASYNC
//   +16 u32 name       str
//   +20 u32 qualname   str
//   +24 u64 savedExc   its own handled exception, None outside its except blocks (CPython's
//                      gi_exc_state; interp/handled-exc.ts)
//   +32 u32 frameSize
//   +36 u32 flags      GENFLAG_*
//   +40 u64 resumerExc the handled exception of whoever resumed it (restored when it suspends)
//   +48 u64 finalizer  async generators: the finalizer hook captured on first iteration, or NULL
//   +56 u32 frameObj   the frame object gi_frame returned (created on demand), or 0
//   +60 u32 registryIndex  where the finalization registry lists it
//   +64 u32 chainHead  while running: the outermost generator of the `yield from`/`await` chain
//                      it runs in (itself when its resumer is not delegating to it); see
//                      interp/delegation-chain.ts
//   +68 u32 parkedLeaf while suspended: the innermost generator of its parked chain, or 0
//   +72 the frame (interp/frame.ts layout)
//
// Finalization. CPython closes a suspended generator, warns about a never-awaited coroutine and
// hands an async generator to its finalizer hook when the reference count drops to zero; our
// collector traces, so every generator is entered in a registry (weak: the registry does not
// keep it alive). After marking, the collector calls scanForFinalization: an unreachable
// generator that needs finalizing is marked again (resurrected) and flagged pending; the eval
// loop runs the pending finalizers at its next safe point (runPendingFinalizers, in
// gen-finalize.ts), and the program's end finalizes everything left (CPython's shutdown).
//
// Owned generators. A generator or coroutine whose caller's next instruction is GET_AWAITABLE,
// GET_YIELD_FROM_ITER or GET_ITER (`await f()`, `yield from g()`, `for x in g()`) is held by
// nothing but that caller's value stack, and nothing can reach it there except the awaiter's
// gi_yieldfrom / cr_await / ag_await (which clear the flag). When such a generator finishes
// inside the eval loop, the loop drops it from the stack at once, so its memory goes back to
// the allocator right away (heap.ts freeObject), as CPython's reference counting would free it:
// `await` chains and `yield from` trees then make no garbage.

import { alloc, isMarked, freeObject } from '../heap';
import { KIND_GENERATOR, KIND_RAW } from '../object';
import { NONE, NULL } from '../value';
import { markPtr, markValue } from '../gc';
import { markFrame } from '../roots';
import { FRAME_IP, FRAME_SP, FRAME_CODE } from '../interp/frame';
import { codeWords } from './code';
import * as O from '../generated/opcodes';
import { settleGenerator, unparkChain } from '../interp/delegation-chain';

export const GEN_STATE: usize = 8;
export const GEN_FLAVOR: usize = 12;
export const GEN_NAME: usize = 16;
export const GEN_QUALNAME: usize = 20;
export const GEN_SAVED_EXC: usize = 24;
export const GEN_FRAME_SIZE: usize = 32;
export const GEN_FLAGS: usize = 36;
export const GEN_RESUMER_EXC: usize = 40;
export const GEN_FINALIZER: usize = 48;
export const GEN_FRAME_OBJECT: usize = 56;
export const GEN_REGISTRY_INDEX: usize = 60;
export const GEN_CHAIN_HEAD: usize = 64;
export const GEN_PARKED_LEAF: usize = 68;
export const GEN_FRAME: usize = 72;

export const GEN_CREATED: u32 = 0;
export const GEN_SUSPENDED: u32 = 1;
export const GEN_RUNNING: u32 = 2;
export const GEN_FINISHED: u32 = 3;

export const GEN_PLAIN: u32 = 0;
export const GEN_COROUTINE: u32 = 1;
export const GEN_ASYNC: u32 = 2;

/** Async generators: the firstiter hook has run (CPython's ag_hooks_inited). */
export const GENFLAG_HOOKS_INITED: u32 = 1;
/** Async generators: aclose() started or the generator ended (ag_closed). */
export const GENFLAG_CLOSED: u32 = 2;
/** Async generators: an asend/athrow awaitable is driving it (ag_running_async). */
export const GENFLAG_RUNNING_ASYNC: u32 = 4;
/** Finalization ran (or is not wanted): it never runs twice. */
export const GENFLAG_FINALIZED: u32 = 8;
/** Only its caller's value stack holds it (see "Owned generators" above). */
export const GENFLAG_OWNED: u32 = 16;

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
  store<u64>(g + GEN_FINALIZER, NULL);
  register(g);
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

// @ts-ignore: decorator
@inline export function genFlavor(g: usize): u32 {
  return load<u32>(g + GEN_FLAVOR);
}

// @ts-ignore: decorator
@inline export function hasGenFlag(g: usize, flag: u32): bool {
  return (load<u32>(g + GEN_FLAGS) & flag) != 0;
}

export function setGenFlag(g: usize, flag: u32, on: bool): void {
  const flags = load<u32>(g + GEN_FLAGS);
  store<u32>(g + GEN_FLAGS, on ? flags | flag : flags & ~flag);
}

/**
 * The instruction word after the one a suspended generator paused on (its YIELD_VALUE): a
 * RESUME whose argument says why it paused (1 yield, 2 yield from, 3 await).
 */
function resumeWordOf(g: usize): u32 {
  return load<u32>(<usize>load<u32>(genFrame(g) + FRAME_IP));
}

/** The YIELD_VALUE a suspended generator paused on; its argument is the exception-handler depth. */
export function yieldWordOf(g: usize): u32 {
  return load<u32>(<usize>load<u32>(genFrame(g) + FRAME_IP) - 4);
}

/** Word index of the instruction a suspended generator paused on (0 before it started). */
export function pausedIndex(g: usize): i32 {
  const f = genFrame(g);
  const words = codeWords(<usize>load<u32>(f + FRAME_CODE));
  const index = <i32>((<usize>load<u32>(f + FRAME_IP) - words) >> 2) - 1;
  return index < 0 ? 0 : index;
}

/**
 * What a suspended generator delegates to (`yield from x` or `await x`): x, found on top of its
 * stack when it paused inside the delegation loop; NULL otherwise (CPython's _PyGen_yf).
 */
export function delegateOf(g: usize): u64 {
  settleGenerator(g, false);
  if (genState(g) != GEN_SUSPENDED) return NULL;
  const word = resumeWordOf(g);
  if ((word & 0xFF) != O.OP_RESUME || (word >> 8) < 2) return NULL;
  return load<u64>(<usize>load<u32>(genFrame(g) + FRAME_SP) - 8);
}

// ---- the finalization registry ----

/** KIND_RAW buffer of u32 entries at +8: generator addresses, low bit set when finalization is pending. */
let registry: usize = 0;
let registryCapacity: i32 = 0;
let registryCount: i32 = 0;
const PENDING: u32 = 1;
/** Entries flagged PENDING. */
let pendingCount: i32 = 0;
/** Set while pending finalizers run: the scan then keeps entries where they are. */
let finalizersRunning = false;

function register(g: usize): void {
  if (registryCount == registryCapacity) growRegistry();
  store<u32>(registry + 8 + (<usize>registryCount << 2), <u32>g);
  store<u32>(g + GEN_REGISTRY_INDEX, <u32>registryCount);
  registryCount++;
}

/** Frees an owned generator that has finished in the eval loop (its caller is dropping it). */
export function freeOwnedGenerator(g: usize): void {
  const index = <i32>load<u32>(g + GEN_REGISTRY_INDEX);
  setEntryAt(index, 0);
  // Generators nested by yield from and await finish last made, first done: the registry then stays short.
  if (index == registryCount - 1 && !finalizersRunning) registryCount = index;
  freeObject(g);
}

function growRegistry(): void {
  const capacity = registryCapacity == 0 ? 1024 : registryCapacity << 1;
  const bigger = alloc(8 + (<usize>capacity << 2), 0, KIND_RAW);
  if (registryCount > 0) memory.copy(bigger + 8, registry + 8, <usize>registryCount << 2);
  registry = bigger;
  registryCapacity = capacity;
}

// @ts-ignore: decorator
@inline function entryAt(i: i32): u32 {
  return load<u32>(registry + 8 + (<usize>i << 2));
}

// @ts-ignore: decorator
@inline function setEntryAt(i: i32, e: u32): void {
  store<u32>(registry + 8 + (<usize>i << 2), e);
}

/** Whether collecting g unfinalized would be observable (CPython's _PyGen_Finalize would act). */
export function needsFinalization(g: usize): bool {
  if (hasGenFlag(g, GENFLAG_FINALIZED)) return false;
  const state = genState(g);
  if (state == GEN_FINISHED) return false;
  const flavor = genFlavor(g);
  if (flavor == GEN_ASYNC && load<u64>(g + GEN_FINALIZER) != NULL && !hasGenFlag(g, GENFLAG_CLOSED)) return true;
  if (state == GEN_CREATED) return flavor == GEN_COROUTINE;
  // Suspended at a yield outside any try block and delegating to nothing: closing does nothing.
  return (yieldWordOf(g) >> 8) > 1 || delegateOf(g) != NULL;
}

/**
 * Called by the collector once everything reachable is marked: resurrects the unreachable
 * generators that need finalizing (flagging them pending) and forgets the others.
 */
export function scanForFinalization(): void {
  if (registry == 0) return;
  markPtr(registry);
  let kept = 0;
  for (let i = 0; i < registryCount; i++) {
    let e = entryAt(i);
    const g = <usize>(e & ~PENDING);
    if (e == 0) {
      // An owned generator freed at once (or one that died while finalizers ran).
      if (!finalizersRunning) continue;
    } else if ((e & PENDING) == 0 && !isMarked(g)) {
      if (!needsFinalization(g)) {
        if (!finalizersRunning) continue;
        e = 0; // dead: keep the slot (indices must not move while finalizers run)
      } else {
        e |= PENDING;
        pendingCount++;
      }
    } else if ((e & PENDING) == 0 && genState(g) == GEN_FINISHED && !finalizersRunning) {
      continue;
    }
    if (e != 0) {
      markPtr(g);
      store<u32>(g + GEN_REGISTRY_INDEX, <u32>kept);
    }
    setEntryAt(kept++, e);
  }
  registryCount = kept;
}

/**
 * Suspends every parked chain level by level (interp/delegation-chain.ts): before the collector
 * marks (a parked generator reads as running, whose frame the frame chain would hold) and before
 * the program's end finalizes what is left.
 */
export function settleParkedChains(): void {
  for (let i = 0; i < registryCount; i++) {
    const g = <usize>(entryAt(i) & ~PENDING);
    if (g != 0 && load<u32>(g + GEN_PARKED_LEAF) != 0) unparkChain(g);
  }
}

/** Calls finalize(g) for each pending entry (and for every live one when `all`), once each. */
export function forEachToFinalize(all: bool, finalize: (g: usize) => void): void {
  if (finalizersRunning) return;
  if (all) settleParkedChains();
  finalizersRunning = true;
  for (let i = 0; i < registryCount; i++) {
    const e = entryAt(i);
    if (e == 0 || ((e & PENDING) == 0 && !all)) continue;
    const g = <usize>(e & ~PENDING);
    if (e & PENDING) pendingCount--;
    setEntryAt(i, <u32>g);
    if (needsFinalization(g)) finalize(g);
  }
  finalizersRunning = false;
}

/** True when some finalizer waits to run (the eval loop checks after a collection). */
// @ts-ignore: decorator
@inline export function finalizersPending(): bool {
  return pendingCount > 0;
}

/** The collector's tracing of a generator: its fields, and its frame unless it is running (the frame chain has it then). */
export function traceGenerator(p: usize): void {
  markPtr(<usize>load<u32>(p + GEN_NAME));
  markPtr(<usize>load<u32>(p + GEN_QUALNAME));
  markValue(load<u64>(p + GEN_SAVED_EXC));
  markValue(load<u64>(p + GEN_RESUMER_EXC));
  markValue(load<u64>(p + GEN_FINALIZER));
  markPtr(<usize>load<u32>(p + GEN_FRAME_OBJECT));
  if (load<u32>(p + GEN_STATE) != GEN_RUNNING) markFrame(p + GEN_FRAME);
}
