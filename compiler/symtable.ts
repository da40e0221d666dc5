// The symbol table: for every scope of a module, which names it binds and whether each name is
// local, global, free or a cell. CPython 3.11's Python/symtable.c, in two passes:
//
// 1. A walk over the AST creates one Block per scope (module, class, function, lambda,
//    comprehension) and records raw facts per name: assigned, used, parameter, imported,
//    declared global or nonlocal, annotated. Misuses visible at that point are raised here.
// 2. An analysis from the module down decides each name's scope, given the names bound by the
//    enclosing functions; names a nested scope needs become cells of the scope that binds them.
//
// The code generator looks up the Block of each scope by its AST node, and asks each Block for
// the scope of a (mangled) name, its cell and free variables, and its generator/coroutine flags.
//
// The tables are those of CPython's `symtable` module, which builds them from the unoptimised
// AST. compile() folds `__debug__` into a constant first, so its tables never mention it: the
// code generator must load `__debug__` as the constant True, never by name.

import type * as ast from './ast.js';
import type { FutureFeatures } from './future.js';
import { CODE_FLAGS } from './image-format.js';
import { CompileRecursionError } from './errors.js';
import { type ErrorReporter, type Location, locationOf } from './source-errors.js';

// ---- symbol flags: the DEF_* bits of CPython's symtable.h, with the same values ----

/** Declared with a global statement. */
export const DEF_GLOBAL = 1;
/** Bound in the block: assigned, deleted, a def/class name, an except/with/for/match target. */
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
/** Declared with a nonlocal statement (or an assignment expression's implicit one). */
export const DEF_NONLOCAL = 8;
/** Read in the block. */
export const USE = 16;
/** A name a class binds (or declares global) that is also free in a method: the class needs both. */
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
/** Target of an annotated assignment `x: T`. */
export const DEF_ANNOT = 256;
/** A comprehension's iteration variable (or a name in its target). */
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** A name's scope once analysed (symtable.h's LOCAL … CELL). */
export const enum Scope {
  /** Not analysed, or not a symbol of the block. */
  NONE = 0,
  LOCAL = 1,
  /** Declared global in this block. */
  GLOBAL_EXPLICIT = 2,
  /** Not bound in any enclosing function: a module global or a builtin. */
  GLOBAL_IMPLICIT = 3,
  /** Bound in an enclosing function. */
  FREE = 4,
  /** Local, and free in a nested scope: stored in a cell. */
  CELL = 5,
}

/** CPython's block types. Annotation blocks exist only under `from __future__ import annotations`. */
export type BlockType = 'module' | 'class' | 'function' | 'annotation';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

export interface SymbolInfo {
  flags: number;
  scope: Scope;
}

/** The AST nodes that open a scope. */
export type ScopeNode =
  | ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda
  | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

/** One scope's symbols and properties (CPython's symtable entry, PySTEntryObject). */
export class Block {
  /** Mangled name → flags and scope, in first-seen order as CPython's dict keeps them. */
  readonly symbols = new Map<string, SymbolInfo>();
  /** Parameter names in order: positional-only, positional, keyword-only, *args, **kwargs. */
  readonly params: string[] = [];
  readonly children: Block[] = [];
  /** Where each name was first declared global or nonlocal: analysis errors point there. */
  readonly directives = new Map<string, Location>();
  /** Contains yield; for a generator expression, always (ste_generator). */
  isGenerator = false;
  /** async def, contains await, or an async comprehension (ste_coroutine). */
  isCoroutine = false;
  comprehension: ComprehensionKind | null = null;
  /** A class whose methods use `__class__` or `super`: it needs the implicit __class__ cell. */
  needsClassClosure = false;
  hasVarargs = false;
  hasVarkeywords = false;

  constructor(
    readonly type: BlockType,
    /** 'top' for the module; 'lambda', 'listcomp', 'setcomp', 'dictcomp', 'genexpr'. */
    readonly name: string,
    readonly lineno: number,
    readonly colOffset: number,
    /** Inside a function, directly or not (ste_nested). */
    readonly nested: boolean,
  ) {}

