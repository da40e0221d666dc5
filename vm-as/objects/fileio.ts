// File objects: sys.stdin, sys.stdout, sys.stderr and what open() returns, as CPython's
// _io.TextIOWrapper (text) and _io.BufferedReader / _io.BufferedWriter (binary). Standard output
// and error go through the VM's buffered output (io.ts); standard input is read from the host a
// chunk at a time; a file opened for reading is read whole by the host when opened (text is
// decoded at the first read), and a file opened for writing is written through at each write.
//
// Layout (kind KIND_INSTANCE, every field a Value so that the collector traces them):
//   +8   name       str
//   +16  mode       str ('r', 'w', 'rb' …)
//   +24  flags      small int: FILE_* bits
//   +32  handle     small int: a standard stream's fd, or the host's handle of a file being written
//   +40  data       a readable file's contents: bytes, or str once decoded; None otherwise
//   +48  position   small int: where reading continues in data
//   +56  encoding   str (text files)
//   +64  errors     str (text files)

import { bytesLikeView } from './buffer';
import { setTwoBases } from './class';
import { Value, NULL, NONE, TRUE, FALSE, isPtr, intOf, ptrOf, ptrValue, smallInt } from '../value';
import { KIND_INSTANCE, KIND_STR, KIND_BYTES, KIND_EXCEPTION, kindOfPtr } from '../object';
import { alloc } from '../heap';
import { objectType, setSlot, SLOT_NEW, SLOT_REPR, SLOT_ITER, SLOT_NEXT, TYPE_MODULE, TYPE_BASICSIZE, TPFLAG_EXCEPTION,
  TPFLAG_BASETYPE, TPFLAG_HAS_DICT } from '../types';
import { newBuiltinType, setExtensionModule } from '../typesetup';
import { defineMethod, defineGetSet } from './builtin';
import { internJs } from '../intern';
import { addPermanentRoot, pushTempRoot, popTempRoots } from '../gc';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import * as E from './exception';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from './strbuilder';
import { strLength, charAt, strFromJs } from './str';
import { substring } from './str-ops';
import { newBytes, bytesLength, bytesData } from './bytes';
import { newList, listAppend } from './list';
import { lookupEncoding, lookupErrors, encodeStr, decodeBytes, ENC_UTF8, ERR_SURROGATEESCAPE } from './str-codecs';
import { checkNoArgs, checkArgCount, checkNoKwargs } from './args';
import { asSsize, conversionFailed } from './text-args';
import { writeStr, flushStdout } from '../io';
import { hostFileOpen, hostFileWrite, hostFileClose, hostReadStdin } from '../host';
import { encodeForHost, encodedLength, takeAnswer, answerRest, answerRestLength } from '../hostdata';
import { OPEN_READ } from '../generated/host-protocol';
import { raiseOSError } from './exception-fields';
import { addSlotWrappers } from './slot-wrappers';
import * as A from '../abstract';

const F_NAME: usize = 8;
const F_MODE: usize = 16;
const F_FLAGS: usize = 24;
const F_HANDLE: usize = 32;
const F_DATA: usize = 40;
const F_POSITION: usize = 48;
const F_ENCODING: usize = 56;
const F_ERRORS: usize = 64;
const FILE_SIZE: usize = 72;

export const FILE_READABLE: i32 = 1;
export const FILE_WRITABLE: i32 = 2;
export const FILE_BINARY: i32 = 4;
const FILE_CLOSED: i32 = 8;
/** A standard stream: reads from the host's stdin, writes to fd 1 or 2. */
const FILE_STD: i32 = 16;
/** Text read with universal newlines: '\r\n' and '\r' read as '\n'. */
export const FILE_TRANSLATE: i32 = 32;

export let textIOType: usize = 0;
export let bufferedReaderType: usize = 0;
export let bufferedWriterType: usize = 0;
/** io.UnsupportedOperation */
export let UnsupportedOperation: usize = 0;

// ---- fields ----

function flagsOf(f: usize): i32 {
  return <i32>intOf(load<u64>(f + F_FLAGS));
}

function setFlags(f: usize, flags: i32): void {
  store<u64>(f + F_FLAGS, smallInt(flags));
}

function handleOf(f: usize): i32 {
  return <i32>intOf(load<u64>(f + F_HANDLE));
}

function positionOf(f: usize): i32 {
  return <i32>intOf(load<u64>(f + F_POSITION));
}

function setPosition(f: usize, at: i32): void {
  store<u64>(f + F_POSITION, smallInt(at));
}

