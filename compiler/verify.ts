// Checks a code object's internal consistency, as the VM does when it loads an image: every
// opcode real, every argument in range, every jump and handler at an instruction, the stack
// never below empty nor above co_stacksize on any path (exception paths included), and no
// path running off the end. A failure here is a code generator bug.

import { CodeObject } from './code.js';
import { PyTuple } from './consts.js';
import { instructions, type Instruction } from './dis.js';
import { LOCAL_KIND } from './image-format.js';
import { FIRST_VM_OPCODE, OP, OPCODES } from './opcodes.js';

/** The problems found in a code object and those nested in it; empty when it is consistent. */
export function verifyCode(code: CodeObject): string[] {
  const problems: string[] = [];
  verifyOne(code, (msg) => problems.push(`${code.qualname} (${code.filename}:${code.firstlineno}): ${msg}`));
  for (const c of code.consts) if (c instanceof CodeObject) problems.push(...verifyCode(c));
  return problems;
}

type Report = (msg: string) => void;

const NAME_OPS = new Set([
  OP.LOAD_NAME, OP.STORE_NAME, OP.DELETE_NAME, OP.STORE_GLOBAL, OP.DELETE_GLOBAL, OP.STORE_ATTR,
  OP.DELETE_ATTR, OP.IMPORT_NAME, OP.IMPORT_FROM, OP.LOAD_FROM_DICT_OR_GLOBALS,
]);
const FAST_OPS = new Set([OP.LOAD_FAST, OP.LOAD_FAST_CHECK, OP.LOAD_FAST_AND_CLEAR, OP.STORE_FAST, OP.DELETE_FAST]);
const DEREF_OPS = new Set([OP.MAKE_CELL, OP.LOAD_CLOSURE, OP.LOAD_DEREF, OP.STORE_DEREF, OP.DELETE_DEREF, OP.LOAD_FROM_DICT_OR_DEREF]);
const CONST_OPS = new Set([OP.LOAD_CONST, OP.RETURN_CONST, OP.KW_NAMES]);

function verifyOne(code: CodeObject, report: Report): void {
  if (code.positions.length !== code.code.length * 4) report(`${code.positions.length / 4} positions for ${code.code.length} words`);
  if (code.localspluskinds.length !== code.localsplusnames.length) report('localsplus names and kinds differ in length');
  let instrs: Instruction[];
  try {
    instrs = instructions(code);
  } catch (err) {
    report((err as Error).message);
    return;
  }
  if (instrs.length === 0) {
    report('no instructions');
    return;
  }
  const starts = new Set(instrs.map((i) => i.offset));
  for (const instr of instrs) verifyArgument(code, instr, starts, report);
  for (const e of code.exceptionTable) {
    if (!(e.start < e.end && e.end <= code.code.length) || !starts.has(e.start) || (e.end < code.code.length && !starts.has(e.end))) {
      report(`exception range ${e.start}..${e.end} not at instructions`);
    }
    if (!starts.has(e.target)) report(`exception handler ${e.target} not at an instruction`);
    if (e.depth + (e.lasti ? 1 : 0) + 1 > code.stacksize) report(`exception handler depth ${e.depth} above stack size ${code.stacksize}`);
  }
  verifyStack(code, instrs, report);
}

