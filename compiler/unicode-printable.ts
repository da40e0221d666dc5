// str.isprintable() for one code point, by Python 3.11's Unicode database (14.0) rather than
// the JS engine's, whose newer Unicode versions assign characters Python considers unassigned.

import { NON_PRINTABLE } from './unicode-names-data.js';

let starts: Int32Array | null = null;
let ends: Int32Array | null = null;

function decode(): void {
  const pairs = NON_PRINTABLE.split(',');
  starts = new Int32Array(pairs.length);
  ends = new Int32Array(pairs.length);
  let prev = 0;
  for (let i = 0; i < pairs.length; i++) {
    const [gap, len] = pairs[i].split(' ');
    const lo = prev + parseInt(gap, 36);
    starts[i] = lo;
    ends[i] = prev = lo + parseInt(len, 36);
  }
}

/** Whether Python's str.isprintable() accepts the character (space included). */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  if (starts === null) decode();
  let lo = 0;
  let hi = starts!.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < starts![mid]) hi = mid - 1;
    else if (cp >= ends![mid]) lo = mid + 1;
    else return false;
  }
  return true;
}
