// What the native modules share: building a module and its types, their objects (kind
// KIND_RECORD: every field a Value, so the collector traces them whole), and converting
// arguments as CPython's C API does (PyFloat_AsDouble, PyNumber_Index).

import { Value, NULL, isFloat, isSmallInt, intOf, floatOf, floatValue, ptrValue } from '../value';
import { alloc } from '../heap';
import { KIND_RECORD } from '../object';
import { newModule, moduleDict, MODULE_NAME } from '../objects/module';
import { dictSetStr } from '../objects/dict';
import { defineFunction, NativeFn } from '../objects/builtin';
import { internJs } from '../intern';
import { newBuiltinType, setExtensionModule } from '../typesetup';
import { addSlotWrappers } from '../objects/slot-wrappers';
import { addPermanentRoot } from '../gc';
import { TYPE_QUALNAME, TYPE_BASICSIZE, TYPE_DICT_OFFSET, getSlot, SLOT_FLOAT, SLOT_INDEX, objectType } from '../types';
import { raiseStr } from '../errors';
import { TypeError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from '../objects/strbuilder';
import { isFloatObject, floatObjectValue } from '../objects/float-type';
import { isIntValue, intValueToF64 } from '../objects/int-type';
import * as A from '../abstract';

export const RECORD_FIELDS: usize = 8;

/** The argument at index i of a vectorcall. */
// @ts-ignore: decorator
@inline export function arg(args: usize, i: i32): Value {
  return load<u64>(args + (<usize>i << 3));
}

// ---- modules ----

/** A new module object named `name`. */
export function newNativeModule(name: string): usize {
  return newModule(internJs(name));
}

/**
 * Keeps a native module for good: its factory returns it again if the program imports it after
 * deleting it from sys.modules, so that its types are made once.
 */
export function keepModule(m: usize): usize {
  addPermanentRoot(ptrValue(m));
  return m;
}

/** The module's name as a str (for its functions' __module__). */
export function moduleNameOf(m: usize): usize {
  return <usize>load<u32>(m + MODULE_NAME);
}

export function addFunction(m: usize, name: string, fn: NativeFn): void {
  defineFunction(moduleDict(m), moduleNameOf(m), name, fn);
}

export function addValue(m: usize, name: string, v: Value): void {
  dictSetStr(moduleDict(m), internJs(name), v);
}

// ---- types and their objects ----

/**
 * A type of a native module, with instances of `fields` Values (KIND_RECORD). Install its slots
 * and methods, then publish it with addType.
 */
export function newRecordType(moduleName: string, name: string, fields: i32, flags: u32 = 0, base: usize = 0): usize {
  const t = newBuiltinType(name, base == 0 ? objectType : base, KIND_RECORD, flags);
  setExtensionModule(t, internJs(moduleName));
  store<u32>(t + TYPE_BASICSIZE, <u32>(RECORD_FIELDS + (<usize>fields << 3)));
  addPermanentRoot(ptrValue(t));
  return t;
}

/** Exposes a type's slots as special methods and adds it to the module (under its own name unless given). */
export function addType(m: usize, t: usize, name: string = ''): void {
  addSlotWrappers(t);
  if (name.length > 0) addValue(m, name, ptrValue(t));
  else dictSetStr(moduleDict(m), <usize>load<u32>(t + TYPE_QUALNAME), ptrValue(t));
}

/** A new object of a record type (or of a Python subclass of one); its fields (and a subclass's __slots__) start unset (NULL). */
export function newRecord(type: usize): usize {
  const size = <usize>load<u32>(type + TYPE_BASICSIZE);
  const p = alloc(size, type, KIND_RECORD);
  for (let at = RECORD_FIELDS; at + 8 <= size; at += 8) store<u64>(p + at, NULL);
  // A subclass's __dict__ pointer starts empty.
  const dictOffset = <usize>load<u32>(type + TYPE_DICT_OFFSET);
  if (dictOffset != 0) store<u64>(p + dictOffset, 0);
  return p;
}

// @ts-ignore: decorator
@inline export function field(p: usize, i: i32): Value {
  return load<u64>(p + RECORD_FIELDS + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline export function setField(p: usize, i: i32, v: Value): void {
  store<u64>(p + RECORD_FIELDS + (<usize>i << 3), v);
}

// ---- argument conversion ----

function raiseTypeNamed(prefix: string, v: Value, suffix: string): void {
  const sb = newBuilder();
  appendJs(sb, prefix);
  appendStr(sb, A.typeNameOf(v));
  appendJs(sb, suffix);
  raiseStr(TypeError, finishBuilder(sb));
}

/**
 * PyFloat_AsDouble: a float, an int, or anything with __float__ or __index__. On failure an
 * exception is set (check errOccurred(); the result is then meaningless).
 */
export function toDouble(v: Value): f64 {
  if (isFloat(v)) return floatOf(v);
  if (isSmallInt(v)) return <f64>intOf(v);
  if (isFloatObject(v)) return floatObjectValue(v);
  if (isIntValue(v)) return intValueToF64(v);
  const type = A.typeOf(v);
  const floatSlot = getSlot(type, SLOT_FLOAT);
  if (floatSlot != 0) {
    const r = changetype<(v: Value) => Value>(floatSlot)(v);
    if (r == NULL) return NaN;
    if (isFloatObject(r)) return floatObjectValue(r);
    const sb = newBuilder();
    appendStr(sb, A.typeNameOf(v));
    appendJs(sb, '.__float__ returned non-float (type ');
    appendStr(sb, A.typeNameOf(r));
    appendJs(sb, ')');
    raiseStr(TypeError, finishBuilder(sb));
    return NaN;
  }
  if (getSlot(type, SLOT_INDEX) != 0) {
    const i = A.indexOf(v);
    return i == NULL ? NaN : intValueToF64(i);
  }
  raiseTypeNamed('must be real number, not ', v, '');
  return NaN;
}

/** A float Value (NaN canonicalised). */
// @ts-ignore: decorator
@inline export function f(x: f64): Value {
  return floatValue(x);
}
