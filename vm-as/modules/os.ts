// The _os module: what lib/os.py needs from the host (the working directory, directory
// listings, what a path is, the environment), each through one hostOsCall.

import { Value, NULL, ptrValue, ptrOf, smallInt } from '../value';
import { raiseJs } from '../errors';
import { TypeError } from '../objects/exception';
import { raiseOSError } from '../objects/exception-fields';
import { checkNoArgs, checkOneArg } from '../objects/args';
import { KIND_STR, kindOf } from '../object';
import { newList, listAppend } from '../objects/list';
import { newDict, dictSet } from '../objects/dict';
import { encodeForHost, encodedLength, takeAnswer, answerStr } from '../hostdata';
import { hostOsCall } from '../host-os';
import { OS_OP_GETCWD, OS_OP_LISTDIR, OS_OP_KIND, OS_OP_ENVIRON } from '../generated/host-protocol';
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

/** _os.kind(path): 0 when nothing reachable is there, 1 for a file, 2 for a directory. */
function osKind(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('kind', nargs, kwnames)) return NULL;
  const kind = callWithPath('kind', OS_OP_KIND, arg(args, 0));
  return kind < 0 ? NULL : smallInt(kind);
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

export function createOsModule(): usize {
  if (made != 0) return made;
  const m = newNativeModule('_os');
  addFunction(m, 'getcwd', osGetcwd);
  addFunction(m, 'listdir', osListdir);
  addFunction(m, 'kind', osKind);
  addFunction(m, 'environ', osEnviron);
  made = keepModule(m);
  return m;
}
