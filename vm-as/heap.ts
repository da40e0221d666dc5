// The VM's own heap in linear memory: size-class free lists carved from 64 KiB blocks, and a
// large-object space of whole block runs. AssemblyScript's allocator is never used.
//
// Every object starts with an 8-byte header:
//   +0 u32  type   pointer to the object's Python type object
//   +4 u8   kind   the native layout (KIND_* in object.ts); KIND_FREE marks a free cell
//   +5 u8   gc     bit 0: marked by the collector
//   +6 u16  class  size class index, or LARGE_CLASS for a block run
//
// Memory map: [AssemblyScript static data][block table: one byte per 64 KiB block of the whole
// 4 GiB address space][free-list heads][blocks …]. The block table says what each block holds:
// BLOCK_FREE, a size class (1 + index), or the head / continuation of a large object.

import { requestAttention, clearAttention, ATTENTION_GC, ATTENTION_MEMORY } from './attention';

export const HEADER_SIZE: usize = 8;
export const LARGE_CLASS: u32 = 0xFFFF;
export const KIND_FREE: u8 = 0;

const BLOCK_SHIFT: usize = 16;
const BLOCK_SIZE: usize = 1 << BLOCK_SHIFT;
const BLOCK_FREE: u8 = 0;
const BLOCK_LARGE_HEAD: u8 = 254;
const BLOCK_LARGE_CONT: u8 = 255;

/** Cell sizes of the size classes; larger objects get whole blocks. */
const CLASS_SIZES: StaticArray<u32> = [
  16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512,
  640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168,
  8192, 10240, 12288, 14336, 16384, 20480, 24576, 28672, 32768,
];
const NUM_CLASSES: i32 = 43;
const MAX_SMALL: usize = 32768;

// @ts-ignore: decorator
@lazy const blockTable: usize = (__heap_base + BLOCK_SIZE - 1) & ~(BLOCK_SIZE - 1);
// @ts-ignore: decorator
@lazy const freeLists: usize = blockTable + BLOCK_SIZE; // u32 per class: first free cell
// @ts-ignore: decorator
@lazy const bumpPtrs: usize = freeLists + 256; // u32 per class: next uncarved cell in its current block
// @ts-ignore: decorator
@lazy const bumpEnds: usize = bumpPtrs + 256; // u32 per class: end of that block
// @ts-ignore: decorator
@lazy const classOfSize: usize = bumpEnds + 256; // u8 per 8-byte size step up to MAX_SMALL
/** Start of the system region (the collector's stacks) and of the first heap block. */
// @ts-ignore: decorator
@lazy const systemRegion: usize = blockTable + 2 * BLOCK_SIZE;
let firstBlock: usize = 0;

/** Blocks in use by the heap (including free ones): [firstBlock, heapEnd). */
let heapEnd: usize = 0;
/** Bytes in blocks that hold objects; compared with the memory limit. */
let blockBytesInUse: usize = 0;
let memoryLimit: usize = 1 << 30;
/** Bytes allocated since the last collection: the collector's trigger. */
export let allocatedSinceGc: usize = 0;
export let gcThreshold: usize = 8 << 20;
/** Set when an allocation passes the threshold; the eval loop collects at its next safe point. */
export let gcRequested: bool = false;
/** Set when the heap passes the memory limit; the eval loop raises MemoryError. */
export let memoryExhausted: bool = false;

/**
 * Sets up the heap after a system region of `systemBytes` for the VM's own stacks; returns the
 * start of that region.
 */
export function initHeap(systemBytes: usize): usize {
  firstBlock = (systemRegion + systemBytes + BLOCK_SIZE - 1) & ~(BLOCK_SIZE - 1);
  heapEnd = firstBlock;
  const needed = <i32>((firstBlock >> BLOCK_SHIFT) - <usize>memory.size());
  if (needed > 0) memory.grow(needed);
  memory.fill(blockTable, 0, BLOCK_SIZE + 256 * 3);
  let cls = 0;
  for (let size: usize = 0; size <= MAX_SMALL; size += 8) {
    while (<usize>unchecked(CLASS_SIZES[cls]) < size) cls++;
    store<u8>(classOfSize + (size >> 3), <u8>cls);
  }
  return systemRegion;
}

/**
 * Start-up's objects are permanent (the frame stack alone is 8 MiB): they must not count towards
 * the first collection, which would otherwise come at a short program's first safe point.
 */
export function forgetStartupAllocations(): void {
  allocatedSinceGc = 0;
  gcRequested = false;
  clearAttention(ATTENTION_GC);
}

export function setMemoryLimit(bytes: usize): void {
  memoryLimit = bytes;
}

export function getMemoryLimit(): usize {
  return memoryLimit;
}

export function heapBytesInUse(): usize {
  return blockBytesInUse;
}

// @ts-ignore: decorator
@inline function blockKindAt(index: usize): u8 {
  return load<u8>(blockTable + index);
}

// @ts-ignore: decorator
@inline function setBlockKind(index: usize, kind: u8): void {
  store<u8>(blockTable + index, kind);
}

