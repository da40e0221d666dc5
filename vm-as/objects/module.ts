// Module objects: a namespace dict and a name.
//
// Layout (kind KIND_MODULE):
//   +8  u32 dict   (objects/baseobject.ts relies on this offset for __dict__)
//   +12 u32 name   str

import { alloc } from '../heap';
import { KIND_MODULE } from '../object';
import { Value, NONE, ptrValue, ptrOf } from '../value';
import { newDict, dictSetStr, dictGetStr } from './dict';
import { setSlot, SLOT_REPR } from '../types';
import { N_name, N_doc } from '../names';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';

export const MODULE_DICT: usize = 8;
export const MODULE_NAME: usize = 12;

export let moduleType: usize = 0;

export function newModule(name: usize): usize {
  const m = alloc(16, moduleType, KIND_MODULE);
  const d = newDict();
  store<u32>(m + MODULE_DICT, <u32>d);
  store<u32>(m + MODULE_NAME, <u32>name);
  dictSetStr(d, N_name, ptrValue(name));
  dictSetStr(d, N_doc, NONE);
  return m;
}

// @ts-ignore: decorator
@inline export function moduleDict(m: usize): usize {
  return <usize>load<u32>(m + MODULE_DICT);
}

function moduleReprSlot(v: Value): Value {
  const m = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, "<module '");
  appendStr(sb, <usize>load<u32>(m + MODULE_NAME));
  appendJs(sb, "'>");
  return ptrValue(finishBuilder(sb));
}

export function setupModuleType(t: usize): void {
  moduleType = t;
  setSlot(t, SLOT_REPR, changetype<usize>(moduleReprSlot));
}

export { dictGetStr };
