// Type objects: their layout, their slots (the native functions that implement each protocol,
// as CPython's tp_*/nb_* slots), and the builtin types every other file refers to.
//
// Layout of a type object (kind KIND_TYPE):
//   +8  u32 name            str
//   +12 u32 qualname        str
//   +16 u32 base            the first base (type), 0 for object
//   +20 u32 bases           tuple of types (0 until the tuple type exists at start-up)
//   +24 u32 mro             tuple of types
//   +28 u32 dict            dict: the class namespace
//   +32 u32 flags           TPFLAG_*
//   +36 u32 instanceKind    the KIND_* of instances
//   +40 u32 module          str: __module__ of builtin types ("builtins")
//   +44 u32 version         bumped when the type or a base changes (attribute caches check it)
//   +48 u32 dictOffset      where instances keep their __dict__ pointer (0: they have none)
//   +52 u32 basicSize       bytes of an instance (header included)
//   +56 u32 subclasses      list of the direct subclasses (0 until one exists)
//   +60 u32 slotNames       tuple of the __slots__ names this class added (0 when none)
//   +64 u32 slots[SLOT_COUNT]  native function references (0: not provided)

import { alloc } from './heap';
import { KIND_TYPE, KIND_INSTANCE } from './object';

export const TYPE_NAME: usize = 8;
export const TYPE_QUALNAME: usize = 12;
export const TYPE_BASE: usize = 16;
export const TYPE_BASES: usize = 20;
export const TYPE_MRO: usize = 24;
export const TYPE_DICT: usize = 28;
export const TYPE_FLAGS: usize = 32;
export const TYPE_INSTANCE_KIND: usize = 36;
export const TYPE_MODULE: usize = 40;
export const TYPE_VERSION: usize = 44;
export const TYPE_DICT_OFFSET: usize = 48;
export const TYPE_BASICSIZE: usize = 52;
export const TYPE_SUBCLASSES: usize = 56;
export const TYPE_SLOT_NAMES: usize = 60;
export const TYPE_SLOTS: usize = 64;

// Slots. Their function signatures (Value = u64; NULL result = an exception was raised):
export const SLOT_REPR: i32 = 0; //        (v) => Value(str)
export const SLOT_STR: i32 = 1; //         (v) => Value(str)
export const SLOT_HASH: i32 = 2; //        (v) => i64, -1 on error
export const SLOT_CALL: i32 = 3; //        (callable, args: usize, nargs: i32, kwnames: Value) => Value
export const SLOT_GETATTR: i32 = 4; //     (v, name: Value) => Value
export const SLOT_SETATTR: i32 = 5; //     (v, name: Value, value: Value or NULL to delete) => i32, -1 on error
export const SLOT_RICHCOMPARE: i32 = 6; // (a, b, op: i32) => Value (NOT_IMPLEMENTED allowed)
export const SLOT_ITER: i32 = 7; //        (v) => Value
export const SLOT_NEXT: i32 = 8; //        (v) => Value; NULL without an exception set means exhausted
export const SLOT_BOOL: i32 = 9; //        (v) => i32, -1 on error
export const SLOT_LEN: i32 = 10; //        (v) => i64, -1 on error
export const SLOT_GETITEM: i32 = 11; //    (v, key) => Value
export const SLOT_SETITEM: i32 = 12; //    (v, key, value or NULL to delete) => i32
export const SLOT_CONTAINS: i32 = 13; //   (v, item) => i32, -1 on error
export const SLOT_DESCR_GET: i32 = 14; //  (descr, instance or NULL, owner type) => Value
export const SLOT_DESCR_SET: i32 = 15; //  (descr, instance, value or NULL to delete) => i32
export const SLOT_NEW: i32 = 16; //        (type: Value, args, nargs, kwnames) => Value
export const SLOT_INIT: i32 = 17; //       (self, args, nargs, kwnames) => i32
export const SLOT_NEGATIVE: i32 = 18; //   (v) => Value
export const SLOT_POSITIVE: i32 = 19; //   (v) => Value
export const SLOT_INVERT: i32 = 20; //     (v) => Value
export const SLOT_ABS: i32 = 21; //        (v) => Value
export const SLOT_INDEX: i32 = 22; //      (v) => Value (an int)
export const SLOT_INT: i32 = 23; //        (v) => Value
export const SLOT_FLOAT: i32 = 24; //      (v) => Value
/** Binary operators, indexed by BINARY_OP's argument (NB_*): (a, b) => Value, NOT_IMPLEMENTED allowed. */
export const SLOT_NB: i32 = 25; // 26 slots: 13 operators and 13 in-place forms
export const SLOT_POWER3: i32 = 51; //     (base, exp, mod) => Value: three-argument pow
export const SLOT_COUNT: i32 = 52;

export const TYPE_SIZE: usize = TYPE_SLOTS + (<usize>SLOT_COUNT << 2);

