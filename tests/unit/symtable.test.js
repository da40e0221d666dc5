// Symbol tables: our dump of each tests/symtable program must be its committed expectation
// (tests/tools/symtable_dump.py's output from CPython's symtable module), and the code objects
// the tables imply (flags, parameters, cell and free variables) must be those compile() makes.
// Where python3 exists, the same holds for every standard library file CPython compiles, and
// checkSource must accept them; for the files CPython rejects after parsing, checkSource must
// raise CPython's error at CPython's location.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cases, committed } from '../tools/expect.js';
import { python3, runPython } from '../tools/python.js';
import { compiler, root, wasmpy } from './helpers.js';

const sha1 = (text) => createHash('sha1').update(text, 'utf8').digest('hex');
const sortedLines = (text) => text.split('\n').filter((l) => l !== '').sort();

/** CPython's code object lines for a file (symtable_dump.py --code). */
function pythonCodeLines(file) {
  return sortedLines(runPython(['tests/tools/symtable_dump.py', '--code', file], { cwd: root }).stdout);
}

/** The lines of `want` that `got` lacks, counting repeats. */
function missingLines(got, want) {
  const counts = new Map();
  for (const line of got) counts.set(line, (counts.get(line) ?? 0) + 1);
  return want.filter((line) => {
    const n = counts.get(line) ?? 0;
    counts.set(line, n - 1);
    return n <= 0;
  });
}

function parseFile(file) {
  const source = readFileSync(file);
  return { source, tree: compiler.parse(source, file) };
}

function errorOf(fn) {
  try {
    fn();
    return null;
  } catch (err) {
    if (!(err instanceof compiler.CompileError)) throw err;
    return err;
  }
}

/** A SyntaxError's message and location (an end offset of -1 is CPython's None). */
function describe(msg, lineno, offset, endLineno, endOffset) {
  return `${msg} (line ${lineno}, offset ${offset}, end ${endLineno}:${endOffset ?? -1})`;
}

const describeError = (err) => err && describe(err.msg, err.lineno, err.offset, err.endLineno, err.endOffset);

for (const file of cases('symtable')) {
  test(`${file}: symbol tables`, () => {
    const want = committed(file);
    assert.ok(want !== null, 'no expectation: run node tests/tools/expect.js symtable');
    const { source, tree } = parseFile(join(root, file));
    assert.fixture(compiler.dumpSymtable(tree, file, source), want);
    assert.is(describeError(errorOf(() => compiler.checkSource(source, file))), null);
  });

  if (python3()) {
    test(`${file}: code objects`, () => {
      const { source, tree } = parseFile(join(root, file));
      const got = sortedLines(compiler.dumpCodeObjects(tree, file, source));
      assert.equal(got, pythonCodeLines(file));
    });
  }
}

test('--dump-symtable prints the tables of each file', () => {
  const files = cases('symtable').slice(0, 2);
  const r = wasmpy(['--dump-symtable', ...files]);
  assert.is(r.stderr, '');
  assert.fixture(r.stdout, files.map(committed).join(''));
  assert.is(r.status, 0);
});

if (python3()) {
  test('expressions nest as deep as python3 FILE allows, and no deeper', () => {
    const message = 'maximum recursion depth exceeded during compilation';
    const dir = mkdtempSync(join(tmpdir(), 'wasmpy-symtable-'));
    for (const terms of [2999, 3000]) {
      const file = join(dir, `chain${terms}.py`);
      writeFileSync(file, `x = ${Array(terms).fill('1').join(' + ')}\n`);
      const cpython = runPython([file]).stderr.includes(`RecursionError: ${message}`);
      let ours = false;
      try {
        compiler.checkSource(readFileSync(file), file);
      } catch (err) {
        ours = err.name === 'RecursionError' && err.message === message;
      }
      assert.is(ours, cpython, `${terms} terms`);
    }
    rmSync(dir, { recursive: true });
  });

  const lines = runPython(['tests/tools/symtable_dump.py', '--stdlib'], { cwd: root }).stdout.trim().split('\n');
  for (const want of lines.map((l) => JSON.parse(l))) {
    // Files CPython's parser rejects are the parser's tests (stdlib.test.js).
    if (want.stage === 'parser') continue;
    test(`stdlib ${want.file}`, () => {
      const { source, tree } = parseFile(want.file);
      const error = errorOf(() => compiler.checkSource(source, want.file));
      if (want.stage === 'compile') {
        assert.is(describeError(error), describe(want.msg, want.lineno, want.offset, want.end_lineno, want.end_offset));
        return;
      }
      assert.is(describeError(error), null, 'CPython compiles it');
      const diff = `compare node bin/wasmpy.js --dump-symtable F and python3 tests/tools/symtable_dump.py F`;
      assert.is(sha1(compiler.dumpSymtable(tree, want.file, source)), want.dump, diff);
      // compile() drops the code objects of unreachable functions: ours may list more.
      const ours = sortedLines(compiler.dumpCodeObjects(tree, want.file, source));
      const missing = missingLines(ours, sortedLines(want.code));
      assert.equal(missing, [], 'code objects CPython makes that our tables do not describe');
    });
  }
}

test.run();
