// The _os module: what lib/os.py needs from the host (the working directory, directory
// listings, the environment), each through one hostOsCall; and the os functions
// CPython writes in C, which lib/os.py re-exports (stat, lstat, fstat, mkdir, rmdir, remove,
// unlink, rename, replace), so that their errors come from no Python frame, as CPython's.

import { Value, NULL, NONE, ptrValue, ptrOf, smallInt, isSmallInt } from '../value';
import { raiseJs, raiseStr } from '../errors';
import { TypeError, ValueError } from '../objects/exception';
import { hasKind, KIND_BYTES } from '../object';
import { isStrValue, keywordArgs } from '../objects/text-args';
import { strData, strLength, charAt } from '../objects/str';
import { decodeBytes, ENC_UTF8, ERR_SURROGATEESCAPE } from '../objects/str-codecs';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from '../objects/strbuilder';
import { newTuple, tupleSet } from '../objects/tuple';
import { dictGetStr } from '../objects/dict';
import { MODULE_DICT } from '../objects/module';
import { N_fspath } from '../names';
import { internJs } from '../intern';
import { pushTempRoot, popTempRoots, addPermanentRoot } from '../gc';
import * as I from '../objects/int';
import * as A from '../abstract';
import { raiseOSError } from '../objects/exception-fields';
import { checkNoArgs, checkOneArg } from '../objects/args';
import { KIND_STR, kindOf } from '../object';
import { newList, listAppend } from '../objects/list';
import { newDict, dictSet } from '../objects/dict';
import { encodeForHost, encodedLength, takeAnswer, answerStr } from '../hostdata';
import { hostOsCall } from '../host-os';
import { OS_OP_GETCWD, OS_OP_LISTDIR, OS_OP_ENVIRON, OS_OP_STAT, OS_OP_LSTAT, OS_OP_FSTAT, OS_OP_MKDIR,
  OS_OP_RMDIR, OS_OP_UNLINK, OS_OP_RENAME } from '../generated/host-protocol';
import { arg, newNativeModule, addFunction, keepModule } from './support';

let made: usize = 0;

/** Runs op on the str path argument; the result, or -1 with OSError (or TypeError) set. */
function callWithPath(name: string, op: i32, path: Value): i32 {
  if (path == NULL || kindOf(path) != KIND_STR) {
    raiseJs(TypeError, name + ': path should be a str');
    return -1;
  }
  const at = encodeForHost(ptrOf(path));
  const r = hostOsCall(op, at, encodedLength);
  if (r < 0) {
    raiseOSError(-r, path);
    return -1;
  }
  return r;
}

function osGetcwd(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('getcwd', nargs, kwnames)) return NULL;
  const r = hostOsCall(OS_OP_GETCWD, 0, 0);
  if (r < 0) return raiseOSError(-r, NULL);
  takeAnswer();
  return ptrValue(answerStr());
}

function osListdir(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('listdir', nargs, kwnames)) return NULL;
  const count = callWithPath('listdir', OS_OP_LISTDIR, arg(args, 0));
  if (count < 0) return NULL;
  takeAnswer();
  const names = newList(count);
  for (let i = 0; i < count; i++) listAppend(names, ptrValue(answerStr()));
  return ptrValue(names);
}

/** _os.environ(): a new dict of the environment variables the host grants. */
function osEnviron(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('environ', nargs, kwnames)) return NULL;
  const count = hostOsCall(OS_OP_ENVIRON, 0, 0);
  takeAnswer();
  const d = newDict();
  for (let i = 0; i < count; i += 2) {
    const name = ptrValue(answerStr());
    if (dictSet(d, name, ptrValue(answerStr())) < 0) return NULL;
  }
  return ptrValue(d);
}

// ---- path arguments (CPython's path_converter) ----

const PATH_STR: i32 = 0; //    "should be string, bytes or os.PathLike"
const PATH_OR_FD: i32 = 1; //  "… or integer" (stat accepts a file descriptor)