  /** The raw DEF_* flags of a (mangled) name, 0 if it is not a symbol here. */
  flags(name: string): number {
    return this.symbols.get(name)?.flags ?? 0;
  }

  scope(name: string): Scope {
    return this.symbols.get(name)?.scope ?? Scope.NONE;
  }

  /** Function-like: functions, lambdas and comprehensions use fast locals. */
  get isFunction(): boolean {
    return this.type === 'function';
  }

  /** The code object flags the scope implies (compile.c's compute_code_flags). */
  codeFlags(): number {
    if (this.type !== 'function') return 0;
    let flags = CODE_FLAGS.CO_OPTIMIZED | CODE_FLAGS.CO_NEWLOCALS;
    if (this.nested) flags |= CODE_FLAGS.CO_NESTED;
    if (this.isGenerator) flags |= this.isCoroutine ? CODE_FLAGS.CO_ASYNC_GENERATOR : CODE_FLAGS.CO_GENERATOR;
    else if (this.isCoroutine) flags |= CODE_FLAGS.CO_COROUTINE;
    if (this.hasVarargs) flags |= CODE_FLAGS.CO_VARARGS;
    if (this.hasVarkeywords) flags |= CODE_FLAGS.CO_VARKEYWORDS;
    return flags;
  }

  /** co_cellvars: cell names in sorted order, plus a class's implicit `__class__` cell. */
  cellVars(): string[] {
    if (this.needsClassClosure) return ['__class__'];
    return this.namesWhere((s) => s.scope === Scope.CELL);
  }

  /** co_freevars: free names in sorted order, including class names passed through to methods. */
  freeVars(): string[] {
    return this.namesWhere((s) => s.scope === Scope.FREE || (s.flags & DEF_FREE_CLASS) !== 0);
  }

  private namesWhere(test: (s: SymbolInfo) => boolean): string[] {
    const names: string[] = [];
    for (const [name, sym] of this.symbols) if (test(sym)) names.push(name);
    return names.sort(comparePyStr);
  }
}

export class SymbolTable {
  constructor(
    readonly top: Block,
    readonly future: FutureFeatures,
    private readonly blocks: ReadonlyMap<ScopeNode, Block>,
  ) {}

  /** The block a scope-opening node created. */
  lookup(node: ScopeNode): Block {
    const block = this.blocks.get(node);
    if (block === undefined) throw new Error(`no symbol table for ${node._type} node`);
    return block;
  }
}

/** Builds and analyses the symbol table of a module; throws CPython's SyntaxErrors. */
export function buildSymtable(tree: ast.Module, future: FutureFeatures, errors: ErrorReporter): SymbolTable {
  const builder = new Builder(tree, future, errors);
  builder.visitModule(tree);
  analyzeBlock(builder.top, null, new Set(), errors);
  return new SymbolTable(builder.top, future, builder.blocks);
}

/**
 * Private name mangling (_Py_Mangle): inside class C, `__x` becomes `_C__x`, unless it ends in
 * `__`, is dotted, or the class name is all underscores.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

/** Python's str ordering: by code point (JS compares UTF-16 code units). */
export function comparePyStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

// ---- pass 1: collecting facts from the AST ----

/** A block being built, with the state CPython keeps on the entry while visiting it. */
interface Frame {
  block: Block;
  /** Visiting a comprehension's target (ste_comp_iter_target). */
  inCompTarget: boolean;
  /** Depth of comprehension iterables being visited (ste_comp_iter_expr), inherited by children. */
  inCompIter: number;
}

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

/**
 * How deep statements, expressions and patterns may nest: the recursion limit (1000) times
 * COMPILER_STACK_FRAME_SCALE, counted from 0 as when python3 runs a file. Deeper trees are
 * rejected before any later pass recurses over them.
 */
const MAX_NESTING = 3000;

const COMPREHENSION_NAMES: Record<Comprehension['_type'], [string, ComprehensionKind]> = {
  ListComp: ['listcomp', 'list'],
  SetComp: ['setcomp', 'set'],
  DictComp: ['dictcomp', 'dict'],
  GeneratorExp: ['genexpr', 'generator'],
};

