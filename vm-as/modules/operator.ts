// The operator module (CPython's _operator plus the aliases operator.py adds): every operator as
// a function, and the itemgetter, attrgetter and methodcaller types.

import { Value, NULL, NONE, NOT_IMPLEMENTED, isFloat, isSmallInt, floatOf, floatValue, smallInt, ptrOf, ptrValue, boolValue } from '../value';
import { raiseJs, raiseStr, errOccurred, excMatches, clearExc } from '../errors';
import { TypeError, ValueError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from '../objects/strbuilder';
import { checkOneArg, checkArgCount, checkNoKwargs, kwCount } from '../objects/args';
import { newTuple, tupleSet, tupleGet, tupleLength, tupleItems, tupleFromArray } from '../objects/tuple';
import { KIND_STR, kindOf } from '../object';
import { getSlot, setSlot, SLOT_ABS, SLOT_CALL, SLOT_NEW, SLOT_REPR, SLOT_LEN, SLOT_GETITEM } from '../types';
import { defineFunction, NativeFn } from '../objects/builtin';
import { moduleDict } from '../objects/module';
import { dictSetStr } from '../objects/dict';
import { internJs, intern } from '../intern';
import { strLength, charAt } from '../objects/str';
import { pushTempRoot, popTempRoots } from '../gc';
import { substring } from '../objects/str-ops';
import { intOperand } from '../objects/int-type';
import * as I from '../objects/int';
import * as A from '../abstract';
import * as O from '../generated/opcodes';
import { arg, newNativeModule, newRecordType, addType, newRecord, field, setField, keepModule } from './support';

// ---- the functions ----

function binary(name: string, args: usize, nargs: i32, kwnames: Value, nb: i32): Value {
  if (!checkNoKwargs(name, kwnames, '_operator') || !checkArgCount(name, nargs, 2, 2)) return NULL;
  return A.binaryOp(arg(args, 0), arg(args, 1), nb);
}

function opAdd(s: Value, a: usize, n: i32, k: Value): Value { return binary('add', a, n, k, O.NB_ADD); }
function opAnd(s: Value, a: usize, n: i32, k: Value): Value { return binary('and_', a, n, k, O.NB_AND); }
function opFloordiv(s: Value, a: usize, n: i32, k: Value): Value { return binary('floordiv', a, n, k, O.NB_FLOOR_DIVIDE); }
function opLshift(s: Value, a: usize, n: i32, k: Value): Value { return binary('lshift', a, n, k, O.NB_LSHIFT); }
function opMatmul(s: Value, a: usize, n: i32, k: Value): Value { return binary('matmul', a, n, k, O.NB_MATRIX_MULTIPLY); }
function opMul(s: Value, a: usize, n: i32, k: Value): Value { return binary('mul', a, n, k, O.NB_MULTIPLY); }
function opMod(s: Value, a: usize, n: i32, k: Value): Value { return binary('mod', a, n, k, O.NB_REMAINDER); }
function opOr(s: Value, a: usize, n: i32, k: Value): Value { return binary('or_', a, n, k, O.NB_OR); }
function opPow(s: Value, a: usize, n: i32, k: Value): Value { return binary('pow', a, n, k, O.NB_POWER); }
function opRshift(s: Value, a: usize, n: i32, k: Value): Value { return binary('rshift', a, n, k, O.NB_RSHIFT); }
function opSub(s: Value, a: usize, n: i32, k: Value): Value { return binary('sub', a, n, k, O.NB_SUBTRACT); }
function opTruediv(s: Value, a: usize, n: i32, k: Value): Value { return binary('truediv', a, n, k, O.NB_TRUE_DIVIDE); }
function opXor(s: Value, a: usize, n: i32, k: Value): Value { return binary('xor', a, n, k, O.NB_XOR); }
function opIadd(s: Value, a: usize, n: i32, k: Value): Value { return binary('iadd', a, n, k, O.NB_INPLACE_ADD); }
function opIand(s: Value, a: usize, n: i32, k: Value): Value { return binary('iand', a, n, k, O.NB_INPLACE_AND); }
function opIfloordiv(s: Value, a: usize, n: i32, k: Value): Value { return binary('ifloordiv', a, n, k, O.NB_INPLACE_FLOOR_DIVIDE); }
function opIlshift(s: Value, a: usize, n: i32, k: Value): Value { return binary('ilshift', a, n, k, O.NB_INPLACE_LSHIFT); }
function opImatmul(s: Value, a: usize, n: i32, k: Value): Value { return binary('imatmul', a, n, k, O.NB_INPLACE_MATRIX_MULTIPLY); }
function opImul(s: Value, a: usize, n: i32, k: Value): Value { return binary('imul', a, n, k, O.NB_INPLACE_MULTIPLY); }
function opImod(s: Value, a: usize, n: i32, k: Value): Value { return binary('imod', a, n, k, O.NB_INPLACE_REMAINDER); }
function opIor(s: Value, a: usize, n: i32, k: Value): Value { return binary('ior', a, n, k, O.NB_INPLACE_OR); }
function opIpow(s: Value, a: usize, n: i32, k: Value): Value { return binary('ipow', a, n, k, O.NB_INPLACE_POWER); }
function opIrshift(s: Value, a: usize, n: i32, k: Value): Value { return binary('irshift', a, n, k, O.NB_INPLACE_RSHIFT); }
function opIsub(s: Value, a: usize, n: i32, k: Value): Value { return binary('isub', a, n, k, O.NB_INPLACE_SUBTRACT); }
function opItruediv(s: Value, a: usize, n: i32, k: Value): Value { return binary('itruediv', a, n, k, O.NB_INPLACE_TRUE_DIVIDE); }
function opIxor(s: Value, a: usize, n: i32, k: Value): Value { return binary('ixor', a, n, k, O.NB_INPLACE_XOR); }

function compare(name: string, args: usize, nargs: i32, kwnames: Value, op: i32): Value {
  if (!checkNoKwargs(name, kwnames, '_operator') || !checkArgCount(name, nargs, 2, 2)) return NULL;
  return A.richCompare(arg(args, 0), arg(args, 1), op);
}

function opLt(s: Value, a: usize, n: i32, k: Value): Value { return compare('lt', a, n, k, O.CMP_LT); }
function opLe(s: Value, a: usize, n: i32, k: Value): Value { return compare('le', a, n, k, O.CMP_LE); }
function opEq(s: Value, a: usize, n: i32, k: Value): Value { return compare('eq', a, n, k, O.CMP_EQ); }
function opNe(s: Value, a: usize, n: i32, k: Value): Value { return compare('ne', a, n, k, O.CMP_NE); }
function opGt(s: Value, a: usize, n: i32, k: Value): Value { return compare('gt', a, n, k, O.CMP_GT); }
function opGe(s: Value, a: usize, n: i32, k: Value): Value { return compare('ge', a, n, k, O.CMP_GE); }

/** The one argument of a METH_O function of _operator; NULL with TypeError. */
function oneArg(name: string, args: usize, nargs: i32, kwnames: Value): Value {
  return checkOneArg(name, nargs, kwnames, '_operator') ? arg(args, 0) : NULL;
}

function opNeg(s: Value, a: usize, n: i32, k: Value): Value {
  const x = oneArg('neg', a, n, k);
  return x == NULL ? NULL : A.negative(x);
}

function opPos(s: Value, a: usize, n: i32, k: Value): Value {
  const x = oneArg('pos', a, n, k);
  return x == NULL ? NULL : A.positive(x);
}

function invertWith(name: string, a: usize, n: i32, k: Value): Value {
  const x = oneArg(name, a, n, k);
  return x == NULL ? NULL : A.invert(x);
}

function opInv(s: Value, a: usize, n: i32, k: Value): Value { return invertWith('inv', a, n, k); }
function opInvert(s: Value, a: usize, n: i32, k: Value): Value { return invertWith('invert', a, n, k); }

function opAbs(s: Value, a: usize, n: i32, k: Value): Value {
  const x = oneArg('abs', a, n, k);
  if (x == NULL) return NULL;
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

function opIndex(s: Value, a: usize, n: i32, k: Value): Value {
  const x = oneArg('index', a, n, k);
  return x == NULL ? NULL : A.indexOf(x);
}

function truthOf(name: string, a: usize, n: i32, k: Value, negate: bool): Value {
  const x = oneArg(name, a, n, k);
  if (x == NULL) return NULL;
  const t = A.isTrue(x);
  return t < 0 ? NULL : boolValue((t != 0) != negate);
}

function opNot(s: Value, a: usize, n: i32, k: Value): Value { return truthOf('not_', a, n, k, true); }
function opTruth(s: Value, a: usize, n: i32, k: Value): Value { return truthOf('truth', a, n, k, false); }

function two(name: string, args: usize, nargs: i32, kwnames: Value): bool {
  return checkNoKwargs(name, kwnames, '_operator') && checkArgCount(name, nargs, 2, 2);
}

function opIs(s: Value, a: usize, n: i32, k: Value): Value {
  return two('is_', a, n, k) ? boolValue(arg(a, 0) == arg(a, 1)) : NULL;
}

function opIsNot(s: Value, a: usize, n: i32, k: Value): Value {
  return two('is_not', a, n, k) ? boolValue(arg(a, 0) != arg(a, 1)) : NULL;
}

function opContains(s: Value, a: usize, n: i32, k: Value): Value {
  if (!two('contains', a, n, k)) return NULL;
  const r = A.containsValue(arg(a, 0), arg(a, 1));
  return r < 0 ? NULL : boolValue(r != 0);
}

function opGetitem(s: Value, a: usize, n: i32, k: Value): Value {
  return two('getitem', a, n, k) ? A.getItem(arg(a, 0), arg(a, 1)) : NULL;
}

function opDelitem(s: Value, a: usize, n: i32, k: Value): Value {
  if (!two('delitem', a, n, k)) return NULL;
  return A.setItem(arg(a, 0), arg(a, 1), NULL) < 0 ? NULL : NONE;
}

function opSetitem(s: Value, a: usize, n: i32, k: Value): Value {
  if (!checkNoKwargs('setitem', k, '_operator') || !checkArgCount('setitem', n, 3, 3)) return NULL;
  return A.setItem(arg(a, 0), arg(a, 1), arg(a, 2)) < 0 ? NULL : NONE;
}

/** a + b for sequences only (CPython's PySequence_Concat): "'int' object can't be concatenated". */
function concatWith(name: string, a: usize, n: i32, k: Value, nb: i32): Value {
  if (!two(name, a, n, k)) return NULL;
  const x = arg(a, 0);
  if (getSlot(A.typeOf(x), SLOT_GETITEM) == 0) {
    const sb = newBuilder();
    appendJs(sb, "'");
    appendStr(sb, A.typeNameOf(x));
    appendJs(sb, "' object can't be concatenated");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return A.binaryOp(x, arg(a, 1), nb);
}

function opConcat(s: Value, a: usize, n: i32, k: Value): Value { return concatWith('concat', a, n, k, O.NB_ADD); }
function opIconcat(s: Value, a: usize, n: i32, k: Value): Value { return concatWith('iconcat', a, n, k, O.NB_INPLACE_ADD); }

/** Scans an iterable for items equal to (or identical with) v: their count, or the first index. */
function scanFor(seq: Value, v: Value, firstOnly: bool): i64 {
  const it = A.getIter(seq);
  if (it == NULL) {
    if (!excMatches(TypeError)) return -1;
    clearExc();
    const sb = newBuilder();
    appendJs(sb, "argument of type '");
    appendStr(sb, A.typeNameOf(seq));
    appendJs(sb, "' is not iterable");
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  pushTempRoot(it);
  let count: i64 = 0;
  let index: i64 = 0;
  let result: i64 = -2;
  while (true) {
    const x = A.iterNext(it);
    if (x == NULL) {
      result = errOccurred() ? -1 : (firstOnly ? -2 : count);
      break;
    }
    const eq = A.valuesEqual(x, v);
    if (eq < 0) {
      result = -1;
      break;
    }
    if (eq > 0) {
      if (firstOnly) {
        result = index;
        break;
      }
      count++;
    }
    index++;
  }
  popTempRoots(1);
  return result;
}

function opCountOf(s: Value, a: usize, n: i32, k: Value): Value {
  if (!two('countOf', a, n, k)) return NULL;
  const r = scanFor(arg(a, 0), arg(a, 1), false);
  return r < 0 ? NULL : smallInt(r);
}

function opIndexOf(s: Value, a: usize, n: i32, k: Value): Value {
  if (!two('indexOf', a, n, k)) return NULL;
  const r = scanFor(arg(a, 0), arg(a, 1), true);
  if (r == -2) return raiseJs(ValueError, 'sequence.index(x): x not in sequence');
  return r < 0 ? NULL : smallInt(r);
}

let nLengthHint: usize = 0;

/** length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else the default. */
function opLengthHint(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('length_hint', kwnames, '_operator') || !checkArgCount('length_hint', nargs, 1, 2)) return NULL;
  const obj = arg(args, 0);
  let fallback: i64 = 0;
  if (nargs == 2) {
    const d = arg(args, 1);
    if (!isSmallInt(d)) {
      const i = intOperand(d);
      if (i == NULL) {
        const sb = newBuilder();
        appendJs(sb, "'");
        appendStr(sb, A.typeNameOf(d));
        appendJs(sb, "' object cannot be interpreted as an integer");
        return raiseStr(TypeError, finishBuilder(sb));
      }
      fallback = I.intClampToI64(i);
    } else {
      fallback = <i64>(<i64>(d << 16) >> 16);
    }
  }
  if (getSlot(A.typeOf(obj), SLOT_LEN) != 0) {
    const n = A.lengthOf(obj);
    if (n >= 0) return smallInt(n);
    if (!excMatches(TypeError)) return NULL;
    clearExc();
  }
  const r = A.callSpecial0(obj, nLengthHint);
  if (r == NULL) {
    if (!errOccurred()) return smallInt(fallback);
    if (!excMatches(TypeError)) return NULL;
    clearExc();
    return smallInt(fallback);
  }
  if (r == NOT_IMPLEMENTED) return smallInt(fallback);
  const hint = intOperand(r);
  if (hint == NULL) {
    const sb = newBuilder();
    appendJs(sb, '__length_hint__ must be an integer, not ');
    appendStr(sb, A.typeNameOf(r));
    return raiseStr(TypeError, finishBuilder(sb));
  }
  if (I.intSign(hint) < 0) return raiseJs(ValueError, '__length_hint__() should return >= 0');
  return hint;
}

/** call(obj, /, *args, **kwargs) */
function opCall(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs < 1) {
    const sb = newBuilder();
    appendJs(sb, 'call expected at least 1 argument, got 0');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  return A.callValue(arg(args, 0), args + 8, nargs - 1, kwnames);
}

// ---- itemgetter(*items) ----
// Fields: 0 the items (a tuple).

function itemgetterNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('itemgetter', kwnames)) return NULL;
  if (nargs < 1) return raiseJs(TypeError, 'itemgetter expected 1 argument, got 0');
  const p = newRecord(ptrOf(type));
  setField(p, 0, ptrValue(tupleFromArray(args, nargs)));
  return ptrValue(p);
}

function itemgetterCall(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('itemgetter', kwnames) || !checkArgCount('itemgetter', nargs, 1, 1)) return NULL;
  const items = ptrOf(field(ptrOf(self), 0));
  const obj = arg(args, 0);
  const n = tupleLength(items);
  if (n == 1) return A.getItem(obj, tupleGet(items, 0));
  const result = newTuple(n);
  pushTempRoot(ptrValue(result));
  for (let i = 0; i < n; i++) {
    const v = A.getItem(obj, tupleGet(items, i));
    if (v == NULL) {
      popTempRoots(1);
      return NULL;
    }
    tupleSet(result, i, v);
  }
  popTempRoots(1);
  return ptrValue(result);
}

