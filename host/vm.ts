// Loading the VM's WebAssembly module.
import { readFile } from 'node:fs/promises';

export interface VmExports {
  imageVersion(): number;
}

/** Compiles and instantiates build/vm.wasm (next to this bundle's dist/ folder). */
export async function loadVm(): Promise<VmExports> {
  const bytes = await readFile(new URL('../build/vm.wasm', import.meta.url));
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: {
      abort(_msg: number, _file: number, line: number, col: number) {
        throw new Error(`VM abort at ${line}:${col}`);
      },
    },
  });
  return instance.exports as unknown as VmExports;
}