class Builder {
  readonly top: Block;
  readonly blocks = new Map<ScopeNode, Block>();
  private readonly frames: Frame[] = [];
  /** The enclosing class name, for mangling (st_private). */
  private privateName: string | null = null;
  /** Nesting of the statement, expression or pattern being visited. */
  private depth = 0;

  constructor(tree: ast.Module, private readonly future: FutureFeatures, private readonly errors: ErrorReporter) {
    this.top = this.enterBlock('top', 'module', tree, 0, 0).block;
  }

  private get cur(): Frame {
    return this.frames[this.frames.length - 1];
  }

  visitModule(tree: ast.Module): void {
    this.visitStmts(tree.body);
    this.exitBlock();
  }

  private enterBlock(name: string, type: BlockType, node: ScopeNode | null, lineno: number, colOffset: number): Frame {
    const prev = this.frames.length > 0 ? this.cur : null;
    const nested = prev !== null && (prev.block.nested || prev.block.type === 'function');
    const block = new Block(type, name, lineno, colOffset, nested);
    const frame: Frame = { block, inCompTarget: false, inCompIter: prev?.inCompIter ?? 0 };
    this.frames.push(frame);
    // Annotation blocks only collect the names of annotations the compiler will not evaluate:
    // they stay out of the tree.
    if (type !== 'annotation') {
      prev?.block.children.push(block);
      if (node !== null) this.blocks.set(node, block);
    }
    return frame;
  }

  private exitBlock(): void {
    this.frames.pop();
  }