/** "operator.NAME(" followed by the reprs of a tuple's items, comma-separated. */
function reprWithArgs(name: string, items: usize, sb: usize): bool {
  appendJs(sb, 'operator.');
  appendJs(sb, name);
  appendJs(sb, '(');
  for (let i = 0; i < tupleLength(items); i++) {
    if (i > 0) appendJs(sb, ', ');
    const r = A.reprOf(tupleGet(items, i));
    if (r == 0) return false;
    appendStr(sb, r);
  }
  return true;
}

function itemgetterRepr(self: Value): Value {
  const sb = newBuilder();
  if (!reprWithArgs('itemgetter', ptrOf(field(ptrOf(self), 0)), sb)) return NULL;
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

// ---- attrgetter(*names) ----
// Fields: 0 the names as given (a tuple of str), 1 each name split at its dots (a tuple of tuples).

/** A dotted name's parts, each interned: 'a.b' → ('a', 'b'). */
function splitDotted(name: usize): usize {
  const n = strLength(name);
  let parts = 1;
  for (let i = 0; i < n; i++) if (charAt(name, i) == 0x2E) parts++;
  const t = newTuple(parts);
  pushTempRoot(ptrValue(t));
  let start = 0;
  let k = 0;
  for (let i = 0; i <= n; i++) {
    if (i == n || charAt(name, i) == 0x2E) {
      tupleSet(t, k++, ptrValue(intern(substring(name, start, i))));
      start = i + 1;
    }
  }
  popTempRoots(1);
  return t;
}

function attrgetterNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('attrgetter', kwnames)) return NULL;
  if (nargs < 1) return raiseJs(TypeError, 'attrgetter expected 1 argument, got 0');
  for (let i = 0; i < nargs; i++) {
    if (kindOf(arg(args, i)) != KIND_STR) return raiseJs(TypeError, 'attribute name must be a string');
  }
  const p = newRecord(ptrOf(type));
  pushTempRoot(ptrValue(p));
  setField(p, 0, ptrValue(tupleFromArray(args, nargs)));
  const split = newTuple(nargs);
  setField(p, 1, ptrValue(split));
  for (let i = 0; i < nargs; i++) tupleSet(split, i, ptrValue(splitDotted(ptrOf(arg(args, i)))));
  popTempRoots(1);
  return ptrValue(p);
}

