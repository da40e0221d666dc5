// Loading a code image (format: compiler/image-format.ts) into code objects. Every read is
// bounds-checked and every instruction's argument validated, so a malformed or hostile image
// gets a clear error (ValueError: bad code image: …) and never an out-of-bounds access.

import { IMAGE_MAGIC, IMAGE_VERSION, TAG_NONE, TAG_TRUE, TAG_FALSE, TAG_ELLIPSIS, TAG_SMALL_INT,
  TAG_BIG_INT, TAG_FLOAT, TAG_COMPLEX, TAG_STR, TAG_STR_REF, TAG_BYTES, TAG_TUPLE, TAG_FROZENSET, TAG_CODE,
  LOCAL_KIND_LOCAL, LOCAL_KIND_CELL, LOCAL_KIND_FREE, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE,
  CO_ASYNC_GENERATOR } from './generated/image-format';
import { OPCODE_HAS_ARG, FIRST_VM_OPCODE, OP_LOAD_CONST, OP_RETURN_CONST, OP_KW_NAMES,
  OP_LOAD_FAST, OP_LOAD_FAST_CHECK, OP_LOAD_FAST_AND_CLEAR, OP_STORE_FAST, OP_DELETE_FAST,
  OP_MAKE_CELL, OP_LOAD_CLOSURE, OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF,
  OP_LOAD_FROM_DICT_OR_DEREF, OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME, OP_STORE_GLOBAL,
  OP_DELETE_GLOBAL, OP_DELETE_ATTR, OP_IMPORT_NAME, OP_IMPORT_FROM,
  OP_LOAD_FROM_DICT_OR_GLOBALS, OP_LOAD_GLOBAL, OP_LOAD_ATTR, OP_STORE_ATTR, OP_LOAD_SUPER_ATTR,
  OP_JUMP_FORWARD, OP_JUMP_BACKWARD, OP_JUMP_BACKWARD_NO_INTERRUPT, OP_POP_JUMP_IF_FALSE,
  OP_POP_JUMP_IF_TRUE, OP_POP_JUMP_IF_NONE, OP_POP_JUMP_IF_NOT_NONE, OP_FOR_ITER, OP_SEND,
  OP_EXTENDED_ARG, OPCODE_CACHE, OP_BINARY_OP, OP_COMPARE_OP, OP_IS_OP, OP_CONTAINS_OP,
  OP_CALL_INTRINSIC_1, OP_CALL_INTRINSIC_2, OP_FORMAT_VALUE, OP_MAKE_FUNCTION, OP_RAISE_VARARGS,
  OP_BUILD_SLICE, OP_COPY, OP_SWAP, NB_COUNT, CMP_COUNT, INTRINSIC1_COUNT, INTRINSIC2_COUNT,
  FORMAT_HAVE_SPEC, FORMAT_ASCII, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS,
  MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE } from './generated/opcodes';
import { Value, NULL, NONE, TRUE, FALSE, ELLIPSIS, ptrValue, ptrOf, smallInt, floatValue } from './value';
import { alloc } from './heap';
import { KIND_CODE, KIND_RAW } from './object';
import { strFromUtf8 } from './objects/str';
import { newTuple, tupleSet, tupleLength, tupleGet } from './objects/tuple';
import { intern } from './intern';
import * as C from './objects/code';
import { raiseJs, raiseStr } from './errors';
import { ValueError } from './objects/exception';
import { newBytes } from './objects/bytes';
import { intFromBytes, intNeg } from './objects/int';
import { newComplex } from './objects/complex';
import { newFrozenSetFromTuple } from './objects/set';
import { quicken } from './interp/quicken';
import { TABLE_LENGTH, TABLE_RUNS } from './objects/position-table';
import { verifyCode, verifyProblem, verifyIndex } from './verify';
import { newBuilder, appendJs, appendI64, appendStr, finishBuilder } from './objects/strbuilder';

let cursor: usize = 0;
let end: usize = 0;
let failed = false;
/** Nesting depth of constants, bounded so a hostile image cannot exhaust the Wasm stack. */
let depth = 0;
const MAX_DEPTH = 200;
/**
 * The strings read so far (a STR_REF names one by index): u32 pointers, the low bit set once
 * the string is interned. Loading runs no Python code, so no collection can free them meanwhile.
 */
