// Generates compiler/unicode-names-data.ts, the compiler's share of Python 3.11's Unicode
// database (14.0; JS engines ship newer versions), from Unicode's own data files:
// - the character names and name aliases `\N{...}` escapes look up (compiler/unicode-names.ts),
// - the code points str.isprintable() rejects (compiler/unicode-printable.ts, for repr and the
//   tokenizer's messages),
// - XID_Start and XID_Continue, the identifier characters (compiler/tokenizer.ts).
// Names CPython computes (CJK unified ideographs, Hangul syllables) are left to the lookup code;
// only the CJK ranges are stored.
//
// Usage: node scripts/gen-compiler-unicode.js [UCD directory [output file]]   (default
// /usr/share/unicode, Debian's `unicode-data` package, and compiler/unicode-names-data.ts). The
// output is committed: the build does not need the data.
// tests/unit/unicode-data.test.js checks it against python3's unicodedata.
//
// Encoding. Everything is stored in strings of ALPHABET's 89 characters (printable ASCII less
// quotes, backslash and `$`), read as digits 0-88. A number is one digit below 60, else a digit
// 60 + k followed by k base-89 digits.
// - Ranges (NON_PRINTABLE, XID_*): pairs of numbers, the gap from the previous range's end
//   (exclusive; 0 at first) to the range's start, and the range's length less one.
// - WORDS: the words of the names, separated by spaces, each written as one digit (how many
//   leading characters it shares with the word before) and the rest of its characters. The
//   word `#` stands for the code point in hex (4 digits at least), glued to the previous word
//   with a hyphen ('CJK COMPATIBILITY IDEOGRAPH-F900').
// - NAMES: the names and aliases in code point order. Each starts with a header digit h: below
//   81, the code point follows the previous entry's (the previous plus one; the first entry's
//   'previous' is -1), the name repeats the previous name's first floor(h / 9) words and h % 9
//   word indexes follow; with h = 81, three numbers come first: the code point's distance from the
//   previous, the words repeated, the indexes following; and h = 82 stands for the next code
//   point, named as the previous entry with its last word's index plus one ('EGYPTIAN
//   HIEROGLYPH A002' after 'EGYPTIAN HIEROGLYPH A001'). A word index is 1 digit (< T1),
//   2 digits (the first in T1..T1+T2-1) or 3 digits, WORD_TIERS being [T1, T2].

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { CODE_POINTS, DEFAULT_UCD, UnicodeDatabase, runsOf } from './unicode-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const db = new UnicodeDatabase(process.argv[2] || DEFAULT_UCD);
const outFile = process.argv[3] || join(root, 'compiler', 'unicode-names-data.ts');

const ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'"\'\\`$'.includes(c))
  .join('');
const BASE = ALPHABET.length; // 89
const SMALL_NUMBER = 60;
const HEADER_SIDE = 9; // header digits below 81 pack repeated (< 9) and new (< 9) word counts
const HEADER_ESCAPE = HEADER_SIDE * HEADER_SIDE;
const HEADER_NEXT = HEADER_ESCAPE + 1;

function encodeNumber(n) {
  if (n < SMALL_NUMBER) return ALPHABET[n];
  let digits = '';
  for (; n > 0; n = Math.floor(n / BASE)) digits = ALPHABET[n % BASE] + digits;
  return ALPHABET[SMALL_NUMBER + digits.length] + digits;
}

/** Ranges [first, last] as (gap, length - 1) number pairs. */
function encodeRanges(runs) {
  let out = '';
  let end = 0;
  for (const [first, last] of runs) {
    out += encodeNumber(first - end) + encodeNumber(last - first);
    end = last + 1;
  }
  return out;
}

const hex4 = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');

/** A name's words; a last word ending in '-' and the code point in hex becomes that word and `#`. */
function wordsOf(cp, name) {
  const parts = name.split(' ');
  const suffix = '-' + hex4(cp);
  const last = parts[parts.length - 1];
  if (last.endsWith(suffix) && last.length > suffix.length) {
    return [...parts.slice(0, -1), last.slice(0, -suffix.length), '#'];
  }
  return parts;
}

/** The names and aliases, by code point (a character's name before its aliases). */
function nameEntries() {
  const records = db.records();
  const entries = [];
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const name = records[cp]?.name;
    if (name) entries.push({ cp, name, alias: false });
  }
  const aliases = db.aliases();
  for (const { cp, name } of aliases) entries.push({ cp, name, alias: true });
  entries.sort((a, b) => a.cp - b.cp || Number(a.alias) - Number(b.alias));
  const seen = new Map();
  for (const e of entries) {
    if (!/^[A-Z0-9-]+( [A-Z0-9-]+)*$/.test(e.name)) throw new Error(`unexpected name ${e.name}`);
    if (seen.has(e.name)) throw new Error(`${e.name} names both U+${hex4(seen.get(e.name))} and U+${hex4(e.cp)}`);
    seen.set(e.name, e.cp);
  }
  return { entries, aliases: aliases.length };
}

/** The digits of a word index, given the tiers [t1, t2]. */
function indexDigits(i, [t1, t2]) {
  if (i < t1) return ALPHABET[i];
  i -= t1;
  if (i < t2 * BASE) return ALPHABET[t1 + Math.floor(i / BASE)] + ALPHABET[i % BASE];
  i -= t2 * BASE;
  const lead = t1 + t2 + Math.floor(i / (BASE * BASE));
  if (lead >= BASE) throw new Error('too many words');
  return ALPHABET[lead] + ALPHABET[Math.floor(i / BASE) % BASE] + ALPHABET[i % BASE];
}

