// Python functions: a code object with the globals it runs in, its defaults and its closure.
//
// Layout (kind KIND_FUNCTION):
//   +8  u32 code        +12 u32 globals (dict)   +16 u32 builtins (dict)
//   +20 u32 name (str)  +24 u32 qualname (str)
//   +28 u32 defaults    tuple, or 0
//   +32 u32 kwdefaults  dict, or 0
//   +36 u32 closure     tuple of cells, or 0
//   +40 u32 dict        the function's __dict__, or 0
//   +48 u64 doc         __doc__
//   +56 u64 annotations __annotations__ (NULL until asked for or set)
//   +64 u64 module      __module__

import { alloc } from '../heap';
import { KIND_FUNCTION } from '../object';
import { Value, NONE, NULL } from '../value';
import { CODE_NAME, CODE_QUALNAME } from './code';

export const FUNC_CODE: usize = 8;
export const FUNC_GLOBALS: usize = 12;
export const FUNC_BUILTINS: usize = 16;
export const FUNC_NAME: usize = 20;
export const FUNC_QUALNAME: usize = 24;
export const FUNC_DEFAULTS: usize = 28;
export const FUNC_KWDEFAULTS: usize = 32;
export const FUNC_CLOSURE: usize = 36;
export const FUNC_DICT: usize = 40;
export const FUNC_DOC: usize = 48;
export const FUNC_ANNOTATIONS: usize = 56;
export const FUNC_MODULE: usize = 64;
export const FUNC_SIZE: usize = 72;

export let functionType: usize = 0;
export function setFunctionType(t: usize): void {
  functionType = t;
}

export function newFunction(code: usize, globals: usize, builtins: usize, module: Value, doc: Value): usize {
  const f = alloc(FUNC_SIZE, functionType, KIND_FUNCTION);
  store<u32>(f + FUNC_CODE, <u32>code);
  store<u32>(f + FUNC_GLOBALS, <u32>globals);
  store<u32>(f + FUNC_BUILTINS, <u32>builtins);
  store<u32>(f + FUNC_NAME, load<u32>(code + CODE_NAME));
  store<u32>(f + FUNC_QUALNAME, load<u32>(code + CODE_QUALNAME));
  store<u64>(f + FUNC_DOC, doc);
  store<u64>(f + FUNC_ANNOTATIONS, NULL);
  store<u64>(f + FUNC_MODULE, module);
  return f;
}

export { NONE };
