// The parser: CPython 3.11's grammar (Grammar/python.gram) by hand-written recursive descent.
//
// The first pass builds the AST and accepts exactly what CPython accepts. Where the grammar
// backtracks between statement forms we parse once and decide afterwards (an expression
// followed by '=' becomes a target), which is also how the "cannot assign to ..." errors find
// their node. When the first pass fails, a second pass runs with the grammar's `invalid_*`
// rules switched on, as CPython does, to raise its specialised error messages; failing that,
// the error is the generic "invalid syntax" at the furthest token the first pass looked at.

import type * as A from './ast.js';
import { PyComplex, PyEllipsis } from './ast.js';
import { CompileError, CompileMemoryError } from './errors.js';
import { concatenateStrings, type StringContext } from './fstring.js';
import { parseNumber } from './literals.js';
import { decodeSource } from './source.js';
import { ErrorSource } from './syntax-error.js';
import { exprName, invalidTarget, isSingleTarget, setContext, TargetKind } from './targets.js';
import { TokErrorKind, tokenize, type Tokens, type TokenizeOrigin } from './tokenizer.js';
import { Tok } from './tokens.js';

export type ParseMode = 'exec' | 'eval' | 'single';

export function parse(source: Uint8Array | string, filename: string, mode?: 'exec'): A.Module;
export function parse(source: Uint8Array | string, filename: string, mode: 'eval'): A.Expression;
export function parse(source: Uint8Array | string, filename: string, mode: 'single'): A.Interactive;
export function parse(source: Uint8Array | string, filename: string, mode: ParseMode = 'exec'): A.Mod {
  const decoded = decodeSource(source, filename);
  const errors = new ErrorSource(filename, decoded.text, decoded.endsWithNewline, decoded.charOffsets);
  const tokens = tokenize(decoded.text);
  if (mode === 'single') tokens.addInteractiveNewline();
  try {
    return new Parser(tokens, errors, null).parseFile(mode);
  } catch (e) {
    // Nesting our level count does not weigh (brackets, statements) can still exhaust the JS
    // stack first: that is CPython's MemoryError too.
    if (e instanceof RangeError && /call stack/.test(e.message)) throw new CompileMemoryError();
    throw e;
  }
}

/**
 * How deep expressions may nest. CPython's parser stops at 6000 nested rule calls; counting one
 * per unary operator, `not`, conditional expression and call of `expression` (two per lambda
 * and `**`), this limit reproduces where it stops for chains of them in a statement.
 */
const MAX_LEVEL = 5969;

/** Thrown when the current alternative does not match (the first pass has no alternatives). */
class SyntaxFail {}
const FAIL = new SyntaxFail();

/** The f-string sub-parser's view of where its text came from (CPython's Py_fstring_input). */
interface FStringOrigin {
  /** The expression text as parsed: "(" + expression + ")". */
  text: string;
  lineno: number;
  colOffset: number;
}

type Pos = A.Position;

const CMP_OPS: Partial<Record<Tok, A.CmpOpKind>> = {
  [Tok.EQEQUAL]: 'Eq', [Tok.NOTEQUAL]: 'NotEq', [Tok.LESS]: 'Lt', [Tok.LESSEQUAL]: 'LtE',
  [Tok.GREATER]: 'Gt', [Tok.GREATEREQUAL]: 'GtE', [Tok.IN]: 'In', [Tok.IS]: 'Is',
};

/** Binary operators by precedence level (1 = `|` … 6 = `*`), and their AST names. */
const BIN_PREC = new Uint8Array(256);
const BIN_OPS: A.OperatorKind[] = [];
for (const [tok, prec, op] of [
  [Tok.VBAR, 1, 'BitOr'], [Tok.CIRCUMFLEX, 2, 'BitXor'], [Tok.AMPER, 3, 'BitAnd'],
  [Tok.LEFTSHIFT, 4, 'LShift'], [Tok.RIGHTSHIFT, 4, 'RShift'], [Tok.PLUS, 5, 'Add'], [Tok.MINUS, 5, 'Sub'],
  [Tok.STAR, 6, 'Mult'], [Tok.SLASH, 6, 'Div'], [Tok.DOUBLESLASH, 6, 'FloorDiv'], [Tok.PERCENT, 6, 'Mod'],
  [Tok.AT, 6, 'MatMult'],
] as const) {
  BIN_PREC[tok] = prec;
  BIN_OPS[tok] = op;
}

const AUG_OPS: Partial<Record<Tok, A.OperatorKind>> = {
  [Tok.PLUSEQUAL]: 'Add', [Tok.MINEQUAL]: 'Sub', [Tok.STAREQUAL]: 'Mult', [Tok.ATEQUAL]: 'MatMult',
  [Tok.SLASHEQUAL]: 'Div', [Tok.PERCENTEQUAL]: 'Mod', [Tok.AMPEREQUAL]: 'BitAnd', [Tok.VBAREQUAL]: 'BitOr',
  [Tok.CIRCUMFLEXEQUAL]: 'BitXor', [Tok.LEFTSHIFTEQUAL]: 'LShift', [Tok.RIGHTSHIFTEQUAL]: 'RShift',
  [Tok.DOUBLESTAREQUAL]: 'Pow', [Tok.DOUBLESLASHEQUAL]: 'FloorDiv',
};

/** Tokens that can start an expression (used to decide between alternatives cheaply). */
const EXPR_START = new Uint8Array(256);
for (const k of [
  Tok.NAME, Tok.NUMBER, Tok.STRING, Tok.LPAR, Tok.LSQB, Tok.LBRACE, Tok.MINUS, Tok.PLUS, Tok.TILDE,
  Tok.ELLIPSIS, Tok.NOT, Tok.LAMBDA, Tok.AWAIT, Tok.NONE, Tok.TRUE, Tok.FALSE,
]) EXPR_START[k] = 1;

/** Empty `arguments`, shared shape for functions and lambdas without parameters. */
function emptyArguments(): A.Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

interface ParamDefault { arg: A.Arg; value: A.Expr | null }

export class Parser {
  private readonly kinds: Uint8Array;
  private readonly count: number;
  private pos = 0;
  /** Tokens fetched so far (CPython's p->fill): the furthest the parser has looked. */
  private fill = 0;
  /**
   * Nesting of recursive expression rules, weighted to follow CPython's parser stack (its
   * p->level): past its limit CPython gives up with MemoryError, and so do we.
   */
  private level = 0;
  /** Second pass: the grammar's invalid_* rules are active. */
  private errorPass = false;
  /** Memo tables for the second pass, where alternatives re-parse the same expressions. */
  private memo: Map<number, { node: unknown; end: number } | null>[] = [];
  private readonly stringContext: StringContext;
  /** The text the tokens index into: the file, or an f-string expression's "(...)\n". */
  private readonly src: string;

  constructor(
    private readonly t: Tokens,
    private readonly errors: ErrorSource,
    private readonly fstring: FStringOrigin | null,
  ) {
    this.kinds = t.kind;
    this.count = t.count;
    this.src = fstring === null ? errors.text : fstring.text + '\n';
    this.stringContext = {
      tokens: t,
      text: this.src,
      fail: (msg) => this.raiseAtLastToken('SyntaxError', msg),
      failAt: (tok, msg) => this.raiseRange(this.tokPos(tok), this.tokPos(tok), msg),
      parseExpression: (text, origin) => this.parseFStringExpression(text, origin),
    };
  }

  // ---- entry points ----

  parseFile(mode: ParseMode): A.Mod {
    return this.run(() => {
      if (mode === 'eval') return this.evalInput();
      if (mode === 'single') return this.interactiveInput();
      return this.fileInput();
    });
  }

  /**
   * Runs `start` as CPython's _PyPegen_run_parser does: a first pass; on failure a second one
   * with the invalid_* rules on, for a specialised error; failing that, "invalid syntax" at
   * the furthest token the first pass fetched.
   */
  private run<T>(start: () => T): T {
    this.pos = 0;
    this.level = 0;
    try {
      return start();
    } catch (e) {
      if (e !== FAIL) throw this.reconcile(e);
    }
    const lastToken = this.fill - 1;
    this.errorPass = true;
    this.pos = 0;
    this.level = 0;
    try {
      start();
    } catch (e) {
      if (e !== FAIL) throw this.reconcile(e);
    }
    throw this.reconcile(this.genericError(lastToken));
  }

  /** Parses an f-string expression: `fstring: star_expressions` over "(" + text + ")". */
  private parseFStringExpression(exprText: string, origin: TokenizeOrigin): A.Expr {
    const text = '(' + exprText + ')';
    const tokens = tokenize(text + '\n', origin);
    const sub = new Parser(tokens, this.errors, { text, lineno: origin.lineno, colOffset: origin.colOffset });
    return sub.run(() => sub.starExpressions());
  }

  private fileInput(): A.Module {
    const body = this.statements(Tok.ENDMARKER);
    this.expect(Tok.ENDMARKER);
    return { _type: 'Module', body, type_ignores: [] };
  }

  private evalInput(): A.Expression {
    const body = this.expressions();
    while (this.peek() === Tok.NEWLINE) this.pos++;
    this.expect(Tok.ENDMARKER);
    return { _type: 'Expression', body };
  }

  private interactiveInput(): A.Interactive {
    const k = this.peek();
    let body: A.Stmt[];
    if (k === Tok.NEWLINE) {
      const s = this.pos++;
      body = [{ _type: 'Pass', ...this.span(s) }];
    } else if (k === Tok.ENDMARKER) {
      // End of input at once: CPython's interactive exit, which compile() reports as an error.
      throw FAIL;
    } else {
      const compound = this.isCompoundStart() ? this.compoundStatement() : this.attemptMatch();
      if (compound !== null) {
        body = [compound];
        this.expect(Tok.NEWLINE);
      } else {
        body = this.simpleStatements();
      }
    }
    return { _type: 'Interactive', body };
  }

  // ---- tokens ----

  /** The current token's kind, fetching it (and raising a pending tokenizer error) if new. */
  private peek(): Tok {
    const p = this.pos;
    if (p >= this.fill) this.fetch(p);
    return this.kinds[p];
  }

  private peekAt(offset: number): Tok {
    const p = this.pos + offset;
    if (p >= this.fill) this.fetch(p);
    return this.kinds[p];
  }

  private fetch(p: number): void {
    if (p >= this.count) {
      this.fill = this.count + 1;
      if (this.t.error !== null) throw this.tokenizerError();
      this.fill = this.count;
      return;
    }
    this.fill = p + 1;
  }

  private expect(kind: Tok): number {
    if (this.peek() !== kind) throw FAIL;
    return this.pos++;
  }

  private accept(kind: Tok): boolean {
    if (this.peek() !== kind) return false;
    this.pos++;
    return true;
  }

  private isName(value: string): boolean {
    return this.peek() === Tok.NAME && this.t.value[this.pos] === value;
  }

  private nameAt(i: number): string {
    return this.t.value[i]!;
  }

  private expectName(): string {
    return this.nameAt(this.expect(Tok.NAME));
  }