function newFile(type: usize, name: Value, mode: usize, flags: i32, handle: i32): usize {
  const f = alloc(FILE_SIZE, type, KIND_INSTANCE);
  store<u64>(f + F_NAME, name);
  store<u64>(f + F_MODE, ptrValue(mode));
  setFlags(f, flags);
  store<u64>(f + F_HANDLE, smallInt(handle));
  store<u64>(f + F_DATA, NONE);
  setPosition(f, 0);
  store<u64>(f + F_ENCODING, NONE);
  store<u64>(f + F_ERRORS, NONE);
  return f;
}

/** sys.stdin (fd 0), sys.stdout (1) or sys.stderr (2). */
export function newStdStream(fd: i32): Value {
  const name = fd == 0 ? '<stdin>' : fd == 1 ? '<stdout>' : '<stderr>';
  const f = newFile(textIOType, ptrValue(strFromJs(name)), strFromJs(fd == 0 ? 'r' : 'w'),
    FILE_STD | (fd == 0 ? FILE_READABLE : FILE_WRITABLE), fd);
  store<u64>(f + F_ENCODING, ptrValue(strFromJs('utf-8')));
  // CPython's choice under a C.UTF-8 locale (undecodable bytes of stdin read as surrogates).
  store<u64>(f + F_ERRORS, ptrValue(strFromJs(fd == 2 ? 'backslashreplace' : 'surrogateescape')));
  return ptrValue(f);
}

/**
 * Opens the file at `path` (a str; `name` is what the program gave, for messages and .name)
 * with FILE_* flags; encoding and errors are str objects for text files. 0 with OSError set.
 */
export function openFile(path: usize, name: Value, mode: usize, flags: i32, hostMode: i32, encoding: Value, errors: Value): Value {
  const at = encodeForHost(path);
  const r = hostFileOpen(at, encodedLength, hostMode);
  if (r < 0) return raiseOSError(-r, name);
  const binary = (flags & FILE_BINARY) != 0;
  const type = !binary ? textIOType : hostMode == OPEN_READ ? bufferedReaderType : bufferedWriterType;
  const f = newFile(type, name, mode, flags, hostMode == OPEN_READ ? -1 : r);
  if (hostMode == OPEN_READ) {
    takeAnswer();
    const data = newBytes(answerRest(), <i32>answerRestLength());
    if (data == 0) return raiseJs(E.MemoryError, 'file too large');
    store<u64>(f + F_DATA, ptrValue(data));
  }
  store<u64>(f + F_ENCODING, encoding);
  store<u64>(f + F_ERRORS, errors);
  return ptrValue(f);
}

// ---- checks ----

/**
 * The file behind self if it is open and allows `need` (FILE_READABLE / FILE_WRITABLE, or 0);
 * else 0 with CPython's error for the operation `op` ('read', 'readline', 'write', 'flush',
 * 'seek', or '' for the others), whose texts differ between text and binary files.
 */
function openFor(self: Value, need: i32, op: string): usize {
  const f = ptrOf(self);
  const flags = flagsOf(f);
  const binary = (flags & FILE_BINARY) != 0;
  const allowed = (flags & need) == need;
  if (binary && !allowed) {
    raiseJs(UnsupportedOperation, need == FILE_READABLE ? 'read' : 'write');
    return 0;
  }
  if (flags & FILE_CLOSED) {
    raiseJs(E.ValueError, !binary ? 'I/O operation on closed file.' : op == 'write' ? 'write to closed file' :
      op == 'read' ? 'read of closed file' : op == 'readline' ? 'readline of closed file' :
      op == 'flush' ? 'flush of closed file' : op == 'seek' ? 'seek of closed file' : 'I/O operation on closed file');
    return 0;
  }
  if (!allowed) {
    raiseJs(UnsupportedOperation, need == FILE_READABLE ? 'not readable' : 'not writable');
    return 0;
  }
  return f;
}

/** An optional size argument (None or absent: -1). */
function sizeArg(args: usize, nargs: i32): i64 {
  if (nargs == 0 || load<u64>(args) == NONE) return -1;
  return asSsize(load<u64>(args));
}

// ---- standard input ----

const STDIN_CHUNK: i32 = 1 << 16;
const stdinBuffer = memory.data(STDIN_CHUNK);
let stdinStart: i32 = 0;
let stdinEnd: i32 = 0;
let stdinAtEnd = false;

