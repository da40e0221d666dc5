// Times wasmpy's parser over the files named in argv[2] (one path a line), reading them all
// first so only parsing is timed. Prints the best of argv[3] runs, in seconds.
import { readFileSync } from 'node:fs';
import { parse } from '../../dist/compiler.js';

const paths = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const sources = paths.map((p) => [p, readFileSync(p)]);
let best = Infinity;
for (let i = 0; i < Number(process.argv[3]); i++) {
  const start = performance.now();
  for (const [path, source] of sources) parse(source, path);
  best = Math.min(best, (performance.now() - start) / 1000);
}
console.log(best);
