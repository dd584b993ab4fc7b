/**
 * parsePdf on the real PDFs (fixtures/real/pdf): values against the hand-checked gold, and every value's page and
 * box against the pdf.js text items that hold its digits (read here straight from pdf.js, independently of the
 * extraction; nothing is rendered).
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText, parsePdf } from '../../src/pdf/index.js';
import { toRecord } from '../../src/record/to-record.js';
import type { Report } from '../../src/schema/report.js';

const REAL = new URL('../../fixtures/real/pdf/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, REAL)));

interface Item {
  readonly str: string;
  readonly x0: number;
  readonly x1: number;
  /** The baseline, top-left origin. */
  readonly y: number;
}

/** The text items of every page, placed with the page's own height (pages here are upright). */
async function itemsByPage(bytes: Uint8Array): Promise<Map<number, Item[]>> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const out = new Map<number, Item[]>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const content = await page.getTextContent();
    out.set(
      n,
      content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => ({ str: item.str, x0: item.transform[4], x1: item.transform[4] + item.width, y: height - item.transform[5] })),
    );
  }
  await doc.destroy();
  return out;
}

const reports = new Map<string, Report>();
const items = new Map<string, Map<number, Item[]>>();

beforeAll(async () => {
  for (const id of ['p001', 'p002']) {
    reports.set(id, await parsePdf(bytesOf(`${id}.pdf`)));
    items.set(id, await itemsByPage(bytesOf(`${id}.pdf`)));
  }
}, 60_000);

describe('parsePdf on real reports', () => {
  it('takes a Node Buffer as it comes from readFileSync', async () => {
    const report = await parsePdf(readFileSync(new URL('p001.pdf', REAL)));
    expect(toRecord(report)['requests.received']).toBe(21);
  });

  it('reads p001 (2023, WPS, tables split across pages)', () => {
    const record = toRecord(reports.get('p001')!);
    // The title is set on two lines; the reader keeps the line break (as for the pdftotext text).
    expect(record['meta.title']).toBe('洪泽区人民政府\n2023年政府信息公开工作年度报告');
    expect(record['meta.year']).toBe(2023);
    expect(record['proactive.total']).toBe(1136);
    expect(record['proactive.licensing.decisions']).toBe(550);
    expect(record['proactive.penalty.decisions']).toBe(4119);
    expect(record['proactive.fees.amount']).toBe(7730.28);
    expect(record['requests.received']).toBe(21);
    expect(record['dispositions.unableToProvide.notHeld']).toBe(10);
    expect(record['dispositions.total']).toBe(21);
    expect(record['review.upheld']).toBe(10);
    expect(record['litigation.afterReview.upheld']).toBe(5);
    expect(record['fees.collected']).toBe(0);
  });

  it('reads p002 (2024, a vertical merged cell)', () => {
    const record = toRecord(reports.get('p002')!);
    expect(record['meta.agency']).toBe('淮安市洪泽区人民政府');
    expect(record['proactive.licensing.decisions']).toBe(9487);
    expect(record['proactive.normativeDocs.inForce']).toBe(8);
    expect(record['requests.received']).toBe(95);
    expect(record['dispositions.granted']).toBe(50);
    expect(record['dispositions.partiallyGranted']).toBe(9);
    expect(record['dispositions.denied.safetyStability']).toBe(1);
    expect(record['dispositions.unableToProvide.notHeld']).toBe(31);
    expect(record['litigation.total']).toBe(4);
    // The prose says 17 requests, the table 95: the table is kept, and the prose figure reported.
    expect(reports.get('p002')!.messages.some((m) => m.code === 'table.prose-mismatch' && m.message.includes('17'))).toBe(true);
  });

  it('says the input was a PDF, with its page count', () => {
    const report = reports.get('p001')!;
    expect(report.input.type).toBe('pdf');
    expect(report.input.pages).toBe(5);
  });

  it('places every stated value on the page and over the glyphs of its digits', () => {
    for (const [id, report] of reports) {
      let checked = 0;
      for (const [key, field] of Object.entries(report.values)) {
        if (field.certainty !== 'stated') continue;
        const { page, box, raw } = field.source;
        expect(page, `${id} ${key}`).toBeDefined();
        expect(box, `${id} ${key}`).toBeDefined();
        const digits = /\d+(?:\.\d+)?/u.exec(raw)?.[0];
        if (!digits) continue;
        const [x0, y0, x1, y1] = box!;
        // An item holding the digits whose baseline runs through the box and whose extent overlaps it.
        const holder = items
          .get(id)!
          .get(page!)!
          .find((item) => item.str.includes(digits) && item.y >= y0 && item.y <= y1 + 0.5 && item.x0 < x1 + 0.5 && item.x1 > x0 - 0.5);
        expect(holder, `${id} ${key}=${field.value} at ${JSON.stringify(box)} p${page}`).toBeDefined();
        checked++;
      }
      expect(checked).toBeGreaterThan(150);
    }
  });
});

describe('extractPdfText', () => {
  it('gives the text it read: lines in reading order, no CJK spacing, no page numbers', async () => {
    const { text, pageCount } = await extractPdfText(bytesOf('p001.pdf'));
    expect(pageCount).toBe(5);
    expect(text.startsWith('洪泽区人民政府\n2023年政府信息公开工作年度报告\n')).toBe(true);
    expect(text).toContain('号，邮编： 223100 ，电话');
    // The footers `- 1 -` … `- 5 -` are left out.
    expect(text).not.toMatch(/^\s*-\s*\d\s*-\s*$/mu);
    // A row of a ruled table: one line, its cells joined by a tab; a label wrapped in its cell is one label.
    expect(text).toContain('\n一、本年新收政府信息公开申请数量\t21\t0\t0\t0\t0\t0\t21\n');
    expect(text).toContain('\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t4\t0\t0\t0\t0\t0\t4\n');
  });

  it('reads the tables from the ruling lines: table rows and cells in the text, the cells of the tree', async () => {
    const { tables, blocks } = await extractPdfText(bytesOf('p002.pdf'));
    // 表二 (pages 2-3) and 表三 (pages 3-4) each stitched across the page break, 表四 on page 4.
    expect(tables.map((t) => [t.pages, t.rowCount])).toEqual([
      [[2, 3], 14],
      [[3, 4], 26],
      [[4], 4],
    ]);
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(3);
  });

  it('joins an empty cell of the label area to the label on its left (a border drawn inside a spanning label)', async () => {
    const { text } = await extractPdfText(bytesOf('p002.pdf'));
    expect(text).toContain('\n（六）其他处理\t0\t0\t0\t0\t0\t0\t0\n');
  });
});
