// Creates every builtin type with its CPython name and installs its slots; run once at start-up
// after the core types (typesetup.ts) exist.

import { setupMatchFlags } from '../match';
import { setupBuiltinGenerics } from '../objects/generic-alias';
import { newBuiltinType, strTypeObj, tupleTypeObj, dictTypeObj } from '../typesetup';
import { objectType, typeType, inheritSlots, TPFLAG_BASETYPE, TPFLAG_INT_SUBCLASS,
  TPFLAG_LIST_SUBCLASS, TPFLAG_HAS_DICT } from '../types';
import * as K from '../object';
import { setImmediateTypes } from '../abstract';
import { setListType } from '../objects/list';
import { setBytesType } from '../objects/bytes';
import { setupBytesType } from '../objects/bytes-type';
import { setBytearrayType } from '../objects/bytearray';
import { setupBytearrayType } from '../objects/bytearray-type';
import { setupMemoryviewType } from '../objects/memoryview';
import { setComplexType } from '../objects/complex';
import { setCodeType } from '../objects/code';
import { setFunctionType } from '../objects/function';
import { setCellType } from '../objects/cell';
import { setupSliceType } from '../objects/slice';
import { setupSetTypes } from '../objects/set-type';
import { setupDictViewTypes } from '../objects/dict-views';
import { setupBuiltinIteratorTypes } from '../objects/builtin-iterators';
import { setTracebackType } from '../objects/traceback';
import { setGeneratorTypes } from '../objects/generator';
import { setBuiltinTypes } from '../objects/builtin';
import { setSequenceIteratorTypes, setMoreSequenceIteratorTypes, iteratorIterSlot, sequenceIteratorNext } from '../objects/iterators';
import { setupCallableSlots } from '../objects/callables';
import { setupTypeType } from '../objects/typeobject';
import { setupStrType } from '../objects/str-type';
import { setupIntType } from '../objects/int-type';
import { setupFloatType } from '../objects/float-type';
import { setupComplexType } from '../objects/complex-type';
import { setupObjectFormat } from '../objects/format-spec';
import { setupSingletonTypes } from '../objects/singletons';
import { setupTupleType } from '../objects/tuple-type';
import { setupListType } from '../objects/list-type';
import { setupDictType } from '../objects/dict-type';
import { setupRangeType } from '../objects/range';
import { setupModuleType } from '../objects/module';
import { setupGeneratorTypes } from '../objects/generator-type';
import { setupFrameSnapshots } from '../objects/frame-snapshot';
import { setupDescriptorTypes } from '../objects/descriptors';
import { setupSuperType } from '../objects/super';
import { setupWrapperTypes, addSlotWrappers } from '../objects/slot-wrappers';
import { builtinTypeAt } from '../typesetup';
import { setSlot, SLOT_ITER, SLOT_NEXT, TYPE_DICT_OFFSET } from '../types';
import { FUNC_DICT } from '../objects/function';
import { MODULE_DICT } from '../objects/module';
import { addPermanentRoot } from '../gc';
import { ptrValue } from '../value';

function builtin(name: string, kind: u8, flags: u32 = 0): usize {
  const t = newBuiltinType(name, objectType, kind, flags);
  addPermanentRoot(ptrValue(t));
  return t;
}

function iteratorType(name: string): usize {
  const t = builtin(name, K.KIND_ITERATOR);
  setSlot(t, SLOT_ITER, changetype<usize>(iteratorIterSlot));
  setSlot(t, SLOT_NEXT, changetype<usize>(sequenceIteratorNext));
  return t;
}

