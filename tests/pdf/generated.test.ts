/**
 * parsePdf on PDFs printed from the project's own HTML fixtures (fixtures/pdf-generated) by LibreOffice, Chromium
 * and wkhtmltopdf: each PDF gives exactly its HTML fixture's values; a text layer of Kangxi radicals
 * (wkhtmltopdf's ToUnicode maps, as in Word exports) is read as the ideographs. The whole set is scored by
 * `npm run eval` (set pdf-generated) and guarded by tests/real-corpus.test.ts too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { describe, expect, it } from 'vitest';
import { extractPdfText, parsePdf } from '../../src/pdf/index.js';
import { toRecord } from '../../src/record/to-record.js';

const DIR = new URL('../../fixtures/pdf-generated/', import.meta.url);
const bytesOf = (id: string) => new Uint8Array(readFileSync(new URL(`docs/${id}.pdf`, DIR)));
interface Gold {
  fields: Record<string, string | number>;
  uncertain: string[];
}
const goldOf = (id: string) => JSON.parse(readFileSync(new URL(`gold/${id}.json`, DIR), 'utf8')) as Gold;
const KANGXI = /[\u2f00-\u2fd5]/u;

describe('generated PDFs', { timeout: 120_000 }, () => {
  const ids = readdirSync(new URL('gold/', DIR)).map((f) => f.replace(/\.json$/u, '')).sort();

  it('covers the three fixtures from three producers', () => {
    expect(ids).toHaveLength(9);
  });

  for (const id of ids) {
    it(`${id}: every value of its HTML fixture, and no count the fixture lacks`, async () => {
      const record: Record<string, unknown> = toRecord(await parsePdf(bytesOf(id)));
      const { fields, uncertain } = goldOf(id);
      for (const [key, value] of Object.entries(fields)) {
        if (uncertain.includes(key)) continue;
        // A title may wrap onto a second line in print: compared without whitespace, as the eval does.
        if (key === 'meta.title') expect(String(record[key]).replace(/\s+/gu, ''), key).toContain(String(value));
        else expect(record[key], key).toBe(value);
      }
      const extra = Object.keys(record).filter((k) => !k.startsWith('meta.') && !(k in fields) && !uncertain.includes(k));
      expect(extra).toEqual([]);
    });
  }

  it('reads a text layer of Kangxi radicals as the ideographs (⼯ U+2F2F → 工)', async () => {
    const bytes = bytesOf('g2021-wkhtmltopdf');
    const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items.filter((item): item is TextItem => 'str' in item);
    await doc.destroy();
    // What the file holds: the title's 工 is the radical ⼯.
    expect(items.map((item) => item.str).join('')).toContain('公开\u2f2f作年度报告');
    const { text } = await extractPdfText(bytes);
    expect(text).not.toMatch(KANGXI);
    expect(text).toContain('某局2021年政府信息公开工作年度报告');
  });
});
