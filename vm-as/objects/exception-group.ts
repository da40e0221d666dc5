// Exception groups (PEP 654) as CPython 3.11 has them: BaseExceptionGroup and ExceptionGroup
// (construction rules, message, exceptions, str, derive, split, subgroup), and what `except*`
// needs from the VM: CHECK_EG_MATCH splits the handled group by an except* clause's types, and
// PREP_RERAISE_STAR gathers what the clauses raised or re-raised into the exception to propagate.
//
// A group keeps its exceptions tuple in the exception's EXC_VALUE field; args is (message, the
// sequence given), as in CPython.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue } from '../value';
import { kindOfPtr, KIND_TYPE, KIND_TUPLE, KIND_STR, KIND_LIST } from '../object';
import { raiseJs, raiseStr } from '../errors';
import { setSlot, getSlot, SLOT_NEW, SLOT_STR, SLOT_GETITEM, SLOT_CALL, TYPE_NAME,
  TYPE_FLAGS, TPFLAG_EXCEPTION, isSubtype } from '../types';
import { BaseException, BaseExceptionGroup, ExceptionGroup, Exception, TypeError, ValueError,
  EXC_ARGS, EXC_VALUE, EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE, newExceptionWithArgs } from './exception';
import { tupleFromArray, tupleGet, tupleLength, newTuple, tupleSet, tupleItems } from './tuple';
import { newList, listAppend, listGet, listSet, listLength, listItems } from './list';
import { dictType, dictGetStr } from './dict';
import { instanceDictOf } from './baseobject';
import { N_notes } from '../names';
import { listFromIterable } from './list-type';
import { setTwoBases } from './class';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from './strbuilder';
import { defineGetSet, defineMethod } from './builtin';
import { checkOneArg } from './args';
import { pushTempRoot, popTempRoots } from '../gc';
import { internJs } from '../intern';
import * as A from '../abstract';

let nDerive: usize = 0;
let nSplit: usize = 0;

/** Gives ExceptionGroup its second base (Exception) and installs the groups' behaviour. */
export function setupExceptionGroups(): void {
  nDerive = internJs('derive');
  nSplit = internJs('split');
  setTwoBases(ExceptionGroup, BaseExceptionGroup, Exception);
  for (let i = 0; i < 2; i++) {
    const t = i == 0 ? BaseExceptionGroup : ExceptionGroup;
    setSlot(t, SLOT_NEW, changetype<usize>(groupNewSlot));
    setSlot(t, SLOT_STR, changetype<usize>(groupStrSlot));
  }
  defineGetSet(BaseExceptionGroup, 'message', getMessage, null);
  defineGetSet(BaseExceptionGroup, 'exceptions', getExceptions, null);
  defineMethod(BaseExceptionGroup, 'derive', deriveMethod);
  defineMethod(BaseExceptionGroup, 'split', splitMethod);
  defineMethod(BaseExceptionGroup, 'subgroup', subgroupMethod);
}

export function isExceptionGroup(v: Value): bool {
  return isPtr(v) && A.isInstance(v, BaseExceptionGroup);
}

function exceptionsOf(group: Value): usize {
  return ptrOf(load<u64>(ptrOf(group) + EXC_VALUE));
}

function typeError(sb: usize): Value {
  return raiseStr(TypeError, finishBuilder(sb));
}

// ---- construction ----

