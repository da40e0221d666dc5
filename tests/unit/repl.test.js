// The interactive prompt, driven through a pipe with -i (prompts on stderr, as `python3 -i`
// prints them), compared with what python3 -i prints for the same input where python3 exists.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wasmpy, root } from './helpers.js';
import { python3, runPython } from '../tools/python.js';

/** The session's stderr from its first prompt on: the banner before it is each program's own. */
function fromFirstPrompt(stderr) {
  return stderr.slice(stderr.indexOf('>>> '));
}

/** Runs a session in both; stdout, stderr (after the banner) and the exit status must match. */
function sameAsPython(name, input, args = ['-i']) {
  test(name, () => {
    if (!python3()) return;
    const want = runPython(args, { input, cwd: root });
    const got = wasmpy(args, input);
    assert.is(got.stdout, want.stdout);
    const prompting = args.includes('-i') || args.includes('-m');
    assert.fixture(prompting ? fromFirstPrompt(got.stderr) : got.stderr, prompting ? fromFirstPrompt(want.stderr) : want.stderr);
    assert.is(got.status, want.status);
  });
}

sameAsPython('values are echoed with repr, state persists, errors do not end the session, exit(3)',
  'x = 5\nx\nfor i in range(2):\n  print(i)\n\n1/0\ndef f():\n  return 1/0\n\nf()\n_\n(1,\n2)\nexit(3)\nprint("not reached")\n');
sameAsPython('None is not echoed and leaves _ alone; strings echo as repr', "'a'\nNone\n_\nprint('p')\n_\n[1, 'b', {2: 3}]\n");
sameAsPython('syntax errors show the offending line and the session goes on', 'x=\n1 2\nx = 1\nx\n(1,\n');
sameAsPython('comments, blank lines, one-line compound statements and decorators',
  '# c\n\n   \nif 1: print(5)\n\ndef deco(f):\n  return "decorated"\n\n@deco\ndef g(): pass\n\ng\nclass A:\n  def m(self):\n    return 7\n\nA().m()\n');
sameAsPython('a block still open at the end of input runs', 'if 1:\n  print(2)');
sameAsPython('an unclosed bracket at the end of input is a SyntaxError', '1+1\n(1,\n');
sameAsPython('inside a block, lines of spaces or comments do not end it; only an empty line does',
  'if 1:\n  x=1\n# c\n  print(x)\n  \n  print(x + 1)\n\n');
sameAsPython('match statements continue until the empty line',
  'match (1, 2):\n  case (1, y):\n    print("one", y)\n  case _:\n    pass\n\nmatch = 3\nmatch\n');
sameAsPython('several clauses, triple-quoted strings and backslashes continue the statement',
  'try:\n  1/0\nexcept ZeroDivisionError:\n  print("caught")\nelse:\n  pass\nfinally:\n  print("done")\n\ns = """a\nb"""\ns\n1 + \\\n2\n[1,\n [2,\n  3]]\n');
sameAsPython('chained exceptions print their whole chain', 'try:\n  {}[1]\nexcept KeyError as e:\n  raise ValueError(2) from e\n\n"still here"\n');
sameAsPython('sys.displayhook decides what is shown', 'import sys\nsys.displayhook = lambda v: print("hook", v)\n5\nNone\n');
sameAsPython('quit() with no argument ends with status 0', '1\nquit()\n2\n');
sameAsPython('SystemExit with a message prints it and ends with status 1', 'raise SystemExit("bye")\n');
sameAsPython('__name__ is __main__ and names defined earlier are visible in functions',
  '__name__\ny = 10\ndef h():\n  return y * 2\n\nh()\nimport sys\nsys.argv\n');
sameAsPython('input() at the prompt reads the next line of the pipe (and, as sys.stdin reads a whole buffer, the lines after it)',
  'x = input("p: ")\nabc\nprint(repr(x))\nprint(2)\n');
sameAsPython('input() at the prompt at the end of the pipe raises EOFError', 'x = input()\n');
sameAsPython('stdin that is no terminal is read as one program, without prompts', 'print(1)\n1+1\nimport sys\nprint(sys.argv)\nraise SystemExit(4)\n', []);
sameAsPython('the program on stdin sees a traceback with <stdin>', 'def f():\n  1/0\nf()\n', []);
test('a traceback of -c code shows no source lines, as CPython', () => {
  if (!python3()) return;
  const source = 'def f():\n  1/0\nf()\n';
  assert.fixture(wasmpy(['-c', source]).stderr, runPython(['-c', source]).stderr);
});
sameAsPython('`-` reads the program from stdin with its arguments', 'import sys\nprint(sys.argv)\n', ['-', 'a', 'b']);

