// Start-up snapshot of the VM: runs build/vm.wasm's start function and init() once at build
// time, then rewrites the module so that it starts in that state: linear memory becomes the
// data segments, every mutable global starts at its initialised value, and the start function
// is gone (init() then returns at once: its `initialized` flag is already set). A process then
// neither compiles nor runs the code that builds the builtin types, their methods and modules.
//
// Only the module's sections are rewritten, not its code. init() must not call the host: what it
// would set up there would be missing from the snapshot, so such a call fails the build. Nor may
// it depend on the process (a random hash seed, the time): its results are frozen here.
import { readFileSync, writeFileSync } from 'node:fs';

const SECTION = { import: 2, memory: 5, global: 6, export: 7, start: 8, data: 11, dataCount: 12 };
const OP = { end: 0x0b, globalGet: 0x23, i32: 0x41, i64: 0x42, f32: 0x43, f64: 0x44 };
const TYPE = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c };
const EXPORT_GLOBAL = 3;
/** Zero runs shorter than this stay inside a data segment (a segment costs ~8 bytes more). */
const MIN_GAP = 16;

class Reader {
  constructor(bytes, pos = 0) {
    this.bytes = bytes;
    this.pos = pos;
  }
  byte() {
    return this.bytes[this.pos++];
  }
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result >>> 0;
      shift += 7;
    }
  }
  /** Skips a signed LEB128 number. */
  skipLeb() {
    while (this.byte() & 0x80);
  }
  name() {
    const length = this.u32();
    this.pos += length;
  }
  /** Skips a constant expression (what AssemblyScript emits for globals and segment offsets). */
  constExpr() {
    for (;;) {
      const op = this.byte();
      if (op === OP.end) return;
      if (op === OP.i32 || op === OP.i64 || op === OP.globalGet) this.skipLeb();
      else if (op === OP.f32) this.pos += 4;
      else if (op === OP.f64) this.pos += 8;
      else throw new Error(`snapshot: unexpected opcode 0x${op.toString(16)} in a constant expression`);
    }
  }
}

