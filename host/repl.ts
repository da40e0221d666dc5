// The interactive prompt (`wasmpy` on a terminal, or `wasmpy -i`): read a statement, run it in
// the one __main__ module, show its value (sys.displayhook) or its traceback, and prompt again,
// as CPython's REPL does. Lines come from Node's readline (line editing and history with the
// arrow keys on a terminal); code runs slice by slice so that Ctrl-C can interrupt it.

import { createRequire } from 'node:module';
import type { Interface } from 'node:readline';
import { compileToImage, formatCompileFailure } from '../compiler/index.js';
import { Vm, RUN_SLICE, RUN_EXCEPTION, RUN_EXIT } from './vm.js';
import { formatException, SourceLines } from './traceback.js';
import { writeAll, readStdin, type ProgramOptions } from './run.js';
import { interactiveInput } from './interactive-input.js';

const PS1 = '>>> ';
const PS2 = '... ';
/** CPython's first line names its build; ours names wasmpy and the Python it follows. */
const BANNER = `wasmpy (Python 3.11) [Node.js ${process.version}] on ${process.platform}\n` +
  'Type exit() or Ctrl-D (i.e. EOF) to exit.\n';

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

  constructor(private readonly terminal: boolean) {
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
      writeAll(2, encoder.encode(prompt));
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

/** Runs the REPL to its end (EOF, exit(), SystemExit); returns the exit status. */
export async function runRepl(options: ProgramOptions, terminal: boolean, script?: Script): Promise<number> {
  const reader = new LineReader(terminal);
  const vm = Vm.create({ ...options, write: writeAll, readStdin: (buf) => reader.readForCode(buf), lineBuffered: true });
  reader.onInterruptWhileRunning = () => vm.interrupt();
  // As CPython, the banner only when no script runs first.
  const status = script ? await runScript(vm, reader, script) : (writeAll(2, encoder.encode(BANNER)), null);
  if (status === null) await runAndReport(vm, reader, compileToImage(PROMPTS_IN_SYS, '<stdin>'));
  const exitStatus = status ?? (await readEvalPrint(vm, reader));
  vm.finalize();
  reader.close();
  return exitStatus;
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

const sources = new SourceLines();

/** Runs one input or script and shows its traceback; the exit status if it exited, else null. */
async function runAndReport(vm: Vm, reader: LineReader, image: Uint8Array): Promise<number | null> {
  reader.startRunning();
  const status = await runInput(vm, image);
  reader.stopRunning();
  if (status === RUN_EXIT) return vm.exitStatus();
  if (status === RUN_EXCEPTION) writeAll(2, encoder.encode(formatException(vm.uncaughtException(), sources)));
  return null;
}

async function readEvalPrint(vm: Vm, reader: LineReader): Promise<number> {
  let lines: string[] = [];
  for (;;) {
    const line = await reader.read(lines.length > 0 ? PS2 : PS1);
    if (line === INTERRUPTED) {
      writeAll(2, encoder.encode('\nKeyboardInterrupt\n'));
      lines = [];
      continue;
    }
    // At the end of input CPython ends the prompt's line, runs what was typed, and prompts once more.
    if (line === null) writeAll(2, encoder.encode('\n'));
    if (line === null && lines.length === 0) return 0;
    if (line !== null) lines.push(line);
    const input = interactiveInput(lines, line === null);
    if (input.kind === 'more') continue;
    lines = [];
    if (input.kind === 'error') writeAll(2, encoder.encode(input.text));
    if (input.kind !== 'ready') continue;
    const status = await runAndReport(vm, reader, input.image);
    if (status !== null) return status;
  }
}

/** Runs one input, letting Node handle events (Ctrl-C, lines arriving) between slices. */
async function runInput(vm: Vm, image: Uint8Array): Promise<number> {
  let status = vm.startInteractive(image);
  while (status === RUN_SLICE) {
    await new Promise((resolve) => setImmediate(resolve));
    status = vm.resume();
  }
  return status;
}
