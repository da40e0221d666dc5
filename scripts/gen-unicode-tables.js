// Generates vm-as/unicode/tables.ts, the character database behind str's predicates
// (isalpha, isdigit, isspace, isprintable, isidentifier…) and case mappings (upper, lower,
// title, casefold with SpecialCasing's one-to-many mappings), from Unicode's own data files.
//
// Python 3.11 uses Unicode 14.0: code points assigned later (DerivedAge > 14.0) are left out,
// so they behave as unassigned. The flags and the case records follow CPython's
// Tools/unicode/makeunicodedata.py, so the VM's answers match CPython's.
//
// Usage: node scripts/gen-unicode-tables.js [UCD directory]   (default /usr/share/unicode,
// Debian's `unicode-data` package). The output is committed: the build does not need the data.
// scripts/unicode-data.js reads the data files (shared with gen-compiler-unicode.js).

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { CODE_POINTS, DEFAULT_UCD, UnicodeDatabase } from './unicode-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const db = new UnicodeDatabase(process.argv[2] || DEFAULT_UCD);
const outFile = join(root, 'vm-as', 'unicode', 'tables.ts');

// Flag bits of a record; vm-as/unicode/ctype.ts reads the same values from the generated file.
const FLAGS = {
  ALPHA: 1 << 0,
  DECIMAL: 1 << 1,
  DIGIT: 1 << 2,
  NUMERIC: 1 << 3,
  SPACE: 1 << 4,
  LINEBREAK: 1 << 5,
  PRINTABLE: 1 << 6,
  LOWER: 1 << 7,
  UPPER: 1 << 8,
  TITLE: 1 << 9,
  CASED: 1 << 10,
  CASE_IGNORABLE: 1 << 11,
  XID_START: 1 << 12,
  XID_CONTINUE: 1 << 13,
  EXTENDED_CASE: 1 << 14,
};

/** DerivedCoreProperties (as 14.0 had it), plus Line_Break (BK, CR, LF, NL) and Numeric. */
function propertySets() {
  const props = db.coreProperties();
  const add = (cp, name) => {
    if (!props.has(cp)) props.set(cp, new Set());
    props.get(cp).add(name);
  };
  db.eachRange('LineBreak.txt', (cp, f) => {
    if (['BK', 'CR', 'LF', 'NL'].includes(f[1])) add(cp, 'Line_Break');
  });
  db.eachRange('extracted/DerivedNumericType.txt', (cp) => add(cp, 'Numeric'));
  return props;
}

const parseSeq = (s) => s.trim().split(/\s+/).filter(Boolean).map((h) => parseInt(h, 16));

/** SpecialCasing.txt's unconditional mappings: cp -> [lower, title, upper]. */
function specialCasing() {
  const sc = new Map();
  for (const line of db.lines('SpecialCasing.txt')) {
    const f = line.split(';').map((x) => x.trim());
    if (f[4]) continue; // conditional (language or context): CPython hardcodes only final sigma
    sc.set(parseInt(f[0], 16), [parseSeq(f[1]), parseSeq(f[2]), parseSeq(f[3])]);
  }
  return sc;
}

/** CaseFolding.txt's common and full foldings: cp -> sequence. */
function caseFolding() {
  const cf = new Map();
  for (const line of db.lines('CaseFolding.txt')) {
    const f = line.split(';').map((x) => x.trim());
    if (f[1] === 'C' || f[1] === 'F') cf.set(parseInt(f[0], 16), parseSeq(f[2]));
  }
  return cf;
}

