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

/** Decodes the position of word `index` into found*; all -1 when the table does not cover it. */
export function findPosition(table: usize, firstLine: i32, index: i32): void {
  foundLine = foundEndLine = foundCol = foundEndCol = -1;
  if (table == 0 || index < 0) return;
  at = table + TABLE_RUNS;
  end = at + <usize>load<u32>(table + TABLE_LENGTH);
  bad = false;
  let line = firstLine;
  let word: i64 = 0;
  while (at < end) {
    const head = varint();
    let endLine = -1;
    let col = -1;
    let endCol = -1;
    const known = (head & 1) != 0;
    if (known) {
      line += svarint();
      endLine = line + svarint();
      col = <i32>varint() - 1;
      endCol = <i32>varint() - 1;
    }
    if (bad) return;
    word += <i64>(head >> 1);
    if (<i64>index < word) {
      if (known) {
        foundLine = line;
        foundEndLine = endLine;
        foundCol = col;
        foundEndCol = endCol;
      }
      return;
    }
  }
}
