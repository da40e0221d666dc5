// What dist/wasmpy.cjs holds (see load.ts): the embedding API with Node's assets and file
// access, and the command line.
import { setAssetProvider } from './assets.js';
import { nodeAssets } from './node-assets.js';

setAssetProvider(nodeAssets);

export * from './index.js';
export { nodeFiles } from './node-files.js';
export { NodeNetwork } from './node-network.js';
export { main } from './cli.js';