/** Reads more input behind what is buffered (moved to the front first); false at the end of input. */
function fillStdin(): bool {
  if (stdinAtEnd) return false;
  if (stdinStart > 0) {
    memory.copy(stdinBuffer, stdinBuffer + <usize>stdinStart, <usize>(stdinEnd - stdinStart));
    stdinEnd -= stdinStart;
    stdinStart = 0;
  }
  const n = hostReadStdin(stdinBuffer + <usize>stdinEnd, STDIN_CHUNK - stdinEnd);
  if (n <= 0) {
    stdinAtEnd = true;
    return false;
  }
  stdinEnd += n;
  return true;
}

function utf8SequenceLength(lead: u32): i32 {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

/**
 * Reads up to maxChars characters (all when negative) of standard input, stopping after a
 * newline when `line`; '' at the end of input.
 */
function readStdin(maxChars: i64, line: bool): usize {
  const sb = newBuilder();
  let remaining = maxChars;
  while (remaining != 0) {
    if (stdinStart == stdinEnd && !fillStdin()) break;
    // Take the whole characters buffered, up to the limit and the end of the line.
    let k = stdinStart;
    let chars: i64 = 0;
    let newline = false;
    while (k < stdinEnd && chars != remaining && !newline) {
      const b = <u32>load<u8>(stdinBuffer + <usize>k);
      const n = utf8SequenceLength(b);
      if (k + n > stdinEnd) break;
      newline = line && b == 0x0A;
      k += n;
      chars++;
    }
    if (k == stdinStart) {
      // An incomplete character at the end of the buffer: read on (or decode it to fail).
      if (stdinEnd - stdinStart < 4 && fillStdin()) continue;
      k = stdinEnd;
    }
    const piece = decodeBytes(stdinBuffer + <usize>stdinStart, k - stdinStart, ENC_UTF8, ERR_SURROGATEESCAPE);
    if (piece == 0) return 0;
    appendStr(sb, piece);
    stdinStart = k;
    remaining -= chars;
    if (newline) break;
  }
  return finishBuilder(sb);
}

/** A line of standard input (with its newline; '' at the end of input), for input(); NULL on error. */
export function readStdinLine(): Value {
  const s = readStdin(-1, true);
  return s == 0 ? NULL : ptrValue(s);
}

// ---- reading files ----

/** Universal newlines: '\r\n' and '\r' become '\n'. */
function translateNewlines(s: usize): usize {
  const n = strLength(s);
  let found = false;
  for (let i = 0; i < n && !found; i++) found = charAt(s, i) == 0x0D;
  if (!found) return s;
  const sb = newBuilder(n);
  for (let i = 0; i < n; i++) {
    const c = charAt(s, i);
    if (c != 0x0D) {
      appendCodePoint(sb, c);
      continue;
    }
    appendCodePoint(sb, 0x0A);
    if (i + 1 < n && charAt(s, i + 1) == 0x0A) i++;
  }
  return finishBuilder(sb);
}

/** A readable text file's contents as a str, decoding them at the first read; 0 on error. */
function textData(f: usize): usize {
  const data = ptrOf(load<u64>(f + F_DATA));
  if (kindOfPtr(data) == KIND_STR) return data;
  const enc = lookupEncoding(ptrOf(load<u64>(f + F_ENCODING)));
  if (enc == 0) return 0;
  let s = decodeBytes(bytesData(data), bytesLength(data), enc, lookupErrors(ptrOf(load<u64>(f + F_ERRORS))));
  if (s == 0) return 0;
  if (flagsOf(f) & FILE_TRANSLATE) s = translateNewlines(s);
  store<u64>(f + F_DATA, ptrValue(s));
  return s;
}

/** Reads up to `size` units (characters or bytes; all when negative), stopping after '\n' when `line`. */
function readFrom(f: usize, size: i64, line: bool): Value {
  if (flagsOf(f) & FILE_STD) {
    const s = readStdin(size, line);
    return s == 0 ? NULL : ptrValue(s);
  }
  const binary = (flagsOf(f) & FILE_BINARY) != 0;
  const data = binary ? ptrOf(load<u64>(f + F_DATA)) : textData(f);
  if (data == 0) return NULL;
  const length = binary ? bytesLength(data) : strLength(data);
  const start = positionOf(f);
  let end = size < 0 || size > <i64>(length - start) ? length : start + <i32>size;
  if (line) {
    for (let i = start; i < end; i++) {
      const c = binary ? <u32>load<u8>(bytesData(data) + <usize>i) : charAt(data, i);
      if (c == 0x0A) {
        end = i + 1;
        break;
      }
    }
  }
  setPosition(f, end);
  if (binary) return ptrValue(newBytes(bytesData(data) + <usize>start, end - start));
  return ptrValue(start == 0 && end == length ? data : substring(data, start, end));
}

function isEmptyRead(v: Value): bool {
  const p = ptrOf(v);
  return kindOfPtr(p) == KIND_STR ? strLength(p) == 0 : bytesLength(p) == 0;
}

function readMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('read', kwnames) || !checkArgCount('read', nargs, 0, 1)) return NULL;
  const size = sizeArg(args, nargs);
  if (conversionFailed) return NULL;
  const f = openFor(self, FILE_READABLE, 'read');
  return f == 0 ? NULL : readFrom(f, size, false);
}

function readlineMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('readline', kwnames) || !checkArgCount('readline', nargs, 0, 1)) return NULL;
  const size = sizeArg(args, nargs);
  if (conversionFailed) return NULL;
  const f = openFor(self, FILE_READABLE, 'readline');
  return f == 0 ? NULL : readFrom(f, size, true);
}

/** readlines(hint=-1): lines until their total size reaches hint. */
function readlinesMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('readlines', kwnames) || !checkArgCount('readlines', nargs, 0, 1)) return NULL;
  const hint = sizeArg(args, nargs);
  if (conversionFailed) return NULL;
  const f = openFor(self, FILE_READABLE, 'readline');
  if (f == 0) return NULL;
  const lines = newList(0);
  let total: i64 = 0;
  while (hint <= 0 || total < hint) {
    const line = readFrom(f, -1, true);
    if (line == NULL) return NULL;
    if (isEmptyRead(line)) break;
    listAppend(lines, line);
    total += A.lengthOf(line);
  }
  return ptrValue(lines);
}

function fileIterSlot(v: Value): Value {
  return openFor(v, 0, '') == 0 ? NULL : v;
}

/** next(file): the next line; exhausted (NULL, no error) at the end. */
function fileNextSlot(v: Value): Value {
  const f = openFor(v, FILE_READABLE, 'readline');
  if (f == 0) return NULL;
  const line = readFrom(f, -1, true);
  if (line == NULL || isEmptyRead(line)) return NULL;
  return line;
}

// ---- writing ----

/** Writes text or bytes; returns how many characters (or bytes) were written. */
function writeMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('write', kwnames) || !checkArgCount('write', nargs, 1, 1)) return NULL;
  const f = openFor(self, FILE_WRITABLE, 'write');
  return f == 0 ? NULL : writeValue(f, load<u64>(args));
}

function writeValue(f: usize, v: Value): Value {
  return (flagsOf(f) & FILE_BINARY) ? writeBytes(f, v) : writeText(f, v);
}

function writeText(f: usize, v: Value): Value {
  if (!(isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_STR)) {
    const sb = newBuilder();
    appendJs(sb, 'write() argument must be str, not ');
    appendStr(sb, A.typeNameOf(v));
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  const s = ptrOf(v);
  if (flagsOf(f) & FILE_STD) {
    writeStr(handleOf(f), s);
    return smallInt(strLength(s));
  }
  const enc = lookupEncoding(ptrOf(load<u64>(f + F_ENCODING)));
  if (enc == 0) return NULL;
  const b = encodeStr(s, enc, lookupErrors(ptrOf(load<u64>(f + F_ERRORS))));
  if (b == 0 || !writeToHost(f, b)) return NULL;
  return smallInt(strLength(s));
}

function writeBytes(f: usize, v: Value): Value {
  const b = bytesLikeView(v);
  if (b == 0) {
    const sb = newBuilder();
    appendJs(sb, "a bytes-like object is required, not '");
    appendStr(sb, A.typeNameOf(v));
    appendJs(sb, "'");
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  if (!writeToHost(f, b)) return NULL;
  return smallInt(bytesLength(b));
}

function writeToHost(f: usize, b: usize): bool {
  const r = hostFileWrite(handleOf(f), bytesData(b), bytesLength(b));
  if (r < 0) {
    raiseOSError(-r, NONE);
    return false;
  }
  return true;
}

/** writelines(lines): writes each (no newlines added). */
function writelinesMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('writelines', kwnames) || !checkArgCount('writelines', nargs, 1, 1)) return NULL;
  if (openFor(self, FILE_WRITABLE, 'write') == 0) return NULL;
  const it = A.getIter(load<u64>(args));
  if (it == NULL) return NULL;
  // The iterator may run Python code (a generator): keep it alive across collections.
  pushTempRoot(it);
  let result = NONE;
  while (true) {
    const line = A.iterNext(it);
    if (line == NULL) {
      if (errOccurred()) result = NULL;
      break;
    }
    const f = openFor(self, FILE_WRITABLE, 'write');
    if (f == 0 || writeValue(f, line) == NULL) {
      result = NULL;
      break;
    }
  }
  popTempRoots(1);
  return result;
}

