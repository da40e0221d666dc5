// The examples run as their comments say.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './helpers.js';

test('examples/node/main.mjs: an asyncio program awaiting a JS module, import js, and a Python coroutine called from JS', () => {
  const r = spawnSync(process.execPath, [join(root, 'examples', 'node', 'main.mjs')], { cwd: root, encoding: 'utf8' });
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'quotes:\n  PY: 311\n  JS: 1995\n  WASM: 42\ntotal: 2348\ntimer fired\nconverted: 1174\n');
  assert.is(r.status, 0);
});

test.run();
