// Running a Python program in a fresh VM: compile, run as __main__, print an uncaught exception
// as CPython does, and report the process exit status CPython would have.

import { writeSync } from 'node:fs';
import { compileToImage, CompileError, formatCompileError } from '../compiler/index.js';
import { Vm, RUN_OK, RUN_EXCEPTION, RUN_EXIT } from './vm.js';
import { formatException, SourceLines } from './traceback.js';

export interface RunResult {
  status: number;
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

/** Runs source as the main program, writing to the process's stdout and stderr. */
export function runProgram(source: Uint8Array | string, filename: string): RunResult {
  let image: Uint8Array;
  try {
    image = compileToImage(source, filename);
  } catch (err) {
    if (!(err instanceof CompileError)) throw err;
    writeAll(2, new TextEncoder().encode(formatCompileError(err)));
    return { status: 1 };
  }
  const vm = Vm.create({ write: writeAll, lineBuffered: process.stdout.isTTY === true });
  const status = vm.runMain(image);
  if (status === RUN_OK) return { status: 0 };
  if (status === RUN_EXIT) return { status: vm.exitStatus() };
  if (status === RUN_EXCEPTION) {
    const sources = new SourceLines(new Map([[filename, typeof source === 'string' ? source : new TextDecoder().decode(source)]]));
    writeAll(2, new TextEncoder().encode(formatException(vm.uncaughtException(), sources)));
    return { status: 1 };
  }
  throw new Error(`unexpected VM status ${status}`);
}
