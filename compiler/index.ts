// The compiler's public API: what the host, the CLI and the tests use.
export { parse } from './parser.js';
export { checkSource } from './check.js';
export { dumpAst } from './ast-dump.js';
export { CompileError, formatCompileError } from './errors.js';
export * as ast from './ast.js';
export { dumpSymtable, dumpCodeObjects } from './symtable-dump.js';
export { compileToImage } from './pipeline.js';
