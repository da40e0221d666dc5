// The browser bundle's entry (dist/wasmpy.browser.js, an ES module with no Node built-ins): the
// embedding API (index.ts), whose createPython here first downloads what the VM needs from the
// build — build/vm.wasm, compiled while it streams in, and the frozen standard library
// build/frozen.bin — once per page. Files for programs: MemoryFiles (index.ts).

import { createPython as createPythonHere, setAssetProvider, type Python, type PythonOptions } from './index.js';

export * from './index.js';

/** Where the build's files are (default: build/ beside the bundle's dist/, as in the package). */
export interface AssetUrls {
  vmUrl?: string | URL;
  frozenUrl?: string | URL;
}

let loading: Promise<void> | null = null;

/** Downloads and compiles the VM, and downloads the frozen standard library (once; later calls wait for the first). */
export function loadWasmpy(urls: AssetUrls = {}): Promise<void> {
  loading ??= download(urls).catch((err) => {
    loading = null;
    throw err;
  });
  return loading;
}

async function download(urls: AssetUrls): Promise<void> {
  const vmUrl = urls.vmUrl ?? new URL('../build/vm.wasm', import.meta.url);
  const frozenUrl = urls.frozenUrl ?? new URL('../build/frozen.bin', import.meta.url);
  // Compiled, not instantiated: every interpreter is an instance of its own, with its own imports.
  const [vm, frozen] = await Promise.all([
    WebAssembly.compileStreaming(fetchOk(vmUrl)),
    fetchOk(frozenUrl).then(async (response) => new Uint8Array(await response.arrayBuffer())),
  ]);
  setAssetProvider({ vm: () => vm, frozenBytes: () => frozen });
}

async function fetchOk(url: string | URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`wasmpy: fetching ${response.url || url} failed: ${response.status} ${response.statusText}`);
  return response;
}

/** createPython (python.ts) once the build's files are here (loadWasmpy with the default URLs, unless called before). */
export async function createPython(options: PythonOptions = {}): Promise<Python> {
  await loadWasmpy();
  return createPythonHere(options);
}
