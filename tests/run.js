// Runs every uvu suite in tests/unit (or those whose file name contains one of the arguments)
// and ends with the line `N passed, N failed`.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const unitDir = join(dirname(fileURLToPath(import.meta.url)), 'unit');
const filters = process.argv.slice(2);
const files = readdirSync(unitDir)
  .filter((f) => f.endsWith('.test.js'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

globalThis.UVU_DEFER = 1;
const uvu = await import('uvu');
let index = 0;
for (const file of files) {
  globalThis.UVU_INDEX = index++;
  globalThis.UVU_QUEUE.push([file]);
  await import(pathToFileURL(join(unitDir, file)).href);
}

// uvu prints its own summary but returns nothing: read the counts from what it writes.
let output = '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  output += String(chunk);
  return write(chunk, ...rest);
};
await uvu.exec(false);
process.stdout.write = write;

const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
const count = (label) => Number((plain.match(new RegExp(`${label}:\\s+(\\d+)`)) || [0, 0])[1]);
const total = count('Total');
const passed = count('Passed');
const skipped = count('Skipped');
console.log(`${passed} passed, ${total - passed - skipped} failed`);
