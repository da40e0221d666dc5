// The callable types' slots: Python functions, bound methods, builtin functions and methods,
// and the method and attribute descriptors of builtin types.

import { setFunctionCode } from './code-attrs';
import { functionAnnotations, setFunctionAnnotations } from './function-annotations';
import { Value, NULL, NONE, isPtr, ptrOf, ptrValue } from '../value';
import { alloc } from '../heap';
import { KIND_METHOD, KIND_FUNCTION, KIND_STR, KIND_TUPLE, kindOfPtr, typeOfPtr } from '../object';
import { setSlot, SLOT_CALL, SLOT_DESCR_GET, SLOT_DESCR_SET, SLOT_REPR, SLOT_HASH, TYPE_NAME,
  isSubtype, typeType, SLOT_GETATTR } from '../types';
import * as A from '../abstract';
import { FUNC_CODE, FUNC_QUALNAME, FUNC_NAME, FUNC_MODULE, FUNC_DOC, FUNC_GLOBALS, FUNC_DEFAULTS, FUNC_KWDEFAULTS,
  FUNC_CLOSURE } from './function';
import { BUILTIN_FN, BUILTIN_NAME, BUILTIN_SELF, BUILTIN_OWNER, DESCR_SUBKIND, DESCR_FN, DESCR_NAME,
  DESCR_OWNER, DESCR_FLAGS, DESCR_METHOD, DESCR_CLASSMETHOD_NATIVE, DESCR_STATICMETHOD_NATIVE,
  DESCR_GETSET, newBuiltin, callNative, Getter, Setter, defineGetSet } from './builtin';
import { newFrameForCall } from '../interp/call';
import { FRAME_FLAGS, FRAME_ENTRY, FRAME_LOCALS, currentFrame } from '../interp/frame';
import { evalFrame } from '../interp/eval';
import { raiseStr, raiseJs } from '../errors';
import { TypeError, AttributeError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { appendAddress, appendTypeFullName, objectHashSlot, ensureInstanceDict } from './baseobject';
import { tupleLength } from './tuple';

// ---- Python functions ----

/** Calls a Python function from native code: runs its frame in a nested eval loop. */
export function callPython(func: usize, args: usize, nargs: i32, kwnames: Value): Value {
  const f = newFrameForCall(func, args, nargs, kwnames, currentFrame);
  if (f == 0) return NULL;
  store<u32>(f + FRAME_FLAGS, load<u32>(f + FRAME_FLAGS) | FRAME_ENTRY);
  return evalFrame(f);
}

/** Runs a class body (or exec'd code) as a function whose f_locals is the given mapping. */
export function callPythonWithLocals(func: usize, locals: usize): Value {
  const f = newFrameForCall(func, 0, 0, NULL, currentFrame);
  if (f == 0) return NULL;
  store<u32>(f + FRAME_FLAGS, load<u32>(f + FRAME_FLAGS) | FRAME_ENTRY);
  store<u32>(f + FRAME_LOCALS, <u32>locals);
  return evalFrame(f);
}

export function functionCallSlot(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return callPython(ptrOf(callable), args, nargs, kwnames);
}

/** A function found on a class binds to the instance (or stays as is when looked up on the class). */
export function functionGetSlot(func: Value, instance: Value, owner: Value): Value {
  if (instance == NULL || instance == NONE) return func;
  return ptrValue(newMethod(func, instance));
}

export function functionReprSlot(v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, '<function ');
  appendStr(sb, <usize>load<u32>(ptrOf(v) + FUNC_QUALNAME));
  appendJs(sb, ' at ');
  appendAddress(sb, v);
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

// ---- bound methods ----
// Layout (kind KIND_METHOD): +8 u64 function, +16 u64 self

export const METHOD_FUNC: usize = 8;
export const METHOD_SELF: usize = 16;

export let methodType: usize = 0;

export function newMethod(func: Value, self: Value): usize {
  const m = alloc(24, methodType, KIND_METHOD);
  store<u64>(m + METHOD_FUNC, func);
  store<u64>(m + METHOD_SELF, self);
  return m;
}

/** Calls with self prepended, staging the arguments on the scratch stack. */
export function methodCallSlot(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const m = ptrOf(callable);
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  const total = nargs + nkw;
  const at = A.scratchReserve(<usize>(total + 1) << 3);
  if (at == 0) return raiseJs(TypeError, 'too many arguments');
  store<u64>(at, load<u64>(m + METHOD_SELF));
  memory.copy(at + 8, args, <usize>total << 3);
  const r = A.callValue(load<u64>(m + METHOD_FUNC), at, nargs + 1, kwnames);
  A.scratchRelease(at);
  return r;
}

export function methodReprSlot(v: Value): Value {
  const m = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, '<bound method ');
  const func = load<u64>(m + METHOD_FUNC);
  if (isPtr(func) && kindOfPtr(ptrOf(func)) == KIND_FUNCTION) appendStr(sb, <usize>load<u32>(ptrOf(func) + FUNC_QUALNAME));
  appendJs(sb, ' of ');
  const r = A.reprOf(load<u64>(m + METHOD_SELF));
  if (r == 0) return NULL;
  appendStr(sb, r);
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

// ---- builtin functions and methods ----

export function builtinCallSlot(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const b = ptrOf(callable);
  return callNative(<usize>load<u32>(b + BUILTIN_FN), load<u64>(b + BUILTIN_SELF), args, nargs, kwnames);
}

export function builtinReprSlot(v: Value): Value {
  const b = ptrOf(v);
  const self = load<u64>(b + BUILTIN_SELF);
  const sb = newBuilder();
  if (self == NULL) {
    appendJs(sb, '<built-in function ');
    appendStr(sb, <usize>load<u32>(b + BUILTIN_NAME));
    appendJs(sb, '>');
  } else {
    appendJs(sb, '<built-in method ');
    appendStr(sb, <usize>load<u32>(b + BUILTIN_NAME));
    appendJs(sb, ' of ');
    appendStr(sb, A.typeNameOf(self));
    appendJs(sb, ' object at ');
    appendAddress(sb, self);
    appendJs(sb, '>');
  }
  return ptrValue(finishBuilder(sb));
}

// ---- descriptors of builtin types ----

function raiseDescriptorMismatch(d: usize, obj: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "descriptor '");
  appendStr(sb, <usize>load<u32>(d + DESCR_NAME));
  appendJs(sb, "' for '");
  appendStr(sb, <usize>load<u32>(<usize>load<u32>(d + DESCR_OWNER) + TYPE_NAME));
  appendJs(sb, "' objects doesn't apply to a '");
  appendStr(sb, A.typeNameOf(obj));
  appendJs(sb, "' object");
  return raiseStr(TypeError, finishBuilder(sb));
}

