/**
 * A minimal PDF loader for the lattice tests only (the real one, with text cleaning, lives in pdf-text's stage): text
 * runs boxed from pdf.js text items, segments from readRulings.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readRulings } from '../../../src/pdf/rulings/index.js';
import type { Box, PdfPage, PdfTextBox } from '../../../src/pdf/types.js';

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface TextItemLike {
  readonly str: string;
  readonly transform: number[];
  readonly width: number;
  readonly height: number;
}

export async function loadPages(path: string): Promise<PdfPage[]> {
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(path)),
    cMapUrl: `${join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const texts: PdfTextBox[] = [];
    content.items.forEach((raw, item) => {
      if (!('str' in raw)) return;
      const it = raw as TextItemLike;
      // pdf.js puts spaces between CJK glyphs; the real loader removes them, so does this one.
      const text = it.str.replace(/\s/g, '');
      if (!text) return;
      const [, , , , e, f] = it.transform;
      const r = viewport.convertToViewportRectangle([e!, f!, e! + it.width, f! + it.height]);
      const box: Box = [Math.min(r[0]!, r[2]!), Math.min(r[1]!, r[3]!), Math.max(r[0]!, r[2]!), Math.max(r[1]!, r[3]!)];
      texts.push({ text, box, page: number, item });
    });
    const segments = readRulings(await page.getOperatorList(), viewport);
    pages.push({ number, width: viewport.width, height: viewport.height, texts, segments });
  }
  await doc.destroy();
  return pages;
}
