// Definitions: functions, lambdas and classes — their code objects, and the code that makes
// the function (defaults, annotations, closure) where the definition stands.

import type * as ast from './ast.js';
import { NO_POSITION } from './cfg.js';
import type { CodeObject, SourcePosition } from './code.js';
import { loc, type Compiler } from './codegen.js';
import { compileCallHelper } from './codegen-expr.js';
import { compileAnnotation, compileBody, compileStmt } from './codegen-stmt.js';
import { PyTuple } from './consts.js';
import { isDocstring } from './future.js';
import { FUNCTION_FLAGS, INTRINSIC_1, OP } from './opcodes.js';
import { Scope } from './symtable.js';

const INTRINSIC_STOPITERATION_ERROR = INTRINSIC_1.indexOf('INTRINSIC_STOPITERATION_ERROR');

export function compileFunction(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  const sloc = loc(s);
  for (const d of s.decorator_list) c.expr(d);
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
  let flags = compileDefaults(c, sloc, s.args);
  if (compileAnnotations(c, sloc, s.args, s.returns)) flags |= FUNCTION_FLAGS.ANNOTATIONS;

  const unit = c.enterScope(s, s._type === 'AsyncFunctionDef' ? 'async function' : 'function', s.name, firstlineno);
  const docstring = isDocstring(s.body[0]);
  // co_consts[0] is the docstring, or None: the function's __doc__.
  unit.addConst(docstring ? ((s.body[0] as ast.ExprStmt).value as ast.Constant).value : null);
  setArgCounts(c, s.args);
  for (const stmt of s.body.slice(docstring ? 1 : 0)) compileStmt(c, stmt);
  if (c.isGeneratorLike()) wrapInStopIterationHandler(c);
  const code = c.finishUnit(true);
  c.exitScope();

  makeClosure(c, sloc, code, flags);
  applyDecorators(c, s.decorator_list);
  c.nameOp(s.name, 'Store', sloc);
}

export function compileLambda(c: Compiler, e: ast.Lambda): void {
  const eloc = loc(e);
  const flags = compileDefaults(c, eloc, e.args);
  const unit = c.enterScope(e, 'lambda', '<lambda>', e.lineno);
  // None first: a lambda has no docstring, whatever its body.
  unit.addConst(null);
  setArgCounts(c, e.args);
  c.expr(e.body);
  if (c.isGeneratorLike()) {
    c.op(OP.RETURN_VALUE, NO_POSITION);
    wrapInStopIterationHandler(c);
  } else {
    c.op(OP.RETURN_VALUE, { lineno: e.lineno, endLineno: e.lineno, col: 0, endCol: 0 });
  }
  const code = c.finishUnit(true);
  c.exitScope();
  makeClosure(c, eloc, code, flags);
}

/**
 * `class C(bases, **kw): body` is `C = __build_class__(<function of body>, 'C', bases, **kw)`.
 * The body function fills the class namespace; it returns the __class__ cell when methods use
 * `super()` or `__class__`, so that type.__new__ can fill it.
 */
