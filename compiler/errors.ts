// Compile-time errors (SyntaxError and its subclasses) and their CPython-style printing.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A compile error with the attributes of CPython's SyntaxError: `lineno`/`offset` are 1-based,
 * `offset`/`endOffset` count characters (not bytes), `text` is the offending source line
 * (with its newline when the source had one).
 */
export class CompileError extends Error {
  constructor(
    public readonly type: SyntaxErrorType,
    public readonly msg: string,
    public readonly filename: string,
    public readonly lineno: number,
    public readonly offset: number,
    public readonly endLineno: number,
    public readonly endOffset: number,
    public readonly text: string | null,
  ) {
    super(msg);
    this.name = type;
  }
}

/**
 * CPython's RecursionError for a tree nested deeper than its compiler accepts. Not a
 * SyntaxError: python3 prints it as `RecursionError: <message>`, without a location.
 */
export class CompileRecursionError extends Error {
  constructor() {
    super('maximum recursion depth exceeded during compilation');
    this.name = 'RecursionError';
  }
}

/** CPython's parser reports running out of stack as a bare MemoryError (not a SyntaxError). */
export class CompileMemoryError extends Error {
  constructor() {
    super('');
    this.name = 'MemoryError';
  }
}

/**
 * What python3 prints on stderr when compiling a program fails with err (a SyntaxError, or the
 * RecursionError or MemoryError of absurdly deep nesting); null when err is no compile failure.
 */
export function formatCompileFailure(err: unknown): string | null {
  if (err instanceof CompileError) return formatCompileError(err);
  if (err instanceof CompileRecursionError) return `RecursionError: ${err.message}\n`;
  if (err instanceof CompileMemoryError) return 'MemoryError\n';
  return null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The text CPython prints on stderr for an uncaught SyntaxError (pythonrun.c's
 * print_exception and print_error_text), including the final newline.
 */
export function formatCompileError(err: CompileError): string {
  // A source that cannot be decoded gives an error without a location (line 0).
  if (err.lineno === 0 && err.text === null) return `${err.type}: ${err.msg}\n`;
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) {
    const lineSize = encoder.encode(err.text).length;
    let endOffset = err.endOffset;
    // A location spanning several lines is underlined to the end of its first line.
    if (err.endLineno > err.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    // IndentationError (and TabError) underline only the first character of their range.
    out += errorTextLines(err.offset, endOffset, err.text, err.type !== 'SyntaxError');
  }
  return out + `${err.type}: ${err.msg}\n`;
}

/** The source line and caret line, with CPython's mix of character offsets and byte lengths. */
function errorTextLines(offset: number, endOffset: number, textStr: string, singleCaret: boolean): string {
  const caretCount = !singleCaret && endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let text = encoder.encode(textStr);
  offset--;
  let start = 0;
  while (start < text.length && (text[start] === 0x20 || text[start] === 0x09 || text[start] === 0x0c)) {
    start++;
    offset--;
  }
  text = text.subarray(start);
  let len = text.length;
  if (len > 0 && text[len - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf(0x0a);
    if (nl < 0 || nl >= offset) break;
    text = text.subarray(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = '    ' + decoder.decode(text);
  if (text[len] !== 0x0a) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(caretCount) + '\n';
}
