// The code object: what compiling one scope produces, with the fields of CPython's code objects.
// The image writer serialises it for the VM; the disassembler and the verifier read it.

import { LOCAL_KIND } from './image-format.js';
import { constKey, type Const } from './consts.js';

/** One zero-cost exception handler: instructions in [start, end) jump to target on an exception. */
export interface ExceptionTableEntry {
  /** First word covered. */
  start: number;
  /** First word after the range. */
  end: number;
  /** Word of the handler. */
  target: number;
  /** Stack depth the handler runs at (before the exception, and lasti, are pushed). */
  depth: number;
  /** The handler also receives the offset of the raising instruction (lasti). */
  lasti: boolean;
}

/** A source range as in co_positions(): 1-based lines, 0-based UTF-8 columns; -1 when unknown. */
export interface SourcePosition {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export interface CodeFields {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** CODE_FLAGS bits, plus the module's future-feature flags. */
  flags: number;
  /** Maximum value-stack depth the code can reach. */
  stacksize: number;
  /** Locals, then cells that are not arguments, then free variables (co_localsplusnames). */
  localsplusnames: string[];
  /** LOCAL_KIND bits of each name in localsplusnames. */
  localspluskinds: number[];
  names: string[];
  consts: Const[];
  /** Instruction words (opcode in the low 8 bits, argument in the high 24), caches included. */
  code: Uint32Array;
  /** Four entries per word: lineno, endLineno, col, endCol (-1 when unknown). */
  positions: Int32Array;
  exceptionTable: ExceptionTableEntry[];
}

export class CodeObject implements CodeFields {
  name!: string;
  qualname!: string;
  filename!: string;
  firstlineno!: number;
  argcount!: number;
  posonlyargcount!: number;
  kwonlyargcount!: number;
  flags!: number;
  stacksize!: number;
  localsplusnames!: string[];
  localspluskinds!: number[];
  names!: string[];
  consts!: Const[];
  code!: Uint32Array;
  positions!: Int32Array;
  exceptionTable!: ExceptionTableEntry[];

  /**
   * Which scope of the source this was compiled from (a number the code generator gives each
   * scope node); not part of the image.
   */
  origin = -1;
  private structuralKey: string | undefined;

  constructor(fields: CodeFields) {
    Object.assign(this, fields);
  }

  /**
   * Equal code objects are one constant (CPython's code_richcompare, which compares positions
   * too: only code compiled from the same scope can be equal): a body compiled twice, such as
   * a `finally` block inlined on each way out, makes its nested code objects once.
   */
  get key(): string {
    this.structuralKey ??= JSON.stringify([
      this.origin, this.name, this.qualname, this.argcount, this.posonlyargcount, this.kwonlyargcount, this.flags,
      this.firstlineno, Array.from(this.code), this.consts.map(constKey), this.names, this.localsplusnames,
      Array.from(this.positions), this.exceptionTable,
    ]);
    return this.structuralKey;
  }

  /** co_varnames: arguments and other locals. */
  get varnames(): string[] {
    return this.namesOfKind(LOCAL_KIND.LOCAL);
  }

  /** co_cellvars: variables nested scopes read (argument cells first). */
  get cellvars(): string[] {
    return this.namesOfKind(LOCAL_KIND.CELL);
  }

  /** co_freevars: variables of enclosing scopes. */
  get freevars(): string[] {
    return this.namesOfKind(LOCAL_KIND.FREE);
  }

  position(word: number): SourcePosition {
    const p = this.positions;
    const i = word * 4;
    return { lineno: p[i], endLineno: p[i + 1], col: p[i + 2], endCol: p[i + 3] };
  }

  private namesOfKind(kind: number): string[] {
    return this.localsplusnames.filter((_, i) => (this.localspluskinds[i] & kind) !== 0);
  }
}
