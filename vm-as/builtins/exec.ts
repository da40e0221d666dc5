// Running code objects and compiling source at run time: exec(), eval() and compile() (the
// compiler is the host's: the VM sends the source through a host import and loads the code
// image it answers, or raises the SyntaxError it reports), and execCode, which also runs
// imported modules.

import { Value, NULL, NONE, isPtr, ptrOf, ptrValue, isSmallInt, intOf } from '../value';
import { kindOfPtr, KIND_STR, KIND_BYTES, KIND_CODE, KIND_DICT, KIND_MODULE } from '../object';
import * as C from '../objects/code';
import { raiseJs, raiseStr, raiseValue, raiseEmpty, errOccurred } from '../errors';
import * as E from '../objects/exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from '../objects/strbuilder';
import { strLength, charAt, strFromJs } from '../objects/str';
import { substring } from '../objects/str-ops';
import { bytesLength, bytesData } from '../objects/bytes';
import { dictGetStr, dictSetStr } from '../objects/dict';
import { moduleDict } from '../objects/module';
import { defineFunction } from '../objects/builtin';
import { kwCount, parseKeywords, checkArgCount, strIsJs } from '../objects/args';
import { newSyntaxError } from '../objects/exception-fields';
import { FRAME_GLOBALS, FRAME_BUILTINS, FRAME_FLAGS, FRAME_LOCALS, FRAME_ENTRY, currentFrame, pushFrameMemory,
  setCurrentFrame } from '../interp/frame';
import { initFrame, enterModuleFrame, callDepth, recursionLimit } from '../interp/call';
import { evalFrame } from '../interp/eval';
import { loadImage } from '../image';
import { hostCompileSource } from '../host';
import { encodeForHost, encodedLength, takeAnswer, answerInt, answerStr, answerRest, answerRestLength } from '../hostdata';
import { COMPILED_OK, COMPILE_MODE_EXEC, COMPILE_MODE_EVAL, COMPILE_MODE_SINGLE, COMPILE_FLAG_ALLOW_TOP_LEVEL_AWAIT,
  COMPILE_FLAG_CPYTHON_ALLOW_TOP_LEVEL_AWAIT } from '../generated/host-protocol';
import { N_builtins } from '../names';
import { internJs } from '../intern';
import { frameLocals } from './introspect';
import * as A from '../abstract';

// ---- running code ----

/** The builtins dict, for code run when no Python frame is running (the main module's). */
let builtinsDefault: usize = 0;

/** The builtins a frame with these globals uses: globals['__builtins__'] (a dict or a module). */
function builtinsFor(globals: usize, fallback: usize): usize {
  const b = dictGetStr(globals, N_builtins);
  if (b != NULL && isPtr(b)) {
    if (kindOfPtr(ptrOf(b)) == KIND_DICT) return ptrOf(b);
    if (kindOfPtr(ptrOf(b)) == KIND_MODULE) return moduleDict(ptrOf(b));
  }
  return fallback;
}

/**
 * Runs a code object (a module's, or exec'd code) in a frame of its own with these globals and
 * locals mapping, in a nested eval loop; its result, or NULL with the error set.
 */
export function execCode(code: usize, globals: usize, locals: usize): Value {
  if (callDepth >= recursionLimit) return raiseJs(E.RecursionError, 'maximum recursion depth exceeded');
  const f = pushFrameMemory(<usize>load<u32>(code + C.CODE_FRAMESIZE));
  if (f == 0) return raiseJs(E.RecursionError, 'maximum recursion depth exceeded');
  const caller = currentFrame;
  const fallback = caller != 0 ? <usize>load<u32>(caller + FRAME_BUILTINS) : builtinsDefault;
  initFrame(f, code, 0, globals, builtinsFor(globals, fallback), caller);
  store<u32>(f + FRAME_LOCALS, <u32>locals);
  store<u32>(f + FRAME_FLAGS, FRAME_ENTRY);
  enterModuleFrame();
  setCurrentFrame(f);
  return evalFrame(f);
}

// ---- compiling ----

/** The host's compile error (the pending answer) raised as SyntaxError (or the type it names). */
export function raiseCompileError(): Value {
  const type = answerStr();
  const msg = answerStr();
  const filename = answerStr();
  const lineno = answerInt();
  const offset = answerInt();
  const endLineno = answerInt();
  const endOffset = answerInt();
  const text = answerInt() != 0 ? ptrValue(answerStr()) : NONE;
  if (strIsJs(type, 'RecursionError')) return raiseStr(E.RecursionError, msg);
  // The parser's stack ran out (absurd nesting): CPython's bare MemoryError.
  if (strIsJs(type, 'MemoryError')) return raiseEmpty(E.MemoryError);
  const t = strIsJs(type, 'TabError') ? E.TabError : strIsJs(type, 'IndentationError') ? E.IndentationError : E.SyntaxError;
  return raiseValue(ptrValue(newSyntaxError(t, msg, filename, lineno, offset, text, endLineno, endOffset)));
}