/** A path argument as a str (bytes decoded, os.PathLike asked), or NULL with TypeError/ValueError set. */
function pathArg(fn: string, param: string, v: Value, accepts: i32): Value {
  let p = v;
  if (!isStrValue(p) && !hasKind(p, KIND_BYTES) && A.lookupInMro(A.typeOf(p), N_fspath) != NULL) {
    p = A.callSpecial0(v, N_fspath);
    if (p == NULL) return NULL;
    if (!isStrValue(p) && !hasKind(p, KIND_BYTES)) {
      const sb = newBuilder();
      appendJs(sb, 'expected ');
      appendStr(sb, A.typeNameOf(v));
      appendJs(sb, '.__fspath__() to return str or bytes, not ');
      appendStr(sb, A.typeNameOf(p));
      return raiseStr(TypeError, finishBuilder(sb));
    }
  }
  if (hasKind(p, KIND_BYTES)) {
    const decoded = decodeBytes(strData(ptrOf(p)), strLength(ptrOf(p)), ENC_UTF8, ERR_SURROGATEESCAPE);
    if (decoded == 0) return NULL;
    p = ptrValue(decoded);
  }
  if (!isStrValue(p)) {
    const sb = newBuilder();
    appendJs(sb, fn);
    appendJs(sb, ': ');
    appendJs(sb, param);
    appendJs(sb, accepts == PATH_OR_FD ? ' should be string, bytes, os.PathLike or integer, not ' :
      ' should be string, bytes or os.PathLike, not ');
    appendStr(sb, A.typeNameOf(v));
    return raiseStr(TypeError, finishBuilder(sb));
  }
  for (let i = 0; i < strLength(ptrOf(p)); i++) {
    if (charAt(ptrOf(p), i) == 0) return raiseJs(ValueError, 'embedded null byte');
  }
  return p;
}

/** Runs op on the host with `text` (a str); the result, or -1 with the OSError for (f1, f2) set. */
function hostCall(op: i32, text: Value, f1: Value, f2: Value): i32 {
  pushTempRoot(text);
  const r = hostOsCall(op, encodeForHost(ptrOf(text)), encodedLength);
  popTempRoots(1);
  if (r < 0) {
    raiseOSError(-r, f1, f2);
    return -1;
  }
  return r;
}

/** a NUL b: how the host protocol passes two arguments. */
function joined(a: Value, b: Value): Value {
  const sb = newBuilder();
  appendStr(sb, ptrOf(a));
  appendCodePoint(sb, 0);
  appendStr(sb, ptrOf(b));
  return ptrValue(finishBuilder(sb));
}

// ---- stat ----

let nStatResultFromHost: usize = 0;

/**
 * The stat answer (13 decimal fields, host/protocol.ts) as an os.stat_result, made by the
 * function lib/os.py sets as _os.stat_result_from_host.
 */
function statResult(): Value {
  takeAnswer();
  const fields = newTuple(13);
  pushTempRoot(ptrValue(fields));
  for (let i = 0; i < 13; i++) {
    const n = I.intFromStr(answerStr(), 10);
    if (n == NULL) {
      popTempRoots(1);
      return NULL;
    }
    tupleSet(fields, i, n);
  }
  const make = dictGetStr(<usize>load<u32>(made + MODULE_DICT), nStatResultFromHost);
  const r = make == NULL ? raiseJs(TypeError, 'os is not initialised') : A.call1(make, ptrValue(fields));
  popTempRoots(1);
  return r;
}

const STAT_PARAMS: StaticArray<string> = ['path', 'dir_fd', 'follow_symlinks'];
const boundArgs = memory.data(3 * 8);

function statWith(fn: string, args: usize, nargs: i32, kwnames: Value, follow: bool): Value {
  if (!keywordArgs(fn, args, nargs, kwnames, STAT_PARAMS, boundArgs)) return NULL;
  const given = load<u64>(boundArgs);
  if (given == NULL) return raiseMissing(fn, 'path');
  const followArg = load<u64>(boundArgs + 16);
  const followLinks = follow && (followArg == NULL || A.isTrue(followArg) == 1);
  if (isSmallInt(given) && follow) return fstatOf(given);
  const path = pathArg(fn, 'path', given, follow ? PATH_OR_FD : PATH_STR);
  if (path == NULL) return NULL;
  if (hostCall(followLinks ? OS_OP_STAT : OS_OP_LSTAT, path, given, NONE) < 0) return NULL;
  return statResult();
}

function raiseMissing(fn: string, param: string): Value {
  const sb = newBuilder();
  appendJs(sb, fn);
  appendJs(sb, "() missing required argument '");
  appendJs(sb, param);
  appendJs(sb, "' (pos 1)");
  return raiseStr(TypeError, finishBuilder(sb));
}

