// The descriptor types Python code uses: property, classmethod, staticmethod, and the member
// descriptors a class's __slots__ creates.
//
// Layout (kind KIND_PROPERTY):
//   +8  u32 subkind   PROP_*
//   +16 u64 a         property: fget   classmethod/staticmethod: the function   member: its name
//   +24 u64 b         property: fset   member: the class defining it (a pointer value)
//   +32 u64 c         property: fdel   member: the byte offset in the instance (small int)
//   +40 u64 doc       property: __doc__

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, smallInt, intOf } from '../value';
import { alloc } from '../heap';
import { KIND_PROPERTY, kindOfPtr, typeOfPtr } from '../object';
import * as T from '../types';
import * as A from '../abstract';
import { raiseJs, raiseStr } from '../errors';
import { TypeError, AttributeError } from './exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './strbuilder';
import { defineMethod, defineGetSet } from './builtin';
import { newMethod } from './callables';
import { tupleLength, tupleGet } from './tuple';
import { strEquals } from './str';
import { internJs } from '../intern';
import { addPermanentRoot } from '../gc';

const PROP_SUBKIND: usize = 8;
const PROP_A: usize = 16;
const PROP_B: usize = 24;
const PROP_C: usize = 32;
const PROP_DOC: usize = 40;
const PROP_SIZE: usize = 48;

const PROP_PROPERTY: u32 = 1;
const PROP_CLASSMETHOD: u32 = 2;
const PROP_STATICMETHOD: u32 = 3;
const PROP_MEMBER: u32 = 4;

export let propertyType: usize = 0;
export let classmethodType: usize = 0;
export let staticmethodType: usize = 0;
export let memberDescriptorType: usize = 0;

function newDescriptorObject(type: usize, subkind: u32): usize {
  const d = alloc(PROP_SIZE, type, KIND_PROPERTY);
  store<u32>(d + PROP_SUBKIND, subkind);
  store<u64>(d + PROP_A, NONE);
  store<u64>(d + PROP_B, NONE);
  store<u64>(d + PROP_C, NONE);
  store<u64>(d + PROP_DOC, NONE);
  return d;
}

export function newClassmethod(f: Value): usize {
  const d = newDescriptorObject(classmethodType, PROP_CLASSMETHOD);
  store<u64>(d + PROP_A, f);
  return d;
}

export function newStaticmethod(f: Value): usize {
  const d = newDescriptorObject(staticmethodType, PROP_STATICMETHOD);
  store<u64>(d + PROP_A, f);
  return d;
}

/** A __slots__ entry: reads and writes the u64 at `offset` in instances of `owner`. */
export function newMemberDescriptor(owner: usize, name: usize, offset: u32): usize {
  const d = newDescriptorObject(memberDescriptorType, PROP_MEMBER);
  store<u64>(d + PROP_A, ptrValue(name));
  store<u64>(d + PROP_B, ptrValue(owner));
  store<u64>(d + PROP_C, smallInt(offset));
  return d;
}

// ---- property ----

function argument(args: usize, nargs: i32, kwnames: Value, i: i32, name: string): Value {
  if (i < nargs) return load<u64>(args + (<usize>i << 3));
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  for (let k = 0; k < nkw; k++) {
    const key = ptrOf(tupleGet(ptrOf(kwnames), k));
    if (strEquals(key, internJs(name))) return load<u64>(args + (<usize>(nargs + k) << 3));
  }
  return NONE;
}

/** property(fget=None, fset=None, fdel=None, doc=None) */
function propertyInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (nargs > 4) {
    raiseJs(TypeError, 'property() takes at most 4 arguments');
    return -1;
  }
  const d = ptrOf(self);
  store<u64>(d + PROP_A, argument(args, nargs, kwnames, 0, 'fget'));
  store<u64>(d + PROP_B, argument(args, nargs, kwnames, 1, 'fset'));
  store<u64>(d + PROP_C, argument(args, nargs, kwnames, 2, 'fdel'));
  let doc = argument(args, nargs, kwnames, 3, 'doc');
  if (doc == NONE && load<u64>(d + PROP_A) != NONE) {
    doc = A.getAttrOrNull(load<u64>(d + PROP_A), internJs('__doc__'));
    if (doc == NULL) doc = NONE;
  }
  store<u64>(d + PROP_DOC, doc);
  return 0;
}

function propertyNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return ptrValue(newDescriptorObject(ptrOf(type), PROP_PROPERTY));
}

/** "property 'x' of 'A' object has no setter" — the name from fget when it has one. */
function raisePropertyMissing(d: usize, instance: Value, what: string): void {
  const sb = newBuilder();
  const fget = load<u64>(d + PROP_A);
  const name = fget == NONE ? NULL : A.getAttrOrNull(fget, internJs('__name__'));
  if (name != NULL && isPtr(name)) {
    appendJs(sb, "property '");
    appendStr(sb, ptrOf(name));
    appendJs(sb, "' of '");
  } else {
    appendJs(sb, "property of '");
  }
  appendStr(sb, A.typeNameOf(instance));
  appendJs(sb, "' object has no ");
  appendJs(sb, what);
  raiseStr(AttributeError, finishBuilder(sb));
}

