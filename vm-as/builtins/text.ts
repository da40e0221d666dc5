// Builtin functions of this area: chr, ord, ascii and the text type names (str, bytes).

import { bytearrayType } from '../objects/bytearray';
import { memoryviewType } from '../objects/memoryview';
import { Value, NULL, isSmallInt, intOf, ptrOf, ptrValue, smallInt } from '../value';
import { hasKind, KIND_BYTES } from '../object';
import { dictSetStr } from '../objects/dict';
import { defineFunction } from '../objects/builtin';
import { internJs } from '../intern';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { TypeError, ValueError, OverflowError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, appendI64, finishBuilder } from '../objects/strbuilder';
import { strLength, charAt, strType, strAlloc1 } from '../objects/str';
import { bytesType } from '../objects/bytes';
import { checkOneArg } from '../objects/args';
import { indexValue } from '../objects/slice';
import { isStrValue, arg } from '../objects/text-args';
import * as A from '../abstract';

/** chr(i): the one-character str of code point i. */
function builtinChr(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('chr', nargs, kwnames)) return NULL;
  const v = arg(args, 0);
  let i: i64;
  if (isSmallInt(v)) {
    i = intOf(v);
  } else {
    i = indexValue(v, OverflowError);
    if (i == -1 && errOccurred()) {
      if (A.isInstance(v, A.intType)) return raiseJs(OverflowError, 'Python int too large to convert to C int');
      return NULL;
    }
  }
  if (i > <i64>i32.MAX_VALUE || i < <i64>i32.MIN_VALUE) return raiseJs(OverflowError, 'Python int too large to convert to C int');
  if (i < 0 || i > 0x10FFFF) return raiseJs(ValueError, 'chr() arg not in range(0x110000)');
  return ptrValue(strAlloc1(<u32>i));
}

/** ord(c): the code point of a one-character str, or the value of a one-byte bytes. */
function builtinOrd(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('ord', nargs, kwnames)) return NULL;
  const v = arg(args, 0);
  const isText = isStrValue(v) || hasKind(v, KIND_BYTES);
  if (isText && strLength(ptrOf(v)) == 1) return smallInt(charAt(ptrOf(v), 0));
  const sb = newBuilder();
  if (isText) {
    appendJs(sb, 'ord() expected a character, but string of length ');
    appendI64(sb, strLength(ptrOf(v)));
    appendJs(sb, ' found');
  } else {
    appendJs(sb, 'ord() expected string of length 1, but ');
    appendStr(sb, A.typeNameOf(v));
    appendJs(sb, ' found');
  }
  return raiseStr(TypeError, finishBuilder(sb));
}

/** ascii(obj): repr with the non-ASCII characters escaped. */
function builtinAscii(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('ascii', nargs, kwnames)) return NULL;
  const r = A.asciiOf(arg(args, 0));
  return r == 0 ? NULL : ptrValue(r);
}

/** Adds this area's builtin functions and type names to the builtins namespace. */
export function setupTextBuiltins(builtins: usize, moduleName: usize): void {
  defineFunction(builtins, moduleName, 'chr', builtinChr);
  defineFunction(builtins, moduleName, 'ord', builtinOrd);
  defineFunction(builtins, moduleName, 'ascii', builtinAscii);
  dictSetStr(builtins, internJs('str'), ptrValue(strType));
  dictSetStr(builtins, internJs('bytes'), ptrValue(bytesType));
  dictSetStr(builtins, internJs('bytearray'), ptrValue(bytearrayType));
  dictSetStr(builtins, internJs('memoryview'), ptrValue(memoryviewType));
}
