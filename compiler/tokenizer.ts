// The tokenizer: CPython 3.11's Parser/tokenizer.c behaviour, run over the whole source up front.
//
// Tokens live in parallel typed arrays (struct of arrays) so the parser's lookahead and
// backtracking are index arithmetic. Columns are UTF-8 byte offsets, as CPython reports them;
// a line's ASCII prefix is measured once so most columns are a subtraction.
//
// CPython tokenizes lazily, so a tokenizer error only surfaces when the parser asks for the
// token where it happened. We stop at the first error and keep it in `error`; the parser raises
// it when it reaches `count`, and consults it after its own errors the way CPython does.

import { KEYWORDS, Tok } from './tokens.js';
import { isPrintableCodePoint, isXidContinue, isXidStart } from './unicode-printable.js';

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

/** How a tokenizer error surfaces; see the parser's error reconciliation. */
export const enum TokErrorKind {
  /** syntaxerror() in tokenizer.c: the exception is set at once, with its own location. */
  Immediate,
  /** End of input inside brackets (E_EOF with level > 0) or after a backslash (level 0). */
  Eof,
  /** E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT: turned into an exception by the parser. */
  Deferred,
}

export interface TokenizerError {
  kind: TokErrorKind;
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  lineno: number;
  /** 1-based. For Immediate errors, in characters; otherwise in bytes (converted later). */
  offset: number;
  endLineno: number;
  endOffset: number;
  /** Only Immediate errors carry their own text (the line without its newline). */
  text: string | null;
  /** The innermost open bracket when the error happened, if any. */
  openBracket: { char: string; lineno: number; col: number } | null;
}

export class Tokens {
  count = 0;
  kind: Uint8Array;
  /** Character indexes into the text. */
  start: Int32Array;
  end: Int32Array;
  lineno: Int32Array;
  col: Int32Array;
  endLineno: Int32Array;
  endCol: Int32Array;
  /** Bracket nesting level after the token (CPython's token->level). */
  level: Uint8Array;
  /** NAME tokens: the identifier (NFKC-normalised); other tokens: undefined. */
  value: (string | undefined)[] = [];
  error: TokenizerError | null = null;

  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.lineno = new Int32Array(capacity);
    this.col = new Int32Array(capacity);
    this.endLineno = new Int32Array(capacity);
    this.endCol = new Int32Array(capacity);
    this.level = new Uint8Array(capacity);
  }

  /**
   * Interactive ('single') input: CPython's parser turns the first ENDMARKER into a NEWLINE
   * (then reads ENDMARKER), so a compound statement gets its closing NEWLINE.
   */
  addInteractiveNewline(): void {
    const last = this.count - 1;
    if (this.error !== null || last < 1 || this.kind[last] !== Tok.ENDMARKER) return;
    if (this.count === this.kind.length) this.grow();
    for (const a of [this.kind, this.start, this.end, this.lineno, this.col, this.endLineno, this.endCol, this.level]) {
      a[last + 1] = a[last];
    }
    this.kind[last] = Tok.NEWLINE;
    this.count++;
  }

  grow(): void {
    const n = this.kind.length * 2;
    const g8 = (a: Uint8Array) => { const b = new Uint8Array(n); b.set(a); return b; };
    const g32 = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
    this.kind = g8(this.kind);
    this.level = g8(this.level);
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.lineno = g32(this.lineno);
    this.col = g32(this.col);
    this.endLineno = g32(this.endLineno);
    this.endCol = g32(this.endCol);
  }
}

/** Where token positions start: f-string expressions are tokenized at an offset in the file. */
export interface TokenizeOrigin {
  /** The line number of the text's first line. */
  lineno: number;
  /** Added to the columns of tokens that end on the first line (CPython's starting_col_offset). */
  colOffset: number;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function isIdentStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 0x80;
}

function isIdentChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c >= 0x80;
}

/** UTF-8 length of text[from, to). */
export function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Number of code points in text[from, to). */
export function codePointLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

