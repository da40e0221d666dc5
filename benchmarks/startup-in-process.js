// Start-up inside one process: from loading wasmpy's modules to the program's first output,
// in milliseconds (process start-up and Node's own boot excluded).
const start = performance.now();
const { runSource } = await import('../dist/wasmpy.js');
const { readFileSync } = await import('node:fs');
let firstOutput = NaN;
runSource(readFileSync(process.argv[2]), process.argv[2], {
  write() {
    if (Number.isNaN(firstOutput)) firstOutput = performance.now();
  },
});
console.log((firstOutput - start).toFixed(2));
