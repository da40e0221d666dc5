// Builtin functions of this area: abs, divmod, pow, round, hex, oct, bin, format and the numeric
// type names (int, float, complex, bool).

import { Value, NULL, NONE, NOT_IMPLEMENTED, isSmallInt, isFloat, isPtr, floatOf, floatValue, ptrOf,
  ptrValue } from '../value';
import { kindOfPtr, KIND_STR } from '../object';
import { getSlot, SLOT_ABS, SLOT_POWER3 } from '../types';
import * as A from '../abstract';
import { raiseStr } from '../errors';
import { TypeError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from '../objects/strbuilder';
import { defineFunction } from '../objects/builtin';
import { dictSetStr } from '../objects/dict';
import { internJs } from '../intern';
import { addPermanentRoot } from '../gc';
import { checkOneArg, checkArgCount, checkNoKwargs } from '../objects/args';
import { bindArgs } from '../objects/number-args';
import { complexType } from '../objects/complex';
import { intDivmod, formatInt } from '../objects/int-type';
import { floatObjectValue, floatDivmod, formatFloat } from '../objects/float-type';
import { intToStr, INT_STR_PREFIX } from '../objects/int';
import { NB_POWER } from '../generated/opcodes';

let nRound: usize = 0;
let nDivmod: usize = 0;
let nRdivmod: usize = 0;

function rootedName(js: string): usize {
  const s = internJs(js);
  addPermanentRoot(ptrValue(s));
  return s;
}

/** "unsupported operand type(s) for OP: 'A' and 'B'" */
function raiseUnsupported(op: string, a: Value, b: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'unsupported operand type(s) for ');
  appendJs(sb, op);
  appendJs(sb, ": '");
  appendStr(sb, A.typeNameOf(a));
  appendJs(sb, "' and '");
  appendStr(sb, A.typeNameOf(b));
  appendJs(sb, "'");
  return raiseStr(TypeError, finishBuilder(sb));
}

/** abs(x) */
function builtinAbs(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('abs', nargs, kwnames)) return NULL;
  const x = load<u64>(args);
  if (isFloat(x)) return floatValue(Math.abs(floatOf(x)));
  const slot = getSlot(A.typeOf(x), SLOT_ABS);
  if (slot == 0) {
    const sb = newBuilder();
    appendJs(sb, "bad operand type for abs(): '");
    appendStr(sb, A.typeNameOf(x));
    appendJs(sb, "'");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return changetype<(v: Value) => Value>(slot)(x);
}

/** divmod(a, b): the numeric types natively, anything else through __divmod__ / __rdivmod__. */
function builtinDivmod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('divmod', kwnames) || !checkArgCount('divmod', nargs, 2, 2)) return NULL;
  const a = load<u64>(args);
  const b = load<u64>(args, 8);
  let r = intDivmod(a, b);
  if (r != NOT_IMPLEMENTED) return r;
  r = floatDivmod(a, b);
  if (r != NOT_IMPLEMENTED) return r;
  r = callDunder(a, nDivmod, b);
  if (r != NOT_IMPLEMENTED) return r;
  if (A.typeOf(a) != A.typeOf(b)) {
    r = callDunder(b, nRdivmod, a);
    if (r != NOT_IMPLEMENTED) return r;
  }
  return raiseUnsupported('divmod()', a, b);
}

/** obj.<name>(arg) looked up on the type; NOT_IMPLEMENTED when the type has no such method. */
function callDunder(obj: Value, name: usize, arg: Value): Value {
  const type = A.typeOf(obj);
  const method = A.lookupInMro(type, name);
  if (method == NULL) return NOT_IMPLEMENTED;
  const bound = A.bindDescriptor(method, obj, type);
  if (bound == NULL) return NULL;
  return A.call1(bound, arg);
}

const POW_PARAMS: StaticArray<string> = ['base', 'exp', 'mod'];
const powArgs = memory.data(24);

/** pow(base, exp, mod=None) */
function builtinPow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('pow', args, nargs, kwnames, POW_PARAMS, 0, 3, 2, powArgs)) return NULL;
  const base = load<u64>(powArgs);
  const exp = load<u64>(powArgs, 8);
  const mod = load<u64>(powArgs, 16);
  if (mod == NULL || mod == NONE) return A.binaryOp(base, exp, NB_POWER);
  return ternaryPower(base, exp, mod);
}

