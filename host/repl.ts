// The interactive prompt (`wasmpy` on a terminal, or `wasmpy -i`): read a statement, run it in
// the one __main__ module, show its value (sys.displayhook) or its traceback, and prompt again,
// as CPython's REPL does. Lines come from Node's readline (line editing and history with the
// arrow keys on a terminal); code runs slice by slice so that Ctrl-C can interrupt it.
//
// `wasmpy -m asyncio` is the asyncio REPL (CPython's asyncio/__main__.py): inputs may await at
// top level and run inside the event loop, which lib/asyncio/__main__.py keeps; while the prompt
// waits for a line, the loop goes on running what is ready and the timers as they come due.

import { createRequire } from 'node:module';
import type { Interface } from 'node:readline';
import { compileToImage, formatCompileFailure } from '../compiler/index.js';
import { Vm, RUN_EXCEPTION, RUN_EXIT } from './vm.js';
import { driveAsync } from './driver.js';
import { formatException, SourceLines } from './traceback.js';
import { readSourceFile } from './node-files.js';
import { writeAll, readStdin, programVm, type ProgramOptions } from './run.js';
import { interactiveInput } from './interactive-input.js';

const PS1 = '>>> ';
const PS2 = '... ';
/** CPython's first line names its build; ours names wasmpy and the Python it follows. */
const BANNER = `wasmpy (Python 3.11) [Node.js ${process.version}] on ${process.platform}\n` +
  'Type exit() or Ctrl-D (i.e. EOF) to exit.\n';

const ASYNCIO_BANNER = `asyncio REPL (wasmpy, Python 3.11) [Node.js ${process.version}] on ${process.platform}\n` +
  'Use "await" directly instead of "asyncio.run()".\n' +
  'Type exit() or Ctrl-D (i.e. EOF) to exit.\n' +
  `${PS1}import asyncio\n`;
/** The asyncio REPL's namespace has asyncio; the host keeps the loop's run_ready (the name is then removed). */
const ASYNCIO_SETUP = 'import asyncio\nfrom asyncio.__main__ import run_ready as __wasmpy_run_ready\n';

const encoder = new TextEncoder();
/** CPython sets sys.ps1 and sys.ps2 when its prompt starts (programs test them to know they run interactively). */
const PROMPTS_IN_SYS = `__import__('sys').ps1 = ${JSON.stringify(PS1)}; __import__('sys').ps2 = ${JSON.stringify(PS2)}\n`;
const INTERRUPTED = Symbol('KeyboardInterrupt');
type Line = string | null | typeof INTERRUPTED;

/** Lines as they arrive (a pipe may deliver several while code runs), and Ctrl-C. */
class LineReader {
  private readonly rl: Interface;
  private readonly pending: Line[] = [];
  private waiting: ((line: Line) => void) | null = null;
  /** Input has ended: every further read answers null (CPython prompts once more after running what was pending). */
  private ended = false;
  /** Called on Ctrl-C while no line is awaited, i.e. while code runs. */
  onInterruptWhileRunning: () => void = () => {};

  constructor(
    private readonly terminal: boolean,
    /** Where prompts go without a terminal: stderr as `python3 -i`, stdout as the asyncio REPL's input(). */
    private readonly promptFd: number,
  ) {
    // Loaded here, not at start-up: running a program needs no readline (see isTerminal in run.ts).
    const readline: typeof import('node:readline') = createRequire(import.meta.url)('node:readline');
    this.rl = readline.createInterface({ input: process.stdin, output: terminal ? process.stdout : undefined, terminal, historySize: 1000 });
    this.rl.on('line', (line) => this.deliver(line));
    this.rl.on('close', () => {
      this.ended = true;
      this.deliver(null);
    });
    this.rl.on('SIGINT', () => this.interrupt());
    // While code runs (and without a terminal), Ctrl-C reaches the process as a signal rather than as a key.
    process.on('SIGINT', this.interrupt);
  }