/** Stops tokenizing: thrown inside the tokenizer, caught by `tokenize`. */
class Stop {
  constructor(readonly error: TokenizerError) {}
}

export function tokenize(text: string, origin: TokenizeOrigin = { lineno: 1, colOffset: 0 }): Tokens {
  const tokenizer = new Tokenizer(text, origin);
  try {
    tokenizer.run();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    tokenizer.out.error = e.error;
  }
  return tokenizer.out;
}

class Tokenizer {
  readonly out: Tokens;
  private pos = 0;
  private lineno: number;
  private lineStart = 0;
  /** Index of the first non-ASCII character of the current line (its end if none). */
  private asciiEnd = 0;
  private lineEnd = 0;
  private readonly firstLine: number;
  private readonly colShift: number;

  private indents = [0];
  private altIndents = [0];
  private parens: number[] = [];
  private parenLines: number[] = [];
  private parenCols: number[] = [];
  private atLineStart = true;
  /** The current line holds only whitespace and a comment: its newline is not a token. */
  private blankLine = false;

  private readonly firstNul: number;

  constructor(private readonly text: string, origin: TokenizeOrigin) {
    this.firstNul = text.indexOf('\0');
    this.out = new Tokens(Math.max(64, (text.length >> 2) + 16));
    this.lineno = origin.lineno;
    this.firstLine = origin.lineno;
    this.colShift = origin.colOffset;
    this.enterLine(0);
  }

