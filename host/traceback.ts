// Printing an uncaught exception as CPython 3.11 prints it (Python/traceback.c and
// pythonrun.c): the chain of causes and contexts, each traceback's frames with their source
// lines and the carets under the failing expression (`~~~^^^` anchors for binary operators and
// subscripts, found by parsing the expression), repeated frames collapsed.

import type { ExceptionInfo, FrameInfo } from './vm.js';
import { parse } from '../compiler/parser.js';
import { CompileError, formatCompileError, type SyntaxErrorType } from '../compiler/errors.js';
import type { Expr } from '../compiler/ast.js';

const RECURSIVE_CUTOFF = 3;

/** Reads source lines of files (cached): the host can show lines of files it can read. */
export class SourceLines {
  private readonly cache = new Map<string, string[] | null>();

  constructor(
    /** Sources known by file name (programs not read from files). */
    private readonly sources: ReadonlyMap<string, string> = new Map(),
    /** Reads another file's text (null when it can't). */
    private readonly readOrNull: (file: string) => string | null = () => null,
  ) {}

  line(file: string, lineno: number): string | null {
    let lines = this.cache.get(file);
    if (lines === undefined) {
      const text = this.sources.get(file) ?? this.readOrNull(file);
      lines = text === null ? null : text.split(/\r\n|\r|\n/);
      this.cache.set(file, lines);
    }
    if (!lines || lineno < 1 || lineno > lines.length) return null;
    return lines[lineno - 1];
  }
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/**
 * Where output goes while exception groups nest (CPython's _ExceptionPrintContext): each level
 * indents by two and draws a margin.
 */
class GroupContext {
  depth = 0;
  needClose = false;
  out = '';

  indent(): string {
    return ' '.repeat(2 * this.depth);
  }