  // ---- positions ----

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (pegen's EXTRA end). */
  private endTok(): number {
    let m = this.pos - 1;
    const kinds = this.kinds;
    while (m > 0) {
      const k = kinds[m];
      if (k !== Tok.NEWLINE && k !== Tok.INDENT && k !== Tok.DEDENT && k !== Tok.ENDMARKER) break;
      m--;
    }
    return m;
  }

  /** Position from token `s` to the last consumed token. */
  private span(s: number): Pos {
    const e = this.endTok();
    const t = this.t;
    return { lineno: t.lineno[s], col_offset: t.col[s], end_lineno: t.endLineno[e], end_col_offset: t.endCol[e] };
  }

  private tokPos(i: number): Pos {
    const t = this.t;
    return { lineno: t.lineno[i], col_offset: t.col[i], end_lineno: t.endLineno[i], end_col_offset: t.endCol[i] };
  }

  // ---- errors ----

  private tokenizerError(): CompileError {
    const err = this.t.error!;
    if (this.fstring !== null && err.kind !== TokErrorKind.Immediate) {
      return this.raise('SyntaxError', err.msg, err.lineno, err.offset, err.endLineno, err.endOffset);
    }
    return this.errors.fromTokenizer(err);
  }

  /**
   * An error at 1-based byte offsets, as _PyPegen_raise_error_known_location reports it
   * (f-string sub-parsers prefix their messages and count from their own text).
   */
  private raise(type: 'SyntaxError' | 'IndentationError', msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): CompileError {
    if (this.fstring !== null) {
      const shift = this.fstring.colOffset;
      return new CompileError(type, 'f-string: ' + msg, this.errors.filename, lineno, offset - shift, endLineno,
        endOffset - shift, this.fstringErrorLine(lineno));
    }
    return this.errors.error(type, msg, lineno, offset, endLineno, endOffset);
  }

  /**
   * The text of an f-string expression's error: while the tokenizer has not passed the error's
   * line, everything read so far; after that, just the line (CPython's tokenizer buffers).
   */
  private fstringErrorLine(lineno: number): string {
    const text = this.src;
    const last = Math.min(this.fill, this.count) - 1;
    const tokLine = last >= 0 ? this.t.endLineno[last] : this.fstring!.lineno;
    const lines = text.split('\n');
    if (tokLine <= lineno) return lines.slice(0, tokLine - this.fstring!.lineno + 1).join('\n') + '\n';
    return lines[lineno - this.fstring!.lineno] ?? '';
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE: from node a's start to node b's end. */
  private raiseRange(a: Pos, b: Pos, msg: string): never {
    throw this.raise('SyntaxError', msg, a.lineno, a.col_offset + 1, b.end_lineno!, b.end_col_offset! + 1);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from node a to where the tokenizer stands (no +1). */
  private raiseFrom(a: Pos, msg: string): never {
    const cur = this.tokenizerPosition();
    throw this.raise('SyntaxError', msg, a.lineno, a.col_offset + 1, cur.lineno, cur.col);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
  private raiseAtLastToken(type: 'SyntaxError' | 'IndentationError', msg: string): never {
    throw this.errorAtToken(this.fill - 1, type, msg);
  }

  private errorAtToken(i: number, type: 'SyntaxError' | 'IndentationError', msg: string): CompileError {
    const t = this.t;
    if (i < 0) return this.raise(type, msg, 0, 0, 0, -1);
    const col = t.col[i];
    if (col < 0) {
      // INDENT/DEDENT/ENDMARKER have no column: CPython reports where its tokenizer stands.
      return this.raise(type, msg, t.lineno[i], -1 - col, t.endLineno[i], -1);
    }
    const endCol = t.endCol[i];
    return this.raise(type, msg, t.lineno[i], col + 1, t.endLineno[i], endCol < 0 ? -1 : endCol + 1);
  }

  /** Where CPython's tokenizer stands after the last fetched token (CURRENT_POS). */
  private tokenizerPosition(): { lineno: number; col: number } {
    const i = Math.min(this.fill, this.count) - 1;
    const t = this.t;
    const k = t.kind[i];
    if (k === Tok.NEWLINE) return { lineno: t.endLineno[i], col: t.endCol[i] + 1 };
    if (t.col[i] < 0) return { lineno: t.lineno[i], col: -1 - t.col[i] };
    return { lineno: t.endLineno[i], col: t.endCol[i] };
  }

  private genericError(lastToken: number): CompileError {
    const t = this.t;
    if (lastToken >= this.count) {
      // The first pass stopped at a tokenizer error (already raised) — unreachable here.
      return this.tokenizerError();
    }
    const k = t.kind[lastToken];
    // Indentation errors are final: CPython does not look for tokenizer errors after them.
    if (k === Tok.INDENT) throw this.errorAtToken(lastToken, 'IndentationError', 'unexpected indent');
    if (k === Tok.DEDENT) throw this.errorAtToken(lastToken, 'IndentationError', 'unexpected unindent');
    return this.errorAtToken(lastToken, 'SyntaxError', 'invalid syntax');
  }

  /**
   * CPython tokenizes the rest of the file after a parser error: a later tokenizer error that
   * raises at once wins, and so does an unclosed bracket opened before the error's line.
   */
  private reconcile(e: unknown): unknown {
    if (!(e instanceof CompileError)) return e;
    const tokErr = this.t.error;
    if (tokErr === null || this.fill > this.count) return e;
    if (this.fstring !== null) return e;
    if (tokErr.kind === TokErrorKind.Immediate) return this.errors.fromTokenizer(tokErr);
    // An unclosed bracket wins if it was opened before the line of the last token fetched.
    const open = tokErr.openBracket;
    const lastLine = this.t.lineno[Math.min(this.fill, this.count) - 1];
    if (open !== null && open.lineno < lastLine) {
      return this.errors.error('SyntaxError', `'${open.char}' was never closed`, open.lineno, open.col + 1, open.lineno, 0);
    }
    return e;
  }

  private enter(): void {
    if (++this.level > MAX_LEVEL) throw new CompileMemoryError();
  }

  // ---- second-pass memoisation ----

  private memoized<T>(slot: number, parse: () => T): T {
    let table = this.memo[slot];
    if (table === undefined) table = this.memo[slot] = new Map();
    const start = this.pos;
    const hit = table.get(start);
    if (hit !== undefined) {
      if (hit === null) throw FAIL;
      this.pos = hit.end;
      return hit.node as T;
    }
    try {
      const node = parse();
      table.set(start, { node, end: this.pos });
      return node;
    } catch (e) {
      if (e === FAIL) table.set(start, null);
      throw e;
    }
  }

  /**
   * An item after a comma in a list (`','.item+ [',']`). When it does not parse, PEG ends the
   * list at the comma, which becomes a trailing one; that only matters to the second pass —
   * in the first, the statement fails either way at the same furthest token.
   */
  private listItem<T>(parse: () => T): T | null {
    return this.errorPass ? this.attempt(parse) : parse();
  }

  /** Runs `parse` as a lookahead: returns its result or null, restoring the position on failure. */
  private attempt<T>(parse: () => T): T | null {
    const start = this.pos;
    const level = this.level;
    try {
      return parse();
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = start;
      this.level = level;
      return null;
    }
  }

  /** Runs `parse` with the invalid_* rules off (pegen's *_without_invalid rules). */
  private withoutInvalid<T>(parse: () => T): T {
    const saved = this.errorPass;
    const savedMemo = this.memo;
    this.errorPass = false;
    this.memo = [];
    try {
      return parse();
    } finally {
      this.errorPass = saved;
      this.memo = savedMemo;
    }
  }

  // ==== statements ====

  private statements(end: Tok): A.Stmt[] {
    const body: A.Stmt[] = [];
    for (;;) {
      const k = this.peek();
      if (k === end || k === Tok.ENDMARKER) break;
      if (this.isCompoundStart()) {
        body.push(this.compoundStatement());
        continue;
      }
      const m = this.attemptMatch();
      if (m !== null) {
        body.push(m);
        continue;
      }
      this.simpleStatementsInto(body);
    }
    return body;
  }

  /** `match` is a soft keyword: a statement that does not parse as a match is a simple one (null). */
  private attemptMatch(): A.Match | null {
    if (this.peek() !== Tok.NAME || this.t.value[this.pos] !== 'match' || !this.looksLikeMatch()) return null;
    return this.attempt(() => this.matchStatement());
  }

  private isCompoundStart(): boolean {
    switch (this.peek()) {
      case Tok.DEF: case Tok.IF: case Tok.CLASS: case Tok.WITH: case Tok.FOR: case Tok.TRY:
      case Tok.WHILE: case Tok.AT:
        return true;
      case Tok.ASYNC: {
        const k = this.peekAt(1);
        return k === Tok.DEF || k === Tok.WITH || k === Tok.FOR;
      }
      default:
        return false;
    }
  }

  private compoundStatement(): A.Stmt {
    switch (this.peek()) {
      case Tok.DEF: return this.functionDef(this.pos, []);
      case Tok.IF: return this.ifStatement();
      case Tok.CLASS: return this.classDef(this.pos, []);
      case Tok.WITH: return this.withStatement(this.pos, false);
      case Tok.FOR: return this.forStatement(this.pos, false);
      case Tok.TRY: return this.tryStatement();
      case Tok.WHILE: return this.whileStatement();
      case Tok.AT: return this.decorated();
      default: {
        const s = this.pos++;
        const k = this.peek();
        if (k === Tok.DEF) return this.functionDef(s, []);
        if (k === Tok.WITH) return this.withStatement(s, true);
        return this.forStatement(s, true);
      }
    }
  }

  /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
  private simpleStatements(): A.Stmt[] {
    const body: A.Stmt[] = [];
    this.simpleStatementsInto(body);
    return body;
  }

  private simpleStatementsInto(body: A.Stmt[]): void {
    for (;;) {
      body.push(this.simpleStatement());
      if (this.peek() !== Tok.SEMI) break;
      this.pos++;
      if (this.peek() === Tok.NEWLINE) break;
    }
    this.expect(Tok.NEWLINE);
  }

  private simpleStatement(): A.Stmt {
    const s = this.pos;
    switch (this.peek()) {
      case Tok.PASS: this.pos++; return { _type: 'Pass', ...this.span(s) };
      case Tok.BREAK: this.pos++; return { _type: 'Break', ...this.span(s) };
      case Tok.CONTINUE: this.pos++; return { _type: 'Continue', ...this.span(s) };
      case Tok.RETURN: {
        this.pos++;
        const value = this.startsExpression() ? this.starExpressions() : null;
        return { _type: 'Return', value, ...this.span(s) };
      }
      case Tok.IMPORT: return this.importName();
      case Tok.FROM: return this.importFrom();
      case Tok.RAISE: return this.raiseStatement();
      case Tok.GLOBAL:
      case Tok.NONLOCAL: {
        const global = this.kinds[this.pos++] === Tok.GLOBAL;
        const names = [this.expectName()];
        while (this.accept(Tok.COMMA)) names.push(this.expectName());
        return global ? { _type: 'Global', names, ...this.span(s) } : { _type: 'Nonlocal', names, ...this.span(s) };
      }
      case Tok.DEL: return this.delStatement();
      case Tok.ASSERT: {
        this.pos++;
        const test = this.expression();
        const msg = this.accept(Tok.COMMA) ? this.expression() : null;
        return { _type: 'Assert', test, msg, ...this.span(s) };
      }
      default:
        return this.expressionStatement();
    }
  }

  private startsExpression(): boolean {
    const k = this.peek();
    return EXPR_START[k] === 1 || k === Tok.STAR || k === Tok.YIELD;
  }

  /**
   * assignment | star_expressions | yield: an expression, then decide by what follows it
   * (':' annotation, '=' targets, augmented operator) what the expression was.
   */
  private expressionStatement(): A.Stmt {
    if (!this.errorPass) return this.assignmentOrExpression();
    // invalid_assignment is the assignment rule's last alternative: CPython tries it whenever
    // the statement is not an assignment, even if it then parses as an expression.
    const s = this.pos;
    const stmt = this.attempt(() => this.assignmentOrExpression());
    if (stmt !== null && stmt._type !== 'Expr') return stmt;
    const end = this.pos;
    this.pos = s;
    this.invalidAssignment();
    if (stmt !== null) {
      this.pos = end;
      return stmt;
    }
    this.pos = s;
    return this.assignmentOrExpression();
  }

  private assignmentOrExpression(): A.Stmt {
    const s = this.pos;
    const first = this.peek();
    // `NAME ':'` is an annotated assignment even where NAME could start something else.
    if (first === Tok.NAME && this.peekAt(1) === Tok.COLON) {
      const target: A.Name = { _type: 'Name', id: this.nameAt(this.pos), ctx: 'Store', ...this.tokPos(this.pos) };
      this.pos += 2;
      return this.annotatedAssignment(s, target, 1);
    }
    const e = first === Tok.YIELD ? this.yieldExpr() : this.starExpressions();
    const k = this.peek();
    if (k === Tok.EQUAL) return this.assignment(s, e);
    if (k === Tok.COLON) {
      if (!isSingleTarget(e)) throw FAIL;
      this.pos++;
      setContext(e, 'Store', false);
      return this.annotatedAssignment(s, e, 0);
    }
    const op = AUG_OPS[k];
    if (op !== undefined) {
      if (!isSingleTarget(e)) throw FAIL;
      this.pos++;
      setContext(e, 'Store', false);
      const value = this.peek() === Tok.YIELD ? this.yieldExpr() : this.starExpressions();
      return { _type: 'AugAssign', target: e, op, value, ...this.span(s) };
    }
    return { _type: 'Expr', value: e, ...this.span(s) };
  }

  private annotatedAssignment(s: number, target: A.Expr, simple: number): A.AnnAssign {
    const annotation = this.expression();
    let value: A.Expr | null = null;
    if (this.peek() === Tok.EQUAL) {
      // ['=' annotated_rhs]: without a valid right-hand side the statement ends before '='.
      const save = this.pos++;
      value = this.attempt(() => (this.peek() === Tok.YIELD ? this.yieldExpr() : this.starExpressions()));
      if (value === null) this.pos = save;
    }
    return { _type: 'AnnAssign', target, annotation, value, simple, ...this.span(s) };
  }

  /** (star_targets '=')+ (yield_expr | star_expressions) */
  private assignment(s: number, first: A.Expr): A.Assign {
    const targets: A.Expr[] = [];
    let e = first;
    while (this.peek() === Tok.EQUAL) {
      if (!this.isStarTargets(e) || !setContext(e, 'Store', true)) throw FAIL;
      targets.push(e);
      this.pos++;
      e = this.peek() === Tok.YIELD ? this.yieldExpr() : this.starExpressions();
    }
    return { _type: 'Assign', targets, value: e, type_comment: null, ...this.span(s) };
  }

  /** Whether an expression parsed by star_expressions is also valid as star_targets. */
  private isStarTargets(e: A.Expr): boolean {
    return invalidTarget(e, TargetKind.Star) === null && !this.hasNestedStar(e);
  }

  /** `*(*a)`-like nesting and `*a` inside a parenthesised non-tuple are not targets. */
  private hasNestedStar(e: A.Expr): boolean {
    if (e._type === 'Starred') return e.value._type === 'Starred' || this.hasNestedStar(e.value);
    if (e._type === 'Tuple' || e._type === 'List') return e.elts.some((x) => this.hasNestedStar(x));
    return false;
  }

  private importName(): A.Import {
    const s = this.pos++;
    const names: A.Alias[] = [];
    do {
      const a = this.pos;
      const name = this.dottedName();
      const asname = this.accept(Tok.AS) ? this.expectName() : null;
      names.push({ _type: 'alias', name, asname, ...this.span(a) });
    } while (this.accept(Tok.COMMA));
    return { _type: 'Import', names, ...this.span(s) };
  }

  private dottedName(): string {
    let name = this.expectName();
    while (this.peek() === Tok.DOT && this.peekAt(1) === Tok.NAME) {
      this.pos++;
      name += '.' + this.expectName();
    }
    return name;
  }

  private importFrom(): A.ImportFrom {
    const s = this.pos++;
    let level = 0;
    for (;;) {
      const k = this.peek();
      if (k === Tok.DOT) level += 1;
      else if (k === Tok.ELLIPSIS) level += 3;
      else break;
      this.pos++;
    }
    const module = level > 0 && this.peek() === Tok.IMPORT ? null : this.dottedName();
    this.expect(Tok.IMPORT);
    const names: A.Alias[] = [];
    if (this.peek() === Tok.STAR) {
      const a = this.pos++;
      names.push({ _type: 'alias', name: '*', asname: null, ...this.span(a) });
    } else if (this.accept(Tok.LPAR)) {
      this.importAsNames(names);
      this.accept(Tok.COMMA);
      this.expect(Tok.RPAR);
    } else {
      this.importAsNames(names);
      if (this.peek() === Tok.COMMA) {
        if (this.errorPass && this.peekAt(1) === Tok.NEWLINE) {
          this.raiseAtLastToken('SyntaxError', 'trailing comma not allowed without surrounding parentheses');
        }
        throw FAIL;
      }
    }
    return { _type: 'ImportFrom', module, names, level, ...this.span(s) };
  }

  private importAsNames(names: A.Alias[]): void {
    for (;;) {
      const a = this.pos;
      const name = this.expectName();
      const asname = this.accept(Tok.AS) ? this.expectName() : null;
      names.push({ _type: 'alias', name, asname, ...this.span(a) });
      if (this.peek() !== Tok.COMMA || this.peekAt(1) !== Tok.NAME) break;
      this.pos++;
    }
  }

  private raiseStatement(): A.Raise {
    const s = this.pos++;
    if (!this.startsExpression()) return { _type: 'Raise', exc: null, cause: null, ...this.span(s) };
    const exc = this.expression();
    const cause = this.accept(Tok.FROM) ? this.expression() : null;
    return { _type: 'Raise', exc, cause, ...this.span(s) };
  }

  private delStatement(): A.Delete {
    const s = this.pos++;
    const start = this.pos;
    const targets = this.attempt(() => this.delTargets());
    if (targets !== null) {
      const k = this.peek();
      if (k === Tok.SEMI || k === Tok.NEWLINE) return { _type: 'Delete', targets, ...this.span(s) };
    }
    if (this.errorPass) {
      this.pos = start;
      const e = this.attempt(() => this.starExpressions());
      if (e !== null) this.invalidTargetError(e, TargetKind.Del);
    }
    throw FAIL;
  }

  /** del_targets: ','.del_target+ [','] */
  private delTargets(): A.Expr[] {
    const targets: A.Expr[] = [];
    for (;;) {
      targets.push(this.delTarget());
      if (!this.accept(Tok.COMMA)) break;
      if (!this.startsTarget()) break;
    }
    return targets;
  }

  private startsTarget(): boolean {
    const k = this.peek();
    return EXPR_START[k] === 1 || k === Tok.STAR;
  }

  private delTarget(): A.Expr {
    const k = this.peek();
    if (k === Tok.LPAR || k === Tok.LSQB) {
      // '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']', unless the bracket
      // starts a longer primary such as `(a).b`.
      const saved = this.pos;
      const s = this.pos++;
      const close = k === Tok.LPAR ? Tok.RPAR : Tok.RSQB;
      const inner = this.attempt(() => {
        if (this.peek() === close) return [] as A.Expr[];
        const first = this.delTarget();
        if (k === Tok.LPAR && this.peek() === Tok.RPAR) return first;
        const elts = [first];
        while (this.accept(Tok.COMMA) && this.peek() !== close) elts.push(this.delTarget());
        return elts;
      });
      if (inner !== null && this.peek() === close) {
        this.pos++;
        const next = this.peek();
        if (next !== Tok.DOT && next !== Tok.LPAR && next !== Tok.LSQB) {
          if (!Array.isArray(inner)) return inner;
          if (k === Tok.LPAR) return { _type: 'Tuple', elts: inner, ctx: 'Del', ...this.span(s) };
          return { _type: 'List', elts: inner, ctx: 'Del', ...this.span(s) };
        }
      }
      this.pos = saved;
    }
    const e = this.primary();
    if (e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript') {
      e.ctx = 'Del';
      return e;
    }
    throw FAIL;
  }

  private block(): A.Stmt[] {
    if (this.peek() === Tok.NEWLINE) {
      this.pos++;
      if (this.peek() !== Tok.INDENT) {
        if (this.errorPass) this.raiseAtLastToken('IndentationError', 'expected an indented block');
        throw FAIL;
      }
      this.pos++;
      const body = this.statements(Tok.DEDENT);
      this.expect(Tok.DEDENT);
      return body;
    }
    return this.simpleStatements();
  }

  /** In the second pass: `':' NEWLINE !INDENT` after a block header is an IndentationError. */
  private checkIndentedBlock(what: string, headerTok: number): void {
    if (!this.errorPass) return;
    if (this.peek() === Tok.COLON && this.peekAt(1) === Tok.NEWLINE && this.peekAt(2) !== Tok.INDENT) {
      this.raiseAtLastToken('IndentationError', `expected an indented block after ${what} on line ${this.t.lineno[headerTok]}`);
    }
  }

  /** In the second pass: a block header ending at NEWLINE is missing its colon. */
  private checkColon(): void {
    if (this.errorPass && this.peek() === Tok.NEWLINE) this.raiseAtLastToken('SyntaxError', "expected ':'");
  }

  /** `&&':'`: a forced token, an error even in the first pass. */
  private forceColon(): void {
    this.forceToken(Tok.COLON, ':');
  }

  /** `&&token`: raises "expected '…'" at the current token when it is something else. */
  private forceToken(kind: Tok, text: string): void {
    if (this.peek() !== kind) {
      const i = this.pos;
      this.raiseRange(this.tokPos(i), this.tokPos(i), `expected '${text}'`);
    }
    this.pos++;
  }

  private ifStatement(): A.If {
    const s = this.pos++;
    const test = this.namedExpression();
    this.checkColon();
    this.checkIndentedBlock("'if' statement", s);
    this.expect(Tok.COLON);
    const body = this.block();
    return { _type: 'If', test, body, orelse: this.elifOrElse(), ...this.span(s) };
  }

  private elifOrElse(): A.Stmt[] {
    const k = this.peek();
    if (k === Tok.ELIF) {
      const s = this.pos++;
      const test = this.namedExpression();
      this.checkColon();
      this.checkIndentedBlock("'elif' statement", s);
      this.expect(Tok.COLON);
      const body = this.block();
      return [{ _type: 'If', test, body, orelse: this.elifOrElse(), ...this.span(s) }];
    }
    if (k === Tok.ELSE) return this.elseBlock();
    return [];
  }

  private elseBlock(): A.Stmt[] {
    const s = this.pos++;
    this.checkIndentedBlock("'else' statement", s);
    this.forceColon();
    return this.block();
  }

  private whileStatement(): A.While {
    const s = this.pos++;
    const test = this.namedExpression();
    this.checkColon();
    this.checkIndentedBlock("'while' statement", s);
    this.expect(Tok.COLON);
    const body = this.block();
    const orelse = this.peek() === Tok.ELSE ? this.elseBlock() : [];
    return { _type: 'While', test, body, orelse, ...this.span(s) };
  }

  private forStatement(s: number, isAsync: boolean): A.For | A.AsyncFor {
    const forTok = this.expect(Tok.FOR);
    const targetStart = this.pos;
    const target = this.attempt(() => this.starTargets());
    if (target === null || this.peek() !== Tok.IN) {
      if (this.errorPass) {
        this.pos = targetStart;
        const e = this.attempt(() => this.starExpressions());
        if (e !== null) this.invalidTargetError(e, TargetKind.For);
      }
      throw FAIL;
    }
    this.pos++;
    const iter = this.starExpressions();
    this.checkColon();
    this.checkIndentedBlock("'for' statement", forTok);
    this.expect(Tok.COLON);
    const body = this.block();
    const orelse = this.peek() === Tok.ELSE ? this.elseBlock() : [];
    return { _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null, ...this.span(s) };
  }

  private withStatement(s: number, isAsync: boolean): A.With | A.AsyncWith {
    const withTok = this.expect(Tok.WITH);
    if (this.errorPass) this.invalidWithStatement(withTok, true);
    let items: A.WithItem[] | null = null;
    if (this.peek() === Tok.LPAR) {
      // 'with' '(' ','.with_item+ ','? ')' ':' — else the '(' starts the first expression.
      items = this.attempt(() => {
        this.pos++;
        const list = [this.withItem()];
        while (this.accept(Tok.COMMA) && this.peek() !== Tok.RPAR) list.push(this.withItem());
        this.expect(Tok.RPAR);
        if (this.peek() !== Tok.COLON) throw FAIL;
        return list;
      });
    }
    if (items === null) {
      items = [this.withItem()];
      while (this.accept(Tok.COMMA)) items.push(this.withItem());
    }
    if (this.peek() !== Tok.COLON) {
      if (this.errorPass) {
        this.pos = withTok + 1;
        this.invalidWithStatement(withTok, false);
      }
      throw FAIL;
    }
    this.pos++;
    const body = this.block();
    return { _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null, ...this.span(s) };
  }

  /**
   * invalid_with_stmt_indent (`indent`) and invalid_with_stmt: the items read loosely, as
   * ','.(expression ['as' star_target])+ or '(' ','.(expressions ['as' star_target])+ ','? ')',
   * then ':' NEWLINE !INDENT, or NEWLINE where the ':' should be.
   */
  private invalidWithStatement(withTok: number, indent: boolean): void {
    const save = this.pos;
    const item = (parse: () => A.Expr) => {
      parse();
      if (this.peek() === Tok.AS) {
        const before = this.pos++;
        if (this.attempt(() => this.starTarget()) === null) this.pos = before;
      }
    };
    const loose = (parenthesized: boolean): boolean => this.attempt(() => {
      if (parenthesized) this.expect(Tok.LPAR);
      item(parenthesized ? () => this.expressions() : () => this.expression());
      for (;;) {
        const before = this.pos;
        if (!this.accept(Tok.COMMA)) break;
        if (this.attempt(() => item(parenthesized ? () => this.expressions() : () => this.expression())) === null) {
          this.pos = before;
          break;
        }
      }
      if (parenthesized) {
        this.accept(Tok.COMMA);
        this.expect(Tok.RPAR);
      }
      return true;
    }) !== null;
    for (const parenthesized of [false, true]) {
      this.pos = save;
      if (!loose(parenthesized)) continue;
      if (indent) {
        if (this.peek() === Tok.COLON && this.peekAt(1) === Tok.NEWLINE && this.peekAt(2) !== Tok.INDENT) {
          this.raiseAtLastToken('IndentationError', `expected an indented block after 'with' statement on line ${this.t.lineno[withTok]}`);
        }
      } else if (this.peek() === Tok.NEWLINE) {
        this.raiseAtLastToken('SyntaxError', "expected ':'");
      }
    }
    this.pos = save;
  }

  /** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
  private withItem(): A.WithItem {
    const contextExpr = this.expression();
    if (this.peek() === Tok.AS) {
      const save = this.pos;
      this.pos++;
      const target = this.attempt(() => this.starTarget());
      const k = this.peek();
      if (target !== null && (k === Tok.COMMA || k === Tok.RPAR || k === Tok.COLON)) {
        return { _type: 'withitem', context_expr: contextExpr, optional_vars: target };
      }
      if (this.errorPass) {
        this.pos = save + 1;
        const e = this.attempt(() => this.expression());
        const k2 = this.peek();
        if (e !== null && (k2 === Tok.COMMA || k2 === Tok.RPAR || k2 === Tok.COLON)) this.invalidTargetError(e, TargetKind.Star);
      }
      this.pos = save;
    }
    return { _type: 'withitem', context_expr: contextExpr, optional_vars: null };
  }

  private tryStatement(): A.Try | A.TryStar {
    const s = this.pos++;
    this.checkIndentedBlock("'try' statement", s);
    this.forceColon();
    const body = this.block();
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.peek() === Tok.EXCEPT) {
      const isStar = this.peekAt(1) === Tok.STAR;
      if (star !== null && star !== isStar) {
        if (this.errorPass) this.mixedExceptError(star);
        break;
      }
      star = isStar;
      handlers.push(this.exceptBlock(isStar));
    }
    const orelse = handlers.length > 0 && this.peek() === Tok.ELSE ? this.elseBlock() : [];
    let finalbody: A.Stmt[] = [];
    if (this.peek() === Tok.FINALLY) {
      const f = this.pos++;
      this.checkIndentedBlock("'finally' statement", f);
      this.forceColon();
      finalbody = this.block();
    } else if (handlers.length === 0) {
      if (this.errorPass) this.raiseAtLastToken('SyntaxError', "expected 'except' or 'finally' block");
      throw FAIL;
    }
    return { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...this.span(s) };
  }

  private mixedExceptError(star: boolean): never {
    const a = this.pos;
    if (!star) {
      // except_block+ then `except *`: the range covers 'except' and '*'.
      this.raiseRange(this.tokPos(a), this.tokPos(a + 1), "cannot have both 'except' and 'except*' on the same 'try'");
    }
    this.raiseRange(this.tokPos(a), this.tokPos(a), "cannot have both 'except' and 'except*' on the same 'try'");
  }

  private exceptBlock(isStar: boolean): A.ExceptHandler {
    const s = this.pos++;
    if (isStar) this.pos++;
    let type: A.Expr | null = null;
    let name: string | null = null;
    if (this.peek() !== Tok.COLON || isStar) {
      if (this.errorPass) this.invalidExceptStatement(isStar);
      type = this.expression();
      if (this.accept(Tok.AS)) name = this.expectName();
    }
    if (this.errorPass && this.peek() === Tok.COLON && this.peekAt(1) === Tok.NEWLINE && this.peekAt(2) !== Tok.INDENT) {
      const what = isStar ? "'except*' statement" : "'except' statement";
      this.raiseAtLastToken('IndentationError', `expected an indented block after ${what} on line ${this.t.lineno[s]}`);
    }
    this.checkColon();
    this.expect(Tok.COLON);
    const body = this.block();
    return { _type: 'ExceptHandler', type, name, body, ...this.span(s) };
  }

  /** invalid_except_stmt: `except*` without a type, or several types without parentheses. */
  private invalidExceptStatement(isStar: boolean): void {
    const start = this.pos;
    if (isStar && (this.peek() === Tok.NEWLINE || this.peek() === Tok.COLON)) {
      this.raiseAtLastToken('SyntaxError', 'expected one or more exception types');
    }
    const a = this.attempt(() => this.expression());
    if (a !== null && this.peek() === Tok.COMMA) {
      this.pos++;
      const rest = this.attempt(() => this.expressions());
      if (rest !== null) {
        if (this.accept(Tok.AS)) this.attempt(() => this.expectName());
        if (this.peek() === Tok.COLON) this.raiseFrom(a, 'multiple exception types must be parenthesized');
      }
    }
    this.pos = start;
  }

  private functionDef(s: number, decorators: A.Expr[]): A.FunctionDef | A.AsyncFunctionDef {
    const isAsync = this.kinds[s] === Tok.ASYNC;
    const defTok = this.expect(Tok.DEF);
    const name = this.expectName();
    this.forceToken(Tok.LPAR, '(');
    const args = this.attempt(() => this.parameters(false)) ?? emptyArguments();
    this.expect(Tok.RPAR);
    let returns: A.Expr | null = null;
    if (this.peek() === Tok.RARROW) {
      const save = this.pos++;
      returns = this.attempt(() => this.expression());
      if (returns === null) this.pos = save;
    }
    this.checkIndentedBlock('function definition', defTok);
    this.forceColon();
    const body = this.block();
    return {
      _type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list: decorators,
      returns, type_comment: null, ...this.span(s),
    };
  }

  private classDef(s: number, decorators: A.Expr[]): A.ClassDef {
    this.expect(Tok.CLASS);
    const name = this.expectName();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.accept(Tok.LPAR)) {
      if (this.peek() !== Tok.RPAR) [bases, keywords] = this.callArguments();
      this.expect(Tok.RPAR);
    }
    this.checkColon();
    this.checkIndentedBlock('class definition', s);
    this.expect(Tok.COLON);
    const body = this.block();
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators, ...this.span(s) };
  }

  private decorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.accept(Tok.AT)) {
      decorators.push(this.namedExpression());
      this.expect(Tok.NEWLINE);
    }
    const s = this.pos;
    const k = this.peek();
    if (k === Tok.DEF) return this.functionDef(s, decorators);
    if (k === Tok.CLASS) return this.classDef(s, decorators);
    if (k === Tok.ASYNC && this.peekAt(1) === Tok.DEF) {
      this.pos++;
      return this.functionDef(s, decorators);
    }
    throw FAIL;
  }

