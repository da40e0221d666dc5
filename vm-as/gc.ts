// Precise, non-moving mark-sweep collection. It runs only at safe points (the eval loop's calls,
// returns and backward jumps), when every live value is reachable from a root: the permanent
// roots (builtin types, the intern table, modules), the thread state, the frames, the
// temporary roots natives push around calls back into Python, and the host's handle table.

import { isMarked, setMark, sweep, isHeapObject, cellSize, HEADER_SIZE } from './heap';
import { Value, isPtr, ptrOf } from './value';
import * as K from './object';
import { TYPE_NAME, TYPE_QUALNAME, TYPE_BASES, TYPE_MRO, TYPE_DICT, TYPE_MODULE, TYPE_SUBCLASSES, TYPE_SLOT_NAMES,
  TYPE_DICT_OFFSET } from './types';
import { tupleLength, TUPLE_ITEMS } from './objects/tuple';
import { dictEntriesStorage, dictTableStorage, DICT_SIZE } from './objects/dict';
import { EXCEPTION_SIZE, EXC_DICT } from './objects/exception';
import { traceKind, traceAddedSlots } from './gc-trace';
import { scanForFinalization, settleParkedChains } from './objects/generator';

/** Capacity of the mark stack, the permanent roots and the temporary roots (entries). */
const MARK_STACK_CAPACITY: i32 = 1 << 20;
const PERMANENT_CAPACITY: i32 = 1 << 14;
const TEMP_CAPACITY: i32 = 1 << 14;

let markStack: usize = 0;
let markTop: i32 = 0;
/** Set when the mark stack filled up: the collector rescans the heap for grey objects. */
let markOverflow: bool = false;
let permanentRoots: usize = 0;
let permanentCount: i32 = 0;
let tempRoots: usize = 0;
export let tempRootCount: i32 = 0;

/** Bytes of the system region the collector needs (see initHeap). */
export const GC_REGION_SIZE: usize = (<usize>MARK_STACK_CAPACITY << 2) + (<usize>PERMANENT_CAPACITY << 3) +
  (<usize>TEMP_CAPACITY << 3);

/** Places the collector's stacks at regionStart (GC_REGION_SIZE bytes); run once at start-up. */
export function initGc(regionStart: usize): void {
  markStack = regionStart;
  permanentRoots = markStack + (<usize>MARK_STACK_CAPACITY << 2);
  tempRoots = permanentRoots + (<usize>PERMANENT_CAPACITY << 3);
}

/** Keeps v alive forever (builtin types, interned names, modules of the runtime). */
export function addPermanentRoot(v: Value): void {
  if (permanentCount == PERMANENT_CAPACITY) unreachable();
  store<u64>(permanentRoots + (<usize>permanentCount << 3), v);
  permanentCount++;
}

/** Protects a value held only in a native's local variable across a call into Python. */
export function pushTempRoot(v: Value): void {
  if (tempRootCount == TEMP_CAPACITY) unreachable();
  store<u64>(tempRoots + (<usize>tempRootCount << 3), v);
  tempRootCount++;
}

export function popTempRoots(count: i32): void {
  tempRootCount -= count;
}

/** Marks the object a value points to (if any) and queues it for tracing. */
// @ts-ignore: decorator
@inline export function markValue(v: Value): void {
  if (isPtr(v)) markPtr(ptrOf(v));
}

export function markPtr(p: usize): void {
  if (p == 0 || isMarked(p)) return;
  setMark(p);
  if (markTop < MARK_STACK_CAPACITY) {
    store<u32>(markStack + (<usize>markTop << 2), <u32>p);
    markTop++;
  } else {
    markOverflow = true;
  }
}

/** Marks `count` values stored contiguously at `at`. */
export function markValues(at: usize, count: i32): void {
  for (let i = 0; i < count; i++) markValue(load<u64>(at + (<usize>i << 3)));
}

function drain(): void {
  while (markTop > 0) {
    markTop--;
    trace(<usize>load<u32>(markStack + (<usize>markTop << 2)));
  }
}

