// The SyntaxErrors CPython 3.11's code generator raises (Python/compile.c), found before we
// generate any code.
//
// compile.c reports an error where it stands when it meets it: it compiles statements in
// source order, a nested function's body where the `def` appears, a comprehension's first
// iterable after its body, a class's bases after its body, and a `finally` block again at
// every `return`/`break`/`continue` that leaves it. The first error met wins, located at the
// compiler's current position, which is not always the offending node. This pass walks the
// tree in that order and keeps that position and the stack of enclosing loops/try/with blocks
// as compile.c does, so it reports the same error at the same place.

import { PyBytes, PyComplex, PyStrCodePoints, type ConstValue } from './ast.js';
import type * as ast from './ast.js';
import type { FutureFeatures } from './future.js';
import { reprConst, reprStr } from './repr.js';
import { type ErrorReporter, type Location, locationOf } from './source-errors.js';
import type { Block, SymbolTable } from './symtable.js';

/** The kind of code a compiler unit produces (COMPILER_SCOPE_*). */
type ScopeType = 'module' | 'class' | 'function' | 'async function' | 'lambda' | 'comprehension';

/** compile.c's frame blocks: what `break`, `continue` and `return` must unwind. */
const enum FB {
  WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
  POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
}

interface FrameBlock {
  type: FB;
  /** FINALLY_TRY: the finally block, compiled again by whatever jumps out of the try. */
  finalbody?: ast.Stmt[];
}

/** CO_MAXBLOCKS: how deep loops, try and with blocks may nest in one function. */
const MAX_BLOCKS = 20;

/** One code object being compiled (struct compiler_unit, the parts errors depend on). */
interface Unit {
  block: Block;
  scopeType: ScopeType;
  fblocks: FrameBlock[];
  /** Where the compiler stands: the location its errors report. */
  loc: Location;
}

/** UNSET_LOC: after artificial instructions, errors have no location (line -1). */
const NO_LOCATION: Location = { lineno: -1, colOffset: -1, endLineno: -1, endColOffset: -1 };

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

/** Names a pattern captures so far, and whether it may be irrefutable (pattern_context). */
interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
}

/** Throws the first SyntaxError compile.c would raise for the module, if any. */
export function checkCodegen(tree: ast.Module, table: SymbolTable, errors: ErrorReporter, topLevelAwait = false): void {
  new CodegenChecker(table, table.future, errors, topLevelAwait).checkModule(tree);
}

class CodegenChecker {
  private readonly units: Unit[] = [];

  constructor(
    private readonly table: SymbolTable,
    private readonly future: FutureFeatures,
    private readonly errors: ErrorReporter,
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT: the module may await (it becomes a coroutine). */
    private readonly topLevelAwait: boolean,
  ) {}

  private get unit(): Unit {
    return this.units[this.units.length - 1];
  }

  /** IS_TOP_LEVEL_AWAIT: awaiting is allowed here because this is the module and the flag is on. */
  private get isTopLevelAwait(): boolean {
    return this.topLevelAwait && this.unit.scopeType === 'module';
  }

  /** `async for` or `async with` here: an error outside async functions, unless the module may await (it then does). */
  private checkAsyncStatement(what: string): void {
    if (this.isTopLevelAwait) this.unit.block.isCoroutine = true;
    else if (this.unit.scopeType !== 'async function') this.error(`'${what}' outside async function`);
  }

  checkModule(tree: ast.Module): void {
    this.enterScope(this.table.top, 'module', 1);
    this.visitStmts(tree.body);
    this.exitScope();
  }

  // ---- compiler state ----

  private enterScope(block: Block, scopeType: ScopeType, lineno: number): void {
    const loc = { lineno, colOffset: 0, endLineno: lineno, endColOffset: 0 };
    this.units.push({ block, scopeType, fblocks: [], loc });
  }

  private exitScope(): void {
    this.units.pop();
  }

  private setLoc(node: ast.Position): void {
    this.unit.loc = locationOf(node);
  }