export function descriptorGetSlot(descr: Value, instance: Value, owner: Value): Value {
  const d = ptrOf(descr);
  const kind = load<u32>(d + DESCR_SUBKIND);
  const fn = <usize>load<u32>(d + DESCR_FN);
  const name = <usize>load<u32>(d + DESCR_NAME);
  if (kind == DESCR_CLASSMETHOD_NATIVE) {
    const cls = owner != NULL && owner != NONE ? owner : ptrValue(A.typeOf(instance));
    return ptrValue(newBuiltin(changetype<(s: Value, a: usize, n: i32, k: Value) => Value>(fn), name, cls, 0, 0));
  }
  if (kind == DESCR_STATICMETHOD_NATIVE) {
    return ptrValue(newBuiltin(changetype<(s: Value, a: usize, n: i32, k: Value) => Value>(fn), name, NULL, 0, 0));
  }
  if (instance == NULL) return descr;
  if (!A.isInstance(instance, <usize>load<u32>(d + DESCR_OWNER))) return raiseDescriptorMismatch(d, instance);
  if (kind == DESCR_GETSET) return changetype<Getter>(fn)(instance);
  return ptrValue(newBuiltin(changetype<(s: Value, a: usize, n: i32, k: Value) => Value>(fn), name, instance,
    <usize>load<u32>(d + DESCR_OWNER), 0));
}

export function descriptorSetSlot(descr: Value, instance: Value, value: Value): i32 {
  const d = ptrOf(descr);
  const setter = <usize>load<u32>(d + DESCR_FLAGS);
  if (load<u32>(d + DESCR_SUBKIND) != DESCR_GETSET || setter == 0) {
    const sb = newBuilder();
    appendJs(sb, "attribute '");
    appendStr(sb, <usize>load<u32>(d + DESCR_NAME));
    appendJs(sb, "' of '");
    appendStr(sb, <usize>load<u32>(<usize>load<u32>(d + DESCR_OWNER) + TYPE_NAME));
    appendJs(sb, "' objects is not writable");
    raiseStr(AttributeError, finishBuilder(sb));
    return -1;
  }
  return changetype<Setter>(setter)(instance, value);
}

