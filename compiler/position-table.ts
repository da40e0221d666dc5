// The compact form of a code object's positions in the code image (the VM decodes it in
// vm-as/objects/position-table.ts). Consecutive words with the same source range (an instruction
// and its cache words, the instructions of one expression) make one run:
//   run := varint(count << 1 | known)
//          when known: svarint(lineno - previous lineno), svarint(endLineno - lineno),
//                      varint(col + 1), varint(endCol + 1)
// A run that is not known covers words without a position (all four numbers -1). The previous
// lineno starts as the code's firstlineno. varint: 7 bits a byte, least significant first, high
// bit set on all but the last; svarint: the varint of (n << 1) for n >= 0, (-n << 1) - 1 otherwise.
// Sixteen bytes a word became one or two, so images are about four times smaller to read, copy
// and keep.

/** Encodes positions (4 numbers a word: lineno, endLineno, col, endCol; -1 when unknown). */
export function encodePositions(positions: Int32Array, firstlineno: number): Uint8Array {
  const out: number[] = [];
  const varint = (n: number) => {
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
  };
  const svarint = (n: number) => varint(n >= 0 ? n * 2 : -n * 2 - 1);
  let previousLine = firstlineno;
  const words = positions.length / 4;
  for (let start = 0; start < words; ) {
    let end = start + 1;
    while (end < words && samePosition(positions, start, end)) end++;
    const [line, endLine, col, endCol] = positions.subarray(start * 4, start * 4 + 4);
    const known = line !== -1 || endLine !== -1 || col !== -1 || endCol !== -1;
    varint((end - start) * 2 + (known ? 1 : 0));
    if (known) {
      svarint(line - previousLine);
      svarint(endLine - line);
      varint(col + 1);
      varint(endCol + 1);
      previousLine = line;
    }
    start = end;
  }
  return Uint8Array.from(out);
}

function samePosition(positions: Int32Array, a: number, b: number): boolean {
  for (let k = 0; k < 4; k++) if (positions[a * 4 + k] !== positions[b * 4 + k]) return false;
  return true;
}