/** BaseExceptionGroup.__new__(cls, message, exceptions), with CPython's checks and class choice. */
function groupNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  let cls = ptrOf(type);
  if (nargs != 2) {
    const sb = newBuilder();
    appendJs(sb, 'BaseExceptionGroup.__new__() takes exactly 2 arguments (');
    appendI64(sb, nargs);
    appendJs(sb, ' given)');
    return typeError(sb);
  }
  const message = load<u64>(args);
  const given = load<u64>(args, 8);
  if (!(isPtr(message) && kindOfPtr(ptrOf(message)) == KIND_STR)) {
    const sb = newBuilder();
    appendJs(sb, 'BaseExceptionGroup.__new__() argument 1 must be str, not ');
    appendStr(sb, A.typeNameOf(message));
    return typeError(sb);
  }
  const t = A.typeOf(given);
  if (getSlot(t, SLOT_GETITEM) == 0 || A.isInstance(given, dictType)) {
    return raiseJs(TypeError, 'second argument (exceptions) must be a sequence');
  }
  const list = listFromIterable(given);
  if (list == 0) return NULL;
  const n = listLength(list);
  if (n == 0) return raiseJs(ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  for (let i = 0; i < n; i++) {
    const e = listGet(list, i);
    if (!(isPtr(e) && A.isInstance(e, BaseException))) {
      const sb = newBuilder();
      appendJs(sb, 'Item ');
      appendI64(sb, i);
      appendJs(sb, ' of second argument (exceptions) is not an exception');
      return raiseStr(ValueError, finishBuilder(sb));
    }
    if (!A.isInstance(e, Exception)) allExceptions = false;
  }
  if (cls == BaseExceptionGroup) {
    if (allExceptions) cls = ExceptionGroup;
  } else if (cls == ExceptionGroup) {
    if (!allExceptions) return raiseJs(TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && isSubtype(cls, Exception)) {
    const sb = newBuilder();
    appendJs(sb, "Cannot nest BaseExceptions in '");
    appendStr(sb, <usize>load<u32>(cls + TYPE_NAME));
    appendJs(sb, "'");
    return typeError(sb);
  }
  pushTempRoot(ptrValue(list));
  const argsTuple = tupleFromArray(args, 2);
  pushTempRoot(ptrValue(argsTuple));
  const e = newExceptionWithArgs(cls, argsTuple);
  store<u64>(e + EXC_VALUE, ptrValue(tupleFromArray(listItems(list), n)));
  popTempRoots(2);
  return ptrValue(e);
}

/**
 * A new ExceptionGroup('', excs) for except*: excs is the tuple wrapping a naked exception or the
 * list of what several clauses raised (args keeps it as given, as CPython's).
 */
function newPlainGroup(excs: Value): Value {
  const args = newTuple(2);
  pushTempRoot(ptrValue(args));
  tupleSet(args, 0, ptrValue(internJs('')));
  tupleSet(args, 1, excs);
  const e = newExceptionWithArgs(ExceptionGroup, args);
  const items = kindOfPtr(ptrOf(excs)) == KIND_TUPLE ? excs : ptrValue(tupleFromArray(listItems(ptrOf(excs)), listLength(ptrOf(excs))));
  store<u64>(e + EXC_VALUE, items);
  popTempRoots(1);
  return ptrValue(e);
}

// ---- attributes ----

function getMessage(v: Value): Value {
  return tupleGet(ptrOf(load<u64>(ptrOf(v) + EXC_ARGS)), 0);
}

function getExceptions(v: Value): Value {
  return load<u64>(ptrOf(v) + EXC_VALUE);
}

/** str(group): "message (N sub-exception[s])". */
function groupStrSlot(v: Value): Value {
  const message = A.strOf(getMessage(v));
  if (message == 0) return NULL;
  const n = tupleLength(exceptionsOf(v));
  const sb = newBuilder();
  appendStr(sb, message);
  appendJs(sb, ' (');
  appendI64(sb, n);
  appendJs(sb, n > 1 ? ' sub-exceptions)' : ' sub-exception)');
  return ptrValue(finishBuilder(sb));
}

function deriveMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('derive', nargs, kwnames, 'BaseExceptionGroup')) return NULL;
  return A.call2(ptrValue(BaseExceptionGroup), getMessage(self), load<u64>(args));
}

// ---- split and subgroup ----

// How a leaf (or a whole group) is tested: by its class, by a predicate, or by identity.
const MATCH_BY_TYPE: i32 = 0;
const MATCH_BY_PREDICATE: i32 = 1;
const MATCH_BY_IDS: i32 = 2;

