import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { readFileSync, readdirSync } from 'node:fs';
import { moneyIn, parseQuantity, quantityAt, scanQuantities } from '../../src/text/quantities.js';

const scan = (s: string) => scanQuantities(normalize(s).text);

describe('number tokens', () => {
  it('reads ASCII and full-width digits with units', () => {
    expect(parseQuantity('78件')).toMatchObject({ value: 78, unit: '件', kind: 'count', approximate: false });
    expect(scan('受理申请１２３件')[0]).toMatchObject({ value: 123, unit: '件' });
  });

  it('reads thousands separators only when they are ASCII commas in digit groups', () => {
    expect(parseQuantity('30,105件')?.value).toBe(30105);
    expect(scan('分别为100，200件').map((q) => q.value)).toEqual([100, 200]);
    expect(scan('部分公开67,占4.61%').map((q) => q.value)).toEqual([67, 4.61]);
  });

  it('reads decimals and multipliers in decimal arithmetic', () => {
    expect(parseQuantity('21.5万条')).toMatchObject({ value: 215000, decimal: '215000', unit: '条' });
    expect(parseQuantity('532.7亿元')?.value).toBe(53_270_000_000);
    const money = parseQuantity('4.52万元')!;
    expect(moneyIn(money, '元')).toBe(45200);
    expect(moneyIn(parseQuantity('160.5964万元')!, '元')).toBe(1605964);
    expect(moneyIn(parseQuantity('251000元')!, '万元')).toBe(25.1);
  });

  it('reads negative values', () => {
    expect(parseQuantity('-8')?.value).toBe(-8);
    expect(scan('2014-2017').map((q) => q.value)).toEqual([2014, 2017]);
  });

  it('reads Chinese numerals only when a measure word anchors them', () => {
    expect(scan('召开会议三次')[0]).toMatchObject({ value: 3, unit: '次' });
    expect(scan('两次')[0]?.value).toBe(2);
    expect(scan('〇件')[0]?.value).toBe(0);
    expect(scan('统一部署，进一步推进，十三五规划，二维码')).toEqual([]);
    expect(scan('第一次会议')).toEqual([]);
  });

  it('marks approximations', () => {
    for (const s of ['6030余条', '4000多次', '近百次', '约300件', '300件左右', '超过2550万', '1200 余次']) {
      expect(scan(s)[0], s).toMatchObject({ approximate: true });
    }
    expect(scan('近百次')[0]?.value).toBe(100);
    expect(scan('1200 余次')[0]?.value).toBe(1200);
  });

  it('keeps percentages apart from counts', () => {
    expect(scan('占55%')[0]).toMatchObject({ value: 55, kind: 'percent' });
    expect(scan('百分之二十')[0]).toMatchObject({ value: 20, kind: 'percent' });
  });

  it('tells units apart: 人次 over 人, 万元 as money', () => {
    expect(scan('400余人次')[0]).toMatchObject({ unit: '人次', approximate: true });
    expect(scan('3万元')[0]).toMatchObject({ kind: 'money' });
  });

  it('reads a numeral at offset 0 at its full value', () => {
    expect(scan('十一月')).toEqual([]);
    expect(scan('十一件')[0]).toMatchObject({ start: 0, value: 11 });
    expect(scan('1640条')[0]).toMatchObject({ start: 0, value: 1640 });
  });
});

describe('the token at a place', () => {
  it('reads the token the scan finds there, and nothing inside another token', () => {
    const text = '上年结转政府信息公开申请数量0000000，收到申请1,234件，十三五期间，占百分之五十，约300余件';
    const at = (token: string, skip = 0) => {
      const start = text.indexOf(token) + skip;
      return quantityAt(text, start, text.indexOf(token) + token.length);
    };
    expect(at('0000000')).toMatchObject({ value: 0, decimal: '0' });
    expect(at('1,234件')).toMatchObject({ value: 1234, unit: '件' });
    expect(at('1,234件', 2)).toBeUndefined(); // 234件 stands inside 1,234件
    expect(at('十三五')).toBeUndefined(); // a numeral without a measure word
    expect(at('百分之五十')).toMatchObject({ value: 50, kind: 'percent' });
    expect(at('约300余件')).toMatchObject({ value: 300, approximate: true, unit: '件' });
    // Full-width digits next to the token: read as the whole scan reads them.
    expect(quantityAt('收到１２件', 2, 5)).toMatchObject({ value: 12, unit: '件' });
    expect(quantityAt('收到1２件', 2, 3)).toBeUndefined();
  });

  it('agrees with the whole scan on every token of the real reports', () => {
    let tokens = 0;
    for (const set of ['pingtan', 'regions']) {
      const dir = new URL(`../../fixtures/real/${set}/docs/`, import.meta.url).pathname;
      for (const name of readdirSync(dir)) {
        const text = normalize(readFileSync(dir + name, 'utf8')).text;
        for (const q of scanQuantities(text)) {
          expect(quantityAt(text, q.start, q.end)).toEqual(q);
          tokens++;
        }
      }
    }
    expect(tokens).toBeGreaterThan(1000);
  });
});

describe('decimal scaling', () => {
  it('scales exactly in both directions', async () => {
    const { scaleDecimal } = await import('../../src/text/decimal.js');
    expect(scaleDecimal('532.7', 8)).toBe('53270000000');
    expect(scaleDecimal('0.05', 4)).toBe('500');
    expect(scaleDecimal('251000', -4)).toBe('25.1');
    expect(scaleDecimal('-3', 0)).toBe('-3');
    expect(scaleDecimal('1,234.50', 0)).toBe('1234.5');
    expect(scaleDecimal('abc', 2)).toBeNull();
  });
});
