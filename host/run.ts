// Running a Python program in a fresh VM: compile, run as __main__, print an uncaught exception
// as CPython does, and report the process exit status CPython would have.

import { fstatSync, statSync, writeSync, readSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { devNull } from 'node:os';
import { compileProgram } from './compile-program.js';
import { Vm, RUN_OK, RUN_EXCEPTION, RUN_EXIT, type VmOptions } from './vm.js';
import { drive } from './driver.js';
import { HostEvents } from './host-events.js';
import { Interop, NETWORK_MODULE } from './interop.js';
import { NodeNetwork } from './node-network.js';
import { formatException, SourceLines } from './traceback.js';
import { readSourceFile } from './node-files.js';

export function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

/** Reads the process's standard input synchronously (0 at its end). */
export function readStdin(buf: Uint8Array): number {
  for (;;) {
    try {
      return readSync(0, buf, 0, buf.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      if (code !== 'EAGAIN') throw err;
    }
  }
}

/** Whether fd is a terminal (output to one is line-buffered). */
export function isTerminal(fd: number): boolean {
  // node:tty answers, but loading it brings in net and Node's streams, which takes longer than
  // running a small program (process.stdout.isTTY loads them too). Pipes and files are no
  // character devices, and /dev/null, where benchmarks write, has its own device number.
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch {
    return false;
  }
  if (!stat.isCharacterDevice() || isNullDevice(stat)) return false;
  const tty: typeof import('node:tty') = createRequire(import.meta.url)('node:tty');
  return tty.isatty(fd);
}

function isNullDevice(stat: Stats): boolean {
  try {
    return stat.rdev === statSync(devNull).rdev;
  } catch {
    return false;
  }
}

/** What the program may reach besides its source: sys.argv, sys.path, files (VmOptions). */
export type ProgramOptions = Pick<VmOptions, 'argv' | 'path' | 'files' | 'environ' | 'executable' | 'virtualTime'>;

/**
 * Runs source as the main program, writing to the process's stdout and stderr and reading its
 * stdin, with the network granted (asyncio's streams); returns the exit status — a Promise once
 * the program waits for the network (see driver.ts's drive).
 */
export function runProgram(source: Uint8Array | string, filename: string, options: ProgramOptions = {}): number | Promise<number> {
  const compiled = compileProgram(source, filename);
  if ('failure' in compiled) {
    writeAll(2, new TextEncoder().encode(compiled.failure));
    return 1;
  }
  // CPython shows the lines of files only, not of '<string>' (-c) or '<stdin>'.
  const text = filename.startsWith('<') ? [] : [[filename, typeof source === 'string' ? source : new TextDecoder().decode(source)] as const];
  const sources = new SourceLines(new Map(text), readSourceFile);
  const { vm, network } = programVm({ ...options, lineBuffered: isTerminal(1) }, sources);
  const finish = (status: number): number => {
    let exitStatus: number;
    if (status === RUN_OK) exitStatus = 0;
    else if (status === RUN_EXIT) exitStatus = vm.exitStatus();
    else if (status === RUN_EXCEPTION) {
      writeAll(2, new TextEncoder().encode(formatException(vm.uncaughtException(), sources)));
      exitStatus = 1;
    } else throw new Error(`unexpected VM status ${status}`);
    // What CPython's shutdown does after the traceback: suspended generators are closed,
    // never-awaited coroutines reported (vm-as/coro-host.ts); and what it left open is closed.
    vm.finalize();
    network.closeAll();
    return exitStatus;
  };
  const status = drive(vm, vm.startMain(compiled.image));
  return typeof status === 'number' ? finish(status) : status.then(finish);
}

/**
 * A VM for a program of the command line (or its prompt): the process's standard streams, the
 * options' grants, and the network (asyncio's streams) but no JS access. Close the network when
 * the program ends.
 */
export function programVm(
  options: ProgramOptions & Pick<VmOptions, 'lineBuffered' | 'readStdin'>,
  sources: SourceLines,
): { vm: Vm; network: NodeNetwork } {
  const events = new HostEvents();
  const network = new NodeNetwork();
  let interop: Interop | null = null;
  const vm = Vm.create({
    write: writeAll,
    readStdin,
    ...options,
    events,
    jsOp: (op, ref, args, argc) => (interop ??= programInterop(vm, events, network, sources)).op(op, ref, args, argc),
  });
  return { vm, network };
}

/** The JS side of a command-line program: the network only. */
function programInterop(vm: Vm, events: HostEvents, network: NodeNetwork, sources: SourceLines): Interop {
  const interop = new Interop(
    {
      jsGlobal: null,
      jsModules: new Map([[NETWORK_MODULE, network]]),
      formatException: (chain) => formatException(chain, sources),
      runDetached() {},
    },
    events,
  );
  interop.attach(vm);
  return interop;
}