let strings: usize = 0;
let stringCount: u32 = 0;
let stringCapacity: u32 = 0;
/** The code object the verifier refused, for the error message (0 if none). */
let refused: usize = 0;

function fail(): void {
  failed = true;
}

function readU8(): u32 {
  if (failed || cursor + 1 > end) {
    fail();
    return 0;
  }
  return <u32>load<u8>(cursor++);
}

function readU32(): u32 {
  if (failed || cursor + 4 > end) {
    fail();
    return 0;
  }
  const v = load<u32>(cursor);
  cursor += 4;
  return v;
}

function readF64(): f64 {
  if (failed || cursor + 8 > end) {
    fail();
    return 0;
  }
  const v = load<f64>(cursor);
  cursor += 8;
  return v;
}

/** Takes n bytes; returns their address (0 after a failure). */
function take(n: u32): usize {
  if (failed || <u64>cursor + <u64>n > <u64>end) {
    fail();
    return 0;
  }
  const at = cursor;
  cursor += n;
  return at;
}

/** Loads an image of `length` bytes at `at`; returns the module's code object or NULL (error set). */
export function loadImage(at: usize, length: usize): Value {
  cursor = at;
  end = at + length;
  failed = false;
  depth = 0;
  refused = 0;
  if (readU32() != IMAGE_MAGIC) return raiseJs(ValueError, 'bad code image: wrong magic number');
  if (readU32() != IMAGE_VERSION) return raiseJs(ValueError, 'bad code image: unsupported version');
  stringCapacity = readU32();
  // Every string takes at least 5 bytes of the image.
  if (failed || stringCapacity > <u32>(end - cursor) / 5) return raiseJs(ValueError, 'bad code image: malformed');
  strings = alloc(8 + (<usize>stringCapacity << 2), 0, KIND_RAW) + 8;
  stringCount = 0;
  const v = readConst();
  if (refused != 0) return raiseRefused();
  if (failed || cursor != end) return raiseJs(ValueError, 'bad code image: malformed');
  return v;
}

/** "bad code image: PROBLEM (instruction N of QUALNAME)", from what the verifier found. */
function raiseRefused(): Value {
  const sb = newBuilder();
  appendJs(sb, 'bad code image: ');
  appendJs(sb, verifyProblem);
  appendJs(sb, ' (instruction ');
  appendI64(sb, verifyIndex);
  appendJs(sb, ' of ');
  appendStr(sb, <usize>load<u32>(refused + C.CODE_QUALNAME));
  appendJs(sb, ')');
  return raiseStr(ValueError, finishBuilder(sb));
}

function readConst(): Value {
  if (++depth > MAX_DEPTH) fail();
  const v = readConstBody(readU8());
  depth--;
  return failed ? NULL : v;
}

function readConstBody(tag: u32): Value {
  switch (tag) {
    case TAG_NONE: return NONE;
    case TAG_TRUE: return TRUE;
    case TAG_FALSE: return FALSE;
    case TAG_ELLIPSIS: return ELLIPSIS;
    case TAG_SMALL_INT: return smallInt(<i64><i32>readU32());
    case TAG_BIG_INT: return readBigInt();
    case TAG_FLOAT: return floatValue(readF64());
    case TAG_COMPLEX: {
      const re = readF64();
      const im = readF64();
      return failed ? NULL : ptrValue(newComplex(re, im));
    }
    case TAG_STR: return readStr(false);
    case TAG_STR_REF: return readStrRef(false);
    case TAG_BYTES: {
      const n = readU32();
      const data = take(n);
      return failed ? NULL : ptrValue(newBytes(data, <i32>n));
    }
    case TAG_TUPLE: return readTuple();
    case TAG_FROZENSET: {
      const t = readTuple();
      return failed ? NULL : ptrValue(newFrozenSetFromTuple(ptrOf(t)));
    }
    case TAG_CODE: return readCode();
  }
  fail();
  return NULL;
}

function readBigInt(): Value {
  const negative = readU8();
  const count = readU32();
  if (count > (1 << 20)) fail();
  const limbs = take(count << 2);
  if (failed || negative > 1) return NULL;
  return bigIntConstant(limbs, <i32>count, negative == 1);
}

/** A BIG_INT constant: little-endian 32-bit limbs of the magnitude, and a sign. */
function bigIntConstant(limbs: usize, count: i32, negative: bool): Value {
  const magnitude = intFromBytes(limbs, count << 2, true, false);
  return negative && magnitude != NULL ? intNeg(magnitude) : magnitude;
}

