// BaseException's methods: with_traceback(tb) and add_note(note) (PEP 678), and the check
// both __traceback__ assignments share.

import { Value, NULL, NONE, ptrOf, ptrValue } from '../value';
import { kindOf, KIND_TRACEBACK, KIND_STR, KIND_LIST } from '../object';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { TypeError, BaseException, EXC_TRACEBACK } from './exception';
import { checkOneArg } from './args';
import { defineMethod } from './builtin';
import { newList, listAppend } from './list';
import { pushTempRoot, popTempRoots } from '../gc';
import { N_notes } from '../names';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import * as A from '../abstract';

/** Sets exc.__traceback__ to a traceback or None; -1 with TypeError for anything else. */
export function setExceptionTraceback(exc: Value, tb: Value): i32 {
  if (tb != NONE && kindOf(tb) != KIND_TRACEBACK) {
    raiseJs(TypeError, '__traceback__ must be a traceback or None');
    return -1;
  }
  store<u64>(ptrOf(exc) + EXC_TRACEBACK, tb);
  return 0;
}

function withTraceback(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('with_traceback', nargs, kwnames, 'BaseException')) return NULL;
  return setExceptionTraceback(self, load<u64>(args)) < 0 ? NULL : self;
}

function addNote(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('add_note', nargs, kwnames, 'BaseException')) return NULL;
  const note = load<u64>(args);
  if (kindOf(note) != KIND_STR) {
    const sb = newBuilder(40);
    appendJs(sb, "note must be a str, not '");
    appendStr(sb, A.typeNameOf(note));
    appendJs(sb, "'");
    return raiseStr(TypeError, finishBuilder(sb));
  }
  let notes = A.getAttrOrNull(self, N_notes);
  if (notes == NULL) {
    if (errOccurred()) return NULL;
    notes = ptrValue(newList(1));
    pushTempRoot(notes);
    const r = A.setAttr(self, N_notes, notes);
    popTempRoots(1);
    if (r < 0) return NULL;
  } else if (kindOf(notes) != KIND_LIST) {
    return raiseJs(TypeError, 'Cannot add note: __notes__ is not a list');
  }
  listAppend(ptrOf(notes), note);
  return NONE;
}

export function defineExceptionMethods(): void {
  defineMethod(BaseException, 'with_traceback', withTraceback);
  defineMethod(BaseException, 'add_note', addNote);
}
