// Invalid programs: `wasmpy --check` must print what `python3 FILE` prints, and exit with 1.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, committed, withoutRoot } from '../tools/expect.js';
import { compiler, root, wasmpy } from './helpers.js';

function checkOutput(file) {
  try {
    compiler.checkSource(readFileSync(join(root, file)), join(root, file));
    return '';
  } catch (err) {
    const text = compiler.formatCompileFailure(err);
    if (text === null) throw err;
    return withoutRoot(text);
  }
}

const files = cases('syntax_errors');
for (const file of files) {
  test(file, () => {
    const want = committed(file);
    assert.ok(want !== null, 'no expectation: run node tests/tools/expect.js syntax_errors');
    assert.fixture(checkOutput(file), want);
  });
}

test('--check reports every failing file and exits with 1', () => {
  const some = files.slice(0, 5);
  const r = wasmpy(['--check', ...some]);
  assert.is(r.stdout, '');
  assert.fixture(withoutRoot(r.stderr), some.map(committed).join(''));
  assert.is(r.status, some.length ? 1 : 0);
});

test('running a program that fails to compile prints what python3 prints, with status 1', () => {
  for (const file of files.filter((f) => f.includes('deep_nesting'))) {
    const r = wasmpy([file]);
    assert.is(r.stdout, '');
    assert.fixture(withoutRoot(r.stderr), committed(file));
    assert.is(r.status, 1);
  }
});

test('--check is silent on valid files', () => {
  const r = wasmpy(['--check', ...cases('parser')]);
  assert.is(r.stdout + r.stderr, '');
  assert.is(r.status, 0);
});

test.run();
