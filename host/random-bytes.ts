// Random bytes for the VM (random.seed() without a seed, os.urandom): from /dev/urandom where
// the system has it, as CPython reads them, else from Web Crypto. Reading the device costs
// nothing to set up, where Node's crypto.getRandomValues loads its Web Crypto implementation on
// first use: milliseconds of the start-up of every program that imports random.

import { openSync, readSync, closeSync } from 'node:fs';

let noDevice = false;

/** Fills buf with random bytes. */
export function fillRandom(buf: Uint8Array): void {
  if (fillFromDevice(buf)) return;
  // getRandomValues fills at most 65536 bytes a call.
  for (let at = 0; at < buf.length; at += 65536) {
    crypto.getRandomValues(buf.subarray(at, Math.min(buf.length, at + 65536)) as Uint8Array<ArrayBuffer>);
  }
}

function fillFromDevice(buf: Uint8Array): boolean {
  if (noDevice) return false;
  let fd: number;
  try {
    fd = openSync('/dev/urandom', 'r');
  } catch {
    noDevice = true;
    return false;
  }
  try {
    for (let at = 0; at < buf.length; ) {
      const n = readSync(fd, buf, at, buf.length - at, null);
      if (n <= 0) return false;
      at += n;
    }
    return true;
  } finally {
    closeSync(fd);
  }
}
