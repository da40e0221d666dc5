// The constants a code object holds (co_consts): the literal values of the AST, plus the tuples,
// frozensets and code objects only the compiler makes.

import { PyBytes, PyComplex, PyEllipsis, PyStrCodePoints, type ConstValue } from './ast.js';
import { CodeObject } from './code.js';

/** A tuple of constants (a folded `(1, 2)`, keyword names, default values). */
export class PyTuple {
  constructor(readonly items: readonly Const[]) {}
}

/** A frozenset of constants (a folded `x in {1, 2}`). Duplicates are kept: the VM drops them. */
export class PyFrozenSet {
  constructor(readonly items: readonly Const[]) {}
}

export type Const = ConstValue | PyStrCodePoints | PyTuple | PyFrozenSet | CodeObject;

/** A Python str in either of its compile-time forms. */
export type PyStr = string | PyStrCodePoints;

export function isStr(c: Const): c is PyStr {
  return typeof c === 'string' || c instanceof PyStrCodePoints;
}

/** A Python int: bool is a subclass of int. */
export function isInt(c: Const): c is bigint | boolean {
  return typeof c === 'bigint' || typeof c === 'boolean';
}

/** bool(c) for a constant. */
export function isTruthy(c: Const): boolean {
  if (c === null) return false;
  switch (typeof c) {
    case 'boolean': return c;
    case 'bigint': return c !== 0n;
    case 'number': return c !== 0; // NaN is true, as in Python
    case 'string': return c.length > 0;
  }
  if (c instanceof PyStrCodePoints) return c.codePoints.length > 0;
  if (c instanceof PyBytes) return c.bytes.length > 0;
  if (c instanceof PyComplex) return c.real !== 0 || c.imag !== 0;
  if (c instanceof PyTuple || c instanceof PyFrozenSet) return c.items.length > 0;
  return true; // Ellipsis, code objects
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function floatBits(x: number): string {
  f64[0] = x;
  return u32[1].toString(16) + ':' + u32[0].toString(16);
}

/**
 * The key under which co_consts stores a constant only once (CPython's _PyCode_ConstantKey):
 * equal values of the same type share an entry, but 1, 1.0 and True do not, nor 0.0 and -0.0.
 */
export function constKey(c: Const): string {
  if (c instanceof CodeObject) return 'C' + c.key;
  if (c === null) return 'N';
  switch (typeof c) {
    case 'boolean': return c ? 'T' : 'F';
    case 'bigint': return 'i' + c.toString();
    case 'number': return 'f' + floatBits(c);
    case 'string': return 's' + c;
  }
  if (c instanceof PyStrCodePoints) return 'p' + c.codePoints.join(',');
  if (c instanceof PyBytes) return 'b' + Array.from(c.bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  if (c instanceof PyComplex) return 'c' + floatBits(c.real) + ',' + floatBits(c.imag);
  if (c instanceof PyEllipsis) return 'E';
  const keys = c.items.map(constKey);
  if (c instanceof PyTuple) return '(' + keys.join('|') + ')';
  return '{' + keys.sort().join('|') + '}';
}

/** co_consts being built: each value once (by constKey), in the order first added. */
export class ConstTable {
  readonly values: Const[] = [];
  private readonly index = new Map<string, number>();

  add(value: Const): number {
    const key = constKey(value);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(key, i);
    }
    return i;
  }
}
