// From the code generator's control-flow graph to the words, positions and exception table of
// a code object — CPython 3.12's Python/flowgraph.c and Python/assemble.c. Of its optimisations
// we make those that shape 3.12's code (jump threading, small exits inlined, tuples of constants,
// swaps eliminated, `is None` jumps, RETURN_CONST); not superinstructions (3.12 has none that
// matter), nor constant folding over the CFG beyond tuples (the AST folding does the rest).
//
// The passes, in order:
//   1. drop unreachable and empty blocks;
//   2. label exception targets: the handler in effect at each instruction, from SETUP_* and
//      POP_BLOCK (a handler's own code runs under the handlers active where its SETUP_* was);
//   3. the rewrites 3.12 always makes: small exit blocks copied in place of jumps to them,
//      peephole rewrites of adjacent instructions (tuples of constants folded, ...), then
//      unreachable blocks and unused trailing constants dropped;
//   4. LOAD_FAST becomes LOAD_FAST_CHECK where the local may be unbound;
//   5. move cold blocks (reached only through exceptions) to the end; conditional jumps made
//      forward-only (a loop's way back is always a JUMP_BACKWARD, where the VM checks for
//      interrupts and collects garbage);
//   6. stack depths: of each block on entry (handlers' depths for the exception table) and the
//      maximum;
//   7. drop pseudo-instructions and redundant jumps, give positionless instructions their
//      predecessor's position;
//   8. lay out words (inline caches, EXTENDED_ARG), resolve jumps, emit.

import { BasicBlock, hasTarget, isBlockPush, isJump, isScopeExit, isUnconditionalJump, NO_POSITION, type Instr } from './cfg.js';
import type { ExceptionTableEntry, SourcePosition } from './code.js';
import type { Const, ConstTable } from './consts.js';
import { PyTuple } from './consts.js';
import { OP, OPCODES } from './opcodes.js';

export interface AssemblyInput {
  entry: BasicBlock;
  consts: ConstTable;
  /** Number of plain locals (co_nlocals) and how many of them are parameters. */
  nlocals: number;
  nparams: number;
}

export interface Assembled {
  /** co_consts, unused trailing ones dropped. */
  consts: Const[];
  code: Uint32Array;
  positions: Int32Array;
  exceptionTable: ExceptionTableEntry[];
  stacksize: number;
}

/** Arguments of 24 bits fit in the instruction word; larger ones need an EXTENDED_ARG first. */
const MAX_INLINE_ARG = 0xffffff;

export function assemble(input: AssemblyInput): Assembled {
  const { entry } = input;
  removeUnreachable(entry);
  eliminateEmptyBlocks(entry);
  labelExceptionTargets(entry);
  for (const b of blocksOf(entry)) inlineSmallExitBlock(b);
  for (const b of blocksOf(entry)) peephole(b, input.consts);
  for (const b of blocksOf(entry)) inlineSmallExitBlock(b);
  removeUnreachable(entry);
  eliminateEmptyBlocks(entry);
  const consts = trimUnusedConsts(entry, input.consts.values);
  addChecksForUnboundLocals(entry, input.nlocals, input.nparams);
  pushColdBlocksToEnd(entry);
  normalizeJumps(entry);
  const stacksize = computeStackDepths(entry);
  removeRedundantJumps(entry);
  propagatePositions(entry);
  removePseudoInstructions(entry);
  return { consts, ...emit(entry, stacksize) };
}

function* blocksOf(entry: BasicBlock): Generator<BasicBlock> {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) yield b;
}

// ---- 1. reachability ----

/** Empties the blocks no path from the entry reaches (handlers count through their SETUP_*). */
function removeUnreachable(entry: BasicBlock): void {
  const reached = new Set<BasicBlock>([entry]);
  const todo = [entry];
  while (todo.length > 0) {
    const b = todo.pop()!;
    const successors: BasicBlock[] = [];
    if (b.next !== null && b.fallsThrough) successors.push(b.next);
    for (const instr of b.instrs) if (instr.target !== null) successors.push(instr.target);
    for (const s of successors) {
      if (reached.has(s)) continue;
      reached.add(s);
      todo.push(s);
    }
  }
  for (const b of blocksOf(entry)) if (!reached.has(b)) b.instrs = [];
}

