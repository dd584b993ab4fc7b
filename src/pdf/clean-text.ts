/**
 * Character-level cleaning of pdf.js text: radicals folded to their ideographs, spaces between CJK glyphs dropped.
 * Both keep a per-character record of which source glyph each output character is, so boxes stay exact.
 */
import { IDEOGRAPHS, RADICALS } from './radicals-table.js';

// WPS and Word embed subset fonts whose ToUnicode maps some ideographs to the radical code points that look the
// same (⻓ for 长, ⼈ for 人); a reader matching 长 would miss them.
const SUPPLEMENT = new Map<number, string>();
for (let i = 0; i < RADICALS.length; i++) SUPPLEMENT.set(RADICALS.charCodeAt(i), IDEOGRAPHS[i]!);

/** The ideograph a radical stands for (Kangxi radicals by NFKC, the supplement by the Unicode table), else the character. */
export function foldRadical(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x2f00 && code <= 0x2fd5) {
    const folded = ch.normalize('NFKC');
    return folded.length === 1 ? folded : ch;
  }
  if (code >= 0x2e80 && code <= 0x2ef3) return SUPPLEMENT.get(code) ?? ch;
  return ch;
}

/** Ideographs, CJK punctuation and full-width forms: the characters between which a space is layout, not text. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x201c && code <= 0x201d)
  );
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0xa0 || code === 0x3000 || code === 0x09;

/**
 * Clean one run: fold radicals, drop spaces that touch a CJK character on either side (pdf.js inserts them where a
 * glyph advance leaves a gap; `12 34` keeps its space: two numbers), drop leading and trailing spaces.
 * Returns the text and, for each of its characters, the index of the source character it came from.
 */
export function cleanRun(str: string): { text: string; from: number[] } {
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (isSpace(code)) {
      let j = i;
      while (j < str.length && isSpace(str.charCodeAt(j))) j++;
      const before = i > 0 ? str.charCodeAt(i - 1) : -1;
      const after = j < str.length ? str.charCodeAt(j) : -1;
      if (before >= 0 && after >= 0 && !isCjk(before) && !isCjk(after)) {
        text += ' ';
        from.push(i);
      }
      i = j - 1;
      continue;
    }
    // Code 0 and other controls are glyphs without a Unicode mapping: nothing to read.
    if (code < 0x20) continue;
    text += foldRadical(str[i]!);
    from.push(i);
  }
  return { text, from };
}
