// Interned strings: one str object per distinct identifier, so that name lookups compare
// pointers first. The table is a dict from each str to itself, a root of the collector.

import { newDict, dictGetStr, dictSetStr } from './objects/dict';
import { STR_FLAGS, STR_INTERNED, strFromJs } from './objects/str';
import { NULL, ptrOf, ptrValue } from './value';

export let internTable: usize = 0;

export function initInternTable(): void {
  internTable = newDict();
}

/** The interned str equal to s (s itself when it is the first of its value). */
export function intern(s: usize): usize {
  if (load<u8>(s + STR_FLAGS) & STR_INTERNED) return s;
  const found = dictGetStr(internTable, s);
  if (found != NULL) return ptrOf(found);
  store<u8>(s + STR_FLAGS, load<u8>(s + STR_FLAGS) | STR_INTERNED);
  dictSetStr(internTable, s, ptrValue(s));
  return s;
}

/** An interned str from an AssemblyScript string: for the names natives use. */
export function internJs(js: string): usize {
  return intern(strFromJs(js));
}
