// What Python code sees of code objects: the co_* attributes, repr, replace() (for the fields
// types.coroutine and friends change), and assigning a function's __code__.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, smallInt, isSmallInt, intOf } from '../value';
import { alloc } from '../heap';
import { kindOfPtr, KIND_CODE, KIND_STR, KIND_RAW } from '../object';
import * as P from './position-table';
import { newList, listAppend } from './list';
import { pushTempRoot, popTempRoots } from '../gc';
import { checkNoArgs } from './args';
import * as C from './code';
import { LOCAL_KIND_LOCAL, LOCAL_KIND_CELL, LOCAL_KIND_FREE } from '../generated/image-format';
import { newTuple, tupleSet, tupleGet, tupleLength } from './tuple';
import { FUNC_CODE, FUNC_CLOSURE } from './function';
import { setSlot, SLOT_REPR } from '../types';
import { defineMethod, defineGetSet } from './builtin';
import { raiseStr, raiseEmpty } from '../errors';
import { TypeError, ValueError, MemoryError } from './exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { appendAddress } from './baseobject';
import { parseKeywords } from './args';
import * as A from '../abstract';

function field(v: Value, offset: usize): u32 {
  return load<u32>(ptrOf(v) + offset);
}

function getArgcount(v: Value): Value {
  return smallInt(field(v, C.CODE_ARGCOUNT));
}

function getPosonly(v: Value): Value {
  return smallInt(field(v, C.CODE_POSONLY));
}

function getKwonly(v: Value): Value {
  return smallInt(field(v, C.CODE_KWONLY));
}

function getFlags(v: Value): Value {
  return smallInt(field(v, C.CODE_FLAGS));
}

function getStacksize(v: Value): Value {
  return smallInt(field(v, C.CODE_STACKSIZE));
}

function getFirstlineno(v: Value): Value {
  return smallInt(field(v, C.CODE_FIRSTLINENO));
}

function getName(v: Value): Value {
  return ptrValue(<usize>field(v, C.CODE_NAME));
}

function getQualname(v: Value): Value {
  return ptrValue(<usize>field(v, C.CODE_QUALNAME));
}

function getFilename(v: Value): Value {
  return ptrValue(<usize>field(v, C.CODE_FILENAME));
}

function getNames(v: Value): Value {
  return ptrValue(<usize>field(v, C.CODE_NAMES));
}

function getConsts(v: Value): Value {
  return ptrValue(<usize>field(v, C.CODE_CONSTS));
}

/** The names of the locals whose kind has any of `kinds` bits, in order. */
function namesOfKind(v: Value, kinds: i32): usize {
  const code = ptrOf(v);
  const names = <usize>load<u32>(code + C.CODE_LOCALSPLUSNAMES);
  const kindBytes = <usize>load<u32>(code + C.CODE_LOCALSPLUSKINDS) + 8;
  const n = <i32>load<u32>(code + C.CODE_NLOCALSPLUS);
  let count = 0;
  for (let i = 0; i < n; i++) if ((<i32>load<u8>(kindBytes + <usize>i) & kinds) != 0) count++;
  const t = newTuple(count);
  let j = 0;
  for (let i = 0; i < n; i++) {
    if ((<i32>load<u8>(kindBytes + <usize>i) & kinds) != 0) tupleSet(t, j++, tupleGet(names, i));
  }
  return t;
}

function getVarnames(v: Value): Value {
  return ptrValue(namesOfKind(v, LOCAL_KIND_LOCAL));
}

function getNlocals(v: Value): Value {
  return smallInt(tupleLength(namesOfKind(v, LOCAL_KIND_LOCAL)));
}

function getCellvars(v: Value): Value {
  return ptrValue(namesOfKind(v, LOCAL_KIND_CELL));
}

function getFreevars(v: Value): Value {
  return ptrValue(namesOfKind(v, LOCAL_KIND_FREE));
}

function codeRepr(v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, '<code object ');
  appendStr(sb, <usize>field(v, C.CODE_NAME));
  appendJs(sb, ' at ');
  appendAddress(sb, v);
  appendJs(sb, ', file "');
  appendStr(sb, <usize>field(v, C.CODE_FILENAME));
  appendJs(sb, '", line ');
  appendI64(sb, field(v, C.CODE_FIRSTLINENO));
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

const REPLACE_NAMES: StaticArray<string> = ['co_flags', 'co_firstlineno', 'co_name', 'co_qualname', 'co_filename'];
const REPLACE_OFFSETS: StaticArray<usize> = [C.CODE_FLAGS, C.CODE_FIRSTLINENO, C.CODE_NAME, C.CODE_QUALNAME, C.CODE_FILENAME];