  private unsetLoc(): void {
    this.unit.loc = NO_LOCATION;
  }

  private error(msg: string): never {
    throw this.errors.errorAt(msg, this.unit.loc);
  }

  private pushFblock(fblock: FrameBlock): void {
    if (this.unit.fblocks.length >= MAX_BLOCKS) this.error('too many statically nested blocks');
    this.unit.fblocks.push(fblock);
  }

  private popFblock(): void {
    this.unit.fblocks.pop();
  }

  // ---- names ----

  private forbiddenName(name: string, ctx: ast.ExprContext): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') this.error('cannot assign to __debug__');
    if (ctx === 'Del') this.error('cannot delete __debug__');
  }

  private checkDebugArgs(args: ast.Arguments): void {
    const all = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
    for (const arg of all) if (arg !== null) this.forbiddenName(arg.arg, 'Store');
  }

  // ---- statements ----

  private visitStmts(stmts: ast.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: ast.Stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Return':
        return this.returnStmt(s);
      case 'Delete':
        return this.visitExprs(s.targets);
      case 'Assign':
        this.visitExpr(s.value);
        return this.visitExprs(s.targets);
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'For':
        return this.forStmt(s);
      case 'AsyncFor':
        return this.asyncFor(s);
      case 'While':
        return this.whileStmt(s);
      case 'If':
        this.jumpIf(s.test);
        this.visitStmts(s.body);
        return this.visitStmts(s.orelse);
      case 'Match':
        return this.matchStmt(s);
      case 'Raise':
        if (s.exc !== null) this.visitExpr(s.exc);
        if (s.cause !== null) this.visitExpr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        return s.finalbody.length > 0 ? this.tryFinally(s) : this.tryExcept(s);
      case 'Assert':
        this.jumpIf(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        return;
      case 'Import':
        for (const alias of s.names) this.forbiddenName(alias.asname ?? alias.name.split('.')[0], 'Store');
        return;
      case 'ImportFrom':
        return this.importFrom(s);
      case 'Expr':
        if (s.value._type !== 'Constant') this.visitExpr(s.value);
        return;
      case 'Break':
        return this.breakOrContinue("'break' outside loop");
      case 'Continue':
        return this.breakOrContinue("'continue' not properly in loop");
      case 'With':
        return this.withStmt(s, 0);
      case 'AsyncWith':
        return this.asyncWith(s, 0);
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
    }
  }

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    this.checkDebugArgs(s.args);
    this.visitExprs(s.decorator_list);
    this.defaults(s.args);
    this.annotations(s.args, s.returns);
    const firstLineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    this.enterScope(this.table.lookup(s), s._type === 'AsyncFunctionDef' ? 'async function' : 'function', firstLineno);
    this.visitStmts(s.body);
    this.exitScope();
    this.forbiddenName(s.name, 'Store');
  }

  /** The class body is compiled first, then the call to __build_class__ with the bases. */
  private classDef(s: ast.ClassDef): void {
    this.visitExprs(s.decorator_list);
    const firstLineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    this.enterScope(this.table.lookup(s), 'class', firstLineno);
    this.visitStmts(s.body);
    this.exitScope();
    this.callArguments(s.bases, s.keywords);
    this.forbiddenName(s.name, 'Store');
  }

  private defaults(args: ast.Arguments): void {
    this.visitExprs(args.defaults);
    for (const d of args.kw_defaults) if (d !== null) this.visitExpr(d);
  }

  /** Annotations are evaluated (unless postponed by the future import) in this order. */
  private annotations(args: ast.Arguments, returns: ast.Expr | null): void {
    const all = [...args.args, ...args.posonlyargs, args.vararg, ...args.kwonlyargs, args.kwarg];
    for (const arg of all) if (arg !== null) this.annotation(arg.annotation);
    this.annotation(returns);
  }

  private annotation(annotation: ast.Expr | null): void {
    if (annotation === null || this.future.annotations) return;
    // `*args: *Ts` evaluates Ts.
    this.visitExpr(annotation._type === 'Starred' ? annotation.value : annotation);
  }

  private returnStmt(s: ast.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value._type !== 'Constant';
    const block = this.unit.block;
    if (!block.isFunction) this.error("'return' outside function");
    if (value !== null && block.isCoroutine && block.isGenerator) this.error("'return' with value in async generator");
    if (preserveTos) this.visitExpr(value);
    else if (value !== null) this.setLoc(value);
    if (value === null || value.lineno !== s.lineno) this.setLoc(s);
    this.unwindFblockStack(preserveTos, false);
  }

  private breakOrContinue(msg: string): void {
    const loc = this.unit.loc;
    if (this.unwindFblockStack(false, true) === null) {
      this.unit.loc = loc;
      this.error(msg);
    }
  }

  /**
   * Leaving the blocks on the stack, innermost first, up to the innermost loop when `toLoop`:
   * an enclosing `finally` is compiled again at this point. Returns the loop, if found.
   */
  private unwindFblockStack(preserveTos: boolean, toLoop: boolean): FrameBlock | null {
    const fblocks = this.unit.fblocks;
    const top = fblocks[fblocks.length - 1];
    if (top === undefined) return null;
    if (top.type === FB.EXCEPTION_GROUP_HANDLER) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (toLoop && (top.type === FB.WHILE_LOOP || top.type === FB.FOR_LOOP)) return top;
    fblocks.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, toLoop);
    fblocks.push(top);
    return loop;
  }

  private unwindFblock(fblock: FrameBlock, preserveTos: boolean): void {
    if (fblock.type === FB.FINALLY_TRY) {
      if (preserveTos) this.pushFblock({ type: FB.POP_VALUE });
      this.visitStmts(fblock.finalbody!);
      if (preserveTos) this.popFblock();
      this.unsetLoc();
    } else if (fblock.type === FB.WITH || fblock.type === FB.ASYNC_WITH) {
      // The call to __exit__ is artificial code: no location after it.
      this.unsetLoc();
    }
  }

  private augAssign(s: ast.AugAssign): void {
    const target = s.target;
    const loc = this.unit.loc;
    this.setLoc(target);
    if (target._type === 'Attribute') {
      this.visitExpr(target.value);
    } else if (target._type === 'Subscript') {
      this.visitExpr(target.value);
      this.visitExpr(target.slice);
    }
    this.unit.loc = loc;
    this.visitExpr(s.value);
    this.setLoc(target);
    if (target._type === 'Name') this.forbiddenName(target.id, 'Store');
  }

  /** Only module and class scopes evaluate annotations of assignments. */
  private annAssign(s: ast.AnnAssign): void {
    const target = s.target;
    const evaluates = (this.unit.scopeType === 'module' || this.unit.scopeType === 'class') && !this.future.annotations;
    if (s.value !== null) {
      this.visitExpr(s.value);
      this.visitExpr(target);
    }
    if (target._type === 'Name') {
      this.forbiddenName(target.id, 'Store');
      if (s.simple && evaluates) this.visitExpr(s.annotation);
    } else if (target._type === 'Attribute') {
      this.forbiddenName(target.attr, 'Store');
      if (s.value === null) this.visitExpr(target.value);
    } else if (target._type === 'Subscript' && s.value === null) {
      this.visitExpr(target.value);
      this.annotatedSubscript(target.slice);
    }
    if (!s.simple && evaluates) this.visitExpr(s.annotation);
  }

  private annotatedSubscript(e: ast.Expr): void {
    if (e._type === 'Slice') {
      for (const part of [e.lower, e.upper, e.step]) if (part !== null) this.visitExpr(part);
    } else if (e._type === 'Tuple') {
      for (const elt of e.elts) this.annotatedSubscript(elt);
    } else {
      this.visitExpr(e);
    }
  }

  private forStmt(s: ast.For): void {
    this.pushFblock({ type: FB.FOR_LOOP });
    this.visitExpr(s.iter);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.popFblock();
    this.visitStmts(s.orelse);
  }

  private asyncFor(s: ast.AsyncFor): void {
    this.checkAsyncStatement('async for');
    this.visitExpr(s.iter);
    this.pushFblock({ type: FB.FOR_LOOP });
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.popFblock();
    this.setLoc(s.iter);
    this.visitStmts(s.orelse);
  }

  /** The test is compiled twice: before the body and at its end. */
  private whileStmt(s: ast.While): void {
    this.pushFblock({ type: FB.WHILE_LOOP });
    this.jumpIf(s.test);
    this.visitStmts(s.body);
    this.setLoc(s);
    this.jumpIf(s.test);
    this.popFblock();
    this.visitStmts(s.orelse);
  }

  /** The finally block is compiled twice: for the normal path and for the exceptional one. */
  private tryFinally(s: ast.Try | ast.TryStar): void {
    this.pushFblock({ type: FB.FINALLY_TRY, finalbody: s.finalbody });
    if (s.handlers.length > 0) this.tryExcept(s);
    else this.visitStmts(s.body);
    this.popFblock();
    this.visitStmts(s.finalbody);
    this.unsetLoc();
    this.pushFblock({ type: FB.FINALLY_END });
    this.visitStmts(s.finalbody);
    this.popFblock();
  }

  private tryExcept(s: ast.Try | ast.TryStar): void {
    const star = s._type === 'TryStar';
    this.pushFblock({ type: FB.TRY_EXCEPT });
    this.visitStmts(s.body);
    this.popFblock();
    // try/except compiles the else block before the handlers, try/except* after them.
    if (!star) this.visitStmts(s.orelse);
    this.unsetLoc();
    this.pushFblock({ type: star ? FB.EXCEPTION_GROUP_HANDLER : FB.EXCEPTION_HANDLER });
    s.handlers.forEach((handler, i) => {
      this.setLoc(handler);
      if (!star && handler.type === null && i < s.handlers.length - 1) this.error("default 'except:' must be last");
      if (handler.type !== null) this.visitExpr(handler.type);
      if (handler.name !== null) this.forbiddenName(handler.name, 'Store');
      this.pushFblock({ type: FB.HANDLER_CLEANUP });
      this.visitStmts(handler.body);
      this.popFblock();
      this.unsetLoc();
    });
    this.popFblock();
    if (star) this.visitStmts(s.orelse);
  }

  /** `with a, b:` compiles as nested with statements. */
  private withStmt(s: ast.With, pos: number): void {
    const item = s.items[pos];
    this.visitExpr(item.context_expr);
    this.pushFblock({ type: FB.WITH });
    if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.withStmt(s, pos + 1);
    this.unsetLoc();
    this.popFblock();
    this.setLoc(s);
  }

  private asyncWith(s: ast.AsyncWith, pos: number): void {
    this.checkAsyncStatement('async with');
    const item = s.items[pos];
    this.visitExpr(item.context_expr);
    this.pushFblock({ type: FB.ASYNC_WITH });
    if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.asyncWith(s, pos + 1);
    this.popFblock();
    this.setLoc(s);
  }

  private importFrom(s: ast.ImportFrom): void {
    if (s.lineno > this.future.lineno && s.module === '__future__') {
      this.error('from __future__ imports must occur at the beginning of the file');
    }
    if (s.names[0]?.name === '*') return;
    for (const alias of s.names) this.forbiddenName(alias.asname ?? alias.name, 'Store');
  }

  // ---- expressions ----

  private visitExprs(exprs: ast.Expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  /** An expression sets the location for its duration only. */
  private visitExpr(e: ast.Expr): void {
    const loc = this.unit.loc;
    this.setLoc(e);
    this.visitExprInner(e);
    this.unit.loc = loc;
  }

  private visitExprInner(e: ast.Expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        return this.visitExpr(e.target);
      case 'BoolOp':
        return this.visitExprs(e.values);
      case 'BinOp':
        this.visitExpr(e.left);
        return this.visitExpr(e.right);
      case 'UnaryOp':
        return this.visitExpr(e.operand);
      case 'Lambda':
        return this.lambda(e);
      case 'IfExp':
        this.jumpIf(e.test);
        this.visitExpr(e.body);
        return this.visitExpr(e.orelse);
      case 'Dict':
        e.keys.forEach((key, i) => {
          if (key !== null) this.visitExpr(key);
          this.visitExpr(e.values[i]);
        });
        return;
      case 'Set':
        return this.visitElements(e.elts);
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return this.comprehension(e, e.elt, null);
      case 'DictComp':
        return this.comprehension(e, e.key, e.value);
      case 'Yield':
        if (!this.unit.block.isFunction) this.error("'yield' outside function");
        if (e.value !== null) this.visitExpr(e.value);
        return;
      case 'YieldFrom':
        if (!this.unit.block.isFunction) this.error("'yield' outside function");
        if (this.unit.scopeType === 'async function') this.error("'yield from' inside async function");
        return this.visitExpr(e.value);
      case 'Await':
        if (!this.isTopLevelAwait) {
          if (!this.unit.block.isFunction) this.error("'await' outside function");
          if (this.unit.scopeType !== 'async function' && this.unit.scopeType !== 'comprehension') {
            this.error("'await' outside async function");
          }
        }
        return this.visitExpr(e.value);
      case 'Compare':
        this.visitExpr(e.left);
        return this.visitExprs(e.comparators);
      case 'Call':
        this.validateKeywords(e.keywords);
        this.visitExpr(e.func);
        return this.callArguments(e.args, e.keywords);
      case 'Constant':
        return;
      case 'JoinedStr':
        return this.visitExprs(e.values);
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        return;
      case 'Attribute':
        this.visitExpr(e.value);
        this.moveLocationToAttribute(e);
        if (e.ctx === 'Store') this.forbiddenName(e.attr, 'Store');
        return;
      case 'Subscript':
        this.visitExpr(e.value);
        return this.visitExpr(e.slice);
      case 'Starred':
        // Starred elements of displays, calls and assignment targets are handled there.
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple');
        return this.error("can't use starred expression here");
      case 'Slice':
        for (const part of [e.lower, e.upper, e.step]) if (part !== null) this.visitExpr(part);
        return;
      case 'Name':
        return this.forbiddenName(e.id, e.ctx);
      case 'List':
      case 'Tuple':
        if (e.ctx === 'Store') this.checkUnpacking(e.elts);
        if (e.ctx === 'Del') return this.visitExprs(e.elts);
        return this.visitElements(e.elts);
    }
  }

  /** Elements of a display or an unpacking target, where `*x` stands for x. */
  private visitElements(elts: ast.Expr[]): void {
    for (const elt of elts) this.visitExpr(elt._type === 'Starred' ? elt.value : elt);
  }

  private checkUnpacking(elts: ast.Expr[]): void {
    const star = elts.findIndex((elt) => elt._type === 'Starred');
    if (star < 0) return;
    // UNPACK_EX packs the counts before and after the star into its argument.
    if (star >= 1 << 8 || elts.length - star - 1 >= 0x7fffffff >> 8) {
      this.error('too many expressions in star-unpacking assignment');
    }
    if (elts.slice(star + 1).some((elt) => elt._type === 'Starred')) {
      this.error('multiple starred expressions in assignment');
    }
  }

  /** A condition: `not`, `and`/`or`, `if`-`else` and chained comparisons compile specially. */
  private jumpIf(e: ast.Expr): void {
    if (e._type === 'UnaryOp' && e.op === 'Not') {
      this.jumpIf(e.operand);
    } else if (e._type === 'BoolOp') {
      for (const value of e.values) this.jumpIf(value);
    } else if (e._type === 'IfExp') {
      this.jumpIf(e.test);
      this.jumpIf(e.body);
      this.jumpIf(e.orelse);
    } else if (e._type === 'Compare' && e.ops.length > 1) {
      // Sets the location without restoring it.
      this.setLoc(e);
      this.visitExpr(e.left);
      this.visitExprs(e.comparators);
    } else {
      this.visitExpr(e);
    }
  }

  private validateKeywords(keywords: ast.Keyword[]): void {
    keywords.forEach((keyword, i) => {
      if (keyword.arg === null) return;
      this.forbiddenName(keyword.arg, 'Store');
      const repeated = keywords.slice(i + 1).find((other) => other.arg === keyword.arg);
      if (repeated !== undefined) {
        this.setLoc(repeated);
        this.error(`keyword argument repeated: ${keyword.arg}`);
      }
    });
  }

  private callArguments(args: ast.Expr[], keywords: ast.Keyword[]): void {
    this.validateKeywords(keywords);
    this.visitElements(args);
    for (const keyword of keywords) this.visitExpr(keyword.value);
  }

  /** update_start_location_to_match_attr: a multi-line `a.\nb` points at the attribute name. */
  private moveLocationToAttribute(e: ast.Attribute): void {
    const loc = { ...this.unit.loc };
    const endLineno = e.end_lineno ?? e.lineno;
    const endColOffset = e.end_col_offset ?? e.col_offset;
    if (loc.lineno === endLineno) return;
    loc.lineno = endLineno;
    const length = [...e.attr].length;
    if (length <= endColOffset) {
      loc.colOffset = endColOffset - length;
    } else {
      loc.colOffset = -1;
      loc.endColOffset = -1;
    }
    loc.endLineno = Math.max(loc.lineno, loc.endLineno);
    if (loc.lineno === loc.endLineno) loc.endColOffset = Math.max(loc.colOffset, loc.endColOffset);
    this.unit.loc = loc;
  }

  private lambda(e: ast.Lambda): void {
    this.checkDebugArgs(e.args);
    this.defaults(e.args);
    this.enterScope(this.table.lookup(e), 'lambda', e.lineno);
    this.visitExpr(e.body);
    this.exitScope();
  }

  /** The comprehension's function is compiled first; its first iterable after. */
  private comprehension(e: Comprehension, elt: ast.Expr, value: ast.Expr | null): void {
    const outerType = this.unit.scopeType;
    const outerMayAwait = this.isTopLevelAwait;
    const outer = this.unit;
    this.enterScope(this.table.lookup(e), 'comprehension', e.lineno);
    this.setLoc(e);
    const isAsync = this.unit.block.isCoroutine;
    if (isAsync && e._type !== 'GeneratorExp' && outerType !== 'async function' && outerType !== 'comprehension' && !outerMayAwait) {
      this.error('asynchronous comprehension outside of an asynchronous function');
    }
    // An asynchronous comprehension (a generator expression too) makes the module a coroutine.
    if (isAsync && outerMayAwait) outer.block.isCoroutine = true;
    this.comprehensionGenerator(e.generators, 0, elt, value);
    this.exitScope();
    this.visitExpr(e.generators[0].iter);
  }

  private comprehensionGenerator(
    generators: ast.Comprehension[], index: number, elt: ast.Expr, value: ast.Expr | null,
  ): void {
    const gen = generators[index];
    if (index > 0) this.visitExpr(singleItemIterable(gen.iter) ?? gen.iter);
    if (gen.is_async) this.pushFblock({ type: FB.ASYNC_COMPREHENSION_GENERATOR });
    this.visitExpr(gen.target);
    for (const test of gen.ifs) this.jumpIf(test);
    if (index + 1 < generators.length) {
      this.comprehensionGenerator(generators, index + 1, elt, value);
    } else {
      this.visitExpr(elt);
      if (value !== null) this.visitExpr(value);
    }
    if (gen.is_async) this.popFblock();
  }

  // ---- match statements ----

  private matchStmt(s: ast.Match): void {
    this.visitExpr(s.subject);
    const cases = s.cases;
    const last = cases[cases.length - 1];
    // A trailing `case _:` is compiled without its pattern.
    const hasDefault = isWildcard(last.pattern) && cases.length > 1;
    for (let i = 0; i < cases.length - (hasDefault ? 1 : 0); i++) {
      const c = cases[i];
      this.setLoc(c.pattern);
      // Only the last case, or a guarded one, may match anything.
      this.pattern(c.pattern, { stores: [], allowIrrefutable: c.guard !== null || i === cases.length - 1 });
      if (c.guard !== null) this.jumpIf(c.guard);
      this.visitStmts(c.body);
      this.unsetLoc();
      this.setLoc(c.pattern);
    }
    if (hasDefault) {
      this.setLoc(last.pattern);
      if (last.guard !== null) this.jumpIf(last.guard);
      this.visitStmts(last.body);
      this.unsetLoc();
    }
  }

  /** Patterns set the location and leave it: errors point at the last pattern compiled. */
  private pattern(p: ast.Pattern, pc: PatternContext): void {
    this.setLoc(p);
    switch (p._type) {
      case 'MatchValue':
        if (foldConstant(p.value) === undefined && p.value._type !== 'Attribute') {
          this.error('patterns may only match literals and attribute lookups');
        }
        return this.visitExpr(p.value);
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        return this.sequencePattern(p, pc);
      case 'MatchMapping':
        return this.mappingPattern(p, pc);
      case 'MatchClass':
        return this.classPattern(p, pc);
      case 'MatchStar':
        return this.storeCapture(p.name, pc);
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name !== null) this.error(`name capture ${reprStr(p.name)} makes remaining patterns unreachable`);
            this.error('wildcard makes remaining patterns unreachable');
          }
        } else {
          this.pattern(p.pattern, pc);
        }
        return this.storeCapture(p.name, pc);
      case 'MatchOr':
        return this.orPattern(p, pc);
    }
  }

  /** A pattern inside another: it may be irrefutable. */
  private subpattern(p: ast.Pattern, pc: PatternContext): void {
    const allowIrrefutable = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allowIrrefutable;
  }

  private storeCapture(name: string | null, pc: PatternContext): void {
    if (name === null) return;
    this.forbiddenName(name, 'Store');
    if (pc.stores.includes(name)) this.error(`multiple assignments to name ${reprStr(name)} in pattern`);
    pc.stores.push(name);
  }

  private sequencePattern(p: ast.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns;
    let star = -1;
    let onlyWildcards = true;
    let starIsWildcard = false;
    patterns.forEach((sub, i) => {
      if (sub._type === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern');
        starIsWildcard = sub.name === null;
        onlyWildcards &&= starIsWildcard;
        star = i;
      } else {
        onlyWildcards &&= isWildcard(sub);
      }
    });
    if (onlyWildcards) return;
    if (starIsWildcard) {
      // Matched by indexing: wildcards are skipped.
      patterns.forEach((sub, i) => {
        if (!isWildcard(sub) && i !== star) this.subpattern(sub, pc);
      });
      return;
    }
    if (star >= 1 << 8 || patterns.length - star - 1 >= 0x7fffffff >> 8) {
      this.error('too many expressions in star-unpacking sequence pattern');
    }
    for (const sub of patterns) this.subpattern(sub, pc);
  }

  private mappingPattern(p: ast.MatchMapping, pc: PatternContext): void {
    if (p.keys.length === 0 && p.rest === null) return;
    const seen = new Set<string>();
    for (const key of p.keys) {
      const value = foldConstant(key);
      if (value !== undefined) {
        const identity = constantIdentity(value);
        if (seen.has(identity)) this.error(`mapping pattern checks duplicate key (${reprConst(value)})`);
        seen.add(identity);
      } else if (key._type !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups');
      }
      this.visitExpr(key);
    }
    for (const sub of p.patterns) this.subpattern(sub, pc);
    this.storeCapture(p.rest, pc);
  }

  private classPattern(p: ast.MatchClass, pc: PatternContext): void {
    const attrs = p.kwd_attrs;
    if (attrs.length > 0) {
      // Keyword attributes have no node of their own: errors point at their patterns.
      attrs.forEach((attr, i) => {
        this.setLoc(p.kwd_patterns[i]);
        this.forbiddenName(attr, 'Store');
        const j = attrs.indexOf(attr, i + 1);
        if (j >= 0) {
          this.setLoc(p.kwd_patterns[j]);
          this.error(`attribute name repeated in class pattern: ${attr}`);
        }
      });
      this.setLoc(p);
    }
    this.visitExpr(p.cls);
    for (const sub of [...p.patterns, ...p.kwd_patterns]) if (!isWildcard(sub)) this.subpattern(sub, pc);
  }

  /** Every alternative must capture the same names; only the last may be irrefutable. */
  private orPattern(p: ast.MatchOr, pc: PatternContext): void {
    let control: string[] = [];
    p.patterns.forEach((alt, i) => {
      this.setLoc(alt);
      const altContext = { stores: [], allowIrrefutable: i === p.patterns.length - 1 && pc.allowIrrefutable };
      this.pattern(alt, altContext);
      const stores: string[] = altContext.stores;
      if (i === 0) control = stores;
      else if (stores.length !== control.length || control.some((name) => !stores.includes(name))) {
        this.error('alternative patterns bind different names');
      }
    });
    for (const name of control) {
      if (pc.stores.includes(name)) this.error(`multiple assignments to name ${reprStr(name)} in pattern`);
      pc.stores.push(name);
    }
  }
}