  // ---- parameters ----

  /**
   * params / lambda_params: [posonly '/'] [args] ['*' [vararg] kwonly] ['**' kwarg], each with
   * the grammar's ordering rules. Lambdas have no annotations and end at ':'.
   */
  private parameters(lambda: boolean): A.Arguments {
    if (this.errorPass) this.invalidParameters(lambda);
    const close = lambda ? Tok.COLON : Tok.RPAR;
    const posonly: ParamDefault[] = [];
    const plain: ParamDefault[] = [];
    const kwonly: ParamDefault[] = [];
    let vararg: A.Arg | null = null;
    let kwarg: A.Arg | null = null;
    let sawDefault = false;
    let sawSlash = false;
    const done = () => this.makeArguments(posonly, plain, vararg, kwonly, kwarg);

    // Positional parameters, with an optional '/' among them.
    while (this.peek() === Tok.NAME) {
      const p = this.param(lambda, true, false);
      if (p.value === null && sawDefault) throw FAIL;
      if (p.value !== null) sawDefault = true;
      plain.push(p);
      if (!this.paramSeparator(close)) return done();
      if (this.peek() === Tok.SLASH && !sawSlash) {
        this.pos++;
        sawSlash = true;
        posonly.push(...plain.splice(0));
        if (!this.paramSeparator(close)) return done();
      }
    }
    if (this.peek() === Tok.STAR) {
      if (this.errorPass) this.invalidStarEtc(lambda);
      this.pos++;
      if (this.peek() === Tok.NAME) {
        vararg = this.param(lambda, false, true).arg;
        if (!this.paramSeparator(close)) return done();
      } else {
        this.expect(Tok.COMMA);
        if (this.peek() !== Tok.NAME) throw FAIL;
      }
      while (this.peek() === Tok.NAME) {
        kwonly.push(this.param(lambda, true, false));
        if (!this.paramSeparator(close)) return done();
      }
    }
    if (this.peek() === Tok.DOUBLESTAR) {
      if (this.errorPass) this.invalidKwds(lambda);
      this.pos++;
      kwarg = this.param(lambda, false, false).arg;
      this.paramSeparator(close);
      if (this.peek() !== close) throw FAIL;
      return done();
    }
    if (this.peek() !== close || (posonly.length === 0 && plain.length === 0 && kwonly.length === 0 && vararg === null)) {
      throw FAIL;
    }
    return done();
  }

