// The parser corpus: our ast.dump (plain and with positions) against python3's.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, committed } from '../tools/expect.js';
import { compiler, root, wasmpy } from './helpers.js';

for (const file of cases('parser')) {
  test(file, () => {
    const want = committed(file);
    assert.ok(want !== null, `no expectation: run node tests/tools/expect.js parser`);
    const [dump, positions] = want.split('\n');
    const tree = compiler.parse(readFileSync(join(root, file)), file);
    assert.fixture(compiler.dumpAst(tree), dump);
    assert.fixture(compiler.dumpAst(tree, true), positions);
  });
}

test('--dump-ast prints one line per file, in order', () => {
  const files = cases('parser');
  const r = wasmpy(['--dump-ast', ...files, ...files]);
  const want = files.map((f) => committed(f).split('\n')[0] + '\n').join('');
  assert.is(r.stderr, '');
  assert.fixture(r.stdout, want + want);
  assert.is(r.status, 0);
});

test('--dump-ast --positions', () => {
  const files = cases('parser');
  const r = wasmpy(['--dump-ast', '--positions', ...files]);
  assert.fixture(r.stdout, files.map((f) => committed(f).split('\n')[1] + '\n').join(''));
});

test.run();
