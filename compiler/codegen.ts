// The code generator's core: one CodeUnit per code object being compiled (CPython's
// compiler_unit), the Compiler that holds the stack of units and emits instructions into the
// current one, name resolution (compiler_nameop), and turning a finished unit into a code object.
//
// What each construct compiles to lives beside this file: codegen-stmt.ts (statements),
// codegen-expr.ts (expressions), codegen-def.ts (functions, classes, lambdas),
// codegen-comprehension.ts and codegen-pattern.ts (match). The code shapes are CPython 3.12's
// (Python/compile.c), except that comprehensions are separate code objects as in 3.11.

import type * as ast from './ast.js';
import { assemble } from './assembler.js';
import { BasicBlock, CfgBuilder, NO_POSITION } from './cfg.js';
import { CodeObject, type SourcePosition } from './code.js';
import { ConstTable, type Const } from './consts.js';
import { compileBody, compileInteractive } from './codegen-stmt.js';
import { compileExpr } from './codegen-expr.js';
import type { FutureFeatures } from './future.js';
import { CODE_FLAGS, LOCAL_KIND } from './image-format.js';
import { OP } from './opcodes.js';
import { mangle, Scope, type Block, type SymbolTable } from './symtable.js';
import type { CompileWarning } from './warnings.js';

/** The kind of code a unit compiles (COMPILER_SCOPE_*). */
export type ScopeType = 'module' | 'class' | 'function' | 'async function' | 'lambda' | 'comprehension';

/** Future-feature flags CPython keeps in co_flags (CO_FUTURE_*). */
const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** compile.c's frame blocks: what `break`, `continue` and `return` must unwind on their way out. */
export const enum FB {
  WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
  POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
}

export interface FrameBlock {
  type: FB;
  /** Loops: where `continue` goes. */
  block: BasicBlock | null;
  /** Loops: where `break` goes. */
  exit: BasicBlock | null;
  /** FINALLY_TRY: the finally body; WITH/ASYNC_WITH: the statement; HANDLER_CLEANUP: the name bound. */
  datum: ast.Stmt[] | ast.With | ast.AsyncWith | string | null;
}

/** The position of an AST node (CPython's LOC macro). */
export function loc(node: ast.Position): SourcePosition {
  return {
    lineno: node.lineno,
    endLineno: node.end_lineno ?? node.lineno,
    col: node.col_offset,
    endCol: node.end_col_offset ?? node.col_offset,
  };
}

/** One code object being compiled. */
export class CodeUnit {
  readonly cfg = new CfgBuilder();
  readonly consts = new ConstTable();
  readonly names = new Map<string, number>();
  /** Parameters first, then other locals in the order the code first refers to them. */
  readonly varnames = new Map<string, number>();
  /** Cell names, sorted: their index here until the unit is finished. */
  readonly cellvars = new Map<string, number>();
  /** Free names, sorted: indexed after the cells. */
  readonly freevars = new Map<string, number>();
  /** Positional parameters that are not positional-only (co_argcount counts both). */
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FrameBlock[] = [];
  /** The class name used to mangle `__private` names, inherited from the enclosing unit. */
  privateName: string | null;
  qualname: string;

  constructor(
    /** The scope's node in the tree. */
    readonly node: object,
    readonly block: Block,
    readonly scopeType: ScopeType,
    readonly name: string,
    readonly firstlineno: number,
    privateName: string | null,
  ) {
    this.privateName = privateName;
    this.qualname = name;
    for (const p of block.params) this.varnames.set(p, this.varnames.size);
    const cells = block.cellVars();
    for (const c of cells) this.cellvars.set(c, this.cellvars.size);
    for (const f of block.freeVars()) this.freevars.set(f, cells.length + this.freevars.size);
  }

  addConst(value: Const): number {
    return this.consts.add(value);
  }

  addName(name: string): number {
    return addTo(this.names, name);
  }

  addVarname(name: string): number {
    return addTo(this.varnames, name);
  }
}

function addTo(map: Map<string, number>, name: string): number {
  let index = map.get(name);
  if (index === undefined) {
    index = map.size;
    map.set(name, index);
  }
  return index;
}

/** Deref instructions: their argument is a cell/free index until the unit is finished. */
const DEREF_OPS = new Set([OP.LOAD_CLOSURE, OP.LOAD_DEREF, OP.STORE_DEREF, OP.DELETE_DEREF, OP.LOAD_FROM_DICT_OR_DEREF]);

