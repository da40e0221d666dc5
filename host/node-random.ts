// Random bytes from /dev/urandom, for Node (see random-bytes.ts).

import { openSync, readSync, closeSync } from 'node:fs';

let noDevice = false;

/** Fills buf from /dev/urandom; false where the system has none. */
export function fillFromUrandom(buf: Uint8Array): boolean {
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
