// Running a program without blocking the JS event loop: between slices the driver lets other
// JS code run (every few milliseconds), and when the program waits for host events (a timer of
// asyncio's loop, an awaited Promise) it awaits them instead of blocking the thread.

import { RUN_SLICE, type Vm } from './vm.js';

/** How long a program runs, by default, before the driver lets other JS code run (milliseconds). */
const RUN_BETWEEN_YIELDS_MS = 10;

/** Resolves after other pending JS tasks (timers, I/O callbacks) had their turn. */
function nextMacrotask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  // Browsers: a message is a macrotask not throttled as nested timers are.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Continues a run that returned `status` until it ends: synchronously, blocking the thread when
 * it waits only for time (as the command line always did), until it waits while host events
 * may fire (a socket's data); from then on asynchronously.
 */
export function drive(vm: Vm, status: number): number | Promise<number> {
  while (status === RUN_SLICE) {
    const seconds = vm.takeWaitRequest();
    if (seconds >= 0 && vm.events.pending > 0) return driveAsync(vm, status, { pendingWait: seconds });
    if (seconds >= 0) vm.waitBlocking(seconds);
    status = vm.resume();
  }
  return status;
}

export interface DriveOptions {
  /** The wait the program asked for, when the caller took its request already (default: none). */
  pendingWait?: number;
  /** How long the program runs before other JS code may run (default 10 ms; 0: at every slice). */
  yieldEveryMs?: number;
}

/** Continues a run that returned `status` until it ends; resolves with its final status. */
export async function driveAsync(vm: Vm, status: number, options: DriveOptions = {}): Promise<number> {
  let seconds = options.pendingWait ?? -1;
  const yieldEveryMs = options.yieldEveryMs ?? RUN_BETWEEN_YIELDS_MS;
  let ranSince = performance.now();
  while (status === RUN_SLICE) {
    if (seconds < 0) seconds = vm.takeWaitRequest();
    if (seconds >= 0) {
      vm.flush();
      await vm.events.waitFor(seconds);
      ranSince = performance.now();
    } else if (performance.now() - ranSince >= yieldEveryMs) {
      await nextMacrotask();
      ranSince = performance.now();
    }
    seconds = -1;
    status = vm.resume();
  }
  return status;
}
