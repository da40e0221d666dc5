// Calling Python functions: taking a frame and binding the arguments to parameters exactly as
// CPython's initialize_locals does, with its error messages.

import { Value, NULL, ptrOf, ptrValue, isPtr } from '../value';
import { FRAME_CODE, FRAME_FUNC, FRAME_GLOBALS, FRAME_BUILTINS, FRAME_BACK, FRAME_IP, FRAME_SP,
  FRAME_LOCALS, FRAME_FLAGS, FRAME_OWNER, FRAME_LASTI, FRAME_RESUME_MODE, FRAME_HEADER,
  pushFrameMemory, popFrameMemory } from './frame';
import * as C from '../objects/code';
import { FUNC_CODE, FUNC_GLOBALS, FUNC_BUILTINS, FUNC_DEFAULTS, FUNC_KWDEFAULTS, FUNC_QUALNAME } from '../objects/function';
import { CO_VARARGS, CO_VARKEYWORDS } from '../generated/image-format';
import { newTuple, tupleSet, tupleLength, tupleGet, emptyTuple } from '../objects/tuple';
import { newDict, dictSet, dictGetStr } from '../objects/dict';
import { raiseStr, raiseJs } from '../errors';
import { TypeError, RecursionError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from '../objects/strbuilder';
import { strEquals } from '../objects/str';

/** Python frames currently pushed (the recursion depth CPython's limit counts). */
export let callDepth: i32 = 0;
export let recursionLimit: i32 = 1000;

export function setRecursionLimit(n: i32): void {
  recursionLimit = n;
}

/** Counts a frame the eval loop pushes itself; false (nothing counted) at the recursion limit. */
// @ts-ignore: decorator
@inline export function enterFrameDepth(): bool {
  if (callDepth >= recursionLimit) return false;
  callDepth++;
  return true;
}

/** A module frame counts toward the recursion depth like a call. */
export function enterModuleFrame(): void {
  callDepth++;
}

// @ts-ignore: decorator
@inline export function leaveFrameDepth(): void {
  callDepth--;
}

/**
 * Takes a frame for `func` and binds its arguments; returns 0 with an exception set on error.
 * The frame's back, ip and sp are set; the caller links it in and runs it.
 */
export function newFrameForCall(func: usize, args: usize, nargs: i32, kwnames: Value, back: usize): usize {
  if (callDepth >= recursionLimit) {
    raiseJs(RecursionError, 'maximum recursion depth exceeded');
    return 0;
  }
  const code = <usize>load<u32>(func + FUNC_CODE);
  const f = pushFrameMemory(<usize>load<u32>(code + C.CODE_FRAMESIZE));
  if (f == 0) {
    raiseJs(RecursionError, 'maximum recursion depth exceeded');
    return 0;
  }
  initFrame(f, code, func, <usize>load<u32>(func + FUNC_GLOBALS), <usize>load<u32>(func + FUNC_BUILTINS), back);
  if (!bindArguments(f, func, code, args, nargs, kwnames)) {
    popFrameMemory(f);
    return 0;
  }
  callDepth++;
  return f;
}

/** Fills a fresh frame's header and clears its locals. */
export function initFrame(f: usize, code: usize, func: usize, globals: usize, builtins: usize, back: usize): void {
  store<u32>(f + FRAME_CODE, <u32>code);
  store<u32>(f + FRAME_FUNC, <u32>func);
  store<u32>(f + FRAME_GLOBALS, <u32>globals);
  store<u32>(f + FRAME_BUILTINS, <u32>builtins);
  store<u32>(f + FRAME_BACK, <u32>back);
  store<u32>(f + FRAME_IP, <u32>C.codeWords(code));
  const nlocals = <usize>load<u32>(code + C.CODE_NLOCALSPLUS);
  store<u32>(f + FRAME_SP, <u32>(f + FRAME_HEADER + (nlocals << 3)));
  store<u32>(f + FRAME_LOCALS, 0);
  store<u32>(f + FRAME_FLAGS, 0);
  store<u32>(f + FRAME_OWNER, 0);
  store<u32>(f + FRAME_RESUME_MODE, 0);
  store<u32>(f + FRAME_LASTI, 0);
  // Locals start unbound: NULL is 0xFFFA…0, so fill with the pattern rather than zero.
  const locals = f + FRAME_HEADER;
  for (let i: usize = 0; i < nlocals; i++) store<u64>(locals + (i << 3), NULL);
}

function localName(code: usize, i: i32): usize {
  return ptrOf(tupleGet(<usize>load<u32>(code + C.CODE_LOCALSPLUSNAMES), i));
}

/** The index of the parameter named `name` among those keywords can fill, or -1. */
function keywordParameterIndex(code: usize, name: usize, total: i32): i32 {
  for (let i = 0; i < total; i++) if (localName(code, i) == name) return i;
  for (let i = 0; i < total; i++) if (strEquals(localName(code, i), name)) return i;
  return -1;
}

export function bindArguments(f: usize, func: usize, code: usize, args: usize, nargs: i32, kwnames: Value): bool {
  const locals = f + FRAME_HEADER;
  const argcount = <i32>load<u32>(code + C.CODE_ARGCOUNT);
  const posonly = <i32>load<u32>(code + C.CODE_POSONLY);
  const kwonly = <i32>load<u32>(code + C.CODE_KWONLY);
  const flags = load<u32>(code + C.CODE_FLAGS);
  const total = argcount + kwonly;
  const nkw = kwnames == NULL ? 0 : tupleLength(ptrOf(kwnames));
  // Fast path: exactly the positional parameters, nothing else.
  if (nkw == 0 && nargs == argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0 && kwonly == 0) {
    memory.copy(locals, args, <usize>nargs << 3);
    return true;
  }
  let kwdict: usize = 0;
  if (flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    store<u64>(locals + (<usize>(total + ((flags & CO_VARARGS) ? 1 : 0)) << 3), ptrValue(kwdict));
  }
  const npos = min(nargs, argcount);
  memory.copy(locals, args, <usize>npos << 3);
  if (flags & CO_VARARGS) {
    const extra = nargs - npos;
    const t = extra > 0 ? newTuple(extra) : emptyTuple;
    for (let i = 0; i < extra; i++) tupleSet(t, i, load<u64>(args + (<usize>(npos + i) << 3)));
    store<u64>(locals + (<usize>total << 3), ptrValue(t));
  } else if (nargs > argcount) {
    raiseTooManyPositional(func, code, nargs, nkw, args, kwnames);
    return false;
  }
  if (nkw > 0 && !bindKeywords(locals, func, code, args + (<usize>nargs << 3), ptrOf(kwnames), kwdict, posonly, total)) {
    return false;
  }
  return fillDefaults(locals, func, code, nargs, argcount, kwonly);
}

function bindKeywords(locals: usize, func: usize, code: usize, values: usize, kwnames: usize,
  kwdict: usize, posonly: i32, total: i32): bool {
  const nkw = tupleLength(kwnames);
  for (let k = 0; k < nkw; k++) {
    const name = ptrOf(tupleGet(kwnames, k));
    const value = load<u64>(values + (<usize>k << 3));
    const i = keywordParameterIndex(code, name, total);
    if (i < 0 || i < posonly) {
      if (kwdict == 0) {
        if (i >= 0) raisePositionalOnlyAsKeyword(func, code, posonly, kwnames);
        else raiseFunctionError(func, " got an unexpected keyword argument '", name, "'");
        return false;
      }
      if (dictSet(kwdict, ptrValue(name), value) < 0) return false;
      continue;
    }
    if (load<u64>(locals + (<usize>i << 3)) != NULL) {
      raiseFunctionError(func, " got multiple values for argument '", name, "'");
      return false;
    }
    store<u64>(locals + (<usize>i << 3), value);
  }
  return true;
}

function fillDefaults(locals: usize, func: usize, code: usize, nargs: i32, argcount: i32, kwonly: i32): bool {
  if (nargs < argcount) {
    const defaults = <usize>load<u32>(func + FUNC_DEFAULTS);
    const ndefaults = defaults == 0 ? 0 : tupleLength(defaults);
    const firstDefault = argcount - ndefaults;
    let missing = 0;
    for (let i = nargs; i < argcount; i++) {
      if (load<u64>(locals + (<usize>i << 3)) != NULL) continue;
      if (i >= firstDefault) store<u64>(locals + (<usize>i << 3), tupleGet(defaults, i - firstDefault));
      else missing++;
    }
    if (missing > 0) {
      raiseMissing(func, code, locals, 0, firstDefault, missing, 'positional');
      return false;
    }
  }
  if (kwonly > 0) {
    const kwdefaults = <usize>load<u32>(func + FUNC_KWDEFAULTS);
    let missing = 0;
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (load<u64>(locals + (<usize>i << 3)) != NULL) continue;
      const d = kwdefaults == 0 ? NULL : dictGetStr(kwdefaults, localName(code, i));
      if (d != NULL) store<u64>(locals + (<usize>i << 3), d);
      else missing++;
    }
    if (missing > 0) {
      raiseMissing(func, code, locals, argcount, argcount + kwonly, missing, 'keyword-only');
      return false;
    }
  }
  return true;
}

