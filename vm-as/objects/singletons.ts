// None, NotImplemented and Ellipsis: the types of the special immediates, and bool's repr.

import { Value, NONE, TRUE, FALSE, ptrValue } from '../value';
import { setSlot, SLOT_REPR, SLOT_BOOL, SLOT_HASH } from '../types';
import { strFromJs } from './str';
import { addPermanentRoot } from '../gc';

let noneRepr: usize = 0;
let notImplementedRepr: usize = 0;
let ellipsisRepr: usize = 0;
let trueRepr: usize = 0;
let falseRepr: usize = 0;

function rooted(js: string): usize {
  const s = strFromJs(js);
  addPermanentRoot(ptrValue(s));
  return s;
}

function noneReprSlot(v: Value): Value {
  return ptrValue(noneRepr);
}

function noneBoolSlot(v: Value): i32 {
  return 0;
}

function notImplementedReprSlot(v: Value): Value {
  return ptrValue(notImplementedRepr);
}

function ellipsisReprSlot(v: Value): Value {
  return ptrValue(ellipsisRepr);
}

export function boolReprSlot(v: Value): Value {
  return ptrValue(v == TRUE ? trueRepr : falseRepr);
}

export function setupSingletonTypes(noneType: usize, notImplementedType: usize, ellipsisType: usize): void {
  noneRepr = rooted('None');
  notImplementedRepr = rooted('NotImplemented');
  ellipsisRepr = rooted('Ellipsis');
  trueRepr = rooted('True');
  falseRepr = rooted('False');
  setSlot(noneType, SLOT_REPR, changetype<usize>(noneReprSlot));
  setSlot(noneType, SLOT_BOOL, changetype<usize>(noneBoolSlot));
  setSlot(notImplementedType, SLOT_REPR, changetype<usize>(notImplementedReprSlot));
  setSlot(ellipsisType, SLOT_REPR, changetype<usize>(ellipsisReprSlot));
}

export { NONE, FALSE, SLOT_HASH };
