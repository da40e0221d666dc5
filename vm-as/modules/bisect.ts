// The bisect module (CPython's _bisect): binary search of a sorted sequence, with key=, and
// insertion keeping it sorted.

import { Value, NULL, NONE, ptrOf, smallInt } from '../value';
import { raiseJs } from '../errors';
import { ValueError } from '../objects/exception';
import { bindArgs } from '../objects/number-args';
import { listInsert, listType } from '../objects/list';
import { intOperand } from '../objects/int-type';
import { internJs } from '../intern';
import { pushTempRoot, popTempRoots } from '../gc';
import * as I from '../objects/int';
import * as A from '../abstract';
import { CMP_LT } from '../generated/opcodes';
import { newNativeModule, addFunction, addValue, keepModule } from './support';
import { moduleDict } from '../objects/module';
import { dictGetStr } from '../objects/dict';

const NAMES: StaticArray<string> = ['a', 'x', 'lo', 'hi', 'key'];
const bound = memory.data(5 * 8);

// @ts-ignore: decorator
@inline function boundArg(i: i32): Value {
  return load<u64>(bound + (<usize>i << 3));
}

/** A Py_ssize_t argument (lo, hi); -2 with an exception set. */
function sizeArg(v: Value): i64 {
  const i = A.indexOf(v);
  if (i == NULL) return -2;
  return I.intClampToI64(intOperand(i));
}

/**
 * The insertion point of x in a[lo:hi] (hi -1: len(a)), left of equal items or right of them;
 * -2 with an exception set. Each probe compares key(a[mid]) with x as CPython does.
 */
function search(a: Value, x: Value, lo: i64, hi: i64, key: Value, right: bool): i64 {
  if (lo < 0) {
    raiseJs(ValueError, 'lo must be non-negative');
    return -2;
  }
  if (hi == -1) {
    hi = A.lengthOf(a);
    if (hi < 0) return -2;
  }
  while (lo < hi) {
    const mid = <i64>((<u64>lo + <u64>hi) >> 1);
    let item = A.getItem(a, smallInt(mid));
    if (item == NULL) return -2;
    if (key != NONE) {
      item = A.call1(key, item);
      if (item == NULL) return -2;
    }
    pushTempRoot(item);
    const r = right ? A.richCompare(x, item, CMP_LT) : A.richCompare(item, x, CMP_LT);
    popTempRoots(1);
    if (r == NULL) return -2;
    const less = A.isTrue(r);
    if (less < 0) return -2;
    if (right) {
      if (less) hi = mid;
      else lo = mid + 1;
    } else {
      if (less) lo = mid + 1;
      else hi = mid;
    }
  }
  return lo;
}

/** Binds (a, x, lo=0, hi=None, *, key=None) and searches; -2 with an exception set. */
function bindAndSearch(name: string, args: usize, nargs: i32, kwnames: Value, right: bool, keyOfX: bool): i64 {
  if (!bindArgs(name, args, nargs, kwnames, NAMES, 0, 4, 2, bound)) return -2;
  const a = boundArg(0);
  let x = boundArg(1);
  let lo: i64 = 0;
  let hi: i64 = -1;
  if (boundArg(2) != NULL) {
    lo = sizeArg(boundArg(2));
    if (lo == -2) return -2;
  }
  if (boundArg(3) != NULL && boundArg(3) != NONE) {
    hi = sizeArg(boundArg(3));
    if (hi == -2) return -2;
  }
  const key = boundArg(4) == NULL ? NONE : boundArg(4);
  if (keyOfX && key != NONE) {
    x = A.call1(key, x);
    if (x == NULL) return -2;
  }
  pushTempRoot(x);
  const r = search(a, x, lo, hi, key, right);
  popTempRoots(1);
  return r;
}

function bisectRight(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const i = bindAndSearch('bisect_right', args, nargs, kwnames, true, false);
  return i == -2 ? NULL : smallInt(i);
}

function bisectLeft(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const i = bindAndSearch('bisect_left', args, nargs, kwnames, false, false);
  return i == -2 ? NULL : smallInt(i);
}

let nInsert: usize = 0;

/** a.insert(i, x): directly for an exact list, else through the insert method. */
function insert(name: string, args: usize, nargs: i32, kwnames: Value, right: bool): Value {
  const i = bindAndSearch(name, args, nargs, kwnames, right, true);
  if (i == -2) return NULL;
  const a = boundArg(0);
  const x = boundArg(1);
  if (A.typeOf(a) == listType) {
    return listInsert(ptrOf(a), <i32>i, x) ? NONE : NULL;
  }
  const method = A.getAttr(a, nInsert);
  if (method == NULL) return NULL;
  pushTempRoot(method);
  const r = A.call2(method, smallInt(i), x);
  popTempRoots(1);
  return r == NULL ? NULL : NONE;
}

function insortRight(s: Value, a: usize, n: i32, k: Value): Value { return insert('insort_right', a, n, k, true); }
function insortLeft(s: Value, a: usize, n: i32, k: Value): Value { return insert('insort_left', a, n, k, false); }

let made: usize = 0;

export function createBisectModule(): usize {
  if (made != 0) return made;
  nInsert = internJs('insert');
  const m = newNativeModule('bisect');
  addFunction(m, 'bisect_right', bisectRight);
  addFunction(m, 'bisect_left', bisectLeft);
  addFunction(m, 'insort_right', insortRight);
  addFunction(m, 'insort_left', insortLeft);
  const d = moduleDict(m);
  addValue(m, 'bisect', dictGetStr(d, internJs('bisect_right')));
  addValue(m, 'insort', dictGetStr(d, internJs('insort_right')));
  made = keepModule(m);
  return m;
}
