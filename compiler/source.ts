// Source bytes → text, as CPython's tokenizer decodes them: a UTF-8 BOM, or a PEP 263 encoding
// declaration on one of the first two lines, else UTF-8. Newlines are normalised (\r\n and \r
// become \n) and the text always ends with a newline, as the tokenizer sees it.

import { CompileError } from './errors.js';

export interface SourceText {
  /** The decoded source with normalised newlines, ending with '\n'. */
  text: string;
  /** Whether the last line ended with a newline before normalisation added one. */
  endsWithNewline: boolean;
  /**
   * Whether SyntaxError offsets are converted to characters. CPython converts only when its
   * tokenizer knows an encoding: text input, a BOM or a declaration; plain UTF-8 bytes keep
   * byte offsets.
   */
  charOffsets: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeSource(source: Uint8Array | string, filename: string): SourceText {
  if (typeof source === 'string') return finish(source, true);
  let bytes = source;
  let hasBom = false;
  if (bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]) {
    bytes = bytes.subarray(3);
    hasBom = true;
  }
  const declared = findEncodingDeclaration(bytes);
  if (hasBom && declared !== null && declared !== 'utf-8') {
    throw encodingError(`encoding problem: ${declared} with BOM`, filename);
  }
  if (declared === null || declared === 'utf-8') {
    return finish(decodeUtf8(bytes, filename), hasBom || declared !== null);
  }
  return finish(decodeWith(declared, bytes, filename), true);
}

function finish(text: string, charOffsets: boolean): SourceText {
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const endsWithNewline = text.length > 0 && text.charCodeAt(text.length - 1) === 0x0a;
  if (!endsWithNewline) text += '\n';
  return { text, endsWithNewline, charOffsets };
}

/**
 * The PEP 263 declaration (`coding[:=]\s*NAME` in a comment-only line), normalised as CPython's
 * get_normal_name does. The second line counts only when the first holds nothing but a comment.
 */
function findEncodingDeclaration(bytes: Uint8Array): string | null {
  let start = 0;
  for (let lineNo = 0; lineNo < 2 && start < bytes.length; lineNo++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = latin1(bytes.subarray(start, end));
    const spec = codingSpec(line);
    if (spec !== null) return spec;
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) return null;
    start = end + 1;
  }
  return null;
}

function codingSpec(line: string): string | null {
  const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
  if (m === null) return null;
  return normalEncodingName(m[1]);
}

function normalEncodingName(name: string): string {
  const lower = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  if (
    lower === 'latin-1' || lower === 'iso-8859-1' || lower === 'iso-latin-1' ||
    lower.startsWith('latin-1-') || lower.startsWith('iso-8859-1-') || lower.startsWith('iso-latin-1-')
  ) {
    return 'iso-8859-1';
  }
  return name;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192)));
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array, filename: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const { line, byte } = firstInvalidUtf8(bytes);
    const hex = byte.toString(16).padStart(2, '0');
    throw encodingError(
      `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, ` +
        'but no encoding declared; see https://peps.python.org/pep-0263/ for details',
      filename,
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      for (let i = start; i < end; i++) {
        if (bytes[i] >= 0x80) {
          try {
            utf8.decode(bytes.subarray(i, Math.min(end, i + 4)));
          } catch {
            return { line, byte: bytes[i] };
          }
        }
      }
      return { line, byte: bytes[start] };
    }
    line++;
    start = end + 1;
  }
  return { line, byte: 0 };
}

/** Python codec names that WHATWG TextDecoder spells differently or decodes differently. */
function decodeWith(encoding: string, bytes: Uint8Array, filename: string): string {
  const name = encoding.toLowerCase().replace(/_/g, '-');
  if (name === 'iso-8859-1') return latin1(bytes);
  if (name === 'ascii' || name === 'us-ascii' || name === '646') {
    const bad = bytes.findIndex((b) => b >= 0x80);
    if (bad >= 0) throw encodingError(`(unicode error) 'ascii' codec can't decode byte 0x${bytes[bad].toString(16)} in position ${bad}: ordinal not in range(128)`, filename);
    return latin1(bytes);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(name, { fatal: true });
  } catch {
    throw encodingError(`encoding problem: ${encoding}`, filename);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw encodingError(`(unicode error) '${encoding}' codec can't decode bytes`, filename);
  }
}

/** Decoding errors have no location: `python3 FILE` prints only the message. */
function encodingError(msg: string, filename: string): CompileError {
  return new CompileError('SyntaxError', msg, filename, 0, -1, 0, 0, null);
}
