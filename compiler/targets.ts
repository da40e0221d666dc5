// Assignment and deletion targets. The parser reads a target as an expression and converts it
// here, which both builds CPython's Store/Del nodes and finds the node CPython's
// "cannot assign to ..." errors point at (pegen's _PyPegen_get_invalid_target).

import { PyEllipsis, type Expr, type ExprContext } from './ast.js';

export const enum TargetKind { Star, Del, For }

/**
 * Sets `ctx` on a valid target in place and returns true, or returns false (leaving the tree
 * partly converted) when some part cannot be a target. `Star` targets may contain starred
 * items; `Del` targets may not.
 */
export function setContext(e: Expr, ctx: ExprContext, allowStarred: boolean): boolean {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return true;
    case 'Starred':
      if (!allowStarred || e.value._type === 'Starred') return false;
      e.ctx = ctx;
      return setContext(e.value, ctx, allowStarred);
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const elt of e.elts) if (!setContext(elt, ctx, allowStarred)) return false;
      return true;
    default:
      return false;
  }
}

/** A single target (annotated or augmented assignment): a name, attribute or subscript. */
export function isSingleTarget(e: Expr): boolean {
  return e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript';
}

/** The sub-expression CPython blames when `e` is not a valid target; null if it is valid. */
export function invalidTarget(e: Expr, kind: TargetKind): Expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      if (kind === TargetKind.Del) return e;
      return invalidTarget(e.value, kind);
    case 'Compare':
      // `for x in y` read as an expression is a comparison: blame its left side only.
      if (kind === TargetKind.For) {
        if (e.ops[0] === 'In') return invalidTarget(e.left, kind);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v instanceof PyEllipsis) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return e._type;
  }
}
