// The error indicator, as CPython's C convention: a failing operation records the exception
// here and returns NULL (or -1); callers check and propagate. AssemblyScript has no try/catch,
// and its `throw` would kill the instance, so this is the only way errors travel.

import { Value, NULL, NONE, ptrOf, ptrValue, isPtr } from './value';
import { strFromJs } from './objects/str';
import { newException, EXC_CONTEXT, setExceptionContext } from './objects/exception';
import { isSubtype } from './types';
import { typeOfPtr } from './object';

/** The exception being raised (NULL when none). */
export let currentExc: Value = NULL;

/**
 * The exception being handled (sys.exception()): set on entering an except/finally handler
 * (PUSH_EXC_INFO), restored on leaving it (POP_EXCEPT). Generators save and restore their own.
 */
export let handledExc: Value = NONE;

export function setHandledExc(v: Value): void {
  handledExc = v;
}

/** Raises an exception instance: records it, chains __context__ as CPython does, returns NULL. */
export function raiseValue(exc: Value): Value {
  if (handledExc != NONE && handledExc != exc) setExceptionContext(ptrOf(exc), handledExc);
  currentExc = exc;
  return NULL;
}

/** Raises `type(message)` where message is an AssemblyScript string literal. */
export function raiseJs(type: usize, message: string): Value {
  return raiseValue(ptrValue(newException(type, ptrValue(strFromJs(message)))));
}

/** Raises `type(message)` where message is a str object. */
export function raiseStr(type: usize, message: usize): Value {
  return raiseValue(ptrValue(newException(type, ptrValue(message))));
}

/** Raises `type()` with no arguments. */
export function raiseEmpty(type: usize): Value {
  return raiseValue(ptrValue(newException(type, NULL)));
}

// @ts-ignore: decorator
@inline export function errOccurred(): bool {
  return currentExc != NULL;
}

/** Takes the pending exception, clearing the indicator. */
export function fetchExc(): Value {
  const e = currentExc;
  currentExc = NULL;
  return e;
}

/** Restores a pending exception taken with fetchExc. */
export function restoreExc(e: Value): void {
  currentExc = e;
}

export function clearExc(): void {
  currentExc = NULL;
}

/** True when the pending exception is an instance of `type` (or a subclass). */
export function excMatches(type: usize): bool {
  return currentExc != NULL && isPtr(currentExc) && isSubtype(typeOfPtr(ptrOf(currentExc)), type);
}

export { EXC_CONTEXT };
