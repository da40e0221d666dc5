// The command line itself.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wasmpy } from './helpers.js';

test('no arguments that make sense: usage on stderr, status 2', () => {
  const r = wasmpy(['--no-such-option']);
  assert.match(r.stderr, /usage: wasmpy/);
  assert.is(r.status, 2);
});

test('a chained exception prints each link between the two tracebacks, as CPython', () => {
  const source = 'try:\n    1/0\nexcept ZeroDivisionError as e:\n    try:\n        raise KeyError(1)\n    except KeyError:\n        raise ValueError(2) from e\n';
  const r = wasmpy(['-c', source]);
  const lines = r.stderr.split('\n').filter((line) => !line.startsWith(' '));
  assert.equal(lines, [
    'Traceback (most recent call last):',
    'ZeroDivisionError: division by zero',
    '',
    'The above exception was the direct cause of the following exception:',
    '',
    'Traceback (most recent call last):',
    'ValueError: 2',
    '',
  ]);
  assert.is(r.status, 1);
});

test('--virtual-time: asyncio timers fire in order at once, the loop clock jumping to each', () => {
  const source = [
    'import asyncio',
    'async def tick(name, delay):',
    '    await asyncio.sleep(delay)',
    '    print(name, round(asyncio.get_running_loop().time() - start))',
    'async def main():',
    '    global start',
    '    start = asyncio.get_running_loop().time()',
    "    await asyncio.gather(tick('hour', 3600), tick('minute', 60), tick('day', 86400))",
    'asyncio.run(main())',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'wasmpy-'));
  const file = join(dir, 'sleeps.py');
  writeFileSync(file, source);
  const r = wasmpy(['--virtual-time', file]);
  rmSync(dir, { recursive: true });
  assert.is(r.stdout, 'minute 60\nhour 3600\nday 86400\n');
  assert.is(r.status, 0);
});

test("-c imports modules of the current directory (sys.path is [''])", () => {
  const dir = mkdtempSync(join(tmpdir(), 'wasmpy-'));
  writeFileSync(join(dir, 'nearby.py'), 'x = 42\n');
  const r = wasmpy(['-c', 'import nearby; print(nearby.x)'], undefined, dir);
  rmSync(dir, { recursive: true });
  assert.is(r.stderr, '');
  assert.is(r.stdout, '42\n');
});

test('an asyncio program that waits for a future nothing can set ends with an error, not a hang', () => {
  const source = 'import asyncio\nasync def main():\n    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n';
  const r = wasmpy(['-c', source]);
  assert.match(r.stderr, /RuntimeError: Event loop is idle for ever/);
  assert.is(r.status, 1);
});

test.run();