const scripts = mkdtempSync(join(tmpdir(), 'wasmpy-repl-'));
function script(name, source) {
  const file = join(scripts, name);
  writeFileSync(file, source);
  return file;
}
sameAsPython('-i FILE runs the file in __main__ (with its arguments, without a banner), then prompts',
  'y\n__name__\nimport sys\nsys.argv\n', ['-i', script('defines.py', 'y = 3\nprint("file")\nimport sys\nprint(hasattr(sys, "ps1"))\n'), 'arg']);
sameAsPython('sys.ps1 and sys.ps2 are set at the prompt, and no names besides the usual ones',
  'import sys\nsys.ps1\nsys.ps2\nsorted(k for k in globals() if k != "sys")\n');
sameAsPython("-i FILE: the file's traceback shows its lines and the prompt follows",
  'def f():\n  return 2\n\nf()\n', ['-i', script('fails.py', 'x = 1\n1/0\n')]);

// The asyncio REPL (`python3 -m asyncio`): its prompts go to stdout (its input() writes them).
const ASYNCIO = ['-m', 'asyncio'];
sameAsPython('the asyncio REPL awaits at top level, in comprehensions and async with; inputs run in a task of the loop',
  'await asyncio.sleep(0.01)\nx = await asyncio.sleep(0, 5)\nx\nasync def f():\n  print("in f")\n  return 7\n\n' +
  'await f()\n[await f() for i in range(2)]\nasync with asyncio.timeout(1): print("w")\n\n' +
  // The task prints nothing: python3's console thread may print its next prompt before or after
  // what a task prints.
  'asyncio.current_task() is not None\nt = asyncio.create_task(asyncio.sleep(0, 9))\nawait t\nt.done()\n', ASYNCIO);
sameAsPython('the asyncio REPL ends with exit()\'s status', '1\nexit(3)\n2\n', ASYNCIO);
test('the asyncio REPL shows errors of inputs and goes on (CPython\'s tracebacks show its threads\' frames too)', () => {
  if (!python3()) return;
  const input = '1/0\nawait asyncio.sleep("x")\nasync def g():\n  raise ValueError(1)\n\nawait g()\nprint("still here")\n';
  const want = runPython(ASYNCIO, { input, cwd: root });
  const got = wasmpy(ASYNCIO, input);
  const errors = (text) => text.split('\n').filter((line) => /^\w+Error/.test(line));
  assert.is(got.stdout, want.stdout);
  assert.equal(errors(got.stderr), errors(want.stderr));
  assert.ok(got.stderr.includes('  File "<console>", line 1, in <module>\nZeroDivisionError: division by zero\n'), got.stderr);
  assert.is(got.status, want.status);
});

/** Runs a session whose input arrives in two parts, the second after `pauseMs`; resolves to its stdout. */
function twoPartSession(command, args, first, second, pauseMs) {
  const child = spawn(command, args, { cwd: root });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stdin.write(first);
  setTimeout(() => child.stdin.end(second), pauseMs);
  return new Promise((resolve) => child.on('exit', () => resolve(stdout)));
}

test('the asyncio REPL runs tasks and timers while it waits for the next line', async () => {
  if (!python3()) return;
  const first = 'async def f():\n  await asyncio.sleep(0.1)\n  print("background")\n\nt = asyncio.create_task(f())\n';
  const second = 'print("next line")\nt.done()\n';
  const want = await twoPartSession(python3(), ASYNCIO, first, second, 600);
  const got = await twoPartSession(process.execPath, [join(root, 'bin', 'wasmpy.js'), ...ASYNCIO], first, second, 600);
  assert.is(got, want);
});

test('Ctrl-C while code runs raises KeyboardInterrupt and gives a fresh prompt', async () => {
  const child = spawn(process.execPath, [join(root, 'bin', 'wasmpy.js'), '-i'], { cwd: root });
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    if (!interrupted && stderr.includes('started')) {
      interrupted = true;
      child.kill('SIGINT');
    }
  });
  child.stdin.write('import sys\nprint("started", file=sys.stderr)\nwhile True: pass\n\n');
  const status = await new Promise((resolve) => {
    const timer = setInterval(() => {
      if (stderr.includes('KeyboardInterrupt')) {
        clearInterval(timer);
        child.stdin.end('print("after")\n');
      }
    }, 20);
    child.on('exit', (code) => resolve(code));
  });
  assert.ok(stderr.includes('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n'), stderr);
  assert.is(stdout, 'after\n');
  assert.is(status, 0);
});

test.run();