/** Calling a method descriptor unbound: str.upper('a'). */
export function descriptorCallSlot(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const d = ptrOf(callable);
  const kind = load<u32>(d + DESCR_SUBKIND);
  const fn = <usize>load<u32>(d + DESCR_FN);
  if (kind == DESCR_STATICMETHOD_NATIVE) return callNative(fn, NULL, args, nargs, kwnames);
  if (kind == DESCR_CLASSMETHOD_NATIVE) return callNative(fn, ptrValue(<usize>load<u32>(d + DESCR_OWNER)), args, nargs, kwnames);
  if (nargs < 1) {
    const sb = newBuilder();
    appendJs(sb, "unbound method ");
    appendStr(sb, <usize>load<u32>(<usize>load<u32>(d + DESCR_OWNER) + TYPE_NAME));
    appendJs(sb, '.');
    appendStr(sb, <usize>load<u32>(d + DESCR_NAME));
    appendJs(sb, '() needs an argument');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const self = load<u64>(args);
  if (!A.isInstance(self, <usize>load<u32>(d + DESCR_OWNER))) return raiseDescriptorMismatch(d, self);
  return callNative(fn, self, args + 8, nargs - 1, kwnames);
}

export function descriptorReprSlot(v: Value): Value {
  const d = ptrOf(v);
  const sb = newBuilder();
  const kind = load<u32>(d + DESCR_SUBKIND);
  appendJs(sb, kind == DESCR_GETSET ? "<attribute '" : "<method '");
  appendStr(sb, <usize>load<u32>(d + DESCR_NAME));
  appendJs(sb, "' of '");
  appendStr(sb, <usize>load<u32>(<usize>load<u32>(d + DESCR_OWNER) + TYPE_NAME));
  appendJs(sb, "' objects>");
  return ptrValue(finishBuilder(sb));
}

function functionName(v: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(v) + FUNC_NAME));
}

function setFunctionName(v: Value, value: Value): i32 {
  if (value == NULL || !isPtr(value) || kindOfPtr(ptrOf(value)) != KIND_STR) {
    raiseJs(TypeError, '__name__ must be set to a string object');
    return -1;
  }
  store<u32>(ptrOf(v) + FUNC_NAME, <u32>ptrOf(value));
  return 0;
}

function functionQualname(v: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(v) + FUNC_QUALNAME));
}

function setFunctionQualname(v: Value, value: Value): i32 {
  if (value == NULL || !isPtr(value) || kindOfPtr(ptrOf(value)) != KIND_STR) {
    raiseJs(TypeError, '__qualname__ must be set to a string object');
    return -1;
  }
  store<u32>(ptrOf(v) + FUNC_QUALNAME, <u32>ptrOf(value));
  return 0;
}

function functionModule(v: Value): Value {
  return load<u64>(ptrOf(v) + FUNC_MODULE);
}

function setFunctionModule(v: Value, value: Value): i32 {
  store<u64>(ptrOf(v) + FUNC_MODULE, value == NULL ? NONE : value);
  return 0;
}

function functionDoc(v: Value): Value {
  return load<u64>(ptrOf(v) + FUNC_DOC);
}

function setFunctionDoc(v: Value, value: Value): i32 {
  store<u64>(ptrOf(v) + FUNC_DOC, value == NULL ? NONE : value);
  return 0;
}

function functionCode(v: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(v) + FUNC_CODE));
}

function functionGlobals(v: Value): Value {
  return ptrValue(<usize>load<u32>(ptrOf(v) + FUNC_GLOBALS));
}

function functionDefaults(v: Value): Value {
  const d = <usize>load<u32>(ptrOf(v) + FUNC_DEFAULTS);
  return d == 0 ? NONE : ptrValue(d);
}