/** The matcher kind for split()/subgroup()'s condition; -1 with TypeError when it is none of them. */
function matcherKind(condition: Value): i32 {
  if (isExceptClause(condition)) return MATCH_BY_TYPE;
  if (getSlot(A.typeOf(condition), SLOT_CALL) != 0 && !(isPtr(condition) && kindOfPtr(ptrOf(condition)) == KIND_TYPE)) return MATCH_BY_PREDICATE;
  raiseJs(TypeError, 'expected a function, exception type or tuple of exception types');
  return -1;
}

function isExceptionType(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_TYPE && (load<u32>(ptrOf(v) + TYPE_FLAGS) & TPFLAG_EXCEPTION) != 0;
}

/** What an except (or except*) clause may name: an exception class or a tuple of them. */
export function isExceptClause(v: Value): bool {
  if (isExceptionType(v)) return true;
  if (!(isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_TUPLE)) return false;
  for (let i = 0; i < tupleLength(ptrOf(v)); i++) if (!isExceptionType(tupleGet(ptrOf(v), i))) return false;
  return true;
}

/** Whether an except clause naming `clause` (checked by isExceptClause) catches exc. */
export function exceptClauseCatches(exc: Value, clause: Value): bool {
  const t = A.typeOf(exc);
  const p = ptrOf(clause);
  if (kindOfPtr(p) != KIND_TUPLE) return isSubtype(t, p);
  for (let i = 0; i < tupleLength(p); i++) if (isSubtype(t, ptrOf(tupleGet(p, i)))) return true;
  return false;
}

/** 1 when exc meets the condition, 0 when not, -1 on error. */
function matches(exc: Value, kind: i32, condition: Value): i32 {
  if (kind == MATCH_BY_TYPE) return exceptClauseCatches(exc, condition) ? 1 : 0;
  if (kind == MATCH_BY_PREDICATE) {
    const r = A.call1(condition, exc);
    if (r == NULL) return -1;
    return A.isTrue(r);
  }
  // By identity: condition is a list of the leaf exceptions to keep.
  const ids = ptrOf(condition);
  for (let i = 0; i < listLength(ids); i++) if (listGet(ids, i) == exc) return 1;
  return 0;
}

/** A list of two Nones: where splitGroup and exceptStarMatch leave (match, rest). The caller roots it. */
export function newPair(): usize {
  const pair = newList(2);
  listAppend(pair, NONE);
  listAppend(pair, NONE);
  return pair;
}

/**
 * Splits group by the condition into (match, rest), left in the list `out` (None for an empty
 * part; rest only when wanted). False on error.
 */
function splitGroup(group: Value, kind: i32, condition: Value, wantRest: bool, out: usize): bool {
  listSet(out, 0, NONE);
  listSet(out, 1, NONE);
  const whole = matches(group, kind, condition);
  if (whole < 0) return false;
  if (whole == 1) {
    listSet(out, 0, group);
    return true;
  }
  if (!isExceptionGroup(group)) {
    if (wantRest) listSet(out, 1, group);
    return true;
  }
  const matched = ptrValue(newList(0));
  pushTempRoot(matched);
  const rest = ptrValue(newList(0));
  pushTempRoot(rest);
  const ok = splitMembers(exceptionsOf(group), kind, condition, wantRest, ptrOf(matched), ptrOf(rest)) &&
    deriveInto(group, ptrOf(matched), out, 0) && (!wantRest || deriveInto(group, ptrOf(rest), out, 1));
  popTempRoots(2);
  return ok;
}

function splitMembers(excs: usize, kind: i32, condition: Value, wantRest: bool, matched: usize, rest: usize): bool {
  const parts = newPair();
  pushTempRoot(ptrValue(parts));
  let ok = true;
  for (let i = 0; i < tupleLength(excs) && ok; i++) {
    ok = splitGroup(tupleGet(excs, i), kind, condition, wantRest, parts);
    if (ok && listGet(parts, 0) != NONE) listAppend(matched, listGet(parts, 0));
    if (ok && listGet(parts, 1) != NONE) listAppend(rest, listGet(parts, 1));
  }
  popTempRoots(1);
  return ok;
}

