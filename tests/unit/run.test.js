// Behaviour: each program in tests/run must print what python3 prints (stdout, the last line of
// stderr) and exit with the same status. Paths into the repository count relative to it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cases, committed, withoutRoot } from '../tools/expect.js';
import { wasmpy } from './helpers.js';

function lastLine(text) {
  const lines = text.split('\n').filter((l) => l !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

for (const file of cases('run')) {
  test(file, () => {
    const want = JSON.parse(committed(file) ?? 'null');
    assert.ok(want, 'no expectation: run node tests/tools/expect.js run');
    const got = wasmpy([file]);
    assert.fixture(withoutRoot(got.stdout), want.stdout);
    assert.is(lastLine(withoutRoot(got.stderr)), want.stderrLast);
    assert.is(got.status, want.status);
  });
}

test.run();
