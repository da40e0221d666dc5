// Buffered output to the host's stdout and stderr. stdout collects up to OUT_CAPACITY bytes
// (or a line, when the host says it is a terminal); stderr is written through at once, after
// flushing stdout so the two stay in order on a terminal.

import { hostWrite } from './host';
import { utf8Length, writeUtf8 } from './objects/str';
import { alloc } from './heap';
import { KIND_RAW } from './object';

const OUT_CAPACITY: usize = 1 << 16;
const outBuffer = memory.data(<i32>OUT_CAPACITY);
let outUsed: usize = 0;
let lineBuffered = false;

export function setLineBuffered(on: bool): void {
  lineBuffered = on;
}

export function flushStdout(): void {
  if (outUsed == 0) return;
  hostWrite(1, outBuffer, <i32>outUsed);
  outUsed = 0;
}

/** Writes a str object to stream fd (1 or 2). */
export function writeStr(fd: i32, s: usize): void {
  const n = <usize>utf8Length(s);
  if (fd != 1) {
    flushStdout();
    writeLarge(fd, s, n);
    return;
  }
  if (outUsed + n > OUT_CAPACITY) {
    flushStdout();
    if (n > OUT_CAPACITY) {
      writeLarge(fd, s, n);
      return;
    }
  }
  writeUtf8(s, outBuffer + outUsed);
  outUsed += n;
  if (lineBuffered && n > 0 && load<u8>(outBuffer + outUsed - 1) == 0x0A) flushStdout();
}

/** Writes text that bypasses the buffer, encoding it in a temporary heap object when large. */
function writeLarge(fd: i32, s: usize, n: usize): void {
  const at = n <= OUT_CAPACITY ? outBuffer : alloc(n + 8, 0, KIND_RAW) + 8;
  writeUtf8(s, at);
  hostWrite(fd, at, <i32>n);
}