  /** After a parameter: ',' (then maybe more) or the closing token. False when at the close. */
  private paramSeparator(close: Tok): boolean {
    const k = this.peek();
    if (k === Tok.COMMA) {
      this.pos++;
      return this.peek() !== close;
    }
    if (k === close) return false;
    throw FAIL;
  }

  /** param [default]: NAME [':' annotation]; `starred` allows `*args: *Ts` (star_annotation). */
  private param(lambda: boolean, withDefault: boolean, starred: boolean): ParamDefault {
    const s = this.expect(Tok.NAME);
    let annotation: A.Expr | null = null;
    if (!lambda && this.accept(Tok.COLON)) {
      annotation = starred && this.peek() === Tok.STAR ? this.starExpression() : this.expression();
    }
    const arg: A.Arg = { _type: 'arg', arg: this.nameAt(s), annotation, type_comment: null, ...this.span(s) };
    let value: A.Expr | null = null;
    if (withDefault && this.peek() === Tok.EQUAL) value = this.defaultValue();
    return { arg, value };
  }

  /** default: '=' expression | invalid_default */
  private defaultValue(): A.Expr {
    const eq = this.expect(Tok.EQUAL);
    if (this.errorPass) {
      const k = this.peek();
      if (k === Tok.RPAR || k === Tok.COMMA) this.raiseRange(this.tokPos(eq), this.tokPos(eq), 'expected default value expression');
    }
    return this.expression();
  }

  private makeArguments(
    posonly: ParamDefault[], plain: ParamDefault[], vararg: A.Arg | null, kwonly: ParamDefault[], kwarg: A.Arg | null,
  ): A.Arguments {
    const defaults: A.Expr[] = [];
    for (const p of posonly) if (p.value !== null) defaults.push(p.value);
    for (const p of plain) if (p.value !== null) defaults.push(p.value);
    return {
      _type: 'arguments',
      posonlyargs: posonly.map((p) => p.arg),
      args: plain.map((p) => p.arg),
      vararg,
      kwonlyargs: kwonly.map((p) => p.arg),
      kw_defaults: kwonly.map((p) => p.value),
      kwarg,
      defaults,
    };
  }

  // The second pass reads parameter lists with the grammar's own small rules, which its
  // invalid_parameters alternatives are written in. Each returns false (position restored)
  // when it does not match.

  /** param: NAME annotation? (lambda: NAME) */
  private pParam(lambda: boolean): boolean {
    return this.attempt(() => this.param(lambda, false, false)) !== null;
  }

  /** param followed by ',' or by the closing token (not consumed). */
  private pEnd(close: Tok): boolean {
    const k = this.peek();
    if (k === Tok.COMMA) {
      this.pos++;
      return true;
    }
    return k === close;
  }

  /** param_no_default / param_with_default / param_maybe_default, by `defaults` 0 / 1 / 2. */
  private pItem(lambda: boolean, defaults: 0 | 1 | 2): boolean {
    const close = lambda ? Tok.COLON : Tok.RPAR;
    const start = this.pos;
    if (!this.pParam(lambda)) return false;
    if (defaults !== 0 && this.peek() === Tok.EQUAL) {
      if (this.attempt(() => this.defaultValue()) === null) {
        this.pos = start;
        return false;
      }
    } else if (defaults === 1) {
      this.pos = start;
      return false;
    }
    if (this.pEnd(close)) return true;
    this.pos = start;
    return false;
  }

  private pMany(lambda: boolean, defaults: 0 | 1 | 2): number {
    let n = 0;
    while (this.pItem(lambda, defaults)) n++;
    return n;
  }

  /** slash_no_default | slash_with_default: the items before a '/' and the '/' itself. */
  private pSlash(lambda: boolean, withDefault: boolean): boolean {
    const close = lambda ? Tok.COLON : Tok.RPAR;
    const start = this.pos;
    const plain = this.pMany(lambda, 0);
    const defaults = withDefault ? this.pMany(lambda, 1) : 0;
    if ((withDefault ? defaults : plain) > 0 && this.accept(Tok.SLASH) && this.pEnd(close)) return true;
    this.pos = start;
    return false;
  }

  /** invalid_parameters / invalid_lambda_parameters, tried before the parameters are parsed. */
  private invalidParameters(lambda: boolean): void {
    const start = this.pos;
    const at = (i: number, msg: string): never => this.raiseRange(this.tokPos(i), this.tokPos(i), msg);
    // param_no_default* invalid_parameters_helper param_no_default
    this.pMany(lambda, 0);
    if (this.pSlash(lambda, true) || this.pMany(lambda, 1) > 0) {
      const a = this.pos;
      if (this.pItem(lambda, 0)) at(a, 'non-default argument follows default argument');
    }
    // param_no_default* '(' param_no_default+ ','? ')'   (lambdas: ','.lambda_param+)
    this.pos = start;
    this.pMany(lambda, 0);
    if (this.peek() === Tok.LPAR) {
      const open = this.pos++;
      let n = 0;
      if (lambda) {
        while (this.peek() === Tok.NAME) {
          this.pos++;
          n++;
          if (!this.accept(Tok.COMMA)) break;
        }
      } else {
        n = this.pMany(lambda, 0);
      }
      this.accept(Tok.COMMA);
      if (n > 0 && this.peek() === Tok.RPAR) {
        const what = lambda ? 'Lambda expression parameters' : 'Function parameters';
        this.raiseRange(this.tokPos(open), this.tokPos(this.pos), `${what} cannot be parenthesized`);
      }
    }
    // '/' ','
    this.pos = start;
    if (this.peek() === Tok.SLASH && this.peekAt(1) === Tok.COMMA) at(start, 'at least one argument must precede /');
    // (slash_no_default | slash_with_default) param_maybe_default* '/'
    if (this.pSlash(lambda, false) || this.pSlash(lambda, true)) {
      this.pMany(lambda, 2);
      if (this.peek() === Tok.SLASH) at(this.pos, '/ may appear only once');
    }
    // [slash…] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
    this.pos = start;
    if (!this.pSlash(lambda, false)) this.pSlash(lambda, true);
    this.pMany(lambda, 2);
    if (this.accept(Tok.STAR) && (this.accept(Tok.COMMA) || this.pItem(lambda, 0))) {
      this.pMany(lambda, 2);
      if (this.peek() === Tok.SLASH) at(this.pos, '/ must be ahead of *');
    }
    // param_maybe_default+ '/' '*'
    this.pos = start;
    if (this.pMany(lambda, 2) > 0 && this.accept(Tok.SLASH) && this.peek() === Tok.STAR) {
      at(this.pos, 'expected comma between / and *');
    }
    this.pos = start;
  }

  /** invalid_star_etc / invalid_lambda_star_etc, at a '*'. */
  private invalidStarEtc(lambda: boolean): void {
    const start = this.pos;
    const close = lambda ? Tok.COLON : Tok.RPAR;
    const at = (i: number, msg: string): never => this.raiseRange(this.tokPos(i), this.tokPos(i), msg);
    // '*' (')' | ',' (')' | '**'))
    const k1 = this.peekAt(1);
    if (k1 === close || (k1 === Tok.COMMA && (this.peekAt(2) === close || this.peekAt(2) === Tok.DOUBLESTAR))) {
      if (lambda) this.raiseAtLastToken('SyntaxError', 'named arguments must follow bare *');
      at(start, 'named arguments must follow bare *');
    }
    // '*' param '='
    this.pos++;
    if (this.pParam(lambda) && this.peek() === Tok.EQUAL) at(this.pos, 'var-positional argument cannot have default value');
    // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
    this.pos = start + 1;
    if (this.accept(Tok.COMMA) || this.pItem(lambda, 0)) {
      this.pMany(lambda, 2);
      if (this.peek() === Tok.STAR) {
        const star = this.pos++;
        if (this.peek() === Tok.COMMA || this.pItem(lambda, 0)) at(star, '* argument may appear only once');
      }
    }
    this.pos = start;
  }

  /** invalid_kwds / invalid_lambda_kwds, at a '**'. */
  private invalidKwds(lambda: boolean): void {
    const start = this.pos++;
    const at = (i: number, msg: string): never => this.raiseRange(this.tokPos(i), this.tokPos(i), msg);
    if (this.pParam(lambda)) {
      if (this.peek() === Tok.EQUAL) at(this.pos, 'var-keyword argument cannot have default value');
      if (this.accept(Tok.COMMA)) {
        const a = this.pos;
        const k = this.peek();
        if (this.pParam(lambda) || k === Tok.STAR || k === Tok.DOUBLESTAR || k === Tok.SLASH) {
          at(a, 'arguments cannot follow var-keyword argument');
        }
      }
    }
    this.pos = start;
  }

  // ---- match statements ----

  /** `match` is a keyword here only if a subject and ':' follow (checked cheaply first). */
  private looksLikeMatch(): boolean {
    const k = this.peekAt(1);
    // Tokens after which `match` can only be a name: operators that continue an expression.
    switch (k) {
      case Tok.NEWLINE: case Tok.EQUAL: case Tok.DOT: case Tok.COLON: case Tok.COMMA: case Tok.SEMI:
      case Tok.RPAR: case Tok.RSQB: case Tok.RBRACE: case Tok.PLUSEQUAL: case Tok.MINEQUAL:
      case Tok.STAREQUAL: case Tok.SLASHEQUAL: case Tok.IN: case Tok.IS: case Tok.AND: case Tok.OR:
      case Tok.IF: case Tok.FOR: case Tok.AS: case Tok.ENDMARKER:
        return false;
    }
    return true;
  }

  private matchStatement(): A.Match {
    const s = this.pos++;
    const subject = this.subjectExpr();
    if (this.errorPass && this.peek() === Tok.NEWLINE) this.raiseAtLastToken('SyntaxError', "expected ':'");
    if (this.errorPass && this.peek() === Tok.COLON && this.peekAt(1) === Tok.NEWLINE && this.peekAt(2) !== Tok.INDENT) {
      this.raiseAtLastToken('IndentationError', `expected an indented block after 'match' statement on line ${this.t.lineno[s]}`);
    }
    this.expect(Tok.COLON);
    this.expect(Tok.NEWLINE);
    this.expect(Tok.INDENT);
    const cases: A.MatchCase[] = [];
    do cases.push(this.caseBlock());
    while (this.peek() !== Tok.DEDENT);
    this.pos++;
    return { _type: 'Match', subject, cases, ...this.span(s) };
  }

