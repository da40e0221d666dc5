// Shared by the uvu suites: the built compiler, the CLI, and the expectation files.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../tools/expect.js';

export { root };
export * as compiler from '../../dist/compiler.js';

/** Runs the wasmpy CLI (from the repository root unless cwd says); returns { stdout, stderr, status }. */
export function wasmpy(args, input, cwd = root) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'wasmpy.js'), ...args], {
    cwd,
    encoding: 'utf8',
    input,
    maxBuffer: 1 << 30,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
