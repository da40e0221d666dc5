// Builds everything `npm ci` needs: the VM (AssemblyScript → build/vm.wasm), the
// TypeScript bundles under dist/ (Node's and the browser's) and the frozen modules of lib/
// (build/frozen.bin). Run by `npm run build` and by `prepare`.
import { build } from 'esbuild';
import asc from 'assemblyscript/asc';
import { mkdirSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateVmConstants } from './gen-vm-constants.js';
import { freezeLib } from './freeze.js';
import { snapshotVm } from './snapshot-vm.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
mkdirSync('build', { recursive: true });

async function buildVm() {
  const transform = join(root, 'scripts', 'asc-lean-eval-loop.js');
  const { error, stderr } = await asc.main(['--config', 'asconfig.json', '--target', 'release', '--transform', transform], {
    stdout: process.stdout,
    stderr: process.stderr,
  });
  if (error) {
    console.error(stderr.toString());
    throw new Error('asc failed: ' + error.message);
  }
}

async function buildBundles() {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  await build({ ...common, format: 'esm', entryPoints: { compiler: 'compiler/index.ts' }, outdir: 'dist' });
  // Node's part, which dist/load.cjs loads through V8's code cache (see host/load.ts): one
  // function expression, Node's wrapper of a CommonJS module. Whitespace is minified for less
  // to read, and so that the bundle is ASCII (comments gone, esbuild escapes the rest): it is
  // read as Latin-1. Its last line names the build, for the cache.
  await build({
    ...common,
    format: 'cjs',
    minifyWhitespace: true,
    entryPoints: { wasmpy: 'host/bundle.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
    define: { 'import.meta.url': 'import_meta_url' },
    inject: ['scripts/import-meta-url.js'],
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
    footer: { js: `})\n// wasmpy build ${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}` },
  });
  if (/[^\0-\x7f]/.test(readFileSync('dist/wasmpy.cjs', 'latin1'))) throw new Error('dist/wasmpy.cjs is not ASCII');
  await build({ ...common, format: 'cjs', sourcemap: false, entryPoints: { load: 'host/load.ts' }, outExtension: { '.js': '.cjs' }, outdir: 'dist' });
  // The embedding API's module (package.json's main) re-exports the bundle's names but the command line's.
  const api = await build({ ...common, format: 'esm', entryPoints: ['host/bundle.ts'], write: false, metafile: true, outdir: 'dist' });
  const names = Object.values(api.metafile.outputs).flatMap((output) => output.exports).filter((name) => name !== 'main');
  writeFileSync('dist/wasmpy.js', `// The embedding API (host/index.ts, with Node's nodeFiles and NodeNetwork): written by scripts/build.js; the code is in wasmpy.cjs.
import { createRequire } from 'node:module';
export const { ${names.join(', ')} } = createRequire(import.meta.url)('./load.cjs').loadBundle();
`);
}

/** The embedding API's TypeScript declarations: dist/wasmpy.d.ts (package.json's types), dist/wasmpy.browser.d.ts and dist/types/. */
function buildTypes() {
  rmSync('dist/types', { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tsc failed to write the declarations:\n${run.stdout}${run.stderr}`);
  writeFileSync('dist/wasmpy.d.ts', `// The embedding API's types (host/index.ts, with Node's nodeFiles and NodeNetwork): written by scripts/build.js.
export * from './types/host/index.js';
export { nodeFiles } from './types/host/node-files.js';
export { NodeNetwork } from './types/host/node-network.js';
`);
  writeFileSync('dist/wasmpy.browser.d.ts', `// The browser bundle's types (host/browser.ts): written by scripts/build.js.
export * from './types/host/browser.js';
`);
}

/**
 * The browser's bundle, an ES module: the embedding API without Node's built-ins (the build
 * fails when one is imported). It fetches build/vm.wasm and build/frozen.bin (host/browser.ts).
 */
async function buildBrowserBundle() {
  await build({
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    sourcemap: 'linked',
    logLevel: 'warning',
    entryPoints: { 'wasmpy.browser': 'host/browser.ts' },
    outdir: 'dist',
  });
}

/**
 * Records dist/wasmpy.cache: a run of the command line writes it when there is none, with the
 * functions the run compiled, so this one runs a program using the common parts of the language.
 */
function buildCodeCache() {
  rmSync('dist/wasmpy.cache', { force: true });
  const run = spawnSync(process.execPath, ['bin/wasmpy.js', 'scripts/warm-up.py'], { encoding: 'utf8' });
  if (!existsSync('dist/wasmpy.cache')) throw new Error(`the warm-up run wrote no code cache:\n${run.stderr}`);
  // A failed warm-up still leaves the cache of what ran: worth a warning, not a failed build.
  if (run.status !== 0) console.warn(`warning: scripts/warm-up.py failed (the code cache covers less):\n${run.stderr}`);
}

await generateVmConstants(root);
await buildBundles();
await buildBrowserBundle();
buildTypes();
await freezeLib(root);
await buildVm();
snapshotVm('build/vm.wasm');
buildCodeCache();
