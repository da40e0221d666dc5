// The embedding API (host/python.ts): createPython, run, globals, registered modules,
// interrupt, close, output callbacks, what is granted, independent instances, and that an
// asyncio program waiting for real time leaves Node's event loop free.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.js';
import { createPython, nodeFiles, NodeNetwork } from '../../dist/wasmpy.js';

/** An interpreter whose output is collected: py.out() and py.err() give it so far. */
async function python(options = {}) {
  const out = [];
  const err = [];
  const py = await createPython({ stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...options });
  return Object.assign(py, { out: () => out.join(''), err: () => err.join('') });
}

/** The rejection of a promise (fails when it resolves). */
async function rejection(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

test('run prints through the stdout callback; globals persist from one run to the next', async () => {
  const py = await python();
  await py.run('x = 6 * 7\nprint("x is", x)');
  await py.run('print(x + 1)');
  assert.is(py.out(), 'x is 42\n43\n');
});

test('an asyncio program sleeping for real time lets other JS timers run meanwhile', async () => {
  const py = await python();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  await py.run(`
import asyncio
async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name)
async def main():
    await asyncio.gather(worker('slow', 0.06), worker('fast', 0.03))
asyncio.run(main())
`);
  clearInterval(timer);
  assert.is(py.out(), 'fast\nslow\n');
  // Any tick proves it: a run that blocked Node until it ended would let none through (the
  // interval is due before Python's first timer, so this doesn't depend on the machine's speed).
  assert.ok(ticks > 0, 'no JS timer ran while Python slept');
});

test('globals.get and set convert None, bools, ints (BigInt beyond 2**53), floats and strs', async () => {
  const py = await python();
  py.globals.set('a', 5);
  py.globals.set('b', 2n ** 70n);
  py.globals.set('c', 1.5);
  py.globals.set('d', 'héllo');
  py.globals.set('e', true);
  py.globals.set('f', null);
  await py.run('print(type(a).__name__, b, c, d, e, f)\ng = 2 ** 80\nh = [1, 2]');
  assert.is(py.out(), 'int 1180591620717411303424 1.5 héllo True None\n');
  assert.is(py.globals.get('g'), 2n ** 80n);
  assert.is(py.globals.get('a'), 5);
  assert.is(py.globals.get('nothing'), undefined);
  assert.is(String(py.globals.get('h')), '[1, 2]');
});

test('a Python exception escaping run rejects with the traceback; so does a syntax error', async () => {
  const py = await python();
  const err = await rejection(py.run('def f():\n    return 1 / 0\nf()\n', { filename: 'prog.py' }));
  assert.is(err.name, 'PythonError');
  assert.is(err.type, 'ZeroDivisionError');
  assert.is(
    err.message,
    'Traceback (most recent call last):\n  File "prog.py", line 3, in <module>\n    f()\n' +
      '  File "prog.py", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n',
  );
  const syntax = await rejection(py.run('def f(:\n', { filename: 'bad.py' }));
  assert.is(syntax.type, 'SyntaxError');
  assert.match(syntax.message, 'SyntaxError: invalid syntax');
  const exit = await rejection(py.run('raise SystemExit(3)'));
  assert.is(exit.type, 'SystemExit');
});

test('registered modules: a JS object and Python source', async () => {
  const py = await python();
  py.registerModule('settings', { name: 'demo', double: (n) => n * 2 });
  py.registerModule('helpers', 'def shout(s):\n    return s.upper() + "!"\n');
  await py.run('import settings, helpers\nprint(settings.name, settings.double(21), helpers.shout("hi"))');
  assert.is(py.out(), 'demo 42 HI!\n');
});

test('interrupt stops a Python infinite loop with KeyboardInterrupt (a JS timer calls it)', async () => {
  const py = await python();
  setTimeout(() => py.interrupt(), 30);
  const err = await rejection(py.run('n = 0\nwhile True:\n    n += 1\n'));
  assert.is(err.type, 'KeyboardInterrupt');
  assert.ok(py.globals.get('n') > 0);
  // Interrupting a program waiting for a timer ends the wait.
  setTimeout(() => py.interrupt(), 30);
  const waiting = await rejection(py.run('import asyncio\nasyncio.run(asyncio.sleep(3600))'));
  assert.is(waiting.type, 'KeyboardInterrupt');
  // An interrupt between runs is no interrupt of the next one.
  py.interrupt();
  await py.run('print("still fine")');
  assert.is(py.out(), 'still fine\n');
});

test('several interpreters are independent of each other', async () => {
  const [a, b] = await Promise.all([python(), python()]);
  await Promise.all([a.run('import sys\nx = "a"\nsys.modules["shared"] = 1'), b.run('x = "b"')]);
  await b.run('import sys\nprint(x, "shared" in sys.modules)');
  assert.is(a.globals.get('x'), 'a');
  assert.is(b.out(), 'b False\n');
});

test('no power by default: no files, no environment, no js module; granted by options', async () => {
  const py = await python();
  await py.run(`
import os
try:
    open('/etc/hostname')
except OSError as e:
    print(type(e).__name__)
print(dict(os.environ))
try:
    import js
except ImportError as e:
    print(e)
`);
  assert.is(py.out(), "PermissionError\n{}\nNo module named 'js'\n");
  const granted = await python({ files: nodeFiles, env: { GREETING: 'hi' }, js: true });
  await granted.run(`
import os, js
print(os.environ['GREETING'], os.path.exists('/'), js.Math.abs(-3))
`);
  assert.is(granted.out(), 'hi True 3\n');
});

test('close ends the interpreter; bad arguments give clean JS errors', async () => {
  const py = await python();
  assert.throws(() => py.registerModule('not a name', {}), /bad module name/);
  assert.throws(() => py.registerModule('m', 5), /object or a string/);
  assert.throws(() => py.globals.set('a.b', 1), /bad name/);
  assert.is((await rejection(py.run(5))).name, 'TypeError');
  py.close();
  assert.throws(() => py.run('1'), /closed/);
  assert.is((await rejection(createPython(5))).name, 'TypeError');
});

test('asyncio streams reach a Node server on 127.0.0.1 when the network is granted (and not otherwise)', async () => {
  const server = createServer((socket) => socket.on('data', (data) => socket.end(`echo ${data}`)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const program = `
import asyncio
async def main():
    reader, writer = await asyncio.open_connection('127.0.0.1', ${port})
    writer.write(b'ping')
    await writer.drain()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
asyncio.run(main())
`;
  const granted = await python({ network: new NodeNetwork() });
  await granted.run(program);
  assert.is(granted.out(), "b'echo ping'\n");
  const denied = await python();
  const err = await rejection(denied.run(program));
  assert.is(err.type, 'PermissionError');
  server.close();
});

test('the VM and the standard library can be given as bytes (as a browser would fetch them)', async () => {
  const py = await python({
    vm: readFileSync(join(root, 'build', 'vm.wasm')),
    stdlib: readFileSync(join(root, 'build', 'frozen.bin')),
  });
  await py.run('import asyncio\nasyncio.run(asyncio.sleep(0.001))\nprint("ran")');
  assert.is(py.out(), 'ran\n');
});

test.run();
