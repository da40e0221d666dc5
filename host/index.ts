// The embedding API.
export { loadVm } from './vm.js';
export { parse, dumpAst, CompileError, formatCompileError } from '../compiler/index.js';