/** code.replace(co_flags=…, co_firstlineno=…, co_name=…, co_qualname=…, co_filename=…): a copy. */
function codeReplace(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 0) {
    const sb = newBuilder();
    appendJs(sb, 'replace() takes no positional arguments');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const given = memory.data(8 * 5);
  for (let i = 0; i < 5; i++) store<u64>(given + (<usize>i << 3), NULL);
  if (!parseKeywords('replace', args, nargs, kwnames, REPLACE_NAMES, given)) return NULL;
  const copy = alloc(C.CODE_SIZE, C.codeType, KIND_CODE);
  memory.copy(copy + 8, ptrOf(self) + 8, C.CODE_SIZE - 8);
  for (let i = 0; i < 5; i++) {
    const v = load<u64>(given + (<usize>i << 3));
    if (v == NULL) continue;
    const isInt = i < 2;
    if (isInt ? !(isSmallInt(v) && intOf(v) >= 0 && intOf(v) <= 0x7FFFFFFF) : !(isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR)) {
      const sb = newBuilder();
      appendJs(sb, 'replace() argument \'');
      appendJs(sb, unchecked(REPLACE_NAMES[i]));
      appendJs(sb, isInt ? '\' must be int, not ' : '\' must be str, not ');
      appendStr(sb, A.typeNameOf(v));
      return raiseStr(TypeError, finishBuilder(sb));
    }
    store<u32>(copy + unchecked(REPLACE_OFFSETS[i]), isInt ? <u32>intOf(v) : <u32>ptrOf(v));
  }
  return ptrValue(copy);
}

/** function.__code__ = code: the code's free variables must match the closure. */
export function setFunctionCode(f: Value, value: Value): i32 {
  if (value == NULL || !(isPtr(value) && kindOfPtr(ptrOf(value)) == KIND_CODE)) {
    const sb = newBuilder();
    appendJs(sb, '__code__ must be set to a code object');
    raiseStr(TypeError, finishBuilder(sb));
    return -1;
  }
  const closure = <usize>load<u32>(ptrOf(f) + FUNC_CLOSURE);
  const nclosure = closure == 0 ? 0 : tupleLength(closure);
  const nfree = <i32>load<u32>(ptrOf(value) + C.CODE_NFREES);
  if (nfree != nclosure) {
    const sb = newBuilder();
    appendStr(sb, <usize>load<u32>(ptrOf(value) + C.CODE_NAME));
    appendJs(sb, '() requires a code object with ');
    appendI64(sb, nclosure);
    appendJs(sb, ' free vars, not ');
    appendI64(sb, nfree);
    raiseStr(ValueError, finishBuilder(sb));
    return -1;
  }
  store<u32>(ptrOf(f) + FUNC_CODE, <u32>ptrOf(value));
  return 0;
}

/**
 * co.co_positions(): an iterator of (lineno, end_lineno, col, end_col) per instruction word, None
 * where unknown (CPython's are per 2-byte code unit: f_lasti // 2 indexes both).
 */
function codePositions(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('co_positions', nargs, kwnames)) return NULL;
  const code = ptrOf(self);
  const count = <i32>load<u32>(code + C.CODE_WORDCOUNT);
  const decoded = alloc(8 + (<usize>count << 4), 0, KIND_RAW) + 8;
  P.decodeAll(<usize>load<u32>(code + C.CODE_POSITIONS), <i32>load<u32>(code + C.CODE_FIRSTLINENO), count, decoded);
  const items = newList(count);
  if (items == 0) return raiseEmpty(MemoryError);
  pushTempRoot(ptrValue(items));
  for (let i = 0; i < count; i++) {
    const t = newTuple(4);
    for (let k = 0; k < 4; k++) {
      const n = load<i32>(decoded + (<usize>i << 4) + (<usize>k << 2));
      tupleSet(t, k, n < 0 ? NONE : smallInt(n));
    }
    listAppend(items, ptrValue(t));
  }
  popTempRoots(1);
  return A.getIter(ptrValue(items));
}

export function setupCodeAttributes(t: usize): void {
  setSlot(t, SLOT_REPR, changetype<usize>(codeRepr));
  defineGetSet(t, 'co_argcount', getArgcount, null);
  defineGetSet(t, 'co_posonlyargcount', getPosonly, null);
  defineGetSet(t, 'co_kwonlyargcount', getKwonly, null);
  defineGetSet(t, 'co_flags', getFlags, null);
  defineGetSet(t, 'co_stacksize', getStacksize, null);
  defineGetSet(t, 'co_firstlineno', getFirstlineno, null);
  defineGetSet(t, 'co_name', getName, null);
  defineGetSet(t, 'co_qualname', getQualname, null);
  defineGetSet(t, 'co_filename', getFilename, null);
  defineGetSet(t, 'co_names', getNames, null);
  defineGetSet(t, 'co_consts', getConsts, null);
  defineGetSet(t, 'co_varnames', getVarnames, null);
  defineGetSet(t, 'co_nlocals', getNlocals, null);
  defineGetSet(t, 'co_cellvars', getCellvars, null);
  defineGetSet(t, 'co_freevars', getFreevars, null);
  defineMethod(t, 'replace', codeReplace);
  defineMethod(t, 'co_positions', codePositions);
}
