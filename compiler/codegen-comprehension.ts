// Comprehensions and generator expressions: as in CPython 3.11, each is a function of its own
// (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`, which tracebacks show), called at once
// with the iterator of its first iterable; the loops inside have 3.12's shape.

import type * as ast from './ast.js';
import type { SourcePosition } from './code.js';
import { FB, loc, type Compiler } from './codegen.js';
import { makeClosure, wrapInStopIterationHandler } from './codegen-def.js';
import { addYield, addYieldFrom, compileJumpIf } from './codegen-expr.js';
import { OP } from './opcodes.js';

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

const KINDS = {
  ListComp: { name: '<listcomp>', build: OP.BUILD_LIST, add: OP.LIST_APPEND },
  SetComp: { name: '<setcomp>', build: OP.BUILD_SET, add: OP.SET_ADD },
  DictComp: { name: '<dictcomp>', build: OP.BUILD_MAP, add: OP.MAP_ADD },
  GeneratorExp: { name: '<genexpr>', build: -1, add: -1 },
};

export function compileComprehension(c: Compiler, e: Comprehension): void {
  const eloc = loc(e);
  const kind = KINDS[e._type];
  const isGenexp = e._type === 'GeneratorExp';
  const outermost = e.generators[0];
  const unit = c.enterScope(e, 'comprehension', kind.name, e.lineno);
  // Receives its outermost iterator as the argument `.0`.
  unit.argcount = 1;
  if (!isGenexp) c.emit(kind.build, 0, eloc);
  compileGenerator(c, eloc, e, 0, 0);
  if (!isGenexp) c.op(OP.RETURN_VALUE, eloc);
  const isAsync = unit.block.isCoroutine;
  if (c.isGeneratorLike()) wrapInStopIterationHandler(c);
  const code = c.finishUnit(true);
  c.exitScope();

  makeClosure(c, eloc, code, 0);
  c.expr(outermost.iter);
  c.op(outermost.is_async ? OP.GET_AITER : OP.GET_ITER, eloc);
  c.emit(OP.CALL, 0, eloc);
  if (isAsync && !isGenexp) {
    // An async list/set/dict comprehension is a coroutine: await it here.
    c.emit(OP.GET_AWAITABLE, 0, eloc);
    c.loadConst(null, eloc);
    addYieldFrom(c, eloc, true);
  }
}

function compileGenerator(c: Compiler, pos: SourcePosition, e: Comprehension, index: number, depth: number): void {
  if (e.generators[index].is_async) compileAsyncGenerator(c, pos, e, index, depth);
  else compileSyncGenerator(c, pos, e, index, depth);
}

/** `for y in [f(x)]` inside a comprehension binds y without a loop: the item itself. */
function singleItemIterable(iter: ast.Expr): ast.Expr | null {
  if ((iter._type !== 'List' && iter._type !== 'Tuple') || iter.elts.length !== 1) return null;
  const elt = iter.elts[0];
  return elt._type === 'Starred' ? null : elt;
}

function compileSyncGenerator(c: Compiler, pos: SourcePosition, e: Comprehension, index: number, depth: number): void {
  const gen = e.generators[index];
  const start = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  let loops = true;
  if (index === 0) {
    c.emit(OP.LOAD_FAST, 0, pos);
  } else {
    const single = singleItemIterable(gen.iter);
    if (single !== null) {
      c.expr(single);
      loops = false;
    } else {
      c.expr(gen.iter);
      c.op(OP.GET_ITER, pos);
    }
  }
  if (loops) {
    depth++;
    c.useBlock(start);
    c.jump(OP.FOR_ITER, anchor, pos);
  }
  c.expr(gen.target);
  for (const test of gen.ifs) compileJumpIf(c, pos, test, ifCleanup, false);
  const eltLoc = compileInnerPart(c, pos, e, index + 1, depth);
  c.useBlock(ifCleanup);
  if (loops) {
    c.jump(OP.JUMP, start, eltLoc);
    // FOR_ITER pops the exhausted iterator: nothing to do at the anchor.
    c.useBlock(anchor);
  }
}

function compileAsyncGenerator(c: Compiler, pos: SourcePosition, e: Comprehension, index: number, depth: number): void {
  const gen = e.generators[index];
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  if (index === 0) {
    c.emit(OP.LOAD_FAST, 0, pos);
  } else {
    c.expr(gen.iter);
    c.op(OP.GET_AITER, pos);
  }
  c.useBlock(start);
  c.pushFblock(FB.ASYNC_COMPREHENSION_GENERATOR, start, null);
  c.jump(OP.SETUP_FINALLY, except, pos);
  c.op(OP.GET_ANEXT, pos);
  c.loadConst(null, pos);
  addYieldFrom(c, pos, true);
  c.op(OP.POP_BLOCK, pos);
  c.expr(gen.target);
  for (const test of gen.ifs) compileJumpIf(c, pos, test, ifCleanup, false);
  const eltLoc = compileInnerPart(c, pos, e, index + 1, depth + 1);
  c.useBlock(ifCleanup);
  c.jump(OP.JUMP, start, eltLoc);
  c.popFblock(FB.ASYNC_COMPREHENSION_GENERATOR);
  c.useBlock(except);
  c.op(OP.END_ASYNC_FOR, pos);
}

/**
 * Inside the loop of generator `index - 1`: the next loop, or (after the last) the element
 * appended, added or yielded. Returns the element's position, which the loop's jump back uses.
 */
function compileInnerPart(c: Compiler, pos: SourcePosition, e: Comprehension, index: number, depth: number): SourcePosition {
  if (index < e.generators.length) {
    compileGenerator(c, pos, e, index, depth);
    return loc(elementOf(e));
  }
  return compileElement(c, e, depth);
}

function elementOf(e: Comprehension): ast.Expr {
  return e._type === 'DictComp' ? e.key : e.elt;
}

/** The element added to the result (below the `depth` iterators) or yielded. */
function compileElement(c: Compiler, e: Comprehension, depth: number): SourcePosition {
  const elt = elementOf(e);
  let eltLoc = loc(elt);
  c.expr(elt);
  if (e._type === 'GeneratorExp') {
    addYield(c, eltLoc);
    c.op(OP.POP_TOP, eltLoc);
    return eltLoc;
  }
  if (e._type === 'DictComp') {
    // The key is evaluated before the value.
    c.expr(e.value);
    const value = e.value;
    eltLoc = { lineno: elt.lineno, endLineno: value.end_lineno ?? value.lineno, col: elt.col_offset, endCol: value.end_col_offset ?? value.col_offset };
  }
  c.emit(KINDS[e._type].add, depth + 1, eltLoc);
  return eltLoc;
}
