// Loading wasmpy's bundle for Node (dist/wasmpy.cjs: the embedding API and the command line)
// through V8's code cache (dist/wasmpy.cache). The cache holds the bytecode of the functions a
// typical run needs, recorded after a warm-up run at build time: Node then neither parses the
// bundle nor compiles those functions again, which used to be most of wasmpy's start-up. Node 20
// can't cache ES modules, hence a CommonJS bundle compiled here with vm.Script.
//
// Built on its own into dist/load.cjs, which bin/wasmpy.js and dist/wasmpy.js load.

import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

type Bundle = typeof import('./bundle.js');

// dist/load.cjs is CommonJS, next to the bundle.
const bundlePath = join(__dirname, 'wasmpy.cjs');
const cachePath = join(__dirname, 'wasmpy.cache');

let loaded: Bundle | null = null;

export function loadBundle(): Bundle {
  if (loaded) return loaded;
  // The bundle is ASCII (the build checks): Latin-1 is the cheapest exact way to read it.
  const source = readFileSync(bundlePath, 'latin1');
  // Its last line names the build, and the cache starts with that line: a cache of another build
  // is ignored. V8 itself rejects a cache made by another V8 version or with other V8 flags.
  const stampAt = source.lastIndexOf('\n// wasmpy build ') + 1;
  const stamp = Buffer.from(source.slice(stampAt, source.indexOf('\n', stampAt) + 1), 'latin1');
  let cache: Buffer | undefined;
  try {
    const file = readFileSync(cachePath);
    if (file.subarray(0, stamp.length).equals(stamp)) cache = file.subarray(stamp.length);
  } catch {
    // no cache yet
  }
  // The bundle is one function expression: Node's wrapper of a CommonJS module.
  const script = new Script(source, { filename: bundlePath, cachedData: cache });
  if (cache === undefined || script.cachedDataRejected) process.once('exit', () => saveCache(script, stamp));
  const module = { exports: {} as Bundle };
  script.runInThisContext()(module.exports, require, module, bundlePath, __dirname);
  loaded = module.exports;
  return loaded;
}

/**
 * Records the cache for the next runs, with what this process compiled. A read-only installation
 * runs without one (and without paying for making it); the rename replaces the file atomically.
 */
function saveCache(script: Script, stamp: Buffer): void {
  const temp = `${cachePath}.${process.pid}`;
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch {
    return;
  }
  try {
    try {
      writeFileSync(fd, Buffer.concat([stamp, script.createCachedData()]));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, cachePath);
  } catch {
    rmSync(temp, { force: true });
  }
}
