// A disassembler in the style of CPython 3.12's `dis` module: line, jump-target mark, offset
// (in words), instruction, argument and what it means, then the exception table; nested code
// objects after their parent. Inline cache words are not shown.

import { CodeObject } from './code.js';
import type { Const } from './consts.js';
import { PyFrozenSet, PyTuple } from './consts.js';
import { BINARY_OPS, CMP_OPS, INTRINSIC_1, INTRINSIC_2, OP, OPCODES } from './opcodes.js';
import { reprConst } from './repr.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'];

/** One decoded instruction. */
export interface Instruction {
  offset: number;
  op: number;
  opname: string;
  /** The argument, EXTENDED_ARG prefixes applied; null for instructions without one. */
  arg: number | null;
  /** Words the instruction takes, caches included (not its EXTENDED_ARG prefixes). */
  size: number;
}

/** The instructions of a code object, in order (EXTENDED_ARG prefixes included). */
export function instructions(code: CodeObject): Instruction[] {
  const out: Instruction[] = [];
  let extended = 0;
  for (let offset = 0; offset < code.code.length; ) {
    const word = code.code[offset];
    const op = word & 0xff;
    const info = OPCODES[op];
    if (info === undefined) throw new Error(`bad opcode ${op} at ${offset}`);
    const arg = (word >>> 8) + extended * 2 ** 24;
    const size = 1 + info.cache;
    out.push({ offset, op, opname: info.name, arg: info.hasArg ? arg : null, size });
    extended = op === OP.EXTENDED_ARG ? arg : 0;
    offset += size;
  }
  return out;
}

/** `<code object f at #1, file "x.py", line 2>`: code objects are numbered in disassembly order. */
function codeRepr(code: CodeObject, ids: Map<CodeObject, number>): string {
  if (!ids.has(code)) ids.set(code, ids.size);
  return `<code object ${code.name} at #${ids.get(code)}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** repr() of a constant, code objects shown as `dis` shows them. */
export function constRepr(c: Const, ids = new Map<CodeObject, number>()): string {
  if (c instanceof CodeObject) return codeRepr(c, ids);
  if (c instanceof PyTuple) {
    const items = c.items.map((x) => constRepr(x, ids));
    return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
  }
  if (c instanceof PyFrozenSet) return c.items.length === 0 ? 'frozenset()' : 'frozenset({' + c.items.map((x) => constRepr(x, ids)).join(', ') + '})';
  return reprConst(c);
}

/** What an argument means, as `dis` shows it in parentheses ('' for nothing). */
function argRepr(code: CodeObject, instr: Instruction, ids: Map<CodeObject, number>): string {
  const arg = instr.arg!;
  const op = instr.op;
  const info = OPCODES[op];
  if (info.jump === 'conditional' || info.jump === 'unconditional') return `to ${arg}`;
  switch (op) {
    case OP.LOAD_CONST:
    case OP.RETURN_CONST:
    case OP.KW_NAMES:
      return constRepr(code.consts[arg], ids);
    case OP.LOAD_FAST:
    case OP.LOAD_FAST_CHECK:
    case OP.LOAD_FAST_AND_CLEAR:
    case OP.STORE_FAST:
    case OP.DELETE_FAST:
    case OP.MAKE_CELL:
    case OP.LOAD_CLOSURE:
    case OP.LOAD_DEREF:
    case OP.STORE_DEREF:
    case OP.DELETE_DEREF:
    case OP.LOAD_FROM_DICT_OR_DEREF:
      return code.localsplusnames[arg];
    case OP.LOAD_NAME:
    case OP.STORE_NAME:
    case OP.DELETE_NAME:
    case OP.STORE_GLOBAL:
    case OP.DELETE_GLOBAL:
    case OP.STORE_ATTR:
    case OP.DELETE_ATTR:
    case OP.IMPORT_NAME:
    case OP.IMPORT_FROM:
    case OP.LOAD_FROM_DICT_OR_GLOBALS:
      return code.names[arg];
    case OP.LOAD_GLOBAL:
      return (arg & 1 ? 'NULL + ' : '') + code.names[arg >> 1];
    case OP.LOAD_ATTR:
      return (arg & 1 ? 'NULL|self + ' : '') + code.names[arg >> 1];
    case OP.LOAD_SUPER_ATTR:
      return (arg & 1 ? 'NULL|self + ' : '') + code.names[arg >> 2];
    case OP.COMPARE_OP:
      return CMP_OPS[arg];
    case OP.BINARY_OP:
      return BINARY_OPS[arg];
    case OP.CALL_INTRINSIC_1:
      return INTRINSIC_1[arg];
    case OP.CALL_INTRINSIC_2:
      return INTRINSIC_2[arg];
    case OP.MAKE_FUNCTION:
      return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
    case OP.FORMAT_VALUE:
      return [FORMAT_CONVERSIONS[arg & 3], arg & 4 ? 'with format' : ''].filter((x) => x !== '').join(', ');
    default:
      return '';
  }
}

/** The disassembly of one code object (without its nested ones). */
function disassembleOne(code: CodeObject, ids: Map<CodeObject, number>): string {
  const instrs = instructions(code);
  const targets = new Set<number>();
  for (const instr of instrs) {
    const kind = OPCODES[instr.op].jump;
    if (kind === 'conditional' || kind === 'unconditional') targets.add(instr.arg!);
  }
  for (const entry of code.exceptionTable) targets.add(entry.target);
  const lines: string[] = [];
  let line = -1;
  for (const instr of instrs) {
    const lineno = code.position(instr.offset).lineno;
    let lineField = '   ';
    if (lineno >= 0 && lineno !== line) {
      if (lines.length > 0) lines.push('');
      line = lineno;
      lineField = String(lineno).padStart(3);
    }
    const fields = [lineField, '   ', targets.has(instr.offset) ? '>>' : '  ', String(instr.offset).padStart(4), instr.opname.padEnd(OPNAME_WIDTH)];
    if (instr.arg !== null) {
      fields.push(String(instr.arg).padStart(OPARG_WIDTH));
      const meaning = argRepr(code, instr, ids);
      if (meaning !== '') fields.push(`(${meaning})`);
    }
    lines.push(fields.join(' ').trimEnd());
  }
  if (code.exceptionTable.length > 0) {
    lines.push('ExceptionTable:');
    for (const e of code.exceptionTable) lines.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** The disassembly of a code object, then of the code objects among its constants, recursively. */
export function disassemble(code: CodeObject, ids = new Map<CodeObject, number>()): string {
  codeRepr(code, ids);
  let out = disassembleOne(code, ids);
  for (const c of code.consts) {
    if (!(c instanceof CodeObject)) continue;
    out += `\nDisassembly of ${codeRepr(c, ids)}:\n` + disassemble(c, ids);
  }
  return out;
}
