// The _wasmpy module: what wasmpy's own pure-Python standard library (lib/) needs from the VM
// that Python cannot express. Not part of CPython; programs should not rely on it.

import { Value, NULL, ptrOf, isPtr, boolValue } from '../value';
import { raiseJs } from '../errors';
import { TypeError } from '../objects/exception';
import { KIND_TYPE, kindOfPtr } from '../object';
import { TYPE_FLAGS, TYPE_MODULE, TPFLAG_IMMUTABLE } from '../types';
import { setExtensionModule } from '../typesetup';
import { newNativeModule, addFunction, keepModule } from './support';

/**
 * extension_type(cls): makes a class stand for one of CPython's C types (collections.deque,
 * functools.partial): messages name it "module.name" and its attributes become read-only.
 * Returns cls, so that it works as a class decorator.
 */
function extensionType(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const cls = nargs == 1 && kwnames == NULL ? load<u64>(args) : NULL;
  if (cls == NULL || !isPtr(cls) || kindOfPtr(ptrOf(cls)) != KIND_TYPE) {
    return raiseJs(TypeError, 'extension_type() takes one class');
  }
  const t = ptrOf(cls);
  setExtensionModule(t, <usize>load<u32>(t + TYPE_MODULE));
  store<u32>(t + TYPE_FLAGS, load<u32>(t + TYPE_FLAGS) | TPFLAG_IMMUTABLE);
  return cls;
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

let made: usize = 0;

export function createWasmpyModule(): usize {
  if (made != 0) return made;
  const m = newNativeModule('_wasmpy');
  addFunction(m, 'extension_type', extensionType);
  addFunction(m, 'virtual_time', virtualTime);
  made = keepModule(m);
  return m;
}