/** Grows linear memory so that [firstBlock, end) exists. */
function growTo(end: usize): void {
  const have = <usize>memory.size() << BLOCK_SHIFT;
  if (end <= have) return;
  const need = (end - have + BLOCK_SIZE - 1) >> BLOCK_SHIFT;
  const extra = max<usize>(need, (have >> BLOCK_SHIFT) >> 3); // grow by at least 1/8
  if (memory.grow(<i32>extra) < 0 && memory.grow(<i32>need) < 0) unreachable();
}

/** Finds (or makes) a run of `count` free blocks; returns the first block's address. */
function takeBlocks(count: usize): usize {
  let runStart: usize = firstBlock;
  let runLength: usize = 0;
  for (let b = firstBlock; b < heapEnd; b += BLOCK_SIZE) {
    if (blockKindAt(b >> BLOCK_SHIFT) == BLOCK_FREE) {
      if (runLength == 0) runStart = b;
      if (++runLength == count) return claimBlocks(runStart, count);
    } else {
      runLength = 0;
    }
  }
  if (runLength == 0) runStart = heapEnd;
  const end = runStart + count * BLOCK_SIZE;
  growTo(end);
  for (let b = heapEnd; b < end; b += BLOCK_SIZE) setBlockKind(b >> BLOCK_SHIFT, BLOCK_FREE);
  heapEnd = end;
  return claimBlocks(runStart, count);
}

function claimBlocks(start: usize, count: usize): usize {
  blockBytesInUse += count * BLOCK_SIZE;
  if (blockBytesInUse > memoryLimit) {
    memoryExhausted = true;
    requestAttention(ATTENTION_MEMORY);
  }
  return start;
}

// @ts-ignore: decorator
@inline function noteAllocation(size: usize): void {
  allocatedSinceGc += size;
  if (allocatedSinceGc > gcThreshold) {
    gcRequested = true;
    requestAttention(ATTENTION_GC);
  }
}

/**
 * Allocates an object of `size` bytes (header included), zero-filled, with its header set.
 * Never fails for sizes the limit allows; see allocChecked for sizes a program chooses.
 * Blocks are zero when they are handed out (fresh memory, or zeroed when released), so only a
 * cell reused from a free list needs clearing.
 */
export function alloc(size: usize, type: usize, kind: u8): usize {
  let ptr: usize;
  let cls: u32;
  if (size <= MAX_SMALL) {
    cls = load<u8>(classOfSize + ((size + 7) >> 3));
    const cellSize = <usize>unchecked(CLASS_SIZES[cls]);
    const head = freeLists + (<usize>cls << 2);
    ptr = <usize>load<u32>(head);
    if (ptr != 0) {
      store<u32>(head, load<u32>(ptr, 8));
      clearCell(ptr, cellSize);
    } else {
      ptr = carveCell(cls, cellSize);
    }
    size = cellSize;
  } else {
    const blocks = (size + BLOCK_SIZE - 1) >> BLOCK_SHIFT;
    ptr = takeBlocks(blocks);
    setBlockKind(ptr >> BLOCK_SHIFT, BLOCK_LARGE_HEAD);
    for (let i: usize = 1; i < blocks; i++) setBlockKind((ptr >> BLOCK_SHIFT) + i, BLOCK_LARGE_CONT);
    cls = LARGE_CLASS;
  }
  store<u32>(ptr, <u32>type);
  store<u8>(ptr, kind, 4);
  store<u8>(ptr, 0, 5);
  store<u16>(ptr, <u16>cls, 6);
  noteAllocation(size);
  return ptr;
}

/** Zeroes a reused cell; a loop for small cells (V8 makes memory.fill a runtime call). */
// @ts-ignore: decorator
@inline function clearCell(ptr: usize, size: usize): void {
  if (size <= 64) {
    for (let at: usize = 0; at < size; at += 8) store<u64>(ptr + at, 0);
  } else {
    memory.fill(ptr, 0, size);
  }
}

/**
 * Returns a small object's cell to its free list at once (generators the VM knows nothing else
 * refers to: see "owned" in objects/generator.ts). Not during a collection; nothing may refer
 * to the object afterwards. Large objects are left to the collector.
 */
export function freeObject(ptr: usize): void {
  const cls = <u32>load<u16>(ptr, 6);
  if (cls == LARGE_CLASS) return;
  const size = <usize>unchecked(CLASS_SIZES[cls]);
  const head = freeLists + (<usize>cls << 2);
  store<u8>(ptr, KIND_FREE, 4);
  store<u32>(ptr, load<u32>(head), 8);
  store<u32>(head, <u32>ptr);
  if (allocatedSinceGc >= size) allocatedSinceGc -= size;
}

/** alloc for a size computed from program input: returns 0 when it can never fit the limit. */
export function allocChecked(size: usize, type: usize, kind: u8): usize {
  if (size > memoryLimit || blockBytesInUse + size > memoryLimit + (memoryLimit >> 2)) return 0;
  return alloc(size, type, kind);
}

