// The VM and the frozen modules from the build's files, for Node (see assets.ts).

import { readFileSync } from 'node:fs';
import type { AssetProvider } from './assets.js';

export const nodeAssets: AssetProvider = {
  vm: () => readFileSync(new URL('../build/vm.wasm', import.meta.url)),
  frozenBytes() {
    try {
      return readFileSync(new URL('../build/frozen.bin', import.meta.url));
    } catch {
      return null;
    }
  },
};