  /** Records a fact about a name in a block (symtable_add_def_helper). */
  private addDef(name: string, flag: number, loc: Location, frame: Frame = this.cur): void {
    const mangled = mangle(this.privateName, name);
    const block = frame.block;
    let sym = block.symbols.get(mangled);
    if (sym !== undefined && (flag & DEF_PARAM) && (sym.flags & DEF_PARAM)) {
      throw this.errors.errorAt(`duplicate argument '${name}' in function definition`, loc);
    }
    let flags = (sym?.flags ?? 0) | flag;
    if (frame.inCompTarget) {
      if (flags & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.errors.errorAt(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      flags |= DEF_COMP_ITER;
    }
    if (sym === undefined) {
      sym = { flags, scope: Scope.NONE };
      block.symbols.set(mangled, sym);
    } else {
      sym.flags = flags;
    }
    if (flag & DEF_PARAM) {
      block.params.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      // A global declaration anywhere also marks the module's symbol.
      const global = this.top.symbols.get(mangled);
      if (global === undefined) this.top.symbols.set(mangled, { flags: flag, scope: Scope.NONE });
      else global.flags |= flag;
    }
  }

  private lookup(name: string): number {
    return this.cur.block.flags(mangle(this.privateName, name));
  }

  private recordDirective(name: string, loc: Location): void {
    const directives = this.cur.block.directives;
    const mangled = mangle(this.privateName, name);
    if (!directives.has(mangled)) directives.set(mangled, loc);
  }

  // ---- statements ----

  private visitStmts(stmts: ast.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: ast.Stmt): void {
    this.enterNode();
    this.visitStmtInner(s);
    this.depth--;
  }

  private enterNode(): void {
    if (++this.depth > MAX_NESTING) throw new CompileRecursionError();
  }

  private visitStmtInner(s: ast.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunction(s);
        break;
      case 'ClassDef':
        this.visitClass(s);
        break;
      case 'Return':
        if (s.value !== null) this.visitExpr(s.value);
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard !== null) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        // 3.11 visits the else block before the handlers.
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, locationOf(h));
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const alias of s.names) this.visitAlias(alias);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitDeclaration(s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private visitFunction(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, locationOf(s));
    this.visitDefaults(s.args);
    this.visitFunctionAnnotations(s);
    this.visitExprs(s.decorator_list);
    const frame = this.enterBlock(s.name, 'function', s, s.lineno, s.col_offset);
    if (s._type === 'AsyncFunctionDef') frame.block.isCoroutine = true;
    this.visitParams(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
  }

  private visitClass(s: ast.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, locationOf(s));
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.visitExprs(s.decorator_list);
    this.enterBlock(s.name, 'class', s, s.lineno, s.col_offset);
    const outerPrivate = this.privateName;
    this.privateName = s.name;
    this.visitStmts(s.body);
    this.privateName = outerPrivate;
    this.exitBlock();
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target._type === 'Name') {
      const cur = this.lookup(target.id);
      if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.block !== this.top && s.simple) {
        const kind = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
        throw this.errors.errorAt(`annotated name '${target.id}' can't be ${kind}`, locationOf(s));
      }
      // Only a simple name `x: T` is annotated; `(x): T = v` just assigns.
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, locationOf(target));
      else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, locationOf(target));
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  private visitDeclaration(s: ast.Global | ast.Nonlocal): void {
    const kind = s._type === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        throw this.errors.errorAt(msg, locationOf(s));
      }
      this.addDef(name, kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, locationOf(s));
      this.recordDirective(name, locationOf(s));
    }
  }

  /** An import binds the name before the first dot (`import a.b` binds `a`). */
  private visitAlias(alias: ast.Alias): void {
    const name = alias.asname ?? alias.name;
    if (name !== '*') {
      const dot = name.indexOf('.');
      this.addDef(dot < 0 ? name : name.slice(0, dot), DEF_IMPORT, locationOf(alias));
    } else if (this.cur.block.type !== 'module') {
      throw this.errors.errorAt('import * only allowed at module level', locationOf(alias));
    }
  }

  private visitPattern(p: ast.Pattern): void {
    this.enterNode();
    this.visitPatternInner(p);
    this.depth--;
  }

  private visitPatternInner(p: ast.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const sub of p.patterns) this.visitPattern(sub);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, locationOf(p));
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, locationOf(p));
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const sub of p.patterns) this.visitPattern(sub);
        for (const sub of p.kwd_patterns) this.visitPattern(sub);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, locationOf(p));
        break;
      case 'MatchOr':
        for (const sub of p.patterns) this.visitPattern(sub);
        break;
    }
  }

  // ---- functions: defaults, annotations, parameters ----

  /** Defaults are evaluated in the enclosing scope. */
  private visitDefaults(args: ast.Arguments): void {
    this.visitExprs(args.defaults);
    for (const d of args.kw_defaults) if (d !== null) this.visitExpr(d);
  }

  /** Annotations are evaluated in the enclosing scope, in this (CPython's) order. */
  private visitFunctionAnnotations(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const { args, returns } = s;
    const inBlock = this.future.annotations;
    if (inBlock) this.enterBlock('_annotation', 'annotation', null, s.lineno, s.col_offset);
    for (const arg of [...args.posonlyargs, ...args.args]) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (args.vararg?.annotation) this.visitExpr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitExpr(args.kwarg.annotation);
    for (const arg of args.kwonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (inBlock) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  private visitAnnotation(annotation: ast.Expr): void {
    const inBlock = this.future.annotations;
    if (inBlock) this.enterBlock('_annotation', 'annotation', null, annotation.lineno, annotation.col_offset);
    this.visitExpr(annotation);
    if (inBlock) this.exitBlock();
  }

  private visitParams(args: ast.Arguments): void {
    for (const arg of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) {
      this.addDef(arg.arg, DEF_PARAM, locationOf(arg));
    }
    if (args.vararg !== null) {
      this.addDef(args.vararg.arg, DEF_PARAM, locationOf(args.vararg));
      this.cur.block.hasVarargs = true;
    }
    if (args.kwarg !== null) {
      this.addDef(args.kwarg.arg, DEF_PARAM, locationOf(args.kwarg));
      this.cur.block.hasVarkeywords = true;
    }
  }

  // ---- expressions ----

  private visitExprs(exprs: ast.Expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  private visitExpr(e: ast.Expr): void {
    this.enterNode();
    this.visitExprInner(e);
    this.depth--;
  }

  private visitExprInner(e: ast.Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.checkNotInAnnotation('named expression', e);
        this.visitNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitDefaults(e.args);
        this.enterBlock('lambda', 'function', e, e.lineno, e.col_offset);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k !== null) this.visitExpr(k);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.visitComprehension(e, e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.checkNotInAnnotation('yield expression', e);
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.block.isGenerator = true;
        this.checkNotInComprehension(e);
        break;
      case 'Await':
        this.checkNotInAnnotation('await expression', e);
        this.visitExpr(e.value);
        this.cur.block.isCoroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Slice':
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case 'Name':
        this.visitName(e);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private visitName(e: ast.Name): void {
    const loc = locationOf(e);
    this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, loc);
    // `super()` reads the implicit __class__ cell.
    if (e.ctx === 'Load' && this.cur.block.type === 'function' && e.id === 'super') {
      this.addDef('__class__', USE, loc);
    }
  }

  /** Under `from __future__ import annotations`, annotations must stay plain expressions. */
  private checkNotInAnnotation(what: string, e: ast.Expr): void {
    if (this.cur.block.type === 'annotation') {
      throw this.errors.errorAt(`'${what}' can not be used within an annotation`, locationOf(e));
    }
  }

  private checkNotInComprehension(e: ast.Expr): void {
    const kind = this.cur.block.comprehension;
    if (kind === null) return;
    const where = kind === 'generator' ? 'generator expression' : `${kind} comprehension`;
    throw this.errors.errorAt(`'yield' inside ${where}`, locationOf(e));
  }

  // ---- comprehensions and assignment expressions ----

  /**
   * A comprehension is a function scope of its own, called with the iterator of its first
   * iterable, which is evaluated in the enclosing scope (`.0` is that implicit parameter).
   */
  private visitComprehension(e: Comprehension, elt: ast.Expr, value: ast.Expr | null): void {
    const [name, kind] = COMPREHENSION_NAMES[e._type];
    const isGenerator = e._type === 'GeneratorExp';
    const [outermost, ...rest] = e.generators;
    this.visitIterable(outermost.iter);
    const frame = this.enterBlock(name, 'function', e, e.lineno, e.col_offset);
    const block = frame.block;
    block.comprehension = kind;
    if (outermost.is_async) block.isCoroutine = true;
    this.addDef('.0', DEF_PARAM, locationOf(e));
    this.visitTarget(outermost.target);
    this.visitExprs(outermost.ifs);
    for (const gen of rest) {
      this.visitTarget(gen.target);
      this.visitIterable(gen.iter);
      this.visitExprs(gen.ifs);
      if (gen.is_async) block.isCoroutine = true;
    }
    // Symbols of a dict comprehension's value come before those of its key.
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    block.isGenerator = isGenerator;
    this.exitBlock();
    // An async list/set/dict comprehension is awaited where it appears.
    if (block.isCoroutine && !isGenerator) this.cur.block.isCoroutine = true;
  }

  private visitTarget(target: ast.Expr): void {
    const frame = this.cur;
    frame.inCompTarget = true;
    this.visitExpr(target);
    frame.inCompTarget = false;
  }

  private visitIterable(iter: ast.Expr): void {
    const frame = this.cur;
    frame.inCompIter++;
    this.visitExpr(iter);
    frame.inCompIter--;
  }

  private visitNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.inCompIter > 0) {
      const msg = 'assignment expression cannot be used in a comprehension iterable expression';
      throw this.errors.errorAt(msg, locationOf(e));
    }
    if (this.cur.block.comprehension !== null) this.bindInEnclosingScope(e.target as ast.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /**
   * PEP 572: an assignment expression in a comprehension binds in the nearest enclosing
   * function (as if declared nonlocal there) or module (as if declared global).
   */
  private bindInEnclosingScope(target: ast.Name): void {
    const name = target.id;
    const loc = locationOf(target);
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i];
      const block = frame.block;
      if (block.comprehension !== null) {
        if (block.flags(name) & DEF_COMP_ITER) {
          const msg = `assignment expression cannot rebind comprehension iteration variable '${name}'`;
          throw this.errors.errorAt(msg, loc);
        }
        continue;
      }
      if (block.type === 'function') {
        this.addDef(name, block.flags(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, loc);
        this.recordDirective(name, loc);
        this.addDef(name, DEF_LOCAL, loc, frame);
        return;
      }
      if (block.type === 'module') {
        this.addDef(name, DEF_GLOBAL, loc);
        this.recordDirective(name, loc);
        this.addDef(name, DEF_GLOBAL, loc, frame);
        return;
      }
      if (block.type === 'class') {
        throw this.errors.errorAt('assignment expression within a comprehension cannot be used in a class body', loc);
      }
    }
  }
}

// ---- pass 2: deciding each name's scope ----

/**
 * Analyses a block given the names bound by enclosing functions (`bound`, null at module
 * level); adds to `free` the names the block needs from outside.
 */
function analyzeBlock(block: Block, bound: Set<string> | null, free: Set<string>, errors: ErrorReporter): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const childBound = new Set<string>();
  const childFree = new Set<string>();

  // A class's own names are invisible to its methods: what they see is fixed before the class
  // body's names are analysed (whose global statements would otherwise hide outer bindings).
  if (block.type === 'class' && bound !== null) addAll(childBound, bound);
  for (const [name, sym] of block.symbols) {
    scopes.set(name, analyzeName(block, name, sym.flags, bound, local, free, errors));
  }
  if (block.type === 'class') {
    childBound.add('__class__');
  } else {
    if (block.type === 'function') addAll(childBound, local);
    if (bound !== null) addAll(childBound, bound);
  }

  for (const child of block.children) analyzeBlock(child, new Set(childBound), childFree, errors);

  if (block.type === 'function') {
    // Locals that nested scopes need become cells.
    for (const [name, scope] of scopes) {
      if (scope === Scope.LOCAL && childFree.delete(name)) scopes.set(name, Scope.CELL);
    }
  } else if (block.type === 'class' && childFree.delete('__class__')) {
    block.needsClassClosure = true;
  }
  recordScopes(block, scopes, bound, childFree);
  addAll(free, childFree);
}