  /**
   * Code is about to run: give the terminal back its own line editing and echo, so that
   * input() reads a line as it does outside the REPL (readline waits, keys stay in the terminal).
   */
  startRunning(): void {
    if (!this.terminal) return;
    this.rl.pause();
    process.stdin.setRawMode(false);
  }

  stopRunning(): void {
    if (!this.terminal) return;
    process.stdin.setRawMode(true);
    this.rl.resume();
  }

  private readonly interrupt = () => {
    if (this.waiting) this.deliver(INTERRUPTED);
    else this.onInterruptWhileRunning();
  };

  private deliver(line: Line): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting(line);
    else this.pending.push(line);
  }

  /** Shows the prompt (on stderr without a terminal, as `python3 -i` does) and reads a line; null at the end. */
  read(prompt: string): Promise<Line> {
    if (this.terminal) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    } else {
      writeAll(this.promptFd, encoder.encode(prompt));
    }
    if (this.pending.length > 0) return Promise.resolve(this.pending.shift()!);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /**
   * A read of stdin by the running code (input(), sys.stdin) when stdin is no terminal: the lines
   * readline has already taken from the pipe come first, as many as fit — CPython's sys.stdin
   * reads a whole buffer, so the prompt does not see the lines after the one input() wanted —
   * then stdin itself.
   */
  readForCode(buf: Uint8Array): number {
    if (this.terminal || this.pending.length === 0) return this.ended && this.pending.length === 0 ? 0 : readStdin(buf);
    let n = 0;
    while (this.pending.length > 0) {
      const line = this.pending[0];
      if (line === INTERRUPTED) break;
      if (line === null) break;
      const bytes = encoder.encode(line + '\n');
      if (n + bytes.length > buf.length) break;
      buf.set(bytes, n);
      n += bytes.length;
      this.pending.shift();
    }
    return n;
  }

  close(): void {
    process.off('SIGINT', this.interrupt);
    this.rl.close();
  }
}

/** A program `wasmpy -i FILE` runs in __main__ before the prompt (null: its file could not be read). */
export interface Script {
  filename: string;
  source: Uint8Array | null;
}

/** Runs the REPL to its end (EOF, exit(), SystemExit); returns the exit status. asyncio: the asyncio REPL. */
export async function runRepl(options: ProgramOptions, terminal: boolean, script?: Script, asyncio = false): Promise<number> {
  const reader = new LineReader(terminal, asyncio ? 1 : 2);
  const { vm, network } = programVm({ ...options, readStdin: (buf) => reader.readForCode(buf), lineBuffered: true }, sources);
  reader.onInterruptWhileRunning = () => vm.interrupt();
  // As CPython, the banner only when no script runs first.
  const status = script ? await runScript(vm, reader, script) : (writeAll(2, encoder.encode(asyncio ? ASYNCIO_BANNER : BANNER)), null);
  if (status === null) await runAndReport(vm, reader, compileToImage(PROMPTS_IN_SYS, '<stdin>'));
  const loop = asyncio && status === null ? await startAsyncioLoop(vm, reader) : null;
  const exitStatus = status ?? (await readEvalPrint(vm, reader, loop));
  loop?.close();
  vm.finalize();
  network.closeAll();
  reader.close();
  return exitStatus;
}

/** The asyncio REPL's event loop, as the host drives it (lib/asyncio/__main__.py). */
class AsyncioLoop {
  constructor(
    private readonly vm: Vm,
    /** The handle of asyncio.__main__.run_ready. */
    private readonly runReady: number,
  ) {}

  /** The image that runs an input in the loop. */
  inputImage(source: string): Uint8Array {
    // (A JSON string is a Python string literal.)
    const call = `__import__('asyncio.__main__').__main__.run_input(${JSON.stringify(source)}, globals())\n`;
    return compileToImage(call, '<asyncio REPL>');
  }

