// Parked delegation chains: `yield from` / `await` at the cost of one level, not of every level.
//
// A value yielded at the bottom of a chain g0 → g1 → … → gN (each delegating to the next with
// SEND) would pass up through every level — each one's SEND receives it and its YIELD_VALUE
// suspends it — and a value sent in would go down the same way. Instead, when gN yields, only
// the head g0 is suspended (as its YIELD_VALUE would); g1 … gN stay linked to one another as
// they were while running, "parked", and g0 records gN (GEN_PARKED_LEAF). Resuming g0 with a
// value then pushes the value straight onto gN's stack and continues there: one step for the
// whole chain, however deep.
//
// Nothing can tell a parked chain from one suspended level by level: each parked generator
// reads as running (GEN_STATE) but is suspended, so whatever looks at one (gi_running,
// gi_frame, gi_yieldfrom, send/throw/close, the collector, finalization) first calls
// settleGenerator, which suspends every level (unparkChain: what the skipped YIELD_VALUEs
// would have done). Tracebacks need nothing: while the chain runs, its frames are linked.
//
// Exception state. Each level saves its handled exception when it suspends and restores its
// resumer's; a chain is parked only when none is handled anywhere in it (then there is nothing
// to save or restore), and resumed at its leaf only when the resumer handles none. A chain
// head is inherited only by a generator resumed with no exception handled (chainHeadFor), so a
// leaf whose head is another generator has none handled all the way up.

import { NONE } from '../value';
import * as O from '../generated/opcodes';
import { FRAME_BACK, FRAME_IP, FRAME_SP, FRAME_FLAGS, FRAME_OWNER, FRAME_RESUME_MODE, FRAME_ENTRY,
  FRAME_IN_GENERATOR, FRAME_INLINE_CORO } from './frame';
import { GEN_STATE, GEN_SUSPENDED, GEN_RUNNING, GEN_SAVED_EXC, GEN_RESUMER_EXC, GEN_CHAIN_HEAD,
  GEN_PARKED_LEAF, genFrame } from '../objects/generator';
import { handledExc } from '../errors';
import { RESUME_SEND } from './eval';
import { suspendGenerator } from './ops';

/** Set by suspendAtYield: the suspended generator was resumed by native code (the loop returns to it). */
export let yieldLeavesLoop = false;

/**
 * The head of the chain g runs in when `back` resumes it in `mode`: back's head when back is a
 * generator delegating to g from its SEND loop with no exception handled, else g itself.
 */
// @ts-ignore: decorator
@inline export function chainHeadFor(g: usize, back: usize, mode: u32): usize {
  if ((mode & 3) != RESUME_SEND || handledExc != NONE) return g;
  if ((load<u32>(back + FRAME_FLAGS) & (FRAME_IN_GENERATOR | FRAME_INLINE_CORO)) != FRAME_IN_GENERATOR) return g;
  if ((load<u32>(<usize>load<u32>(back + FRAME_IP)) & 0xFF) != O.OP_YIELD_VALUE) return g;
  return <usize>load<u32>(<usize>load<u32>(back + FRAME_OWNER) + GEN_CHAIN_HEAD);
}

/**
 * YIELD_VALUE in generator g (frame f, not inline-awaited, not resumed by native code), inside
 * a chain with another head and no exception handled: parks the chain. Returns the frame that
 * gets the value (the head's resumer); yieldLeavesLoop says whether that is native code.
 */
export function parkChain(g: usize, head: usize): usize {
  store<u64>(g + GEN_SAVED_EXC, NONE);
  const hf = genFrame(head);
  // The head does its SEND loop's YIELD_VALUE.
  store<u32>(hf + FRAME_IP, load<u32>(hf + FRAME_IP) + 4);
  store<u32>(head + GEN_STATE, GEN_SUSPENDED);
  store<u64>(head + GEN_SAVED_EXC, NONE);
  store<u64>(head + GEN_RESUMER_EXC, NONE);
  store<u32>(head + GEN_PARKED_LEAF, <u32>g);
  yieldLeavesLoop = (load<u32>(hf + FRAME_FLAGS) & FRAME_ENTRY) != 0;
  const back = <usize>load<u32>(hf + FRAME_BACK);
  store<u32>(hf + FRAME_BACK, 0);
  return back;
}

/**
 * Resuming a parked chain's head with a value: when no exception is handled, links the head
 * above `back` (as resumeGenerator would), puts it back in its SEND loop and returns the leaf's
 * frame with the value pushed. Otherwise suspends every level and returns 0 (resume as usual).
 */
