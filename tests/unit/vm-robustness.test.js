// The VM under hostile or heavy input: malformed code images get a clear error, a memory cap
// turns into MemoryError and the host stays usable, deep recursion is a RecursionError.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Vm, RUN_OK, RUN_EXCEPTION } from '../../dist/wasmpy.js';
import { compileToImage } from '../../dist/compiler.js';
import { readFileSync } from 'node:fs';

function newVm(options = {}) {
  const out = [];
  const vm = Vm.create({ write: (fd, bytes) => out.push(new TextDecoder().decode(bytes)), ...options });
  return { vm, output: () => out.join('') };
}

function lastError(vm) {
  const chain = vm.uncaughtException();
  const e = chain[chain.length - 1];
  return `${e.type}: ${e.message}`;
}

/** Runs `rounds` corrupted copies of an image (1 to 3 bytes changed each); every run ends in Python. */
function fuzzImage(good, rounds, seed) {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < rounds; round++) {
    const bad = good.slice();
    const changes = 1 + Math.floor(random() * 3);
    for (let i = 0; i < changes; i++) {
      const at = Math.floor(random() * bad.length);
      if (random() < 0.5) bad[at] ^= 1 << Math.floor(random() * 8);
      else bad[at] = Math.floor(random() * 256);
    }
    const { vm } = newVm();
    const status = vm.runMain(bad);
    assert.ok(status === RUN_OK || status === RUN_EXCEPTION, `round ${round}: status ${status}`);
  }
}

test('a corrupted code image is refused with a clear error, never a trap', () => {
  fuzzImage(compileToImage('x = [1, 2, 3]\nprint(sum(x) * 2)\n', 'ok.py'), 300, 12345);
});

test('corrupting a program that uses most instructions never traps either', () => {
  const file = new URL('./fixtures/fuzz-subject.py', import.meta.url);
  fuzzImage(compileToImage(readFileSync(file, 'utf8'), 'fuzz-subject.py'), 1500, 11);
});

test('a truncated image is a ValueError', () => {
  const good = compileToImage('print(1)\n', 't.py');
  for (const length of [0, 3, 8, 20, good.length - 1]) {
    const { vm } = newVm();
    assert.is(vm.runMain(good.slice(0, length)), RUN_EXCEPTION);
    assert.match(lastError(vm), /^ValueError: bad code image/);
  }
});

test('the memory cap raises MemoryError and the VM stays usable', () => {
  const { vm, output } = newVm({ memoryLimitMb: 64 });
  const program = [
    'data = []',
    'try:',
    '    while True:',
    '        data.append([0] * 10000)',
    'except MemoryError:',
    '    data = None',
    '    print("caught MemoryError")',
    'print(sum(range(10)))',
  ].join('\n') + '\n';
  assert.is(vm.runMain(compileToImage(program, 'mem.py')), RUN_OK);
  assert.is(output(), 'caught MemoryError\n45\n');
});

test('deep recursion is a RecursionError, not a Wasm stack overflow', () => {
  const { vm, output } = newVm();
  const program = 'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n';
  assert.is(vm.runMain(compileToImage(program, 'rec.py')), RUN_OK);
  assert.is(output(), 'maximum recursion depth exceeded\n');
});

test('recursion through native code (repr of a deeply nested list) is a RecursionError too', () => {
  const { vm } = newVm();
  const program = 'x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)\n';
  assert.is(vm.runMain(compileToImage(program, 'nested.py')), RUN_EXCEPTION);
  assert.match(lastError(vm), /^RecursionError: maximum recursion depth exceeded/);
});

test.run();
