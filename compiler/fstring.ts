// Adjacent string literals (STRING+), including f-strings, as CPython 3.11 joins them.
//
// In 3.11 an f-string is one STRING token; its replacement fields are found by scanning the
// token's text, and each expression is parsed separately as "(" + text + ")". That gives the
// positions 3.11 reports: expressions are placed by where their '{' sits in the token, while
// the Constant and FormattedValue parts of a JoinedStr span all the concatenated tokens.

import type * as A from './ast.js';
import { PyBytes, PyStrCodePoints } from './ast.js';
import { decodeBytes, decodeStr, EscapeError, strFromCodePoints, stringParts, type StringParts } from './literals.js';
import { utf8Length, type Tokens, type TokenizeOrigin } from './tokenizer.js';

export interface StringContext {
  tokens: Tokens;
  /** The text the tokens index into. */
  text: string;
  /** RAISE_SYNTAX_ERROR: an error at the parser's last fetched token. */
  fail(msg: string): never;
  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION: an error at token `tok`. */
  failAt(tok: number, msg: string): never;
  /** Parses a replacement field's expression text placed at `origin`. */
  parseExpression(text: string, origin: TokenizeOrigin): A.Expr;
}

/** CPython's FstringParser: literal text not yet turned into a Constant, and the parts so far. */
class Parts {
  lastStr = '';
  values: A.Expr[] = [];
  fmode = false;

  addLiteral(s: string): void {
    this.lastStr += s;
  }
}

/** The token range the parts' positions come from. */
interface Span {
  first: number;
  last: number;
}

export function concatenateStrings(ctx: StringContext, first: number, last: number): A.Expr {
  const t = ctx.tokens;
  const parts = new Parts();
  let bytesMode = false;
  let bytes: number[] | null = null;
  // Set once a literal holds escaped surrogates: the concatenation is kept as code points.
  let codePoints: number[] | null = null;
  for (let i = first; i <= last; i++) {
    const token = ctx.text.slice(t.start[i], t.end[i]);
    const info = stringParts(token);
    const body = token.slice(info.bodyStart, info.bodyEnd);
    let value: string | PyStrCodePoints | PyBytes | null = null;
    if (!info.fstring) value = decodeLiteral(ctx, i, body, info);
    if (i !== first && bytesMode !== info.bytes) ctx.fail('cannot mix bytes and nonbytes literals');
    bytesMode = info.bytes;
    if (info.fstring) {
      const f = new FStringScanner(ctx, token, i, { first, last }, info.raw);
      f.concat(parts, info.bodyStart, info.bodyEnd, 0);
    } else if (value instanceof PyBytes) {
      if (bytes === null) bytes = [];
      for (const b of value.bytes) bytes.push(b);
    } else if (value instanceof PyStrCodePoints) {
      codePoints ??= [...parts.lastStr].map((c) => c.codePointAt(0)!);
      codePoints.push(...value.codePoints);
      parts.addLiteral(String.fromCodePoint(...value.codePoints));
    } else {
      if (codePoints !== null) for (const c of value as string) codePoints.push(c.codePointAt(0)!);
      parts.addLiteral(value as string);
    }
  }
  const pos = spanPosition(t, first, last);
  if (bytesMode) {
    return { _type: 'Constant', value: new PyBytes(Uint8Array.from(bytes ?? [])), kind: null, ...pos };
  }
  if (!parts.fmode) {
    const value = codePoints !== null ? strFromCodePoints(codePoints) : parts.lastStr;
    return { _type: 'Constant', value, kind: kindOf(ctx, first), ...pos };
  }
  if (parts.lastStr !== '') parts.values.push(strConstant(ctx, parts.lastStr, { first, last }));
  return { _type: 'JoinedStr', values: parts.values, ...pos };
}

function decodeLiteral(ctx: StringContext, tok: number, body: string, info: StringParts): string | PyStrCodePoints | PyBytes {
  try {
    if (info.bytes) {
      for (let i = 0; i < body.length; i++) {
        if (body.charCodeAt(i) >= 0x80) ctx.failAt(tok, 'bytes can only contain ASCII literal characters');
      }
      return decodeBytes(body, info.raw);
    }
    return decodeStr(body, info.raw);
  } catch (e) {
    if (e instanceof EscapeError) ctx.fail(e.message);
    throw e;
  }
}

function spanPosition(t: Tokens, first: number, last: number): A.Position {
  return { lineno: t.lineno[first], col_offset: t.col[first], end_lineno: t.endLineno[last], end_col_offset: t.endCol[last] };
}

/** Constant strings take kind 'u' when the first token of their span starts with a lowercase u. */
function kindOf(ctx: StringContext, first: number): string | null {
  return ctx.text.charCodeAt(ctx.tokens.start[first]) === 0x75 ? 'u' : null;
}

