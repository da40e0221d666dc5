// The VM's entry module: everything the host calls in the Wasm instance is exported here.
// Only i32/f64 and memory addresses cross the boundary (see DESIGN.md).

import { initRuntime } from './runtime';
import { IMAGE_VERSION } from './generated/image-format';
import { runMainImage, resumeRun, describeException, describedLength, describedException, exitCode } from './run';
import { reserveInput } from './hostdata';
import { runInteractiveImage } from './interactive';
import { setSysList as configureSys } from './modules/sys';
import { setLineBuffered, flushStdout } from './io';
import { setMemoryLimit } from './heap';
import { setRecursionLimit } from './interp/call';
import { requestInterrupt } from './interp/eval';
import { setSlicesEnabled } from './interp/ops';
import { takeHostWait } from './host-wait';

/** Version of the code-image format this VM accepts; the host checks it against the compiler's. */
export function imageVersion(): i32 {
  return IMAGE_VERSION;
}

/** Brings the runtime to life; the host calls it once before anything else. */
export function init(): void {
  initRuntime();
}

/** Returns the address of a buffer of at least `size` bytes for the host to write input into. */
export function inputBuffer(size: i32): i32 {
  return <i32>reserveInput(<usize>size);
}

/** Runs the code image (length bytes) in the input buffer as __main__: 0 done, 1 uncaught exception, 2 slice ended, 3 SystemExit. */
export function runMain(length: i32): i32 {
  return runMainImage(<usize>length);
}

/** Runs the code image (length bytes) in the input buffer in the REPL's __main__ (same results as runMain). */
export function runInteractive(length: i32): i32 {
  return runInteractiveImage(<usize>length);
}

/** Continues after a slice ended (same results as runMain). */
export function resume(): i32 {
  return resumeRun();
}

/**
 * After a slice ended (RUN_SLICE): the seconds Python asked the host to wait for its events
 * (Infinity: until one fires), or -1 when it ended for another reason. Resume when done waiting.
 */
export function hostWaitRequest(): f64 {
  return takeHostWait();
}

/** JSON describing the uncaught exception: its address; exceptionLength() is its size. */
export function exceptionJson(): i32 {
  return <i32>describeException();
}

export function exceptionLength(): i32 {
  return <i32>describedLength();
}

/** The status SystemExit asked for (after runMain returned 3). */
export function exitStatus(): i32 {
  return exitCode;
}

export function flush(): void {
  flushStdout();
}

export function configure(lineBuffered: i32, memoryLimitMb: i32, recursionLimit: i32, slices: i32): void {
  setLineBuffered(lineBuffered != 0);
  if (memoryLimitMb > 0) setMemoryLimit(<usize>memoryLimitMb << 20);
  if (recursionLimit > 0) setRecursionLimit(recursionLimit);
  setSlicesEnabled(slices != 0);
}

/** Sets sys.argv, sys.path, sys.platform or sys.executable (SYS_LIST_*) from NUL-terminated UTF-8 strings in the input buffer. */
export function setSysList(which: i32, length: i32): void {
  configureSys(which, length);
}

export function interrupt(): void {
  requestInterrupt();
}

import { collect } from './gc';
/** Runs a full collection now; returns the live bytes (tests and diagnostics). */
export function collectGarbage(): i32 {
  return <i32>collect();
}

// ---- driving coroutines (coro-host.ts) ----

/**
 * Sends the value of valueHandle (None for 0) into the coroutine of coroHandle — or, when
 * throwing, raises it there — and runs it: (handle << 2) | STEP_* (0 yielded, 1 returned,
 * 2 raised, 3 slice ended: call coroContinue), the handle holding the yielded, returned or raised value.
 */
export function coroStep(coroHandle: i32, valueHandle: i32, throwing: i32): i32 {
  return hostCoroStep(coroHandle, valueHandle, throwing);
}

/** Continues a step that ended at a slice boundary (same result as coroStep). */
export function coroContinue(): i32 {
  return hostCoroContinue();
}

/** The handle of __main__'s global (or builtin) named by the UTF-8 in the input buffer, or 0. */
export function mainGlobal(length: i32): i32 {
  return hostMainGlobal(reserveInput(<usize>length), length);
}

/** Calls a handle's value with the value of argHandle (no argument for 0): (handle << 2) | 1 returned or 2 raised. */
export function callHandle(fnHandle: i32, argHandle: i32): i32 {
  return hostCallHandle(fnHandle, argHandle);
}

/** A handle holding a small int. */
export function intHandle(n: i32): i32 {
  return hostIntHandle(n);
}

/** repr() of a handle's value as UTF-8 at the returned address; textLength() is its size. */
export function handleRepr(h: i32): i32 {
  return <i32>hostHandleRepr(h);
}

export function textLength(): i32 {
  return <i32>hostTextLength();
}

export function releaseValueHandle(h: i32): void {
  releaseHandle(h);
}

/** Runs asyncio's loop on a virtual clock (host option virtualTime). */
export function setVirtualTime(on: i32): void {
  setWasmpyVirtualTime(on != 0);
}

/** Ends the program as CPython's shutdown does for generators and coroutines (after the traceback, if any). */
export function finalizeProgram(): void {
  hostFinalizeProgram();
}

import { coroStep as hostCoroStep, coroContinue as hostCoroContinue, mainGlobal as hostMainGlobal,
  callHandle as hostCallHandle, intHandle as hostIntHandle, handleRepr as hostHandleRepr,
  textLength as hostTextLength, finalizeProgram as hostFinalizeProgram } from './coro-host';
import { releaseHandle } from './handles';
import { setVirtualTime as setWasmpyVirtualTime } from './modules/wasmpy';

// ---- JS interop (js-host.ts): values by handle, encoded as js-values.ts writes them ----

/** Encodes the value of handle h: 1, then encodedValue() and encodedSize() locate it; 0 when it can't. */
export function encodeHandleValue(h: i32): i32 {
  return encodeHandle(h) ? 1 : 0;
}

export function encodedValue(): i32 {
  return <i32>encodedValues();
}

export function encodedSize(): i32 {
  return <i32>encodedLength;
}

/** Sets a global of __main__: the input buffer holds its name (a string field) then its value; 0 when it can't. */
export function setGlobal(length: i32): i32 {
  return setMainGlobal(<usize>length) ? 1 : 0;
}

/**
 * Calls the value of handle fn with the argc values in the input buffer: HOST_CALL_OK (its value
 * encoded) or HOST_CALL_RAISED (raisedJson() describes the exception).
 */
export function callWith(fn: i32, length: i32, argc: i32): i32 {
  return callHandleWith(fn, <usize>length, argc);
}

/** getattr of a handle's value, the name (a string field) in the input buffer: a HOST_CALL_* status. */
export function getAttribute(h: i32, length: i32): i32 {
  return getAttrOfHandle(h, <usize>length);
}

/** The address of the description of the exception a call or getAttribute raised; exceptionLength() is its size. */
export function raisedJson(): i32 {
  return <i32>describedException();
}

import { encodeHandle, setMainGlobal, callHandleWith, getAttrOfHandle } from './js-host';
import { encodedValues, encodedLength } from './js-values';