export function compileClass(c: Compiler, s: ast.ClassDef): void {
  const sloc = loc(s);
  for (const d of s.decorator_list) c.expr(d);
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;

  const unit = c.enterScope(s, 'class', s.name, firstlineno);
  const start = { lineno: firstlineno, endLineno: firstlineno, col: 0, endCol: 0 };
  unit.privateName = s.name;
  c.nameOp('__name__', 'Load', start);
  c.nameOp('__module__', 'Store', start);
  c.loadConst(unit.qualname, start);
  c.nameOp('__qualname__', 'Store', start);
  compileBody(c, s.body, start);
  if (unit.block.needsClassClosure) {
    c.emit(OP.LOAD_CLOSURE, unit.cellvars.get('__class__')!, NO_POSITION);
    c.emit(OP.COPY, 1, NO_POSITION);
    c.nameOp('__classcell__', 'Store', NO_POSITION);
  } else {
    c.loadConst(null, NO_POSITION);
  }
  c.op(OP.RETURN_VALUE, NO_POSITION);
  const code = c.finishUnit(true);
  c.exitScope();

  c.op(OP.PUSH_NULL, sloc);
  c.op(OP.LOAD_BUILD_CLASS, sloc);
  makeClosure(c, sloc, code, 0);
  c.loadConst(s.name, sloc);
  compileCallHelper(c, sloc, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.nameOp(s.name, 'Store', sloc);
}

function setArgCounts(c: Compiler, args: ast.Arguments): void {
  c.unit.argcount = args.args.length;
  c.unit.posonlyargcount = args.posonlyargs.length;
  c.unit.kwonlyargcount = args.kwonlyargs.length;
}

/** Decorators were evaluated first; each is called on the function, innermost first. */
function applyDecorators(c: Compiler, decorators: ast.Expr[]): void {
  for (let i = decorators.length - 1; i >= 0; i--) c.emit(OP.CALL, 0, loc(decorators[i]));
}

/** Default values: a tuple for positional ones, a dict for keyword-only ones. Returns MAKE_FUNCTION flags. */
function compileDefaults(c: Compiler, pos: SourcePosition, args: ast.Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) c.expr(d);
    c.emit(OP.BUILD_TUPLE, args.defaults.length, pos);
    flags |= FUNCTION_FLAGS.DEFAULTS;
  }
  const keys: string[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const value = args.kw_defaults[i];
    if (value === null) return;
    keys.push(c.mangle(arg.arg));
    c.expr(value);
  });
  if (keys.length > 0) {
    c.loadConst(new PyTuple(keys), pos);
    c.emit(OP.BUILD_CONST_KEY_MAP, keys.length, pos);
    flags |= FUNCTION_FLAGS.KWDEFAULTS;
  }
  return flags;
}

/**
 * Parameter annotations as a tuple of (name, value) pairs, in CPython's order: positional
 * parameters before positional-only ones, then *args, keyword-only, **kwargs, the return.
 * Returns whether there were any.
 */
function compileAnnotations(c: Compiler, pos: SourcePosition, args: ast.Arguments, returns: ast.Expr | null): boolean {
  let count = 0;
  const one = (name: string, annotation: ast.Expr | null) => {
    if (annotation === null) return;
    c.loadConst(c.mangle(name), pos);
    if (!c.future.annotations && annotation._type === 'Starred') {
      // `*args: *Ts`: the annotation is the one item of the unpacked value.
      c.expr(annotation.value);
      c.emit(OP.UNPACK_SEQUENCE, 1, pos);
    } else {
      compileAnnotation(c, annotation);
    }
    count += 2;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg !== null) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg !== null) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (count === 0) return false;
  c.emit(OP.BUILD_TUPLE, count, pos);
  return true;
}

/**
 * LOAD_CONST code; MAKE_FUNCTION — after a tuple of the cells the code's free variables refer
 * to, when it has any.
 */
export function makeClosure(c: Compiler, pos: SourcePosition, code: CodeObject, flags: number): void {
  const free = code.freevars;
  if (free.length > 0) {
    const unit = c.unit;
    for (const name of free) {
      // A method's free variable may also be a name the class binds: it is then both.
      const index = c.refType(name) === Scope.CELL ? unit.cellvars.get(name) : unit.freevars.get(name);
      if (index === undefined) throw new Error(`no cell for free variable '${name}' of ${code.name} in ${unit.name}`);
      c.emit(OP.LOAD_CLOSURE, index, pos);
    }
    c.emit(OP.BUILD_TUPLE, free.length, pos);
    flags |= FUNCTION_FLAGS.CLOSURE;
  }
  c.loadConst(code, pos);
  c.emit(OP.MAKE_FUNCTION, flags, pos);
}

/**
 * A generator's (or coroutine's) body runs under a handler that turns a StopIteration leaking
 * out of it into RuntimeError (PEP 479); 3.12 does it in bytecode, as we do.
 */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newBlock();
  c.unit.cfg.entry.instrs.unshift({ op: OP.SETUP_CLEANUP, arg: 0, target: handler, loc: NO_POSITION, except: null });
  c.loadConst(null, NO_POSITION);
  c.op(OP.RETURN_VALUE, NO_POSITION);
  c.useBlock(handler);
  c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_POSITION);
  c.emit(OP.RERAISE, 1, NO_POSITION);
}
