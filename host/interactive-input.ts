// Deciding what the lines typed at the REPL so far amount to, as CPython's interactive reader
// does: nothing to run, an unfinished statement (prompt for more with '... '), a statement ready
// to run (its code image, compiled in 'single' mode), or a compile error to show.

import { parse, compileToImage, CompileError, formatCompileFailure } from '../compiler/index.js';

export type InteractiveInput =
  | { kind: 'empty' }
  | { kind: 'more' }
  | { kind: 'ready'; image: Uint8Array; source: string }
  | { kind: 'error'; text: string };

/** Statements with a block: CPython waits for a blank line after them, since more clauses may follow. */
const COMPOUND = new Set(['If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'Try', 'TryStar',
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Match']);

/** Errors that only say the source stopped too early (the interactive tokenizer would read on). */
const UNFINISHED = [/^unexpected EOF while parsing$/, /was never closed$/, /^unterminated triple-quoted string literal/,
  /^expected 'except' or 'finally' block$/];

const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);

/**
 * What `lines` (without their newlines) are; atEof: no more lines will come, so run what there is.
 * topLevelAwait: the asyncio REPL's inputs, which may await (compiled as from '<console>', as its).
 */
export function interactiveInput(lines: string[], atEof: boolean, topLevelAwait = false): InteractiveInput {
  if (lines.every(isBlank)) return { kind: 'empty' };
  const source = lines.join('\n') + '\n';
  try {
    const tree = parse(source, topLevelAwait ? '<console>' : '<stdin>', 'single');
    const last = lines[lines.length - 1];
    // Inside a block only an empty line ends it: whitespace or a comment alone does not.
    if (!atEof && COMPOUND.has(tree.body[0]._type) && last !== '') return { kind: 'more' };
    return { kind: 'ready', image: compileToImage(source, topLevelAwait ? '<console>' : '<stdin>', 'single', { topLevelAwait }), source };
  } catch (err) {
    if (err instanceof CompileError && !atEof && isUnfinished(err, lines)) return { kind: 'more' };
    const text = formatCompileFailure(err);
    if (text === null) throw err;
    return { kind: 'error', text };
  }
}

function isUnfinished(err: CompileError, lines: string[]): boolean {
  if (UNFINISHED.some((pattern) => pattern.test(err.msg))) return true;
  const code = (line: string) => line.replace(/#.*$/, '').trim();
  const last = code(lines[lines.length - 1]);
  // `match` is a keyword only once its cases follow: until the empty line, its header is no error yet.
  if (/^match\b.*:$/.test(code(lines[0])) && lines[lines.length - 1] !== '') return true;
  // A block or a decorated definition has just been opened on the last line.
  if (err.msg.startsWith('expected an indented block')) return last.endsWith(':');
  return last.startsWith('@');
}
