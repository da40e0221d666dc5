// Imports (IMPORT_NAME, IMPORT_FROM). The module system comes with the object-model work; until
// then every import reports the module as missing, as CPython does for unknown modules.

import { Value, NULL, ptrOf } from './value';
import { raiseStr } from './errors';
import { ModuleNotFoundError, ImportError } from './objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from './objects/strbuilder';
import * as A from './abstract';

export function importModule(frame: usize, name: Value, fromlist: Value, level: Value): Value {
  const sb = newBuilder();
  appendJs(sb, "No module named '");
  appendStr(sb, ptrOf(name));
  appendJs(sb, "'");
  return raiseStr(ModuleNotFoundError, finishBuilder(sb));
}

export function importFromModule(module: Value, name: Value): Value {
  const v = A.getAttrOrNull(module, ptrOf(name));
  if (v != NULL) return v;
  const sb = newBuilder();
  appendJs(sb, "cannot import name '");
  appendStr(sb, ptrOf(name));
  appendJs(sb, "'");
  return raiseStr(ImportError, finishBuilder(sb));
}
