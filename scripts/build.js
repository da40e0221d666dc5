// Builds everything `npm ci` needs: the VM (AssemblyScript → build/vm.wasm) and the
// TypeScript bundles under dist/. Run by `npm run build` and by `prepare`.
import { build } from 'esbuild';
import asc from 'assemblyscript/asc';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateVmConstants } from './gen-vm-constants.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
mkdirSync('build', { recursive: true });

async function buildVm() {
  const { error, stderr } = await asc.main(['--config', 'asconfig.json', '--target', 'release'], {
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
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: { cli: 'host/cli.ts', wasmpy: 'host/index.ts', compiler: 'compiler/index.ts' },
    outdir: 'dist',
  });
}

await generateVmConstants(root);
await buildBundles();
await buildVm();