/** Compiles source (a str or bytes object) in a COMPILE_MODE_* mode: a code object, or NULL with the error set. */
function compileSource(source: usize, filename: usize, mode: i32): Value {
  let at: usize;
  let length: i32;
  if (kindOfPtr(source) == KIND_STR) {
    at = encodeForHost(source);
    length = encodedLength;
  } else {
    at = bytesData(source);
    length = bytesLength(source);
  }
  for (let i = 0; i < length; i++) {
    if (load<u8>(at + <usize>i) == 0) return raiseJs(E.SyntaxError, 'source code string cannot contain null bytes');
  }
  const nameAt = encodeForHost(filename);
  const status = hostCompileSource(at, length, nameAt, encodedLength, mode);
  takeAnswer();
  if (status != COMPILED_OK) return raiseCompileError();
  return loadImage(answerRest(), answerRestLength());
}

/** The source argument of exec/eval/compile as a str or bytes object; 0 when it is neither. */
function sourceObject(v: Value): usize {
  if (!isPtr(v)) return 0;
  const k = kindOfPtr(ptrOf(v));
  return k == KIND_STR || k == KIND_BYTES ? ptrOf(v) : 0;
}

function isCode(v: Value): bool {
  return isPtr(v) && kindOfPtr(ptrOf(v)) == KIND_CODE;
}

// ---- exec and eval ----

const EXEC_NAMES: StaticArray<string> = ['source', 'globals', 'locals', 'closure'];
const execArgs = memory.data(32);

/** The namespaces `namespaces` chose for exec or eval. */
let runGlobals: usize = 0;
let runLocals: usize = 0;

/**
 * The globals and locals exec/eval run with: the caller's when globals is None (its locals
 * mapping, or a snapshot of a function's locals), else globals (which gets __builtins__) and
 * locals (globals when None). Returns false with the error set.
 */
function namespaces(isEval: bool, globals: Value, locals: Value): bool {
  if (globals != NONE && !(isPtr(globals) && kindOfPtr(ptrOf(globals)) == KIND_DICT)) {
    if (isEval) {
      raiseJs(E.TypeError, 'globals must be a dict');
    } else {
      const sb = newBuilder();
      appendJs(sb, 'exec() globals must be a dict, not ');
      appendStr(sb, A.typeNameOf(globals));
      raiseStr(E.TypeError, finishBuilder(sb));
    }
    return false;
  }
  if (locals != NONE && A.getAttrOrNull(locals, internJs('__getitem__')) == NULL) {
    if (errOccurred()) return false;
    if (isEval) {
      raiseJs(E.TypeError, 'locals must be a mapping');
    } else {
      const sb = newBuilder();
      appendJs(sb, 'locals must be a mapping or None, not ');
      appendStr(sb, A.typeNameOf(locals));
      raiseStr(E.TypeError, finishBuilder(sb));
    }
    return false;
  }
  if (globals == NONE) {
    const f = currentFrame;
    runGlobals = <usize>load<u32>(f + FRAME_GLOBALS);
    if (locals != NONE) {
      runLocals = ptrOf(locals);
    } else {
      const l = frameLocals(f);
      if (l == 0) return false;
      runLocals = l;
    }
  } else {
    runGlobals = ptrOf(globals);
    runLocals = locals == NONE ? runGlobals : ptrOf(locals);
  }
  if (dictGetStr(runGlobals, N_builtins) == NULL) {
    dictSetStr(runGlobals, N_builtins, ptrValue(<usize>load<u32>(currentFrame + FRAME_BUILTINS)));
  }
  return true;
}

/** exec(source, globals=None, locals=None, /, *, closure=None) */
function builtinExec(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (nargs > 3) return raiseAtMostPositional('exec', 3, nargs);
  if (!checkArgCount('exec', nargs, 1, 3)) return NULL;
  if (!readArgs('exec', args, nargs, kwnames)) return NULL;
  const source = load<u64>(execArgs);
  if (!namespaces(false, load<u64>(execArgs, 8), load<u64>(execArgs, 16))) return NULL;
  let code = source;
  if (!isCode(source)) {
    const s = sourceObject(source);
    if (s == 0) return raiseJs(E.TypeError, 'exec() arg 1 must be a string, bytes or code object');
    code = compileSource(s, strFromJs('<string>'), COMPILE_MODE_EXEC);
    if (code == NULL) return NULL;
  } else if (load<u32>(ptrOf(code) + C.CODE_NFREES) != 0) {
    return raiseJs(E.TypeError, 'code object passed to exec() may not contain free variables');
  }
  return execCode(ptrOf(code), runGlobals, runLocals) == NULL ? NULL : NONE;
}