/** Unlinks empty blocks; jumps to one go to the block it fell into. */
function eliminateEmptyBlocks(entry: BasicBlock): void {
  for (const b of blocksOf(entry)) {
    for (const instr of b.instrs) if (instr.target !== null) instr.target = firstInstrBlock(instr.target) ?? instr.target;
  }
  for (let b = entry; b.next !== null; ) {
    if (b.next.instrs.length === 0 && b.next.next !== null) b.next = b.next.next;
    else b = b.next;
  }
}

// ---- 2. exception targets ----

/**
 * Walks the graph with the stack of active handlers: SETUP_* pushes its target, POP_BLOCK pops.
 * Each instruction records the innermost handler; YIELD_VALUE records the stack's depth.
 */
function labelExceptionTargets(entry: BasicBlock): void {
  for (const b of blocksOf(entry)) {
    for (const instr of b.instrs) {
      if (!isBlockPush(instr.op)) continue;
      instr.target!.isHandler = true;
      if (instr.op !== OP.SETUP_FINALLY) instr.target!.preserveLasti = true;
    }
  }
  const stacks = new Map<BasicBlock, BasicBlock[]>([[entry, []]]);
  const todo = [entry];
  const visit = (b: BasicBlock, stack: BasicBlock[]) => {
    if (stacks.has(b)) return;
    stacks.set(b, stack);
    todo.push(b);
  };
  while (todo.length > 0) {
    const b = todo.pop()!;
    const stack = [...stacks.get(b)!];
    for (const instr of b.instrs) {
      if (isBlockPush(instr.op)) {
        visit(instr.target!, [...stack]);
        stack.push(instr.target!);
        continue;
      }
      if (instr.op === OP.POP_BLOCK) {
        stack.pop();
        continue;
      }
      instr.except = stack[stack.length - 1] ?? null;
      if (instr.op === OP.YIELD_VALUE) instr.arg = stack.length;
      if (isJump(instr.op)) visit(instr.target!, [...stack]);
    }
    if (b.next !== null && b.fallsThrough) visit(b.next, stack);
  }
}

// ---- 3. rewrites ----

/** Copies a small block that ends the code (a return, a raise) in place of a jump to it. */
function inlineSmallExitBlock(b: BasicBlock): void {
  const last = b.last;
  if (last === undefined || !isUnconditionalJump(last.op)) return;
  const target = last.target!;
  const targetLast = target.last;
  if (targetLast === undefined || !isScopeExit(targetLast.op) || target.instrs.length > MAX_COPY_SIZE) return;
  nop(last);
  b.instrs.push(...target.instrs.map((i) => ({ ...i })));
}

/** The largest exit block copied rather than jumped to. */
const MAX_COPY_SIZE = 4;

function nop(instr: Instr): void {
  instr.op = OP.NOP;
  instr.arg = 0;
  instr.target = null;
}

/** The rewrites of adjacent instructions CPython 3.12's optimize_basic_block always makes. */
function peephole(b: BasicBlock, consts: ConstTable): void {
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const instr = instrs[i];
    const next: Instr | undefined = instrs[i + 1];
    threadJump(instr);
    if (instr.op === OP.SWAP) {
      if (instr.arg === 1) nop(instr);
      else i = applyStaticSwaps(instrs, optimizeSwaps(instrs, i));
      continue;
    }
    if (instr.op === OP.BUILD_TUPLE) {
      if (next?.op === OP.UNPACK_SEQUENCE && next.arg === instr.arg && instr.arg <= 3) {
        // `a, b = b, a`: no tuple, just a swap.
        if (instr.arg === 1) nop(next);
        else next.op = OP.SWAP;
        nop(instr);
        continue;
      }
      foldConstantTuple(instrs, i, consts);
    }
    if (instr.op === OP.PUSH_NULL && next?.op === OP.LOAD_GLOBAL && (next.arg & 1) === 0) {
      // The NULL below a called global is pushed by LOAD_GLOBAL itself.
      nop(instr);
      next.arg |= 1;
    } else if (instr.op === OP.LOAD_CONST && next?.op === OP.RETURN_VALUE) {
      next.op = OP.RETURN_CONST;
      next.arg = instr.arg;
      nop(instr);
    } else if (instr.op === OP.LOAD_CONST && consts.values[instr.arg] === null && next?.op === OP.IS_OP && i + 2 < instrs.length) {
      // `x is None` as a condition: one jump that tests for None.
      const jump = instrs[i + 2];
      if (jump.op !== OP.POP_JUMP_IF_TRUE && jump.op !== OP.POP_JUMP_IF_FALSE) continue;
      const isNot = (next.arg === 1) !== (jump.op === OP.POP_JUMP_IF_FALSE);
      jump.op = isNot ? OP.POP_JUMP_IF_NOT_NONE : OP.POP_JUMP_IF_NONE;
      nop(instr);
      nop(next);
    }
  }
}

