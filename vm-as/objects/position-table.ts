// A code object's positions, kept as the image has them (the runs of compiler/position-table.ts)
// and decoded when a line or column is asked for: tracebacks, frame.f_lineno, co_positions().
// A table is a KIND_RAW buffer: +8 u32 byte length, the runs from +12. Every read is bounded by
// that length, so a malformed table answers "unknown" (-1) rather than reading past its end.

export const TABLE_LENGTH: usize = 8;
export const TABLE_RUNS: usize = 12;

/** The position findPosition() found: lineno, endLineno, col, endCol (-1 when unknown). */
export let foundLine: i32 = -1;
export let foundEndLine: i32 = -1;
export let foundCol: i32 = -1;
export let foundEndCol: i32 = -1;

let at: usize = 0;
let end: usize = 0;
let bad = false;

/** An unsigned varint; sets `bad` past the end or beyond 28 bits. */
function varint(): u32 {
  let result: u32 = 0;
  for (let shift: u32 = 0; shift < 28; shift += 7) {
    if (at >= end) break;
    const b = <u32>load<u8>(at++);
    result |= (b & 0x7F) << shift;
    if ((b & 0x80) == 0) return result;
  }
  bad = true;
  return 0;
}

function svarint(): i32 {
  const v = varint();
  return (v & 1) != 0 ? -<i32>((v + 1) >> 1) : <i32>(v >> 1);
}

// The run being read: its word count, and its position (all -1 when not known).
let runWords: i64 = 0;
let runLine: i32 = -1;
let runEndLine: i32 = -1;
let runCol: i32 = -1;
let runEndCol: i32 = -1;
/** The lineno runs are relative to: the code's firstlineno, then each known run's. */
let previousLine: i32 = 0;

function startReading(table: usize, firstLine: i32): void {
  at = table + TABLE_RUNS;
  end = at + <usize>load<u32>(table + TABLE_LENGTH);
  bad = false;
  previousLine = firstLine;
}

/** Reads the next run into run*; false at the end of the table or when it is malformed. */
function nextRun(): bool {
  if (at >= end) return false;
  const head = varint();
  runLine = runEndLine = runCol = runEndCol = -1;
  if ((head & 1) != 0) {
    previousLine += svarint();
    runLine = previousLine;
    runEndLine = runLine + svarint();
    runCol = <i32>varint() - 1;
    runEndCol = <i32>varint() - 1;
  }
  runWords = <i64>(head >> 1);
  return !bad;
}

/**
 * Decodes the positions of the first `count` words into `out` (4 i32 each: lineno, endLineno,
 * col, endCol; -1 when unknown), as co_positions() gives them.
 */
export function decodeAll(table: usize, firstLine: i32, count: i32, out: usize): void {
  for (let i = 0; i < count * 4; i++) store<i32>(out + (<usize>i << 2), -1);
  if (table == 0) return;
  startReading(table, firstLine);
  let word: i64 = 0;
  while (word < <i64>count && nextRun()) {
    const runEnd = min<i64>(word + runWords, <i64>count);
    for (; word < runEnd; word++) {
      const p = out + (<usize>word << 4);
      store<i32>(p, runLine);
      store<i32>(p, runEndLine, 4);
      store<i32>(p, runCol, 8);
      store<i32>(p, runEndCol, 12);
    }
  }
}

/** Decodes the position of word `index` into found*; all -1 when the table does not cover it. */
export function findPosition(table: usize, firstLine: i32, index: i32): void {
  foundLine = foundEndLine = foundCol = foundEndCol = -1;
  if (table == 0 || index < 0) return;
  startReading(table, firstLine);
  let word: i64 = 0;
  while (nextRun()) {
    word += runWords;
    if (<i64>index < word) {
      foundLine = runLine;
      foundEndLine = runEndLine;
      foundCol = runCol;
      foundEndCol = runEndCol;
      return;
    }
  }
}
