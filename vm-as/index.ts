// The VM's entry module: everything the host calls in the Wasm instance is exported here.
// Only i32/f64 and memory addresses cross the boundary (see DESIGN.md).

import { initRuntime } from './runtime';
import { IMAGE_VERSION } from './generated/image-format';
import { reserveInput, runMainImage, resumeRun, describeException, describedLength, exitCode } from './run';
import { setLineBuffered, flushStdout } from './io';
import { setMemoryLimit } from './heap';
import { setRecursionLimit } from './interp/call';
import { requestInterrupt } from './interp/eval';
import { setSlicesEnabled } from './interp/ops';

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

/** Continues after a slice ended (same results as runMain). */
export function resume(): i32 {
  return resumeRun();
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

export function interrupt(): void {
  requestInterrupt();
}

import { collect } from './gc';
/** Runs a full collection now; returns the live bytes (tests and diagnostics). */
export function collectGarbage(): i32 {
  return <i32>collect();
}