const THREADED_JUMPS = new Set([OP.JUMP, OP.POP_JUMP_IF_FALSE, OP.POP_JUMP_IF_TRUE, OP.POP_JUMP_IF_NONE, OP.POP_JUMP_IF_NOT_NONE]);

/**
 * A jump to a JUMP goes straight to that jump's target — when both are on the same line (or the
 * second has none), so that line events stay where they were.
 */
function threadJump(instr: Instr): void {
  if (!THREADED_JUMPS.has(instr.op)) return;
  // A cycle of jumps (an empty infinite loop) is left alone.
  for (const seen = new Set<BasicBlock>(); !seen.has(instr.target!); seen.add(instr.target!)) {
    const first = instr.target!.instrs[0];
    if (first === undefined || first.op !== OP.JUMP || first.target === instr.target) return;
    if (first.loc.lineno !== instr.loc.lineno && first.loc.lineno !== -1) return;
    instr.target = first.target;
  }
}

/**
 * A run of SWAPs (and NOPs) starting at i, replaced by the fewest SWAPs with the same effect
 * (3.12's swaptimize). Returns the index of the run's last instruction.
 */
function optimizeSwaps(instrs: Instr[], i: number): number {
  let depth = instrs[i].arg;
  let len = 1;
  let more = false;
  for (; i + len < instrs.length; len++) {
    const op = instrs[i + len].op;
    if (op === OP.SWAP) {
      depth = Math.max(depth, instrs[i + len].arg);
      more = true;
    } else if (op !== OP.NOP) {
      break;
    }
  }
  if (!more) return i;
  // The permutation the run applies to the top `depth` items.
  const stack = Array.from({ length: depth }, (_, k) => k);
  for (let k = 0; k < len; k++) {
    const instr = instrs[i + k];
    if (instr.op !== OP.SWAP) continue;
    [stack[0], stack[instr.arg - 1]] = [stack[instr.arg - 1], stack[0]];
  }
  // Each cycle of the permutation, through the top item, is one SWAP per element; they are
  // written from the end of the run backwards.
  const VISITED = -1;
  let current = len - 1;
  for (let k = 0; k < depth; k++) {
    if (stack[k] === VISITED || stack[k] === k) continue;
    let j = k;
    for (;;) {
      if (j !== 0) {
        const instr = instrs[i + current--];
        instr.op = OP.SWAP;
        instr.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const next = stack[j];
      stack[j] = VISITED;
      j = next;
    }
  }
  while (current >= 0) nop(instrs[i + current--]);
  return i + len - 1;
}

/** Instructions a SWAP can be traded for: they only pop the top item, and cannot raise. */
function isSwappable(op: number): boolean {
  return op === OP.STORE_FAST || op === OP.STORE_FAST_MAYBE_NULL || op === OP.POP_TOP;
}

function storesTo(instr: Instr): number {
  return instr.op === OP.STORE_FAST || instr.op === OP.STORE_FAST_MAYBE_NULL ? instr.arg : -1;
}

/** The next STORE_FAST or POP_TOP after i (NOPs skipped) on line `lineno` (-1: any), or -1. */
function nextSwappable(instrs: Instr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const instr = instrs[i];
    // Reordering across lines could change which names are bound at a line event.
    if (lineno >= 0 && instr.loc.lineno !== lineno) return -1;
    if (instr.op === OP.NOP) continue;
    return isSwappable(instr.op) ? i : -1;
  }
  return -1;
}

/**
 * SWAP n followed by stores: swap the stores instead of the stack items (3.12's
 * apply_static_swaps), working left from the SWAP at i. Returns i.
 */
