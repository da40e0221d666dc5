// Waiting for host events (a settled JS Promise, socket data, a timer) without blocking the host:
// Python asks to wait (_wasmpy.host_wait), the eval loop returns to the host at its next safe
// point as at the end of a slice, the host awaits its events for up to the time asked, then
// resumes the program, which collects the events that fired (_wasmpy.host_events). Only the
// outermost loop can return: with native code between it and the host (a callback of sorted(),
// a host-driven call) the caller blocks instead, as time.sleep does.
//
// Events are named by tokens the host hands out (the js module's awaited Promises, sockets):
// the Python code that asked for one keeps its callback under the token (lib/_hostevents.py).

import { Value, NULL, NONE, isFloat, floatOf, isSmallInt, intOf, smallInt, boolValue, ptrValue } from './value';
import { raiseJs } from './errors';
import { TypeError, RuntimeError } from './objects/exception';
import { newList, listAppend } from './objects/list';
import { requestAttention, ATTENTION_HOST_WAIT } from './attention';
import { canReturnToHost } from './interp/eval';
import { hostEvents, hostMayCall } from './host';
import { takeAnswer, answerInt } from './hostdata';

/** The wait Python asked for, in seconds (Infinity: until an event), or -1 when none is pending. */
let requestedWait: f64 = -1;

/** The pending wait request for the host (-1: none), which it now answers. */
export function takeHostWait(): f64 {
  const seconds = requestedWait;
  requestedWait = -1;
  return seconds;
}

/**
 * host_wait(seconds): asks the host to wait up to `seconds` (None: until an event) for its events.
 * True: the loop returns to the host at its next safe point — the caller must reach one at once
 * (a call of a Python function). False: the host cannot be returned to from here.
 */
export function hostWait(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const v = nargs == 1 && kwnames == NULL ? load<u64>(args) : NULL;
  let seconds: f64;
  if (v == NONE) seconds = Infinity;
  else if (isFloat(v)) seconds = floatOf(v);
  else if (isSmallInt(v)) seconds = <f64>intOf(v);
  else return raiseJs(TypeError, 'host_wait() takes a number of seconds or None');
  if (!(seconds >= 0)) seconds = 0;
  if (!canReturnToHost()) return boolValue(false);
  requestedWait = seconds;
  requestAttention(ATTENTION_HOST_WAIT);
  return boolValue(true);
}

/** host_events(): the tokens of the host events that fired since the last call. */
export function hostEventTokens(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 0 || kwnames != NULL) return raiseJs(TypeError, 'host_events() takes no arguments');
  const count = hostEvents();
  if (count < 0) return raiseJs(RuntimeError, 'the host cannot wait for its events here (it is running the program synchronously)');
  const tokens = newList(count);
  if (count == 0) return ptrValue(tokens);
  takeAnswer();
  for (let i = 0; i < count; i++) listAppend(tokens, smallInt(answerInt()));
  return ptrValue(tokens);
}

/** host_may_call(): whether JS holds Python callables (one may be called while the program waits). */
export function hostMayCallIn(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs != 0 || kwnames != NULL) return raiseJs(TypeError, 'host_may_call() takes no arguments');
  return boolValue(hostMayCall() != 0);
}
