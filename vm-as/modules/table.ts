// The program's modules: sys.modules (the dict the import system uses even when the program
// rebinds sys.modules, as CPython's interp->modules) and the builtins module; the attributes
// every module the VM provides natively gets (modules/registry.ts lists those), as CPython's
// BuiltinImporter gives them.

import { NONE, ptrOf, ptrValue } from '../value';
import { newDict, dictSetStr } from '../objects/dict';
import { newModuleWithDict, moduleDict, MODULE_NAME } from '../objects/module';
import { newModuleSpec, builtinImporterType } from '../objects/modulespec';
import { newTuple, tupleSet, tupleGet } from '../objects/tuple';
import { strFromJs, strCompare } from '../objects/str';
import { internJs } from '../intern';
import { addPermanentRoot } from '../gc';
import { builtinsDict } from '../builtins/functions';
import { N_doc, N_package, N_loader, N_spec, N_empty } from '../names';
import { nativeModuleName } from './registry';

/** sys.modules */
export let modulesDict: usize = 0;
export let builtinsModule: usize = 0;
let builtInOrigin: usize = 0;

/** Gives a module the VM provides __package__ '', the BuiltinImporter loader and its spec. */
export function setNativeModuleAttributes(module: usize): void {
  const d = moduleDict(module);
  const name = <usize>load<u32>(module + MODULE_NAME);
  dictSetStr(d, N_package, ptrValue(N_empty));
  dictSetStr(d, N_loader, ptrValue(builtinImporterType));
  dictSetStr(d, N_spec, newModuleSpec(name, ptrValue(builtinImporterType), ptrValue(builtInOrigin), NONE, false));
}

/** sys.builtin_module_names: builtins and the native modules, sorted. */
export function nativeModuleNames(): usize {
  let count = 0;
  while (nativeModuleName(count) != 0) count++;
  const names = newTuple(count + 1);
  tupleSet(names, 0, ptrValue(internJs('builtins')));
  for (let i = 0; i < count; i++) {
    const name = nativeModuleName(i);
    // Insertion sort: a few dozen names.
    let j = i + 1;
    while (j > 0 && strCompare(ptrOf(tupleGet(names, j - 1)), name) > 0) {
      tupleSet(names, j, tupleGet(names, j - 1));
      j--;
    }
    tupleSet(names, j, ptrValue(name));
  }
  return names;
}

/** Creates sys.modules and the builtins module (whose namespace is the builtins dict). */
export function initModuleTable(): void {
  builtInOrigin = strFromJs('built-in');
  addPermanentRoot(ptrValue(builtInOrigin));
  modulesDict = newDict();
  addPermanentRoot(ptrValue(modulesDict));
  const name = internJs('builtins');
  builtinsModule = newModuleWithDict(name, builtinsDict);
  addPermanentRoot(ptrValue(builtinsModule));
  dictSetStr(builtinsDict, N_doc, NONE);
  setNativeModuleAttributes(builtinsModule);
  dictSetStr(modulesDict, name, ptrValue(builtinsModule));
}