export class Compiler {
  private readonly units: CodeUnit[] = [];
  /** A number for each scope node compiled, to tell code objects compiled from it (CodeObject.origin). */
  private readonly scopeIds = new Map<object, number>();

  constructor(
    readonly symtable: SymbolTable,
    readonly filename: string,
    readonly future: FutureFeatures,
    /** Compiling for the interactive prompt: expression statements print their value. */
    readonly interactive: boolean,
    /** Where SyntaxWarnings go. */
    private readonly warnings: CompileWarning[] = [],
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT (the checks allowed the module to await). */
    private readonly topLevelAwait = false,
  ) {}

  /** Issues a SyntaxWarning (when `message` is not null) at a line. */
  warn(message: string | null, lineno: number): void {
    if (message !== null) this.warnings.push({ category: 'SyntaxWarning', message, filename: this.filename, lineno });
  }

  get unit(): CodeUnit {
    return this.units[this.units.length - 1];
  }

  /** The unit enclosing the current one, or null at module level. */
  get parentUnit(): CodeUnit | null {
    return this.units.length > 1 ? this.units[this.units.length - 2] : null;
  }

  /** How many units are open (c_nestlevel). */
  get nestLevel(): number {
    return this.units.length;
  }

  // ---- emitting ----

  emit(op: number, arg: number, loc: SourcePosition): void {
    this.unit.cfg.emit(op, arg, loc);
  }

  /** An instruction without an argument. */
  op(op: number, loc: SourcePosition): void {
    this.unit.cfg.emit(op, 0, loc);
  }

  jump(op: number, target: BasicBlock, loc: SourcePosition): void {
    this.unit.cfg.emit(op, 0, loc, target);
  }

  newBlock(): BasicBlock {
    return this.unit.cfg.newBlock();
  }

  useBlock(block: BasicBlock): void {
    this.unit.cfg.useBlock(block);
  }

  loadConst(value: Const, loc: SourcePosition): void {
    this.emit(OP.LOAD_CONST, this.unit.addConst(value), loc);
  }

  mangle(name: string): string {
    return mangle(this.unit.privateName, name);
  }

  /** An instruction naming co_names[i] (ADDOP_NAME: the name is mangled). */
  named(op: number, name: string, loc: SourcePosition): void {
    this.emit(op, this.unit.addName(this.mangle(name)), loc);
  }

  /** LOAD_ATTR; a method load pushes (method, self) or (NULL, attribute) for CALL. */
  loadAttr(name: string, loc: SourcePosition, method = false): void {
    this.emit(OP.LOAD_ATTR, (this.unit.addName(this.mangle(name)) << 1) | (method ? 1 : 0), loc);
  }

  /** LOAD_SUPER_ATTR: `super().name` with the super, class and self arguments on the stack. */
  loadSuperAttr(name: string, loc: SourcePosition, method: boolean, twoArgs: boolean): void {
    const index = this.unit.addName(this.mangle(name));
    this.emit(OP.LOAD_SUPER_ATTR, (index << 2) | (twoArgs ? 2 : 0) | (method ? 1 : 0), loc);
  }

  // ---- frame blocks ----

  pushFblock(type: FB, block: BasicBlock | null, exit: BasicBlock | null, datum: FrameBlock['datum'] = null): void {
    this.unit.fblocks.push({ type, block, exit, datum });
  }

  popFblock(type: FB): void {
    const top = this.unit.fblocks.pop();
    if (top?.type !== type) throw new Error('frame block mismatch');
  }

  // ---- names ----

  /** The scope of a name in the current unit (with CPython's special case for class cells). */
  refType(name: string): Scope {
    const unit = this.unit;
    if (unit.scopeType === 'class' && name === '__class__') return Scope.CELL;
    return unit.block.scope(name);
  }

