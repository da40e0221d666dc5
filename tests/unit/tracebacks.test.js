// Uncaught exceptions: each program in tests/tracebacks must print on stderr exactly what python3
// prints (the whole traceback, with the repository's path left out).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cases, committed, withoutRoot } from '../tools/expect.js';
import { wasmpy } from './helpers.js';

for (const file of cases('tracebacks')) {
  test(file, () => {
    const want = committed(file);
    assert.ok(want !== null, 'no expectation: run node tests/tools/expect.js tracebacks');
    const got = wasmpy([file]);
    assert.fixture(withoutRoot(got.stderr), want);
    assert.is(got.status, 1);
  });
}

test.run();
