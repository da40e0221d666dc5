// Compiles every Python module of lib/ into build/frozen.bin (see compiler/frozen.ts), so that
// importing them costs no parsing at run time. lib/a/b.py is the module a.b; lib/a/__init__.py
// makes a a package.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

function pythonFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pythonFiles(path);
    return name.endsWith('.py') ? [path] : [];
  });
}

/** The module name of a file under lib/, and whether it is a package's __init__. */
function moduleOf(libDir, file) {
  const parts = relative(libDir, file).slice(0, -'.py'.length).split(sep);
  const isPackage = parts[parts.length - 1] === '__init__';
  if (isPackage) parts.pop();
  return { name: parts.join('.'), isPackage };
}

/** Writes build/frozen.bin from lib/ with the compiler bundle dist/compiler.js (built first). */
export async function freezeLib(root) {
  const compiler = await import(pathToFileURL(join(root, 'dist', 'compiler.js')).href + '?t=' + Date.now());
  const libDir = join(root, 'lib');
  const modules = pythonFiles(libDir).map((file) => {
    const { name, isPackage } = moduleOf(libDir, file);
    try {
      return compiler.freezeModule(name, readFileSync(file), isPackage);
    } catch (err) {
      if (err instanceof compiler.CompileError) throw new Error(`lib: ${compiler.formatCompileError(err)}`);
      throw err;
    }
  });
  writeFileSync(join(root, 'build', 'frozen.bin'), compiler.writeFrozenBundle(modules));
}
