// The command line itself.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { wasmpy } from './helpers.js';

test('no arguments that make sense: usage on stderr, status 2', () => {
  const r = wasmpy(['--no-such-option']);
  assert.match(r.stderr, /usage: wasmpy/);
  assert.is(r.status, 2);
});

test.run();
