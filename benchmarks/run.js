// `npm run bench`: wasmpy side by side with CPython in one run, reported as ratios
// (wasmpy time / CPython time). CPython is the fastest one here: /usr/bin/python3.11 (Debian's
// PGO+LTO build) where it exists, else python3.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cpython = existsSync('/usr/bin/python3.11') ? '/usr/bin/python3.11' : 'python3';
const RUNS = 3;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout.trim();
}

function parseSpeed() {
  const work = mkdtempSync(join(tmpdir(), 'wasmpy-bench-'));
  try {
    const list = join(work, 'files.txt');
    run('python3', [join(here, 'parse', 'list_files.py'), list]);
    const ours = Number(run(process.execPath, [join(here, 'parse', 'parse-files.js'), list, String(RUNS)]));
    const theirs = Number(run(cpython, [join(here, 'parse', 'parse_files.py'), list, String(RUNS)]));
    return { name: 'parse the stdlib (ast.parse)', ours, theirs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function report(rows) {
  console.log(`CPython: ${cpython}; best of ${RUNS} runs; ratio = wasmpy / CPython (lower is better)\n`);
  console.log('benchmark'.padEnd(34) + 'wasmpy s'.padStart(10) + 'CPython s'.padStart(11) + 'ratio'.padStart(8));
  for (const { name, ours, theirs } of rows) {
    console.log(name.padEnd(34) + ours.toFixed(3).padStart(10) + theirs.toFixed(3).padStart(11) +
      (ours / theirs).toFixed(2).padStart(8));
  }
}

report([parseSpeed()]);