function readStr(internIt: bool): Value {
  const n = readU32();
  const bytes = take(n);
  if (failed || stringCount == stringCapacity) return failValue();
  let s = strFromUtf8(bytes, <i32>n);
  if (s == 0) return failValue();
  if (internIt) s = intern(s);
  store<u32>(strings + (<usize>stringCount << 2), <u32>s | (internIt ? 1 : 0));
  stringCount++;
  return ptrValue(s);
}

/** A STR_REF: the string read before under that index (interned now if it must be). */
function readStrRef(internIt: bool): Value {
  const index = readU32();
  if (failed || index >= stringCount) return failValue();
  const at = strings + (<usize>index << 2);
  let s = <usize>load<u32>(at);
  if (internIt && (s & 1) == 0) {
    s = intern(s);
    store<u32>(at, <u32>s | 1);
  }
  return ptrValue(s & ~1);
}

/** A string where only a string may be: STR or STR_REF. */
function readAnyStr(internIt: bool): Value {
  const tag = readU8();
  if (tag == TAG_STR) return readStr(internIt);
  if (tag == TAG_STR_REF) return readStrRef(internIt);
  return failValue();
}

function readTuple(): Value {
  const n = readU32();
  if (n > <u32>(end - cursor)) fail();
  if (failed) return NULL;
  const t = newTuple(<i32>n);
  for (let i: u32 = 0; i < n; i++) {
    const item = readConst();
    if (failed) return NULL;
    tupleSet(t, <i32>i, item);
  }
  return ptrValue(t);
}

/** A tuple of str, each interned (names and local names). */
function readNameTuple(): usize {
  if (readU8() != TAG_TUPLE) fail();
  const n = readU32();
  if (n > <u32>(end - cursor)) fail();
  if (failed) return 0;
  const t = newTuple(<i32>n);
  for (let i: u32 = 0; i < n; i++) {
    const s = readAnyStr(true);
    if (failed) return 0;
    tupleSet(t, <i32>i, s);
  }
  return t;
}

function readStrConst(): usize {
  const s = readAnyStr(true);
  return failed ? 0 : ptrOf(s);
}

/** A KIND_RAW buffer holding n bytes copied from the image (data at +8). */
function rawCopy(n: u32): usize {
  const from = take(n);
  if (failed) return 0;
  const r = alloc(8 + <usize>n, 0, KIND_RAW);
  memory.copy(r + 8, from, n);
  return r;
}

/** A code object's positions as objects/position-table.ts keeps them: byte length, then the runs. */
function readPositionTable(): usize {
  const n = readU32();
  const from = take(n);
  if (failed) return 0;
  const table = alloc(TABLE_RUNS + <usize>n, 0, KIND_RAW);
  store<u32>(table + TABLE_LENGTH, n);
  memory.copy(table + TABLE_RUNS, from, n);
  return table;
}

function readCode(): Value {
  const code = alloc(C.CODE_SIZE, C.codeType, KIND_CODE);
  for (let off: usize = C.CODE_ARGCOUNT; off <= C.CODE_FIRSTLINENO; off += 4) store<u32>(code + off, readU32());
  store<u32>(code + C.CODE_NAME, <u32>readStrConst());
  store<u32>(code + C.CODE_QUALNAME, <u32>readStrConst());
  store<u32>(code + C.CODE_FILENAME, <u32>readStrConst());
  const localNames = readNameTuple();
  store<u32>(code + C.CODE_LOCALSPLUSNAMES, <u32>localNames);
  if (readU8() != TAG_BYTES) fail();
  const nkinds = readU32();
  if (failed || nkinds != <u32>tupleLength(localNames)) return failValue();
  const kinds = rawCopy(nkinds);
  store<u32>(code + C.CODE_LOCALSPLUSKINDS, <u32>kinds);
  store<u32>(code + C.CODE_NAMES, <u32>readNameTuple());
  const consts = readConst();
  if (failed || (consts >> 48) != 0xFFFC) return failValue();
  store<u32>(code + C.CODE_CONSTS, <u32>ptrOf(consts));
  const wordCount = readU32();
  if (wordCount == 0 || wordCount > (1 << 24)) return failValue();
  store<u32>(code + C.CODE_WORDS, <u32>rawCopy(wordCount << 2));
  store<u32>(code + C.CODE_WORDCOUNT, wordCount);
  store<u32>(code + C.CODE_POSITIONS, <u32>readPositionTable());
  const handlerCount = readU32();
  if (handlerCount > wordCount) return failValue();
  store<u32>(code + C.CODE_HANDLERS, <u32>rawCopy(handlerCount << 4));
  store<u32>(code + C.CODE_HANDLERCOUNT, handlerCount);
  if (failed) return NULL;
  countLocalKinds(code, kinds + 8, nkinds);
  if (!validateSignature(code, kinds + 8, nkinds) || !validateCode(code)) return failValue();
  if (!verifyCode(code)) {
    refused = code;
    return failValue();
  }
  quicken(C.codeWords(code), wordCount);
  return ptrValue(code);
}