  private subjectExpr(): A.Expr {
    const s = this.pos;
    const first = this.starNamedExpression();
    if (this.peek() !== Tok.COMMA) {
      if (first._type === 'Starred') throw FAIL;
      return first;
    }
    const elts = [first];
    while (this.accept(Tok.COMMA)) {
      if (!this.startsTarget()) break;
      const item = this.listItem(() => this.starNamedExpression());
      if (item === null) break;
      elts.push(item);
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(s) };
  }

  private caseBlock(): A.MatchCase {
    if (!this.isName('case')) throw FAIL;
    const s = this.pos++;
    const pattern = this.patterns();
    const guard = this.accept(Tok.IF) ? this.namedExpression() : null;
    if (this.errorPass && this.peek() === Tok.NEWLINE) this.raiseAtLastToken('SyntaxError', "expected ':'");
    if (this.errorPass && this.peek() === Tok.COLON && this.peekAt(1) === Tok.NEWLINE && this.peekAt(2) !== Tok.INDENT) {
      this.raiseAtLastToken('IndentationError', `expected an indented block after 'case' statement on line ${this.t.lineno[s]}`);
    }
    this.expect(Tok.COLON);
    const body = this.block();
    return { _type: 'match_case', pattern, guard, body };
  }

  /** patterns: open_sequence_pattern | pattern */
  private patterns(): A.Pattern {
    const s = this.pos;
    const first = this.maybeStarPattern();
    if (this.peek() !== Tok.COMMA) {
      if (first._type === 'MatchStar') throw FAIL;
      return first;
    }
    const items = [first];
    while (this.accept(Tok.COMMA)) {
      if (!this.startsPattern()) break;
      const item = this.listItem(() => this.maybeStarPattern());
      if (item === null) break;
      items.push(item);
    }
    return { _type: 'MatchSequence', patterns: items, ...this.span(s) };
  }

  private startsPattern(): boolean {
    const k = this.peek();
    return k === Tok.NAME || k === Tok.NUMBER || k === Tok.STRING || k === Tok.MINUS || k === Tok.LPAR ||
      k === Tok.LSQB || k === Tok.LBRACE || k === Tok.STAR || k === Tok.NONE || k === Tok.TRUE || k === Tok.FALSE;
  }

  private maybeStarPattern(): A.Pattern {
    if (this.peek() === Tok.STAR) {
      const s = this.pos++;
      const name = this.expectName();
      return { _type: 'MatchStar', name: name === '_' ? null : name, ...this.span(s) };
    }
    return this.pattern();
  }

  /** pattern: or_pattern ['as' NAME] */
  private pattern(): A.Pattern {
    const s = this.pos;
    const p = this.orPattern();
    if (this.peek() !== Tok.AS) return p;
    this.pos++;
    if (this.peek() === Tok.NAME) {
      const nameTok = this.pos;
      const name = this.nameAt(this.pos);
      if (name === '_') {
        if (this.errorPass) this.raiseRange(this.tokPos(nameTok), this.tokPos(nameTok), "cannot use '_' as a target");
        throw FAIL;
      }
      this.pos++;
      const k = this.peek();
      if (k === Tok.DOT || k === Tok.LPAR || k === Tok.EQUAL) {
        if (this.errorPass) {
          this.pos = nameTok;
          const e = this.attempt(() => this.expression());
          if (e !== null) this.raiseRange(e, e, 'invalid pattern target');
        }
        throw FAIL;
      }
      return { _type: 'MatchAs', pattern: p, name, ...this.span(s) };
    }
    if (this.errorPass) {
      const e = this.attempt(() => this.expression());
      if (e !== null) this.raiseRange(e, e, 'invalid pattern target');
    }
    throw FAIL;
  }

  private orPattern(): A.Pattern {
    const s = this.pos;
    const first = this.closedPattern();
    if (this.peek() !== Tok.VBAR) return first;
    const patterns = [first];
    while (this.accept(Tok.VBAR)) patterns.push(this.closedPattern());
    return { _type: 'MatchOr', patterns, ...this.span(s) };
  }

  private closedPattern(): A.Pattern {
    const s = this.pos;
    switch (this.peek()) {
      case Tok.NUMBER:
      case Tok.MINUS: {
        const value = this.signedNumberOrComplex();
        return { _type: 'MatchValue', value, ...this.span(s) };
      }
      case Tok.STRING:
        return { _type: 'MatchValue', value: this.strings(), ...this.span(s) };
      case Tok.NONE: this.pos++; return { _type: 'MatchSingleton', value: null, ...this.span(s) };
      case Tok.TRUE: this.pos++; return { _type: 'MatchSingleton', value: true, ...this.span(s) };
      case Tok.FALSE: this.pos++; return { _type: 'MatchSingleton', value: false, ...this.span(s) };
      case Tok.NAME: return this.namePattern();
      case Tok.LPAR: {
        this.pos++;
        if (this.accept(Tok.RPAR)) return { _type: 'MatchSequence', patterns: [], ...this.span(s) };
        const first = this.maybeStarPattern();
        if (this.peek() === Tok.RPAR && first._type !== 'MatchStar') {
          this.pos++;
          return first;
        }
        this.expect(Tok.COMMA);
        const items = [first];
        while (this.peek() !== Tok.RPAR) {
          items.push(this.maybeStarPattern());
          if (!this.accept(Tok.COMMA)) break;
        }
        this.expect(Tok.RPAR);
        return { _type: 'MatchSequence', patterns: items, ...this.span(s) };
      }
      case Tok.LSQB: {
        this.pos++;
        const items: A.Pattern[] = [];
        while (this.peek() !== Tok.RSQB) {
          items.push(this.maybeStarPattern());
          if (!this.accept(Tok.COMMA)) break;
        }
        this.expect(Tok.RSQB);
        return { _type: 'MatchSequence', patterns: items, ...this.span(s) };
      }
      case Tok.LBRACE:
        return this.mappingPattern();
      default:
        throw FAIL;
    }
  }

  /** signed_number !('+' | '-') | complex_number */
  private signedNumberOrComplex(): A.Expr {
    const s = this.pos;
    const value = this.number();
    const k = this.peek();
    if (k !== Tok.PLUS && k !== Tok.MINUS) return value;
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    if (!this.isRealNumber(value)) throw FAIL;
    this.pos++;
    const imagTok = this.expect(Tok.NUMBER);
    const imag = this.numberConstant(imagTok);
    if (!(imag.value instanceof PyComplex)) this.raiseRange(imag, imag, 'imaginary number required in complex literal');
    return { _type: 'BinOp', left: value, op: k === Tok.PLUS ? 'Add' : 'Sub', right: imag, ...this.span(s) };
  }

  /** signed_real_number; an imaginary one is an error (_PyPegen_ensure_real). */
  private isRealNumber(e: A.Expr): boolean {
    const c = e._type === 'UnaryOp' ? e.operand : e;
    if (c._type !== 'Constant') return false;
    if (c.value instanceof PyComplex) this.raiseRange(c, c, 'real number required in complex literal');
    return true;
  }

  /** NUMBER | '-' NUMBER */
  private number(): A.Expr {
    const s = this.pos;
    if (this.accept(Tok.MINUS)) {
      const operand = this.numberConstant(this.expect(Tok.NUMBER));
      return { _type: 'UnaryOp', op: 'USub', operand, ...this.span(s) };
    }
    return this.numberConstant(this.expect(Tok.NUMBER));
  }

  private numberConstant(i: number): A.Constant {
    const text = this.src.slice(this.t.start[i], this.t.end[i]);
    return { _type: 'Constant', value: parseNumber(text), kind: null, ...this.tokPos(i) };
  }

  /** capture, wildcard, value (dotted name) and class patterns. */
  private namePattern(): A.Pattern {
    const s = this.pos;
    const name = this.nameAt(this.pos++);
    let k = this.peek();
    if (k !== Tok.DOT && k !== Tok.LPAR) {
      if (k === Tok.EQUAL) throw FAIL;
      return { _type: 'MatchAs', pattern: null, name: name === '_' ? null : name, ...this.span(s) };
    }
    let cls: A.Expr = { _type: 'Name', id: name, ctx: 'Load', ...this.tokPos(s) };
    while (k === Tok.DOT) {
      this.pos++;
      const attr = this.expectName();
      cls = { _type: 'Attribute', value: cls, attr, ctx: 'Load', ...this.span(s) };
      k = this.peek();
    }
    if (k !== Tok.LPAR) {
      if (k === Tok.EQUAL) throw FAIL;
      return { _type: 'MatchValue', value: cls, ...this.span(s) };
    }
    this.pos++;
    return this.classPattern(s, cls);
  }