/** pow(a, b, m) with m not None (CPython's ternary_op): each distinct operand type's slot in turn. */
function ternaryPower(a: Value, b: Value, m: Value): Value {
  const ta = A.typeOf(a);
  const tb = A.typeOf(b);
  const tm = A.typeOf(m);
  const slotA = getSlot(ta, SLOT_POWER3);
  const slotB = tb != ta ? getSlot(tb, SLOT_POWER3) : 0;
  const slotM = tm != ta && tm != tb ? getSlot(tm, SLOT_POWER3) : 0;
  for (let i = 0; i < 3; i++) {
    const slot = i == 0 ? slotA : i == 1 ? slotB : slotM;
    if (slot == 0) continue;
    const r = changetype<(a: Value, b: Value, m: Value) => Value>(slot)(a, b, m);
    if (r != NOT_IMPLEMENTED) return r;
  }
  const sb = newBuilder();
  appendJs(sb, "unsupported operand type(s) for ** or pow(): '");
  appendStr(sb, A.typeNameOf(a));
  appendJs(sb, "', '");
  appendStr(sb, A.typeNameOf(b));
  appendJs(sb, "', '");
  appendStr(sb, A.typeNameOf(m));
  appendJs(sb, "'");
  return raiseStr(TypeError, finishBuilder(sb));
}

const ROUND_PARAMS: StaticArray<string> = ['number', 'ndigits'];
const roundArgs = memory.data(16);

/** round(number, ndigits=None): number.__round__() or number.__round__(ndigits). */
function builtinRound(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('round', args, nargs, kwnames, ROUND_PARAMS, 0, 2, 1, roundArgs)) return NULL;
  const number = load<u64>(roundArgs);
  const ndigits = load<u64>(roundArgs, 8);
  if (isSmallInt(number) && (ndigits == NULL || ndigits == NONE)) return number;
  const type = A.typeOf(number);
  const method = A.lookupInMro(type, nRound);
  if (method == NULL) {
    const sb = newBuilder();
    appendJs(sb, 'type ');
    appendStr(sb, A.typeNameOf(number));
    appendJs(sb, " doesn't define __round__ method");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const bound = A.bindDescriptor(method, number, type);
  if (bound == NULL) return NULL;
  return ndigits == NULL || ndigits == NONE ? A.call0(bound) : A.call1(bound, ndigits);
}

/** hex(), oct(), bin(): the int's digits in `base` with the 0x/0o/0b prefix. */
function toBase(name: string, args: usize, nargs: i32, kwnames: Value, base: i32): Value {
  if (!checkOneArg(name, nargs, kwnames)) return NULL;
  const n = A.indexOf(load<u64>(args));
  if (n == NULL) return NULL;
  return intToStr(n, base, INT_STR_PREFIX);
}

function builtinHex(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return toBase('hex', args, nargs, kwnames, 16);
}

function builtinOct(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return toBase('oct', args, nargs, kwnames, 8);
}

function builtinBin(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return toBase('bin', args, nargs, kwnames, 2);
}

let emptyStr: usize = 0;

/** format(value, format_spec='') */
function builtinFormat(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('format', kwnames) || !checkArgCount('format', nargs, 1, 2)) return NULL;
  const value = load<u64>(args);
  const spec = nargs == 2 ? load<u64>(args, 8) : ptrValue(emptyStr);
  if (!isPtr(spec) || kindOfPtr(ptrOf(spec)) != KIND_STR) {
    const sb = newBuilder();
    appendJs(sb, 'format() argument 2 must be str, not ');
    if (spec == NONE) appendJs(sb, 'None');
    else appendStr(sb, A.typeNameOf(spec));
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const t = A.typeOf(value);
  if (t == A.intType || t == A.boolType) return formatInt(value, ptrOf(spec));
  if (t == A.floatType) return formatFloat(value, floatObjectValue(value), ptrOf(spec));
  const r = A.formatWithSpec(value, spec);
  return r == 0 ? NULL : ptrValue(r);
}

/** Adds this area's builtin functions and type names to the builtins namespace. */
export function setupNumberBuiltins(builtins: usize, moduleName: usize): void {
  nRound = rootedName('__round__');
  nDivmod = rootedName('__divmod__');
  nRdivmod = rootedName('__rdivmod__');
  emptyStr = rootedName('');
  defineFunction(builtins, moduleName, 'abs', builtinAbs);
  defineFunction(builtins, moduleName, 'divmod', builtinDivmod);
  defineFunction(builtins, moduleName, 'pow', builtinPow);
  defineFunction(builtins, moduleName, 'round', builtinRound);
  defineFunction(builtins, moduleName, 'hex', builtinHex);
  defineFunction(builtins, moduleName, 'oct', builtinOct);
  defineFunction(builtins, moduleName, 'bin', builtinBin);
  defineFunction(builtins, moduleName, 'format', builtinFormat);
  dictSetStr(builtins, internJs('int'), ptrValue(A.intType));
  dictSetStr(builtins, internJs('float'), ptrValue(A.floatType));
  dictSetStr(builtins, internJs('complex'), ptrValue(complexType));
  dictSetStr(builtins, internJs('bool'), ptrValue(A.boolType));
}
