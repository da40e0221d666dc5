// The in-memory file system (host/memory-files.ts) that a page grants a program: open(),
// imports and os see the files the embedder put in, and the embedder sees what the program wrote.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSource, MemoryFiles } from '../../dist/wasmpy.js';
import { python3, runPython } from '../tools/python.js';
import { root } from './helpers.js';

/** Runs source with files; returns { stdout, stderr, status }. */
function run(source, files, path = ['']) {
  const out = { 1: '', 2: '' };
  const decoder = new TextDecoder();
  const { status } = runSource(source, '<test>', { files, path, write: (fd, bytes) => (out[fd] += decoder.decode(bytes)) });
  return { stdout: out[1], stderr: out[2], status };
}

test('open() reads the files put in, relative to the working directory or absolute', () => {
  const files = new MemoryFiles({ 'data/a.txt': 'first\n', '/data/b.bin': new Uint8Array([0, 255]) });
  const r = run("print(open('data/a.txt').read(), end='')\nprint(open('/data/b.bin', 'rb').read())", files);
  assert.is(r.stderr, '');
  assert.is(r.stdout, "first\nb'\\x00\\xff'\n");
});

test('what the program writes, appends and creates, the embedder reads back', () => {
  const files = new MemoryFiles({ 'log.txt': 'one\n' });
  const source = [
    "with open('log.txt', 'a') as f: f.write('two\\n')",
    "with open('new.txt', 'x') as f: f.write('made')",
    "with open('data.txt', 'w') as f:",
    "    for i in range(1000): f.write(str(i % 10))",
  ].join('\n');
  assert.is(run(source, files).stderr, '');
  const text = (path) => new TextDecoder().decode(files.readFile(path));
  assert.is(text('log.txt'), 'one\ntwo\n');
  assert.is(text('/new.txt'), 'made');
  assert.is(text('data.txt'), '0123456789'.repeat(100));
});

test('missing files, directories and existing files raise the OSError subclasses CPython raises', () => {
  const files = new MemoryFiles({ 'dir/x.txt': 'x' });
  const source = [
    "for path, mode in [('nope.txt', 'r'), ('dir', 'r'), ('dir/x.txt', 'x'), ('nodir/y.txt', 'w'), ('dir', 'w')]:",
    '    try:',
    '        open(path, mode)',
    '    except OSError as e:',
    '        print(type(e).__name__, e.errno)',
  ].join('\n');
  const r = run(source, files);
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'FileNotFoundError 2\nIsADirectoryError 21\nFileExistsError 17\nFileNotFoundError 2\nIsADirectoryError 21\n');
});

test('imports find modules and packages in the files; os sees the same tree', () => {
  const files = new MemoryFiles({
    'lib/helper.py': 'def twice(x):\n    return 2 * x\n',
    'lib/pkg/__init__.py': 'from .inner import VALUE\n',
    'lib/pkg/inner.py': 'VALUE = "inner"\n',
  });
  const source = "import helper, pkg, os\nprint(helper.twice(21), pkg.VALUE, sorted(os.listdir('lib')), os.getcwd(), os.path.isdir('lib/pkg'))";
  const r = run(source, files, ['lib']);
  assert.is(r.stderr, '');
  assert.is(r.stdout, "42 inner ['helper.py', 'pkg'] / True\n");
});

test('a traceback shows the lines of a module in the files', () => {
  const files = new MemoryFiles({ 'bad.py': 'def fail():\n    return 1 / 0\n' });
  const r = run('import bad, traceback\ntry:\n    bad.fail()\nexcept ZeroDivisionError:\n    traceback.print_exc()', files);
  assert.match(r.stderr, /File "\/bad.py", line 2, in fail\n    return 1 \/ 0\n/);
});

test('os makes, stats, renames and removes files and folders as python3 does on a disk', () => {
  const program = join(root, 'tests/unit/fixtures/os-tree.py');
  const r = run(readFileSync(program, 'utf8'), new MemoryFiles({}, '/work'));
  assert.is(r.stderr, '');
  if (!python3()) return;
  const folder = mkdtempSync(join(tmpdir(), 'wasmpy-os-'));
  try {
    const want = runPython([program], { cwd: folder });
    assert.is(want.stderr, '');
    assert.fixture(r.stdout, want.stdout);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test.run();
