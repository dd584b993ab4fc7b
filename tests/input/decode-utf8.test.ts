/**
 * decodeBytes reads UTF-8 with its own strict decoder (faster than V8's for CJK text): it must accept exactly what
 * `TextDecoder('utf-8', { fatal: true })` accepts, and read it to the same string.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';

const platform = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const platformText = (bytes: Uint8Array): string | null => {
  try {
    return platform.decode(bytes);
  } catch {
    return null;
  }
};
/** The text when decodeBytes read the bytes as (untruncated) UTF-8, else null. */
const ownText = (bytes: Uint8Array): string | null => {
  try {
    const decoded = decodeBytes(bytes);
    return decoded.encoding === 'utf-8' && !decoded.warning ? decoded.text : null;
  } catch {
    return null;
  }
};

describe('UTF-8 decoding', () => {
  it('reads a real report as the platform decoder does', () => {
    const bytes = readFileSync(new URL('../../fixtures/real/pingtan/docs/r003.txt', import.meta.url));
    const text = ownText(bytes);
    expect(text).toBe(platformText(bytes));
    expect(text).toContain('平潭综合实验区行政审批局');
  });

  it('accepts and rejects every lead/continuation boundary as the platform decoder does', () => {
    // Bytes at the edges of the UTF-8 ranges (overlong forms, surrogates, past U+10FFFF, stray continuations).
    const edges = [0x09, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
    const before = new TextEncoder().encode('年度报告');
    const after = new TextEncoder().encode('政府信息');
    const probe = (seq: number[]): Uint8Array => new Uint8Array([...before, ...seq, ...after]);
    let accepted = 0;
    const mismatches: string[] = [];
    for (const a of edges) {
      for (const b of edges) {
        for (const c of edges) {
          for (const d of [0x41, 0x80, 0xc0]) {
            const bytes = probe([a, b, c, d]);
            const expected = platformText(bytes);
            if (expected !== null) accepted++;
            if (ownText(bytes) !== expected) mismatches.push([a, b, c, d].map((x) => x.toString(16)).join(' '));
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(accepted).toBeGreaterThan(400);
  });

  it('keeps a 4-byte character as its surrogate pair and a cut-off last character as a warning', () => {
    expect(ownText(new TextEncoder().encode('表𠀋一'))).toBe('表𠀋一');
    const cut = new TextEncoder().encode('年度报告').subarray(0, 11);
    expect(decodeBytes(cut)).toMatchObject({ text: '年度报', encoding: 'utf-8', warning: { code: 'input-truncated' } });
  });
});