const sameSeq = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Every code point's record number, the distinct records, and the extended case table. */
function buildRecords() {
  const data = db.records();
  const props = propertySets();
  const special = specialCasing();
  const folding = caseFolding();
  const records = [];
  const recordIndex = new Map();
  const extended = [];
  const index = new Uint32Array(CODE_POINTS);

  const intern = (rec) => {
    const key = rec.join(',');
    if (!recordIndex.has(key)) {
      recordIndex.set(key, records.length);
      records.push(rec);
    }
    return recordIndex.get(key);
  };
  intern([0, 0, 0, 0]); // record 0: unassigned

  /** Appends a sequence to the extended-case table: its index, with its length in bits 24+. */
  const extend = (seq) => {
    const at = extended.length;
    extended.push(...seq);
    return at | (seq.length << 24);
  };

  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const d = data[cp];
    if (!d) continue;
    const p = props.get(cp) || new Set();
    const gc = d.category;
    let flags = 0;
    if (['Lm', 'Lt', 'Lu', 'Ll', 'Lo'].includes(gc)) flags |= FLAGS.ALPHA;
    if (d.decimal) flags |= FLAGS.DECIMAL;
    if (d.digit) flags |= FLAGS.DIGIT;
    if (d.numeric || p.has('Numeric')) flags |= FLAGS.NUMERIC;
    if (gc === 'Zs' || ['WS', 'B', 'S'].includes(d.bidi)) flags |= FLAGS.SPACE;
    if (p.has('Line_Break') || d.bidi === 'B') flags |= FLAGS.LINEBREAK;
    if (cp === 0x20 || !'CZ'.includes(gc[0])) flags |= FLAGS.PRINTABLE;
    if (p.has('Lowercase')) flags |= FLAGS.LOWER;
    if (p.has('Uppercase')) flags |= FLAGS.UPPER;
    if (gc === 'Lt') flags |= FLAGS.TITLE;
    if (p.has('Cased')) flags |= FLAGS.CASED;
    if (p.has('Case_Ignorable')) flags |= FLAGS.CASE_IGNORABLE;
    if (p.has('XID_Start')) flags |= FLAGS.XID_START;
    if (p.has('XID_Continue')) flags |= FLAGS.XID_CONTINUE;
    const values = (d.decimal ? parseInt(d.decimal, 10) : 0) << 16 | (d.digit ? parseInt(d.digit, 10) : 0) << 20;

    const upper = d.upper ? parseInt(d.upper, 16) : cp;
    const lower = d.lower ? parseInt(d.lower, 16) : cp;
    const title = d.title ? parseInt(d.title, 16) : upper;
    const fold = folding.get(cp) || [cp];
    let sc = special.get(cp);
    if (!sc && !sameSeq(fold, [lower])) sc = [[lower], [title], [upper]];
    let u = 0, l = 0, t = 0;
    if (!sc) {
      if (!(upper === lower && lower === title)) {
        u = upper - cp;
        l = lower - cp;
        t = title - cp;
      }
    } else {
      // One-to-many mappings, or a folding other than the lowercase: kept in the extended
      // table. The lower field also carries the folding's length (bits 20-23) when it differs.
      flags |= FLAGS.EXTENDED_CASE;
      l = extend(sc[0]);
      if (!sameSeq(fold, sc[0])) {
        l |= fold.length << 20;
        extended.push(...fold);
      }
      u = extend(sc[2]);
      t = sameSeq(sc[1], sc[2]) ? u : extend(sc[1]);
    }
    index[cp] = intern([flags | values, u, l, t]);
  }
  return { records, extended, index };
}

/** Splits `table` in blocks of 2**shift entries: table[i] == t2[(t1[i >> shift] << shift) + (i & mask)]. */
function splitBins(table, shift) {
  const size = 1 << shift;
  const t1 = [];
  const t2 = [];
  const blocks = new Map();
  for (let i = 0; i < table.length; i += size) {
    const block = Array.from(table.subarray(i, i + size));
    const key = block.join(',');
    if (!blocks.has(key)) {
      blocks.set(key, t2.length >> shift);
      t2.push(...block);
    }
    t1.push(blocks.get(key));
  }
  return { t1: Uint32Array.from(t1), t2: Uint32Array.from(t2) };
}

const elementBytes = (arr) => (Math.max(...arr) < 256 ? 1 : Math.max(...arr) < 65536 ? 2 : 4);
const elementType = (arr) => ['', 'u8', 'u16', '', 'u32'][elementBytes(arr)];