/** obj.a.b… along one dotted name's parts. */
function getDotted(obj: Value, parts: usize): Value {
  let v = obj;
  for (let i = 0; i < tupleLength(parts); i++) {
    pushTempRoot(v);
    v = A.getAttr(v, ptrOf(tupleGet(parts, i)));
    popTempRoots(1);
    if (v == NULL) return NULL;
  }
  return v;
}

function attrgetterCall(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('attrgetter', kwnames) || !checkArgCount('attrgetter', nargs, 1, 1)) return NULL;
  const split = ptrOf(field(ptrOf(self), 1));
  const obj = arg(args, 0);
  const n = tupleLength(split);
  if (n == 1) return getDotted(obj, ptrOf(tupleGet(split, 0)));
  const result = newTuple(n);
  pushTempRoot(ptrValue(result));
  for (let i = 0; i < n; i++) {
    const v = getDotted(obj, ptrOf(tupleGet(split, i)));
    if (v == NULL) {
      popTempRoots(1);
      return NULL;
    }
    tupleSet(result, i, v);
  }
  popTempRoots(1);
  return ptrValue(result);
}

function attrgetterRepr(self: Value): Value {
  const sb = newBuilder();
  if (!reprWithArgs('attrgetter', ptrOf(field(ptrOf(self), 0)), sb)) return NULL;
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

// ---- methodcaller(name, /, *args, **kwargs) ----
// Fields: 0 the name (str), 1 the arguments (a tuple: positional ones, then keyword values),
// 2 the keyword names (a tuple, or NULL when there are none).

function methodcallerNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs < 1) return raiseJs(TypeError, 'methodcaller needs at least one argument, the method name');
  if (kindOf(arg(args, 0)) != KIND_STR) return raiseJs(TypeError, 'method name must be a string');
  const p = newRecord(ptrOf(type));
  pushTempRoot(ptrValue(p));
  setField(p, 0, ptrValue(intern(ptrOf(arg(args, 0)))));
  setField(p, 1, ptrValue(tupleFromArray(args + 8, nargs - 1 + kwCount(kwnames))));
  setField(p, 2, kwnames);
  popTempRoots(1);
  return ptrValue(p);
}

