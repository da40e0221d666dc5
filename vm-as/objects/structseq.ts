// Struct sequences (CPython's structseq): tuples whose items also have names, as
// sys.version_info, sys.flags or sys.float_info. The field names are the type's
// __match_args__; repr shows them: sys.version_info(major=3, minor=11, …).

import { Value, NULL, ptrOf, ptrValue } from '../value';
import { KIND_TUPLE } from '../object';
import { setSlot, getSlot, SLOT_REPR, SLOT_GETATTR, SLOT_NEW, TYPE_DICT, TYPE_MODULE, TYPE_NAME,
  TPFLAG_TUPLE_SUBCLASS } from '../types';
import { newBuiltinType, tupleTypeObj, setExtensionModule } from '../typesetup';
import { newTuple, newTupleOfType, tupleSet, tupleGet, tupleLength } from './tuple';
import { dictGetStr, dictSetStr } from './dict';
import { internJs, intern } from '../intern';
import { addPermanentRoot } from '../gc';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { raiseStr } from '../errors';
import { TypeError } from './exception';
import { strEquals, strFromJs, strLength, charAt } from './str';
import { substring } from './str-ops';
import { addSlotWrappers } from './slot-wrappers';
import * as A from '../abstract';

let nMatchArgs: usize = 0;

function fieldsOf(type: usize): usize {
  return ptrOf(dictGetStr(<usize>load<u32>(type + TYPE_DICT), nMatchArgs));
}

/** A field by name, else the tuple's own attributes. */
function structGetAttrSlot(v: Value, name: Value): Value {
  const fields = fieldsOf(A.typeOf(v));
  for (let i = 0; i < tupleLength(fields); i++) {
    if (strEquals(ptrOf(tupleGet(fields, i)), ptrOf(name))) return tupleGet(ptrOf(v), i);
  }
  return changetype<(v: Value, n: Value) => Value>(getSlot(tupleTypeObj, SLOT_GETATTR))(v, name);
}

/** module.name(field=value, …) */
function structReprSlot(v: Value): Value {
  const type = A.typeOf(v);
  const fields = fieldsOf(type);
  const sb = newBuilder();
  appendStr(sb, <usize>load<u32>(type + TYPE_NAME));
  appendJs(sb, '(');
  for (let i = 0; i < tupleLength(fields); i++) {
    if (i > 0) appendJs(sb, ', ');
    appendStr(sb, ptrOf(tupleGet(fields, i)));
    appendJs(sb, '=');
    const r = A.reprOf(tupleGet(ptrOf(v), i));
    if (r == 0) return NULL;
    appendStr(sb, r);
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

function structNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "cannot create '");
  appendStr(sb, <usize>load<u32>(ptrOf(type) + TYPE_NAME));
  appendJs(sb, "' instances");
  return raiseStr(TypeError, finishBuilder(sb));
}

/** The tuple of interned names in a comma-separated list. */
function splitNames(all: usize): usize {
  const n = strLength(all);
  let count = 1;
  for (let i = 0; i < n; i++) if (charAt(all, i) == 0x2C) count++;
  const names = newTuple(count);
  let start = 0;
  let k = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && charAt(all, i) != 0x2C) continue;
    tupleSet(names, k++, ptrValue(intern(substring(all, start, i))));
    start = i + 1;
  }
  return names;
}

/** A struct sequence type `module.name` with the given field names (comma-separated). */
export function newStructSeqType(module: string, name: string, fieldNames: string): usize {
  if (nMatchArgs == 0) nMatchArgs = internJs('__match_args__');
  const t = newBuiltinType(name, tupleTypeObj, KIND_TUPLE, TPFLAG_TUPLE_SUBCLASS);
  addPermanentRoot(ptrValue(t));
  setExtensionModule(t, internJs(module));
  const fields = splitNames(strFromJs(fieldNames));
  dictSetStr(<usize>load<u32>(t + TYPE_DICT), nMatchArgs, ptrValue(fields));
  setSlot(t, SLOT_GETATTR, changetype<usize>(structGetAttrSlot));
  setSlot(t, SLOT_REPR, changetype<usize>(structReprSlot));
  setSlot(t, SLOT_NEW, changetype<usize>(structNewSlot));
  addSlotWrappers(t);
  return t;
}

/** An instance of a struct sequence type with its values (as many as the type has fields). */
export function newStructSeq(type: usize, values: usize): Value {
  const n = tupleLength(fieldsOf(type));
  const t = newTupleOfType(type, n);
  for (let i = 0; i < n; i++) tupleSet(t, i, load<u64>(values + (<usize>i << 3)));
  return ptrValue(t);
}