// ---- the rest of the protocol ----

/** close(): idempotent; a file being written is closed by the host. */
function closeMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('close', nargs, kwnames)) return NULL;
  const f = ptrOf(self);
  const flags = flagsOf(f);
  if (flags & FILE_CLOSED) return NONE;
  setFlags(f, flags | FILE_CLOSED);
  store<u64>(f + F_DATA, NONE);
  if ((flags & (FILE_STD | FILE_WRITABLE)) == FILE_WRITABLE) {
    const r = hostFileClose(handleOf(f));
    if (r < 0) return raiseOSError(-r, NONE);
  }
  return NONE;
}

function flushMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('flush', nargs, kwnames)) return NULL;
  const f = openFor(self, 0, 'flush');
  if (f == 0) return NULL;
  if ((flagsOf(f) & FILE_STD) && handleOf(f) == 1) flushStdout();
  return NONE;
}

function enterMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('__enter__', nargs, kwnames)) return NULL;
  return openFor(self, 0, '') == 0 ? NULL : self;
}

function exitMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return closeMethod(self, args, 0, NULL);
}

function readableMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('readable', nargs, kwnames) || openFor(self, 0, '') == 0) return NULL;
  return (flagsOf(ptrOf(self)) & FILE_READABLE) ? TRUE : FALSE;
}

function writableMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('writable', nargs, kwnames) || openFor(self, 0, '') == 0) return NULL;
  return (flagsOf(ptrOf(self)) & FILE_WRITABLE) ? TRUE : FALSE;
}

/** Only files read whole can move: to a position tell() gave (characters of text, bytes of binary). */
function seekableMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('seekable', nargs, kwnames) || openFor(self, 0, '') == 0) return NULL;
  return isSeekable(ptrOf(self)) ? TRUE : FALSE;
}

function isSeekable(f: usize): bool {
  return (flagsOf(f) & (FILE_STD | FILE_READABLE)) == FILE_READABLE;
}

function seekableFile(self: Value, op: string): usize {
  const f = openFor(self, 0, op);
  if (f == 0) return 0;
  if (!isSeekable(f)) {
    raiseJs(UnsupportedOperation, 'underlying stream is not seekable');
    return 0;
  }
  return f;
}

function tellMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('tell', nargs, kwnames)) return NULL;
  const f = seekableFile(self, '');
  return f == 0 ? NULL : smallInt(positionOf(f));
}

/** seek(offset, whence=0): from the start (0), the current position (1) or the end (2). */
function seekMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('seek', kwnames) || !checkArgCount('seek', nargs, 1, 2)) return NULL;
  const f = seekableFile(self, 'seek');
  if (f == 0) return NULL;
  const offset = asSsize(load<u64>(args));
  if (conversionFailed) return NULL;
  const whence = nargs > 1 ? asSsize(load<u64>(args, 8)) : 0;
  if (conversionFailed) return NULL;
  const binary = (flagsOf(f) & FILE_BINARY) != 0;
  const data = binary ? ptrOf(load<u64>(f + F_DATA)) : textData(f);
  if (data == 0) return NULL;
  const length = <i64>(binary ? bytesLength(data) : strLength(data));
  const base: i64 = whence == 0 ? 0 : whence == 1 ? <i64>positionOf(f) : length;
  if (whence < 0 || whence > 2) return raiseJs(E.ValueError, 'invalid whence value');
  const at = base + offset;
  if (at < 0) return raiseJs(E.ValueError, 'negative seek position');
  setPosition(f, <i32>min(at, length));
  return smallInt(at);
}

function isattyMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('isatty', nargs, kwnames) || openFor(self, 0, '') == 0) return NULL;
  return FALSE;
}

/** fileno(): the descriptor of a standard stream or of a file being written. */
function filenoMethod(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('fileno', nargs, kwnames)) return NULL;
  const f = openFor(self, 0, '');
  if (f == 0) return NULL;
  if (handleOf(f) < 0) return raiseJs(UnsupportedOperation, 'fileno');
  return smallInt(handleOf(f));
}

