import { describe, expect, it } from 'vitest';
import { parseChineseDigitString, parseChineseInteger } from '../../src/text/numerals.js';

describe('parseChineseInteger', () => {
  it.each([
    ['零', 0],
    ['〇', 0],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['三十一', 31],
    ['一百零五', 105],
    ['两千零三十', 2030],
    ['一万零五', 10005],
    ['五亿三千万', 530_000_000],
    ['一千二百三十四万五千六百七十八', 12_345_678],
    ['九千九百九十九亿', 999_900_000_000],
    ['百', 100],
    ['千', 1000],
  ])('%s → %d', (token, value) => {
    expect(parseChineseInteger(token)).toBe(value);
  });

  it.each(['三四十', '一两', '十十', '万', '亿', '一二三', '五亿亿', '统一', '', '三千万万'])('rejects %s', (token) => {
    expect(parseChineseInteger(token)).toBeNull();
  });
});

describe('parseChineseDigitString', () => {
  it('reads years digit by digit', () => {
    expect(parseChineseDigitString('二〇一九')).toBe(2019);
    expect(parseChineseDigitString('二○一一')).toBe(2011);
    expect(parseChineseDigitString('二零二一')).toBe(2021);
  });
  it('rejects non-digits', () => {
    expect(parseChineseDigitString('二十一')).toBeNull();
    expect(parseChineseDigitString('两〇一九')).toBeNull();
  });
});
