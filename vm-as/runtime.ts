// Start-up: brings the heap, the collector and the builtin types to life, in dependency order.

import { initHeap, forgetStartupAllocations } from './heap';
import { initGc, GC_REGION_SIZE, addPermanentRoot } from './gc';
import { bootstrapCoreTypes } from './typesetup';
import { internTable } from './intern';
import { initExceptionTypes } from './objects/exception';
import { setupBaseExceptionSlots, defineExceptionAttributes } from './objects/exception-type';
import { defineExceptionMethods } from './objects/exception-methods';
import { objectType } from './types';
import { ptrValue } from './value';
import { initNames } from './names';
import { setupObjectSlots, defineObjectAttributes } from './objects/baseobject';
import { setupBuiltinTypes, addBuiltinSlotWrappers } from './builtins/setup';
import { initClassNames } from './objects/class';
import { initSlotDefinitions } from './objects/slot-wrappers';
import { setupBuiltins } from './builtins/functions';
import { initFrameStack } from './interp/frame';
import { initArgScratch, ARG_SCRATCH_BYTES, clearTypeCache } from './abstract';
import { clearSharedAttrCaches } from './interp/attr-cache';
import { setRootMarker } from './gc';
import { markRunningState } from './roots';
import { setupExceptionFields } from './objects/exception-fields';
import { setupModules } from './modules/setup';
import { registerNativeModules } from './modules/index';

let initialized = false;

export function initRuntime(): void {
  if (initialized) return;
  initialized = true;
  const system = initHeap(GC_REGION_SIZE + ARG_SCRATCH_BYTES);
  initGc(system);
  initArgScratch(system + GC_REGION_SIZE);
  bootstrapCoreTypes();
  setupObjectSlots(objectType);
  addPermanentRoot(ptrValue(internTable));
  initNames();
  initClassNames();
  initSlotDefinitions();
  setupBuiltinTypes();
  initExceptionTypes(objectType, setupBaseExceptionSlots);
  defineExceptionAttributes();
  defineExceptionMethods();
  setupExceptionFields();
  defineObjectAttributes(objectType);
  addBuiltinSlotWrappers();
  setupBuiltins();
  // The native modules register before sys exists: sys.builtin_module_names lists them.
  registerNativeModules();
  setupModules();
  clearTypeCache();
  clearSharedAttrCaches();
  initFrameStack();
  setRootMarker(markRunningState);
  forgetStartupAllocations();
}
