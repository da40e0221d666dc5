// What the VM needs besides its code: the compiled WebAssembly module and the frozen modules of
// lib/ (build/vm.wasm, build/frozen.bin). Where they come from depends on the platform: Node
// reads the build's files (node-assets.ts, installed by the Node bundle); a browser build
// installs its own provider, or the embedder passes them as options.

import { readFrozenBundle, type FrozenModule } from '../compiler/index.js';

export interface AssetProvider {
  /** build/vm.wasm: its bytes, or the module compiled already (a browser compiles it as it downloads). */
  vm(): BufferSource | WebAssembly.Module;
  /** The bytes of build/frozen.bin (null when the build made none). */
  frozenBytes(): Uint8Array | null;
}

let provider: AssetProvider | null = null;
let compiled: WebAssembly.Module | null = null;
let frozen: Map<string, FrozenModule> | null = null;

export function setAssetProvider(p: AssetProvider): void {
  provider = p;
  compiled = null;
  frozen = null;
}

function theProvider(): AssetProvider {
  if (!provider) throw new Error('wasmpy: no VM module: pass the `vm` option (a WebAssembly.Module of build/vm.wasm)');
  return provider;
}

/** The compiled VM module (compiled once per process). */
export function vmModule(): WebAssembly.Module {
  if (!compiled) {
    const vm = theProvider().vm();
    compiled = vm instanceof WebAssembly.Module ? vm : new WebAssembly.Module(vm);
  }
  return compiled;
}

/** The modules frozen into build/frozen.bin (none when there are none). */
export function frozenModules(): Map<string, FrozenModule> {
  if (!frozen) {
    const bytes = provider?.frozenBytes() ?? null;
    frozen = bytes ? readFrozenBundle(bytes) : new Map();
  }
  return frozen;
}
