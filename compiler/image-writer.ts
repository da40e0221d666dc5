// Serialises a code object tree to the code image the VM loads (layout: compiler/image-format.ts).

import { PyBytes, PyComplex, PyEllipsis, PyStrCodePoints } from './ast.js';
import { CodeObject } from './code.js';
import { PyFrozenSet, PyTuple, type Const } from './consts.js';
import { CONST_TAG, IMAGE_MAGIC, IMAGE_VERSION } from './image-format.js';
import { encodePositions } from './position-table.js';

/** The image of a module's code object. */
export function writeImage(module: CodeObject): Uint8Array {
  const w = new ImageWriter();
  w.u32(IMAGE_MAGIC);
  w.u32(IMAGE_VERSION);
  const stringCount = w.placeholder();
  writeConst(w, module);
  w.patchU32(stringCount, w.strings.size);
  return w.finish();
}

/** A growing little-endian byte buffer. */
class ByteWriter {
  private bytes = new Uint8Array(1024);
  private view = new DataView(this.bytes.buffer);
  private length = 0;

  /** Makes room for n bytes and returns where they go (call it before reading this.view). */
  private reserve(n: number): number {
    if (this.length + n > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    const at = this.length;
    this.length += n;
    return at;
  }

  u8(v: number): void {
    const at = this.reserve(1);
    this.view.setUint8(at, v);
  }

  u32(v: number): void {
    const at = this.reserve(4);
    this.view.setUint32(at, v, true);
  }

  i32(v: number): void {
    const at = this.reserve(4);
    this.view.setInt32(at, v, true);
  }

  f64(v: number): void {
    const at = this.reserve(8);
    this.view.setFloat64(at, v, true);
  }

  raw(data: Uint8Array): void {
    const at = this.reserve(data.length);
    this.bytes.set(data, at);
  }

  /** Reserves a u32 to fill in later with patchU32. */
  placeholder(): number {
    return this.reserve(4);
  }

  patchU32(at: number, v: number): void {
    this.view.setUint32(at, v, true);
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** The writer of one image: its bytes, and the strings written so far (by their STR_REF index). */
class ImageWriter extends ByteWriter {
  readonly strings = new Map<string, number>();
}

/**
 * UTF-8, except that surrogate code points (which a Python str may hold alone) are encoded as
 * 3-byte sequences too, as CPython's "surrogatepass" error handler does.
 */
export function encodeStr(codePoints: Iterable<number>): Uint8Array {
  const out: number[] = [];
  for (const cp of codePoints) {
    if (cp < 0x80) {
      out.push(cp);
    } else if (cp < 0x800) {
      out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else {
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    }
  }
  return Uint8Array.from(out);
}

function* codePoints(s: string): Generator<number> {
  for (const ch of s) yield ch.codePointAt(0)!;
}

/** A string's first occurrence in full, later ones as STR_REF (names repeat in every code object). */
function writeStr(w: ImageWriter, s: string | PyStrCodePoints): void {
  const key = typeof s === 'string' ? 's' + s : 'c' + s.codePoints.join(',');
  const seen = w.strings.get(key);
  if (seen !== undefined) {
    w.u8(CONST_TAG.STR_REF);
    w.u32(seen);
    return;
  }
  w.strings.set(key, w.strings.size);
  const bytes = encodeStr(typeof s === 'string' ? codePoints(s) : s.codePoints);
  w.u8(CONST_TAG.STR);
  w.u32(bytes.length);
  w.raw(bytes);
}

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;

function writeInt(w: ImageWriter, v: bigint): void {
  if (v >= INT32_MIN && v <= INT32_MAX) {
    w.u8(CONST_TAG.SMALL_INT);
    w.i32(Number(v));
    return;
  }
  const negative = v < 0n;
  let magnitude = negative ? -v : v;
  const limbs: number[] = [];
  for (; magnitude > 0n; magnitude >>= 32n) limbs.push(Number(magnitude & 0xffffffffn));
  w.u8(CONST_TAG.BIG_INT);
  w.u8(negative ? 1 : 0);
  w.u32(limbs.length);
  for (const limb of limbs) w.u32(limb);
}

function writeItems(w: ImageWriter, tag: number, items: readonly Const[]): void {
  w.u8(tag);
  w.u32(items.length);
  for (const item of items) writeConst(w, item);
}

function writeConst(w: ImageWriter, c: Const): void {
  if (c === null) return w.u8(CONST_TAG.NONE);
  switch (typeof c) {
    case 'boolean':
      return w.u8(c ? CONST_TAG.TRUE : CONST_TAG.FALSE);
    case 'bigint':
      return writeInt(w, c);
    case 'number':
      w.u8(CONST_TAG.FLOAT);
      return w.f64(c);
    case 'string':
      return writeStr(w, c);
  }
  if (c instanceof PyStrCodePoints) return writeStr(w, c);
  if (c instanceof PyEllipsis) return w.u8(CONST_TAG.ELLIPSIS);
  if (c instanceof PyComplex) {
    w.u8(CONST_TAG.COMPLEX);
    w.f64(c.real);
    return w.f64(c.imag);
  }
  if (c instanceof PyBytes) {
    w.u8(CONST_TAG.BYTES);
    w.u32(c.bytes.length);
    return w.raw(c.bytes);
  }
  if (c instanceof PyTuple) return writeItems(w, CONST_TAG.TUPLE, c.items);
  if (c instanceof PyFrozenSet) return writeItems(w, CONST_TAG.FROZENSET, c.items);
  writeCode(w, c);
}

function writeCode(w: ImageWriter, code: CodeObject): void {
  w.u8(CONST_TAG.CODE);
  for (const n of [code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.stacksize, code.firstlineno]) w.u32(n);
  writeStr(w, code.name);
  writeStr(w, code.qualname);
  writeStr(w, code.filename);
  writeItems(w, CONST_TAG.TUPLE, code.localsplusnames);
  w.u8(CONST_TAG.BYTES);
  w.u32(code.localspluskinds.length);
  w.raw(Uint8Array.from(code.localspluskinds));
  writeItems(w, CONST_TAG.TUPLE, code.names);
  writeItems(w, CONST_TAG.TUPLE, code.consts);
  w.u32(code.code.length);
  for (const word of code.code) w.u32(word);
  const positions = encodePositions(code.positions, code.firstlineno);
  w.u32(positions.length);
  w.raw(positions);
  w.u32(code.exceptionTable.length);
  for (const e of code.exceptionTable) {
    w.u32(e.start);
    w.u32(e.end);
    w.u32(e.target);
    w.u32((e.depth << 1) | (e.lasti ? 1 : 0));
  }
}