  private enterLine(start: number): void {
    const text = this.text;
    this.lineStart = start;
    if (this.firstNul >= start) this.checkNul(start);
    let i = start;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c >= 0x80) break;
      i++;
    }
    this.asciiEnd = i;
    this.knownPos = -1;
    if (i < n && text.charCodeAt(i) !== 0x0a) {
      const nl = text.indexOf('\n', i);
      this.lineEnd = nl < 0 ? n : nl;
    } else {
      this.lineEnd = i;
    }
  }

  /** Reading a file, CPython rejects a line holding a NUL byte as soon as it reads it. */
  private checkNul(start: number): void {
    const nl = this.text.indexOf('\n', start);
    if (nl >= 0 && this.firstNul > nl) return;
    throw new Stop({
      kind: TokErrorKind.Immediate, type: 'SyntaxError', msg: 'source code cannot contain null bytes',
      lineno: this.lineno, offset: 0, endLineno: this.lineno, endOffset: 0,
      text: this.text.slice(start, this.firstNul), openBracket: this.openBracket(),
    });
  }

  /** Moves past the '\n' at pos - 1 into the next line. */
  private newline(): void {
    this.lineno++;
    this.enterLine(this.pos);
  }

  /** The UTF-8 column of a position on the current line. */
  private byteCol(pos: number): number {
    if (pos <= this.asciiEnd) return pos - this.lineStart;
    // Past the ASCII prefix, count on from the last column asked for: tokens come in order.
    let from = this.asciiEnd;
    let base = this.asciiEnd - this.lineStart;
    if (this.knownPos > from && this.knownPos <= pos) {
      from = this.knownPos;
      base = this.knownCol;
    }
    const col = base + utf8Length(this.text, from, pos);
    this.knownPos = pos;
    this.knownCol = col;
    return col;
  }

  /** A position past the current line's ASCII prefix and its byte column (see byteCol). */
  private knownPos = -1;
  private knownCol = 0;

  private charCol(pos: number): number {
    if (pos <= this.asciiEnd) return pos - this.lineStart;
    return this.asciiEnd - this.lineStart + codePointLength(this.text, this.asciiEnd, pos);
  }

  private lineText(): string {
    return this.text.slice(this.lineStart, this.lineEnd);
  }

  /** Appends a token that ends at `this.pos`. */
  private emit(kind: Tok, start: number, startLine: number, startCol: number, value?: string): void {
    const out = this.out;
    if (out.count === out.kind.length) out.grow();
    const i = out.count++;
    let col = startCol;
    let endCol = this.byteCol(this.pos);
    // Only tokens that end on the first line are shifted (CPython tests its current line).
    if (this.lineno === this.firstLine) {
      col += this.colShift;
      endCol += this.colShift;
    }
    out.kind[i] = kind;
    out.start[i] = start;
    out.end[i] = this.pos;
    out.lineno[i] = startLine;
    out.col[i] = col;
    out.endLineno[i] = this.lineno;
    out.endCol[i] = endCol;
    out.level[i] = this.parens.length;
    if (value !== undefined) out.value[i] = value;
  }

  /** NEWLINE spans from `start` (the '#' of a trailing comment, else the newline) to the newline. */
  private emitNewline(start: number): void {
    this.emit(Tok.NEWLINE, start, this.lineno, this.byteCol(start));
  }

  /**
   * INDENT, DEDENT and ENDMARKER have no columns in CPython (-1). Their `col` holds -1 - w,
   * where w is where CPython's tokenizer stood (in bytes from the line start), which some
   * errors report.
   */
  private emitIndentation(kind: Tok): void {
    const width = this.byteCol(this.pos);
    this.emit(kind, this.pos, this.lineno, 0);
    const i = this.out.count - 1;
    this.out.col[i] = -1 - width;
    this.out.endCol[i] = -1;
  }

  // ---- errors ----

  private openBracket(): TokenizerError['openBracket'] {
    const n = this.parens.length;
    if (n === 0) return null;
    return { char: String.fromCharCode(this.parens[n - 1]), lineno: this.parenLines[n - 1], col: this.parenCols[n - 1] };
  }

  /** tokenizer.c's syntaxerror(): located at the character before `pos`. */
  private syntaxError(msg: string, pos = this.pos): Stop {
    const offset = this.charCol(pos);
    return this.syntaxErrorRange(msg, offset, offset);
  }

  private syntaxErrorRange(msg: string, offset: number, endOffset: number): Stop {
    return new Stop({
      kind: TokErrorKind.Immediate, type: 'SyntaxError', msg, lineno: this.lineno, offset,
      endLineno: this.lineno, endOffset, text: this.lineText(), openBracket: this.openBracket(),
    });
  }

  /** Errors the parser reports with its own location rules (byte offsets, its text). */
  private deferred(type: TokenizerError['type'], msg: string, offset: number, endOffset: number): Stop {
    return new Stop({
      kind: TokErrorKind.Deferred, type, msg, lineno: this.lineno, offset,
      endLineno: this.lineno, endOffset, text: null, openBracket: this.openBracket(),
    });
  }

  /**
   * End of input where a token was expected. `column` is where CPython's tokenizer stands: past
   * the last character, or 0 when it had emptied its line buffer (between tokens).
   */
  private eofError(column = this.byteCol(this.pos)): Stop {
    const open = this.openBracket();
    if (open !== null) {
      return new Stop({
        kind: TokErrorKind.Eof, type: 'SyntaxError', msg: `'${open.char}' was never closed`,
        lineno: open.lineno, offset: open.col + 1, endLineno: open.lineno, endOffset: 0,
        text: null, openBracket: open,
      });
    }
    return new Stop({
      kind: TokErrorKind.Eof, type: 'SyntaxError', msg: 'unexpected EOF while parsing',
      lineno: this.lineno, offset: column, endLineno: this.lineno, endOffset: -1,
      text: null, openBracket: null,
    });
  }

  // ---- the main loop ----

  run(): void {
    const text = this.text;
    const n = text.length;
    for (;;) {
      if (this.atLineStart) {
        if (this.pos >= n) break;
        if (this.indentation()) continue;
      }
      // Skip spaces, tabs and form feeds.
      let c = 0;
      while (this.pos < n) {
        c = text.charCodeAt(this.pos);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0c) break;
        this.pos++;
      }
      if (this.pos >= n) break;
      let start = this.pos;
      if (c === 0x23) {
        // A comment runs to the end of the line. CPython's NEWLINE token then starts at the '#'.
        this.pos = text.indexOf('\n', start);
        c = 0x0a;
      }
      if (c === 0x0a) {
        if (!this.blankLine && this.parens.length === 0) this.emitNewline(start);
        this.pos++;
        this.atLineStart = true;
        this.newline();
        continue;
      }
      start = this.pos;
      if (isIdentStart(c)) {
        this.nameOrString(start, c);
        continue;
      }
      if (c === 0x2e && !isDigit(text.charCodeAt(start + 1))) {
        if (text.charCodeAt(start + 1) === 0x2e && text.charCodeAt(start + 2) === 0x2e) {
          this.pos += 3;
          this.emit(Tok.ELLIPSIS, start, this.lineno, this.byteCol(start));
        } else {
          this.pos++;
          this.emit(Tok.DOT, start, this.lineno, this.byteCol(start));
        }
        continue;
      }
      if (isDigit(c) || c === 0x2e) {
        this.number(start);
        continue;
      }
      if (c === 0x22 || c === 0x27) {
        this.string(start, c);
        continue;
      }
      if (c === 0x5c) {
        this.continuation();
        continue;
      }
      this.operator(start, c);
    }
    this.finish();
  }

  /** At the start of a logical line: measure indentation, emit INDENT/DEDENT. */
  private indentation(): boolean {
    const text = this.text;
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: number;
    for (;;) {
      c = text.charCodeAt(this.pos);
      if (c === 0x20) {
        col++;
        altcol++;
      } else if (c === 0x09) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c === 0x0c) {
        col = altcol = 0;
      } else if (c === 0x5c) {
        // The first backslash decides the indentation of what follows it.
        contLineCol = contLineCol || col;
        this.pos++;
        this.continuationNewline(true);
        continue;
      } else {
        break;
      }
      this.pos++;
    }
    this.atLineStart = false;
    // Blank lines and comment-only lines do not affect indentation.
    this.blankLine = c === 0x23 || c === 0x0a;
    if (this.blankLine || this.parens.length !== 0) return false;
    if (contLineCol) {
      col = contLineCol;
      altcol = contLineCol;
    }
    const indents = this.indents;
    const alt = this.altIndents;
    let top = indents.length - 1;
    if (col === indents[top]) {
      if (altcol !== alt[top]) throw this.tabError();
    } else if (col > indents[top]) {
      if (top + 1 >= MAXINDENT) {
        throw this.deferred('IndentationError', 'too many levels of indentation', 1, 0);
      }
      if (altcol <= alt[top]) throw this.tabError();
      indents.push(col);
      alt.push(altcol);
      this.emitIndentation(Tok.INDENT);
    } else {
      let dedents = 0;
      while (top > 0 && col < indents[top]) {
        indents.pop();
        alt.pop();
        top--;
        dedents++;
      }
      if (col !== indents[top]) {
        const offset = utf8Length(this.text, this.lineStart, this.lineEnd) + 1;
        throw this.deferred('IndentationError', 'unindent does not match any outer indentation level', offset, -1);
      }
      if (altcol !== alt[top]) throw this.tabError();
      for (let i = 0; i < dedents; i++) this.emitIndentation(Tok.DEDENT);
    }
    return false;
  }

  private tabError(): Stop {
    return this.deferred('TabError', 'inconsistent use of tabs and spaces in indentation', 1, 0);
  }

  /** After a backslash: it must end the line, and more input must follow. */
  private continuationNewline(betweenTokens = false): void {
    const text = this.text;
    if (text.charCodeAt(this.pos) !== 0x0a) {
      this.pos++;
      // CPython measures this from the start of its line buffer: the current line.
      const offset = utf8Length(text, this.lineStart, this.pos);
      throw this.deferred('SyntaxError', 'unexpected character after line continuation character', offset, 0);
    }
    this.pos++;
    // End of input right after the backslash: CPython stays on the backslash's line.
    if (this.pos >= text.length) throw this.eofError(betweenTokens ? 0 : this.byteCol(this.pos));
    this.newline();
  }

  private continuation(): void {
    this.pos++;
    this.continuationNewline();
  }

  private finish(): void {
    if (this.parens.length > 0) throw this.eofError();
    // At the end CPython's tokenizer is still on the last line: the DEDENT and ENDMARKER tokens
    // take that line. Reading a file, it has emptied its line buffer, so it stands at column 0.
    const text = this.text;
    this.lineno--;
    this.enterLine(text.lastIndexOf('\n', text.length - 2) + 1);
    this.pos = this.lineStart;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.emitIndentation(Tok.DEDENT);
    }
    this.emitIndentation(Tok.ENDMARKER);
    this.pos = text.length;
  }

  // ---- names and strings ----

  private nameOrString(start: number, c: number): void {
    const text = this.text;
    // String prefixes: any mix of b/r/u/f that CPython allows, followed by a quote.
    let sawB = false, sawR = false, sawU = false, sawF = false;
    let i = start;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      i++;
      c = text.charCodeAt(i);
      if (c === 0x22 || c === 0x27) {
        this.pos = i;
        this.string(start, c);
        return;
      }
    }
    let nonAscii = false;
    while (i < text.length) {
      c = text.charCodeAt(i);
      if (!isIdentChar(c)) break;
      if (c >= 0x80) nonAscii = true;
      i++;
    }
    this.pos = i;
    let name = text.slice(start, i);
    if (nonAscii) name = this.verifyIdentifier(start, name);
    const startCol = this.byteCol(start);
    const kw = nonAscii ? undefined : KEYWORDS.get(name);
    if (kw !== undefined) this.emit(kw, start, this.lineno, startCol);
    else this.emit(Tok.NAME, start, this.lineno, startCol, name);
  }

  /**
   * Checks a non-ASCII identifier (PEP 3131) by Python 3.11's XID_Start and XID_Continue (the JS
   * engine's \p{XID_*} follow a newer Unicode) and returns its NFKC normal form.
   */
  private verifyIdentifier(start: number, name: string): string {
    let index = 0;
    for (const ch of name) {
      const cp = ch.codePointAt(0)!;
      const ok = index === 0 ? cp === 0x5f || isXidStart(cp) : isXidContinue(cp);
      if (!ok) {
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        this.pos = start + index + ch.length;
        if (isPrintableCodePoint(cp)) throw this.syntaxError(`invalid character '${ch}' (U+${hex})`);
        throw this.syntaxError(`invalid non-printable character U+${hex}`);
      }
      index += ch.length;
    }
    return name.normalize('NFKC');
  }

  /** A string literal from its prefix at `start`; `this.pos` is at the opening quote. */
  private string(start: number, quote: number): void {
    const text = this.text;
    const startLine = this.lineno;
    const startCol = this.byteCol(start);
    const startLineStart = this.lineStart;
    let i = this.pos + 1;
    let triple = false;
    if (text.charCodeAt(i) === quote && text.charCodeAt(i + 1) === quote) {
      triple = true;
      i += 2;
    } else if (text.charCodeAt(i) === quote) {
      this.pos = i + 1;
      this.emit(Tok.STRING, start, startLine, startCol);
      return;
    }
    const n = text.length;
    for (;;) {
      if (i >= n) return this.unterminated(start, startLine, startLineStart, triple);
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (!triple) {
          i++;
          break;
        }
        if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) {
          i += 3;
          break;
        }
        i++;
      } else if (c === 0x5c) {
        // A backslash escapes the next character, a newline included.
        const next = text.charCodeAt(i + 1);
        if (next === 0x0a) {
          this.pos = i + 2;
          this.newline();
          if (this.pos >= n) return this.unterminated(start, startLine, startLineStart, triple);
          i = this.pos;
        } else {
          i += i + 1 < n ? 2 : 1;
        }
      } else if (c === 0x0a) {
        if (!triple) return this.unterminated(start, startLine, startLineStart, triple);
        this.pos = i + 1;
        this.newline();
        i = this.pos;
      } else {
        i++;
      }
    }
    this.pos = i;
    this.emit(Tok.STRING, start, startLine, startCol);
  }

  private unterminated(start: number, startLine: number, startLineStart: number, triple: boolean): never {
    // At the end of the text we stand past the last newline, on a line CPython never reads.
    const detectedAt = this.pos >= this.text.length && this.lineStart === this.text.length ? this.lineno - 1 : this.lineno;
    // CPython reports from the opening quote's line, pointing at the string's first character.
    this.lineno = startLine;
    this.enterLine(startLineStart);
    const msg = triple
      ? `unterminated triple-quoted string literal (detected at line ${detectedAt})`
      : `unterminated string literal (detected at line ${detectedAt})`;
    throw this.syntaxError(msg, start + 1);
  }

  // ---- numbers ----

  private number(start: number): void {
    const text = this.text;
    this.pos = start;
    let c = text.charCodeAt(this.pos);
    if (c === 0x2e) {
      this.pos++;
      this.fraction();
    } else if (c === 0x30) {
      this.pos++;
      c = text.charCodeAt(this.pos);
      if (c === 0x78 || c === 0x58) this.radix(16, 'hexadecimal');
      else if (c === 0x6f || c === 0x4f) this.radix(8, 'octal');
      else if (c === 0x62 || c === 0x42) this.radix(2, 'binary');
      else this.zeroDecimal(start);
    } else {
      this.decimalTail();
      c = text.charCodeAt(this.pos);
      if (c === 0x2e) {
        this.pos++;
        this.fraction();
      } else {
        this.exponentAndImaginary();
      }
    }
    this.emit(Tok.NUMBER, start, this.lineno, this.byteCol(start));
  }

  /** Digits with single underscores between them; pos is at the first digit. */
  private decimalTail(): void {
    const text = this.text;
    for (;;) {
      while (isDigit(text.charCodeAt(this.pos))) this.pos++;
      if (text.charCodeAt(this.pos) !== 0x5f) return;
      this.pos++;
      if (!isDigit(text.charCodeAt(this.pos))) throw this.syntaxError('invalid decimal literal');
    }
  }

  private radix(base: number, name: string): void {
    const text = this.text;
    this.pos++;
    const inRange = (c: number) => (base === 16 ? isHexDigit(c) : c >= 0x30 && c < 0x30 + base);
    let c = text.charCodeAt(this.pos);
    do {
      if (c === 0x5f) {
        this.pos++;
        c = text.charCodeAt(this.pos);
      }
      if (!inRange(c)) {
        if (base !== 16 && isDigit(c)) {
          throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, this.pos + 1);
        }
        throw this.syntaxError(`invalid ${name} literal`, this.pos);
      }
      do {
        this.pos++;
        c = text.charCodeAt(this.pos);
      } while (inRange(c));
    } while (c === 0x5f);
    if (base !== 16 && isDigit(c)) {
      throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, this.pos + 1);
    }
    this.verifyEndOfNumber(name);
  }

  /** A literal starting with 0 that is not hex/octal/binary: 0, 000, 0.5, 0e1, 0j, or an error. */
  private zeroDecimal(start: number): void {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    for (;;) {
      if (c === 0x5f) {
        this.pos++;
        c = text.charCodeAt(this.pos);
        if (!isDigit(c)) throw this.syntaxError('invalid decimal literal');
      }
      if (c !== 0x30) break;
      this.pos++;
      c = text.charCodeAt(this.pos);
    }
    // CPython's zeros_end is just past the first non-zero character.
    const zerosEnd = this.pos + 1;
    let nonzero = false;
    if (isDigit(c)) {
      nonzero = true;
      this.decimalTail();
      c = text.charCodeAt(this.pos);
    }
    if (c === 0x2e) {
      this.pos++;
      this.fraction();
    } else if (c === 0x65 || c === 0x45 || c === 0x6a || c === 0x4a) {
      this.exponentAndImaginary();
    } else if (nonzero) {
      // CPython passes byte columns here where characters are expected; we do the same.
      throw this.syntaxErrorRange(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        this.byteCol(start) + 1,
        this.byteCol(zerosEnd),
      );
    } else {
      this.verifyEndOfNumber('decimal');
    }
  }

  /** After the '.': optional digits, then exponent and imaginary suffix. */
  private fraction(): void {
    if (isDigit(this.text.charCodeAt(this.pos))) this.decimalTail();
    this.exponentAndImaginary();
  }

  private exponentAndImaginary(): void {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    if (c === 0x65 || c === 0x45) {
      const ePos = this.pos;
      this.pos++;
      c = text.charCodeAt(this.pos);
      if (c === 0x2b || c === 0x2d) {
        this.pos++;
        c = text.charCodeAt(this.pos);
        if (!isDigit(c)) throw this.syntaxError('invalid decimal literal', this.pos);
      } else if (!isDigit(c)) {
        // "1e" followed by something else: the number ends before the 'e', unless the 'e'
        // starts a word glued to the number.
        this.pos = ePos;
        this.verifyEndOfNumber('decimal');
        return;
      }
      this.decimalTail();
      c = text.charCodeAt(this.pos);
    }
    if (c === 0x6a || c === 0x4a) {
      this.pos++;
      this.verifyEndOfNumber('imaginary');
    } else {
      this.verifyEndOfNumber('decimal');
    }
  }

  /**
   * tokenizer.c's verify_end_of_number: a number directly followed by a letter is an error,
   * except the keywords that may follow a number (`1if x else y`, `1in x`, `0or 1`...).
   */
  private verifyEndOfNumber(kind: string): void {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    const at = (s: string) => text.startsWith(s, this.pos);
    let r = false;
    if (c === 0x61) r = at('and');
    else if (c === 0x65) r = at('else');
    else if (c === 0x66) r = at('for');
    else if (c === 0x69) r = at('if') || at('in') || at('is');
    else if (c === 0x6e) r = at('not');
    else if (c === 0x6f) r = at('or');
    if (r) return;
    // Only ASCII letters glued to a number are an error here; a non-ASCII character is left
    // to the next token (and reported as an invalid character if it is one).
    if (c < 0x80 && isIdentChar(c)) {
      throw this.syntaxError(`invalid ${kind} literal`);
    }
  }

  // ---- operators ----

  private operator(start: number, c: number): void {
    const text = this.text;
    const c2 = text.charCodeAt(start + 1);
    let kind = twoCharOp(c, c2);
    let len = 2;
    if (kind !== Tok.OP) {
      const k3 = threeCharOp(c, c2, text.charCodeAt(start + 2));
      if (k3 !== Tok.OP) {
        kind = k3;
        len = 3;
      }
      // '<>' is NOTEQUAL to CPython's tokenizer but only valid in barry_as_FLUFL mode.
      if (c === 0x3c && c2 === 0x3e) kind = Tok.OP;
      this.pos = start + len;
      this.emit(kind, start, this.lineno, this.byteCol(start));
      return;
    }
    switch (c) {
      case 0x28: case 0x5b: case 0x7b:
        if (this.parens.length >= MAXLEVEL) throw this.syntaxError('too many nested parentheses', start + 1);
        this.parens.push(c);
        this.parenLines.push(this.lineno);
        this.parenCols.push(this.byteCol(start));
        break;
      case 0x29: case 0x5d: case 0x7d: {
        if (this.parens.length === 0) throw this.syntaxError(`unmatched '${String.fromCharCode(c)}'`, start + 1);
        const opening = this.parens.pop()!;
        const line = this.parenLines.pop()!;
        this.parenCols.pop();
        if (!((opening === 0x28 && c === 0x29) || (opening === 0x5b && c === 0x5d) || (opening === 0x7b && c === 0x7d))) {
          const close = String.fromCharCode(c);
          const open = String.fromCharCode(opening);
          // Restore the stack as CPython leaves it (it decremented before failing).
          throw this.syntaxError(
            line !== this.lineno
              ? `closing parenthesis '${close}' does not match opening parenthesis '${open}' on line ${line}`
              : `closing parenthesis '${close}' does not match opening parenthesis '${open}'`,
            start + 1,
          );
        }
        break;
      }
    }
    if (c < 0x20 || c === 0x7f) {
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      throw this.syntaxError(`invalid non-printable character U+${hex}`, start + 1);
    }
    this.pos = start + 1;
    this.emit(oneCharOp(c), start, this.lineno, this.byteCol(start));
  }
}

