// The embedding API, the same in Node and browsers (no Node-only module in here): createPython
// and what it gives (python.ts), and the lower layers the tests and tools use.
import { compileToImage } from '../compiler/index.js';
import { Vm, loadVm, RUN_OK, RUN_EXCEPTION, RUN_EXIT } from './vm.js';
import type { VmOptions } from './vm.js';

export { createPython, Python, PythonError, type PythonOptions, type RunOptions, type Globals } from './python.js';
export { setAssetProvider, type AssetProvider } from './assets.js';
export { noFiles, FileError, ERRNO, type HostFiles, type WriteMode } from './files.js';
export { loadVm, Vm, RUN_OK, RUN_EXCEPTION, RUN_EXIT };
export { MemoryFiles } from './memory-files.js';
export { parse, dumpAst, CompileError, formatCompileError } from '../compiler/index.js';

/** Compiles and runs a program in a fresh VM; returns the VM's outcome code and exit status. */
export function runSource(source: Uint8Array | string, filename: string, options: VmOptions): { outcome: number; status: number } {
  const vm = Vm.create(options);
  const outcome = vm.runMain(compileToImage(source, filename));
  const status = outcome === RUN_OK ? 0 : outcome === RUN_EXIT ? vm.exitStatus() : outcome === RUN_EXCEPTION ? 1 : 2;
  return { outcome, status };
}
