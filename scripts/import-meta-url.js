// Injected by scripts/build.js into the CommonJS bundle (dist/wasmpy.cjs): what the sources'
// `import.meta.url` stands for there.
export const import_meta_url = require('node:url').pathToFileURL(__filename).href;
