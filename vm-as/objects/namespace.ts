// types.SimpleNamespace: attributes given by keyword (sys.implementation is one). repr shows
// them, namespace(a=1, b='x'); two namespaces are equal when their attributes are.

import { Value, NULL, NOT_IMPLEMENTED, isPtr, ptrOf, ptrValue } from '../value';
import { KIND_INSTANCE, KIND_STR, kindOfPtr } from '../object';
import { objectType, setSlot, isSubtype, SLOT_NEW, SLOT_INIT, SLOT_REPR, SLOT_RICHCOMPARE, TYPE_MODULE,
  TYPE_DICT_OFFSET, TYPE_BASICSIZE, TYPE_NAME, TPFLAG_HAS_DICT, TPFLAG_BASETYPE } from '../types';
import { newBuiltinType, setExtensionModule } from '../typesetup';
import { newInstance, ensureInstanceDict, INSTANCE_DICT, INSTANCE_SIZE, defineDictAttribute } from './baseobject';
import { dictSet, dictNextEntry, entryKey, entryValue } from './dict';
import { tupleGet } from './tuple';
import { kwCount } from './args';
import { internJs } from '../intern';
import { addPermanentRoot } from '../gc';
import { raiseJs } from '../errors';
import { TypeError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { reprEnter, reprLeave } from './sequence-repr';
import { addSlotWrappers } from './slot-wrappers';
import { CMP_EQ, CMP_NE } from '../generated/opcodes';
import * as A from '../abstract';

export let namespaceType: usize = 0;

/** A SimpleNamespace with no attributes yet (set them with A.setAttr). */
export function newNamespace(): Value {
  return ptrValue(newInstance(namespaceType));
}

function namespaceNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return ptrValue(newInstance(ptrOf(type)));
}

/** SimpleNamespace(**kwargs) */
function namespaceInitSlot(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (nargs > 0) {
    raiseJs(TypeError, 'no positional arguments expected');
    return -1;
  }
  const d = ensureInstanceDict(self);
  for (let k = 0; k < kwCount(kwnames); k++) {
    if (dictSet(d, tupleGet(ptrOf(kwnames), k), load<u64>(args + (<usize>k << 3))) < 0) return -1;
  }
  return 0;
}

/** namespace(a=1, b=2): "namespace" for SimpleNamespace itself, the class name for subclasses. */
function namespaceReprSlot(v: Value): Value {
  const type = A.typeOf(v);
  const sb = newBuilder();
  if (type == namespaceType) appendJs(sb, 'namespace');
  else appendStr(sb, <usize>load<u32>(type + TYPE_NAME));
  if (reprEnter(ptrOf(v))) {
    appendJs(sb, '(...)');
    return ptrValue(finishBuilder(sb));
  }
  appendJs(sb, '(');
  const d = ensureInstanceDict(v);
  let first = true;
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
    const key = entryKey(d, i);
    if (!(isPtr(key) && kindOfPtr(ptrOf(key)) == KIND_STR)) continue;
    if (!first) appendJs(sb, ', ');
    first = false;
    appendStr(sb, ptrOf(key));
    appendJs(sb, '=');
    const r = A.reprOf(entryValue(d, i));
    if (r == 0) {
      reprLeave();
      return NULL;
    }
    appendStr(sb, r);
  }
  reprLeave();
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

function namespaceRichCompareSlot(a: Value, b: Value, op: i32): Value {
  if ((op != CMP_EQ && op != CMP_NE) || !isSubtype(A.typeOf(b), namespaceType)) return NOT_IMPLEMENTED;
  return A.richCompare(ptrValue(ensureInstanceDict(a)), ptrValue(ensureInstanceDict(b)), op);
}

export function setupNamespaceType(): void {
  const t = newBuiltinType('SimpleNamespace', objectType, KIND_INSTANCE, TPFLAG_HAS_DICT | TPFLAG_BASETYPE);
  addPermanentRoot(ptrValue(t));
  setExtensionModule(t, internJs('types'));
  store<u32>(t + TYPE_DICT_OFFSET, <u32>INSTANCE_DICT);
  store<u32>(t + TYPE_BASICSIZE, <u32>INSTANCE_SIZE);
  defineDictAttribute(t);
  setSlot(t, SLOT_NEW, changetype<usize>(namespaceNewSlot));
  setSlot(t, SLOT_INIT, changetype<usize>(namespaceInitSlot));
  setSlot(t, SLOT_REPR, changetype<usize>(namespaceReprSlot));
  setSlot(t, SLOT_RICHCOMPARE, changetype<usize>(namespaceRichCompareSlot));
  addSlotWrappers(t);
  namespaceType = t;
}

export { NULL };