  private classPattern(s: number, cls: A.Expr): A.MatchClass {
    const patterns: A.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.Pattern[] = [];
    while (this.peek() !== Tok.RPAR) {
      if (this.peek() === Tok.NAME && this.peekAt(1) === Tok.EQUAL) {
        kwdAttrs.push(this.nameAt(this.pos));
        this.pos += 2;
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length > 0) {
          if (this.errorPass) this.positionalAfterKeywordPatterns(p);
          throw FAIL;
        }
        patterns.push(p);
      }
      if (!this.accept(Tok.COMMA)) break;
    }
    this.expect(Tok.RPAR);
    return { _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...this.span(s) };
  }

  /** invalid_class_pattern: the range covers the positional patterns after the keywords. */
  private positionalAfterKeywordPatterns(first: A.Pattern): never {
    let last = first;
    while (this.peek() === Tok.COMMA) {
      this.pos++;
      if (this.peek() === Tok.NAME && this.peekAt(1) === Tok.EQUAL) break;
      const p = this.attempt(() => this.pattern());
      if (p === null) break;
      last = p;
    }
    this.raiseRange(first, last, 'positional patterns follow keyword patterns');
  }

  private mappingPattern(): A.MatchMapping {
    const s = this.pos++;
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (this.peek() !== Tok.RBRACE) {
      if (this.accept(Tok.DOUBLESTAR)) {
        rest = this.expectName();
        if (rest === '_') throw FAIL;
        this.accept(Tok.COMMA);
        break;
      }
      keys.push(this.mappingKey());
      this.expect(Tok.COLON);
      patterns.push(this.pattern());
      if (!this.accept(Tok.COMMA)) break;
    }
    this.expect(Tok.RBRACE);
    return { _type: 'MatchMapping', keys, patterns, rest, ...this.span(s) };
  }

  /** literal_expr | attr */
  private mappingKey(): A.Expr {
    const s = this.pos;
    switch (this.peek()) {
      case Tok.NUMBER: case Tok.MINUS: return this.signedNumberOrComplex();
      case Tok.STRING: return this.strings();
      case Tok.NONE: this.pos++; return { _type: 'Constant', value: null, kind: null, ...this.span(s) };
      case Tok.TRUE: this.pos++; return { _type: 'Constant', value: true, kind: null, ...this.span(s) };
      case Tok.FALSE: this.pos++; return { _type: 'Constant', value: false, kind: null, ...this.span(s) };
      case Tok.NAME: {
        let e: A.Expr = { _type: 'Name', id: this.nameAt(this.pos++), ctx: 'Load', ...this.span(s) };
        if (this.peek() !== Tok.DOT) throw FAIL;
        while (this.accept(Tok.DOT)) {
          e = { _type: 'Attribute', value: e, attr: this.expectName(), ctx: 'Load', ...this.span(s) };
        }
        return e;
      }
      default:
        throw FAIL;
    }
  }

  // ==== expressions ====

  /** expressions: expression (',' expression)* [','] */
  private expressions(): A.Expr {
    const s = this.pos;
    const first = this.expression();
    if (this.peek() !== Tok.COMMA) return first;
    const elts = [first];
    while (this.accept(Tok.COMMA)) {
      if (!this.startsExpressionNoStar()) break;
      const item = this.listItem(() => this.expression());
      if (item === null) break;
      elts.push(item);
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(s) };
  }

  private startsExpressionNoStar(): boolean {
    return EXPR_START[this.peek()] === 1;
  }

  /** star_expressions: star_expression (',' star_expression)* [','] */
  private starExpressions(): A.Expr {
    if (this.errorPass) return this.memoized(0, () => this.starExpressionsRaw());
    return this.starExpressionsRaw();
  }

  private starExpressionsRaw(): A.Expr {
    const s = this.pos;
    const first = this.starExpression();
    if (this.peek() !== Tok.COMMA) return first;
    const elts = [first];
    while (this.accept(Tok.COMMA)) {
      if (!this.startsTarget()) break;
      const item = this.listItem(() => this.starExpression());
      if (item === null) break;
      elts.push(item);
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(s) };
  }

  /** star_expression: '*' bitwise_or | expression */
  private starExpression(): A.Expr {
    if (this.peek() === Tok.STAR) {
      const s = this.pos++;
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: 'Load', ...this.span(s) };
    }
    return this.expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  private starNamedExpression(): A.Expr {
    if (this.peek() === Tok.STAR) {
      const s = this.pos++;
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: 'Load', ...this.span(s) };
    }
    return this.namedExpression();
  }

  /** named_expression: NAME ':=' expression | expression !':=' */
  private namedExpression(): A.Expr {
    if (this.errorPass) return this.memoized(1, () => this.namedExpressionRaw());
    return this.namedExpressionRaw();
  }

  private namedExpressionRaw(): A.Expr {
    if (this.peek() === Tok.NAME && this.peekAt(1) === Tok.COLONEQUAL) return this.assignmentExpression();
    if (this.errorPass) this.invalidNamedExpression();
    const e = this.expression();
    if (this.peek() === Tok.COLONEQUAL) throw FAIL;
    return e;
  }

  private assignmentExpression(): A.NamedExpr {
    const s = this.pos;
    const target: A.Name = { _type: 'Name', id: this.nameAt(s), ctx: 'Store', ...this.tokPos(s) };
    this.pos += 2;
    const value = this.expression();
    return { _type: 'NamedExpr', target, value, ...this.span(s) };
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  private expression(): A.Expr {
    this.enter();
    const e = this.errorPass ? this.memoized(2, () => this.expressionRaw()) : this.expressionRaw();
    this.level--;
    return e;
  }

  private expressionRaw(): A.Expr {
    if (this.errorPass) {
      this.invalidExpression();
      this.invalidLegacyExpression();
    }
    return this.expressionWithoutInvalid();
  }

  /** disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
  private expressionWithoutInvalid(): A.Expr {
    if (this.peek() === Tok.LAMBDA) return this.lambdef();
    const s = this.pos;
    const body = this.disjunction();
    if (this.peek() !== Tok.IF) return body;
    const save = this.pos;
    this.pos++;
    const test = this.attempt(() => this.disjunction());
    if (test === null || this.peek() !== Tok.ELSE) {
      this.pos = save;
      return body;
    }
    this.pos++;
    const orelse = this.attempt(() => this.expression());
    if (orelse === null) {
      // PEG falls back to the bare disjunction.
      this.pos = save;
      return body;
    }
    return { _type: 'IfExp', test, body, orelse, ...this.span(s) };
  }

  private disjunction(): A.Expr {
    if (this.errorPass) return this.memoized(3, () => this.disjunctionRaw());
    return this.disjunctionRaw();
  }

  private disjunctionRaw(): A.Expr {
    const s = this.pos;
    const first = this.conjunction();
    if (this.peek() !== Tok.OR) return first;
    const values = [first];
    while (this.peek() === Tok.OR) {
      const operand = this.operandAfter(() => this.conjunction());
      if (operand === null) break;
      values.push(operand);
    }
    if (values.length === 1) return first;
    return { _type: 'BoolOp', op: 'Or', values, ...this.span(s) };
  }

  private conjunction(): A.Expr {
    const s = this.pos;
    const first = this.inversion();
    if (this.peek() !== Tok.AND) return first;
    const values = [first];
    while (this.peek() === Tok.AND) {
      const operand = this.operandAfter(() => this.inversion());
      if (operand === null) break;
      values.push(operand);
    }
    if (values.length === 1) return first;
    return { _type: 'BoolOp', op: 'And', values, ...this.span(s) };
  }

  private inversion(): A.Expr {
    if (this.peek() === Tok.NOT) {
      const s = this.pos++;
      this.enter();
      const operand = this.inversion();
      this.level--;
      return { _type: 'UnaryOp', op: 'Not', operand, ...this.span(s) };
    }
    return this.comparison();
  }

  private comparison(): A.Expr {
    const s = this.pos;
    const left = this.bitwiseOr();
    let ops: A.CmpOpKind[] | null = null;
    let comparators: A.Expr[] | null = null;
    for (;;) {
      const k = this.peek();
      let op = CMP_OPS[k];
      let width = 1;
      if (op === undefined) {
        if (k !== Tok.NOT || this.peekAt(1) !== Tok.IN) break;
        op = 'NotIn';
        width = 2;
      } else if (k === Tok.IS && this.peekAt(1) === Tok.NOT) {
        op = 'IsNot';
        width = 2;
      }
      const right = this.operandAfter(() => this.bitwiseOr(), width);
      if (right === null) break;
      if (ops === null) {
        ops = [];
        comparators = [];
      }
      ops.push(op);
      comparators!.push(right);
    }
    if (ops === null) return left;
    return { _type: 'Compare', left, ops, comparators: comparators!, ...this.span(s) };
  }

  /** bitwise_or … term: left-associative binary operators by precedence climbing. */
  private bitwiseOr(): A.Expr {
    return this.binary(1);
  }

  private binary(minPrec: number): A.Expr {
    const s = this.pos;
    let left = this.factor();
    for (;;) {
      const k = this.peek();
      const prec = BIN_PREC[k];
      if (prec === 0 || prec < minPrec) return left;
      const right = prec === 6 ? this.operandAfter(() => this.factor()) : this.operandAfter(() => this.binary(prec + 1));
      if (right === null) return left;
      left = { _type: 'BinOp', left, op: BIN_OPS[k], right, ...this.span(s) };
    }
  }

  /**
   * Skips an operator of `width` tokens and parses its right operand; without one, the
   * operator is not consumed (PEG's `a=sum '+' b=term | term` falls back to the shorter form).
   */
  private operandAfter(parse: () => A.Expr, width = 1): A.Expr | null {
    const save = this.pos;
    const level = this.level;
    this.pos += width;
    try {
      return parse();
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = save;
      this.level = level;
      return null;
    }
  }

  private factor(): A.Expr {
    this.enter();
    const k = this.peek();
    let e: A.Expr;
    if (k === Tok.PLUS || k === Tok.MINUS || k === Tok.TILDE) {
      const s = this.pos++;
      const operand = this.factor();
      const op: A.UnaryOpKind = k === Tok.PLUS ? 'UAdd' : k === Tok.MINUS ? 'USub' : 'Invert';
      e = { _type: 'UnaryOp', op, operand, ...this.span(s) };
    } else {
      e = this.power();
    }
    this.level--;
    return e;
  }

  private power(): A.Expr {
    let left: A.Expr;
    const s = this.pos;
    if (this.peek() === Tok.AWAIT) {
      this.pos++;
      const value = this.primary();
      left = { _type: 'Await', value, ...this.span(s) };
    } else {
      left = this.primary();
    }
    if (this.peek() !== Tok.DOUBLESTAR) return left;
    this.enter();
    const right = this.operandAfter(() => this.factor());
    this.level--;
    if (right === null) return left;
    return { _type: 'BinOp', left, op: 'Pow', right, ...this.span(s) };
  }

  /** primary: atom followed by attribute, call and subscript trailers. */
  private primary(): A.Expr {
    const s = this.pos;
    let e = this.atom();
    for (;;) {
      const k = this.peek();
      if (k !== Tok.DOT && k !== Tok.LPAR && k !== Tok.LSQB) return e;
      // A trailer that does not parse is not part of the primary (PEG's left recursion keeps
      // the longest match): the caller sees the token that starts it.
      const save = this.pos;
      const level = this.level;
      try {
        e = this.trailer(e, s, k);
      } catch (err) {
        if (err !== FAIL) throw err;
        this.pos = save;
        this.level = level;
        return e;
      }
    }
  }

  private trailer(e: A.Expr, s: number, k: Tok): A.Expr {
    if (k === Tok.DOT) {
      this.pos++;
      const attr = this.expectName();
      return { _type: 'Attribute', value: e, attr, ctx: 'Load', ...this.span(s) };
    }
    if (k === Tok.LPAR) return this.call(e, s);
    this.pos++;
    const slice = this.slices();
    this.expect(Tok.RSQB);
    return { _type: 'Subscript', value: e, slice, ctx: 'Load', ...this.span(s) };
  }

  /** A call of `func`, which starts at token s. */
  private call(func: A.Expr, s: number): A.Call {
    const open = this.pos++;
    if (this.peek() === Tok.RPAR) {
      this.pos++;
      return { _type: 'Call', func, args: [], keywords: [], ...this.span(s) };
    }
    if (this.errorPass) {
      // primary genexp: f(x for x in y) — a lone generator argument, tried first.
      const genexp = this.attempt(() => this.bareGenexpArgument(open));
      if (genexp !== null) return { _type: 'Call', func, args: [genexp], keywords: [], ...this.span(s) };
      this.invalidComprehension(open);
    }
    const [args, keywords] = this.callArguments(open);
    this.expect(Tok.RPAR);
    return { _type: 'Call', func, args, keywords, ...this.span(s) };
  }

  /** '(' (assignment_expression | expression !':=') for_if_clauses ')' with '(' at `open`. */
  private bareGenexpArgument(open: number): A.GeneratorExp {
    const k = this.peek();
    if (k === Tok.STAR || k === Tok.DOUBLESTAR) throw FAIL;
    const elt = this.namedExpressionNoInvalid();
    const k2 = this.peek();
    if (k2 !== Tok.FOR && k2 !== Tok.ASYNC) throw FAIL;
    const generators = this.forIfClauses();
    this.expect(Tok.RPAR);
    return { _type: 'GeneratorExp', elt, generators, ...this.span(open) };
  }

  /** assignment_expression | expression !':=' */
  private namedExpressionNoInvalid(): A.Expr {
    if (this.peek() === Tok.NAME && this.peekAt(1) === Tok.COLONEQUAL) return this.assignmentExpression();
    const e = this.expression();
    if (this.peek() === Tok.COLONEQUAL) throw FAIL;
    return e;
  }

  /**
   * arguments: positional arguments (expressions and *starred), then keywords mixed with
   * *starred, then keywords mixed with **mappings; followed by ')'. In a call (the '(' at
   * `open`), a lone first argument followed by `for` is a generator expression whose
   * parentheses are the call's (CPython's `primary genexp`); the ')' is then left in place.
   */
  private callArguments(open = -1): [A.Expr[], A.Keyword[]] {
    if (this.errorPass) return this.callArgumentsByRule();
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (;;) {
      const s = this.pos;
      const k = this.peek();
      if (k === Tok.STAR) {
        if (sawDoubleStar) throw FAIL;
        this.pos++;
        const value = this.expression();
        args.push({ _type: 'Starred', value, ctx: 'Load', ...this.span(s) });
      } else if (k === Tok.DOUBLESTAR) {
        this.pos++;
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: null, value, ...this.span(s) });
        sawDoubleStar = true;
      } else if (k === Tok.NAME && this.peekAt(1) === Tok.EQUAL) {
        this.pos += 2;
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: this.nameAt(s), value, ...this.span(s) });
        sawKeyword = true;
      } else {
        // After a keyword only keywords and starred items may follow: CPython does not even
        // read this argument.
        if (sawKeyword || sawDoubleStar) throw FAIL;
        const value = this.namedExpressionNoInvalid();
        const k2 = this.peek();
        if (k2 === Tok.FOR || (k2 === Tok.ASYNC && this.peekAt(1) === Tok.FOR)) {
          if (open < 0 || s !== open + 1) throw FAIL;
          const generators = this.forIfClauses();
          this.expect(Tok.RPAR);
          args.push({ _type: 'GeneratorExp', elt: value, generators, ...this.span(open) });
          this.pos--;
          return [args, keywords];
        }
        if (k2 === Tok.EQUAL) throw FAIL;
        args.push(value);
      }
      if (this.peek() !== Tok.COMMA) break;
      this.pos++;
      if (this.peek() === Tok.RPAR) break;
    }
    if (this.peek() !== Tok.RPAR) throw FAIL;
    return [args, keywords];
  }

  /** arguments: args [','] &')' | invalid_arguments — the second pass follows the grammar. */
  private callArgumentsByRule(): [A.Expr[], A.Keyword[]] {
    const start = this.pos;
    const a = this.attempt(() => this.argsRule());
    if (a !== null) {
      this.accept(Tok.COMMA);
      if (this.peek() === Tok.RPAR) return [a.args, a.keywords];
    }
    this.invalidArguments(start);
    throw FAIL;
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  private slices(): A.Expr {
    const s = this.pos;
    const first = this.sliceItem();
    if (this.peek() !== Tok.COMMA) {
      if (first._type === 'Starred') return { _type: 'Tuple', elts: [first], ctx: 'Load', ...this.span(s) };
      return first;
    }
    const elts = [first];
    while (this.accept(Tok.COMMA)) {
      if (this.peek() === Tok.RSQB) break;
      const item = this.listItem(() => this.sliceItem());
      if (item === null) break;
      elts.push(item);
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(s) };
  }

  private sliceItem(): A.Expr {
    const s = this.pos;
    if (this.peek() === Tok.STAR) {
      this.pos++;
      const value = this.expression();
      return { _type: 'Starred', value, ctx: 'Load', ...this.span(s) };
    }
    if (this.errorPass) return this.sliceByRule();
    if (this.peek() === Tok.NAME && this.peekAt(1) === Tok.COLONEQUAL) return this.namedExpression();
    let lower: A.Expr | null = null;
    if (this.peek() !== Tok.COLON) {
      lower = this.expression();
      if (this.peek() !== Tok.COLON) {
        if (this.peek() === Tok.COLONEQUAL) throw FAIL;
        return lower;
      }
    }
    this.pos++;
    const k = this.peek();
    const upper = k !== Tok.COLON && k !== Tok.COMMA && k !== Tok.RSQB ? this.expression() : null;
    let step: A.Expr | null = null;
    if (this.accept(Tok.COLON)) {
      const k2 = this.peek();
      if (k2 !== Tok.COMMA && k2 !== Tok.RSQB) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, ...this.span(s) };
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
  private sliceByRule(): A.Expr {
    const s = this.pos;
    const optional = () => this.attempt(() => this.expression());
    const slice = this.attempt((): A.Slice => {
      const lower = optional();
      this.expect(Tok.COLON);
      const upper = optional();
      const step = this.accept(Tok.COLON) ? optional() : null;
      return { _type: 'Slice', lower, upper, step, ...this.span(s) };
    });
    return slice ?? this.namedExpression();
  }

  private atom(): A.Expr {
    const s = this.pos;
    switch (this.peek()) {
      case Tok.NAME:
        this.pos++;
        return { _type: 'Name', id: this.nameAt(s), ctx: 'Load', ...this.tokPos(s) };
      case Tok.NUMBER:
        this.pos++;
        return this.numberConstant(s);
      case Tok.STRING:
        return this.strings();
      case Tok.TRUE: this.pos++; return { _type: 'Constant', value: true, kind: null, ...this.tokPos(s) };
      case Tok.FALSE: this.pos++; return { _type: 'Constant', value: false, kind: null, ...this.tokPos(s) };
      case Tok.NONE: this.pos++; return { _type: 'Constant', value: null, kind: null, ...this.tokPos(s) };
      case Tok.ELLIPSIS:
        this.pos++;
        return { _type: 'Constant', value: PyEllipsis.instance, kind: null, ...this.tokPos(s) };
      case Tok.LPAR: return this.parenthesized();
      case Tok.LSQB: return this.listDisplay();
      case Tok.LBRACE: return this.braceDisplay();
      default:
        throw FAIL;
    }
  }

  /** STRING+: concatenated literals, f-strings parsed. */
  private strings(): A.Expr {
    const first = this.pos;
    do this.pos++;
    while (this.peek() === Tok.STRING);
    return concatenateStrings(this.stringContext, first, this.pos - 1);
  }

  /** tuple | group | genexp */
  private parenthesized(): A.Expr {
    const s = this.pos++;
    const k = this.peek();
    if (k === Tok.RPAR) {
      this.pos++;
      return { _type: 'Tuple', elts: [], ctx: 'Load', ...this.span(s) };
    }
    if (k === Tok.YIELD) {
      const e = this.yieldExpr();
      this.expect(Tok.RPAR);
      return e;
    }
    if (this.errorPass) this.invalidGroup();
    const first = this.starNamedExpression();
    const k2 = this.peek();
    if (k2 === Tok.RPAR) {
      if (first._type === 'Starred') throw FAIL;
      this.pos++;
      return first;
    }
    if (k2 === Tok.COMMA) {
      const elts = [first];
      while (this.accept(Tok.COMMA)) {
        if (this.peek() === Tok.RPAR) break;
        const item = this.listItem(() => this.starNamedExpression());
        if (item === null) break;
        elts.push(item);
      }
      this.expect(Tok.RPAR);
      return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(s) };
    }
    if ((k2 === Tok.FOR || k2 === Tok.ASYNC) && first._type !== 'Starred') {
      const generators = this.forIfClauses();
      this.expect(Tok.RPAR);
      return { _type: 'GeneratorExp', elt: first, generators, ...this.span(s) };
    }
    if (this.errorPass) this.invalidComprehension(s);
    throw FAIL;
  }

  private listDisplay(): A.Expr {
    const s = this.pos++;
    if (this.accept(Tok.RSQB)) return { _type: 'List', elts: [], ctx: 'Load', ...this.span(s) };
    const first = this.starNamedExpression();
    const k = this.peek();
    if ((k === Tok.FOR || k === Tok.ASYNC) && first._type !== 'Starred') {
      const generators = this.forIfClauses();
      this.expect(Tok.RSQB);
      return { _type: 'ListComp', elt: first, generators, ...this.span(s) };
    }
    const elts = [first];
    while (this.accept(Tok.COMMA)) {
      if (this.peek() === Tok.RSQB) break;
      const item = this.listItem(() => this.starNamedExpression());
      if (item === null) break;
      elts.push(item);
    }
    if (this.peek() !== Tok.RSQB && this.errorPass) this.invalidComprehension(s);
    this.expect(Tok.RSQB);
    return { _type: 'List', elts, ctx: 'Load', ...this.span(s) };
  }

  /** dict | set | dictcomp | setcomp */
  private braceDisplay(): A.Expr {
    const s = this.pos++;
    const k = this.peek();
    if (k === Tok.RBRACE) {
      this.pos++;
      return { _type: 'Dict', keys: [], values: [], ...this.span(s) };
    }
    if (k === Tok.DOUBLESTAR) return this.dictDisplay(s, null, null);
    if (k === Tok.STAR) return this.setDisplay(s, this.starNamedExpression());
    const walrus = this.peek() === Tok.NAME && this.peekAt(1) === Tok.COLONEQUAL;
    const first = walrus ? this.namedExpression() : this.expression();
    if (!walrus && this.peek() === Tok.COLON) {
      this.pos++;
      if (this.errorPass) this.invalidDictValue();
      const value = this.expression();
      const k2 = this.peek();
      if (k2 === Tok.FOR || k2 === Tok.ASYNC) {
        const generators = this.forIfClauses();
        this.expect(Tok.RBRACE);
        return { _type: 'DictComp', key: first, value, generators, ...this.span(s) };
      }
      return this.dictDisplay(s, first, value);
    }
    const k2 = this.peek();
    if (k2 === Tok.FOR || k2 === Tok.ASYNC) {
      const generators = this.forIfClauses();
      this.expect(Tok.RBRACE);
      return { _type: 'SetComp', elt: first, generators, ...this.span(s) };
    }
    if (this.peek() === Tok.COLONEQUAL) throw FAIL;
    return this.setDisplay(s, first);
  }

  private setDisplay(s: number, first: A.Expr): A.SetExpr {
    const elts = [first];
    while (this.accept(Tok.COMMA)) {
      if (this.peek() === Tok.RBRACE) break;
      const item = this.listItem(() => this.starNamedExpression());
      if (item === null) break;
      elts.push(item);
    }
    if (this.peek() !== Tok.RBRACE && this.errorPass) this.invalidComprehension(s);
    this.expect(Tok.RBRACE);
    return { _type: 'Set', elts, ...this.span(s) };
  }

  /** The rest of a dict display; the first pair (if any) is already parsed. */
  private dictDisplay(s: number, firstKey: A.Expr | null, firstValue: A.Expr | null): A.Dict {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    if (firstValue !== null) {
      keys.push(firstKey);
      values.push(firstValue);
      if (!this.accept(Tok.COMMA)) {
        this.expect(Tok.RBRACE);
        return { _type: 'Dict', keys, values, ...this.span(s) };
      }
    }
    while (this.peek() !== Tok.RBRACE) {
      if (this.peek() === Tok.DOUBLESTAR) {
        const star = this.pos++;
        keys.push(null);
        values.push(this.bitwiseOr());
        const k = this.peek();
        if ((k === Tok.FOR || k === Tok.ASYNC) && keys.length === 1) {
          if (this.errorPass) {
            this.attempt(() => this.forIfClauses());
            if (this.peek() === Tok.RBRACE) {
              this.raiseRange(this.tokPos(star), this.tokPos(star), 'dict unpacking cannot be used in dict comprehension');
            }
          }
          throw FAIL;
        }
      } else {
        // CPython's second pass does not apply invalid_expression to the keys after the first
        // pair (as observed: it reports them through invalid_kvpair instead).
        const key = this.errorPass ? this.expressionWithoutInvalid() : this.expression();
        if (this.peek() !== Tok.COLON) {
          if (this.errorPass) this.invalidKvPair(key);
          throw FAIL;
        }
        this.pos++;
        if (this.errorPass) this.invalidDictValue();
        keys.push(key);
        values.push(this.expression());
      }
      if (!this.accept(Tok.COMMA)) break;
    }
    this.expect(Tok.RBRACE);
    return { _type: 'Dict', keys, values, ...this.span(s) };
  }

  /** for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
  private forIfClauses(): A.Comprehension[] {
    const generators: A.Comprehension[] = [];
    for (;;) {
      const k = this.peek();
      let isAsync = 0;
      if (k === Tok.ASYNC && this.peekAt(1) === Tok.FOR) {
        this.pos++;
        isAsync = 1;
      } else if (k !== Tok.FOR) {
        break;
      }
      this.pos++;
      const targetStart = this.pos;
      const target = this.attempt(() => this.starTargets());
      if (target === null || this.peek() !== Tok.IN) {
        if (this.errorPass) {
          this.pos = targetStart;
          const e = this.attempt(() => this.starExpressions());
          if (e !== null) this.invalidTargetError(e, TargetKind.For);
        }
        throw FAIL;
      }
      this.pos++;
      const iter = this.disjunction();
      const ifs: A.Expr[] = [];
      while (this.accept(Tok.IF)) ifs.push(this.disjunction());
      generators.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    if (generators.length === 0) throw FAIL;
    return generators;
  }

  private yieldExpr(): A.Expr {
    const s = this.expect(Tok.YIELD);
    if (this.accept(Tok.FROM)) {
      const value = this.expression();
      return { _type: 'YieldFrom', value, ...this.span(s) };
    }
    const value = this.startsTarget() ? this.starExpressions() : null;
    return { _type: 'Yield', value, ...this.span(s) };
  }

  private lambdef(): A.Lambda {
    this.enter();
    const s = this.pos++;
    const args = this.peek() === Tok.COLON ? emptyArguments() : this.parameters(true);
    this.expect(Tok.COLON);
    const body = this.expression();
    this.level--;
    return { _type: 'Lambda', args, body, ...this.span(s) };
  }

  // ---- targets ----

  /** star_targets: star_target (',' star_target)* [','] — for `for` loops and comprehensions. */
  private starTargets(): A.Expr {
    const s = this.pos;
    const first = this.starTarget();
    if (this.peek() !== Tok.COMMA) return first;
    const elts = [first];
    while (this.accept(Tok.COMMA)) {
      if (!this.startsTarget()) break;
      const item = this.listItem(() => this.starTarget());
      if (item === null) break;
      elts.push(item);
    }
    return { _type: 'Tuple', elts, ctx: 'Store', ...this.span(s) };
  }

  /** star_target: '*' star_target | a primary that is a name, attribute, subscript or display. */
  private starTarget(): A.Expr {
    if (this.peek() === Tok.STAR) {
      const s = this.pos++;
      if (this.peek() === Tok.STAR) throw FAIL;
      const value = this.starTarget();
      if (value._type === 'Starred') throw FAIL;
      return { _type: 'Starred', value, ctx: 'Store', ...this.span(s) };
    }
    const e = this.primary();
    if (!this.isStarTargets(e) || !setContext(e, 'Store', true)) throw FAIL;
    if (e._type === 'Tuple' && e.elts.length === 1 && this.kinds[this.pos - 1] !== Tok.RPAR) throw FAIL;
    return e;
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET */
  private invalidTargetError(e: A.Expr, kind: TargetKind): void {
    const bad = invalidTarget(e, kind);
    if (bad === null) return;
    const verb = kind === TargetKind.Del ? 'delete' : 'assign to';
    this.raiseRange(bad, bad, `cannot ${verb} ${exprName(bad)}`);
  }

  // ==== second-pass rules (invalid_*) ====

  /**
   * invalid_expression:
   *   !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid  → forgot a comma
   *   disjunction 'if' disjunction !('else' | ':')                           → expected 'else'
   */
  private invalidExpression(): void {
    const start = this.pos;
    const k = this.peek();
    // CPython compares only the token's length of each soft keyword: `m` or `ca` count too.
    const softKeyword = k === Tok.NAME && ['_', 'case', 'match'].some((w) => w.startsWith(this.nameAt(start)));
    if (!(k === Tok.NAME && this.peekAt(1) === Tok.STRING) && !softKeyword) {
      const a = this.attempt(() => this.disjunction());
      if (a !== null) {
        // expression_without_invalid: parsed without invalid_* rules — except that, as observed
        // of CPython 3.11, a display opening with '{' or '[' there still reports its errors.
        const k2 = this.peek();
        const b = k2 === Tok.LBRACE || k2 === Tok.LSQB
          ? this.attempt(() => this.expressionWithoutInvalid())
          : this.attempt(() => this.withoutInvalid(() => this.expressionWithoutInvalid()));
        if (b !== null && !this.isLegacyName(a) && this.t.level[this.pos - 1] !== 0) {
          this.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
        }
      }
      this.pos = start;
    }
    const a = this.attempt(() => this.disjunction());
    if (a !== null && this.peek() === Tok.IF) {
      this.pos++;
      const b = this.attempt(() => this.disjunction());
      if (b !== null) {
        const k2 = this.peek();
        if (k2 !== Tok.ELSE && k2 !== Tok.COLON) this.raiseRange(a, b, "expected 'else' after 'if' expression");
      }
    }
    this.pos = start;
  }

  private isLegacyName(e: A.Expr): boolean {
    return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
  }

  /** invalid_legacy_expression: NAME !'(' star_expressions, for `print x` and `exec x`. */
  private invalidLegacyExpression(): void {
    const start = this.pos;
    if (this.peek() !== Tok.NAME || this.peekAt(1) === Tok.LPAR) return;
    const a: A.Name = { _type: 'Name', id: this.nameAt(start), ctx: 'Load', ...this.tokPos(start) };
    this.pos++;
    const b = this.attempt(() => this.starExpressions());
    this.pos = start;
    if (b !== null && this.isLegacyName(a)) {
      this.raiseRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
    }
  }

  /**
   * invalid_named_expression:
   *   expression ':=' expression                       → cannot use assignment expressions with …
   *   NAME '=' bitwise_or !('=' | ':=')                 → maybe you meant '==' or ':='
   *   !(list|tuple|genexp|True|None|False) bitwise_or '=' bitwise_or !('='|':=') → cannot assign to …
   */
  private invalidNamedExpression(): void {
    const start = this.pos;
    const a = this.attempt(() => this.expression());
    if (a !== null && this.peek() === Tok.COLONEQUAL) {
      this.pos++;
      if (this.attempt(() => this.expression()) !== null) {
        this.raiseRange(a, a, `cannot use assignment expressions with ${exprName(a)}`);
      }
    }
    this.pos = start;
    if (this.peek() === Tok.NAME && this.peekAt(1) === Tok.EQUAL) {
      const name = this.tokPos(start);
      this.pos += 2;
      const b = this.attempt(() => this.bitwiseOr());
      if (b !== null) {
        const k = this.peek();
        if (k !== Tok.EQUAL && k !== Tok.COLONEQUAL) {
          this.raiseRange(name, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
      this.pos = start;
    }
    if (!this.startsWithDisplayOrConstant()) {
      const a2 = this.attempt(() => this.bitwiseOr());
      if (a2 !== null && this.peek() === Tok.EQUAL) {
        this.pos++;
        const b = this.attempt(() => this.bitwiseOr());
        if (b !== null) {
          const k = this.peek();
          if (k !== Tok.EQUAL && k !== Tok.COLONEQUAL) {
            this.raiseRange(a2, a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
          }
        }
      }
      this.pos = start;
    }
  }

  /** The lookahead !(list | tuple | genexp | 'True' | 'None' | 'False'). */
  private startsWithDisplayOrConstant(): boolean {
    const k = this.peek();
    if (k === Tok.TRUE || k === Tok.NONE || k === Tok.FALSE) return true;
    if (k !== Tok.LSQB && k !== Tok.LPAR) return false;
    const start = this.pos;
    const e = this.attempt(() => this.withoutInvalid(() => this.atom()));
    this.pos = start;
    if (e === null) return false;
    if (k === Tok.LSQB) return e._type === 'List';
    return e._type === 'Tuple' || e._type === 'GeneratorExp';
  }

  /** The invalid_assignment rules. */
  private invalidAssignment(): void {
    const start = this.pos;
    const k = this.peek();
    // invalid_ann_assign_target ':' expression → only single target (not list/tuple) …
    if (k === Tok.LSQB || k === Tok.LPAR) {
      const target = this.attempt(() => this.invalidAnnAssignTarget());
      if (target !== null && this.peek() === Tok.COLON) {
        this.pos++;
        if (this.attempt(() => this.expression()) !== null) {
          this.raiseRange(target, target, `only single target (not ${exprName(target)}) can be annotated`);
        }
      }
      this.pos = start;
    }
    // star_named_expression ',' star_named_expressions* ':' expression → not tuple
    const a = this.attempt(() => this.starNamedExpression());
    if (a !== null && this.peek() === Tok.COMMA) {
      this.pos++;
      while (this.attempt(() => this.starNamedExpressionsList()) !== null) { /* star_named_expressions* */ }
      if (this.peek() === Tok.COLON) {
        this.pos++;
        if (this.attempt(() => this.expression()) !== null) this.raiseRange(a, a, 'only single target (not tuple) can be annotated');
      }
    }
    this.pos = start;
    // expression ':' expression → illegal target for annotation
    const b = this.attempt(() => this.expression());
    if (b !== null && this.peek() === Tok.COLON) {
      this.pos++;
      if (this.attempt(() => this.expression()) !== null) this.raiseRange(b, b, 'illegal target for annotation');
    }
    this.pos = start;
    // (star_targets '=')* star_expressions '=' → cannot assign to …
    // (star_targets '=')* yield_expr '=' → assignment to yield expression not possible
    for (;;) {
      const save = this.pos;
      const t = this.attempt(() => this.starTargetsForAssignment());
      if (t === null || this.peek() !== Tok.EQUAL) {
        this.pos = save;
        break;
      }
      this.pos++;
    }
    const afterTargets = this.pos;
    const c = this.attempt(() => this.starExpressions());
    if (c !== null && this.peek() === Tok.EQUAL) this.invalidTargetError(c, TargetKind.Star);
    this.pos = afterTargets;
    if (this.peek() === Tok.YIELD) {
      const y = this.attempt(() => this.yieldExpr());
      if (y !== null && this.peek() === Tok.EQUAL) this.raiseRange(y, y, 'assignment to yield expression not possible');
    }
    this.pos = start;
    // star_expressions augassign (yield_expr | star_expressions) → illegal expression for augmented assignment
    const d = this.attempt(() => this.starExpressions());
    if (d !== null && AUG_OPS[this.peek()] !== undefined) {
      this.pos++;
      const rhs = this.peek() === Tok.YIELD ? this.attempt(() => this.yieldExpr()) : this.attempt(() => this.starExpressions());
      if (rhs !== null && !isSingleTarget(d)) {
        this.raiseRange(d, d, `'${exprName(d)}' is an illegal expression for augmented assignment`);
      }
    }
    this.pos = start;
  }

  private starNamedExpressionsList(): A.Expr[] {
    const items = [this.starNamedExpression()];
    while (this.accept(Tok.COMMA)) {
      if (!this.startsTarget()) break;
      const item = this.listItem(() => this.starNamedExpression());
      if (item === null) break;
      items.push(item);
    }
    return items;
  }

  /** star_targets as the assignment statement reads them (a full target expression). */
  private starTargetsForAssignment(): A.Expr {
    const e = this.withoutInvalid(() => this.starExpressions());
    if (!this.isStarTargets(e)) throw FAIL;
    return e;
  }

  /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
  private invalidAnnAssignTarget(): A.Expr {
    const e = this.withoutInvalid(() => this.atom());
    if (e._type === 'List' || e._type === 'Tuple') return e;
    throw FAIL;
  }

  /** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
  private invalidGroup(): void {
    const start = this.pos;
    if (this.peek() === Tok.STAR) {
      const a = this.attempt(() => {
        const st = this.pos++;
        const value = this.expression();
        return { _type: 'Starred', value, ctx: 'Load', ...this.span(st) } as A.Starred;
      });
      if (a !== null && this.peek() === Tok.RPAR) this.raiseRange(a, a, 'cannot use starred expression here');
    } else if (this.peek() === Tok.DOUBLESTAR) {
      const a = this.pos++;
      if (this.attempt(() => this.expression()) !== null && this.peek() === Tok.RPAR) {
        this.raiseRange(this.tokPos(a), this.tokPos(a), 'cannot use double starred expression here');
      }
    }
    this.pos = start;
  }

  /** invalid_comprehension, for the display opened at token s. */
  private invalidComprehension(s: number): void {
    const open = this.kinds[s];
    const start = this.pos;
    this.pos = s + 1;
    // ('[' | '(' | '{') starred_expression for_if_clauses
    if (this.peek() === Tok.STAR) {
      const a = this.attempt(() => {
        const st = this.pos++;
        const value = this.expression();
        return { _type: 'Starred', value, ctx: 'Load', ...this.span(st) } as A.Starred;
      });
      if (a !== null && this.attempt(() => this.forIfClauses()) !== null) {
        this.raiseRange(a, a, 'iterable unpacking cannot be used in comprehension');
      }
    }
    if (open !== Tok.LPAR) {
      // ('[' | '{') star_named_expression ',' [star_named_expressions] for_if_clauses
      this.pos = s + 1;
      const a = this.attempt(() => this.starNamedExpression());
      if (a !== null && this.peek() === Tok.COMMA) {
        const comma = this.pos++;
        const rest = this.attempt(() => {
          const items = this.starNamedExpressionsList();
          this.accept(Tok.COMMA);
          return items;
        });
        const k = this.peek();
        if ((k === Tok.FOR || k === Tok.ASYNC) && this.attempt(() => this.forIfClauses()) !== null) {
          const end = rest !== null ? rest[rest.length - 1] : this.tokPos(comma);
          this.raiseRange(a, end, 'did you forget parentheses around the comprehension target?');
        }
      }
    }
    this.pos = start;
  }

  /** invalid_double_starred_kvpairs / invalid_kvpair: a value that is starred or missing. */
  private invalidDictValue(): void {
    const k = this.peek();
    if (k === Tok.STAR) {
      const star = this.pos;
      const save = this.pos;
      this.pos++;
      if (this.attempt(() => this.bitwiseOr()) !== null) {
        this.raiseFrom(this.tokPos(star), 'cannot use a starred expression in a dictionary value');
      }
      this.pos = save;
    }
    if (k === Tok.RBRACE || k === Tok.COMMA) {
      const colon = this.pos - 1;
      this.raiseRange(this.tokPos(colon), this.tokPos(colon), "expression expected after dictionary key and ':'");
    }
  }

  private invalidKvPair(key: A.Expr): void {
    // a=expression !(':') → "':' expected after dictionary key", located at the key's end.
    throw this.raise('SyntaxError', "':' expected after dictionary key", key.lineno, key.end_col_offset!, key.end_lineno!, 0);
  }

  /**
   * invalid_kwarg: ('True'|'False'|'None') '=' | NAME '=' expression for_if_clauses
   *   | !(NAME '=') expression '='
   */
  private invalidKwarg(): void {
    const k = this.peek();
    const s = this.pos;
    if ((k === Tok.TRUE || k === Tok.FALSE || k === Tok.NONE) && this.peekAt(1) === Tok.EQUAL) {
      const word = k === Tok.TRUE ? 'True' : k === Tok.FALSE ? 'False' : 'None';
      this.raiseRange(this.tokPos(s), this.tokPos(s + 1), `cannot assign to ${word}`);
    }
    if (k === Tok.NAME && this.peekAt(1) === Tok.EQUAL) {
      this.pos += 2;
      const e = this.attempt(() => this.expression());
      if (e !== null && (this.peek() === Tok.FOR || this.peek() === Tok.ASYNC)) {
        if (this.attempt(() => this.forIfClauses()) !== null) {
          this.raiseRange(this.tokPos(s), this.tokPos(s + 1), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
      this.pos = s;
      return;
    }
    const a = this.attempt(() => this.expression());
    if (a !== null && this.peek() === Tok.EQUAL) {
      this.raiseRange(a, this.tokPos(this.pos), 'expression cannot contain assignment, perhaps you meant "=="?');
    }
    this.pos = s;
  }

  /** The grammar's `args` rule, as the second pass needs it: positional items, then kwargs. */
  private argsRule(): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const first = this.attempt(() => this.positionalArgument());
    if (first === null) {
      this.kwargsRule(args, keywords);
      return { args, keywords };
    }
    args.push(first);
    for (;;) {
      const save = this.pos;
      if (!this.accept(Tok.COMMA)) break;
      const item = this.attempt(() => this.positionalArgument());
      if (item === null) {
        this.pos = save;
        break;
      }
      args.push(item);
    }
    const save = this.pos;
    if (this.accept(Tok.COMMA) && this.attempt(() => this.kwargsRule(args, keywords)) === null) this.pos = save;
    return { args, keywords };
  }

  /** starred_expression | (assignment_expression | expression !':=') !'=' */
  private positionalArgument(): A.Expr {
    const s = this.pos;
    if (this.accept(Tok.STAR)) {
      const value = this.expression();
      return { _type: 'Starred', value, ctx: 'Load', ...this.span(s) };
    }
    const e = this.namedExpressionNoInvalid();
    if (this.peek() === Tok.EQUAL) throw FAIL;
    return e;
  }

  /**
   * kwargs: ','.kwarg_or_starred+ [',' ','.kwarg_or_double_starred+] | ','.kwarg_or_double_starred+
   * Starred items go to `args`, the rest to `keywords`.
   */
  private kwargsRule(args: A.Expr[], keywords: A.Keyword[]): void {
    const item = (doubleStarred: boolean): boolean => {
      const s = this.pos;
      if (this.errorPass) this.invalidKwarg();
      const k = this.peek();
      if (k === Tok.NAME && this.peekAt(1) === Tok.EQUAL) {
        const got = this.attempt(() => {
          this.pos += 2;
          return this.expression();
        });
        if (got !== null) {
          keywords.push({ _type: 'keyword', arg: this.nameAt(s), value: got, ...this.span(s) });
          return true;
        }
        return false;
      }
      if (k === (doubleStarred ? Tok.DOUBLESTAR : Tok.STAR)) {
        const got = this.attempt(() => {
          this.pos++;
          return this.expression();
        });
        if (got === null) return false;
        if (doubleStarred) keywords.push({ _type: 'keyword', arg: null, value: got, ...this.span(s) });
        else args.push({ _type: 'Starred', value: got, ctx: 'Load', ...this.span(s) });
        return true;
      }
      return false;
    };
    const list = (doubleStarred: boolean): boolean => {
      if (!item(doubleStarred)) return false;
      for (;;) {
        const save = this.pos;
        if (!this.accept(Tok.COMMA) || !item(doubleStarred)) {
          this.pos = save;
          return true;
        }
      }
    };
    if (list(false)) {
      const save = this.pos;
      if (!(this.accept(Tok.COMMA) && list(true))) this.pos = save;
      return;
    }
    if (!list(true)) throw FAIL;
  }

  /** The end of a comprehension for error ranges (_PyPegen_get_last_comprehension_item). */
  private lastComprehensionItem(generators: A.Comprehension[]): A.Expr {
    const last = generators[generators.length - 1];
    return last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
  }

  /** invalid_arguments: its alternatives in the grammar's order, from the '(' at start - 1. */
  private invalidArguments(start: number): void {
    const save = this.pos;
    const from = (parse: () => void) => {
      this.pos = start;
      this.attempt(parse);
    };
    // (positional ',' kwargs | kwargs) ',' '*' → iterable argument unpacking follows keyword
    // argument unpacking
    const unpacking = () => {
      this.expect(Tok.COMMA);
      const star = this.expect(Tok.STAR);
      this.raiseRange(this.tokPos(star), this.tokPos(star), 'iterable argument unpacking follows keyword argument unpacking');
    };
    from(() => {
      this.positionalArgument();
      for (;;) {
        const before = this.pos;
        if (!this.accept(Tok.COMMA) || this.attempt(() => this.positionalArgument()) === null) {
          this.pos = before;
          break;
        }
      }
      this.expect(Tok.COMMA);
      this.kwargsRule([], []);
      unpacking();
    });
    from(() => {
      this.kwargsRule([], []);
      unpacking();
    });
    // expression for_if_clauses ',' [args | expression for_if_clauses]
    from(() => {
      const a = this.expression();
      const b = this.forIfClauses();
      this.expect(Tok.COMMA);
      if (this.attempt(() => this.argsRule()) === null) {
        this.attempt(() => {
          this.expression();
          this.forIfClauses();
        });
      }
      this.raiseRange(a, this.lastComprehensionItem(b), 'Generator expression must be parenthesized');
    });
    // NAME '=' expression for_if_clauses
    from(() => {
      const name = this.expect(Tok.NAME);
      const eq = this.expect(Tok.EQUAL);
      this.expression();
      this.forIfClauses();
      this.raiseRange(this.tokPos(name), this.tokPos(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    });
    // args for_if_clauses → a generator after other arguments (_PyPegen_nonparen_genexp_in_call)
    from(() => {
      const a = this.argsRule();
      const b = this.forIfClauses();
      if (a.args.length > 1) {
        this.raiseRange(a.args[a.args.length - 1], this.lastComprehensionItem(b), 'Generator expression must be parenthesized');
      }
    });
    // args ',' expression for_if_clauses
    from(() => {
      this.argsRule();
      this.expect(Tok.COMMA);
      const a = this.expression();
      const b = this.forIfClauses();
      this.raiseRange(a, this.lastComprehensionItem(b), 'Generator expression must be parenthesized');
    });
    // args ',' args → _PyPegen_arguments_parsing_error
    from(() => {
      const a = this.argsRule();
      this.expect(Tok.COMMA);
      this.argsRule();
      const unpacking = a.keywords.some((k) => k.arg === null);
      this.raiseAtLastToken('SyntaxError', unpacking
        ? 'positional argument follows keyword argument unpacking'
        : 'positional argument follows keyword argument');
    });
    this.pos = save;
  }
}
