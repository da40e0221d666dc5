// Reads the Unicode Character Database for the generators (gen-unicode-tables.js for the VM,
// gen-compiler-unicode.js for the compiler), as Python 3.11 sees it.
//
// Python 3.11 uses Unicode 14.0. The data files may be 14.0's or 15.0's (Debian bookworm's
// `unicode-data` package, in /usr/share/unicode): code points 15.0 assigned (DerivedAge > 14.0)
// are left out, so they behave as unassigned, and the few other differences of 15.0 are taken
// back (LOWERCASE_SINCE_15, ALIASES_SINCE_15).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_UCD = '/usr/share/unicode';
export const MAX_AGE = 14.0;
export const CODE_POINTS = 0x110000;

/**
 * Characters of Unicode 14.0 that 15.0 made Other_Lowercase (so Lowercase and Cased): the data
 * files are 15.0's, so take the property back off, as 14.0 had it.
 */
const LOWERCASE_SINCE_15 = [0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69];

/** Name aliases of Unicode 14.0 characters that 15.0 added (NameAliases.txt does not date its lines). */
const ALIASES_SINCE_15 = [
  [0x0019, 'EM'],
  [0x0616, 'ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE'],
  [0x1BBD, 'SUNDANESE LETTER ARCHAIC I'],
];

/** The data files of one directory, read once each as needed. */
export class UnicodeDatabase {
  /** @param {string} dir the directory of the data files */
  constructor(dir = DEFAULT_UCD) {
    this.dir = dir;
    this.cache = new Map();
  }

  cached(key, make) {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key);
  }

  /** The version of the data files (DerivedAge.txt's first line names it): '14.0' or '15.0'. */
  get version() {
    return this.cached('version', () => {
      const first = readFileSync(join(this.dir, 'DerivedAge.txt'), 'utf8').split('\n')[0];
      const version = (first.match(/DerivedAge-(\d+\.\d+)\.\d+\.txt/) || [])[1];
      if (version !== '14.0' && version !== '15.0') {
        throw new Error(`${this.dir} holds Unicode ${version} data; the generators know the differences of 14.0 and 15.0 only`);
      }
      return version;
    });
  }

  /** The non-empty lines of a data file, comments removed. */
  lines(name) {
    return readFileSync(join(this.dir, name), 'utf8')
      .split('\n')
      .map((l) => l.split('#')[0].trim())
      .filter((l) => l.length > 0);
  }

  /** Calls fn(cp, fields) for each code point of each `X..Y ; value` line. */
  eachRange(name, fn) {
    for (const line of this.lines(name)) {
      const fields = line.split(';').map((f) => f.trim());
      const [lo, hi] = fields[0].split('..').map((h) => parseInt(h, 16));
      for (let cp = lo; cp <= (hi ?? lo); cp++) fn(cp, fields);
    }
  }

  /** 1 for each code point Unicode 14.0 assigns (noncharacters and surrogates included). */
  assigned() {
    return this.cached('assigned', () => {
      const assigned = new Uint8Array(CODE_POINTS);
      this.eachRange('DerivedAge.txt', (cp, f) => {
        if (parseFloat(f[1]) <= MAX_AGE) assigned[cp] = 1;
      });
      return assigned;
    });
  }

  /**
   * UnicodeData.txt as one entry per assigned code point (ranges like CJK ideographs expanded):
   * { category, bidi, decimal, digit, numeric, upper, lower, title, name, range }, where `name`
   * is null for `<control>` and range members, and `range` names a range's members
   * ('CJK Ideograph Extension A'…), else null.
   */
  records() {
    return this.cached('records', () => {
      const assigned = this.assigned();
      const data = new Array(CODE_POINTS);
      let rangeStart = -1;
      for (const line of this.lines('UnicodeData.txt')) {
        const f = line.split(';');
        const cp = parseInt(f[0], 16);
        if (f[1].endsWith(', First>')) {
          rangeStart = cp;
          continue;
        }
        const last = f[1].endsWith(', Last>');
        const entry = {
          category: f[2], bidi: f[4], decimal: f[6], digit: f[7], numeric: f[8],
          upper: f[12], lower: f[13], title: f[14],
          name: f[1].startsWith('<') ? null : f[1],
          range: last ? f[1].slice(1, -', Last>'.length) : null,
        };
        const first = last ? rangeStart : cp;
        for (let c = first; c <= cp; c++) if (assigned[c]) data[c] = entry;
      }
      return data;
    });
  }

  /** DerivedCoreProperties.txt as 14.0 had it: a new map of cp -> set of property names. */
  coreProperties() {
    const props = new Map();
    this.eachRange('DerivedCoreProperties.txt', (cp, f) => {
      if (!props.has(cp)) props.set(cp, new Set());
      props.get(cp).add(f[1]);
    });
    if (this.version === '15.0') {
      for (const cp of LOWERCASE_SINCE_15) {
        props.get(cp).delete('Lowercase');
        props.get(cp).delete('Cased');
      }
    }
    return props;
  }

  /** NameAliases.txt's aliases of 14.0's characters, in file order: { cp, name, type }. */
  aliases() {
    const assigned = this.assigned();
    const since15 = this.version === '15.0' ? new Set(ALIASES_SINCE_15.map(([cp, name]) => `${cp};${name}`)) : new Set();
    const out = [];
    for (const line of this.lines('NameAliases.txt')) {
      const [hex, name, type] = line.split(';').map((f) => f.trim());
      const cp = parseInt(hex, 16);
      if (assigned[cp] && !since15.has(`${cp};${name}`)) out.push({ cp, name, type });
    }
    return out;
  }
}

/** The [first, last] runs of consecutive code points for which pred(cp) holds. */
export function runsOf(pred, limit = CODE_POINTS) {
  const runs = [];
  let start = -1;
  for (let cp = 0; cp <= limit; cp++) {
    const inside = cp < limit && pred(cp);
    if (inside && start < 0) start = cp;
    else if (!inside && start >= 0) {
      runs.push([start, cp - 1]);
      start = -1;
    }
  }
  return runs;
}