/** WILDCARD_CHECK: `_`. */
function isWildcard(p: ast.Pattern): boolean {
  return p._type === 'MatchAs' && p.name === null;
}

/** `for y in [x]` inside a comprehension evaluates just x. */
function singleItemIterable(iter: ast.Expr): ast.Expr | null {
  if ((iter._type === 'List' || iter._type === 'Tuple') && iter.elts.length === 1 && iter.elts[0]._type !== 'Starred') {
    return iter.elts[0];
  }
  return null;
}

/**
 * The constant a pattern's value or key becomes once CPython's AST optimizer has folded it
 * (`-1`, `1 + 2j`), or undefined if it stays an expression.
 */
function foldConstant(e: ast.Expr): ConstValue | PyStrCodePoints | undefined {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp' && e.op === 'USub') {
    const v = foldConstant(e.operand);
    if (typeof v === 'bigint' || typeof v === 'number') return -v;
    if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
    return undefined;
  }
  if (e._type === 'BinOp' && (e.op === 'Add' || e.op === 'Sub')) {
    const left = foldConstant(e.left);
    const right = foldConstant(e.right);
    if ((typeof left !== 'bigint' && typeof left !== 'number') || !(right instanceof PyComplex)) return undefined;
    // The real part becomes complex(left, 0.0); a huge int fails to convert: no folding then.
    const real = Number(left);
    if (!Number.isFinite(real) && typeof left === 'bigint') return undefined;
    if (e.op === 'Add') return new PyComplex(real + right.real, 0 + right.imag);
    return new PyComplex(real - right.real, 0 - right.imag);
  }
  return undefined;
}

/** A string equal for constants Python considers equal as dict keys (1 == 1.0 == True). */
function constantIdentity(v: ConstValue | PyStrCodePoints): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'n:1' : 'n:0';
  if (typeof v === 'bigint') return `n:${v}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `n:${BigInt(v)}` : `f:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  if (v instanceof PyStrCodePoints) return `u:${v.codePoints.join(',')}`;
  if (v instanceof PyComplex) return v.imag === 0 ? constantIdentity(v.real) : `c:${v.real},${v.imag}`;
  if (v instanceof PyBytes) return `b:${v.bytes.join(',')}`;
  return 'Ellipsis';
}