function getName(v: Value): Value {
  return load<u64>(ptrOf(v) + F_NAME);
}

function getMode(v: Value): Value {
  return load<u64>(ptrOf(v) + F_MODE);
}

function getClosed(v: Value): Value {
  return (flagsOf(ptrOf(v)) & FILE_CLOSED) ? TRUE : FALSE;
}

function getEncoding(v: Value): Value {
  return load<u64>(ptrOf(v) + F_ENCODING);
}

function getErrors(v: Value): Value {
  return load<u64>(ptrOf(v) + F_ERRORS);
}

function getNewlines(v: Value): Value {
  return NONE;
}

/** <_io.TextIOWrapper name='f' mode='r' encoding='UTF-8'>, <_io.BufferedReader name='f'> */
function fileReprSlot(v: Value): Value {
  const f = ptrOf(v);
  const sb = newBuilder();
  appendJs(sb, '<');
  appendStr(sb, A.typeNameOf(v));
  appendJs(sb, ' name=');
  const name = A.reprOf(load<u64>(f + F_NAME));
  if (name == 0) return NULL;
  appendStr(sb, name);
  if (!(flagsOf(f) & FILE_BINARY)) {
    appendJs(sb, ' mode=');
    appendStr(sb, A.reprOf(load<u64>(f + F_MODE)));
    appendJs(sb, ' encoding=');
    appendStr(sb, A.reprOf(load<u64>(f + F_ENCODING)));
  }
  appendJs(sb, '>');
  return ptrValue(finishBuilder(sb));
}

function noNewSlot(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return raiseJs(E.TypeError, 'files are made by open()');
}

function fileType(name: string, text: bool): usize {
  const t = newBuiltinType(name, objectType, KIND_INSTANCE, 0);
  addPermanentRoot(ptrValue(t));
  setExtensionModule(t, internJs('_io'));
  store<u32>(t + TYPE_BASICSIZE, <u32>FILE_SIZE);
  setSlot(t, SLOT_NEW, changetype<usize>(noNewSlot));
  setSlot(t, SLOT_REPR, changetype<usize>(fileReprSlot));
  setSlot(t, SLOT_ITER, changetype<usize>(fileIterSlot));
  defineMethod(t, 'close', closeMethod);
  defineMethod(t, 'flush', flushMethod);
  defineMethod(t, '__enter__', enterMethod);
  defineMethod(t, '__exit__', exitMethod);
  defineMethod(t, 'readable', readableMethod);
  defineMethod(t, 'writable', writableMethod);
  defineMethod(t, 'seekable', seekableMethod);
  defineMethod(t, 'isatty', isattyMethod);
  defineMethod(t, 'fileno', filenoMethod);
  defineGetSet(t, 'name', getName, null);
  defineGetSet(t, 'closed', getClosed, null);
  defineGetSet(t, 'mode', getMode, null);
  if (text) {
    defineGetSet(t, 'encoding', getEncoding, null);
    defineGetSet(t, 'errors', getErrors, null);
    defineGetSet(t, 'newlines', getNewlines, null);
  }
  // Every file type has the reading and the writing methods: what the mode forbids raises.
  setSlot(t, SLOT_NEXT, changetype<usize>(fileNextSlot));
  defineMethod(t, 'read', readMethod);
  defineMethod(t, 'readline', readlineMethod);
  defineMethod(t, 'readlines', readlinesMethod);
  defineMethod(t, 'tell', tellMethod);
  defineMethod(t, 'seek', seekMethod);
  defineMethod(t, 'write', writeMethod);
  defineMethod(t, 'writelines', writelinesMethod);
  addSlotWrappers(t);
  return t;
}

export function setupFileTypes(): void {
  textIOType = fileType('TextIOWrapper', true);
  bufferedReaderType = fileType('BufferedReader', false);
  bufferedWriterType = fileType('BufferedWriter', false);
  UnsupportedOperation = newBuiltinType('UnsupportedOperation', E.OSError, KIND_EXCEPTION,
    TPFLAG_EXCEPTION | TPFLAG_BASETYPE | TPFLAG_HAS_DICT);
  addPermanentRoot(ptrValue(UnsupportedOperation));
  store<u32>(UnsupportedOperation + TYPE_MODULE, <u32>internJs('io'));
  setTwoBases(UnsupportedOperation, E.OSError, E.ValueError);
}