  /** Load, store or delete a variable, with the instruction its scope calls for (compiler_nameop). */
  nameOp(name: string, ctx: ast.ExprContext, loc: SourcePosition): void {
    const unit = this.unit;
    const mangled = this.mangle(name);
    const scope = unit.block.scope(mangled);
    const isFunction = unit.block.isFunction;
    if (scope === Scope.FREE || scope === Scope.CELL) {
      const index = scope === Scope.FREE ? unit.freevars.get(mangled)! : unit.cellvars.get(mangled)!;
      if (ctx === 'Load' && unit.scopeType === 'class') {
        // A class body reads its own namespace first, then the enclosing function's cell.
        this.op(OP.LOAD_LOCALS, loc);
        this.emit(OP.LOAD_FROM_DICT_OR_DEREF, index, loc);
      } else {
        this.emit(ctx === 'Load' ? OP.LOAD_DEREF : ctx === 'Store' ? OP.STORE_DEREF : OP.DELETE_DEREF, index, loc);
      }
      return;
    }
    if (scope === Scope.LOCAL && isFunction) {
      const op = ctx === 'Load' ? OP.LOAD_FAST : ctx === 'Store' ? OP.STORE_FAST : OP.DELETE_FAST;
      this.emit(op, unit.addVarname(mangled), loc);
      return;
    }
    const index = unit.addName(mangled);
    if (scope === Scope.GLOBAL_EXPLICIT || (scope === Scope.GLOBAL_IMPLICIT && isFunction)) {
      if (ctx === 'Load') this.emit(OP.LOAD_GLOBAL, index << 1, loc);
      else this.emit(ctx === 'Store' ? OP.STORE_GLOBAL : OP.DELETE_GLOBAL, index, loc);
      return;
    }
    this.emit(ctx === 'Load' ? OP.LOAD_NAME : ctx === 'Store' ? OP.STORE_NAME : OP.DELETE_NAME, index, loc);
  }

  // ---- units ----

  /** Opens a unit for a scope-opening node; its code starts with RESUME (compiler_enter_scope). */
  enterScope(node: ast.Module | ast.Expr | ast.Stmt, scopeType: ScopeType, name: string, firstlineno: number): CodeUnit {
    const block = node._type === 'Module' ? this.symtable.top : this.symtable.lookup(node as Parameters<SymbolTable['lookup']>[0]);
    const privateName = this.units.length > 0 ? this.unit.privateName : null;
    const unit = new CodeUnit(node, block, scopeType, name, firstlineno, privateName);
    this.units.push(unit);
    if (scopeType !== 'module') unit.qualname = this.qualifiedName(unit);
    const lineno = scopeType === 'module' ? 0 : firstlineno;
    this.emit(OP.RESUME, 0, { lineno, endLineno: lineno, col: 0, endCol: 0 });
    return unit;
  }

  exitScope(): void {
    this.units.pop();
  }

  /** compiler_set_qualname: a nested name is qualified by its parent's, `<locals>` after functions. */
  private qualifiedName(unit: CodeUnit): string {
    const parent = this.parentUnit;
    if (parent === null || parent.scopeType === 'module') return unit.name;
    if (unit.scopeType === 'function' || unit.scopeType === 'async function' || unit.scopeType === 'class') {
      // A function or class declared global inside a function is named as a top-level one.
      if (parent.block.scope(mangle(parent.privateName, unit.name)) === Scope.GLOBAL_EXPLICIT) return unit.name;
    }
    const parentIsFunction = parent.scopeType === 'function' || parent.scopeType === 'async function' || parent.scopeType === 'lambda';
    return parent.qualname + (parentIsFunction ? '.<locals>.' : '.') + unit.name;
  }

  /** co_flags: what the scope implies (compute_code_flags), and the module's future features. */
  private codeFlags(unit: CodeUnit): number {
    let flags = unit.block.codeFlags();
    // A module that awaits at top level is a coroutine's code (compute_code_flags).
    if (this.topLevelAwait && unit.scopeType === 'module' && unit.block.isCoroutine && !unit.block.isGenerator) {
      flags |= CODE_FLAGS.CO_COROUTINE;
    }
    if (this.future.annotations) flags |= CO_FUTURE_ANNOTATIONS;
    if (this.future.barryAsFlufl) flags |= CO_FUTURE_BARRY_AS_BDFL;
    return flags;
  }

  /** The current unit is a generator, coroutine or async generator. */
  isGeneratorLike(): boolean {
    return this.unit.block.isGenerator || this.unit.block.isCoroutine;
  }

