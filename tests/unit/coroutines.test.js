// Driving coroutines from JavaScript through the host interface (Vm.global, call, step: one
// JS→Wasm call per step, values as handles), and what CPython prints on stderr for
// never-awaited coroutines (the run tests compare only its last line).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Vm, RUN_OK } from '../../dist/wasmpy.js';
import { compileToImage } from '../../dist/compiler.js';
import { wasmpy, root } from './helpers.js';
import { python3, runPython } from '../tools/python.js';

function newVm(program) {
  const out = [];
  const vm = Vm.create({ write: (fd, bytes) => out.push(new TextDecoder().decode(bytes)) });
  assert.is(vm.runMain(compileToImage(program, 'host_driven.py')), RUN_OK);
  return { vm, output: () => out.join('') };
}

const PROGRAM = `
class Request:
    """What the coroutine asks its driver for (an event loop would do I/O)."""
    def __init__(self, what):
        self.what = what
    def __repr__(self):
        return f'Request({self.what!r})'
    def __await__(self):
        return (yield self)

async def child(n):
    got = await Request(f'child {n}')
    return got * 2

async def task(n):
    total = 0
    for i in range(n):
        total += await child(i)
    try:
        await Request('may fail')
    except ValueError as e:
        total += 1000
        print('task caught', repr(e))
    return total

async def fails():
    await Request('first')
    raise KeyError('task failed')
`;

test('a coroutine driven step by step from JavaScript', () => {
  const { vm, output } = newVm(PROGRAM);
  const fn = vm.global('task');
  assert.ok(fn > 0);
  const arg = vm.intHandle(3);
  const made = vm.call(fn, arg);
  assert.is(made.status, 'returned');
  const coro = made.handle;
  assert.is(vm.repr(coro).startsWith('<coroutine object task at '), true);
  const seen = [];
  let step = vm.step(coro);
  let reply = 1;
  while (step.status === 'yielded') {
    seen.push(vm.repr(step.handle));
    vm.release(step.handle);
    if (seen.length === 4) {
      // Raise in the coroutine where it waits: it catches the ValueError and finishes.
      const error = vm.global('ValueError');
      step = vm.step(coro, error, true);
      vm.release(error);
    } else {
      const value = vm.intHandle(reply++);
      step = vm.step(coro, value);
      vm.release(value);
    }
  }
  assert.equal(seen, ["Request('child 0')", "Request('child 1')", "Request('child 2')", "Request('may fail')"]);
  assert.is(step.status, 'returned');
  assert.is(vm.repr(step.handle), String((1 + 2 + 3) * 2 + 1000));
  vm.finalize(); // the end of the program: flushes stdout
  assert.is(output(), 'task caught ValueError()\n');
  // A finished coroutine cannot be reused: the step raises.
  const again = vm.step(coro);
  assert.is(again.status, 'raised');
  assert.is(vm.repr(again.handle), "RuntimeError('cannot reuse already awaited coroutine')");
});

test('a coroutine that raises reports the exception by handle', () => {
  const { vm } = newVm(PROGRAM);
  const coro = vm.call(vm.global('fails')).handle;
  assert.is(vm.step(coro).status, 'yielded');
  const end = vm.step(coro);
  assert.is(end.status, 'raised');
  assert.is(vm.repr(end.handle), "KeyError('task failed')");
  assert.is(vm.global('no_such_name'), 0);
});

test('a long step crosses slice boundaries and still ends in one result', () => {
  const { vm } = newVm('async def spin(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n');
  const coro = vm.call(vm.global('spin'), vm.intHandle(3000000)).handle;
  const end = vm.step(coro);
  assert.is(end.status, 'returned');
  assert.is(vm.repr(end.handle), String((3000000 * 2999999) / 2));
});

for (const file of ['tests/run/coro_never_awaited.py', 'tests/run/coro_never_awaited_teardown.py']) {
  test(`never-awaited coroutines: the whole stderr is CPython's (${file})`, () => {
    if (!python3()) return;
    const want = runPython([file], { cwd: root }).stderr.split(root + '/').join('');
    const got = wasmpy([file]).stderr.split(root + '/').join('');
    assert.fixture(got, want);
  });
}

test.run();
