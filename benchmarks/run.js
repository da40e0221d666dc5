// `npm run bench`: wasmpy side by side with CPython in one run, reported as ratios
// (wasmpy time / CPython time; lower is better). CPython is the fastest one here:
// /usr/bin/python3.11 (Debian's PGO+LTO build) where it exists, else python3.
//   node benchmarks/run.js [name ...]     only the benchmarks whose name contains one of these
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cpython = existsSync('/usr/bin/python3.11') ? '/usr/bin/python3.11' : 'python3';
const wasmpy = join(root, 'bin', 'wasmpy.js');
const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const RUNS = 3;
const filters = process.argv.slice(2);
const wanted = (name) => filters.length === 0 || filters.some((f) => name.includes(f));

/** Runs a command once: { ms, stdout, ok, peakKb }. */
function timeOnce(cmd, args) {
  const full = timeTool ? [timeTool, ['-f', '%M', cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peakKb = timeTool ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, stdout: r.stdout, ok: r.status === 0, stderr: r.stderr, peakKb };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(cmd, args, runs = RUNS) {
  const results = Array.from({ length: runs }, () => timeOnce(cmd, args));
  return {
    ms: median(results.map((r) => r.ms)),
    stdout: results[0].stdout,
    ok: results.every((r) => r.ok),
    stderr: results.find((r) => !r.ok)?.stderr ?? '',
    peakKb: Math.max(...results.map((r) => r.peakKb)),
  };
}

function programRows() {
  const dir = join(here, 'programs');
  const rows = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
    const name = basename(file, '.py');
    if (!wanted(name)) continue;
    const path = join(dir, file);
    const theirs = measure(cpython, [path]);
    const ours = measure(process.execPath, [wasmpy, path]);
    let note = '';
    if (!ours.ok) note = 'FAILS: ' + (ours.stderr.trim().split('\n').pop() ?? '');
    else if (ours.stdout !== theirs.stdout) note = 'OUTPUT DIFFERS';
    rows.push({ name, ours: ours.ms, theirs: theirs.ms, oursKb: ours.peakKb, theirsKb: theirs.peakKb, note });
  }
  return rows;
}

function parseSpeedRow() {
  const work = mkdtempSync(join(tmpdir(), 'wasmpy-bench-'));
  try {
    const list = join(work, 'files.txt');
    spawnSync('python3', [join(here, 'parse', 'list_files.py'), list]);
    const run = (cmd, args) => Number(spawnSync(cmd, args, { encoding: 'utf8' }).stdout.trim()) * 1000;
    const ours = run(process.execPath, [join(here, 'parse', 'parse-files.js'), list, String(RUNS)]);
    const theirs = run(cpython, [join(here, 'parse', 'parse_files.py'), list, String(RUNS)]);
    return { name: 'parse stdlib (in-process)', ours, theirs, oursKb: NaN, theirsKb: NaN, note: '' };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function startupRows() {
  const work = mkdtempSync(join(tmpdir(), 'wasmpy-hello-'));
  try {
    const hello = join(work, 'hello.py');
    writeFileSync(hello, 'print("hello")\n');
    const node = measure(process.execPath, ['-e', '0'], 10);
    const ours = measure(process.execPath, [wasmpy, hello], 10);
    const theirs = measure(cpython, [hello], 10);
    const inProcess = Number(spawnSync(process.execPath, [join(here, 'startup-in-process.js'), hello], { encoding: 'utf8' }).stdout.trim());
    return { node: node.ms, ours: ours.ms, theirs: theirs.ms, inProcess };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function fmt(ms) {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(3) : '-';
}

function report(rows, startup) {
  console.log(`CPython: ${cpython}; median of ${RUNS} runs (whole process unless noted); ratio = wasmpy / CPython\n`);
  console.log('benchmark'.padEnd(28) + 'wasmpy s'.padStart(10) + 'CPython s'.padStart(11) + 'ratio'.padStart(8) +
    'wasmpy MB'.padStart(11) + 'CPython MB'.padStart(12) + '  note');
  for (const r of rows) {
    const mb = (kb) => (Number.isFinite(kb) ? (kb / 1024).toFixed(1) : '-');
    console.log(r.name.padEnd(28) + fmt(r.ours).padStart(10) + fmt(r.theirs).padStart(11) +
      (r.ours / r.theirs).toFixed(2).padStart(8) + mb(r.oursKb).padStart(11) + mb(r.theirsKb).padStart(12) + '  ' + r.note);
  }
  if (startup) {
    console.log(`\nstart-up, hello world (whole process, median of 10): wasmpy ${startup.ours.toFixed(1)} ms, ` +
      `CPython ${startup.theirs.toFixed(1)} ms, node -e 0 ${startup.node.toFixed(1)} ms ` +
      `(wasmpy - node: ${(startup.ours - startup.node).toFixed(1)} ms)`);
    console.log(`start-up in process (module load to first output): ${startup.inProcess.toFixed(1)} ms`);
  }
  const wasm = readFileSync(join(root, 'build', 'vm.wasm'));
  console.log(`Wasm size: ${(wasm.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(1)} KiB gzipped`);
}

const rows = programRows();
if (wanted('parse')) rows.push(parseSpeedRow());
report(rows, wanted('startup') ? startupRows() : null);
