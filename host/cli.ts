// The `wasmpy` command line.
import { readFileSync, realpathSync } from 'node:fs';
import { resolve, dirname, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram, readStdin, isTerminal, type ProgramOptions } from './run.js';
import { runRepl } from './repl.js';
import { nodeFiles } from './node-files.js';
import { parse, dumpAst, dumpSymtable, checkSource, formatCompileFailure, compile, disassemble } from '../compiler/index.js';

const USAGE = `usage: wasmpy [option] ... [-c cmd | file] [arg] ...
  FILE [ARGS...]                    run a Python program
  -c CODE [ARGS...]                 run a string
  (no arguments)                    the interactive prompt on a terminal, else run the program read from stdin
  - [ARGS...]                       run the program read from stdin
  -m asyncio                        the asyncio REPL: top-level await, the event loop running between prompts
  -i [FILE [ARGS...]]               run FILE if given, then the interactive prompt even when stdin is no terminal (prompts on stderr)
  --virtual-time FILE [ARGS...]     run a program with asyncio on a virtual clock (timers fire in order without waiting)
  --dump-ast [--positions] FILE...  print ast.dump() of each file
  --check FILE...                   compile each file without running it; report errors
  --dump-symtable FILE...           print each file's symbol tables
  --dis FILE...                     print each file's bytecode, as CPython's dis module does
`;

function reportError(err: unknown): void {
  const text = formatCompileFailure(err);
  if (text === null) throw err;
  process.stderr.write(text);
}

/** CPython shows the main script and the files it checks by absolute path. */
function scriptPath(file: string): string {
  return resolve(file);
}

function dumpFiles(files: string[], positions: boolean): number {
  let status = 0;
  const out: string[] = [];
  for (const file of files) {
    try {
      out.push(dumpAst(parse(readFileSync(file), file), positions) + '\n');
    } catch (err) {
      process.stdout.write(out.join(''));
      out.length = 0;
      reportError(err);
      status = 1;
    }
  }
  process.stdout.write(out.join(''));
  return status;
}

function dumpSymtables(files: string[]): number {
  let status = 0;
  for (const file of files) {
    try {
      const source = readFileSync(file);
      process.stdout.write(dumpSymtable(parse(source, file), file, source));
    } catch (err) {
      reportError(err);
      status = 1;
    }
  }
  return status;
}

function checkFiles(files: string[]): number {
  let status = 0;
  for (const file of files) {
    try {
      checkSource(readFileSync(file), scriptPath(file));
    } catch (err) {
      reportError(err);
      status = 1;
    }
  }
  return status;
}

function disassembleFiles(files: string[]): number {
  let status = 0;
  for (const file of files) {
    try {
      process.stdout.write(disassemble(compile(readFileSync(file), file)));
    } catch (err) {
      reportError(err);
      status = 1;
    }
  }
  return status;
}

/**
 * What python3 grants a program: every file, sys.argv as given (`-c` for a command), and
 * sys.path starting with the script's folder (symbolic links resolved; '' for a command, the
 * current directory) followed by PYTHONPATH.
 */
function programOptions(argv: string[], first: string): ProgramOptions {
  const pythonPath = (process.env.PYTHONPATH ?? '').split(delimiter).filter((p) => p !== '').map((p) => resolve(p));
  return {
    argv,
    path: [first, ...pythonPath],
    files: nodeFiles,
    environ: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    executable: fileURLToPath(new URL('../bin/wasmpy.js', import.meta.url)),
  };
}

/** Runs the command line (the arguments after the command's name); returns the exit status. */
export function main(argv: string[]): number | Promise<number> {
  if (argv.length === 0 && isTerminal(0)) return runRepl(programOptions([''], ''), true);
  if (argv[0] === '-i') return interactive(argv.slice(1));
  if (argv[0] === '-m' && argv[1] === 'asyncio') return runRepl(programOptions([''], ''), isTerminal(0), undefined, true);
  if (argv.length === 0 || argv[0] === '-') return runProgram(readAllStdin(), '<stdin>', programOptions(argv.length === 0 ? [''] : argv, ''));
  if (argv[0] === '--virtual-time') return runFile(argv.slice(1), true) ?? usage();
  if (argv[0] === '-c' && argv.length >= 2) return runProgram(argv[1], '<string>', programOptions(['-c', ...argv.slice(2)], ''));
  const status = runFile(argv, false);
  if (status !== null) return status;
  if (argv[0] === '--dump-ast') {
    const positions = argv[1] === '--positions';
    return dumpFiles(argv.slice(positions ? 2 : 1), positions);
  }
  if (argv[0] === '--check') return checkFiles(argv.slice(1));
  if (argv[0] === '--dump-symtable') return dumpSymtables(argv.slice(1));
  if (argv[0] === '--dis') return disassembleFiles(argv.slice(1));
  return usage();
}

/** Runs the program argv[0] with its arguments; null when argv names no program. */
function runFile(argv: string[], virtualTime: boolean): number | Promise<number> | null {
  if (argv.length === 0 || argv[0].startsWith('-')) return null;
  let source: Uint8Array;
  try {
    source = readFileSync(argv[0]);
  } catch {
    process.stderr.write(`wasmpy: can't open file '${argv[0]}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  return runProgram(source, scriptPath(argv[0]), { ...programOptions(argv, dirname(realpathSync(argv[0]))), virtualTime });
}

/** `-i [FILE [ARGS...]]`: the prompt, after running FILE in __main__ when there is one. */
function interactive(argv: string[]): Promise<number> {
  if (argv.length === 0) return runRepl(programOptions([''], ''), isTerminal(0));
  let source: Uint8Array | null = null;
  try {
    source = readFileSync(argv[0]);
  } catch {
    return runRepl(programOptions(argv, ''), isTerminal(0), { filename: argv[0], source: null });
  }
  return runRepl(programOptions(argv, dirname(realpathSync(argv[0]))), isTerminal(0), { filename: scriptPath(argv[0]), source });
}

/** The whole of stdin, which CPython runs as the program when it is no terminal. */
function readAllStdin(): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const chunk = new Uint8Array(65536);
    const n = readStdin(chunk);
    if (n === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, n));
  }
}

function usage(): number {
  process.stderr.write(USAGE);
  return 2;
}
