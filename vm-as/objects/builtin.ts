// Native functions: builtin functions (`len`), builtin methods bound to an object
// (`"a b".split`), and the method descriptors that live in builtin types' dicts.
//
// Every native has one signature, CPython's vectorcall:
//   (self: Value, args: usize, nargs: i32, kwnames: Value) => Value
// `args` points at nargs positional values followed by one value per keyword name; kwnames is
// NULL or a tuple of str. `self` is the bound object (NULL for plain functions). A NULL result
// means an exception was raised.
//
// Builtin function / bound method (kind KIND_BUILTIN):
//   +8  u32 fn        the native
//   +12 u32 name      str
//   +16 u64 self      bound object, or NULL
//   +24 u32 owner     for methods: the type that defines it (for repr); 0 for functions
//   +28 u32 module    for functions: the module name str (0 when none)
// Method descriptor (kind KIND_DESCRIPTOR, subkind DESCR_METHOD):
//   +8  u32 subkind   DESCR_*
//   +12 u32 fn
//   +16 u32 name      str
//   +20 u32 owner     the type whose dict holds it
//   +24 u32 flags     METH_*

import { alloc } from '../heap';
import { KIND_BUILTIN, KIND_DESCRIPTOR } from '../object';
import { Value, NULL, ptrValue } from '../value';
import { internJs } from '../intern';
import { dictSetStr } from './dict';
import { TYPE_DICT } from '../types';

export type NativeFn = (self: Value, args: usize, nargs: i32, kwnames: Value) => Value;

export const BUILTIN_FN: usize = 8;
export const BUILTIN_NAME: usize = 12;
export const BUILTIN_SELF: usize = 16;
export const BUILTIN_OWNER: usize = 24;
export const BUILTIN_MODULE: usize = 28;
export const BUILTIN_SIZE: usize = 32;

export const DESCR_SUBKIND: usize = 8;
export const DESCR_FN: usize = 12;
export const DESCR_NAME: usize = 16;
export const DESCR_OWNER: usize = 20;
export const DESCR_FLAGS: usize = 24;
export const DESCR_SIZE: usize = 32;

/** Descriptor subkinds. */
export const DESCR_METHOD: u32 = 1; // a native method of a builtin type
export const DESCR_CLASSMETHOD_NATIVE: u32 = 2; // a native classmethod (dict.fromkeys)
export const DESCR_STATICMETHOD_NATIVE: u32 = 3; // a native staticmethod (str.maketrans)
/** A native attribute (`type.__name__`, `function.__code__`): fn is the getter, +24 the setter (0: read-only). */
export const DESCR_GETSET: u32 = 4;

export type Getter = (obj: Value) => Value;
/** value NULL deletes; returns -1 on error. */
export type Setter = (obj: Value, value: Value) => i32;

export let builtinFunctionType: usize = 0;
export let methodDescriptorType: usize = 0;
export let getsetDescriptorType: usize = 0;
export function setBuiltinTypes(fnType: usize, descrType: usize, getsetType: usize): void {
  builtinFunctionType = fnType;
  methodDescriptorType = descrType;
  getsetDescriptorType = getsetType;
}

/** A builtin function or bound method object. */
export function newBuiltin(fn: NativeFn, name: usize, self: Value, owner: usize, module: usize): usize {
  const b = alloc(BUILTIN_SIZE, builtinFunctionType, KIND_BUILTIN);
  store<u32>(b + BUILTIN_FN, <u32>changetype<usize>(fn));
  store<u32>(b + BUILTIN_NAME, <u32>name);
  store<u64>(b + BUILTIN_SELF, self);
  store<u32>(b + BUILTIN_OWNER, <u32>owner);
  store<u32>(b + BUILTIN_MODULE, <u32>module);
  return b;
}

// @ts-ignore: decorator
@inline export function callNative(fnRef: usize, self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return changetype<NativeFn>(fnRef)(self, args, nargs, kwnames);
}

/** Adds a native method to a builtin type's dict. */
export function defineMethod(type: usize, name: string, fn: NativeFn): void {
  defineDescriptor(type, name, fn, DESCR_METHOD);
}

/** Adds a native classmethod (called with the class as self). */
export function defineClassMethod(type: usize, name: string, fn: NativeFn): void {
  defineDescriptor(type, name, fn, DESCR_CLASSMETHOD_NATIVE);
}

/** Adds a native staticmethod (called with self NULL). */
export function defineStaticMethod(type: usize, name: string, fn: NativeFn): void {
  defineDescriptor(type, name, fn, DESCR_STATICMETHOD_NATIVE);
}

function defineDescriptor(type: usize, name: string, fn: NativeFn, subkind: u32): void {
  const n = internJs(name);
  const d = alloc(DESCR_SIZE, methodDescriptorType, KIND_DESCRIPTOR);
  store<u32>(d + DESCR_SUBKIND, subkind);
  store<u32>(d + DESCR_FN, <u32>changetype<usize>(fn));
  store<u32>(d + DESCR_NAME, <u32>n);
  store<u32>(d + DESCR_OWNER, <u32>type);
  dictSetStr(<usize>load<u32>(type + TYPE_DICT), n, ptrValue(d));
}

/** Adds a native attribute (a data descriptor) to a builtin type's dict. */
export function defineGetSet(type: usize, name: string, getter: Getter, setter: Setter | null): void {
  const n = internJs(name);
  const d = alloc(DESCR_SIZE, getsetDescriptorType, KIND_DESCRIPTOR);
  store<u32>(d + DESCR_SUBKIND, DESCR_GETSET);
  store<u32>(d + DESCR_FN, <u32>changetype<usize>(getter));
  store<u32>(d + DESCR_NAME, <u32>n);
  store<u32>(d + DESCR_OWNER, <u32>type);
  store<u32>(d + DESCR_FLAGS, setter == null ? 0 : <u32>changetype<usize>(setter));
  dictSetStr(<usize>load<u32>(type + TYPE_DICT), n, ptrValue(d));
}

/** Adds a builtin function to a module's (or the builtins') namespace dict. */
export function defineFunction(namespace: usize, moduleName: usize, name: string, fn: NativeFn): usize {
  const n = internJs(name);
  const b = newBuiltin(fn, n, NULL, 0, moduleName);
  dictSetStr(namespace, n, ptrValue(b));
  return b;
}
