// Start-up of the module system: the types it uses (module specs and loaders, SimpleNamespace,
// file objects), sys.modules with the builtins module, and sys. The native modules
// (modules/registry.ts) must be registered before: sys.builtin_module_names lists them.

import { setupModuleSpecTypes } from '../objects/modulespec';
import { setupNamespaceType } from '../objects/namespace';
import { setupFileTypes } from '../objects/fileio';
import { initModuleTable } from './table';
import { setupSys } from './sys';

/** Run once at start-up, after the builtins namespace exists. */
export function setupModules(): void {
  setupModuleSpecTypes();
  setupNamespaceType();
  setupFileTypes();
  initModuleTable();
  setupSys();
}