function descriptorGet(descr: Value, instance: Value, owner: Value): Value {
  const d = ptrOf(descr);
  const kind = load<u32>(d + PROP_SUBKIND);
  if (kind == PROP_CLASSMETHOD) {
    const cls = owner != NULL && owner != NONE ? owner : ptrValue(A.typeOf(instance));
    return ptrValue(newMethod(load<u64>(d + PROP_A), cls));
  }
  if (kind == PROP_STATICMETHOD) return load<u64>(d + PROP_A);
  if (instance == NULL) return descr;
  if (kind == PROP_MEMBER) return memberGet(d, instance);
  const fget = load<u64>(d + PROP_A);
  if (fget == NONE) {
    raisePropertyMissing(d, instance, 'getter');
    return NULL;
  }
  return A.call1(fget, instance);
}

function descriptorSet(descr: Value, instance: Value, value: Value): i32 {
  const d = ptrOf(descr);
  const kind = load<u32>(d + PROP_SUBKIND);
  if (kind == PROP_MEMBER) return memberSet(d, instance, value);
  const fn = load<u64>(d + (value == NULL ? PROP_C : PROP_B));
  if (fn == NONE) {
    raisePropertyMissing(d, instance, value == NULL ? 'deleter' : 'setter');
    return -1;
  }
  const r = value == NULL ? A.call1(fn, instance) : A.call2(fn, instance, value);
  return r == NULL ? -1 : 0;
}

/** property.getter/setter/deleter: a copy with one function replaced. */
function propertyCopy(self: Value, which: usize, f: Value): Value {
  const d = ptrOf(self);
  const c = newDescriptorObject(A.typeOf(self), PROP_PROPERTY);
  memory.copy(c + PROP_A, d + PROP_A, PROP_SIZE - PROP_A);
  store<u64>(c + which, f);
  if (which == PROP_A && load<u64>(d + PROP_DOC) == NONE) {
    const doc = A.getAttrOrNull(f, internJs('__doc__'));
    store<u64>(c + PROP_DOC, doc == NULL ? NONE : doc);
  }
  return ptrValue(c);
}

function oneArgument(nargs: i32, kwnames: Value, name: string): bool {
  if (nargs == 1 && kwnames == NULL) return true;
  const sb = newBuilder();
  appendJs(sb, name);
  appendJs(sb, '() takes exactly one argument');
  raiseStr(TypeError, finishBuilder(sb));
  return false;
}

function propertyGetter(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return oneArgument(nargs, kwnames, 'getter') ? propertyCopy(self, PROP_A, load<u64>(args)) : NULL;
}

function propertySetter(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return oneArgument(nargs, kwnames, 'setter') ? propertyCopy(self, PROP_B, load<u64>(args)) : NULL;
}

function propertyDeleter(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return oneArgument(nargs, kwnames, 'deleter') ? propertyCopy(self, PROP_C, load<u64>(args)) : NULL;
}

function getFget(v: Value): Value { return load<u64>(ptrOf(v) + PROP_A); }
function getFset(v: Value): Value { return load<u64>(ptrOf(v) + PROP_B); }
function getFdel(v: Value): Value { return load<u64>(ptrOf(v) + PROP_C); }
function getDoc(v: Value): Value { return load<u64>(ptrOf(v) + PROP_DOC); }
function setDoc(v: Value, value: Value): i32 {
  store<u64>(ptrOf(v) + PROP_DOC, value == NULL ? NONE : value);
  return 0;
}

// ---- classmethod and staticmethod ----

function wrapperNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const t = ptrOf(type);
  const kind = T.isSubtype(t, classmethodType) ? PROP_CLASSMETHOD : PROP_STATICMETHOD;
  if (nargs != 1 || kwnames != NULL) {
    const sb = newBuilder();
    appendJs(sb, kind == PROP_CLASSMETHOD ? 'classmethod expected 1 argument, got ' : 'staticmethod expected 1 argument, got ');
    appendJs(sb, nargs == 0 ? '0' : '2');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  const d = newDescriptorObject(t, kind);
  store<u64>(d + PROP_A, load<u64>(args));
  return ptrValue(d);
}

function wrapperInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  return 0;
}

/** staticmethod objects are callable since 3.10. */
function staticmethodCall(callable: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return A.callValue(load<u64>(ptrOf(callable) + PROP_A), args, nargs, kwnames);
}

function getFunc(v: Value): Value { return load<u64>(ptrOf(v) + PROP_A); }

// ---- member descriptors (__slots__) ----

function memberGet(d: usize, instance: Value): Value {
  const owner = ptrOf(load<u64>(d + PROP_B));
  if (!A.isInstance(instance, owner)) return raiseMemberMismatch(d, instance);
  const v = load<u64>(ptrOf(instance) + <usize>intOf(load<u64>(d + PROP_C)));
  if (v == NULL) return A.raiseAttributeError(instance, ptrOf(load<u64>(d + PROP_A)));
  return v;
}

