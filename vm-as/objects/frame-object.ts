// Frame objects for generator frames (gi_frame, cr_frame, ag_frame): a view of the frame a
// generator owns, read when asked (f_lineno, f_code, f_locals …). A generator has at most
// one, created on demand and kept in the generator so `g.gi_frame is g.gi_frame`.
//
// Layout (kind KIND_RECORD, every field a Value):
//   +8  u64 generator

import { Value, NONE, NULL, TRUE, isPtr, ptrOf, ptrValue, smallInt } from '../value';
import { alloc } from '../heap';
import { KIND_RECORD, KIND_CELL, kindOfPtr } from '../object';
import { GEN_STATE, GEN_RUNNING, GEN_FINISHED, GEN_FRAME_OBJECT, genFrame, genState, pausedIndex } from './generator';
import { FRAME_BACK, FRAME_CODE, FRAME_GLOBALS, FRAME_BUILTINS, FRAME_LASTI, FRAME_HEADER } from '../interp/frame';
import * as C from './code';
import { LOCAL_KIND_CELL, LOCAL_KIND_FREE } from '../generated/image-format';
import { newDict, dictSet } from './dict';
import { tupleGet } from './tuple';
import { CELL_CONTENTS } from './cell';
import { newBuiltinType } from '../typesetup';
import { addPermanentRoot } from '../gc';
import { setSlot, SLOT_REPR } from '../types';
import { defineGetSet } from './builtin';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { appendAddress } from './baseobject';
import * as A from '../abstract';
import { snapshotChain } from './frame-snapshot';
import { settleGenerator } from '../interp/delegation-chain';

const FRAMEOBJ_GEN: usize = 8;

export let frameType: usize = 0;

/** g's frame object, or None when g has finished. */
export function generatorFrameObject(g: usize): Value {
  settleGenerator(g, false);
  if (genState(g) == GEN_FINISHED) return NONE;
  let fo = <usize>load<u32>(g + GEN_FRAME_OBJECT);
  if (fo == 0) {
    fo = alloc(16, frameType, KIND_RECORD);
    store<u64>(fo + FRAMEOBJ_GEN, ptrValue(g));
    store<u32>(g + GEN_FRAME_OBJECT, <u32>fo);
  }
  return ptrValue(fo);
}

function generatorOf(v: Value): usize {
  const g = ptrOf(load<u64>(ptrOf(v) + FRAMEOBJ_GEN));
  settleGenerator(g, false);
  return g;
}

function codeOf(v: Value): usize {
  return <usize>load<u32>(genFrame(generatorOf(v)) + FRAME_CODE);
}

/** The word index of the instruction the frame is at: where it paused, or (running) the last call. */
function currentIndex(v: Value): i32 {
  const g = generatorOf(v);
  if (load<u32>(g + GEN_STATE) == GEN_RUNNING) return <i32>load<u32>(genFrame(g) + FRAME_LASTI);
  return pausedIndex(g);
}

function getLineno(v: Value): Value {
  return smallInt(C.lineOf(codeOf(v), currentIndex(v)));
}

/** f_lasti counts bytes of 2-byte code units in CPython; ours are words, so it is index × 2. */
function getLasti(v: Value): Value {
  return smallInt(<i64>currentIndex(v) << 1);
}

function getCode(v: Value): Value {
  return ptrValue(codeOf(v));
}

function getGlobals(v: Value): Value {
  return ptrValue(<usize>load<u32>(genFrame(generatorOf(v)) + FRAME_GLOBALS));
}

function getBuiltins(v: Value): Value {
  return ptrValue(<usize>load<u32>(genFrame(generatorOf(v)) + FRAME_BUILTINS));
}

/** A snapshot of the bound local, cell and free variables, by name. */
function getLocals(v: Value): Value {
  const f = genFrame(generatorOf(v));
  const code = <usize>load<u32>(f + FRAME_CODE);
  const names = <usize>load<u32>(code + C.CODE_LOCALSPLUSNAMES);
  const kinds = <usize>load<u32>(code + C.CODE_LOCALSPLUSKINDS) + 8;
  const n = <i32>load<u32>(code + C.CODE_NLOCALSPLUS);
  const d = newDict();
  for (let i = 0; i < n; i++) {
    let value = load<u64>(f + FRAME_HEADER + (<usize>i << 3));
    const kind = <i32>load<u8>(kinds + <usize>i);
    if ((kind & (LOCAL_KIND_CELL | LOCAL_KIND_FREE)) != 0 && isPtr(value) && kindOfPtr(ptrOf(value)) == KIND_CELL) {
      value = load<u64>(ptrOf(value) + CELL_CONTENTS);
    }
    if (value != NULL && dictSet(d, tupleGet(names, i), value) < 0) return NULL;
  }
  return ptrValue(d);
}

/** f_back: while the generator runs, (a snapshot of) the frame that resumed it; else None. */
function getBack(v: Value): Value {
  const g = generatorOf(v);
  const back = <usize>load<u32>(genFrame(g) + FRAME_BACK);
  if (genState(g) != GEN_RUNNING || back == 0) return NONE;
  const s = snapshotChain(back);
  return s == 0 ? NULL : ptrValue(s);
}

function getNone(v: Value): Value {
  return NONE;
}

function getTrue(v: Value): Value {
  return TRUE;
}

function frameRepr(v: Value): Value {
  const code = codeOf(v);
  const sb = newBuilder();
  appendJs(sb, '<frame at ');
  appendAddress(sb, v);
  appendJs(sb, ', file ');
  const file = A.reprOf(ptrValue(<usize>load<u32>(code + C.CODE_FILENAME)));
  if (file == 0) return NULL;
  appendStr(sb, file);
  appendJs(sb, ', line ');
  appendI64(sb, C.lineOf(code, currentIndex(v)));
  appendJs(sb, ', code ');
  appendStr(sb, <usize>load<u32>(code + C.CODE_NAME));
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

export function setupFrameType(): void {
  frameType = newBuiltinType('frame', 0, KIND_RECORD, 0);
  addPermanentRoot(ptrValue(frameType));
  setSlot(frameType, SLOT_REPR, changetype<usize>(frameRepr));
  defineGetSet(frameType, 'f_lineno', getLineno, null);
  defineGetSet(frameType, 'f_lasti', getLasti, null);
  defineGetSet(frameType, 'f_code', getCode, null);
  defineGetSet(frameType, 'f_globals', getGlobals, null);
  defineGetSet(frameType, 'f_builtins', getBuiltins, null);
  defineGetSet(frameType, 'f_locals', getLocals, null);
  defineGetSet(frameType, 'f_back', getBack, null);
  defineGetSet(frameType, 'f_trace', getNone, null);
  defineGetSet(frameType, 'f_trace_lines', getTrue, null);
}
