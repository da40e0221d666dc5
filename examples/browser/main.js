// Runs the example's Python programs in this page and shows what they print.
import { createPython, MemoryFiles, PythonError } from '../../dist/wasmpy.browser.js';

const output = document.getElementById('output');
const status = document.getElementById('status');
const ticksShown = document.getElementById('ticks');

/** Appends text the program writes to the page (stderr in red). */
function show(text, className = '') {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  output.append(span);
}

async function fetchText(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** The program's files: what open() and import see. */
async function pageFiles() {
  const names = ['greeting.py', 'data/message.txt'];
  const texts = await Promise.all(names.map(fetchText));
  return new MemoryFiles(Object.fromEntries(names.map((name, i) => [name, texts[i]])));
}

/** Runs a file of the page's folder; an uncaught Python exception shows its traceback. */
async function runFile(python, name) {
  try {
    await python.run(await fetchText(name), { filename: name });
  } catch (err) {
    if (!(err instanceof PythonError)) throw err;
    show(err.message, 'stderr');
  }
}

/** Counts a timer's ticks while fn runs: they show that the page stayed responsive. */
async function countingTicks(fn) {
  let ticks = 0;
  const timer = setInterval(() => {
    ticks++;
    ticksShown.textContent = String(ticks);
  }, 10);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

async function main() {
  // `import js` is the page's global object; imports and open() see the in-memory files.
  const python = await createPython({
    files: await pageFiles(),
    path: [''],
    js: true,
    stdout: (text) => show(text),
    stderr: (text) => show(text, 'stderr'),
  });
  status.textContent = 'running program.py…';
  await runFile(python, 'program.py');
  status.textContent = 'running compute.py…';
  const ticks = await countingTicks(() => runFile(python, 'compute.py'));
  status.textContent = `done: the timer ticked ${ticks} times while compute.py ran`;
}

main()
  .catch((err) => {
    status.textContent = `error: ${err.stack ?? err}`;
  })
  .finally(() => {
    document.body.dataset.done = 'true';
  });