function methodcallerCall(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('methodcaller', kwnames) || !checkArgCount('methodcaller', nargs, 1, 1)) return NULL;
  const p = ptrOf(self);
  const method = A.getAttr(arg(args, 0), ptrOf(field(p, 0)));
  if (method == NULL) return NULL;
  const callArgs = ptrOf(field(p, 1));
  const names = field(p, 2);
  pushTempRoot(method);
  const r = A.callValue(method, tupleItems(callArgs), tupleLength(callArgs) - kwCount(names), names);
  popTempRoots(1);
  return r;
}

function methodcallerRepr(self: Value): Value {
  const p = ptrOf(self);
  const callArgs = ptrOf(field(p, 1));
  const names = field(p, 2);
  const positional = tupleLength(callArgs) - kwCount(names);
  const sb = newBuilder();
  appendJs(sb, 'operator.methodcaller(');
  const name = A.reprOf(field(p, 0));
  if (name == 0) return NULL;
  appendStr(sb, name);
  for (let i = 0; i < tupleLength(callArgs); i++) {
    appendJs(sb, ', ');
    if (i >= positional) {
      appendStr(sb, ptrOf(tupleGet(ptrOf(names), i - positional)));
      appendCodePoint(sb, 0x3D);
    }
    const r = A.reprOf(tupleGet(callArgs, i));
    if (r == 0) return NULL;
    appendStr(sb, r);
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

// ---- the module ----

/** Adds fn as `name` and, when `dunder`, as `__name__` too (operator.py's aliases). */
function add(m: usize, name: string, fn: NativeFn, dunder: string = ''): void {
  const d = moduleDict(m);
  const b = defineFunction(d, internJs('_operator'), name, fn);
  if (dunder.length > 0) dictSetStr(d, internJs(dunder), ptrValue(b));
}

function newCallableType(m: usize, name: string, fields: i32, newSlot: usize, callSlot: usize, reprSlot: usize): void {
  const t = newRecordType('operator', name, fields);
  setSlot(t, SLOT_NEW, newSlot);
  setSlot(t, SLOT_CALL, callSlot);
  setSlot(t, SLOT_REPR, reprSlot);
  addType(m, t);
}

let made: usize = 0;

export function createOperatorModule(): usize {
  if (made != 0) return made;
  nLengthHint = internJs('__length_hint__');
  const m = newNativeModule('operator');
  add(m, 'abs', opAbs, '__abs__');
  add(m, 'add', opAdd, '__add__');
  add(m, 'and_', opAnd, '__and__');
  add(m, 'call', opCall, '__call__');
  add(m, 'concat', opConcat, '__concat__');
  add(m, 'contains', opContains, '__contains__');
  add(m, 'countOf', opCountOf);
  add(m, 'delitem', opDelitem, '__delitem__');
  add(m, 'eq', opEq, '__eq__');
  add(m, 'floordiv', opFloordiv, '__floordiv__');
  add(m, 'ge', opGe, '__ge__');
  add(m, 'getitem', opGetitem, '__getitem__');
  add(m, 'gt', opGt, '__gt__');
  add(m, 'iadd', opIadd, '__iadd__');
  add(m, 'iand', opIand, '__iand__');
  add(m, 'iconcat', opIconcat, '__iconcat__');
  add(m, 'ifloordiv', opIfloordiv, '__ifloordiv__');
  add(m, 'ilshift', opIlshift, '__ilshift__');
  add(m, 'imatmul', opImatmul, '__imatmul__');
  add(m, 'imod', opImod, '__imod__');
  add(m, 'imul', opImul, '__imul__');
  add(m, 'index', opIndex, '__index__');
  add(m, 'indexOf', opIndexOf);
  add(m, 'inv', opInv, '__inv__');
  add(m, 'invert', opInvert, '__invert__');
  add(m, 'ior', opIor, '__ior__');
  add(m, 'ipow', opIpow, '__ipow__');
  add(m, 'irshift', opIrshift, '__irshift__');
  add(m, 'is_', opIs);
  add(m, 'is_not', opIsNot);
  add(m, 'isub', opIsub, '__isub__');
  add(m, 'itruediv', opItruediv, '__itruediv__');
  add(m, 'ixor', opIxor, '__ixor__');
  add(m, 'le', opLe, '__le__');
  add(m, 'length_hint', opLengthHint);
  add(m, 'lshift', opLshift, '__lshift__');
  add(m, 'lt', opLt, '__lt__');
  add(m, 'matmul', opMatmul, '__matmul__');
  add(m, 'mod', opMod, '__mod__');
  add(m, 'mul', opMul, '__mul__');
  add(m, 'ne', opNe, '__ne__');
  add(m, 'neg', opNeg, '__neg__');
  add(m, 'not_', opNot, '__not__');
  add(m, 'or_', opOr, '__or__');
  add(m, 'pos', opPos, '__pos__');
  add(m, 'pow', opPow, '__pow__');
  add(m, 'rshift', opRshift, '__rshift__');
  add(m, 'setitem', opSetitem, '__setitem__');
  add(m, 'sub', opSub, '__sub__');
  add(m, 'truediv', opTruediv, '__truediv__');
  add(m, 'truth', opTruth);
  add(m, 'xor', opXor, '__xor__');
  newCallableType(m, 'itemgetter', 1, changetype<usize>(itemgetterNew),
    changetype<usize>(itemgetterCall), changetype<usize>(itemgetterRepr));
  newCallableType(m, 'attrgetter', 2, changetype<usize>(attrgetterNew),
    changetype<usize>(attrgetterCall), changetype<usize>(attrgetterRepr));
  newCallableType(m, 'methodcaller', 3, changetype<usize>(methodcallerNew),
    changetype<usize>(methodcallerCall), changetype<usize>(methodcallerRepr));
  made = keepModule(m);
  return m;
}