/**
 * The scope of one name of a block (analyze_name). A global declaration removes the name from
 * `bound`, the bindings nested scopes will see; a local binding adds it to `local`.
 */
function analyzeName(
  block: Block, name: string, flags: number, bound: Set<string> | null, local: Set<string>,
  free: Set<string>, errors: ErrorReporter,
): Scope {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errorAtDirective(block, name, `name '${name}' is nonlocal and global`, errors);
    bound?.delete(name);
    return Scope.GLOBAL_EXPLICIT;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) throw errorAtDirective(block, name, 'nonlocal declaration not allowed at module level', errors);
    if (!bound.has(name)) throw errorAtDirective(block, name, `no binding for nonlocal '${name}' found`, errors);
    free.add(name);
    return Scope.FREE;
  }
  if (flags & DEF_BOUND) {
    local.add(name);
    return Scope.LOCAL;
  }
  if (bound !== null && bound.has(name)) {
    free.add(name);
    return Scope.FREE;
  }
  return Scope.GLOBAL_IMPLICIT;
}

function errorAtDirective(block: Block, name: string, msg: string, errors: ErrorReporter) {
  const loc = block.directives.get(name);
  if (loc === undefined) throw new Error(`no directive recorded for '${name}' in ${block.name}`);
  return errors.errorAt(msg, loc);
}

/**
 * Stores the scopes decided for the block's names (update_symbols), then the free names of
 * nested scopes that only pass through this block on their way to the function binding them.
 */
function recordScopes(
  block: Block, scopes: Map<string, Scope>, bound: Set<string> | null, childFree: Set<string>,
): void {
  for (const [name, sym] of block.symbols) sym.scope = scopes.get(name)!;
  for (const name of childFree) {
    const sym = block.symbols.get(name);
    if (sym !== undefined) {
      // A method's free variable named like a name the class binds or declares global: the
      // class needs both.
      if (block.type === 'class' && (sym.flags & (DEF_BOUND | DEF_GLOBAL))) sym.flags |= DEF_FREE_CLASS;
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    block.symbols.set(name, { flags: 0, scope: Scope.FREE });
  }
}

function addAll(to: Set<string>, from: Iterable<string>): void {
  for (const x of from) to.add(x);
}