function applyStaticSwaps(instrs: Instr[], i: number): number {
  for (let at = i; at >= 0; at--) {
    const swap = instrs[at];
    if (swap.op !== OP.SWAP) {
      if (swap.op === OP.NOP || isSwappable(swap.op)) continue;
      break;
    }
    const j = nextSwappable(instrs, at, -1);
    if (j < 0) break;
    let k = j;
    const lineno = instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0 && k >= 0; count--) k = nextSwappable(instrs, k, lineno);
    if (k < 0) break;
    // Not if the two stores, or one between them, store to the same local.
    const storeJ = storesTo(instrs[j]);
    const storeK = storesTo(instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) break;
      const clash = instrs.slice(j + 1, k).some((x) => storesTo(x) >= 0 && (storesTo(x) === storeJ || storesTo(x) === storeK));
      if (clash) break;
    }
    nop(swap);
    [instrs[j], instrs[k]] = [instrs[k], instrs[j]];
  }
  return i;
}

/** LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2 → LOAD_CONST (a, b). */
function foldConstantTuple(instrs: Instr[], i: number, consts: ConstTable): void {
  const n = instrs[i].arg;
  if (i < n) return;
  const loads = instrs.slice(i - n, i);
  if (!loads.every((l) => l.op === OP.LOAD_CONST)) return;
  const tuple = new PyTuple(loads.map((l) => consts.values[l.arg]));
  for (const l of loads) nop(l);
  instrs[i].op = OP.LOAD_CONST;
  instrs[i].arg = consts.add(tuple);
}

/**
 * Drops the constants after the last one an instruction uses (CPython 3.11's
 * trim_unused_consts; co_consts[0], maybe a docstring, stays).
 */
function trimUnusedConsts(entry: BasicBlock, values: Const[]): Const[] {
  let last = 0;
  for (const b of blocksOf(entry)) {
    for (const instr of b.instrs) {
      if (instr.op === OP.LOAD_CONST || instr.op === OP.RETURN_CONST || instr.op === OP.KW_NAMES) last = Math.max(last, instr.arg);
    }
  }
  return values.slice(0, last + 1);
}

// ---- 4. possibly unbound locals ----

/**
 * A LOAD_FAST of a local that some path leaves unbound must check it (LOAD_FAST_CHECK raises
 * UnboundLocalError). Forward data flow of "maybe unbound" bits: parameters start bound, other
 * locals unbound; DELETE_FAST unbinds; a handler inherits the state of every instruction it
 * covers.
 */
function addChecksForUnboundLocals(entry: BasicBlock, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  const unsafe = new Map<BasicBlock, bigint>();
  const todo: BasicBlock[] = [];
  const queued = new Set<BasicBlock>();
  const merge = (b: BasicBlock, mask: bigint) => {
    const old = unsafe.get(b);
    const both = (old ?? 0n) | mask;
    if (old === both) return;
    unsafe.set(b, both);
    if (!queued.has(b)) {
      queued.add(b);
      todo.push(b);
    }
  };
  const all = (1n << BigInt(nlocals)) - 1n;
  merge(entry, all & ~((1n << BigInt(nparams)) - 1n));
  // Every block is scanned at least once: a DELETE_FAST anywhere is an origin too.
  for (const b of blocksOf(entry)) merge(b, 0n);
  while (todo.length > 0) {
    const b = todo.pop()!;
    queued.delete(b);
    let mask = unsafe.get(b)!;
    for (const instr of b.instrs) {
      if (instr.except !== null) merge(instr.except, mask);
      switch (instr.op) {
        case OP.DELETE_FAST:
        case OP.LOAD_FAST_AND_CLEAR:
        case OP.STORE_FAST_MAYBE_NULL:
          mask |= 1n << BigInt(instr.arg);
          break;
        case OP.STORE_FAST:
        case OP.LOAD_FAST_CHECK:
          mask &= ~(1n << BigInt(instr.arg));
          break;
        case OP.LOAD_FAST:
          if (mask & (1n << BigInt(instr.arg))) instr.op = OP.LOAD_FAST_CHECK;
          mask &= ~(1n << BigInt(instr.arg));
          break;
      }
    }
    if (b.next !== null && b.fallsThrough) merge(b.next, mask);
    const last = b.last;
    if (last !== undefined && isJump(last.op)) merge(last.target!, mask);
  }
}

