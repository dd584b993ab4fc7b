/** Bad PDFs get typed errors or a warning, never values. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OgiError } from '../../src/errors.js';
import { PDF_MOJIBAKE, extractPdfText, parsePdf } from '../../src/pdf/index.js';
import { toRecord } from '../../src/record/to-record.js';
import { minimalPdf } from './minimal-pdf.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OgiError);
    return `${(error as OgiError).code}: ${(error as OgiError).message}`;
  }
  return 'no error';
}

describe('bad PDFs', () => {
  it('reads a well-formed one-page PDF (the helper the other cases start from)', async () => {
    const { text, pageCount } = await extractPdfText(minimalPdf('BT /F1 24 Tf 72 720 Td (Annual report 2023: 78 requests) Tj ET'));
    expect(pageCount).toBe(1);
    expect(text).toBe('Annual report 2023: 78 requests');
  });

  it('input.pdf-invalid for bytes that are not a PDF', async () => {
    expect(await codeOf(parsePdf(new TextEncoder().encode('this is not a PDF at all, just some bytes')))).toMatch(/^input\.pdf-invalid: /u);
    expect(await codeOf(parsePdf(new Uint8Array(0)))).toMatch(/^input\.pdf-invalid: /u);
    expect(await codeOf(parsePdf('a string' as unknown as Uint8Array))).toMatch(/^input\.pdf-invalid: /u);
  });

  it('input.no-text-layer, with the page count, for a page that only draws (a scan has only an image)', async () => {
    const drawing = minimalPdf('0.5 g 72 72 451 698 re f 0 G 2 w 72 72 m 523 770 l S', '');
    expect(await codeOf(parsePdf(drawing))).toBe(
      'input.no-text-layer: the PDF has no text layer on any of its 1 page (a scan?); it needs OCR first',
    );
  });

  it('input.pdf-encrypted for a PDF that needs a password', async () => {
    const encrypted = new Uint8Array(readFileSync(new URL('fixtures/encrypted.pdf', import.meta.url)));
    expect(await codeOf(parsePdf(encrypted))).toMatch(/^input\.pdf-encrypted: /u);
  });

  it('a mojibake text layer (UTF-8 drawn through a WinAnsi font) gives its warning and no values', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/real/pdf/p003-broken.pdf', import.meta.url)));
    const report = await parsePdf(bytes);
    expect(report.messages.filter((m) => m.code === PDF_MOJIBAKE).map((m) => m.severity)).toEqual(['warning']);
    expect(toRecord(report)).toEqual({ 'meta.kind': 'other' });
    expect((await extractPdfText(bytes)).mojibakePages).toEqual([1]);
  });

  it('the real reports are not mojibake', async () => {
    for (const id of ['p001', 'p002']) {
      const bytes = new Uint8Array(readFileSync(new URL(`../../fixtures/real/pdf/${id}.pdf`, import.meta.url)));
      expect((await extractPdfText(bytes)).mojibakePages).toEqual([]);
    }
  });
});