function oneCharOp(c: number): Tok {
  switch (c) {
    case 0x25: return Tok.PERCENT;
    case 0x26: return Tok.AMPER;
    case 0x28: return Tok.LPAR;
    case 0x29: return Tok.RPAR;
    case 0x2a: return Tok.STAR;
    case 0x2b: return Tok.PLUS;
    case 0x2c: return Tok.COMMA;
    case 0x2d: return Tok.MINUS;
    case 0x2e: return Tok.DOT;
    case 0x2f: return Tok.SLASH;
    case 0x3a: return Tok.COLON;
    case 0x3b: return Tok.SEMI;
    case 0x3c: return Tok.LESS;
    case 0x3d: return Tok.EQUAL;
    case 0x3e: return Tok.GREATER;
    case 0x40: return Tok.AT;
    case 0x5b: return Tok.LSQB;
    case 0x5d: return Tok.RSQB;
    case 0x5e: return Tok.CIRCUMFLEX;
    case 0x7b: return Tok.LBRACE;
    case 0x7c: return Tok.VBAR;
    case 0x7d: return Tok.RBRACE;
    case 0x7e: return Tok.TILDE;
    default: return Tok.OP;
  }
}

function twoCharOp(c1: number, c2: number): Tok {
  switch (c1) {
    case 0x21: if (c2 === 0x3d) return Tok.NOTEQUAL; break;
    case 0x25: if (c2 === 0x3d) return Tok.PERCENTEQUAL; break;
    case 0x26: if (c2 === 0x3d) return Tok.AMPEREQUAL; break;
    case 0x2a:
      if (c2 === 0x2a) return Tok.DOUBLESTAR;
      if (c2 === 0x3d) return Tok.STAREQUAL;
      break;
    case 0x2b: if (c2 === 0x3d) return Tok.PLUSEQUAL; break;
    case 0x2d:
      if (c2 === 0x3d) return Tok.MINEQUAL;
      if (c2 === 0x3e) return Tok.RARROW;
      break;
    case 0x2f:
      if (c2 === 0x2f) return Tok.DOUBLESLASH;
      if (c2 === 0x3d) return Tok.SLASHEQUAL;
      break;
    case 0x3a: if (c2 === 0x3d) return Tok.COLONEQUAL; break;
    case 0x3c:
      if (c2 === 0x3c) return Tok.LEFTSHIFT;
      if (c2 === 0x3d) return Tok.LESSEQUAL;
      if (c2 === 0x3e) return Tok.NOTEQUAL;
      break;
    case 0x3d: if (c2 === 0x3d) return Tok.EQEQUAL; break;
    case 0x3e:
      if (c2 === 0x3d) return Tok.GREATEREQUAL;
      if (c2 === 0x3e) return Tok.RIGHTSHIFT;
      break;
    case 0x40: if (c2 === 0x3d) return Tok.ATEQUAL; break;
    case 0x5e: if (c2 === 0x3d) return Tok.CIRCUMFLEXEQUAL; break;
    case 0x7c: if (c2 === 0x3d) return Tok.VBAREQUAL; break;
  }
  return Tok.OP;
}

function threeCharOp(c1: number, c2: number, c3: number): Tok {
  if (c3 !== 0x3d) {
    return c1 === 0x2e && c2 === 0x2e && c3 === 0x2e ? Tok.ELLIPSIS : Tok.OP;
  }
  if (c1 === 0x2a && c2 === 0x2a) return Tok.DOUBLESTAREQUAL;
  if (c1 === 0x2f && c2 === 0x2f) return Tok.DOUBLESLASHEQUAL;
  if (c1 === 0x3c && c2 === 0x3c) return Tok.LEFTSHIFTEQUAL;
  if (c1 === 0x3e && c2 === 0x3e) return Tok.RIGHTSHIFTEQUAL;
  return Tok.OP;
}