export function setupBuiltinTypes(): void {
  for (let i = 0; i < 3; i++) {
    const t = i == 0 ? strTypeObj : i == 1 ? tupleTypeObj : dictTypeObj;
    inheritSlots(t, objectType);
    addPermanentRoot(ptrValue(t));
  }
  inheritSlots(typeType, objectType);
  // The callable types first: every other type's methods are descriptors of theirs.
  const functionT = builtin('function', K.KIND_FUNCTION, TPFLAG_HAS_DICT);
  store<u32>(functionT + TYPE_DICT_OFFSET, <u32>FUNC_DICT);
  setFunctionType(functionT);
  const methodT = builtin('method', K.KIND_METHOD);
  const builtinT = builtin('builtin_function_or_method', K.KIND_BUILTIN);
  const methodDescrT = builtin('method_descriptor', K.KIND_DESCRIPTOR);
  const getsetT = builtin('getset_descriptor', K.KIND_DESCRIPTOR);
  setBuiltinTypes(builtinT, methodDescrT, getsetT);
  setupCallableSlots(functionT, methodT, builtinT, methodDescrT, getsetT);
  setupObjectFormat(objectType);
  setupTypeType();
  setupStrType(strTypeObj);
  setupTupleType(tupleTypeObj);
  setupDictType(dictTypeObj);

  const intT = builtin('int', K.KIND_BIGINT, TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS);
  const boolT = newBuiltinType('bool', intT, K.KIND_BIGINT, TPFLAG_INT_SUBCLASS);
  addPermanentRoot(ptrValue(boolT));
  const floatT = builtin('float', K.KIND_FLOAT, TPFLAG_BASETYPE);
  const noneT = builtin('NoneType', 0);
  const notImplT = builtin('NotImplementedType', 0);
  const ellipsisT = builtin('ellipsis', 0);
  setImmediateTypes(intT, floatT, boolT, noneT, notImplT, ellipsisT);
  setupIntType(intT, boolT);
  setupFloatType(floatT);
  setupSingletonTypes(noneT, notImplT, ellipsisT);

  const listT = builtin('list', K.KIND_LIST, TPFLAG_BASETYPE | TPFLAG_LIST_SUBCLASS);
  setListType(listT);
  setupListType(listT);
  setupSetTypes(builtin('set', K.KIND_SET, TPFLAG_BASETYPE), builtin('frozenset', K.KIND_SET, TPFLAG_BASETYPE));
  setupDictViewTypes(builtin('dict_keys', K.KIND_DICT_VIEW), builtin('dict_values', K.KIND_DICT_VIEW),
    builtin('dict_items', K.KIND_DICT_VIEW));
  const bytesT = builtin('bytes', K.KIND_BYTES, TPFLAG_BASETYPE);
  setBytesType(bytesT);
  setupBytesType(bytesT);
  const bytearrayT = builtin('bytearray', K.KIND_BYTEARRAY, TPFLAG_BASETYPE);
  setBytearrayType(bytearrayT);
  setupBytearrayType(bytearrayT);
  setupMemoryviewType(builtin('memoryview', K.KIND_RECORD));
  const complexT = builtin('complex', K.KIND_COMPLEX, TPFLAG_BASETYPE);
  setComplexType(complexT);
  setupComplexType(complexT);
  setupRangeType(builtin('range', K.KIND_RANGE));
  setupSliceType(builtin('slice', K.KIND_SLICE));
  setCodeType(builtin('code', K.KIND_CODE));
  setCellType(builtin('cell', K.KIND_CELL));
  setTracebackType(builtin('traceback', K.KIND_TRACEBACK));
  const moduleT = builtin('module', K.KIND_MODULE, TPFLAG_BASETYPE | TPFLAG_HAS_DICT);
  store<u32>(moduleT + TYPE_DICT_OFFSET, <u32>MODULE_DICT);
  setupModuleType(moduleT);
  setGeneratorTypes(builtin('generator', K.KIND_GENERATOR), builtin('coroutine', K.KIND_GENERATOR),
    builtin('async_generator', K.KIND_GENERATOR));
  setupGeneratorTypes();
  setupFrameSnapshots();
  setupDescriptorTypes(builtin('property', K.KIND_PROPERTY, TPFLAG_BASETYPE), builtin('classmethod', K.KIND_PROPERTY, TPFLAG_BASETYPE),
    builtin('staticmethod', K.KIND_PROPERTY, TPFLAG_BASETYPE), builtin('member_descriptor', K.KIND_PROPERTY));
  setupSuperType(builtin('super', K.KIND_SUPER, TPFLAG_BASETYPE));
  setupWrapperTypes(builtin('wrapper_descriptor', K.KIND_DESCRIPTOR), builtin('method-wrapper', K.KIND_METHOD_WRAPPER));


  setSequenceIteratorTypes(iteratorType('list_iterator'), iteratorType('tuple_iterator'),
    iteratorType('str_iterator'), iteratorType('str_ascii_iterator'), iteratorType('range_iterator'));
  setMoreSequenceIteratorTypes(iteratorType('list_reverseiterator'), iteratorType('iterator'));
  const it = K.KIND_ITERATOR;
  setupBuiltinIteratorTypes(builtin('dict_keyiterator', it), builtin('dict_valueiterator', it),
    builtin('dict_itemiterator', it), builtin('dict_reversekeyiterator', it), builtin('dict_reversevalueiterator', it),
    builtin('dict_reverseitemiterator', it), builtin('set_iterator', it), builtin('reversed', it, TPFLAG_BASETYPE),
    builtin('enumerate', it, TPFLAG_BASETYPE), builtin('zip', it, TPFLAG_BASETYPE), builtin('map', it, TPFLAG_BASETYPE),
    builtin('filter', it, TPFLAG_BASETYPE), builtin('callable_iterator', it));
  setupMatchFlags();
  setupBuiltinGenerics();
}

/** Exposes every builtin type's slots as special methods (int.__add__ …); run once all exist. */
export function addBuiltinSlotWrappers(): void {
  for (let i = 0; builtinTypeAt(i) != 0; i++) addSlotWrappers(builtinTypeAt(i));
}