/** eval(source, globals=None, locals=None): source is an expression (leading blanks ignored). */
function builtinEval(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (kwCount(kwnames) > 0) return raiseJs(E.TypeError, 'eval() takes no keyword arguments');
  if (!checkArgCount('eval', nargs, 1, 3)) return NULL;
  if (!readArgs('eval', args, nargs, kwnames)) return NULL;
  const source = load<u64>(execArgs);
  if (!namespaces(true, load<u64>(execArgs, 8), load<u64>(execArgs, 16))) return NULL;
  let code = source;
  if (!isCode(source)) {
    let s = sourceObject(source);
    if (s == 0) return raiseJs(E.TypeError, 'eval() arg 1 must be a string, bytes or code object');
    if (kindOfPtr(s) == KIND_STR) s = stripBlanks(s);
    code = compileSource(s, strFromJs('<string>'), COMPILE_MODE_EVAL);
    if (code == NULL) return NULL;
  } else if (load<u32>(ptrOf(code) + C.CODE_NFREES) != 0) {
    return raiseJs(E.TypeError, 'code object passed to eval() may not contain free variables');
  }
  return execCode(ptrOf(code), runGlobals, runLocals);
}

function readArgs(fname: string, args: usize, nargs: i32, kwnames: Value): bool {
  for (let i = 0; i < 4; i++) store<u64>(execArgs + (<usize>i << 3), i < nargs ? load<u64>(args + (<usize>i << 3)) : NONE);
  return parseKeywords(fname, args, nargs, kwnames, EXEC_NAMES, execArgs);
}

function raiseAtMostPositional(fname: string, most: i32, given: i32): Value {
  const sb = newBuilder();
  appendJs(sb, fname);
  appendJs(sb, '() takes at most ');
  appendI64(sb, most);
  appendJs(sb, ' positional arguments (');
  appendI64(sb, given);
  appendJs(sb, ' given)');
  return raiseStr(E.TypeError, finishBuilder(sb));
}

/** eval() ignores leading spaces and tabs. */
function stripBlanks(s: usize): usize {
  let i = 0;
  const n = strLength(s);
  while (i < n && (charAt(s, i) == 0x20 || charAt(s, i) == 0x09)) i++;
  return i == 0 ? s : substring(s, i, n);
}

// ---- compile ----

const COMPILE_NAMES: StaticArray<string> = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'];
const compileArgs = memory.data(48);

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object. */
function builtinCompile(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkArgCount('compile', nargs + kwCount(kwnames), 3, 6)) return NULL;
  for (let i = 0; i < 6; i++) store<u64>(compileArgs + (<usize>i << 3), i < nargs ? load<u64>(args + (<usize>i << 3)) : NULL);
  if (!parseKeywords('compile', args, nargs, kwnames, COMPILE_NAMES, compileArgs)) return NULL;
  const source = sourceObject(load<u64>(compileArgs));
  if (source == 0) return raiseJs(E.TypeError, 'compile() arg 1 must be a string, bytes or AST object');
  const filename = load<u64>(compileArgs, 8);
  if (!(isPtr(filename) && kindOfPtr(ptrOf(filename)) == KIND_STR)) {
    const sb = newBuilder();
    appendJs(sb, 'expected str, bytes or os.PathLike object, not ');
    appendStr(sb, A.typeNameOf(filename));
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  const mode = load<u64>(compileArgs, 16);
  if (!(isPtr(mode) && kindOfPtr(ptrOf(mode)) == KIND_STR)) {
    const sb = newBuilder();
    appendJs(sb, "compile() argument 'mode' must be str, not ");
    appendStr(sb, A.typeNameOf(mode));
    return raiseStr(E.TypeError, finishBuilder(sb));
  }
  const m = strIsJs(ptrOf(mode), 'exec') ? COMPILE_MODE_EXEC : strIsJs(ptrOf(mode), 'eval') ? COMPILE_MODE_EVAL :
    strIsJs(ptrOf(mode), 'single') ? COMPILE_MODE_SINGLE : -1;
  if (m < 0) return raiseJs(E.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  const flags = load<u64>(compileArgs, 24);
  let topLevelAwait = false;
  if (flags != NULL) {
    const bits = A.indexOf(flags);
    if (bits == NULL) return NULL;
    topLevelAwait = isSmallInt(bits) && (intOf(bits) & COMPILE_FLAG_CPYTHON_ALLOW_TOP_LEVEL_AWAIT) != 0;
  }
  return compileSource(source, ptrOf(filename), topLevelAwait ? m | COMPILE_FLAG_ALLOW_TOP_LEVEL_AWAIT : m);
}

export function setupExecBuiltins(builtins: usize, moduleName: usize): void {
  builtinsDefault = builtins;
  defineFunction(builtins, moduleName, 'exec', builtinExec);
  defineFunction(builtins, moduleName, 'eval', builtinEval);
  defineFunction(builtins, moduleName, 'compile', builtinCompile);
}