/** Marks the children of one object. */
function trace(p: usize): void {
  const type = K.typeOfPtr(p);
  markPtr(type);
  // Instances whose class gives them a __dict__ (classes extending builtins included).
  if (type != 0) {
    const dictOffset = <usize>load<u32>(type + TYPE_DICT_OFFSET);
    if (dictOffset != 0) markPtr(<usize>load<u32>(p + dictOffset));
  }
  const kind = K.kindOfPtr(p);
  switch (kind) {
    case K.KIND_STR:
    case K.KIND_BIGINT:
    case K.KIND_RAW:
    case K.KIND_BYTES:
      return;
    case K.KIND_TYPE:
      markPtr(<usize>load<u32>(p + TYPE_SUBCLASSES));
      markPtr(<usize>load<u32>(p + TYPE_SLOT_NAMES));
      markPtr(<usize>load<u32>(p + TYPE_NAME));
      markPtr(<usize>load<u32>(p + TYPE_QUALNAME));
      markPtr(<usize>load<u32>(p + TYPE_BASES));
      markPtr(<usize>load<u32>(p + TYPE_MRO));
      markPtr(<usize>load<u32>(p + TYPE_DICT));
      markPtr(<usize>load<u32>(p + TYPE_MODULE));
      return;
    case K.KIND_TUPLE:
      markValues(p + TUPLE_ITEMS, tupleLength(p));
      return;
    case K.KIND_VALUES:
    case K.KIND_RECORD: // native modules' objects (modules/support.ts)
      markValues(p + HEADER_SIZE, <i32>((cellSize(p) - HEADER_SIZE) >> 3));
      return;
    case K.KIND_DICT:
      markPtr(dictEntriesStorage(p));
      markPtr(dictTableStorage(p));
      traceAddedSlots(p, DICT_SIZE);
      return;
    case K.KIND_EXCEPTION:
      markValues(p + 8, 4);
      markPtr(<usize>load<u32>(p + EXC_DICT));
      markValues(p + 48, <i32>((EXCEPTION_SIZE - 48) >> 3));
      return;
    default:
      traceKind(p, kind);
  }
}

/** The roots other parts of the VM own (frames, thread state, host handles), marked by them. */
let extraRootMarkers: usize = 0;

/** Registers the function that marks the eval loop's and host's roots. */
export function setRootMarker(fn: () => void): void {
  extraRootMarkers = changetype<usize>(fn);
}

let deathWatch: usize = 0;

/**
 * Registers the function told, after marking, which objects will be swept (it asks isMarked):
 * objects standing for a host's resources release them (js-values.ts's JsProxy objects).
 */
export function setDeathWatch(fn: () => void): void {
  deathWatch = changetype<usize>(fn);
}

/** Collects garbage; returns the bytes still live. Call only at a safe point. */
export function collect(): usize {
  settleParkedChains();
  markTop = 0;
  markOverflow = false;
  markValues(permanentRoots, permanentCount);
  markValues(tempRoots, tempRootCount);
  if (extraRootMarkers != 0) changetype<() => void>(extraRootMarkers)();
  drainAll();
  // Unreachable generators that must be finalized first are marked again (objects/generator.ts).
  scanForFinalization();
  drainAll();
  if (deathWatch != 0) changetype<() => void>(deathWatch)();
  return sweep();
}

function drainAll(): void {
  drain();
  while (markOverflow) {
    markOverflow = false;
    rescanForOverflow();
  }
}

/**
 * After a mark-stack overflow some marked objects were never traced. Tracing every marked
 * object again is safe (marking is idempotent) and finds their children.
 */
function rescanForOverflow(): void {
  forEachMarkedObject();
}

function forEachMarkedObject(): void {
  // Walks the heap through isHeapObject: slow, and only after an overflow.
  for (let p: usize = 0; p < (<usize>memory.size() << 16); p += 8) {
    if (isHeapObject(p) && isMarked(p)) {
      trace(p);
      drain();
    }
  }
}
