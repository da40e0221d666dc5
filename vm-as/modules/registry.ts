// Modules implemented natively in the VM (math, random, time, sys …). The import system looks a
// name up here before asking the host for a frozen or source module.

/** Creates the module object (called once, on first import); returns 0 with an exception set on failure. */
export type ModuleFactory = () => usize;

const CAPACITY: i32 = 64;
const names = memory.data(CAPACITY * 4);
const factories = memory.data(CAPACITY * 4);
let count: i32 = 0;

/** Registers a native module under its (interned str) name. */
export function registerNativeModule(name: usize, factory: ModuleFactory): void {
  if (count == CAPACITY) unreachable();
  store<u32>(names + (<usize>count << 2), <u32>name);
  store<u32>(factories + (<usize>count << 2), <u32>changetype<usize>(factory));
  count++;
}

/** The factory of the native module with this interned name, or 0. */
export function nativeModuleFactory(name: usize): usize {
  for (let i = 0; i < count; i++) {
    if (<usize>load<u32>(names + (<usize>i << 2)) == name) return <usize>load<u32>(factories + (<usize>i << 2));
  }
  return 0;
}

/** The name of native module i (for sys.builtin_module_names), or 0 past the end. */
export function nativeModuleName(i: i32): usize {
  return i < count ? <usize>load<u32>(names + (<usize>i << 2)) : 0;
}
