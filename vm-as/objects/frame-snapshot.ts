// sys._getframe() and what tracebacks show of their frames: frame objects that are snapshots.
// Ordinary frames live on the frame stack and vanish when they return, so Python code gets a
// record of what a frame was when asked: its code, line, globals, locals and the chain of its
// callers (f_back), all taken at once. That is what the standard library needs (warnings,
// traceback, namedtuple's and enum's module lookup); a snapshot does not follow later changes.
//
// Layout (kind KIND_RECORD, every field a Value):
//   +8  code     +16 lineno   +24 globals (or None)   +32 locals (dict)   +40 back (or None)
//   +48 lasti (word index)

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, smallInt, intOf, isSmallInt } from '../value';
import { alloc } from '../heap';
import { KIND_RECORD, KIND_CELL, kindOfPtr } from '../object';
import { FRAME_CODE, FRAME_GLOBALS, FRAME_BACK, FRAME_LASTI, FRAME_LOCALS, FRAME_HEADER, currentFrame } from '../interp/frame';
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
import { TB_NEXT, TB_CODE, TB_LASTI, TB_LINENO, tracebackType } from './traceback';
import { raiseJs } from '../errors';
import { TypeError, ValueError } from './exception';
import { checkNoKwargs, checkArgCount } from './args';
import * as A from '../abstract';

const SNAP_CODE: usize = 8;
const SNAP_LINENO: usize = 16;
const SNAP_GLOBALS: usize = 24;
const SNAP_LOCALS: usize = 32;
const SNAP_BACK: usize = 40;
const SNAP_LASTI: usize = 48;
const SNAP_SIZE: usize = 56;

let snapshotType: usize = 0;

function newSnapshot(code: usize, lasti: i32, globals: Value, locals: Value): usize {
  const s = alloc(SNAP_SIZE, snapshotType, KIND_RECORD);
  store<u64>(s + SNAP_CODE, ptrValue(code));
  store<u64>(s + SNAP_LINENO, smallInt(C.lineOf(code, lasti)));
  store<u64>(s + SNAP_GLOBALS, globals);
  store<u64>(s + SNAP_LOCALS, locals);
  store<u64>(s + SNAP_BACK, NONE);
  store<u64>(s + SNAP_LASTI, smallInt(lasti));
  return s;
}

/** The frame's f_locals: the mapping of a module or class frame, else its bound variables. */
function localsOf(f: usize): Value {
  const mapping = <usize>load<u32>(f + FRAME_LOCALS);
  if (mapping != 0) return ptrValue(mapping);
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

/** Snapshots of frame f and every frame below it, linked through f_back; 0 on error. */
export function snapshotChain(f: usize): usize {
  let first: usize = 0;
  let previous: usize = 0;
  // No collection can happen here (natives run between safe points), so the records need no rooting.
  for (let frame = f; frame != 0; frame = <usize>load<u32>(frame + FRAME_BACK)) {
    const locals = localsOf(frame);
    if (locals == NULL) return 0;
    const s = newSnapshot(<usize>load<u32>(frame + FRAME_CODE), <i32>load<u32>(frame + FRAME_LASTI),
      ptrValue(<usize>load<u32>(frame + FRAME_GLOBALS)), locals);
    if (previous != 0) store<u64>(previous + SNAP_BACK, ptrValue(s));
    else first = s;
    previous = s;
  }
  return first;
}

/** sys._getframe([depth]): the caller's frame, or the one depth calls below it. */
export function sysGetframe(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('_getframe', kwnames) || !checkArgCount('_getframe', nargs, 0, 1)) return NULL;
  let depth: i64 = 0;
  if (nargs == 1) {
    const v = load<u64>(args);
    if (!isSmallInt(v)) return raiseJs(TypeError, 'an integer is required');
    depth = intOf(v);
  }
  let f = currentFrame;
  while (depth > 0 && f != 0) {
    f = <usize>load<u32>(f + FRAME_BACK);
    depth--;
  }
  if (f == 0) return raiseJs(ValueError, 'call stack is not deep enough');
  const s = snapshotChain(f);
  return s == 0 ? NULL : ptrValue(s);
}

function snap(v: Value): usize {
  return ptrOf(v);
}

function getCode(v: Value): Value {
  return load<u64>(snap(v) + SNAP_CODE);
}

function getLineno(v: Value): Value {
  return load<u64>(snap(v) + SNAP_LINENO);
}

function getGlobals(v: Value): Value {
  return load<u64>(snap(v) + SNAP_GLOBALS);
}

function getLocals(v: Value): Value {
  return load<u64>(snap(v) + SNAP_LOCALS);
}

function getBack(v: Value): Value {
  return load<u64>(snap(v) + SNAP_BACK);
}

/** f_lasti counts bytes of 2-byte code units in CPython; ours are words, so it is index × 2. */
function getLasti(v: Value): Value {
  return smallInt(intOf(load<u64>(snap(v) + SNAP_LASTI)) << 1);
}

function getNone(v: Value): Value {
  return NONE;
}

function snapshotRepr(v: Value): Value {
  const code = ptrOf(getCode(v));
  const sb = newBuilder();
  appendJs(sb, '<frame at ');
  appendAddress(sb, v);
  appendJs(sb, ', file ');
  const file = A.reprOf(ptrValue(<usize>load<u32>(code + C.CODE_FILENAME)));
  if (file == 0) return NULL;
  appendStr(sb, file);
  appendJs(sb, ', line ');
  appendI64(sb, intOf(getLineno(v)));
  appendJs(sb, ', code ');
  appendStr(sb, <usize>load<u32>(code + C.CODE_NAME));
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

// ---- traceback objects: tb_next, tb_lineno, tb_lasti, tb_frame ----

function tbNext(v: Value): Value {
  return load<u64>(ptrOf(v) + TB_NEXT);
}

function tbLineno(v: Value): Value {
  return smallInt(load<i32>(ptrOf(v) + TB_LINENO));
}

function tbLasti(v: Value): Value {
  return smallInt(<i64>load<u32>(ptrOf(v) + TB_LASTI) << 1);
}

/** A traceback entry keeps its frame's code and position only: its frame has no globals or locals. */
function tbFrame(v: Value): Value {
  const tb = ptrOf(v);
  const s = newSnapshot(<usize>load<u32>(tb + TB_CODE), <i32>load<u32>(tb + TB_LASTI), NONE, ptrValue(newDict()));
  return ptrValue(s);
}

export function setupFrameSnapshots(): void {
  snapshotType = newBuiltinType('frame', 0, KIND_RECORD, 0);
  addPermanentRoot(ptrValue(snapshotType));
  setSlot(snapshotType, SLOT_REPR, changetype<usize>(snapshotRepr));
  defineGetSet(snapshotType, 'f_code', getCode, null);
  defineGetSet(snapshotType, 'f_lineno', getLineno, null);
  defineGetSet(snapshotType, 'f_globals', getGlobals, null);
  defineGetSet(snapshotType, 'f_locals', getLocals, null);
  defineGetSet(snapshotType, 'f_back', getBack, null);
  defineGetSet(snapshotType, 'f_lasti', getLasti, null);
  defineGetSet(snapshotType, 'f_trace', getNone, null);
  defineGetSet(tracebackType, 'tb_next', tbNext, null);
  defineGetSet(tracebackType, 'tb_lineno', tbLineno, null);
  defineGetSet(tracebackType, 'tb_lasti', tbLasti, null);
  defineGetSet(tracebackType, 'tb_frame', tbFrame, null);
}