function strConstant(ctx: StringContext, value: string, span: Span): A.Constant {
  return { _type: 'Constant', value, kind: kindOf(ctx, span.first), ...spanPosition(ctx.tokens, span.first, span.last) };
}

/** Scans one f-string token's text (CPython's fstring_find_literal/fstring_find_expr). */
class FStringScanner {
  private i = 0;

  constructor(
    private readonly ctx: StringContext,
    /** The whole token text: prefix, quotes and body. */
    private readonly token: string,
    /** The token's index. */
    private readonly tok: number,
    private readonly span: Span,
    private readonly raw: boolean,
  ) {}

  /** Adds the literal parts and replacement fields of token[start, end) to `parts`. */
  concat(parts: Parts, start: number, end: number, recurseLevel: number): void {
    parts.fmode = true;
    this.i = start;
    for (;;) {
      const doubled = this.literal(parts, end, recurseLevel);
      if (doubled) continue;
      if (this.i >= end || this.token.charCodeAt(this.i) === 0x7d) break;
      const value = this.replacementField(parts, end, recurseLevel);
      if (parts.lastStr !== '') {
        parts.values.push(strConstant(this.ctx, parts.lastStr, this.span));
        parts.lastStr = '';
      }
      parts.values.push(value);
    }
    if (recurseLevel === 0 && this.i < end - 1) this.ctx.fail('f-string: unexpected end of string');
    if (recurseLevel !== 0 && this.token.charCodeAt(this.i) !== 0x7d) this.ctx.fail("f-string: expecting '}'");
  }

  /**
   * Literal text up to a '{' or '}' (or the end). Returns true when it stopped after a doubled
   * brace, which the literal keeps one of.
   */
  private literal(parts: Parts, end: number, recurseLevel: number): boolean {
    const s = this.token;
    const literalStart = this.i;
    let i = this.i;
    let doubled = false;
    let stop = -1;
    while (i < end) {
      let ch = s.charCodeAt(i++);
      if (!this.raw && ch === 0x5c && i < end) {
        ch = s.charCodeAt(i++);
        if (ch === 0x4e) {
          // \N{NAME}: its braces are not replacement fields.
          if (i < end && s.charCodeAt(i++) === 0x7b) {
            while (i < end && s.charCodeAt(i++) !== 0x7d) { /* skip the name */ }
            continue;
          }
          break;
        }
      }
      if (ch === 0x7b || ch === 0x7d) {
        if (recurseLevel === 0) {
          if (i < end && s.charCodeAt(i) === ch) {
            stop = i + 1;
            doubled = true;
            break;
          }
          if (ch === 0x7d) {
            this.i = i - 1;
            this.ctx.fail("f-string: single '}' is not allowed");
          }
        }
        i--;
        break;
      }
    }
    this.i = doubled ? stop : i;
    if (literalStart !== i) {
      const text = s.slice(literalStart, i);
      let value: string | PyStrCodePoints;
      try {
        value = this.raw ? text : decodeStr(text, false);
      } catch (e) {
        if (e instanceof EscapeError) this.ctx.fail(e.message);
        throw e;
      }
      parts.addLiteral(typeof value === 'string' ? value : String.fromCharCode(...value.codePoints));
    }
    return doubled;
  }