export function resumeParkedChain(head: usize, back: usize, value: u64, mode: u32): usize {
  if (handledExc != NONE) {
    unparkChain(head);
    return 0;
  }
  const leaf = <usize>load<u32>(head + GEN_PARKED_LEAF);
  store<u32>(head + GEN_PARKED_LEAF, 0);
  const hf = genFrame(head);
  store<u32>(hf + FRAME_BACK, <u32>back);
  store<u32>(hf + FRAME_RESUME_MODE, mode);
  store<u32>(hf + FRAME_FLAGS, FRAME_IN_GENERATOR | (mode == 0 ? FRAME_ENTRY : 0));
  store<u32>(hf + FRAME_IP, load<u32>(hf + FRAME_IP) - 4);
  store<u32>(head + GEN_STATE, GEN_RUNNING);
  store<u32>(head + GEN_CHAIN_HEAD, <u32>chainHeadFor(head, back, mode));
  const lf = genFrame(leaf);
  const sp = <usize>load<u32>(lf + FRAME_SP);
  store<u64>(sp, value);
  store<u32>(lf + FRAME_SP, <u32>(sp + 8));
  return lf;
}

/** Suspends every level of head's parked chain, as their YIELD_VALUEs would have. */
export function unparkChain(head: usize): void {
  const leaf = <usize>load<u32>(head + GEN_PARKED_LEAF);
  store<u32>(head + GEN_PARKED_LEAF, 0);
  const top = genFrame(head);
  let f = genFrame(leaf);
  while (true) {
    const g = <usize>load<u32>(f + FRAME_OWNER);
    store<u32>(g + GEN_STATE, GEN_SUSPENDED);
    store<u64>(g + GEN_SAVED_EXC, NONE);
    store<u64>(g + GEN_RESUMER_EXC, NONE);
    const back = <usize>load<u32>(f + FRAME_BACK);
    store<u32>(f + FRAME_BACK, 0);
    if (back == top || back == 0) break;
    store<u32>(back + FRAME_IP, load<u32>(back + FRAME_IP) + 4);
    f = back;
  }
}

/** Whether g reads as running only because it is a parked level of a chain. */
// @ts-ignore: decorator
@inline function isParked(g: usize): bool {
  if (load<u32>(g + GEN_STATE) != GEN_RUNNING) return false;
  const head = <usize>load<u32>(g + GEN_CHAIN_HEAD);
  return head != g && head != 0 && load<u32>(head + GEN_PARKED_LEAF) != 0;
}

/**
 * Before anything looks at g's state or frame (or resumes it other than with a value): a parked
 * g is suspended level by level; with `asHead`, so is the chain parked under g.
 */
export function settleGenerator(g: usize, asHead: bool): void {
  if (isParked(g)) unparkChain(<usize>load<u32>(g + GEN_CHAIN_HEAD));
  else if (asHead && load<u32>(g + GEN_PARKED_LEAF) != 0) unparkChain(g);
}

/** The head of the chain to park when generator frame f yields, or 0 when it cannot be parked. */
// @ts-ignore: decorator
@inline function headToPark(f: usize): usize {
  if ((load<u32>(f + FRAME_FLAGS) & (FRAME_ENTRY | FRAME_INLINE_CORO)) != 0 || handledExc != NONE) return 0;
  const g = <usize>load<u32>(f + FRAME_OWNER);
  const head = <usize>load<u32>(g + GEN_CHAIN_HEAD);
  return head == g ? 0 : head;
}

/**
 * YIELD_VALUE: suspends the generator owning frame f — with the rest of its chain parked when
 * it can be — and returns the frame that gets the value; yieldLeavesLoop says whether that is
 * native code.
 */
// @ts-ignore: decorator
@inline export function suspendAtYield(f: usize): usize {
  const head = headToPark(f);
  if (head != 0) return parkChain(<usize>load<u32>(f + FRAME_OWNER), head);
  return suspendLevels(f);
}

/**
 * suspendAtYield level by level: while the frame that gets the value is one delegating to the
 * frame that yielded (its next instruction is its SEND loop's YIELD_VALUE), it yields the value
 * too, without dispatching that instruction — parking its chain when it can. Inline-awaited
 * coroutine frames move to the heap as they yield (ops.ts spillInlineCoroutine).
 */
function suspendLevels(f: usize): usize {
  while (true) {
    const flags = load<u32>(f + FRAME_FLAGS);
    yieldLeavesLoop = (flags & FRAME_ENTRY) != 0;
    const back = suspendGenerator(f);
    if (yieldLeavesLoop || (load<u32>(back + FRAME_FLAGS) & (FRAME_IN_GENERATOR | FRAME_INLINE_CORO)) == 0) return back;
    const ip = <usize>load<u32>(back + FRAME_IP);
    if ((load<u32>(ip) & 0xFF) != O.OP_YIELD_VALUE) return back;
    store<u32>(back + FRAME_IP, <u32>(ip + 4));
    const head = headToPark(back);
    if (head != 0) return parkChain(<usize>load<u32>(back + FRAME_OWNER), head);
    f = back;
  }
}
