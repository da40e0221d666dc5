#!/usr/bin/env node
// The `wasmpy` command: the command line of the bundle, loaded through V8's code cache (see
// host/load.ts). CommonJS (bin/package.json), because an ES module entry point would make Node
// start its ES module loader, which takes about as long as everything else here.
'use strict';
process.exitCode = require('../dist/load.cjs').loadBundle().main(process.argv.slice(2));
