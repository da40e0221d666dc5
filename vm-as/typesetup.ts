// Creating builtin types at start-up, and the order in which the core ones must come to life:
// `type` and `object` first (their headers point at each other), then str (for names), tuple
// (for bases and MROs) and dict (for namespaces); every other type after them.

import { initTypes, allocType, typeType, objectType, TYPE_NAME, TYPE_QUALNAME, TYPE_BASES, TYPE_MRO,
  TYPE_DICT, TYPE_MODULE, TPFLAG_BASETYPE, TPFLAG_IMMUTABLE, TPFLAG_STR_SUBCLASS,
  TPFLAG_TUPLE_SUBCLASS, TPFLAG_DICT_SUBCLASS, TPFLAG_DOTTED_NAME, TYPE_FLAGS, TYPE_BASE } from './types';
import { newBuilder, appendJs, appendStr, finishBuilder } from './objects/strbuilder';
import { KIND_STR, KIND_TUPLE, KIND_DICT } from './object';
import { strFromJs, setStrType } from './objects/str';
import { newTuple, tupleSet, tupleLength, tupleGet, setTupleType, initEmptyTuple, tuple1 } from './objects/tuple';
import { newDict, setDictType } from './objects/dict';
import { intern, initInternTable } from './intern';
import { ptrValue, ptrOf } from './value';

let builtinsModuleName: usize = 0;

/** Gives a bootstrapped type its name, bases, MRO, dict and module. */
function completeType(t: usize, name: string): void {
  const n = intern(strFromJs(name));
  store<u32>(t + TYPE_NAME, <u32>n);
  store<u32>(t + TYPE_QUALNAME, <u32>n);
  store<u32>(t + TYPE_MODULE, <u32>builtinsModuleName);
  store<u32>(t + TYPE_DICT, <u32>newDict());
  const base = <usize>load<u32>(t + TYPE_BASE);
  store<u32>(t + TYPE_BASES, <u32>(base == 0 ? newTuple(0) : tuple1(ptrValue(base))));
  store<u32>(t + TYPE_MRO, <u32>linearMro(t, base));
}

/** The MRO of a type with a single base: itself followed by the base's MRO. */
function linearMro(t: usize, base: usize): usize {
  if (base == 0) return tuple1(ptrValue(t));
  const baseMro = <usize>load<u32>(base + TYPE_MRO);
  const n = tupleLength(baseMro);
  const mro = newTuple(n + 1);
  tupleSet(mro, 0, ptrValue(t));
  for (let i = 0; i < n; i++) tupleSet(mro, i + 1, tupleGet(baseMro, i));
  return mro;
}

/** Every builtin type, in creation order (for what is done to all of them once they exist). */
const MAX_BUILTIN_TYPES: i32 = 256;
const builtinTypes = memory.data(MAX_BUILTIN_TYPES * 4);
let builtinTypeCount: i32 = 0;

function registerBuiltinType(t: usize): void {
  if (builtinTypeCount == MAX_BUILTIN_TYPES) unreachable();
  store<u32>(builtinTypes + (<usize>builtinTypeCount << 2), <u32>t);
  builtinTypeCount++;
}

export function builtinTypeAt(i: i32): usize {
  return i < builtinTypeCount ? <usize>load<u32>(builtinTypes + (<usize>i << 2)) : 0;
}

/** Creates a complete builtin type with a single base (object when base is 0). */
export function newBuiltinType(name: string, base: usize, instanceKind: u8, flags: u32): usize {
  const t = allocType(base == 0 ? objectType : base, instanceKind, flags | TPFLAG_IMMUTABLE);
  completeType(t, name);
  registerBuiltinType(t);
  return t;
}

export let strTypeObj: usize = 0;
export let tupleTypeObj: usize = 0;
export let dictTypeObj: usize = 0;

/** Brings type, object, str, tuple and dict to life. */
export function bootstrapCoreTypes(): void {
  initTypes();
  strTypeObj = allocType(objectType, KIND_STR, TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_STR_SUBCLASS);
  setStrType(strTypeObj);
  tupleTypeObj = allocType(objectType, KIND_TUPLE, TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_TUPLE_SUBCLASS);
  setTupleType(tupleTypeObj);
  initEmptyTuple();
  dictTypeObj = allocType(objectType, KIND_DICT, TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_DICT_SUBCLASS);
  setDictType(dictTypeObj);
  initInternTable();
  builtinsModuleName = intern(strFromJs('builtins'));
  completeType(objectType, 'object');
  completeType(typeType, 'type');
  completeType(strTypeObj, 'str');
  completeType(tupleTypeObj, 'tuple');
  completeType(dictTypeObj, 'dict');
  registerBuiltinType(objectType);
  registerBuiltinType(typeType);
  registerBuiltinType(strTypeObj);
  registerBuiltinType(tupleTypeObj);
  registerBuiltinType(dictTypeObj);
}

/**
 * Places a builtin type in module `module` as CPython's extension types are: its tp_name
 * becomes "module.name" (what messages show) while __name__ stays "name".
 */
export function setExtensionModule(t: usize, module: usize): void {
  const sb = newBuilder();
  appendStr(sb, module);
  appendJs(sb, '.');
  appendStr(sb, <usize>load<u32>(t + TYPE_QUALNAME));
  store<u32>(t + TYPE_NAME, <u32>intern(finishBuilder(sb)));
  store<u32>(t + TYPE_MODULE, <u32>intern(module));
  store<u32>(t + TYPE_FLAGS, load<u32>(t + TYPE_FLAGS) | TPFLAG_DOTTED_NAME);
}

/** The name of a type, as a str object. */
export function typeName(t: usize): usize {
  return <usize>load<u32>(t + TYPE_NAME);
}

export { ptrOf };
