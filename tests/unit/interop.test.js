// JS interop (host/interop.ts, lib/wasmpy/ffi.py): JS values in Python as JsProxy objects
// (attributes, calls, new, iteration, await on thenables, to_py), Python values in JS
// (callables, coroutines as Promises, to_js), and errors crossing both ways.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createPython } from '../../dist/wasmpy.js';

async function python(options = {}) {
  const out = [];
  const py = await createPython({ stdout: (t) => out.push(t), js: true, ...options });
  return Object.assign(py, { out: () => out.join('') });
}

test('import js: attributes, calls with this, new(), iteration, to_py', async () => {
  const py = await python();
  globalThis.interopCounter = { n: 1, bump(k) { this.n += k; return this.n; } };
  await py.run(`
import js
print(js.interopCounter.bump(4), js.interopCounter.n)
js.interopCounter.n = 10
print(js.interopCounter.bump(1))
d = js.Date.new(2020, 0, 2)
print(d.getFullYear(), d.getMonth(), d.getDate())
print(list(js.Array.of(1, 'two', None)), len(js.Array.of(1, 2)))
print(js.JSON.parse('{"a": [1, 2.5, {"b": null}], "c": "x"}').to_py())
print(js.Math.max(2, 7), js.Number.MAX_SAFE_INTEGER + 2, js.BigInt('18446744073709551616') == 2 ** 64)
print(js.interopCounter == js.interopCounter, js.interopCounter.typeof)
try:
    js.interopCounter.missing
except AttributeError as e:
    print(e)
`);
  delete globalThis.interopCounter;
  assert.is(
    py.out(),
    "5 5\n11\n2020 0 2\n[1, 'two', None] 2\n{'a': [1, 2.5, {'b': None}], 'c': 'x'}\n" +
      "7 9007199254740993 True\nTrue object\nJS object has no attribute 'missing'\n",
  );
});

test('awaiting JS Promises in asyncio tasks: they resume the task when settled, rejections raise JsException', async () => {
  const py = await python();
  py.registerModule('api', {
    later: (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms)),
    fail: () => Promise.reject(new TypeError('no such thing')),
    never: () => new Promise(() => {}),
  });
  await py.run(`
import asyncio, api
from wasmpy.ffi import JsException
async def main():
    print(await api.later('first', 20))
    results = await asyncio.gather(api.later('slow', 30), api.later('fast', 5), asyncio.sleep(0.01, 'sleep'))
    print(results)
    try:
        await api.fail()
    except JsException as e:
        print(e.name, e)
    print(await asyncio.wait_for(api.later('in time', 5), 1))
    try:
        await asyncio.wait_for(api.never(), 0.01)
    except TimeoutError:
        print('timed out')
asyncio.run(main())

# The cancelled await of a Promise that never settles leaves nothing for the loop to wait for.
async def stuck():
    await asyncio.get_running_loop().create_future()
try:
    asyncio.run(stuck())
except RuntimeError as e:
    print(str(e).split(':')[0])
`);
  assert.is(
    py.out(),
    "first\n['slow', 'fast', 'sleep']\nTypeError no such thing\nin time\ntimed out\nEvent loop is idle for ever\n",
  );
});

test('a JS exception becomes JsException; a Python exception escaping into JS a PythonError with the traceback', async () => {
  const py = await python();
  py.registerModule('api', { boom() { throw new RangeError('out of range'); }, call: (f, x) => f(x) });
  await py.run(`
import api
from wasmpy.ffi import JsException
try:
    api.boom()
except JsException as e:
    print(type(e).__name__, e.name, e)
def fails(x):
    raise ValueError(f'bad {x}')
try:
    api.call(fails, 7)
except JsException as e:
    print(e.name, str(e).splitlines()[-1])
`);
  assert.is(py.out(), 'JsException RangeError out of range\nPythonError ValueError: bad 7\n');
  const fails = py.globals.get('fails');
  try {
    fails(1);
    assert.unreachable();
  } catch (err) {
    assert.is(err.type, 'ValueError');
    assert.match(err.message, /^Traceback \(most recent call last\):\n/);
    assert.match(err.message, /ValueError: bad 1\n$/);
  }
});

test('Python callables in JS: called from JS timers while asyncio waits; coroutine functions return Promises', async () => {
  const py = await python();
  await py.run(`
import asyncio, js
async def main():
    fut = asyncio.get_running_loop().create_future()
    def on_timer(value):
        fut.set_result(value * 2)
    js.setTimeout(on_timer, 10, 21)
    print('timer gave', await fut)
asyncio.run(main())
async def double_later(x):
    await asyncio.sleep(0.01)
    return x * 2
def add(a, b):
    return a + b
`);
  assert.is(py.out(), 'timer gave 42\n');
  assert.is(py.globals.get('add')(2, 3), 5);
  // No event loop runs now: the coroutine runs on one of its own.
  assert.is(await py.globals.get('double_later')(21), 42);
  const [a, b] = await Promise.all([py.globals.get('double_later')(1), py.globals.get('double_later')(2)]);
  assert.equal([a, b], [2, 4]);
});

test('to_js converts lists and dicts deeply; None crosses as undefined, big ints as BigInt', async () => {
  const py = await python();
  let got;
  py.registerModule('sink', { take: (v) => { got = v; } });
  await py.run(`
import sink
from wasmpy.ffi import to_js
sink.take(to_js({'a': [1, 2.5, 'x', True], 'b': {'c': None}, 'big': 2 ** 64}))
`);
  assert.equal(got, { a: [1, 2.5, 'x', true], b: { c: undefined }, big: 2n ** 64n });
});

test('a JS value passed to Python and back is the same object; a Python object passed to JS and back too', async () => {
  const py = await python();
  const obj = { tag: 1 };
  let back;
  py.registerModule('mirror', { give: () => obj, take: (v) => { back = v; }, same: (a, b) => a === b });
  await py.run(`
import mirror
class Thing:
    pass
t = Thing()
mirror.take(mirror.give())
print(mirror.same(t, t))
`);
  assert.is(back, obj);
  assert.is(py.out(), 'True\n');
});

test('without JS access, a registered object does not lead to the Function constructor', async () => {
  const py = await python({ js: false });
  py.registerModule('api', { f() {}, o: {} });
  await py.run(`
import api
for path in ('api.constructor', 'api.f.constructor', 'api.o.__proto__'):
    try:
        eval(path)
    except AttributeError as e:
        print(e)
`);
  assert.is(py.out(), "JS object has no attribute 'constructor'\nJS object has no attribute 'constructor'\nJS object has no attribute '__proto__'\n");
});

test.run();