/**
 * A three-level lookup, the smallest over the shifts tried:
 * record = LEVEL3[(LEVEL2[(LEVEL1[cp >> (s2 + s3)] << s2) + ((cp >> s3) & mask2)] << s3) + (cp & mask3)].
 */
function threeLevels(table) {
  let best = null;
  for (let s3 = 3; s3 <= 8; s3++) {
    const low = splitBins(table, s3);
    for (let s2 = 3; s2 <= 8; s2++) {
      const high = splitBins(low.t1, s2);
      const levels = [high.t1, high.t2, low.t2];
      const bytes = levels.reduce((sum, t) => sum + t.length * elementBytes(t), 0);
      if (!best || bytes < best.bytes) best = { s2, s3, levels, bytes };
    }
  }
  return best;
}

function formatArray(name, values, comment, type = elementType(values), exported = false) {
  const rows = [];
  for (let i = 0; i < values.length; i += 24) rows.push('  ' + Array.from(values.slice(i, i + 24)).join(', ') + ',');
  const decl = `${exported ? 'export ' : ''}const ${name}: usize = memory.data<${type}>([`;
  return `/** ${comment} */\n${decl}\n${rows.join('\n')}\n]);\n`;
}

/** The AssemblyScript expression loading element `i` of a generated array. */
function loadExpr(name, values, i) {
  const bytes = elementBytes(values);
  const at = bytes === 1 ? i : `(${i}) << ${Math.log2(bytes)}`;
  return `<u32>load<${elementType(values)}>(${name} + (<usize>(${at})))`;
}

function main() {
  const { records, extended, index } = buildRecords();
  // Only code points below the last one with a non-empty record need the table.
  let limit = CODE_POINTS;
  while (index[limit - 1] === 0) limit--;
  const { s2, s3, levels, bytes } = threeLevels(index.subarray(0, limit));
  const [l1, l2, l3] = levels;
  const flagLines = Object.entries(FLAGS).map(([k, v]) => `export const F_${k}: u32 = ${v};`).join('\n');
  const i2 = `(${loadExpr('LEVEL1', l1, `cp >> ${s2 + s3}`)} << ${s2}) + ((cp >> ${s3}) & ${(1 << s2) - 1})`;
  const i3 = `(${loadExpr('LEVEL2', l2, i2)} << ${s3}) + (cp & ${(1 << s3) - 1})`;
  const out = `// Generated by scripts/gen-unicode-tables.js from the Unicode Character Database, keeping the
// code points Unicode 14.0 (Python 3.11's version) assigns. Do not edit by hand.
//
// Each code point has a record: four i32 in RECORDS — flags (F_* bits) with the decimal value in
// bits 16-19 and the digit value in bits 20-23, then the upper, lower and title mappings:
// deltas from the code point, or, with F_EXTENDED_CASE, an index into EXTENDED_CASE with the
// sequence's length in bits 24+ (the lower field then also holds the case folding's length in
// bits 20-23 when the folding differs from the lowercase; the folding follows the lowercase).
// Record 0 is an unassigned code point's. A three-level table maps code points to records.

${flagLines}

${formatArray('RECORDS', records.flat(), `${records.length} records of 4 i32.`, 'i32', true)}
${formatArray('EXTENDED_CASE', extended, 'Code points of the one-to-many case mappings and foldings.', 'u32', true)}
${formatArray('LEVEL1', l1, `Level 1: one entry per ${1 << (s2 + s3)} code points.`)}
${formatArray('LEVEL2', l2, `Level 2: blocks of ${1 << s2} entries.`)}
${formatArray('LEVEL3', l3, `Level 3: blocks of ${1 << s3} record numbers.`)}
/** The record number of a code point. */
// @ts-ignore: decorator
@inline export function recordOf(cp: u32): u32 {
  if (cp >= ${limit}) return 0;
  return ${loadExpr('LEVEL3', l3, i3)};
}
`;
  writeFileSync(outFile, out);
  console.log(`${outFile}: ${records.length} records, ${extended.length} extended code points, ` +
    `${bytes} bytes of index (shifts ${s2}, ${s3})`);
}

main();
