// What dist/wasmpy.cjs holds (see load.ts): the embedding API and the command line.
export * from './index.js';
export { main } from './cli.js';