  /** A replacement field starting at the '{' at this.i. */
  private replacementField(parts: Parts, end: number, recurseLevel: number): A.FormattedValue {
    const s = this.token;
    const ctx = this.ctx;
    if (recurseLevel >= 2) ctx.fail('f-string: expressions nested too deeply');
    const brace = this.i;
    this.i++;
    const exprStart = this.i;
    let quote = 0;
    let tripleQuoted = false;
    const brackets: number[] = [];
    let i = this.i;
    for (; i < end; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 0x5c) ctx.fail('f-string expression part cannot include a backslash');
      if (quote !== 0) {
        // Inside a string in the expression: look for its end.
        if (ch === quote) {
          if (tripleQuoted) {
            if (i + 2 < end && s.charCodeAt(i + 1) === ch && s.charCodeAt(i + 2) === ch) {
              i += 2;
              quote = 0;
              tripleQuoted = false;
            }
          } else {
            quote = 0;
          }
        }
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        if (i + 2 < end && s.charCodeAt(i + 1) === ch && s.charCodeAt(i + 2) === ch) {
          tripleQuoted = true;
          i += 2;
        }
        quote = ch;
      } else if (ch === 0x5b || ch === 0x7b || ch === 0x28) {
        if (brackets.length >= 200) ctx.fail('f-string: too many nested parenthesis');
        brackets.push(ch);
      } else if (ch === 0x23) {
        ctx.fail("f-string expression part cannot include '#'");
      } else if (brackets.length === 0 && (ch === 0x21 || ch === 0x3a || ch === 0x7d || ch === 0x3d || ch === 0x3e || ch === 0x3c)) {
        // '!=', '==', '<=', '>=' are operators, and lone '<' '>' too; the rest end the expression.
        if (i + 1 < end) {
          const next = s.charCodeAt(i + 1);
          if (next === 0x3d && ch !== 0x3a && ch !== 0x7d) {
            i++;
            continue;
          }
        }
        if (ch === 0x3e || ch === 0x3c) continue;
        break;
      } else if (ch === 0x5d || ch === 0x7d || ch === 0x29) {
        if (brackets.length === 0) ctx.fail(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        const opening = brackets.pop()!;
        if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === 0x7b && ch === 0x7d))) {
          ctx.fail(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
        }
      }
    }
    const exprEnd = i;
    this.i = i;
    if (quote !== 0) ctx.fail('f-string: unterminated string');
    if (brackets.length > 0) ctx.fail(`f-string: unmatched '${String.fromCharCode(brackets[brackets.length - 1])}'`);
    if (i >= end) ctx.fail("f-string: expecting '}'");

    const expression = this.compile(brace, exprStart, exprEnd);

    // '=': the expression's text (and the whitespace after the '=') becomes literal text.
    let debugText: string | null = null;
    if (s.charCodeAt(this.i) === 0x3d) {
      this.i++;
      while (isSpace(s.charCodeAt(this.i))) this.i++;
      if (this.i >= end) ctx.fail("f-string: expecting '}'");
      debugText = s.slice(exprStart, this.i);
      parts.addLiteral(debugText);
    }
    let conversion = -1;
    if (s.charCodeAt(this.i) === 0x21) {
      this.i++;
      if (this.i >= end) ctx.fail("f-string: expecting '}'");
      conversion = s.charCodeAt(this.i);
      this.i++;
      if (conversion !== 0x73 && conversion !== 0x72 && conversion !== 0x61) {
        ctx.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let formatSpec: A.Expr | null = null;
    if (this.i < end && s.charCodeAt(this.i) === 0x3a) {
      this.i++;
      if (this.i >= end) ctx.fail("f-string: expecting '}'");
      formatSpec = this.formatSpec(end, recurseLevel + 1);
    }
    if (this.i >= end || s.charCodeAt(this.i) !== 0x7d) ctx.fail("f-string: expecting '}'");
    this.i++;
    if (debugText !== null && formatSpec === null && conversion === -1) conversion = 0x72;
    return {
      _type: 'FormattedValue', value: expression, conversion, format_spec: formatSpec,
      ...spanPosition(ctx.tokens, this.span.first, this.span.last),
    };
  }

  /** A format spec: an f-string of its own, whose JoinedStr takes this token's position. */
  private formatSpec(end: number, recurseLevel: number): A.JoinedStr {
    const parts = new Parts();
    this.concat(parts, this.i, end, recurseLevel);
    const own: Span = { first: this.tok, last: this.tok };
    if (parts.lastStr !== '') parts.values.push(strConstant(this.ctx, parts.lastStr, own));
    return { _type: 'JoinedStr', values: parts.values, ...spanPosition(this.ctx.tokens, this.tok, this.tok) };
  }

  /** Parses the expression text between the '{' at `brace` and `exprEnd`. */
  private compile(brace: number, exprStart: number, exprEnd: number): A.Expr {
    const s = this.token;
    let allSpace = true;
    for (let i = exprStart; i < exprEnd; i++) {
      const c = s.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) {
        allSpace = false;
        break;
      }
    }
    if (allSpace) this.ctx.fail('f-string: empty expression not allowed');
    const t = this.ctx.tokens;
    const { lines, cols } = expressionLocation(s, brace);
    const lineno = t.lineno[this.tok] + lines;
    const colOffset = lines !== 0 ? cols : t.col[this.tok] + cols;
    return this.ctx.parseExpression(s.slice(exprStart, exprEnd), { lineno, colOffset });
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * Where an expression's '{' sits in its token (fstring_find_expr_location): lines before it,
 * and its byte column on its line — 0 when only whitespace follows the brace on that line.
 */
function expressionLocation(token: string, brace: number): { lines: number; cols: number } {
  let newlineAfterBrace = true;
  for (let i = brace + 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x7d || c === 0x0a) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
      newlineAfterBrace = false;
      break;
    }
  }
  let lines = 0;
  let lastNewline = -1;
  for (let i = 0; i < brace; i++) {
    if (token.charCodeAt(i) === 0x0a) {
      lines++;
      lastNewline = i;
    }
  }
  const cols = newlineAfterBrace ? 0 : utf8Length(token, lastNewline + 1, brace);
  return { lines, cols };
}
