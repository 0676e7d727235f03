// Character-level repairs: line breaks, control and invisible format characters, unpaired
// surrogates, Unicode NFC.

import type { Edit } from './edit-buffer';

// \r\n and lone \r → \n; U+2028/2029 → \n; C0/C1 controls except \t \n \r removed (vertical
// tab and form feed become \n); invisible format characters removed: soft hyphen,
// zero-width space, LRM/RLM, bidi embeddings and isolates, word joiner, BOM. ZWJ/ZWNJ are
// kept (emoji sequences). Unpaired surrogates become U+FFFD.
const CHARS =
  /\r\n?|[\u2028\u2029]|[\u000B\u000C]|[\u0000-\u0008\u000E-\u001F\u007F-\u009F]|[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\uD800-\uDFFF]/g;

export function characterEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  CHARS.lastIndex = 0;
  for (let m = CHARS.exec(text); m; m = CHARS.exec(text)) {
    const ch = m[0];
    const start = m.index;
    const end = start + ch.length;
    const c = ch.charCodeAt(0);
    if (ch === '\n') continue;
    if (c === 0x0d || c === 0x2028 || c === 0x2029) {
      edits.push({ start, end, after: '\n', reason: 'whitespace' });
    } else if (c === 0x0b || c === 0x0c) {
      edits.push({ start, end, after: '\n', reason: 'control-character' });
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(end);
      if (next >= 0xdc00 && next <= 0xdfff) CHARS.lastIndex = end + 1; // a valid pair
      else edits.push({ start, end, after: '\uFFFD', reason: 'unicode' });
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      edits.push({ start, end, after: '\uFFFD', reason: 'unicode' }); // lone low surrogate
    } else {
      edits.push({ start, end, after: '', reason: 'control-character' });
    }
  }
  return edits;
}

// A starter followed by combining marks, or a lone mark.
const CLUSTER = /[^\p{M}]\p{M}+|\p{M}+/gu;
// Singletons that NFC maps to another character (Ohm, Kelvin, Angstrom, Greek compat...).
const SINGLETON = /[\u0340\u0341\u0343\u0344\u0374\u037E\u0387\u1F71-\u1FFD\u2000\u2001\u2126\u212A\u212B\u2329\u232A\uF900-\uFAFF]/gu;

export function nfcEdits(text: string): Edit[] {
  if (text.normalize('NFC') === text) return [];
  const edits: Edit[] = [];
  for (const re of [CLUSTER, SINGLETON]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const nfc = m[0].normalize('NFC');
      if (nfc !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, after: nfc, reason: 'unicode' });
    }
  }
  return edits;
}
