// The module system's host side and the CLI's grants: the frozen-module bundle, sys.argv and
// sys.path as python3 sets them, standard input, and imports found on PYTHONPATH.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { compiler, root, wasmpy } from './helpers.js';

test('a frozen-module bundle reads back what was written', () => {
  const modules = [compiler.freezeModule('a', 'x = 1\n', false), compiler.freezeModule('p', '', true)];
  const back = compiler.readFrozenBundle(compiler.writeFrozenBundle(modules));
  assert.equal([...back.keys()], ['a', 'p']);
  assert.is(back.get('p').isPackage, true);
  assert.equal(back.get('a').image, modules[0].image);
});

test('the build freezes lib/ (keyword is there, as a module)', () => {
  const bundle = compiler.readFrozenBundle(readFileSync(join(root, 'build', 'frozen.bin')));
  assert.is(bundle.get('keyword').isPackage, false);
});

test('a frozen module reports its file as <frozen NAME>', () => {
  const r = wasmpy(['-c', 'import keyword; print(keyword.iskeyword.__code__.co_filename, hasattr(keyword, "__file__"))']);
  assert.is(r.stdout, '<frozen keyword> False\n');
});

test('-c: sys.argv is ["-c", args…] and sys.path starts with the current directory', () => {
  const r = wasmpy(['-c', 'import sys; print(sys.argv, repr(sys.path[0]))', 'one', 'two']);
  assert.is(r.stdout, "['-c', 'one', 'two'] ''\n");
});

test('a script: sys.argv[0] as given, sys.path[0] its folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wasmpy-'));
  writeFileSync(join(dir, 'main.py'), 'import sys, helper\nprint(sys.argv, sys.path[0] == helper.here)\n');
  writeFileSync(join(dir, 'helper.py'), 'here = __file__.rsplit("/", 1)[0]\n');
  const r = wasmpy([join(dir, 'main.py'), 'arg']);
  assert.is(r.stdout, `['${join(dir, 'main.py')}', 'arg'] True\n`);
});

test('PYTHONPATH directories come after the script folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wasmpy-'));
  mkdirSync(join(dir, 'extra'));
  writeFileSync(join(dir, 'extra', 'found_there.py'), 'value = "from PYTHONPATH"\n');
  const r = spawnSync(process.execPath, [join(root, 'bin', 'wasmpy.js'), '-c', 'import found_there; print(found_there.value)'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: join(dir, 'extra') },
  });
  assert.is(r.stdout, 'from PYTHONPATH\n');
});

test('input() and sys.stdin read standard input', () => {
  const program = 'import sys\nprint(repr(input("? ")))\nprint(repr(sys.stdin.readline()))\nprint(sys.stdin.read().split())\n';
  const r = wasmpy(['-c', program], 'first\nsecond line\nthe rest é\nof it');
  assert.is(r.stdout, "? 'first'\n'second line\\n'\n['the', 'rest', 'é', 'of', 'it']\n");
});

test('for line in sys.stdin', () => {
  const r = wasmpy(['-c', 'import sys\nfor line in sys.stdin: print(len(line))'], 'a\nbb\nccc');
  assert.is(r.stdout, '2\n3\n3\n');
});

test('a SyntaxError in an imported module is printed as python3 prints it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wasmpy-'));
  writeFileSync(join(dir, 'main.py'), 'import broken\n');
  writeFileSync(join(dir, 'broken.py'), 'x = (1,\n');
  const r = wasmpy([join(dir, 'main.py')]);
  const want = spawnSync('python3', [join(dir, 'main.py')], { encoding: 'utf8' });
  if (want.status !== null) assert.is(r.stderr, want.stderr);
  assert.is(r.status, 1);
});

test.run();