function verifyArgument(code: CodeObject, instr: Instruction, starts: Set<number>, report: Report): void {
  const info = OPCODES[instr.op];
  const at = `${instr.opname} at ${instr.offset}`;
  if (instr.op >= FIRST_VM_OPCODE || info.pseudo) {
    report(`${at}: not a real instruction`);
    return;
  }
  const arg = instr.arg ?? 0;
  if (info.jump === 'conditional' || info.jump === 'unconditional') {
    if (!starts.has(arg)) report(`${at}: jump to ${arg}, not an instruction`);
    // Only JUMP_BACKWARD* go back: where the VM checks for interrupts.
    const backward = instr.op === OP.JUMP_BACKWARD || instr.op === OP.JUMP_BACKWARD_NO_INTERRUPT;
    if (!backward && arg <= instr.offset) report(`${at}: ${instr.opname} goes backward`);
    if (backward && arg > instr.offset) report(`${at}: ${instr.opname} goes forward`);
  }
  const inRange = (n: number, limit: number, what: string) => {
    if (n >= limit) report(`${at}: ${what} ${n} out of range (${limit})`);
  };
  if (CONST_OPS.has(instr.op)) inRange(arg, code.consts.length, 'constant');
  if (instr.op === OP.KW_NAMES && !(code.consts[arg] instanceof PyTuple)) report(`${at}: keyword names are not a tuple`);
  if (NAME_OPS.has(instr.op)) inRange(arg, code.names.length, 'name');
  if (instr.op === OP.LOAD_GLOBAL || instr.op === OP.LOAD_ATTR) inRange(arg >> 1, code.names.length, 'name');
  if (instr.op === OP.LOAD_SUPER_ATTR) inRange(arg >> 2, code.names.length, 'name');
  if (FAST_OPS.has(instr.op)) {
    inRange(arg, code.localsplusnames.length, 'local');
    if (!(code.localspluskinds[arg] & LOCAL_KIND.LOCAL)) report(`${at}: ${code.localsplusnames[arg]} is not a plain local`);
  }
  if (DEREF_OPS.has(instr.op)) {
    inRange(arg, code.localsplusnames.length, 'cell');
    if (!(code.localspluskinds[arg] & (LOCAL_KIND.CELL | LOCAL_KIND.FREE))) report(`${at}: ${code.localsplusnames[arg]} is not a cell`);
  }
  if (instr.op === OP.COPY_FREE_VARS && arg !== code.freevars.length) report(`${at}: ${arg} free variables, the code has ${code.freevars.length}`);
  if ((instr.op === OP.COPY || instr.op === OP.SWAP) && arg < 1) report(`${at}: ${instr.opname} ${arg}`);
}

/** Follows every path, exception handlers included, with the stack depth. */
function verifyStack(code: CodeObject, instrs: Instruction[], report: Report): void {
  const index = new Map(instrs.map((instr, i) => [instr.offset, i]));
  const depths = new Int32Array(instrs.length).fill(-1);
  const todo: number[] = [];
  const reach = (offset: number, depth: number, from: string) => {
    const i = index.get(offset);
    if (i === undefined) return; // reported as a bad target
    if (depth < 0) return report(`${from}: stack underflow`);
    if (depth > code.stacksize) return report(`${from}: depth ${depth} above stack size ${code.stacksize}`);
    if (depths[i] === depth) return;
    if (depths[i] >= 0) return report(`${from}: reaches ${offset} with depth ${depth}, elsewhere ${depths[i]}`);
    depths[i] = depth;
    todo.push(i);
  };
  reach(0, 0, 'start');
  while (todo.length > 0) {
    const i = todo.pop()!;
    const instr = instrs[i];
    const depth = depths[i];
    const info = OPCODES[instr.op];
    const arg = instr.arg ?? 0;
    const at = `${instr.opname} at ${instr.offset}`;
    for (const e of code.exceptionTable) {
      if (instr.offset < e.start || instr.offset >= e.end) continue;
      if (e.depth > depth) report(`${at}: handler depth ${e.depth} above the stack (${depth})`);
      reach(e.target, e.depth + (e.lasti ? 1 : 0) + 1, `${at} (handler)`);
      break;
    }
    if (info.jump === 'conditional' || info.jump === 'unconditional') reach(arg, depth + info.jumpEffect(arg), at);
    if (depth + info.effect(arg) < 0) report(`${at}: stack underflow`);
    if (info.jump === 'unconditional' || info.jump === 'exit') continue;
    if (i + 1 >= instrs.length) {
      report(`${at}: runs off the end of the code`);
      continue;
    }
    reach(instrs[i + 1].offset, depth + info.effect(arg), at);
  }
}