function failValue(): Value {
  fail();
  return NULL;
}

function countLocalKinds(code: usize, kinds: usize, n: u32): void {
  let cells: u32 = 0;
  let frees: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const k = <i32>load<u8>(kinds + i);
    if (k & LOCAL_KIND_CELL) cells++;
    if (k & LOCAL_KIND_FREE) frees++;
  }
  store<u32>(code + C.CODE_NLOCALSPLUS, n);
  store<u32>(code + C.CODE_NCELLS, cells);
  store<u32>(code + C.CODE_NFREES, frees);
  const stacksize = load<u32>(code + C.CODE_STACKSIZE);
  store<u32>(code + C.CODE_FRAMESIZE, C.frameSizeFor(n, stacksize));
  const simple = (load<u32>(code + C.CODE_FLAGS) & (CO_VARARGS | CO_VARKEYWORDS)) == 0 && load<u32>(code + C.CODE_KWONLY) == 0;
  // Generator and coroutine functions skip the loop's inlined call: their calls make the object
  // directly (callGeneratorFunction in interp/ops.ts).
  const makesGenerator = (load<u32>(code + C.CODE_FLAGS) & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
  store<u32>(code + C.CODE_FASTCALL_ARGS, simple && !makesGenerator ? load<u32>(code + C.CODE_ARGCOUNT) : 0xFFFFFFFF);
}

/**
 * Checks what calls rely on: the parameters (positional, keyword-only, *args, **kwargs) fit in
 * the locals and are not free variables, free variables are the last slots (COPY_FREE_VARS
 * fills them from the closure), and a code object is at most one of generator, coroutine and
 * async generator.
 */
function validateSignature(code: usize, kinds: usize, n: u32): bool {
  const flags = load<u32>(code + C.CODE_FLAGS);
  const argcount = load<u32>(code + C.CODE_ARGCOUNT);
  const kwonly = load<u32>(code + C.CODE_KWONLY);
  if (load<u32>(code + C.CODE_POSONLY) > argcount) return false;
  const params = <u64>argcount + <u64>kwonly + ((flags & CO_VARARGS) != 0 ? 1 : 0) + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
  if (params > <u64>n) return false;
  const nfrees = load<u32>(code + C.CODE_NFREES);
  for (let i: u32 = 0; i < n; i++) {
    const k = <u32>load<u8>(kinds + i);
    if ((k & ~<u32>(LOCAL_KIND_LOCAL | LOCAL_KIND_CELL | LOCAL_KIND_FREE)) != 0) return false;
    const free = (k & LOCAL_KIND_FREE) != 0;
    if (free != (i >= n - nfrees)) return false;
    if (free && <u64>i < params) return false;
  }
  return popcnt<u32>(flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) <= 1;
}

/**
 * Checks every instruction: a known opcode, an argument within the tables it indexes, jump
 * targets inside the code, and handler entries inside the code.
 */
