// The compiler's share of Python 3.11's Unicode database (compiler/unicode-names-data.ts, made by
// scripts/gen-compiler-unicode.js): the names and aliases `\N{...}` looks up, str.isprintable(),
// the identifier characters. Checked against python3's unicodedata where python3 exists (every
// code point), and against a fresh run of the generator where the Unicode data files are
// installed (Debian's unicode-data).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiler, root } from './helpers.js';
import { python3, runPython } from '../tools/python.js';

const UCD = '/usr/share/unicode';

// The compiler's internal modules, bundled on the fly (the public API does not export them).
const bundle = await build({
  stdin: {
    contents: `export { lookupUnicodeName, lookupUnicodeNameByScan, unicodeNameTable } from './compiler/unicode-names.ts';
      export { isPrintableCodePoint, isXidStart, isXidContinue } from './compiler/unicode-printable.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const u = await import('data:text/javascript;base64,' + Buffer.from(bundle.outputFiles[0].text).toString('base64'));

const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');

/** [first, last] runs of the code points below 0x110000 for which pred holds, as 'X-Y' strings. */
function runs(pred) {
  const out = [];
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const inside = cp < 0x110000 && pred(cp);
    if (inside && start < 0) start = cp;
    else if (!inside && start >= 0) {
      out.push(`${hex(start)}-${hex(cp - 1)}`);
      start = -1;
    }
  }
  return out;
}

/** The names of `\N{name}`: its code point, or undefined where CPython rejects the name. */
const NAMES = [
  ['LATIN SMALL LETTER A', 0x61],
  ['latin small letter a', 0x61],
  ['Latin Small Letter A', 0x61],
  ['BELL', 0x1f514],
  // Aliases: correction, control, alternate, figment, abbreviation.
  ['LATIN CAPITAL LETTER GHA', 0x1a2],
  ['latin capital letter gha', 0x1a2],
  ['NULL', 0],
  ['ALERT', 7],
  ['BYTE ORDER MARK', 0xfeff],
  ['PADDING CHARACTER', 0x80],
  ['NUL', 0],
  ['BOM', 0xfeff],
  ['zwj', 0x200d],
  // Computed names: exact upper case only.
  ['CJK UNIFIED IDEOGRAPH-4E00', 0x4e00],
  ['CJK UNIFIED IDEOGRAPH-04E00', 0x4e00],
  ['CJK UNIFIED IDEOGRAPH-2B738', 0x2b738],
  ['CJK UNIFIED IDEOGRAPH-4e00', undefined],
  ['cjk unified ideograph-4E00', undefined],
  ['CJK UNIFIED IDEOGRAPH-4DC0', undefined],
  ['HANGUL SYLLABLE GA', 0xac00],
  ['HANGUL SYLLABLE A', 0xc544],
  ['HANGUL SYLLABLE GAGG', 0xac02],
  ['HANGUL SYLLABLE ga', undefined],
  ['hangul syllable ga', undefined],
  ['HANGUL SYLLABLE ', undefined],
  // Names ending in their code point, stored apart from their hex digits.
  ['CJK COMPATIBILITY IDEOGRAPH-F900', 0xf900],
  ['cjk compatibility ideograph-f900', 0xf900],
  ['CJK COMPATIBILITY IDEOGRAPH-F901', 0xf901],
  ['khitan small script character-18b00', 0x18b00],
  ['TANGUT COMPONENT-001', 0x18800],
  ['EGYPTIAN HIEROGLYPH A002', 0x13001],
  // Unknown to Python 3.11: named sequences, Unicode 15.0's characters and aliases, and names
  // JS's Unicode-aware upper-casing would make (ſ is no S for CPython).
  ['LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', undefined],
  ['CJK UNIFIED IDEOGRAPH-2B739', undefined],
  ['CJK UNIFIED IDEOGRAPH-31350', undefined],
  ['KAWI LETTER A', undefined],
  ['EM', undefined],
  ['SUNDANESE LETTER ARCHAIC I', undefined],
  ['TANGUT IDEOGRAPH-17000', undefined],
  ['LATIN ſMALL LETTER A', undefined],
  ['LATIN SMALL LETTER A ', undefined],
  ['LATIN  SMALL LETTER A', undefined],
  ['CJK COMPATIBILITY IDEOGRAPH-F90', undefined],
  ['CJK COMPATIBILITY IDEOGRAPH-0F900', undefined],
  ['', undefined],
];

test('\\N{...} names, aliases and computed names', () => {
  // The first lookups scan the table, later ones use a map of it: both ways, twice each.
  for (let round = 0; round < 2; round++) {
    for (const [name, cp] of NAMES) {
      assert.is(u.lookupUnicodeName(name), cp, name);
      assert.is(u.lookupUnicodeNameByScan(name), cp, name);
    }
  }
});

test('printable and identifier characters', () => {
  for (const [cp, printable, start, cont] of [
    [0x20, true, false, false],
    [0x41, true, true, true],
    [0x5f, true, false, true],
    [0x37, true, false, true],
    [0x7f, false, false, false],
    [0xa0, false, false, false],
    [0xe9, true, true, true],
    [0xb7, true, false, true],
    [0x2118, true, true, true], // Other_ID_Start
    [0x0b55, true, false, true], // assigned by 13.0
    [0x11f04, false, false, false], // KAWI LETTER A: 15.0
    [0x1e030, false, false, false], // MODIFIER LETTER CYRILLIC SMALL A: 15.0
    [0x10ffff, false, false, false],
  ]) {
    assert.is(u.isPrintableCodePoint(cp), printable, `isprintable U+${hex(cp)}`);
    assert.is(u.isXidStart(cp), start, `XID_Start U+${hex(cp)}`);
    assert.is(u.isXidContinue(cp), cont, `XID_Continue U+${hex(cp)}`);
  }
});

/** What compiling `source` gives: the AST dump, or the SyntaxError's message and location. */
function compileResult(source) {
  try {
    return compiler.dumpAst(compiler.parse(Buffer.from(source), '<test>'));
  } catch (err) {
    if (!(err instanceof compiler.CompileError)) throw err;
    return JSON.stringify([err.msg, err.lineno, err.offset, err.endLineno, err.endOffset]);
  }
}

const SOURCES = [
  "x = '\\N{latin capital letter gha}\\N{NUL}\\N{BOM}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}'",
  "x = '\\N{hangul syllable ga}'",
  "x = '\\N{CJK UNIFIED IDEOGRAPH-2B739}'",
  "x = '\\N{EM}'",
  "x = '\\N{KAWI LETTER A}'",
  "x = '\\N{LATIN ſMALL LETTER A}'",
  'ଵ୕ = 1', // U+0B55, 13.0
  'é·ℑ = 1',
  '\u{1e030} = 1', // 15.0: the JS engine calls it XID_Start
  'a\u{11f00} = 1', // 15.0: XID_Continue there
  'a\u{1e4ec} = 1', // 16.0
  'ℑ\u00a0 = 1',
];

if (python3()) {
  test('\\N{...} and identifiers compile as in python3', () => {
    const script = `
import ast, json, sys
for src in json.load(sys.stdin):
    try:
        print(ast.dump(ast.parse(src.encode(), '<test>')))
    except SyntaxError as e:
        print(json.dumps([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset], separators=(',', ':')))
`;
    const want = runPython(['-c', script], { input: JSON.stringify(SOURCES) }).stdout.split('\n');
    SOURCES.forEach((src, i) => assert.is(compileResult(src), want[i], src));
  });

  test('every name of unicodedata resolves, ignoring case as CPython does', () => {
    // Each named code point: its name, and whether `\N{...}` accepts the name in lower case.
    const script = `
import codecs, sys, unicodedata
out = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    try:
        lower = codecs.decode(b'\\\\N{' + name.lower().encode() + b'}', 'unicode_escape') == chr(cp)
    except UnicodeDecodeError:
        lower = False
    out.append('%X;%s;%d' % (cp, name, lower))
sys.stdout.write('\\n'.join(out))
`;
    const lines = runPython(['-c', script]).stdout.split('\n');
    assert.ok(lines.length > 130000, `${lines.length} names`);
    const bad = [];
    lines.forEach((line, i) => {
      const [h, name, lower] = line.split(';');
      const cp = parseInt(h, 16);
      if (u.lookupUnicodeName(name) !== cp) bad.push(name);
      if ((u.lookupUnicodeName(name.toLowerCase()) === cp) !== (lower === '1')) bad.push(name.toLowerCase());
      // Scanning is slower: a sample.
      if (i % 97 === 0 && u.lookupUnicodeNameByScan(name.toLowerCase()) !== (lower === '1' ? cp : undefined)) bad.push(`${name} (scan)`);
    });
    assert.equal(bad.slice(0, 20), []);
  });

  test('every stored name and alias is python3\'s', () => {
    const entries = [...u.unicodeNameTable()];
    const script = `
import codecs, json, sys
out = []
for name in json.load(sys.stdin):
    try:
        out.append(ord(codecs.decode(b'\\\\N{' + name.encode() + b'}', 'unicode_escape')))
    except UnicodeDecodeError:
        out.append(None)
print(json.dumps(out))
`;
    const got = JSON.parse(runPython(['-c', script], { input: JSON.stringify(entries.map(([name]) => name)) }).stdout);
    const bad = entries.filter(([, cp], i) => got[i] !== cp);
    assert.equal(bad.slice(0, 20), []);
    // A sample (and the controls, with their aliases), found by scanning.
    const scanned = entries.filter(([name, cp], i) => (i % 23 === 0 || cp < 0xa0) && u.lookupUnicodeNameByScan(name) !== cp);
    assert.equal(scanned.slice(0, 20), []);
  });

  if (existsSync(join(UCD, 'NameAliases.txt'))) {
    test('NameAliases.txt: the aliases python3 accepts, and those only', () => {
      const aliases = readFileSync(join(UCD, 'NameAliases.txt'), 'utf8')
        .split('\n')
        .map((l) => l.split('#')[0].trim())
        .filter(Boolean)
        .map((l) => l.split(';'));
      const script = `
import json, sys, unicodedata
out = []
for name in json.load(sys.stdin):
    try:
        out.append(ord(unicodedata.lookup(name)))
    except KeyError:
        out.append(None)
print(json.dumps(out))
`;
      const got = JSON.parse(runPython(['-c', script], { input: JSON.stringify(aliases.map(([, name]) => name)) }).stdout);
      const bad = aliases.filter(([, name], i) => (u.lookupUnicodeName(name) ?? null) !== got[i]);
      assert.equal(bad, []);
    });
  }

  test('str.isprintable() and identifier characters of every code point are python3\'s', () => {
    const script = `
import sys
def runs(pred):
    out, start = [], None
    for cp in range(0x110001):
        inside = cp < 0x110000 and pred(chr(cp))
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            out.append('%04X-%04X' % (start, cp - 1))
            start = None
    return ' '.join(out)
print(runs(lambda c: not c.isprintable()))
print(runs(lambda c: c != '_' and c.isidentifier()))
print(runs(lambda c: ('a' + c).isidentifier()))
`;
    const [nonPrintable, start, cont] = runPython(['-c', script]).stdout.split('\n');
    assert.fixture(runs((cp) => !u.isPrintableCodePoint(cp)).join(' '), nonPrintable);
    assert.fixture(runs(u.isXidStart).join(' '), start);
    assert.fixture(runs(u.isXidContinue).join(' '), cont);
  });
}

if (existsSync(join(UCD, 'DerivedAge.txt'))) {
  test('the committed data is what scripts/gen-compiler-unicode.js makes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasmpy-unicode-'));
    try {
      const out = join(dir, 'unicode-names-data.ts');
      const r = spawnSync(process.execPath, [join(root, 'scripts', 'gen-compiler-unicode.js'), UCD, out], { encoding: 'utf8' });
      assert.is(r.status, 0, r.stderr);
      assert.ok(readFileSync(out, 'utf8') === readFileSync(join(root, 'compiler', 'unicode-names-data.ts'), 'utf8'),
        'compiler/unicode-names-data.ts is stale: run node scripts/gen-compiler-unicode.js');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
