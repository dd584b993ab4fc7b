import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED, TRADITIONAL } from '../../src/text/traditional-table.js';
// @ts-expect-error: plain ESM script shared with `npm run gen:traditional`, without type declarations
import { TARGET, render } from './generate-traditional.mjs';

describe('the generated Traditional → Simplified table', () => {
  it('is what `npm run gen:traditional` writes from the installed OpenCC data', () => {
    expect(readFileSync(TARGET as URL, 'utf8')).toBe((render as () => string)());
  });

  it('maps one UTF-16 unit to one, each Traditional character once, and only real changes', () => {
    expect(SIMPLIFIED.length).toBe(TRADITIONAL.length);
    expect(new Set(TRADITIONAL).size).toBe(TRADITIONAL.length);
    for (let i = 0; i < TRADITIONAL.length; i++) expect(TRADITIONAL[i]).not.toBe(SIMPLIFIED[i]);
    expect(TRADITIONAL).not.toMatch(/[\ud800-\udfff]/u);
    expect(SIMPLIFIED).not.toMatch(/[\ud800-\udfff]/u);
  });

  const fold = (ch: string): string | undefined => {
    const at = TRADITIONAL.indexOf(ch);
    return at < 0 ? undefined : SIMPLIFIED[at];
  };

  it('has the standard forms, the HK and TW variants, and first candidates', () => {
    expect(fold('報')).toBe('报');
    expect(fold('於')).toBe('于');
    expect(fold('乾')).toBe('干');
    // HK / TW forms through OpenCC's standard Traditional: 枱 → 檯 → 台, 衞 → 衛 → 卫, 裡 → 裏 → 里.
    expect(fold('枱')).toBe('台');
    expect(fold('衞')).toBe('卫');
    expect(fold('裡')).toBe('里');
  });

  it('leaves the characters of Simplified writing alone', () => {
    // TW writes 著 for 着 and 么 for 幺, but 显著 and 什么 are Simplified as they stand.
    expect(fold('著')).toBeUndefined();
    expect(fold('么')).toBeUndefined();
    expect(fold('报')).toBeUndefined();
  });
});
