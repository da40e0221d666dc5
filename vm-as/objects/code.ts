// Code objects: what the compiler produced for one function, class body or module, as loaded
// from the code image (vm-as/image.ts validates it first).
//
// Layout (kind KIND_CODE):
//   +8  u32 argcount        +12 u32 posonlyargcount   +16 u32 kwonlyargcount
//   +20 u32 flags (CO_*)     +24 u32 stacksize         +28 u32 firstlineno
//   +32 u32 name (str)       +36 u32 qualname (str)    +40 u32 filename (str)
//   +44 u32 localsplusnames (tuple of str)
//   +48 u32 localspluskinds (KIND_RAW: one byte per name, LOCAL_KIND_* bits; data at +8)
//   +52 u32 names (tuple)    +56 u32 consts (tuple)
//   +60 u32 words            KIND_RAW: the instruction words (data at +8)
//   +64 u32 wordCount
//   +68 u32 positions        KIND_RAW: the runs of objects/position-table.ts
//   +72 u32 handlers         KIND_RAW: (start, end, target, depthAndLasti) u32 per entry
//   +76 u32 handlerCount
//   +80 u32 nlocalsplus      +84 u32 frameSize (bytes a frame of this code needs)
//   +88 u32 ncells           +92 u32 nfrees
//   +96 u32 fastcallArgs     argcount when calls need no argument binding (no *args, **kwargs
//                            or keyword-only parameters), else 0xFFFFFFFF

import { FRAME_HEADER } from '../interp/frame';
import * as P from './position-table';

export const CODE_ARGCOUNT: usize = 8;
export const CODE_POSONLY: usize = 12;
export const CODE_KWONLY: usize = 16;
export const CODE_FLAGS: usize = 20;
export const CODE_STACKSIZE: usize = 24;
export const CODE_FIRSTLINENO: usize = 28;
export const CODE_NAME: usize = 32;
export const CODE_QUALNAME: usize = 36;
export const CODE_FILENAME: usize = 40;
export const CODE_LOCALSPLUSNAMES: usize = 44;
export const CODE_LOCALSPLUSKINDS: usize = 48;
export const CODE_NAMES: usize = 52;
export const CODE_CONSTS: usize = 56;
export const CODE_WORDS: usize = 60;
export const CODE_WORDCOUNT: usize = 64;
export const CODE_POSITIONS: usize = 68;
export const CODE_HANDLERS: usize = 72;
export const CODE_HANDLERCOUNT: usize = 76;
export const CODE_NLOCALSPLUS: usize = 80;
export const CODE_FRAMESIZE: usize = 84;
export const CODE_NCELLS: usize = 88;
export const CODE_NFREES: usize = 92;
export const CODE_FASTCALL_ARGS: usize = 96;
export const CODE_SIZE: usize = 104;

export let codeType: usize = 0;
export function setCodeType(t: usize): void {
  codeType = t;
}

// @ts-ignore: decorator
@inline export function codeField(code: usize, offset: usize): u32 {
  return load<u32>(code + offset);
}

/** Address of the first instruction word. */
// @ts-ignore: decorator
@inline export function codeWords(code: usize): usize {
  return <usize>load<u32>(code + CODE_WORDS) + 8;
}

/** The bytes a frame for this code needs: header, locals plus cells and frees, value stack. */
export function frameSizeFor(nlocalsplus: u32, stacksize: u32): u32 {
  return <u32>FRAME_HEADER + ((nlocalsplus + stacksize) << 3);
}

/** The source line of the instruction at word index i (-1 when unknown). */
export function lineOf(code: usize, i: i32): i32 {
  return positionOf(code, i, 0);
}

/** One of the four position numbers of word i: 0 lineno, 1 end lineno, 2 col, 3 end col. */
export function positionOf(code: usize, i: i32, which: i32): i32 {
  if (i < 0 || i >= <i32>load<u32>(code + CODE_WORDCOUNT)) return -1;
  P.findPosition(<usize>load<u32>(code + CODE_POSITIONS), <i32>load<u32>(code + CODE_FIRSTLINENO), i);
  return which == 0 ? P.foundLine : which == 1 ? P.foundEndLine : which == 2 ? P.foundCol : P.foundEndCol;
}