function memberSet(d: usize, instance: Value, value: Value): i32 {
  const owner = ptrOf(load<u64>(d + PROP_B));
  if (!A.isInstance(instance, owner)) {
    raiseMemberMismatch(d, instance);
    return -1;
  }
  const at = ptrOf(instance) + <usize>intOf(load<u64>(d + PROP_C));
  if (value == NULL) {
    const old = load<u64>(at);
    if (old == NULL) {
      A.raiseAttributeError(instance, ptrOf(load<u64>(d + PROP_A)));
      return -1;
    }
  }
  store<u64>(at, value);
  return 0;
}

/**
 * The byte offset a member descriptor (__slots__) reads in instances of `type`, or 0 when v is
 * no member descriptor or instances of type are not ones it applies to (the caches then skip it).
 */
export function memberOffsetFor(v: Value, type: usize): u32 {
  if (!isPtr(v) || typeOfPtr(ptrOf(v)) != memberDescriptorType) return 0;
  const d = ptrOf(v);
  if (!T.isSubtype(type, ptrOf(load<u64>(d + PROP_B)))) return 0;
  return <u32>intOf(load<u64>(d + PROP_C));
}

function raiseMemberMismatch(d: usize, instance: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "descriptor '");
  appendStr(sb, ptrOf(load<u64>(d + PROP_A)));
  appendJs(sb, "' for '");
  appendStr(sb, <usize>load<u32>(ptrOf(load<u64>(d + PROP_B)) + T.TYPE_NAME));
  appendJs(sb, "' objects doesn't apply to a '");
  appendStr(sb, A.typeNameOf(instance));
  appendJs(sb, "' object");
  return raiseStr(TypeError, finishBuilder(sb));
}

function memberRepr(v: Value): Value {
  const d = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, "<member '");
  appendStr(sb, ptrOf(load<u64>(d + PROP_A)));
  appendJs(sb, "' of '");
  appendStr(sb, <usize>load<u32>(ptrOf(load<u64>(d + PROP_B)) + T.TYPE_NAME));
  appendJs(sb, "' objects>");
  return ptrValue(finishBuilder(sb));
}

/** repr of classmethod/staticmethod objects (subclasses too): <staticmethod(<function f at 0x…>)>. */
function wrapperRepr(v: Value): Value {
  const inner = A.reprOf(load<u64>(ptrOf(v) + PROP_A));
  if (inner == 0) return NULL;
  const sb = newBuilder();
  appendJs(sb, T.isSubtype(A.typeOf(v), classmethodType) ? '<classmethod(' : '<staticmethod(');
  appendStr(sb, inner);
  appendJs(sb, ')>');
  return ptrValue(finishBuilder(sb));
}

export function setupDescriptorTypes(property: usize, classmethod: usize, staticmethod: usize, member: usize): void {
  propertyType = property;
  classmethodType = classmethod;
  staticmethodType = staticmethod;
  memberDescriptorType = member;
  for (let i = 0; i < 4; i++) {
    const t = i == 0 ? property : i == 1 ? classmethod : i == 2 ? staticmethod : member;
    T.setSlot(t, T.SLOT_DESCR_GET, changetype<usize>(descriptorGet));
  }
  T.setSlot(property, T.SLOT_DESCR_SET, changetype<usize>(descriptorSet));
  T.setSlot(member, T.SLOT_DESCR_SET, changetype<usize>(descriptorSet));
  T.setSlot(property, T.SLOT_NEW, changetype<usize>(propertyNew));
  T.setSlot(property, T.SLOT_INIT, changetype<usize>(propertyInit));
  defineMethod(property, 'getter', propertyGetter);
  defineMethod(property, 'setter', propertySetter);
  defineMethod(property, 'deleter', propertyDeleter);
  defineGetSet(property, 'fget', getFget, null);
  defineGetSet(property, 'fset', getFset, null);
  defineGetSet(property, 'fdel', getFdel, null);
  defineGetSet(property, '__doc__', getDoc, setDoc);
  for (let i = 0; i < 2; i++) {
    const t = i == 0 ? classmethod : staticmethod;
    T.setSlot(t, T.SLOT_NEW, changetype<usize>(wrapperNew));
    T.setSlot(t, T.SLOT_INIT, changetype<usize>(wrapperInit));
    T.setSlot(t, T.SLOT_REPR, changetype<usize>(wrapperRepr));
    defineGetSet(t, '__func__', getFunc, null);
    defineGetSet(t, '__wrapped__', getFunc, null);
  }
  T.setSlot(staticmethod, T.SLOT_CALL, changetype<usize>(staticmethodCall));
  T.setSlot(member, T.SLOT_REPR, changetype<usize>(memberRepr));
}

export { kindOfPtr, KIND_PROPERTY, addPermanentRoot };