function appendQualname(sb: usize, func: usize): void {
  appendStr(sb, <usize>load<u32>(func + FUNC_QUALNAME)); // the function's __qualname__, as CPython 3.11
  appendJs(sb, '()');
}

function raiseFunctionError(func: usize, middle: string, name: usize, tail: string): void {
  const sb = newBuilder();
  appendQualname(sb, func);
  appendJs(sb, middle);
  appendStr(sb, name);
  appendJs(sb, tail);
  raiseStr(TypeError, finishBuilder(sb));
}

/** "f() missing 2 required positional arguments: 'a' and 'b'" */
function raiseMissing(func: usize, code: usize, locals: usize, from: i32, to: i32, missing: i32, kind: string): void {
  const sb = newBuilder();
  appendQualname(sb, func);
  appendJs(sb, ' missing ');
  appendI64(sb, missing);
  appendJs(sb, ' required ');
  appendJs(sb, kind);
  appendJs(sb, missing == 1 ? ' argument: ' : ' arguments: ');
  let seen = 0;
  for (let i = from; i < to; i++) {
    if (load<u64>(locals + (<usize>i << 3)) != NULL) continue;
    if (seen > 0) appendJs(sb, missing == 2 ? ' and ' : seen == missing - 1 ? ', and ' : ', ');
    appendJs(sb, "'");
    appendStr(sb, localName(code, i));
    appendJs(sb, "'");
    seen++;
  }
  raiseStr(TypeError, finishBuilder(sb));
}

