/**
 * A text layer that is mojibake: bytes drawn through the wrong encoding (UTF-8 through a WinAnsi font gives
 * `æ”¿åºœ`), or a font whose ToUnicode map points into the Private Use Area. The signal is what a Chinese report
 * is written in: ideographs, CJK punctuation, full-width forms, ASCII. A page whose letters are mostly something
 * else (Latin-1 and Latin Extended letters, other scripts, private use, unassigned code points, rare Extension
 * ideographs) is not read.
 */

const UNASSIGNED = /\p{Cn}/u;

/** True for a character a Chinese report's text layer should not be made of. */
function isOdd(code: number, ch: string): boolean {
  if (code < 0x20) return true;
  if (code < 0x80) return false;
  if (code < 0xa0) return true; // C1 controls
  if (code <= 0x036f) return code !== 0xb7 && code !== 0xd7 && code !== 0xf7 && code !== 0xb0; // ·×÷° are used
  if (code < 0x2000) return true; // Greek, Cyrillic and the other alphabets
  if (code >= 0x3400 && code <= 0x4dbf) return true; // Extension A: rare in reports, common in a wrong CMap
  if (code >= 0xe000 && code <= 0xf8ff) return true; // private use
  if (code >= 0xd800 && code <= 0xdfff) return true; // outside the BMP: Extension B and later, private use planes
  if (code >= 0xfff0) return true;
  return UNASSIGNED.test(ch);
}

/** Counts the letters of a text and the odd ones among them (white space, ASCII digits and punctuation ignored). */
export function oddShare(text: string): { letters: number; odd: number } {
  let letters = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x40 || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7f) || code === 0x3000) continue;
    letters++;
    if (isOdd(code, text[i]!)) odd++;
  }
  return { letters, odd };
}

const MIN_LETTERS = 20;
const MAX_ODD_SHARE = 0.3;

/** True when a page's text is mostly characters no report is written in. */
export function isMojibake(text: string): boolean {
  const { letters, odd } = oddShare(text);
  return letters >= MIN_LETTERS && odd / letters > MAX_ODD_SHARE;
}
