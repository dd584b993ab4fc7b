/**
 * Full-width digits, letters and number signs (０-９, Ａ-Ｚ, ％, ．, －, ＋, ／) → ASCII. One UTF-16 unit for one, so every
 * offset into the result is an offset into the input: the scanners apply it to un-normalised text without an offset
 * map. Full-width punctuation (，：（）) is left alone: ， is a clause break, never a thousands separator.
 */
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0d\uff0e\uff0f]/gu;

/** True for a full-width character foldWidth turns into ASCII. */
export function foldsWidth(ch: string): boolean {
  FULL_WIDTH.lastIndex = 0;
  return ch.length === 1 && FULL_WIDTH.test(ch);
}

export function foldWidth(text: string): string {
  FULL_WIDTH.lastIndex = 0;
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
