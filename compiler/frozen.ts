// The frozen-module bundle: the Python modules of lib/, compiled to code images at build time
// (scripts/freeze.js writes build/frozen.bin) so that importing them parses nothing at run time.
// The host reads the bundle and hands a module's image to the VM when the VM asks for it.
//
// Layout (integers u32 little-endian):
//   MAGIC  count  then per module:  nameLength name(UTF-8)  flags  imageLength image
//   flags: FROZEN_PACKAGE when the module is a package (lib/NAME/__init__.py)

import { compileToImage } from './pipeline.js';

export const FROZEN_MAGIC = 0x46595057; // 'WPYF'
export const FROZEN_PACKAGE = 1;

export interface FrozenModule {
  name: string;
  isPackage: boolean;
  image: Uint8Array;
}

/** The file name a frozen module's code objects carry, as CPython's frozen modules ("<frozen os>"). */
export function frozenFilename(name: string): string {
  return `<frozen ${name}>`;
}

/** Compiles one module of lib/ (throws CompileError). */
export function freezeModule(name: string, source: Uint8Array | string, isPackage: boolean): FrozenModule {
  return { name, isPackage, image: compileToImage(source, frozenFilename(name)) };
}

export function writeFrozenBundle(modules: FrozenModule[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = modules.map((m) => encoder.encode(m.name));
  const size = 8 + modules.reduce((n, m, i) => n + 12 + names[i].length + m.image.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const u32 = (v: number) => {
    view.setUint32(at, v, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    u32(b.length);
    out.set(b, at);
    at += b.length;
  };
  u32(FROZEN_MAGIC);
  u32(modules.length);
  modules.forEach((m, i) => {
    bytes(names[i]);
    u32(m.isPackage ? FROZEN_PACKAGE : 0);
    bytes(m.image);
  });
  return out;
}

/** The modules of a bundle by name (throws on a malformed bundle). */
export function readFrozenBundle(bundle: Uint8Array): Map<string, FrozenModule> {
  const decoder = new TextDecoder();
  const view = new DataView(bundle.buffer, bundle.byteOffset, bundle.byteLength);
  let at = 0;
  const u32 = () => {
    const v = view.getUint32(at, true);
    at += 4;
    return v;
  };
  const bytes = () => {
    const n = u32();
    if (at + n > bundle.length) throw new Error('malformed frozen-module bundle');
    const b = bundle.subarray(at, at + n);
    at += n;
    return b;
  };
  if (u32() !== FROZEN_MAGIC) throw new Error('not a frozen-module bundle');
  const modules = new Map<string, FrozenModule>();
  for (let count = u32(); count > 0; count--) {
    const name = decoder.decode(bytes());
    const isPackage = (u32() & FROZEN_PACKAGE) !== 0;
    modules.set(name, { name, isPackage, image: bytes() });
  }
  return modules;
}