function validateCode(code: usize): bool {
  const words = C.codeWords(code);
  const count = load<u32>(code + C.CODE_WORDCOUNT);
  const nconsts = <u32>tupleLength(<usize>load<u32>(code + C.CODE_CONSTS));
  const nnames = <u32>tupleLength(<usize>load<u32>(code + C.CODE_NAMES));
  const nlocals = load<u32>(code + C.CODE_NLOCALSPLUS);
  if (load<u32>(code + C.CODE_STACKSIZE) > (1 << 20)) return false;
  let extended: u32 = 0;
  for (let i: u32 = 0; i < count; i++) {
    const word = load<u32>(words + (<usize>i << 2));
    const op = word & 0xFF;
    if (op >= FIRST_VM_OPCODE) return false;
    const arg = (word >> 8) | (extended << 24);
    extended = op == OP_EXTENDED_ARG ? arg : 0;
    if (!OPCODE_HAS_ARG[op] && (word >> 8) != 0) return false;
    if (!argInRange(op, arg, nconsts, nnames, nlocals, count)) return false;
    if (!jumpDirectionValid(op, arg, i)) return false;
    const cache = <u32>OPCODE_CACHE[op];
    for (let c: u32 = 1; c <= cache; c++) {
      if (i + c >= count || load<u32>(words + (<usize>(i + c) << 2)) != 0) return false;
    }
    i += cache;
  }
  return validateHandlers(code, count);
}

function argInRange(op: u32, arg: u32, nconsts: u32, nnames: u32, nlocals: u32, count: u32): bool {
  switch (op) {
    case OP_LOAD_CONST: case OP_RETURN_CONST: case OP_KW_NAMES:
      return arg < nconsts;
    case OP_LOAD_FAST: case OP_LOAD_FAST_CHECK: case OP_LOAD_FAST_AND_CLEAR: case OP_STORE_FAST:
    case OP_DELETE_FAST: case OP_MAKE_CELL: case OP_LOAD_CLOSURE: case OP_LOAD_DEREF:
    case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_FROM_DICT_OR_DEREF:
      return arg < nlocals;
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_STORE_GLOBAL:
    case OP_DELETE_GLOBAL: case OP_DELETE_ATTR: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
    case OP_LOAD_FROM_DICT_OR_GLOBALS: case OP_STORE_ATTR:
      return arg < nnames;
    case OP_LOAD_GLOBAL: case OP_LOAD_ATTR:
      return (arg >> 1) < nnames;
    case OP_LOAD_SUPER_ATTR:
      return (arg >> 2) < nnames;
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_FOR_ITER: case OP_SEND:
      return arg < count;
    case OP_BINARY_OP: return arg < NB_COUNT;
    case OP_COMPARE_OP: return arg < CMP_COUNT;
    case OP_IS_OP: case OP_CONTAINS_OP: return arg <= 1;
    case OP_CALL_INTRINSIC_1: return arg > 0 && arg < INTRINSIC1_COUNT;
    case OP_CALL_INTRINSIC_2: return arg > 0 && arg < INTRINSIC2_COUNT;
    case OP_FORMAT_VALUE: return arg <= <u32>(FORMAT_HAVE_SPEC | FORMAT_ASCII);
    case OP_MAKE_FUNCTION:
      return arg <= <u32>(MAKE_FUNCTION_DEFAULTS | MAKE_FUNCTION_KWDEFAULTS | MAKE_FUNCTION_ANNOTATIONS | MAKE_FUNCTION_CLOSURE);
    case OP_RAISE_VARARGS: return arg <= 2;
    case OP_BUILD_SLICE: return arg == 2 || arg == 3;
    case OP_COPY: case OP_SWAP: return arg >= 1;
  }
  return true;
}

/**
 * Only JUMP_BACKWARD(_NO_INTERRUPT) may go back: every loop then passes a safe point, where the
 * VM collects garbage, ends a slice or delivers an interrupt (an image breaking this could hang).
 */
function jumpDirectionValid(op: u32, target: u32, at: u32): bool {
  switch (op) {
    case OP_JUMP_BACKWARD: case OP_JUMP_BACKWARD_NO_INTERRUPT:
      return target <= at;
    case OP_JUMP_FORWARD: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_FOR_ITER: case OP_SEND:
      return target > at;
  }
  return true;
}

function validateHandlers(code: usize, count: u32): bool {
  const n = load<u32>(code + C.CODE_HANDLERCOUNT);
  const h = <usize>load<u32>(code + C.CODE_HANDLERS) + 8;
  const stacksize = load<u32>(code + C.CODE_STACKSIZE);
  for (let i: u32 = 0; i < n; i++) {
    const at = h + (<usize>i << 4);
    const start = load<u32>(at);
    const stop = load<u32>(at, 4);
    const target = load<u32>(at, 8);
    const depth = load<u32>(at, 12) >> 1;
    if (start >= stop || stop > count || target >= count || depth + 2 > stacksize + 2) return false;
  }
  return true;
}

export { tupleGet };
