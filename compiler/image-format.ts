// The code image: the binary form in which compiled code reaches the VM. The compiler writes it
// (compiler/image-writer.ts); the VM validates and loads it. These constants are the single
// source of both sides: the build generates vm-as/generated/image-format.ts from this file.
//
// Layout (all integers little-endian):
//   image   := MAGIC (u32) VERSION (u32) stringCount (u32) const  -- the module's code object
//                                                       stringCount: how many STR consts it holds
//   const   := tag (u8) payload
//     NONE | TRUE | FALSE | ELLIPSIS                       -- no payload
//     SMALL_INT: i32
//     BIG_INT:   sign (u8: 0 or 1 for negative) count (u32) limbs (u32 × count, least significant first)
//     FLOAT:     f64
//     COMPLEX:   f64 real, f64 imag
//     STR:       byteLength (u32) bytes  -- UTF-8, with surrogate code points encoded as 3 bytes
//     STR_REF:   index (u32)  -- the same string as the image's index-th STR (counting from 0)
//     BYTES:     length (u32) bytes
//     TUPLE | FROZENSET: count (u32) const × count
//     CODE:      code
//   code    := argcount posonlyargcount kwonlyargcount flags stacksize firstlineno (u32 each)
//              name qualname filename (STR consts)
//              localsplusnames (TUPLE of STR) localspluskinds (BYTES: LOCAL_KIND bits per name)
//              names (TUPLE of STR) consts (TUPLE)
//              wordCount (u32) words (u32 × wordCount)
//              positionsLength (u32) positions (the runs of compiler/position-table.ts: per word
//                lineno, endLineno, col, endCol; -1 when unknown)
//              handlerCount (u32) handlers: (start, end, target, depthAndLasti) (u32 × 4 each)
//                start/end: word range [start, end) covered; target: handler word;
//                depthAndLasti: stack depth << 1 | 1 when the handler also receives lasti

export const IMAGE_MAGIC = 0x43595057; // 'WPYC'
export const IMAGE_VERSION = 3;

export const CONST_TAG = {
  NONE: 0,
  TRUE: 1,
  FALSE: 2,
  ELLIPSIS: 3,
  SMALL_INT: 4,
  BIG_INT: 5,
  FLOAT: 6,
  COMPLEX: 7,
  STR: 8,
  BYTES: 9,
  TUPLE: 10,
  FROZENSET: 11,
  CODE: 12,
  STR_REF: 13,
} as const;

/** Code object flags: CPython's values. */
export const CODE_FLAGS = {
  CO_OPTIMIZED: 0x0001,
  CO_NEWLOCALS: 0x0002,
  CO_VARARGS: 0x0004,
  CO_VARKEYWORDS: 0x0008,
  CO_NESTED: 0x0010,
  CO_GENERATOR: 0x0020,
  CO_NOFREE: 0x0040,
  CO_COROUTINE: 0x0080,
  CO_ITERABLE_COROUTINE: 0x0100,
  CO_ASYNC_GENERATOR: 0x0200,
} as const;

/** Kinds of the names in localsplusnames (CPython's CO_FAST_* bits). */
export const LOCAL_KIND = {
  LOCAL: 0x20,
  CELL: 0x40,
  FREE: 0x80,
} as const;