// Type flags.
export const TPFLAG_HEAPTYPE: u32 = 1 << 0; // created by a class statement or type()
export const TPFLAG_BASETYPE: u32 = 1 << 1; // may be subclassed
export const TPFLAG_HAS_DICT: u32 = 1 << 2; // instances carry a __dict__
export const TPFLAG_ABSTRACT: u32 = 1 << 3;
export const TPFLAG_EXCEPTION: u32 = 1 << 4; // a BaseException subclass
export const TPFLAG_INT_SUBCLASS: u32 = 1 << 5;
export const TPFLAG_STR_SUBCLASS: u32 = 1 << 6;
export const TPFLAG_TUPLE_SUBCLASS: u32 = 1 << 7;
export const TPFLAG_LIST_SUBCLASS: u32 = 1 << 8;
export const TPFLAG_DICT_SUBCLASS: u32 = 1 << 9;
export const TPFLAG_TYPE_SUBCLASS: u32 = 1 << 10;
export const TPFLAG_IMMUTABLE: u32 = 1 << 11; // attributes cannot be set (builtin types)
/** The name is CPython's tp_name of an extension type, "module.name": messages show it whole, __name__ the part after the dot. */
export const TPFLAG_DOTTED_NAME: u32 = 1 << 12;
/** What `case [...]` and `case {...}` accept (CPython's Py_TPFLAGS_SEQUENCE / MAPPING); inherited. */
export const TPFLAG_SEQUENCE: u32 = 1 << 13;
export const TPFLAG_MAPPING: u32 = 1 << 14;
/** `case int(x)` binds the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF); inherited. */
export const TPFLAG_MATCH_SELF: u32 = 1 << 15;

// ---- the builtin types, created by initTypes() and the object files' init functions ----

export let typeType: usize = 0;
export let objectType: usize = 0;

/**
 * Allocates a type object. `typeType` must exist first (initTypes makes `type` and `object`);
 * name, bases, mro and dict are filled in by the caller (see builtins/setup) once str, tuple
 * and dict exist.
 */
/**
 * Version tags: every type gets a tag unique across all types, and a new one whenever it or a
 * class it inherits from changes, so an attribute cache keyed by the tag can never be stale.
 */
let nextVersionTag: u32 = 1;

export function assignVersionTag(t: usize): void {
  store<u32>(t + TYPE_VERSION, nextVersionTag++);
}

export function allocType(base: usize, instanceKind: u8, flags: u32): usize {
  const t = alloc(TYPE_SIZE, typeType, KIND_TYPE);
  assignVersionTag(t);
  store<u32>(t + TYPE_BASE, <u32>base);
  store<u32>(t + TYPE_FLAGS, flags);
  store<u32>(t + TYPE_INSTANCE_KIND, instanceKind);
  if (base != 0) {
    inheritSlots(t, base);
    store<u32>(t + TYPE_DICT_OFFSET, load<u32>(base + TYPE_DICT_OFFSET));
    store<u32>(t + TYPE_BASICSIZE, load<u32>(base + TYPE_BASICSIZE));
  }
  return t;
}

/** Bootstraps `type` and `object`, whose headers refer to `type` itself. */
export function initTypes(): void {
  typeType = alloc(TYPE_SIZE, 0, KIND_TYPE);
  assignVersionTag(typeType);
  store<u32>(typeType, <u32>typeType);
  objectType = allocType(0, KIND_INSTANCE, TPFLAG_BASETYPE | TPFLAG_IMMUTABLE);
  store<u32>(typeType + TYPE_BASE, <u32>objectType);
  store<u32>(typeType + TYPE_FLAGS, TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_TYPE_SUBCLASS);
  store<u32>(typeType + TYPE_INSTANCE_KIND, KIND_TYPE);
}

/** Copies the slots a subtype does not define from its base. */
export function inheritSlots(t: usize, base: usize): void {
  for (let i: i32 = 0; i < SLOT_COUNT; i++) {
    const at = TYPE_SLOTS + (<usize>i << 2);
    if (load<u32>(t + at) == 0) store<u32>(t + at, load<u32>(base + at));
  }
}

// @ts-ignore: decorator
@inline export function getSlot(type: usize, slot: i32): usize {
  return <usize>load<u32>(type + TYPE_SLOTS + (<usize>slot << 2));
}

// @ts-ignore: decorator
@inline export function setSlot(type: usize, slot: i32, fn: usize): void {
  store<u32>(type + TYPE_SLOTS + (<usize>slot << 2), <u32>fn);
}

// @ts-ignore: decorator
@inline export function typeFlags(type: usize): u32 {
  return load<u32>(type + TYPE_FLAGS);
}

/** True when `sub` is `type` or derives from it (by its MRO once it has one, else base chain). */
export function isSubtype(sub: usize, type: usize): bool {
  if (sub == type) return true;
  const mro = <usize>load<u32>(sub + TYPE_MRO);
  if (mro != 0) {
    // The MRO is a tuple: +8 length, items from +16 (objects/tuple.ts).
    const n = <usize>load<u32>(mro + 8);
    for (let i: usize = 1; i < n; i++) {
      if (<usize>(<u32>load<u64>(mro + 16 + (i << 3))) == type) return true;
    }
    return false;
  }
  for (let t = <usize>load<u32>(sub + TYPE_BASE); t != 0; t = <usize>load<u32>(t + TYPE_BASE)) {
    if (t == type) return true;
  }
  return false;
}