// ---- 5. cold blocks ----

/**
 * Blocks reached only through exception handlers go after all the others (3.12's
 * push_cold_blocks_to_end), so the code that runs normally is contiguous. A cold block that
 * fell through into a warm one gets an explicit jump.
 */
function pushColdBlocksToEnd(entry: BasicBlock): void {
  if (entry.next === null) return;
  const warm = markWarm(entry);
  const cold = markCold(entry, warm);
  for (const b of blocksOf(entry)) {
    if (!cold.has(b) || !b.fallsThrough || b.next === null || !warm.has(b.next)) continue;
    const jump = new BasicBlock();
    const except = b.last?.except ?? null;
    jump.instrs.push({ op: OP.JUMP, arg: 0, target: b.next, loc: NO_POSITION, except });
    jump.next = b.next;
    b.next = jump;
    cold.add(jump);
  }
  let coldHead: BasicBlock | null = null;
  let coldTail: BasicBlock | null = null;
  let b = entry;
  for (;;) {
    while (b.next !== null && !cold.has(b.next)) b = b.next;
    if (b.next === null) break;
    // b.next starts a streak of cold blocks: move it to the cold list.
    const first: BasicBlock = b.next;
    let last = first;
    while (last.next !== null && cold.has(last.next)) last = last.next;
    if (coldTail === null) coldHead = first;
    else coldTail.next = first;
    coldTail = last;
    b.next = last.next;
    last.next = null;
  }
  b.next = coldHead;
}

const INVERTED_JUMPS = new Map([
  [OP.POP_JUMP_IF_FALSE, OP.POP_JUMP_IF_TRUE],
  [OP.POP_JUMP_IF_TRUE, OP.POP_JUMP_IF_FALSE],
  [OP.POP_JUMP_IF_NONE, OP.POP_JUMP_IF_NOT_NONE],
  [OP.POP_JUMP_IF_NOT_NONE, OP.POP_JUMP_IF_NONE],
]);

/** `POP_JUMP_IF_TRUE back` becomes `POP_JUMP_IF_FALSE next; JUMP back` (3.12's normalize_jumps). */
function normalizeJumps(entry: BasicBlock): void {
  const seen = new Set<BasicBlock>();
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    seen.add(b);
    const last = b.last;
    const inverted = last === undefined ? undefined : INVERTED_JUMPS.get(last.op);
    if (inverted === undefined || !seen.has(last!.target!)) continue;
    const jump = new BasicBlock();
    jump.instrs.push({ op: OP.JUMP, arg: 0, target: last!.target, loc: last!.loc, except: last!.except });
    jump.next = b.next;
    last!.op = inverted;
    last!.target = b.next;
    b.next = jump;
    seen.add(jump);
    b = jump;
  }
}

/** Blocks reachable from the entry without an exception. */
function markWarm(entry: BasicBlock): Set<BasicBlock> {
  const warm = new Set<BasicBlock>([entry]);
  const todo = [entry];
  while (todo.length > 0) {
    const b = todo.pop()!;
    const successors: BasicBlock[] = [];
    if (b.next !== null && b.fallsThrough) successors.push(b.next);
    for (const instr of b.instrs) if (isJump(instr.op)) successors.push(instr.target!);
    for (const s of successors) {
      if (warm.has(s)) continue;
      warm.add(s);
      todo.push(s);
    }
  }
  return warm;
}

/** Handlers and what only they reach. */
function markCold(entry: BasicBlock, warm: Set<BasicBlock>): Set<BasicBlock> {
  const cold = new Set<BasicBlock>();
  const todo: BasicBlock[] = [];
  for (const b of blocksOf(entry)) {
    if (b.isHandler && !warm.has(b)) {
      cold.add(b);
      todo.push(b);
    }
  }
  while (todo.length > 0) {
    const b = todo.pop()!;
    const successors: BasicBlock[] = [];
    if (b.next !== null && b.fallsThrough) successors.push(b.next);
    for (const instr of b.instrs) if (isJump(instr.op)) successors.push(instr.target!);
    for (const s of successors) {
      if (warm.has(s) || cold.has(s)) continue;
      cold.add(s);
      todo.push(s);
    }
  }
  return cold;
}

