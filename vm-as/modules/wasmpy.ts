// The _wasmpy module: what wasmpy's own pure-Python standard library (lib/) needs from the VM
// that Python cannot express. Not part of CPython; programs should not rely on it.

import { Value, NULL, NONE, ptrOf, ptrValue, isPtr, isSmallInt, intOf, smallInt, boolValue } from '../value';
import { raiseJs } from '../errors';
import { TypeError } from '../objects/exception';
import { KIND_TYPE, KIND_STR, kindOf, kindOfPtr } from '../object';
import { tuple2 } from '../objects/tuple';
import { encodeForHost, encodedLength } from '../hostdata';
import { hostCaretAnchors } from '../host';
import { TYPE_FLAGS, TYPE_MODULE, TYPE_SUBCLASSES, TPFLAG_IMMUTABLE, TPFLAG_SEQUENCE, TPFLAG_MAPPING } from '../types';
import { listLength, listGet } from '../objects/list';
import { setExtensionModule } from '../typesetup';
import { newNativeModule, addFunction, keepModule } from './support';
import { hostWait, hostEventTokens, hostMayCallIn } from '../host-wait';

/** The class argument of a function taking `wanted` arguments, or 0. */
function typeArg(args: usize, nargs: i32, wanted: i32): usize {
  const cls = nargs == wanted ? load<u64>(args) : NULL;
  return cls != NULL && isPtr(cls) && kindOfPtr(ptrOf(cls)) == KIND_TYPE ? ptrOf(cls) : 0;
}

/**
 * extension_type(cls): makes a class stand for one of CPython's C types (collections.deque,
 * functools.partial): messages name it "module.name" and its attributes become read-only.
 * Returns cls, so that it works as a class decorator.
 */
function extensionType(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = typeArg(args, nargs, 1);
  if (t == 0 || kwnames != NULL) return raiseJs(TypeError, 'extension_type() takes one class');
  setExtensionModule(t, <usize>load<u32>(t + TYPE_MODULE));
  store<u32>(t + TYPE_FLAGS, load<u32>(t + TYPE_FLAGS) | TPFLAG_IMMUTABLE);
  return load<u64>(args);
}

// CPython's values of Py_TPFLAGS_SEQUENCE / MAPPING, as collections.abc writes them in __abc_tpflags__.
const ABC_SEQUENCE: i64 = 1 << 5;
const ABC_MAPPING: i64 = 1 << 6;

/** collection_flags(cls): what `case [...]`/`case {...}` accept of cls, as CPython's flag bits. */
function collectionFlags(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = typeArg(args, nargs, 1);
  if (t == 0 || kwnames != NULL) return raiseJs(TypeError, 'collection_flags() takes one class');
  const flags = load<u32>(t + TYPE_FLAGS);
  return smallInt((flags & TPFLAG_SEQUENCE) != 0 ? ABC_SEQUENCE : (flags & TPFLAG_MAPPING) != 0 ? ABC_MAPPING : 0);
}

/** set_collection_flags(cls, bits): makes cls a sequence or a mapping for pattern matching (__abc_tpflags__). */
function setCollectionFlags(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = typeArg(args, nargs, 2);
  const bits = nargs == 2 ? load<u64>(args, 8) : NULL;
  if (t == 0 || kwnames != NULL || !isSmallInt(bits)) return raiseJs(TypeError, 'set_collection_flags() takes a class and an int');
  setFlags(t, collectionBits(intOf(bits)));
  return NONE;
}

function collectionBits(abcBits: i64): u32 {
  return (abcBits & ABC_SEQUENCE) != 0 ? TPFLAG_SEQUENCE : (abcBits & ABC_MAPPING) != 0 ? TPFLAG_MAPPING : 0;
}

function setFlags(t: usize, bits: u32): void {
  store<u32>(t + TYPE_FLAGS, (load<u32>(t + TYPE_FLAGS) & ~(TPFLAG_SEQUENCE | TPFLAG_MAPPING)) | bits);
}

/** What ABCMeta.register does as CPython's: a class (not a builtin) and its subclasses become sequences or mappings. */
function spreadFlags(t: usize, bits: u32): void {
  const flags = load<u32>(t + TYPE_FLAGS);
  if ((flags & TPFLAG_IMMUTABLE) != 0 || (flags & (TPFLAG_SEQUENCE | TPFLAG_MAPPING)) == bits) return;
  setFlags(t, bits);
  const subclasses = <usize>load<u32>(t + TYPE_SUBCLASSES);
  if (subclasses == 0) return;
  for (let i = 0; i < listLength(subclasses); i++) spreadFlags(ptrOf(listGet(subclasses, i)), bits);
}

/** register_collection(subclass, bits): ABCMeta.register's part for pattern matching. */
function registerCollection(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = typeArg(args, nargs, 2);
  const bits = nargs == 2 ? load<u64>(args, 8) : NULL;
  if (t == 0 || kwnames != NULL || !isSmallInt(bits)) return raiseJs(TypeError, 'register_collection() takes a class and an int');
  const add = collectionBits(intOf(bits));
  if (add != 0) spreadFlags(t, add);
  return NONE;
}

/** Whether the host runs asyncio's loop on a virtual clock (`wasmpy --virtual-time`). */
let virtualTimeOn = false;

export function setVirtualTime(on: bool): void {
  virtualTimeOn = on;
}

/** virtual_time(): whether asyncio's loop should jump its clock to the next timer instead of waiting. */
function virtualTime(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 0 || kwnames != NULL) return raiseJs(TypeError, 'virtual_time() takes no arguments');
  return boolValue(virtualTimeOn);
}

/**
 * caret_anchors(segment): where the carets under a failing expression (segment, its source
 * text) change from `~` to `^` and back, as (left, right) in characters, or None (lib/traceback.py).
 */
function caretAnchors(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const segment = nargs == 1 ? load<u64>(args) : NULL;
  if (kwnames != NULL || segment == NULL || kindOf(segment) != KIND_STR) return raiseJs(TypeError, 'caret_anchors() takes a str');
  const at = encodeForHost(ptrOf(segment));
  const r = hostCaretAnchors(at, encodedLength);
  return r < 0 ? NONE : ptrValue(tuple2(smallInt(r >> 16), smallInt(r & 0xFFFF)));
}

let made: usize = 0;

export function createWasmpyModule(): usize {
  if (made != 0) return made;
  const m = newNativeModule('_wasmpy');
  addFunction(m, 'extension_type', extensionType);
  addFunction(m, 'collection_flags', collectionFlags);
  addFunction(m, 'set_collection_flags', setCollectionFlags);
  addFunction(m, 'register_collection', registerCollection);
  addFunction(m, 'virtual_time', virtualTime);
  addFunction(m, 'caret_anchors', caretAnchors);
  addFunction(m, 'host_wait', hostWait);
  addFunction(m, 'host_events', hostEventTokens);
  addFunction(m, 'host_may_call', hostMayCallIn);
  made = keepModule(m);
  return m;
}