/** group.derive(excs) with group's traceback, context, cause and notes copied, into out[index] (unless excs is empty). */
function deriveInto(group: Value, excs: usize, out: usize, index: i32): bool {
  if (listLength(excs) == 0) return true;
  const derive = A.getAttr(group, nDerive);
  if (derive == NULL) return false;
  const derived = A.call1(derive, ptrValue(excs));
  if (derived == NULL) return false;
  if (!isExceptionGroup(derived)) {
    raiseJs(TypeError, 'derive must return an instance of BaseExceptionGroup');
    return false;
  }
  listSet(out, index, derived);
  const from = ptrOf(group);
  const to = ptrOf(derived);
  store<u64>(to + EXC_TRACEBACK, load<u64>(from + EXC_TRACEBACK));
  store<u64>(to + EXC_CONTEXT, load<u64>(from + EXC_CONTEXT));
  store<u64>(to + EXC_CAUSE, load<u64>(from + EXC_CAUSE));
  const notes = notesOf(group);
  if (notes != NULL && getSlot(A.typeOf(notes), SLOT_GETITEM) != 0) {
    // A copy, so that the parts' notes are independent lists.
    const copy = listFromIterable(notes);
    if (copy == 0) return false;
    pushTempRoot(ptrValue(copy));
    const r = A.setAttr(derived, N_notes, ptrValue(copy));
    popTempRoots(1);
    if (r < 0) return false;
  }
  return true;
}

/** split() or subgroup(): the condition checked, then splitGroup into a rooted pair. NULL on error. */
function splitBy(self: Value, condition: Value, wantRest: bool): usize {
  const kind = matcherKind(condition);
  if (kind < 0) return 0;
  const parts = newPair();
  pushTempRoot(ptrValue(parts));
  const ok = splitGroup(self, kind, condition, wantRest, parts);
  popTempRoots(1);
  return ok ? parts : 0;
}

function splitMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('split', nargs, kwnames, 'BaseExceptionGroup')) return NULL;
  const parts = splitBy(self, load<u64>(args), true);
  return parts == 0 ? NULL : ptrValue(tupleFromArray(listItems(parts), 2));
}

function subgroupMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('subgroup', nargs, kwnames, 'BaseExceptionGroup')) return NULL;
  const parts = splitBy(self, load<u64>(args), false);
  return parts == 0 ? NULL : listGet(parts, 0);
}

// ---- except* ----

/**
 * CHECK_EG_MATCH: the part of the handled exception `exc` that an except* clause for `types`
 * catches (match, or None) and what stays unhandled (rest), left in the list `out`. A naked
 * exception that matches is wrapped in ExceptionGroup(''). False on error.
 */
