// Expected outputs, produced by running CPython (python3). Tests call `expected()` to check
// that committed expectations still match python3; run this file to (re)write them:
//   node tests/tools/expect.js [category ...]      categories: parser syntax_errors run tracebacks codegen symtable
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { python3, runPython } from './python.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** CPython prints the main script's absolute path; expectations keep it relative to the repository. */
export function withoutRoot(text) {
  return text.split(root + '/').join('');
}

/** The test inputs of a category, as paths relative to the repository root. */
export function cases(category) {
  const dir = join(root, 'tests', category);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((f) => f.endsWith('.py')).sort().map((f) => relative(root, join(dir, f)));
}

/** The committed expectation of a test input, or null. */
export function committed(file) {
  try {
    return readFileSync(join(root, file + '.expected'), 'utf8');
  } catch {
    return null;
  }
}

const generators = {
  /** Two lines per file: ast.dump(tree) and ast.dump(tree, include_attributes=True). */
  parser(files) {
    const results = JSON.parse(runPython(['tests/tools/ast_dump.py', ...files], { cwd: root }).stdout);
    return results.map((r) => {
      if (r.error) throw new Error(`${r.file}: python3 raises ${r.error}; parser cases must be valid`);
      return r.dump + '\n' + r.positions + '\n';
    });
  },
  /** What `python3 FILE` prints on stderr for a file that fails to compile. */
  syntax_errors(files) {
    const status = runPython(['tests/tools/compile_status.py', ...files], { cwd: root }).stdout.split('\n');
    return files.map((file, i) => {
      if (status[i] === 'ok') throw new Error(`${file}: python3 compiles it; syntax-error cases must not`);
      const r = runPython([file], { cwd: root });
      return withoutRoot(r.stderr);
    });
  },
  /**
   * What running the program prints: stdout, the last line of stderr and the exit status, as
   * JSON (the program runs from the repository root with its relative path as argv[0]; paths
   * into the repository are kept relative, as a checkout's folder is no part of the behaviour).
   */
  run(files) {
    return files.map((file) => {
      const r = runPython([file], { cwd: root });
      const errLines = withoutRoot(r.stderr).split('\n').filter((l) => l !== '');
      const stdout = withoutRoot(r.stdout);
      return JSON.stringify({ stdout, stderrLast: errLines.length ? errLines[errLines.length - 1] : '', status: r.status }, null, 1) + '\n';
    });
  },
  /** What `python3 FILE` prints on stderr (a program ending in an uncaught exception), in full. */
  tracebacks(files) {
    return files.map((file) => withoutRoot(runPython([file], { cwd: root }).stderr));
  },
  /** tests/tools/code_info.py: what each code object of the file holds, one JSON line each. */
  codegen(files) {
    const lines = runPython(['tests/tools/code_info.py', ...files], { cwd: root }).stdout.trim().split('\n');
    return lines.map((line) => {
      const r = JSON.parse(line);
      if (r.error) throw new Error(`${r.file}: python3 raises ${r.error}; codegen cases must compile`);
      return r.code.map((c) => JSON.stringify(c) + '\n').join('');
    });
  },
  /** tests/tools/symtable_dump.py's description of the file's symbol tables. */
  symtable(files) {
    return files.map((file) => runPython(['tests/tools/symtable_dump.py', file], { cwd: root }).stdout);
  },
};

export const categories = Object.keys(generators);

/** python3's expected output for each file of a category (python3 must be present). */
export function expected(category, files = cases(category)) {
  if (files.length === 0) return [];
  return generators[category](files);
}

function main(args) {
  if (!python3()) throw new Error('python3 (CPython 3.11) is needed to generate expectations');
  for (const category of args.length ? args : categories) {
    const files = cases(category);
    const outputs = expected(category, files);
    files.forEach((file, i) => writeFileSync(join(root, file + '.expected'), outputs[i]));
    console.log(`${category}: ${files.length} expectations written`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
