// The build: the Wasm module loads and answers, and the TypeScript type-checks.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadVm } from '../../dist/wasmpy.js';
import { IMAGE_VERSION } from '../../dist/compiler.js';
import { root } from './helpers.js';

test('the VM module loads and reports the image version the compiler writes', async () => {
  const vm = await loadVm();
  assert.is(vm.imageVersion(), IMAGE_VERSION);
});

test('the VM never uses AssemblyScript\'s own allocator (it would collide with our heap)', () => {
  const wat = readFileSync(join(root, 'build', 'vm.wat'), 'utf8');
  assert.not.match(wat, /call \$~lib\/rt\/\w+\/__(alloc|new|realloc)/);
});

test('the TypeScript type-checks', () => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', root], { encoding: 'utf8' });
  assert.is(r.stdout + r.stderr, '');
  assert.is(r.status, 0);
});

test.run();