function setFunctionDefaults(v: Value, value: Value): i32 {
  if (value == NULL || value == NONE) {
    store<u32>(ptrOf(v) + FUNC_DEFAULTS, 0);
    return 0;
  }
  if (!isPtr(value) || kindOfPtr(ptrOf(value)) != KIND_TUPLE) {
    raiseJs(TypeError, '__defaults__ must be set to a tuple object');
    return -1;
  }
  store<u32>(ptrOf(v) + FUNC_DEFAULTS, <u32>ptrOf(value));
  return 0;
}

function functionKwdefaults(v: Value): Value {
  const d = <usize>load<u32>(ptrOf(v) + FUNC_KWDEFAULTS);
  return d == 0 ? NONE : ptrValue(d);
}

function functionClosure(v: Value): Value {
  const c = <usize>load<u32>(ptrOf(v) + FUNC_CLOSURE);
  return c == 0 ? NONE : ptrValue(c);
}

function functionDict(v: Value): Value {
  return ptrValue(ensureInstanceDict(v));
}

function methodFunc(v: Value): Value {
  return load<u64>(ptrOf(v) + METHOD_FUNC);
}

function methodSelf(v: Value): Value {
  return load<u64>(ptrOf(v) + METHOD_SELF);
}

/** CPython's method_getattro: the method type's attributes, else the function's. */
function methodGetAttrSlot(obj: Value, name: Value): Value {
  const descr = A.lookupInMro(methodType, ptrOf(name));
  if (descr != NULL) return A.bindDescriptor(descr, obj, methodType);
  return A.getAttr(load<u64>(ptrOf(obj) + METHOD_FUNC), ptrOf(name));
}

/** Installs the callable types' slots. */
export function setupCallableSlots(functionType: usize, methodT: usize, builtinType: usize,
  methodDescrType: usize, getsetType: usize): void {
  methodType = methodT;
  setSlot(functionType, SLOT_CALL, changetype<usize>(functionCallSlot));
  setSlot(functionType, SLOT_DESCR_GET, changetype<usize>(functionGetSlot));
  setSlot(functionType, SLOT_REPR, changetype<usize>(functionReprSlot));
  defineGetSet(functionType, '__name__', functionName, setFunctionName);
  defineGetSet(functionType, '__qualname__', functionQualname, setFunctionQualname);
  defineGetSet(functionType, '__module__', functionModule, setFunctionModule);
  defineGetSet(functionType, '__doc__', functionDoc, setFunctionDoc);
  defineGetSet(functionType, '__code__', functionCode, setFunctionCode); // setter: objects/code-attrs.ts
  defineGetSet(functionType, '__globals__', functionGlobals, null);
  defineGetSet(functionType, '__defaults__', functionDefaults, setFunctionDefaults);
  defineGetSet(functionType, '__kwdefaults__', functionKwdefaults, null);
  defineGetSet(functionType, '__closure__', functionClosure, null);
  defineGetSet(functionType, '__annotations__', functionAnnotations, setFunctionAnnotations);
  defineGetSet(functionType, '__dict__', functionDict, null);
  setSlot(methodT, SLOT_CALL, changetype<usize>(methodCallSlot));
  setSlot(methodT, SLOT_REPR, changetype<usize>(methodReprSlot));
  // Bound methods show __func__ and __self__, and the function's other attributes (inspect needs them).
  defineGetSet(methodT, '__func__', methodFunc, null);
  defineGetSet(methodT, '__self__', methodSelf, null);
  setSlot(methodT, SLOT_GETATTR, changetype<usize>(methodGetAttrSlot));
  setSlot(builtinType, SLOT_CALL, changetype<usize>(builtinCallSlot));
  setSlot(builtinType, SLOT_REPR, changetype<usize>(builtinReprSlot));
  for (let i = 0; i < 2; i++) {
    const t = i == 0 ? methodDescrType : getsetType;
    setSlot(t, SLOT_DESCR_GET, changetype<usize>(descriptorGetSlot));
    setSlot(t, SLOT_CALL, changetype<usize>(descriptorCallSlot));
    setSlot(t, SLOT_REPR, changetype<usize>(descriptorReprSlot));
  }
  setSlot(getsetType, SLOT_DESCR_SET, changetype<usize>(descriptorSetSlot));
}

export { objectHashSlot, SLOT_HASH, appendTypeFullName, typeOfPtr, isSubtype, typeType, FUNC_CODE, BUILTIN_OWNER, DESCR_METHOD };
