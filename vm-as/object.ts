// Object kinds (native layouts) and the header accessors every object file uses.
//
// An object's *type* (header +0) is its Python class; its *kind* (header +4) says how its memory
// is laid out, which is what native code and the collector need. Instances of a subclass of
// `list` have kind KIND_LIST and the subclass as type.

import { HEADER_SIZE } from './heap';
import { Value, isPtr, ptrOf } from './value';

export const KIND_TYPE: u8 = 1;
export const KIND_STR: u8 = 2;
export const KIND_BIGINT: u8 = 3;
export const KIND_TUPLE: u8 = 4;
export const KIND_LIST: u8 = 5;
export const KIND_DICT: u8 = 6;
export const KIND_SET: u8 = 7; // set and frozenset
export const KIND_BYTES: u8 = 8;
export const KIND_BYTEARRAY: u8 = 9;
export const KIND_FLOAT: u8 = 10; // a boxed float: only instances of float subclasses
export const KIND_COMPLEX: u8 = 11;
export const KIND_CODE: u8 = 12;
export const KIND_FUNCTION: u8 = 13;
export const KIND_BUILTIN: u8 = 14; // a native function, bound to a self or not
export const KIND_METHOD: u8 = 15; // a Python function bound to an instance
export const KIND_CELL: u8 = 16;
export const KIND_MODULE: u8 = 17;
export const KIND_GENERATOR: u8 = 18; // generators, coroutines and async generators
export const KIND_EXCEPTION: u8 = 19;
export const KIND_INSTANCE: u8 = 20; // instances of user classes with no builtin base but object
export const KIND_RANGE: u8 = 21;
export const KIND_SLICE: u8 = 22;
export const KIND_ITERATOR: u8 = 23; // the builtin iterators; their subkind says which
export const KIND_DESCRIPTOR: u8 = 24; // method descriptors, properties, class/static methods, members
export const KIND_DICT_VIEW: u8 = 25;
export const KIND_FRAME: u8 = 26; // a frame object (f_back, f_locals …) for Python code that asks
export const KIND_TRACEBACK: u8 = 27;
export const KIND_INT_SUBCLASS: u8 = 28; // an int subclass instance: a boxed int value
export const KIND_SUPER: u8 = 29; // super objects
export const KIND_METHOD_WRAPPER: u8 = 30; // a builtin's special method bound to an instance
export const KIND_PROPERTY: u8 = 31; // property, classmethod, staticmethod and member descriptors
/** Objects of native modules' types (itertools.count, random.Random …): every field is a Value, traced whole. */
export const KIND_RECORD: u8 = 32;
/** Internal storage that holds Values (list items, dict entries): traced, never seen by Python. */
export const KIND_VALUES: u8 = 40;
/** Internal storage of raw bytes (dict index tables, bigint limbs): not traced. */
export const KIND_RAW: u8 = 41;
export const KIND_COUNT: u8 = 42;

export const OBJECT_HEADER: usize = HEADER_SIZE;

// @ts-ignore: decorator
@inline export function typeOfPtr(ptr: usize): usize {
  return <usize>load<u32>(ptr);
}

// @ts-ignore: decorator
@inline export function setTypeOfPtr(ptr: usize, type: usize): void {
  store<u32>(ptr, <u32>type);
}

// @ts-ignore: decorator
@inline export function kindOfPtr(ptr: usize): u8 {
  return load<u8>(ptr, 4);
}

/** The kind of a value that is a pointer; 0 for immediates. */
// @ts-ignore: decorator
@inline export function kindOf(v: Value): u8 {
  return isPtr(v) ? load<u8>(ptrOf(v), 4) : 0;
}

// @ts-ignore: decorator
@inline export function hasKind(v: Value, kind: u8): bool {
  return isPtr(v) && load<u8>(ptrOf(v), 4) == kind;
}

// ---- fields: every object file reads and writes its fields through these ----

// @ts-ignore: decorator
@inline export function getU32(ptr: usize, offset: usize): u32 {
  return load<u32>(ptr + offset);
}

// @ts-ignore: decorator
@inline export function setU32(ptr: usize, offset: usize, v: u32): void {
  store<u32>(ptr + offset, v);
}

// @ts-ignore: decorator
@inline export function getValue(ptr: usize, offset: usize): Value {
  return load<u64>(ptr + offset);
}

// @ts-ignore: decorator
@inline export function setValue(ptr: usize, offset: usize, v: Value): void {
  store<u64>(ptr + offset, v);
}