/** "f() takes 2 positional arguments but 3 were given" (with CPython's variants). */
function raiseTooManyPositional(func: usize, code: usize, nargs: i32, nkw: i32, args: usize, kwnames: Value): void {
  const argcount = <i32>load<u32>(code + C.CODE_ARGCOUNT);
  const defaults = <usize>load<u32>(func + FUNC_DEFAULTS);
  const ndefaults = defaults == 0 ? 0 : tupleLength(defaults);
  let kwonlyGiven = 0;
  const kwonly = <i32>load<u32>(code + C.CODE_KWONLY);
  for (let k = 0; k < nkw; k++) {
    const i = keywordParameterIndex(code, ptrOf(tupleGet(ptrOf(kwnames), k)), argcount + kwonly);
    if (i >= argcount) kwonlyGiven++;
  }
  const sb = newBuilder();
  appendQualname(sb, func);
  appendJs(sb, ' takes ');
  if (ndefaults > 0) {
    appendJs(sb, 'from ');
    appendI64(sb, argcount - ndefaults);
    appendJs(sb, ' to ');
  }
  appendI64(sb, argcount);
  appendJs(sb, ndefaults == 0 && argcount == 1 ? ' positional argument but ' : ' positional arguments but ');
  appendI64(sb, nargs);
  if (kwonlyGiven > 0) {
    appendJs(sb, nargs == 1 ? ' positional argument (and ' : ' positional arguments (and ');
    appendI64(sb, kwonlyGiven);
    appendJs(sb, kwonlyGiven == 1 ? ' keyword-only argument) were given' : ' keyword-only arguments) were given');
  } else {
    appendJs(sb, nargs == 1 ? ' was given' : ' were given');
  }
  raiseStr(TypeError, finishBuilder(sb));
}

/** "f() got some positional-only arguments passed as keyword arguments: 'a, b'" */
function raisePositionalOnlyAsKeyword(func: usize, code: usize, posonly: i32, kwnames: usize): void {
  const sb = newBuilder();
  appendQualname(sb, func);
  appendJs(sb, " got some positional-only arguments passed as keyword arguments: '");
  let seen = 0;
  const nkw = tupleLength(kwnames);
  for (let k = 0; k < nkw; k++) {
    const name = ptrOf(tupleGet(kwnames, k));
    const i = keywordParameterIndex(code, name, posonly);
    if (i < 0) continue;
    if (seen++ > 0) appendJs(sb, ', ');
    appendStr(sb, name);
  }
  appendJs(sb, "'");
  raiseStr(TypeError, finishBuilder(sb));
}

export { isPtr, FRAME_BACK, FRAME_IP, FRAME_SP };