  /**
   * Makes the current unit's code object (optimize_and_assemble): `return None` appended (or
   * the value on the stack returned), then cells, free variables and the generator prologue.
   */
  finishUnit(addNone: boolean): CodeObject {
    const unit = this.unit;
    if (addNone) this.loadConst(null, NO_POSITION);
    this.op(OP.RETURN_VALUE, NO_POSITION);
    const flags = this.codeFlags(unit);
    const layout = localsLayout(unit);
    fixDerefArgs(unit, layout.derefIndex);
    insertPrologue(unit, layout, flags);
    const assembled = assemble({ entry: unit.cfg.entry, consts: unit.consts, nlocals: unit.varnames.size, nparams: unit.block.params.length });
    const code = new CodeObject({
      name: unit.name,
      qualname: unit.qualname,
      filename: this.filename,
      firstlineno: unit.firstlineno,
      argcount: unit.posonlyargcount + unit.argcount,
      posonlyargcount: unit.posonlyargcount,
      kwonlyargcount: unit.kwonlyargcount,
      flags,
      stacksize: assembled.stacksize,
      localsplusnames: layout.names,
      localspluskinds: layout.kinds,
      names: [...unit.names.keys()],
      consts: assembled.consts,
      code: assembled.code,
      positions: assembled.positions,
      exceptionTable: assembled.exceptionTable,
    });
    if (!this.scopeIds.has(unit.node)) this.scopeIds.set(unit.node, this.scopeIds.size);
    code.origin = this.scopeIds.get(unit.node)!;
    return code;
  }

  /** Compiles an expression in the current unit. */
  expr(e: ast.Expr): void {
    compileExpr(this, e);
  }

  // ---- modules ----

  compileModule(mod: ast.Mod): CodeObject {
    const top: ast.Module = mod._type === 'Module' ? mod : { _type: 'Module', body: [], type_ignores: [] };
    this.enterScope(top, 'module', '<module>', 1);
    let addNone = true;
    if (mod._type === 'Module') {
      const first = mod.body[0];
      compileBody(this, mod.body, first !== undefined ? loc(first) : { lineno: 1, endLineno: 1, col: 0, endCol: 0 });
    } else if (mod._type === 'Interactive') {
      compileInteractive(this, mod.body);
    } else {
      this.expr(mod.body);
      addNone = false;
    }
    const code = this.finishUnit(addNone);
    this.exitScope();
    return code;
  }
}

// ---- finishing a unit ----

interface LocalsLayout {
  names: string[];
  kinds: number[];
  /** Cell/free index (cells first) → localsplus index. */
  derefIndex: number[];
}

/**
 * co_localsplusnames: the locals (parameters first), then cells that are not parameters
 * (a parameter's cell lives in its slot), then free variables.
 */
function localsLayout(unit: CodeUnit): LocalsLayout {
  const names = [...unit.varnames.keys()];
  const kinds = names.map((n) => LOCAL_KIND.LOCAL | (unit.cellvars.has(n) ? LOCAL_KIND.CELL : 0));
  const derefIndex: number[] = [];
  for (const name of unit.cellvars.keys()) {
    const local = unit.varnames.get(name);
    if (local !== undefined) {
      derefIndex.push(local);
      continue;
    }
    derefIndex.push(names.length);
    names.push(name);
    kinds.push(LOCAL_KIND.CELL);
  }
  for (const name of unit.freevars.keys()) {
    derefIndex.push(names.length);
    names.push(name);
    kinds.push(LOCAL_KIND.FREE);
  }
  return { names, kinds, derefIndex };
}

function fixDerefArgs(unit: CodeUnit, derefIndex: number[]): void {
  for (const b of unit.cfg.blocks()) {
    for (const instr of b.instrs) if (DEREF_OPS.has(instr.op)) instr.arg = derefIndex[instr.arg];
  }
}

/** COPY_FREE_VARS, a MAKE_CELL per cell (in slot order), RETURN_GENERATOR; POP_TOP. */
function insertPrologue(unit: CodeUnit, layout: LocalsLayout, flags: number): void {
  const prologue = [];
  const instr = (op: number, arg: number, pos = NO_POSITION) => ({ op, arg, target: null, loc: pos, except: null });
  if (unit.freevars.size > 0) prologue.push(instr(OP.COPY_FREE_VARS, unit.freevars.size));
  layout.kinds.forEach((kind, i) => {
    if (kind & LOCAL_KIND.CELL) prologue.push(instr(OP.MAKE_CELL, i));
  });
  if (flags & (CODE_FLAGS.CO_GENERATOR | CODE_FLAGS.CO_COROUTINE | CODE_FLAGS.CO_ASYNC_GENERATOR)) {
    const line = unit.firstlineno;
    prologue.push(instr(OP.RETURN_GENERATOR, 0, { lineno: line, endLineno: line, col: -1, endCol: -1 }));
    prologue.push(instr(OP.POP_TOP, 0));
  }
  unit.cfg.entry.instrs.unshift(...prologue);
}
