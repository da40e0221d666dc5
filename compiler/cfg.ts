// The control-flow graph the code generator emits into: basic blocks of instructions, jumps
// pointing at blocks. The assembler (compiler/assembler.ts) turns it into a code object.

import type { SourcePosition } from './code.js';
import { OP, OPCODES } from './opcodes.js';

/** An instruction with no source position of its own (it inherits its predecessor's). */
export const NO_POSITION: SourcePosition = Object.freeze({ lineno: -1, endLineno: -1, col: -1, endCol: -1 });

export interface Instr {
  op: number;
  arg: number;
  /** The block a jump (or a SETUP_* pseudo-instruction) goes to. */
  target: BasicBlock | null;
  loc: SourcePosition;
  /** The handler in effect for this instruction: set when exception targets are labelled. */
  except: BasicBlock | null;
}

export class BasicBlock {
  instrs: Instr[] = [];
  /** The block that follows in the code's layout (where execution falls through). */
  next: BasicBlock | null = null;
  /** Stack depth on entry; -1 until computed. */
  startDepth = -1;
  /** The target of a SETUP_* instruction. */
  isHandler = false;
  /** A handler that receives lasti (SETUP_CLEANUP, SETUP_WITH). */
  preserveLasti = false;
  /** Word offset in the final code. */
  offset = 0;

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }

  /** Execution can continue into `next`. */
  get fallsThrough(): boolean {
    const last = this.last;
    return last === undefined || !(isUnconditionalJump(last.op) || isScopeExit(last.op));
  }
}

const BLOCK_PUSH = new Set([OP.SETUP_FINALLY, OP.SETUP_CLEANUP, OP.SETUP_WITH]);

/** SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH: the start of a protected range. */
export function isBlockPush(op: number): boolean {
  return BLOCK_PUSH.has(op);
}

/** A real jump (conditional or not); SETUP_* excluded. */
export function isJump(op: number): boolean {
  const kind = OPCODES[op].jump;
  return (kind === 'conditional' || kind === 'unconditional') && !BLOCK_PUSH.has(op);
}

export function isUnconditionalJump(op: number): boolean {
  return OPCODES[op].jump === 'unconditional';
}

/** Return, raise, re-raise: nothing follows. */
export function isScopeExit(op: number): boolean {
  return OPCODES[op].jump === 'exit';
}

/** Jumps and block pushes: instructions with a target block. */
export function hasTarget(op: number): boolean {
  return OPCODES[op].jump === 'conditional' || OPCODES[op].jump === 'unconditional';
}

/**
 * Where the code generator appends instructions: the current block, and the layout order of the
 * blocks it has started.
 */
export class CfgBuilder {
  readonly entry = new BasicBlock();
  private current = this.entry;

  /** A block to jump to; it takes its place in the layout when `useBlock` starts it. */
  newBlock(): BasicBlock {
    return new BasicBlock();
  }

  /** Continues in `block`, placed after the current one (execution falls into it). */
  useBlock(block: BasicBlock): void {
    block.next = this.current.next;
    this.current.next = block;
    this.current = block;
  }

  emit(op: number, arg: number, loc: SourcePosition, target: BasicBlock | null = null): void {
    // A jump or an exit ends a basic block: what follows starts a new one.
    const last = this.current.last;
    if (last !== undefined && (isJump(last.op) || isScopeExit(last.op))) this.useBlock(this.newBlock());
    this.current.instrs.push({ op, arg, target, loc, except: null });
  }

  /** The instructions emitted so far, block by block in layout order. */
  *blocks(): Generator<BasicBlock> {
    for (let b: BasicBlock | null = this.entry; b !== null; b = b.next) yield b;
  }
}
