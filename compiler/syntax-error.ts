// Building CompileErrors at CPython's locations. CPython's parser knows positions as UTF-8 byte
// columns and converts them to characters against the error's source line — but only when the
// tokenizer knows an encoding; tokenizer errors count characters themselves.

import { CompileError, type SyntaxErrorType } from './errors.js';
import { TokErrorKind, type TokenizerError } from './tokenizer.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The source as the parser reports errors against it. */
export class ErrorSource {
  private lineStarts: number[] | null = null;

  constructor(
    readonly filename: string,
    /** Normalised text, ending with '\n'. */
    readonly text: string,
    /** Whether the original source ended with a newline (the last line's text keeps it). */
    readonly endsWithNewline: boolean,
    /** Whether byte columns are converted to characters (see source.ts). */
    readonly charOffsets: boolean,
  ) {}

  /** The source line `lineno` as CPython reads it back from the file, or null past the end. */
  line(lineno: number): string | null {
    const starts = this.starts();
    if (lineno < 1 || lineno > starts.length) return null;
    const start = starts[lineno - 1];
    const nl = this.text.indexOf('\n', start);
    const isLast = nl === this.text.length - 1;
    const line = isLast && !this.endsWithNewline ? this.text.slice(start, nl) : this.text.slice(start, nl + 1);
    return line.length < LINE_BUFFER_CHUNK / 4 ? line : lastChunk(line);
  }

  private starts(): number[] {
    if (this.lineStarts === null) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) {
        starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  /**
   * An error at 1-based byte offsets (CPython's col_offset + 1), converted as
   * _PyPegen_raise_error_known_location does. `endOffset` may be -1 or 0 (no end).
   */
  error(type: SyntaxErrorType, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): CompileError {
    const line = this.line(lineno);
    let col = offset;
    let endCol = endOffset;
    if (this.charOffsets && line !== null) {
      col = byteToCharOffset(line, offset);
      if (endCol > 0) {
        const endLine = endLineno === lineno ? line : this.line(endLineno);
        if (endLine !== null) endCol = byteToCharOffset(endLine, endCol);
      }
    }
    return new CompileError(type, msg, this.filename, lineno, col, endLineno, endCol, line);
  }

  fromTokenizer(err: TokenizerError): CompileError {
    if (err.kind === TokErrorKind.Immediate) {
      return new CompileError(err.type, err.msg, this.filename, err.lineno, err.offset, err.endLineno, err.endOffset, err.text);
    }
    return this.error(err.type, err.msg, err.lineno, err.offset, err.endLineno, err.endOffset);
  }
}

/** CPython reads the line back with fgets into a 1000-byte buffer, keeping the last chunk. */
const LINE_BUFFER_CHUNK = 999;

function lastChunk(line: string): string {
  const bytes = encoder.encode(line);
  if (bytes.length <= LINE_BUFFER_CHUNK) return line;
  return decoder.decode(bytes.subarray(LINE_BUFFER_CHUNK * Math.floor((bytes.length - 1) / LINE_BUFFER_CHUNK)));
}

/** _PyPegen_byte_offset_to_character_offset: characters in the first `offset` bytes. */
export function byteToCharOffset(line: string, offset: number): number {
  const bytes = encoder.encode(line);
  if (offset > bytes.length + 1) offset = bytes.length + 1;
  if (offset <= 0) return offset;
  // Reading one byte past the end counts the terminating NUL as a character.
  if (offset === bytes.length + 1) return [...decoder.decode(bytes)].length + 1;
  return [...decoder.decode(bytes.subarray(0, offset))].length;
}