/** A never-used cell of class cls from the class's current block (a new block when it is full). */
function carveCell(cls: u32, size: usize): usize {
  const bumpAt = bumpPtrs + (<usize>cls << 2);
  const endAt = bumpEnds + (<usize>cls << 2);
  let ptr = <usize>load<u32>(bumpAt);
  if (ptr == 0 || ptr + size > <usize>load<u32>(endAt)) {
    ptr = takeBlocks(1);
    setBlockKind(ptr >> BLOCK_SHIFT, <u8>(cls + 1));
    store<u32>(endAt, <u32>(ptr + BLOCK_SIZE));
  }
  store<u32>(bumpAt, <u32>(ptr + size));
  return ptr;
}

/** The usable size of an object's cell (its allocation may have asked for less). */
export function cellSize(ptr: usize): usize {
  const cls = <u32>load<u16>(ptr, 6);
  if (cls != LARGE_CLASS) return unchecked(CLASS_SIZES[cls]);
  let blocks: usize = 1;
  while (blockKindAt((ptr >> BLOCK_SHIFT) + blocks) == BLOCK_LARGE_CONT) blocks++;
  return blocks << BLOCK_SHIFT;
}

// ---- the collector's view of the heap ----

// @ts-ignore: decorator
@inline export function isMarked(ptr: usize): bool {
  return (load<u8>(ptr, 5) & 1) != 0;
}

// @ts-ignore: decorator
@inline export function setMark(ptr: usize): void {
  store<u8>(ptr, load<u8>(ptr, 5) | 1, 5);
}

// @ts-ignore: decorator
@inline function clearMark(ptr: usize): void {
  store<u8>(ptr, load<u8>(ptr, 5) & ~1, 5);
}

/** True when ptr is the address of a live (allocated) object of this heap. */
export function isHeapObject(ptr: usize): bool {
  if (ptr < firstBlock || ptr >= heapEnd || (ptr & 7) != 0) return false;
  const kind = blockKindAt(ptr >> BLOCK_SHIFT);
  if (kind == BLOCK_FREE || kind == BLOCK_LARGE_CONT) return false;
  if (kind == BLOCK_LARGE_HEAD) return (ptr & (BLOCK_SIZE - 1)) == 0;
  const size = <usize>unchecked(CLASS_SIZES[kind - 1]);
  return ((ptr & (BLOCK_SIZE - 1)) % size) == 0 && load<u8>(ptr, 4) != KIND_FREE;
}

/**
 * Frees every unmarked object and clears the marks of the others; rebuilds the free lists and
 * returns wholly free blocks to the block pool. Returns the bytes still live.
 */
export function sweep(): usize {
  memory.fill(freeLists, 0, 256);
  memory.fill(bumpPtrs, 0, 256);
  memory.fill(bumpEnds, 0, 256);
  let live: usize = 0;
  for (let b = firstBlock; b < heapEnd; b += BLOCK_SIZE) {
    const kind = blockKindAt(b >> BLOCK_SHIFT);
    if (kind == BLOCK_FREE || kind == BLOCK_LARGE_CONT) continue;
    if (kind == BLOCK_LARGE_HEAD) live += sweepLarge(b);
    else live += sweepBlock(b, <u32>kind - 1);
  }
  allocatedSinceGc = 0;
  gcRequested = false;
  clearAttention(ATTENTION_GC);
  gcThreshold = max<usize>(8 << 20, live);
  memoryExhausted = blockBytesInUse > memoryLimit;
  if (!memoryExhausted) clearAttention(ATTENTION_MEMORY);
  return live;
}

/** Returns a block to the pool, zeroed: never-carved cells must read as KIND_FREE. */
function releaseBlock(b: usize): void {
  memory.fill(b, 0, BLOCK_SIZE);
  setBlockKind(b >> BLOCK_SHIFT, BLOCK_FREE);
  blockBytesInUse -= BLOCK_SIZE;
}

function sweepLarge(b: usize): usize {
  const size = cellSize(b);
  if (isMarked(b)) {
    clearMark(b);
    return size;
  }
  for (let p = b; p < b + size; p += BLOCK_SIZE) releaseBlock(p);
  return 0;
}

/** Sweeps one block of a size class: cells never carved or freed are KIND_FREE or all-zero. */
function sweepBlock(b: usize, cls: u32): usize {
  const size = <usize>unchecked(CLASS_SIZES[cls]);
  const end = b + BLOCK_SIZE - size;
  let liveCells: usize = 0;
  for (let p = b; p <= end; p += size) {
    if (load<u8>(p, 4) != KIND_FREE && isMarked(p)) liveCells++;
  }
  if (liveCells == 0) {
    releaseBlock(b);
    return 0;
  }
  const head = freeLists + (<usize>cls << 2);
  for (let p = b; p <= end; p += size) {
    if (load<u8>(p, 4) != KIND_FREE && isMarked(p)) {
      clearMark(p);
    } else {
      store<u8>(p, KIND_FREE, 4);
      store<u32>(p, load<u32>(head), 8);
      store<u32>(head, <u32>p);
    }
  }
  return liveCells * size;
}
