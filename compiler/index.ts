// The compiler's public API: what the host, the CLI and the tests use.
export { parse } from './parser.js';
export { checkSource } from './check.js';
export { dumpAst } from './ast-dump.js';
export { CompileError, formatCompileError } from './errors.js';
export * as ast from './ast.js';
export { dumpSymtable, dumpCodeObjects } from './symtable-dump.js';
export { compileToImage } from './pipeline.js';
export { compile, type CompileMode, type CompileOptions } from './compile.js';
export { formatWarning, type CompileWarning } from './warnings.js';
export { CodeObject } from './code.js';
export { PyTuple, PyFrozenSet, ConstTable } from './consts.js';
export { disassemble, instructions, constRepr } from './dis.js';
export { verifyCode } from './verify.js';
export { writeImage } from './image-writer.js';
export { assemble } from './assembler.js';
export { CfgBuilder, NO_POSITION } from './cfg.js';
export { OP, OPCODES } from './opcodes.js';
export { CONST_TAG, IMAGE_MAGIC, IMAGE_VERSION } from './image-format.js';
