// Tracing for the object kinds beyond the core ones gc.ts handles itself: for each kind, the
// fields that hold references.

import { markPtr, markValue, markValues } from './gc';
import * as K from './object';
import * as C from './objects/code';
import { FUNC_CODE, FUNC_GLOBALS, FUNC_BUILTINS, FUNC_NAME, FUNC_QUALNAME, FUNC_DEFAULTS, FUNC_KWDEFAULTS,
  FUNC_CLOSURE, FUNC_DICT, FUNC_DOC, FUNC_ANNOTATIONS, FUNC_MODULE } from './objects/function';
import { BUILTIN_NAME, BUILTIN_SELF, BUILTIN_OWNER, BUILTIN_MODULE, DESCR_NAME, DESCR_OWNER } from './objects/builtin';
import { METHOD_FUNC, METHOD_SELF } from './objects/callables';
import { CELL_CONTENTS } from './objects/cell';
import { MODULE_DICT, MODULE_NAME } from './objects/module';
import { traceGenerator } from './objects/generator';
import { INSTANCE_DICT } from './objects/baseobject';
import { listStorage, LIST_SIZE } from './objects/list';
import { bytearrayBuffer, BYTEARRAY_SIZE } from './objects/bytearray';
import { setKeysStorage, setHashesStorage, SET_SIZE } from './objects/set';
import { TB_NEXT, TB_CODE } from './objects/traceback';
import { traceIterator } from './objects/iterators';
import { VIEW_DICT } from './objects/dict-views';
import { TYPE_BASICSIZE, TYPE_DICT_OFFSET } from './types';
import { methodWrapperSelf, methodWrapperDescriptor } from './objects/slot-wrappers';

/** Marks the children of an object of one of the non-core kinds. */
export function traceKind(p: usize, kind: u8): void {
  switch (kind) {
    case K.KIND_CODE: traceCode(p); return;
    case K.KIND_FUNCTION: traceFunction(p); return;
    case K.KIND_BUILTIN:
      markPtr(<usize>load<u32>(p + BUILTIN_NAME));
      markValue(load<u64>(p + BUILTIN_SELF));
      markPtr(<usize>load<u32>(p + BUILTIN_OWNER));
      markPtr(<usize>load<u32>(p + BUILTIN_MODULE));
      return;
    case K.KIND_DESCRIPTOR:
      markPtr(<usize>load<u32>(p + DESCR_NAME));
      markPtr(<usize>load<u32>(p + DESCR_OWNER));
      return;
    case K.KIND_METHOD:
      markValue(load<u64>(p + METHOD_FUNC));
      markValue(load<u64>(p + METHOD_SELF));
      return;
    case K.KIND_CELL: markValue(load<u64>(p + CELL_CONTENTS)); return;
    case K.KIND_MODULE:
      markPtr(<usize>load<u32>(p + MODULE_DICT));
      markPtr(<usize>load<u32>(p + MODULE_NAME));
      return;
    case K.KIND_GENERATOR: traceGenerator(p); return;
    case K.KIND_INSTANCE: traceInstance(p); return;
    // Boxes of int/float/complex subclasses: the boxed int and any __slots__ (floats are no pointers).
    case K.KIND_INT_SUBCLASS:
    case K.KIND_FLOAT:
    case K.KIND_COMPLEX:
      traceInstance(p);
      return;
    case K.KIND_BYTEARRAY:
      markPtr(bytearrayBuffer(p));
      traceAddedSlots(p, BYTEARRAY_SIZE);
      return;
    case K.KIND_LIST:
      markPtr(listStorage(p));
      traceAddedSlots(p, LIST_SIZE);
      return;
    case K.KIND_SET:
      markPtr(setKeysStorage(p));
      markPtr(setHashesStorage(p));
      traceAddedSlots(p, SET_SIZE);
      return;
    case K.KIND_RANGE: markValues(p + 8, 4); return;
    case K.KIND_SLICE: markValues(p + 8, 3); return;
    case K.KIND_ITERATOR: traceIterator(p); return;
    case K.KIND_DICT_VIEW: markValue(load<u64>(p + VIEW_DICT)); return;
    case K.KIND_SUPER: markValues(p + 8, 3); return;
    case K.KIND_PROPERTY: markValues(p + 16, 4); return;
    case K.KIND_METHOD_WRAPPER:
      markValue(methodWrapperSelf(p));
      markPtr(methodWrapperDescriptor(p));
      return;
    case K.KIND_TRACEBACK:
      markValue(load<u64>(p + TB_NEXT));
      markPtr(<usize>load<u32>(p + TB_CODE));
      return;
  }
}

/** An instance of a user class: its __slots__ values (the __dict__ pointer gc.ts marks). */
function traceInstance(p: usize): void {
  traceAddedSlots(p, 8);
}

/** The __slots__ values a class added after the first `from` bytes of its instances' layout. */
export function traceAddedSlots(p: usize, from: usize): void {
  const type = K.typeOfPtr(p);
  const size = <usize>load<u32>(type + TYPE_BASICSIZE);
  const dictOffset = <usize>load<u32>(type + TYPE_DICT_OFFSET);
  for (let at: usize = from; at + 8 <= size; at += 8) {
    if (at != dictOffset) markValue(load<u64>(p + at));
  }
}

function traceCode(p: usize): void {
  markPtr(<usize>load<u32>(p + C.CODE_NAME));
  markPtr(<usize>load<u32>(p + C.CODE_QUALNAME));
  markPtr(<usize>load<u32>(p + C.CODE_FILENAME));
  markPtr(<usize>load<u32>(p + C.CODE_LOCALSPLUSNAMES));
  markPtr(<usize>load<u32>(p + C.CODE_LOCALSPLUSKINDS));
  markPtr(<usize>load<u32>(p + C.CODE_NAMES));
  markPtr(<usize>load<u32>(p + C.CODE_CONSTS));
  markPtr(<usize>load<u32>(p + C.CODE_WORDS));
  markPtr(<usize>load<u32>(p + C.CODE_POSITIONS));
  markPtr(<usize>load<u32>(p + C.CODE_HANDLERS));
}

function traceFunction(p: usize): void {
  markPtr(<usize>load<u32>(p + FUNC_CODE));
  markPtr(<usize>load<u32>(p + FUNC_GLOBALS));
  markPtr(<usize>load<u32>(p + FUNC_BUILTINS));
  markPtr(<usize>load<u32>(p + FUNC_NAME));
  markPtr(<usize>load<u32>(p + FUNC_QUALNAME));
  markPtr(<usize>load<u32>(p + FUNC_DEFAULTS));
  markPtr(<usize>load<u32>(p + FUNC_KWDEFAULTS));
  markPtr(<usize>load<u32>(p + FUNC_CLOSURE));
  markPtr(<usize>load<u32>(p + FUNC_DICT));
  markValue(load<u64>(p + FUNC_DOC));
  markValue(load<u64>(p + FUNC_ANNOTATIONS));
  markValue(load<u64>(p + FUNC_MODULE));
}

