// Loading the VM's WebAssembly module and talking to it: the imports it calls (output, number
// formatting, clocks) and the exports the host drives (run a code image, continue after a slice,
// describe an uncaught exception).

import { readFileSync } from 'node:fs';
import * as floatText from './float-digits.js';

export interface VmExports {
  memory: WebAssembly.Memory;
  imageVersion(): number;
  init(): void;
  inputBuffer(size: number): number;
  runMain(length: number): number;
  resume(): number;
  exceptionJson(): number;
  exceptionLength(): number;
  exitStatus(): number;
  flush(): void;
  configure(lineBuffered: number, memoryLimitMb: number, recursionLimit: number, slices: number): void;
  interrupt(): void;
  collectGarbage(): number;
}

/** How runMain / resume end. */
export const RUN_OK = 0;
export const RUN_EXCEPTION = 1;
export const RUN_SLICE = 2;
export const RUN_EXIT = 3;

export interface VmOptions {
  /** Receives everything the program writes to stdout (fd 1) and stderr (fd 2). */
  write(fd: number, bytes: Uint8Array): void;
  lineBuffered?: boolean;
  memoryLimitMb?: number;
  recursionLimit?: number;
}

/** One frame of a traceback, as the VM reports it. */
export interface FrameInfo {
  file: string;
  name: string;
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

/** One exception of an uncaught exception's chain (causes and contexts first). */
export interface ExceptionInfo {
  link: '' | 'cause' | 'context';
  module: string;
  type: string;
  message: string | null;
  frames: FrameInfo[];
}

let compiledModule: WebAssembly.Module | null = null;

/** The compiled VM module (compiled once per process). */
export function vmModule(): WebAssembly.Module {
  if (!compiledModule) compiledModule = new WebAssembly.Module(readFileSync(new URL('../build/vm.wasm', import.meta.url)));
  return compiledModule;
}

const decoder = new TextDecoder();

/** The host functions the VM imports (see vm-as/host.ts). */
function hostImports(getMemory: () => WebAssembly.Memory, options: VmOptions) {
  const bytes = (ptr: number, length: number) => new Uint8Array(getMemory().buffer, ptr, length);
  // Views of the whole memory, remade when it grows (its buffer is then replaced).
  let byteView = new Uint8Array(0);
  let intView = new Int32Array(0);
  const memoryBytes = () => {
    if (byteView.buffer !== getMemory().buffer) byteView = new Uint8Array(getMemory().buffer);
    return byteView;
  };
  const memoryInts = () => {
    if (intView.buffer !== getMemory().buffer) intView = new Int32Array(getMemory().buffer);
    return intView;
  };
  return {
    write(fd: number, ptr: number, length: number) {
      options.write(fd, bytes(ptr, length).slice());
    },
    floatDigits(x: number, mode: number, ndigits: number, out: number, decptOut: number) {
      const count = floatText.floatDigits(x, mode, ndigits, memoryBytes(), out);
      memoryInts()[decptOut >> 2] = floatText.decpt;
      return count;
    },
    parseFloat(ptr: number, length: number) {
      return Number(decoder.decode(bytes(ptr, length)));
    },
    timeNow() {
      return Date.now() / 1000;
    },
    monotonic() {
      return performance.now() / 1000;
    },
  };
}

export class Vm {
  private constructor(private readonly exports: VmExports) {}

  static create(options: VmOptions): Vm {
    let memory: WebAssembly.Memory | null = null;
    const instance = new WebAssembly.Instance(vmModule(), {
      env: {
        abort(_msg: number, _file: number, line: number, column: number) {
          throw new Error(`wasmpy VM aborted at ${line}:${column}`);
        },
      },
      host: hostImports(() => memory!, options),
    });
    const exports = instance.exports as unknown as VmExports;
    memory = exports.memory;
    exports.init();
    exports.configure(options.lineBuffered ? 1 : 0, options.memoryLimitMb ?? 0, options.recursionLimit ?? 0, 1);
    return new Vm(exports);
  }

  /** Runs a code image as __main__ to its end (continuing through slices). */
  runMain(image: Uint8Array): number {
    const at = this.exports.inputBuffer(image.length);
    new Uint8Array(this.exports.memory.buffer, at, image.length).set(image);
    let status = this.exports.runMain(image.length);
    while (status === RUN_SLICE) status = this.exports.resume();
    return status;
  }

  /** The uncaught exception after runMain returned RUN_EXCEPTION. */
  uncaughtException(): ExceptionInfo[] {
    const at = this.exports.exceptionJson();
    const length = this.exports.exceptionLength();
    return JSON.parse(decoder.decode(new Uint8Array(this.exports.memory.buffer, at, length)));
  }

  exitStatus(): number {
    return this.exports.exitStatus();
  }

  imageVersion(): number {
    return this.exports.imageVersion();
  }
}

/** Loads the VM module for tests that only need its exports. */
export async function loadVm(): Promise<VmExports> {
  const vm = Vm.create({ write() {} });
  return (vm as unknown as { exports: VmExports }).exports;
}