export function exceptStarMatch(exc: Value, types: Value, out: usize): bool {
  listSet(out, 0, NONE);
  listSet(out, 1, NONE);
  if (!isExceptClause(types)) {
    raiseJs(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    return false;
  }
  if (catchesGroups(types)) {
    raiseJs(TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    return false;
  }
  if (exc == NONE) return true;
  if (matches(exc, MATCH_BY_TYPE, types) == 1) {
    if (isExceptionGroup(exc)) {
      listSet(out, 0, exc);
      return true;
    }
    const one = newTuple(1);
    tupleSet(one, 0, exc);
    pushTempRoot(ptrValue(one));
    const wrapped = newPlainGroup(ptrValue(one));
    popTempRoots(1);
    store<u64>(ptrOf(wrapped) + EXC_TRACEBACK, load<u64>(ptrOf(exc) + EXC_TRACEBACK));
    listSet(out, 0, wrapped);
    return true;
  }
  if (!isExceptionGroup(exc)) return true;
  const split = A.getAttr(exc, nSplit);
  if (split == NULL) return false;
  const pair = A.call1(split, types);
  if (pair == NULL) return false;
  if (!(isPtr(pair) && kindOfPtr(ptrOf(pair)) == KIND_TUPLE && tupleLength(ptrOf(pair)) == 2)) {
    raiseJs(TypeError, 'X.split(...) must return a 2-tuple');
    return false;
  }
  listSet(out, 0, tupleGet(ptrOf(pair), 0));
  listSet(out, 1, tupleGet(ptrOf(pair), 1));
  return true;
}

function catchesGroups(types: Value): bool {
  if (kindOfPtr(ptrOf(types)) != KIND_TUPLE) return isSubtype(ptrOf(types), BaseExceptionGroup);
  for (let i = 0; i < tupleLength(ptrOf(types)); i++) {
    if (isSubtype(ptrOf(tupleGet(ptrOf(types), i)), BaseExceptionGroup)) return true;
  }
  return false;
}

/**
 * PREP_RERAISE_STAR: what leaves a try/except* statement, given the exception it handled (orig)
 * and the list of what its clauses raised (a clause that re-raised contributes the part of orig it
 * caught; None entries are clauses that finished). None when nothing is left.
 */
export function prepareReraiseStar(orig: Value, raised: Value): Value {
  const excs = ptrOf(raised);
  if (!isExceptionGroup(orig)) {
    // A naked exception was wrapped for the clauses: at most one of them ran.
    for (let i = 0; i < listLength(excs); i++) if (listGet(excs, i) != NONE) return listGet(excs, i);
    return NONE;
  }
  const newOnes = ptrValue(newList(0));
  pushTempRoot(newOnes);
  const reraisedLeaves = ptrValue(newList(0));
  pushTempRoot(reraisedLeaves);
  for (let i = 0; i < listLength(excs); i++) {
    const e = listGet(excs, i);
    if (e == NONE) continue;
    if (sameMetadata(e, orig)) collectLeaves(e, ptrOf(reraisedLeaves));
    else listAppend(ptrOf(newOnes), e);
  }
  const r = combine(orig, ptrOf(newOnes), reraisedLeaves);
  popTempRoots(2);
  return r;
}

/** The re-raised part of orig (its leaves still in `leaves`), plus the new exceptions, as one exception. */
function combine(orig: Value, newOnes: usize, leaves: Value): Value {
  let reraised: Value = NONE;
  if (listLength(ptrOf(leaves)) > 0) {
    const parts = newPair();
    pushTempRoot(ptrValue(parts));
    const ok = splitGroup(orig, MATCH_BY_IDS, leaves, false, parts);
    popTempRoots(1);
    if (!ok) return NULL;
    reraised = listGet(parts, 0);
  }
  if (listLength(newOnes) == 0) return reraised;
  if (reraised != NONE) listAppend(newOnes, reraised);
  if (listLength(newOnes) == 1) return listGet(newOnes, 0);
  return newPlainGroup(ptrValue(newOnes));
}

/** A clause that re-raised what it caught raises an exception with orig's traceback and links. */
function sameMetadata(e: Value, orig: Value): bool {
  const a = ptrOf(e);
  const b = ptrOf(orig);
  return notesOf(e) == notesOf(orig) && load<u64>(a + EXC_TRACEBACK) == load<u64>(b + EXC_TRACEBACK) &&
    load<u64>(a + EXC_CONTEXT) == load<u64>(b + EXC_CONTEXT) && load<u64>(a + EXC_CAUSE) == load<u64>(b + EXC_CAUSE);
}

/** The exception's __notes__ (kept in its __dict__), or NULL. */
function notesOf(e: Value): Value {
  const d = instanceDictOf(e);
  return d == 0 ? NULL : dictGetStr(d, N_notes);
}

function collectLeaves(e: Value, into: usize): void {
  if (!isExceptionGroup(e)) {
    listAppend(into, e);
    return;
  }
  const excs = exceptionsOf(e);
  for (let i = 0; i < tupleLength(excs); i++) collectLeaves(tupleGet(excs, i), into);
}