// ---- 6. stack depth ----

/** Thrown when the generated code is inconsistent: a bug in the code generator. */
export class AssemblyError extends Error {}

/** Sets each reachable block's entry depth; returns the maximum depth. */
function computeStackDepths(entry: BasicBlock): number {
  let max = 0;
  const todo: BasicBlock[] = [];
  const reach = (b: BasicBlock, depth: number) => {
    if (b.startDepth === depth) return;
    if (b.startDepth >= 0) throw new AssemblyError(`inconsistent stack depth: ${b.startDepth} and ${depth}`);
    b.startDepth = depth;
    todo.push(b);
  };
  reach(entry, 0);
  while (todo.length > 0) {
    const b = todo.pop()!;
    let depth = b.startDepth;
    let fallsThrough = true;
    for (const instr of b.instrs) {
      const info = OPCODES[instr.op];
      const after = depth + info.effect(instr.arg);
      if (after < 0) throw new AssemblyError(`stack underflow at ${info.name}`);
      max = Math.max(max, after);
      if (hasTarget(instr.op)) {
        const atTarget = depth + info.jumpEffect(instr.arg);
        max = Math.max(max, atTarget);
        reach(instr.target!, atTarget);
      }
      depth = after;
      if (isUnconditionalJump(instr.op) || isScopeExit(instr.op)) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough && b.next !== null) reach(b.next, depth);
  }
  return max;
}

// ---- 7. pseudo-instructions and positions ----

/** The first non-empty block at or after b. */
function firstInstrBlock(b: BasicBlock | null): BasicBlock | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}

/** A jump to where execution would fall anyway becomes a NOP. */
function removeRedundantJumps(entry: BasicBlock): void {
  for (const b of blocksOf(entry)) {
    const last = b.last;
    if (last === undefined || !isUnconditionalJump(last.op)) continue;
    if (firstInstrBlock(last.target) === firstInstrBlock(b.next)) nop(last);
  }
}

function predecessorCounts(entry: BasicBlock): Map<BasicBlock, number> {
  const counts = new Map<BasicBlock, number>();
  const add = (b: BasicBlock) => counts.set(b, (counts.get(b) ?? 0) + 1);
  for (const b of blocksOf(entry)) {
    if (b.instrs.length === 0) continue;
    if (b.next !== null && b.fallsThrough) add(b.next);
    for (const instr of b.instrs) if (isJump(instr.op)) add(instr.target!);
  }
  return counts;
}

/**
 * An instruction without a position takes the previous one's in its block; a block starting
 * without one takes its only predecessor's last (3.12's propagate_line_numbers).
 */
function propagatePositions(entry: BasicBlock): void {
  const predecessors = predecessorCounts(entry);
  const inherit = (b: BasicBlock | null, loc: SourcePosition) => {
    if (b === null || predecessors.get(b) !== 1 || b.instrs.length === 0) return;
    if (b.instrs[0].loc.lineno < 0) b.instrs[0].loc = loc;
  };
  for (const b of blocksOf(entry)) {
    let prev = NO_POSITION;
    for (const instr of b.instrs) {
      if (instr.loc.lineno < 0) instr.loc = prev;
      else prev = instr.loc;
    }
    if (b.fallsThrough) inherit(b.next, prev);
    const last = b.last;
    if (last !== undefined && isJump(last.op)) inherit(last.target, prev);
  }
}

function removePseudoInstructions(entry: BasicBlock): void {
  for (const b of blocksOf(entry)) {
    b.instrs = b.instrs.filter((i) => i.op !== OP.NOP && i.op !== OP.POP_BLOCK && !isBlockPush(i.op));
    for (const instr of b.instrs) if (instr.op === OP.STORE_FAST_MAYBE_NULL) instr.op = OP.STORE_FAST;
  }
}

// ---- 8. layout and emission ----

function sizeOf(instr: Instr): number {
  return 1 + OPCODES[instr.op].cache + (instr.arg > MAX_INLINE_ARG ? 1 : 0);
}

/**
 * JUMP and JUMP_NO_INTERRUPT become forward or backward jumps once the layout is known, and a
 * conditional jump backwards becomes the opposite condition jumping forward over a new
 * JUMP_BACKWARD (as CPython 3.12 does): JUMP_BACKWARD is the loop's only way back, and the VM's
 * safe point for collecting garbage, ending a slice and interrupting.
 */
