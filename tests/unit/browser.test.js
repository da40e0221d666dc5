// wasmpy in a browser: the bundle dist/wasmpy.browser.js, and the page examples/browser/ served
// from 127.0.0.1 (scripts/serve.js) and loaded in headless Chromium (Debian's /usr/bin/chromium,
// which .ci/run installs; without it these tests fail rather than pass unseen).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.js';
import { root } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const example = join(root, 'examples', 'browser');

let server;
let browser;

test.before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does)`);
  server = await serve();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
});

test.after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that never answers fails its test (a Python loop that kept the page busy for ever would). */
const PAGE_TIMEOUT_MS = 60_000;

function withinPageTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer from the page in ${PAGE_TIMEOUT_MS / 1000}s`)), PAGE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A new page at the server's path, its errors collected. */
async function openPage(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(server.url + path);
  return { page, errors };
}

/**
 * Runs a program in a page, in an interpreter of the bundle's createPython with `import js`:
 * { stdout, stderr } (stderr ends with the traceback of an uncaught exception).
 */
async function runInPage(source) {
  const { page } = await openPage('tests/unit/fixtures/blank.html');
  const evaluated = page.evaluate(async (source) => {
    const { createPython, PythonError } = await import('/dist/wasmpy.browser.js');
    const out = { stdout: '', stderr: '' };
    const python = await createPython({ js: true, stdout: (text) => (out.stdout += text), stderr: (text) => (out.stderr += text) });
    try {
      await python.run(source, { filename: '<main>' });
    } catch (err) {
      if (!(err instanceof PythonError)) throw err;
      out.stderr += err.message;
    }
    return out;
  }, source);
  const result = await withinPageTimeout(evaluated, 'running a program');
  await page.close();
  return result;
}

test('the browser bundle is an ES module without Node built-ins', () => {
  const bundle = readFileSync(join(root, 'dist', 'wasmpy.browser.js'), 'utf8');
  assert.not.match(bundle, /\brequire\(|["']node:/);
  assert.match(bundle, /^export \{/m);
});

test('the example page runs its programs and shows their output, the page responsive meanwhile', async () => {
  const { page, errors } = await openPage('examples/browser/');
  await page.waitForSelector('body[data-done]', { timeout: PAGE_TIMEOUT_MS });
  const expected = cpython('program.py') + cpython('compute.py');
  assert.is(await page.textContent('#output'), expected);
  const status = await page.textContent('#status');
  const ticks = Number(/the timer ticked (\d+) times/.exec(status)?.[1]);
  assert.ok(ticks > 0, status);
  assert.equal(errors, []);
  await page.close();
});

test('a long loop leaves the page\'s event loop running: it ends when a JS timer fired', async () => {
  const source = [
    'import js',
    "js.eval('setTimeout(() => { globalThis.timerFired = true }, 0)')",
    'n = 0',
    'while not js.timerFired:',
    '    n += 1',
    "print('the timer fired')",
  ].join('\n');
  const r = await runInPage(`import js\njs.timerFired = False\n${source}`);
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'the timer fired\n');
});

test('the page can interrupt a program that never ends: KeyboardInterrupt', async () => {
  const { page } = await openPage('tests/unit/fixtures/blank.html');
  const evaluated = page.evaluate(async () => {
    const { createPython } = await import('/dist/wasmpy.browser.js');
    const python = await createPython();
    setTimeout(() => python.interrupt(), 0);
    return python.run('while True:\n    pass\n', { filename: '<main>' }).then(
      () => 'ended',
      (err) => err.type,
    );
  });
  assert.is(await withinPageTimeout(evaluated, 'interrupting a program'), 'KeyboardInterrupt');
  await page.close();
});

test('time.sleep on the page\'s main thread raises an OSError that says why', async () => {
  const r = await runInPage('import time\ntry:\n    time.sleep(0.01)\nexcept OSError as e:\n    print(type(e).__name__, e)');
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'OSError time.sleep() cannot block on this host (a browser main thread); use asyncio.sleep()\n');
});

test('an uncaught exception rejects the run with its traceback', async () => {
  const r = await runInPage('def f():\n    return {}["key"]\nf()\n');
  assert.match(r.stderr, /^Traceback \(most recent call last\):\n  File "<main>", line 3, in <module>\n[^]*KeyError: 'key'\n?$/);
});

test('build files that are not where the page says: createPython rejects, naming the URL', async () => {
  const { page } = await openPage('tests/unit/fixtures/blank.html');
  const message = await page.evaluate(async () => {
    const { loadWasmpy, createPython } = await import('/dist/wasmpy.browser.js');
    const failed = await loadWasmpy({ vmUrl: '/build/no-such.wasm' }).catch((err) => err.message);
    // A failed download is not kept: the defaults work afterwards.
    const python = await createPython({ stdout: () => {} });
    await python.run('pass');
    return failed;
  });
  assert.match(message, /^wasmpy: fetching http:\/\/127\.0\.0\.1:\d+\/build\/no-such\.wasm failed: 404/);
  await page.close();
});

/**
 * What CPython prints running an example program, from its folder (as the page's files are),
 * with a stand-in for the js module (fetch reads the file).
 */
function cpython(file) {
  const env = { ...process.env, PYTHONPATH: join(root, 'tests', 'unit', 'fixtures', 'cpython-js') };
  const r = spawnSync('python3', [file], { cwd: example, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`python3 ${file} failed: ${r.stderr}`);
  return r.stdout;
}

test.run();
