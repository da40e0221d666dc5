// Unicode character names for `\N{...}` escapes, matched case-insensitively as CPython does.
// The table (unicode-names-data.ts) is decoded into a map the first time a name is looked up.

import { ALPHABET, CJK_RANGES, NAMES, WORDS } from './unicode-names-data.js';

let byName: Map<string, number> | null = null;

export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  return lookupCjk(upper) ?? lookupHangul(upper) ?? table().get(upper);
}

function table(): Map<string, number> {
  if (byName !== null) return byName;
  const digit = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) digit[ALPHABET.charCodeAt(i)] = i;
  const words = WORDS.split(' ');
  const map = new Map<string, number>();
  let cp = -1;
  let i = 0;
  const data = NAMES;
  while (i < data.length) {
    // The gap to this code point: one digit below 60, else a length and base-89 digits.
    let d = digit[data.charCodeAt(i++)];
    if (d >= 60) {
      let n = 0;
      for (let k = d - 60; k > 0; k--) n = n * 89 + digit[data.charCodeAt(i++)];
      d = n;
    }
    cp += d + 1;
    let name = '';
    while (data.charCodeAt(i) !== 0x20) {
      // Word indexes: 1 digit below 40, 2 digits below 2710, else 3.
      let w = digit[data.charCodeAt(i++)];
      if (w >= 70) {
        w = 40 + 30 * 89 + (w - 70) * 89 * 89 + digit[data.charCodeAt(i)] * 89 + digit[data.charCodeAt(i + 1)];
        i += 2;
      } else if (w >= 40) {
        w = 40 + (w - 40) * 89 + digit[data.charCodeAt(i++)];
      }
      // Word 0 stands for the code point in hex, glued to the previous word with '-'.
      if (w === 0) name += '-' + cp.toString(16).toUpperCase().padStart(4, '0');
      else name += (name === '' ? '' : ' ') + words[w];
    }
    i++;
    map.set(name, cp);
  }
  byName = map;
  return map;
}

function lookupCjk(name: string): number | undefined {
  const prefix = 'CJK UNIFIED IDEOGRAPH-';
  if (!name.startsWith(prefix)) return undefined;
  const hex = name.slice(prefix.length);
  if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
  const cp = parseInt(hex, 16);
  return CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi) ? cp : undefined;
}

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = [
  'A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU',
  'EU', 'YI', 'I',
];
const JAMO_T = [
  '', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS',
  'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H',
];

/** Hangul syllables are named from their jamo: the longest matching part is taken each time. */
function lookupHangul(name: string): number | undefined {
  const prefix = 'HANGUL SYLLABLE ';
  if (!name.startsWith(prefix)) return undefined;
  let pos = prefix.length;
  const take = (names: string[]): number => {
    let best = -1;
    let bestLen = -1;
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      if (n.length > bestLen && name.startsWith(n, pos)) {
        best = i;
        bestLen = n.length;
      }
    }
    if (best >= 0) pos += bestLen;
    return best;
  };
  const l = take(JAMO_L);
  const v = take(JAMO_V);
  const t = take(JAMO_T);
  if (l < 0 || v < 0 || t < 0 || pos !== name.length) return undefined;
  return 0xac00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
}
