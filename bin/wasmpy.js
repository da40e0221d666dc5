#!/usr/bin/env node
// The `wasmpy` command: the command line of the bundle, loaded through V8's code cache (see
// host/load.ts). CommonJS (bin/package.json), because an ES module entry point would make Node
// start its ES module loader, which takes about as long as everything else here.
'use strict';
const status = require('../dist/load.cjs').loadBundle().main(process.argv.slice(2));
// The interactive prompt answers its status when its session ends.
if (typeof status === 'number') process.exitCode = status;
else status.then((s) => { process.exitCode = s; });
