// Every file of python3's standard library: our ast.dump must be CPython's, character for
// character (compared by SHA-1), plain and with positions. Runs where python3 exists.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { python3, runPython } from '../tools/python.js';
import { compiler, root } from './helpers.js';

const sha1 = (text) => createHash('sha1').update(text, 'utf8').digest('hex');

function parseResult(file) {
  try {
    return { tree: compiler.parse(readFileSync(file), file) };
  } catch (err) {
    if (!(err instanceof compiler.CompileError)) throw err;
    return { error: err };
  }
}

if (python3()) {
  const lines = runPython(['tests/tools/stdlib_ast.py'], { cwd: root }).stdout.trim().split('\n');
  for (const want of lines.map((l) => JSON.parse(l))) {
    test(want.file, () => {
      const got = parseResult(want.file);
      if (want.error) {
        assert.ok(got.error, `CPython raises ${want.error}; we parsed it`);
        return;
      }
      assert.ok(!got.error, got.error && `${got.error.type}: ${got.error.msg} (line ${got.error.lineno})`);
      const diff = `compare: node bin/wasmpy.js --dump-ast ${want.file}`;
      assert.is(sha1(compiler.dumpAst(got.tree)), want.dump, diff);
      assert.is(sha1(compiler.dumpAst(got.tree, true)), want.positions, diff + ' (--positions)');
    });
  }
}

test.run();