  /** Reads a line, running the loop while the line has not come. */
  async read(reader: LineReader, prompt: string): Promise<Line> {
    const line = reader.read(prompt);
    let arrived = false;
    line.then(() => (arrived = true));
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (arrived) return line;
      const delay = this.step();
      if (delay === null) return line;
      await Promise.race([line, new Promise((resolve) => setTimeout(resolve, delay * 1000))]);
    }
  }

  /** Runs what is ready in the loop; seconds until the next timer (null: nothing is scheduled). */
  private step(): number | null {
    const step = this.vm.call(this.runReady);
    const text = this.vm.repr(step.handle);
    this.vm.release(step.handle);
    return step.status === 'returned' && text !== 'None' ? Number(text) : null;
  }

  close(): void {
    this.vm.release(this.runReady);
  }
}

async function startAsyncioLoop(vm: Vm, reader: LineReader): Promise<AsyncioLoop> {
  await runAndReport(vm, reader, compileToImage(ASYNCIO_SETUP, '<asyncio REPL>'));
  const runReady = vm.global('__wasmpy_run_ready');
  await runAndReport(vm, reader, compileToImage('del __wasmpy_run_ready\n', '<asyncio REPL>'));
  return new AsyncioLoop(vm, runReady);
}

/** Runs the script; its errors are shown and the prompt follows, as with `python3 -i`. An exit status if it exited. */
async function runScript(vm: Vm, reader: LineReader, script: Script): Promise<number | null> {
  if (script.source === null) {
    writeAll(2, encoder.encode(`wasmpy: can't open file '${script.filename}': [Errno 2] No such file or directory\n`));
    return null;
  }
  let image: Uint8Array;
  try {
    image = compileToImage(script.source, script.filename);
  } catch (err) {
    const text = formatCompileFailure(err);
    if (text === null) throw err;
    writeAll(2, encoder.encode(text));
    return null;
  }
  return runAndReport(vm, reader, image);
}

const sources = new SourceLines(new Map(), readSourceFile);

/** Runs one input or script and shows its traceback; the exit status if it exited, else null. */
async function runAndReport(vm: Vm, reader: LineReader, image: Uint8Array): Promise<number | null> {
  reader.startRunning();
  const status = await runInput(vm, image);
  reader.stopRunning();
  if (status === RUN_EXIT) return vm.exitStatus();
  if (status === RUN_EXCEPTION) writeAll(2, encoder.encode(formatException(vm.uncaughtException(), sources)));
  return null;
}

async function readEvalPrint(vm: Vm, reader: LineReader, loop: AsyncioLoop | null): Promise<number> {
  let lines: string[] = [];
  for (;;) {
    const prompt = lines.length > 0 ? PS2 : PS1;
    const line = await (loop ? loop.read(reader, prompt) : reader.read(prompt));
    if (line === INTERRUPTED) {
      writeAll(2, encoder.encode('\nKeyboardInterrupt\n'));
      lines = [];
      continue;
    }
    // At the end of input CPython ends the prompt's line, runs what was typed, and prompts once more.
    if (line === null) writeAll(2, encoder.encode('\n'));
    if (line === null && lines.length === 0) {
      if (loop) writeAll(2, encoder.encode('exiting asyncio REPL...\n'));
      return 0;
    }
    if (line !== null) lines.push(line);
    const input = interactiveInput(lines, line === null, loop !== null);
    if (input.kind === 'more') continue;
    lines = [];
    if (input.kind === 'error') writeAll(2, encoder.encode(input.text));
    if (input.kind !== 'ready') continue;
    const status = await runAndReport(vm, reader, loop ? loop.inputImage(input.source) : input.image);
    if (status !== null) return status;
  }
}

/** Runs one input, letting Node handle events (Ctrl-C, lines arriving) between slices and while it waits. */
function runInput(vm: Vm, image: Uint8Array): Promise<number> {
  // Node handles its events at every slice: lines typed meanwhile are read before the next prompt.
  return driveAsync(vm, vm.startInteractive(image), { yieldEveryMs: 0 });
}
