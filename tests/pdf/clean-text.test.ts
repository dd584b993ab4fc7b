/** Character cleaning of pdf.js runs: radicals folded to ideographs, CJK spacing dropped, numbers kept apart. */
import { describe, expect, it } from 'vitest';
import { cleanRun, foldRadical } from '../../src/pdf/clean-text.js';
import { IDEOGRAPHS, RADICALS } from '../../src/pdf/radicals-table.js';

describe('cleanRun', () => {
  it('folds Kangxi radicals (NFKC) and CJK Radicals Supplement characters (Unicode table) to their ideographs', () => {
    expect(cleanRun('⼈⺠政府⻓').text).toBe('人民政府长');
    expect(foldRadical('⼀')).toBe('一');
    expect(foldRadical('⻔')).toBe('门');
    // A supplement radical with no unified equivalent stays as written.
    expect(foldRadical('⺀')).toBe('⺀');
    expect(RADICALS.length).toBe(IDEOGRAPHS.length);
  });

  it('drops the spaces pdf.js puts between CJK glyphs, keeps one between two numbers or words', () => {
    expect(cleanRun('只计这一情 形，不').text).toBe('只计这一情形，不');
    expect(cleanRun('号 ， 邮 编 ： 223100').text).toBe('号，邮编：223100');
    expect(cleanRun('12 34').text).toBe('12 34');
    expect(cleanRun('  hzzwgk@126.com  ').text).toBe('hzzwgk@126.com');
  });

  it('keeps for each character the index of the glyph it came from', () => {
    expect(cleanRun('情 形 12').from).toEqual([0, 2, 4, 5]);
  });
});