function resolveJumpDirections(entry: BasicBlock): void {
  const order = new Map<BasicBlock, number>();
  let i = 0;
  for (const b of blocksOf(entry)) order.set(b, i++);
  for (const b of [...blocksOf(entry)]) {
    for (const instr of b.instrs) {
      if (!isJump(instr.op)) continue;
      const forward = order.get(instr.target!)! > order.get(b)!;
      if (instr.op === OP.JUMP || instr.op === OP.JUMP_NO_INTERRUPT) {
        if (forward) instr.op = OP.JUMP_FORWARD;
        else instr.op = instr.op === OP.JUMP ? OP.JUMP_BACKWARD : OP.JUMP_BACKWARD_NO_INTERRUPT;
      } else if (!forward && REVERSED_CONDITION.has(instr.op)) {
        jumpBackwardThroughNewBlock(b, instr);
      }
    }
  }
}

const REVERSED_CONDITION = new Map<number, number>([
  [OP.POP_JUMP_IF_FALSE, OP.POP_JUMP_IF_TRUE],
  [OP.POP_JUMP_IF_TRUE, OP.POP_JUMP_IF_FALSE],
  [OP.POP_JUMP_IF_NONE, OP.POP_JUMP_IF_NOT_NONE],
  [OP.POP_JUMP_IF_NOT_NONE, OP.POP_JUMP_IF_NONE],
]);

/** `cond-jump T` (T behind) becomes `reversed-cond-jump NEXT; JUMP_BACKWARD T; NEXT:`. */
function jumpBackwardThroughNewBlock(b: BasicBlock, instr: Instr): void {
  const back = new BasicBlock();
  back.instrs.push({ op: OP.JUMP_BACKWARD, arg: 0, target: instr.target, loc: instr.loc, except: instr.except });
  back.next = b.next;
  instr.op = REVERSED_CONDITION.get(instr.op)!;
  instr.target = b.next;
  b.next = back;
}

/** Word offsets of the blocks; jump arguments become their targets' offsets. */
function layOut(entry: BasicBlock): number {
  for (;;) {
    let offset = 0;
    for (const b of blocksOf(entry)) {
      b.offset = offset;
      for (const instr of b.instrs) offset += sizeOf(instr);
    }
    // A jump argument growing past 24 bits adds an EXTENDED_ARG and moves what follows: repeat.
    let changed = false;
    for (const b of blocksOf(entry)) {
      for (const instr of b.instrs) {
        if (instr.target === null || !isJump(instr.op)) continue;
        const before = sizeOf(instr);
        instr.arg = instr.target.offset;
        if (sizeOf(instr) !== before) changed = true;
      }
    }
    if (!changed) return offset;
  }
}

function emit(entry: BasicBlock, stacksize: number): Omit<Assembled, 'consts'> {
  resolveJumpDirections(entry);
  const total = layOut(entry);
  const code = new Uint32Array(total);
  const positions = new Int32Array(total * 4).fill(-1);
  const exceptionTable: ExceptionTableEntry[] = [];
  let handler: BasicBlock | null = null;
  let rangeStart = 0;
  let offset = 0;
  const closeRange = () => {
    if (handler === null || offset === rangeStart) return;
    const depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
    exceptionTable.push({ start: rangeStart, end: offset, target: handler.offset, depth, lasti: handler.preserveLasti });
  };
  for (const b of blocksOf(entry)) {
    for (const instr of b.instrs) {
      if (instr.except !== handler) {
        closeRange();
        handler = instr.except;
        rangeStart = offset;
      }
      const size = sizeOf(instr);
      for (let w = offset; w < offset + size; w++) {
        positions.set([instr.loc.lineno, instr.loc.endLineno, instr.loc.col, instr.loc.endCol], w * 4);
      }
      if (instr.arg > MAX_INLINE_ARG) {
        code[offset++] = OP.EXTENDED_ARG | ((instr.arg >>> 24) << 8);
      }
      code[offset] = instr.op | ((instr.arg & MAX_INLINE_ARG) << 8);
      offset += 1 + OPCODES[instr.op].cache;
    }
  }
  closeRange();
  return { code, positions, exceptionTable, stacksize };
}