const u32 = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
};
const s64 = (n) => {
  n = BigInt(n);
  const out = [];
  for (;;) {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    if ((n === 0n && (b & 0x40) === 0) || (n === -1n && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
};
const vec = (items) => [...u32(items.length), ...items.flat()];
const name = (text) => vec([...Buffer.from(text)]);
const section = (id, payload) => [id, ...u32(payload.length), ...payload];

/** The module's sections: [{ id, header, start, end }] (where each begins, its payload's bounds). */
function sections(bytes) {
  const out = [];
  const r = new Reader(bytes, 8);
  while (r.pos < bytes.length) {
    const header = r.pos;
    const id = r.byte();
    const size = r.u32();
    out.push({ id, header, start: r.pos, end: r.pos + size });
    r.pos += size;
  }
  return out;
}

/** The mutable globals defined by the module: their indexes and types. */
function mutableGlobals(bytes, list) {
  let imported = 0;
  const imports = list.find((s) => s.id === SECTION.import);
  if (imports) {
    const r = new Reader(bytes, imports.start);
    for (let n = r.u32(); n > 0; n--) {
      r.name();
      r.name();
      const kind = r.byte();
      if (kind === 0) r.u32();
      else if (kind === 1) {
        r.byte();
        if (r.byte() & 1) r.u32();
        r.u32();
      } else if (kind === 2) {
        if (r.byte() & 1) r.u32();
        r.u32();
      } else if (kind === 3) {
        imported++;
        r.pos += 2;
      } else throw new Error(`snapshot: unexpected import kind ${kind}`);
    }
  }
  const globals = [];
  const section = list.find((s) => s.id === SECTION.global);
  if (section) {
    const r = new Reader(bytes, section.start);
    const count = r.u32();
    for (let i = 0; i < count; i++) {
      const type = r.byte();
      const mutable = r.byte() === 1;
      r.constExpr();
      globals.push({ index: imported + i, type, mutable });
    }
  }
  return globals;
}

/** Runs the start function and init() in a copy of the module that exports every global. */
function runInit(bytes, list, globals) {
  const exportsSection = list.find((s) => s.id === SECTION.export);
  const r = new Reader(bytes, exportsSection.start);
  const count = r.u32();
  const extra = globals.filter((g) => g.mutable).map((g) => [...name(`snapshot:${g.index}`), EXPORT_GLOBAL, ...u32(g.index)]);
  const payload = [...u32(count + extra.length), ...bytes.subarray(r.pos, exportsSection.end), ...extra.flat()];
  const probe = rebuild(bytes, list, { [SECTION.export]: section(SECTION.export, payload) });
  const refuse = new Proxy({}, {
    get: (_, name) => () => {
      throw new Error(`snapshot: the VM's start-up called the host (${String(name)}); it must not`);
    },
  });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(probe), { env: refuse, host: refuse });
  instance.exports.init();
  const values = new Map(globals.filter((g) => g.mutable).map((g) => [g.index, instance.exports[`snapshot:${g.index}`].value]));
  return { memory: new Uint8Array(instance.exports.memory.buffer), values };
}

/** The module with some sections replaced (id → new bytes, or null to drop it). */
function rebuild(bytes, list, replace) {
  const parts = [bytes.subarray(0, 8)];
  for (const s of list) {
    if (!(s.id in replace)) parts.push(bytes.subarray(s.header, s.end));
    else if (replace[s.id] !== null) parts.push(Uint8Array.from(replace[s.id]));
  }
  return Buffer.concat(parts);
}

function globalSection(bytes, list, globals, values) {
  const r = new Reader(bytes, list.find((s) => s.id === SECTION.global).start);
  r.u32();
  const entries = globals.map((g) => {
    const start = r.pos;
    r.pos += 2;
    r.constExpr();
    if (!g.mutable) return [...bytes.subarray(start, r.pos)];
    // (A float global's NaN payload might not survive the trip through JS: the VM's values,
    // NaN-boxed, live in i64 globals.)
    const v = values.get(g.index);
    let init;
    if (g.type === TYPE.i32) init = [OP.i32, ...s64(v | 0)];
    else if (g.type === TYPE.i64) init = [OP.i64, ...s64(BigInt.asIntN(64, v))];
    else if (g.type === TYPE.f64) init = [OP.f64, ...new Uint8Array(new Float64Array([v]).buffer)];
    else if (g.type === TYPE.f32) init = [OP.f32, ...new Uint8Array(new Float32Array([v]).buffer)];
    else throw new Error(`snapshot: unexpected global type 0x${g.type.toString(16)}`);
    return [g.type, 1, ...init, OP.end];
  });
  return section(SECTION.global, vec(entries));
}

/** Active data segments holding the non-zero parts of memory. */
function dataSegments(memory) {
  const segments = [];
  let p = 0;
  while (p < memory.length) {
    while (p < memory.length && memory[p] === 0) p++;
    if (p === memory.length) break;
    const start = p;
    let end = p;
    while (p < memory.length && p - end < MIN_GAP) {
      if (memory[p++] !== 0) end = p;
    }
    segments.push([0, OP.i32, ...s64(start | 0), OP.end, ...u32(end - start), ...memory.subarray(start, end)]);
  }
  return segments;
}

function memorySection(bytes, list, pages) {
  const r = new Reader(bytes, list.find((s) => s.id === SECTION.memory).start);
  if (r.u32() !== 1) throw new Error('snapshot: expected one memory');
  const flags = r.byte();
  r.u32();
  const max = flags & 1 ? u32(r.u32()) : [];
  return section(SECTION.memory, [1, flags, ...u32(pages), ...max]);
}

function checkDataSegments(bytes, list) {
  const data = list.find((s) => s.id === SECTION.data);
  // the snapshot's segments replace the data section (inserting one is not needed by asc's output)
  if (!data) throw new Error('snapshot: the module has no data section');
  const r = new Reader(bytes, data.start);
  for (let n = r.u32(); n > 0; n--) {
    const flags = r.u32();
    // memory.init would refer to a passive segment by its index, which the snapshot renumbers
    if (flags !== 0) throw new Error('snapshot: only active data segments of memory 0 are supported');
    r.constExpr();
    const length = r.u32();
    r.pos += length;
  }
}

/** Rewrites the module at `path` (build/vm.wasm) to start initialised. */
export function snapshotVm(path) {
  const bytes = readFileSync(path);
  const list = sections(bytes);
  checkDataSegments(bytes, list);
  const globals = mutableGlobals(bytes, list);
  const { memory, values } = runInit(bytes, list, globals);
  const segments = dataSegments(memory);
  const replace = {
    [SECTION.memory]: memorySection(bytes, list, memory.length >> 16),
    [SECTION.global]: globalSection(bytes, list, globals, values),
    [SECTION.start]: null,
    [SECTION.data]: section(SECTION.data, vec(segments)),
  };
  if (list.some((s) => s.id === SECTION.dataCount)) replace[SECTION.dataCount] = section(SECTION.dataCount, u32(segments.length));
  const out = rebuild(bytes, list, replace);
  new WebAssembly.Module(out); // validates the result
  writeFileSync(path, out);
}