  /** Appends text, every line behind the margin when inside a group ('+' for a group's own header). */
  emit(text: string, marginChar = '|'): void {
    if (this.depth === 0) {
      this.out += text;
      return;
    }
    const prefix = this.indent() + marginChar + ' ';
    this.out += text.split(/(?<=\n)/).map((line) => prefix + line).join('');
  }
}

export function formatException(chain: ExceptionInfo[], sources: SourceLines): string {
  const ctx = new GroupContext();
  formatChain(chain, sources, ctx);
  return ctx.out;
}

function formatChain(chain: ExceptionInfo[], sources: SourceLines, ctx: GroupContext): void {
  // An exception's link says how it leads to the next one, so its text follows the exception.
  for (const exc of chain) {
    if (exc.group) formatGroup(exc, sources, ctx);
    else ctx.emit(formatOne(exc, sources, 'Traceback'));
    if (exc.link === 'cause') ctx.emit('\nThe above exception was the direct cause of the following exception:\n\n');
    else if (exc.link === 'context') ctx.emit('\nDuring handling of the above exception, another exception occurred:\n\n');
  }
}

/** An exception group and its members, boxed as CPython's traceback printer draws them. */
function formatGroup(exc: ExceptionInfo, sources: SourceLines, ctx: GroupContext): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  const group = exc.group!;
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (exc.frames.length > 0) {
    ctx.emit('Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    ctx.emit(formatFrames(exc.frames, sources));
  }
  ctx.emit(formatOne(exc, sources, null));
  const shown = Math.min(group.size, MAX_GROUP_WIDTH + 1);
  ctx.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : String(i + 1);
    ctx.out += ctx.indent() + (i === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`;
    ctx.depth++;
    if (!truncated) {
      formatChain(group.members[i] ?? [], sources, ctx);
    } else {
      const remaining = group.size - MAX_GROUP_WIDTH;
      ctx.emit(`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out += ctx.indent() + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}

/** The exception's traceback (under `header` unless null), its message line and its notes. */
function formatOne(exc: ExceptionInfo, sources: SourceLines, header: string | null): string {
  return formatTracebackAndMessage(exc, sources, header) + (exc.notes ?? []).map((note) => note + '\n').join('');
}

function formatTracebackAndMessage(exc: ExceptionInfo, sources: SourceLines, header: string | null): string {
  let out = '';
  if (header !== null && exc.frames.length > 0) out += `${header} (most recent call last):\n` + formatFrames(exc.frames, sources);
  const name = exc.module && exc.module !== 'builtins' && exc.module !== '__main__' ? `${exc.module}.${exc.type}` : exc.type;
  // A SyntaxError shows where it points, as the compiler's own errors do.
  if (exc.syntax) {
    const s = exc.syntax;
    return out + formatCompileError(new CompileError(name as SyntaxErrorType, s.msg, s.filename, s.lineno, s.offset, s.endLineno, s.endOffset, s.text));
  }
  if (exc.message === null) return out + `${name}: <exception str() failed>\n`;
  return out + (exc.message === '' ? `${name}\n` : `${name}: ${exc.message}\n`);
}

function formatFrames(frames: FrameInfo[], sources: SourceLines): string {
  let out = '';
  let last: FrameInfo | null = null;
  let repeated = 0;
  for (const frame of frames) {
    if (last && frame.file === last.file && frame.line === last.line && frame.name === last.name) {
      repeated++;
      if (repeated >= RECURSIVE_CUTOFF) continue;
    } else {
      out += repeatNote(repeated);
      repeated = 0;
    }
    last = frame;
    out += `  File "${frame.file}", line ${frame.line}, in ${frame.name}\n`;
    out += sourceWithCarets(frame, sources);
  }
  return out + repeatNote(repeated);
}

function repeatNote(repeated: number): string {
  if (repeated < RECURSIVE_CUTOFF) return '';
  const more = repeated - RECURSIVE_CUTOFF + 1;
  return `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
}

const encoder = new TextEncoder();

/** Character index of a UTF-8 byte offset within a line. */
function charOffset(line: string, byteOffset: number): number {
  const bytes = encoder.encode(line).subarray(0, byteOffset);
  return Array.from(new TextDecoder().decode(bytes)).length;
}

function sourceWithCarets(frame: FrameInfo, sources: SourceLines): string {
  const raw = frame.line > 0 ? sources.line(frame.file, frame.line) : null;
  if (raw === null) return '';
  const chars = Array.from(raw.replace(/\s+$/, ''));
  let truncation = 0;
  while (truncation < chars.length && (chars[truncation] === ' ' || chars[truncation] === '\t' || chars[truncation] === '\f')) truncation++;
  const stripped = chars.slice(truncation).join('');
  let out = `    ${stripped}\n`;
  if (frame.col < 0 || frame.endCol < 0 || frame.endLine < 0) return out;
  const start = charOffset(raw, frame.col);
  let end = frame.endLine === frame.line ? charOffset(raw, frame.endCol) : chars.length;
  let anchors: [number, number] | null = null;
  if (frame.endLine === frame.line) anchors = findAnchors(chars.slice(start, end).join(''), start);
  else end = chars.length;
  if (end - start === chars.length - truncation && !anchors) return out;
  let carets = '    ';
  for (let offset = truncation + 1; offset <= end; offset++) {
    if (offset <= start) carets += ' ';
    else if (anchors && anchors[0] < offset && offset <= anchors[1]) carets += '^';
    else carets += anchors ? '~' : '^';
  }
  return out + carets + '\n';
}

/**
 * For a failing binary operation or subscript, the span of its operator (or brackets), in
 * characters of the line: [after-start, end] as CPython's extract_anchors_from_line gives them.
 */
export function findAnchors(segment: string, start: number): [number, number] | null {
  let expr: Expr;
  try {
    const tree = parse(segment, '<anchors>');
    if (tree.body.length !== 1 || tree.body[0]._type !== 'Expr') return null;
    expr = tree.body[0].value;
  } catch {
    return null;
  }
  const bytes = encoder.encode(segment);
  const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0c || b === 0x0a || b === 0x0d || b === 0x0b;
  let left = -1;
  let right = -1;
  if (expr._type === 'BinOp') {
    const from = expr.left.end_col_offset!;
    const to = expr.right.col_offset;
    for (let i = from; i < to; i++) {
      if (isSpace(bytes[i])) continue;
      left = i;
      right = i + 1;
      if (i + 1 < to && !isSpace(bytes[i + 1])) right++;
      if (i + 1 < to && bytes[i] === 0x29) continue;
      break;
    }
    if (left < 0) return null;
  } else if (expr._type === 'Subscript') {
    left = expr.value.end_col_offset!;
    right = expr.slice.end_col_offset! + 1;
    while (left < bytes.length && bytes[left] !== 0x5b) left++;
    while (right < bytes.length && bytes[right] !== 0x5d) right++;
    if (right < bytes.length) right++;
  } else {
    return null;
  }
  const toChars = (b: number) => Array.from(new TextDecoder().decode(bytes.subarray(0, b))).length + start;
  return [toChars(left), toChars(right)];
}