function fstatOf(fd: Value): Value {
  const digits = A.strOf(fd);
  if (digits == 0) return NULL;
  if (hostCall(OS_OP_FSTAT, ptrValue(digits), NONE, NONE) < 0) return NULL;
  return statResult();
}

function osStat(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return statWith('stat', args, nargs, kwnames, true);
}

function osLstat(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return statWith('lstat', args, nargs, kwnames, false);
}

function osFstat(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('fstat', nargs, kwnames)) return NULL;
  const fd = A.indexOf(arg(args, 0));
  return fd == NULL ? NULL : fstatOf(fd);
}

// ---- making, removing, renaming ----

const MKDIR_PARAMS: StaticArray<string> = ['path', 'mode', 'dir_fd'];

function osMkdir(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs('mkdir', args, nargs, kwnames, MKDIR_PARAMS, boundArgs)) return NULL;
  const given = load<u64>(boundArgs);
  if (given == NULL) return raiseMissing('mkdir', 'path');
  const path = pathArg('mkdir', 'path', given, PATH_STR);
  if (path == NULL) return NULL;
  pushTempRoot(path);
  const modeArg = load<u64>(boundArgs + 8);
  const modeValue = modeArg == NULL ? smallInt(0o777) : A.indexOf(modeArg);
  const mode = modeValue == NULL ? 0 : A.strOf(modeValue);
  popTempRoots(1);
  if (mode == 0) return NULL;
  return hostCall(OS_OP_MKDIR, joined(path, ptrValue(mode)), given, NONE) < 0 ? NULL : NONE;
}

/** rmdir, remove and unlink: one path, nothing answered. */
function onePath(fn: string, op: i32, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs(fn, args, nargs, kwnames, STAT_PARAMS, boundArgs)) return NULL;
  const given = load<u64>(boundArgs);
  if (given == NULL) return raiseMissing(fn, 'path');
  const path = pathArg(fn, 'path', given, PATH_STR);
  if (path == NULL) return NULL;
  return hostCall(op, path, given, NONE) < 0 ? NULL : NONE;
}

function osRmdir(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return onePath('rmdir', OS_OP_RMDIR, args, nargs, kwnames);
}

function osRemove(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return onePath('remove', OS_OP_UNLINK, args, nargs, kwnames);
}

function osUnlink(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return onePath('unlink', OS_OP_UNLINK, args, nargs, kwnames);
}

const RENAME_PARAMS: StaticArray<string> = ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'];
const renameArgs = memory.data(4 * 8);

/** rename and replace (the same on POSIX: what is at dst is replaced). */
function renameWith(fn: string, args: usize, nargs: i32, kwnames: Value): Value {
  if (!keywordArgs(fn, args, nargs, kwnames, RENAME_PARAMS, renameArgs)) return NULL;
  const src = load<u64>(renameArgs);
  const dst = load<u64>(renameArgs + 8);
  if (src == NULL) return raiseMissing(fn, 'src');
  if (dst == NULL) return raiseJs(TypeError, fn + "() missing required argument 'dst' (pos 2)");
  const from = pathArg(fn, 'src', src, PATH_STR);
  if (from == NULL) return NULL;
  pushTempRoot(from);
  const to = pathArg(fn, 'dst', dst, PATH_STR);
  popTempRoots(1);
  if (to == NULL) return NULL;
  return hostCall(OS_OP_RENAME, joined(from, to), src, dst) < 0 ? NULL : NONE;
}

function osRename(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return renameWith('rename', args, nargs, kwnames);
}

function osReplace(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return renameWith('replace', args, nargs, kwnames);
}

export function createOsModule(): usize {
  if (made != 0) return made;
  const m = newNativeModule('_os');
  addFunction(m, 'getcwd', osGetcwd);
  addFunction(m, 'listdir', osListdir);
  addFunction(m, 'environ', osEnviron);
  addFunction(m, 'stat', osStat);
  addFunction(m, 'lstat', osLstat);
  addFunction(m, 'fstat', osFstat);
  addFunction(m, 'mkdir', osMkdir);
  addFunction(m, 'rmdir', osRmdir);
  addFunction(m, 'remove', osRemove);
  addFunction(m, 'unlink', osUnlink);
  addFunction(m, 'rename', osRename);
  addFunction(m, 'replace', osReplace);
  nStatResultFromHost = internJs('stat_result_from_host');
  addPermanentRoot(ptrValue(nStatResultFromHost));
  made = keepModule(m);
  return m;
}
