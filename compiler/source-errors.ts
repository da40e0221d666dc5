// SyntaxErrors raised after parsing (future statements, symbol table, code generator), located
// the way CPython locates them: from AST positions, with the offending line re-read from the
// source file as PyErr_ProgramTextObject reads it.

import { CompileError } from './errors.js';
import type { Position } from './ast.js';

/** A source position as CPython's later passes report it: 1-based line, 0-based UTF-8 columns. */
export interface Location {
  lineno: number;
  colOffset: number;
  endLineno: number;
  endColOffset: number;
}

/** The location of an AST node (CPython's LOCATION(x) macro). */
export function locationOf(node: Position): Location {
  return {
    lineno: node.lineno,
    colOffset: node.col_offset,
    endLineno: node.end_lineno ?? node.lineno,
    endColOffset: node.end_col_offset ?? node.col_offset,
  };
}

/** err_programtext reads lines into a 1000-byte buffer: a longer line keeps only its last chunk. */
const LINE_BUFFER_CHUNK = 999;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

export class ErrorReporter {
  private lines: Uint8Array[] | null = null;
  private readonly bytes: Uint8Array | null;

  /** `source` is what the file holds; null when unknown (the errors then carry no text). */
  constructor(readonly filename: string, source: Uint8Array | string | null) {
    this.bytes = typeof source === 'string' ? encoder.encode(source) : source;
  }

  /**
   * A SyntaxError at a location whose columns are already 1-based, as CPython passes them to
   * PyErr_RangedSyntaxLocationObject. An end offset of -1 stands for CPython's None.
   */
  error(msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): CompileError {
    const text = this.lineText(lineno);
    return new CompileError('SyntaxError', msg, this.filename, lineno, offset, endLineno, endOffset, text);
  }

  /** A SyntaxError spanning `loc` (columns made 1-based, as symtable.c and compile.c do). */
  errorAt(msg: string, loc: Location): CompileError {
    return this.error(msg, loc.lineno, loc.colOffset + 1, loc.endLineno, loc.endColOffset + 1);
  }

  /** Line `lineno` of the source as CPython's err_programtext returns it, or null. */
  private lineText(lineno: number): string | null {
    if (this.bytes === null || lineno < 1) return null;
    this.lines ??= splitUniversalNewlines(this.bytes);
    const line = this.lines[lineno - 1];
    if (line === undefined) return null;
    const endsWithNewline = line.length > 0 && line[line.length - 1] === 0x0a;
    // fgets stops at EOF after a last chunk that filled the buffer: no text then.
    if (!endsWithNewline && line.length % LINE_BUFFER_CHUNK === 0) return null;
    const lastChunk = line.subarray(LINE_BUFFER_CHUNK * Math.floor((line.length - 1) / LINE_BUFFER_CHUNK));
    try {
      return strictUtf8.decode(lastChunk);
    } catch {
      return null;
    }
  }
}

/** Lines ending in '\n' (from \n, \r\n or \r, as Py_UniversalNewlineFgets converts them). */
function splitUniversalNewlines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x0a && b !== 0x0d) continue;
    const line = new Uint8Array(i - start + 1);
    line.set(bytes.subarray(start, i));
    line[i - start] = 0x0a;
    lines.push(line);
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    start = i + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}
