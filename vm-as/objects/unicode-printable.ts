// str.isprintable() for one code point. The complete Unicode table comes with the str methods;
// until then: ASCII rules, Latin-1's controls and soft hyphen, and surrogates are non-printable.

export function isPrintable(cp: u32): bool {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp < 0x7F) return true;
  if (cp < 0xA0 || cp == 0xAD) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return true;
}
