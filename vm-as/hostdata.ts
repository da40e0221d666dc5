// Data crossing the boundary with the host beyond numbers: the input buffer the host writes into
// (code images, strings, its answers), str objects written out as UTF-8 for host imports, and
// the host's answer records (host/protocol.ts) read field by field.

import { alloc } from './heap';
import { KIND_RAW } from './object';
import { newRawHolder, replaceRaw } from './raw-buffers';
import { utf8Length, writeUtf8, strFromUtf8 } from './objects/str';
import { hostAnswerLength, hostTakeAnswer } from './host';

/** The input buffer (raw-buffers.ts). */
let inputHolder: usize = 0;
let inputBuffer: usize = 0;
let inputCapacity: usize = 0;

/** The address of at least `size` bytes the host may write into (valid until the next call). */
export function reserveInput(size: usize): usize {
  if (inputHolder == 0) inputHolder = newRawHolder();
  if (size > inputCapacity) {
    inputCapacity = max(size, inputCapacity << 1);
    inputBuffer = replaceRaw(inputHolder, inputBuffer, 0, inputCapacity);
  }
  return inputBuffer + 8;
}

/** The byte length of the last string encodeForHost wrote. */
export let encodedLength: i32 = 0;

/** Writes a str as UTF-8 into a scratch object (garbage once the host import returns); returns its address. */
export function encodeForHost(s: usize): usize {
  encodedLength = utf8Length(s);
  const at = alloc(<usize>encodedLength + 8, 0, KIND_RAW) + 8;
  writeUtf8(s, at);
  return at;
}

// ---- the host's answers ----

let cursor: usize = 0;
let answerEnd: usize = 0;

/** Copies the host's pending answer into the input buffer and starts reading it. */
export function takeAnswer(): void {
  const n = <usize>hostAnswerLength();
  cursor = reserveInput(n);
  answerEnd = cursor + n;
  hostTakeAnswer(cursor);
}

/** Starts reading `length` bytes the host wrote into the input buffer as an answer. */
export function readInput(length: usize): void {
  cursor = reserveInput(length);
  answerEnd = cursor + length;
}

/** The address of the next n bytes of the answer (valid until the input buffer is reused). */
export function answerBytes(n: i32): usize {
  const at = cursor;
  cursor += <usize>n;
  return at;
}

export function answerF64(): f64 {
  const v = load<f64>(cursor);
  cursor += 8;
  return v;
}

export function answerInt(): i32 {
  const v = load<i32>(cursor);
  cursor += 4;
  return v;
}

/** The next field, a string, as a str object. */
export function answerStr(): usize {
  const n = answerInt();
  const s = strFromUtf8(cursor, n);
  cursor += <usize>n;
  return s;
}

/** Where the rest of the answer (its trailing blob) starts; answerRestLength() is its size. */
export function answerRest(): usize {
  return cursor;
}

export function answerRestLength(): usize {
  return answerEnd - cursor;
}
