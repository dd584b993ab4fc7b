/**
 * Chinese numerals. chinese-numbers-converter does the narrow job it does well — converting an isolated numeral
 * below 万 — behind checks that it lacks (shared/docs/primitives.md): we split at 亿 and 万 ourselves (五亿三千万
 * is mis-read by the library), reject ranges (三四十, 一两) and malformed tokens, convert digit-by-digit year strings
 * (二〇一九) ourselves, treat a 0 from a token that is not 零/〇 as failure, and check the result is a safe integer.
 */
import ChineseNumber from 'chinese-numbers-converter';

/** Characters that may form a Chinese numeral token. */
export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万亿';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// A section below 万: [d千][零][d百][零][d]十[零][d]. Optional groups of distinct literals: linear, no nesting.
const BELOW_WAN =
  /^(?:[一二两三四五六七八九]千)?(?:零?[一二两三四五六七八九]百)?(?:零?[一二三四五六七八九]?十)?(?:零?[一二三四五六七八九])?$/;

function convertBelowWan(section: string): number | null {
  if (section === '') return 0;
  if (section === '零' || section === '〇') return 0;
  if (section === '两') return 2;
  // A bare leading 百/千 (近百次, 千余人) means one hundred / one thousand.
  if (section.startsWith('百') || section.startsWith('千')) section = `一${section}`;
  if (!BELOW_WAN.test(section)) return null;
  // A leading 十 (十二) is fine; a 十 elsewhere without a digit (一百十) is colloquial but unambiguous.
  const value = new ChineseNumber(section).toInteger();
  if (!Number.isSafeInteger(value) || value <= 0 || value >= 10000) return null;
  return value;
}

function convertBelowYi(part: string): number | null {
  const wan = part.indexOf('万');
  if (wan < 0) return convertBelowWan(part);
  if (part.indexOf('万', wan + 1) >= 0 || wan === 0) return null;
  const high = convertBelowWan(part.slice(0, wan));
  const low = convertBelowWan(part.slice(wan + 1));
  if (high === null || low === null || high === 0) return null;
  return high * 10000 + low;
}

/**
 * Convert a positional Chinese numeral (三千五百, 一万零五, 五亿三千万, 两) to an integer; `null` when the token is
 * not exactly one well-formed numeral (ranges such as 三四十 or 一两, stray characters, digit strings).
 */
export function parseChineseInteger(token: string): number | null {
  if (token.length === 0 || token.length > 24) return null;
  if (token === '零' || token === '〇' || token === '○') return 0;
  for (const ch of token) if (!CHINESE_NUMERAL_CHARS.includes(ch)) return null;
  const yi = token.indexOf('亿');
  let value: number | null;
  if (yi < 0) value = convertBelowYi(token);
  else {
    if (token.indexOf('亿', yi + 1) >= 0 || yi === 0) return null;
    const high = convertBelowYi(token.slice(0, yi));
    const low = convertBelowYi(token.slice(yi + 1));
    value = high === null || low === null || high === 0 ? null : high * 100_000_000 + low;
  }
  if (value === null || !Number.isSafeInteger(value) || value === 0) return null;
  return value;
}

/** Convert a digit-by-digit string such as 二〇一九 or 二○一一 (years, numbers read out digit by digit). */
export function parseChineseDigitString(token: string): number | null {
  if (token.length === 0 || token.length > 15) return null;
  let value = 0;
  for (const ch of token) {
    const d = DIGITS[ch];
    if (d === undefined || ch === '两') return null;
    value = value * 10 + d;
  }
  return value;
}

/** A small Chinese or Arabic integer, e.g. a month or day (十二, 三十一, 07). */
export function parseSmallInteger(token: string): number | null {
  if (/^\d{1,4}$/.test(token)) return Number(token);
  return parseChineseInteger(token);
}
