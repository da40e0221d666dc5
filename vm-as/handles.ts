// The host's handle table: small integers the host holds instead of Python values (modules,
// coroutines it drives, values it asked for). A handle keeps its value alive until released.

import { Value, NULL } from './value';
import { markValue } from './gc';

const CAPACITY: i32 = 4096;
const table = memory.data(CAPACITY * 8);
let used: i32 = 1; // handle 0 means "none"
let freeHead: i32 = 0;

/** Stores v and returns its handle (0 when the table is full). */
export function newHandle(v: Value): i32 {
  let h = freeHead;
  if (h != 0) {
    freeHead = <i32>load<u64>(table + (<usize>h << 3));
  } else {
    if (used == CAPACITY) return 0;
    h = used++;
  }
  store<u64>(table + (<usize>h << 3), v);
  return h;
}

export function handleValue(h: i32): Value {
  if (h <= 0 || h >= used) return NULL;
  return load<u64>(table + (<usize>h << 3));
}

export function releaseHandle(h: i32): void {
  if (h <= 0 || h >= used) return;
  store<u64>(table + (<usize>h << 3), <u64>freeHead);
  freeHead = h;
}

/** Marks every live handle's value (free slots hold small integers, never pointers). */
export function markHostRoots(): void {
  for (let h = 1; h < used; h++) markValue(load<u64>(table + (<usize>h << 3)));
}
