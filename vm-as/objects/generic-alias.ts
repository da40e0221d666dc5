// PEP 585 and PEP 604 for the builtin types: list[int] (a types.GenericAlias, through the
// builtin containers' __class_getitem__) and int | None (a types.UnionType, through type's |).
// Both objects are lib/types.py's, imported when first needed.

import { Value, NULL, NONE, ptrValue, smallInt } from '../value';
import { setSlot, SLOT_NB, typeType } from '../types';
import { NB_OR } from '../generated/opcodes';
import { defineClassMethod } from './builtin';
import { checkOneArg } from './args';
import { importLevel } from '../import';
import { internJs } from '../intern';
import { addPermanentRoot, pushTempRoot, popTempRoots } from '../gc';
import { listType } from './list';
import { dictType } from './dict';
import { tupleType } from './tuple';
import { setType, frozensetType } from './set';
import { enumerateType } from './builtin-iterators';
import * as A from '../abstract';

let nTypes: usize = 0;

/** lib/types.py's `name`(a, b), the module imported if it is not yet; NULL with an error set. */
function callTypes(name: string, a: Value, b: Value): Value {
  const module = importLevel(ptrValue(nTypes), NONE, NULL, smallInt(0));
  if (module == NULL) return NULL;
  pushTempRoot(module);
  const f = A.getAttr(module, internJs(name));
  const r = f == NULL ? NULL : A.call2(f, a, b);
  popTempRoots(1);
  return r;
}

/** types.GenericAlias(cls, item): what list[int] and type[int] are. */
export function genericAlias(cls: Value, item: Value): Value {
  return callTypes('GenericAlias', cls, item);
}

/** cls.__class_getitem__(item) of the builtin containers. */
function classGetItem(cls: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('__class_getitem__', nargs, kwnames)) return NULL;
  return genericAlias(cls, load<u64>(args));
}

/** a | b where one is a class: types._union(a, b) (NotImplemented for operands it does not take). */
function typeOrSlot(a: Value, b: Value): Value {
  return callTypes('_union', a, b);
}

export function setupBuiltinGenerics(): void {
  nTypes = internJs('types');
  addPermanentRoot(ptrValue(nTypes));
  setSlot(typeType, SLOT_NB + NB_OR, changetype<usize>(typeOrSlot));
  defineClassMethod(listType, '__class_getitem__', classGetItem);
  defineClassMethod(dictType, '__class_getitem__', classGetItem);
  defineClassMethod(tupleType, '__class_getitem__', classGetItem);
  defineClassMethod(setType, '__class_getitem__', classGetItem);
  defineClassMethod(frozensetType, '__class_getitem__', classGetItem);
  defineClassMethod(enumerateType, '__class_getitem__', classGetItem);
}
