// Finding and running CPython, the oracle. Only tests and expectation scripts use this.
import { spawnSync } from 'node:child_process';

let cached;

/** The python3 command if it exists and is CPython 3.11, else null. */
export function python3() {
  if (cached !== undefined) return cached;
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
  cached = r.status === 0 && r.stdout.trim() === 'True' ? 'python3' : null;
  return cached;
}

/** Runs python3 with args; returns { stdout, stderr, status }. */
export function runPython(args, options = {}) {
  const r = spawnSync(python3(), args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
