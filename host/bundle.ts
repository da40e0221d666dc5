// What dist/wasmpy.cjs holds (see load.ts): the embedding API with Node's assets, random
// device, file access and network, and the command line.
import { setAssetProvider } from './assets.js';
import { nodeAssets } from './node-assets.js';
import { setRandomDevice } from './random-bytes.js';
import { fillFromUrandom } from './node-random.js';

setAssetProvider(nodeAssets);
setRandomDevice(fillFromUrandom);

export * from './index.js';
export { nodeFiles } from './node-files.js';
export { NodeNetwork } from './node-network.js';
export { main } from './cli.js';