/** The tiers that make the indexes shortest, for word frequencies sorted in decreasing order. */
function bestTiers(freqs) {
  let best = null;
  for (let t1 = 1; t1 < BASE; t1++) {
    for (let t2 = 0; t1 + t2 < BASE; t2++) {
      const t3 = BASE - t1 - t2;
      if (t1 + t2 * BASE + t3 * BASE * BASE < freqs.length) continue;
      let cost = 0;
      freqs.forEach((f, i) => {
        cost += f * (i < t1 ? 1 : i < t1 + t2 * BASE ? 2 : 3);
      });
      if (!best || cost < best.cost) best = { tiers: [t1, t2], cost };
    }
  }
  return best.tiers;
}

function encodeNames() {
  const { entries, aliases } = nameEntries();
  // Each entry repeats the leading words it shares with the previous one; the others are indexes.
  let prev = [];
  const coded = entries.map((e) => {
    const words = wordsOf(e.cp, e.name);
    if (words.length >= 64) throw new Error(`${e.name}: compiler/unicode-names.ts decodes names of fewer than 64 words`);
    let shared = 0;
    while (shared < words.length && shared < prev.length && words[shared] === prev[shared]) shared++;
    const sameLength = words.length === prev.length;
    prev = words;
    return { cp: e.cp, shared, fresh: words.slice(shared), sameLength };
  });
  const counts = new Map();
  for (const c of coded) for (const w of c.fresh) counts.set(w, (counts.get(w) || 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
  const tiers = bestTiers(byFrequency.map((w) => counts.get(w)));
  // Within a tier the order does not change the indexes' lengths: sort alphabetically, so that
  // consecutive words share prefixes.
  const [t1, t2] = tiers;
  const bounds = [0, t1, t1 + t2 * BASE, byFrequency.length];
  const words = [];
  for (let t = 0; t < 3; t++) words.push(...byFrequency.slice(bounds[t], bounds[t + 1]).sort());
  const index = new Map(words.map((w, i) => [w, i]));

  let wordText = '';
  let before = '';
  for (const w of words) {
    let shared = 0;
    while (shared < BASE - 1 && shared < w.length && w[shared] === before[shared]) shared++;
    wordText += (wordText ? ' ' : '') + ALPHABET[shared] + w.slice(shared);
    before = w;
  }

  let nameText = '';
  let cp = -1;
  let last = -1; // the previous name's last word index
  for (const c of coded) {
    const gap = c.cp - cp;
    cp = c.cp;
    const lastBefore = last;
    last = c.fresh.length > 0 ? index.get(c.fresh[c.fresh.length - 1]) : last;
    if (gap === 1 && c.sameLength && c.fresh.length === 1 && last === lastBefore + 1) {
      nameText += ALPHABET[HEADER_NEXT];
      continue;
    }
    if (gap === 1 && c.shared < HEADER_SIDE && c.fresh.length < HEADER_SIDE) {
      nameText += ALPHABET[c.shared * HEADER_SIDE + c.fresh.length];
    } else {
      nameText += ALPHABET[HEADER_ESCAPE] + encodeNumber(gap) + encodeNumber(c.shared) + encodeNumber(c.fresh.length);
    }
    for (const w of c.fresh) nameText += indexDigits(index.get(w), tiers);
  }
  return { wordText, nameText, tiers, names: entries.length - aliases, aliases, words: words.length };
}

function main() {
  const records = db.records();
  const assigned = db.assigned();
  const props = db.coreProperties();
  const has = (cp, prop) => assigned[cp] === 1 && props.get(cp)?.has(prop) === true;
  const cjk = runsOf((cp) => records[cp]?.range?.startsWith('CJK Ideograph') === true);
  const printable = (cp) => records[cp] !== undefined && (cp === 0x20 || !'CZ'.includes(records[cp].category[0]));
  const nonPrintable = runsOf((cp) => !printable(cp));
  const xidStart = runsOf((cp) => has(cp, 'XID_Start'));
  const xidContinue = runsOf((cp) => has(cp, 'XID_Continue'));
  const names = encodeNames();

  const str = (s) => `'${s}'`;
  const out = `// Generated by scripts/gen-compiler-unicode.js from the Unicode Character Database (${db.version}
// data files), keeping what Unicode 14.0 (Python 3.11's version) assigns. Do not edit by hand;
// the script describes the encoding.

export const ALPHABET = ${str(ALPHABET)};
/** Unified ideographs: CPython names them CJK UNIFIED IDEOGRAPH-XXXX. */
export const CJK_RANGES: readonly (readonly [number, number])[] = [${cjk.map(([a, b]) => `[0x${hex4(a)}, 0x${hex4(b)}]`).join(', ')}];
/** The code points str.isprintable() rejects. */
export const NON_PRINTABLE = ${str(encodeRanges(nonPrintable))};
export const XID_START = ${str(encodeRanges(xidStart))};
export const XID_CONTINUE = ${str(encodeRanges(xidContinue))};
export const WORD_TIERS: readonly [number, number] = [${names.tiers.join(', ')}];
/** ${names.words} words. */
export const WORDS = ${str(names.wordText)};
/** ${names.names} names and ${names.aliases} aliases. */
export const NAMES = ${str(names.nameText)};
`;
  writeFileSync(outFile, out);
  console.log(`${outFile}: ${out.length} bytes; ${names.names} names, ${names.aliases} aliases, ${names.words} words ` +
    `(${names.wordText.length} + ${names.nameText.length} characters); ${nonPrintable.length} non-printable ranges, ` +
    `${xidStart.length} XID_Start and ${xidContinue.length} XID_Continue ranges`);
}

main();
