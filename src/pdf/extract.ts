/**
 * A PDF → its pages (the shared page model) and the one extracted text the parser reads, with the glyph map.
 * Pages whose text layer is mojibake are left out of the text (and reported).
 */
import { OgiError } from '../errors.js';
import { layoutText, type GlyphMap } from './layout-text.js';
import { groupLines, type PdfLine } from './lines.js';
import { type PdfAssetOptions, openPdf } from './load.js';
import { isMojibake } from './mojibake.js';
import { dropPageChrome, lineText } from './page-chrome.js';
import { readPageText } from './text-boxes.js';
import type { PdfPage } from './types.js';

export interface PdfExtractOptions extends PdfAssetOptions {
  /** Read at most this many pages (from the first). Default: all. */
  readonly maxPages?: number;
}

export interface PdfText {
  /** The text the parser reads: lines joined with '\n', gaps within a line as runs of spaces. */
  readonly text: string;
  /** Per UTF-16 unit of `text`: its glyph's page and box. */
  readonly glyphs: GlyphMap;
  /** Pages in the document. */
  readonly pageCount: number;
  /** The pages read, in the shared page model. */
  readonly pages: readonly PdfPage[];
  /** 1-based numbers of the pages whose text layer is mojibake (left out of `text`). */
  readonly mojibakePages: readonly number[];
}

/**
 * Read a PDF's text.
 *
 * @throws {OgiError} `input.pdf-invalid`, `input.pdf-encrypted`; `input.no-text-layer` when no page has any text
 *   (a scan), with the page count in the message.
 */
export async function extractPdfText(bytes: Uint8Array | ArrayBuffer, options: PdfExtractOptions = {}): Promise<PdfText> {
  const doc = await openPdf(bytes, options);
  try {
    const pageCount = doc.numPages;
    const last = Math.min(pageCount, options.maxPages ?? pageCount);
    const pages: PdfPage[] = [];
    const lines: Array<{ number: number; height: number; lines: PdfLine[] }> = [];
    let glyphItems = 0;
    for (let number = 1; number <= last; number++) {
      const page = await doc.getPage(number);
      const read = await readPageText(page, number);
      page.cleanup();
      glyphItems += read.glyphItems;
      pages.push({ number, width: read.width, height: read.height, texts: read.texts, segments: [] });
      lines.push({ number, height: read.height, lines: groupLines(number, read.texts) });
    }
    if (glyphItems === 0) {
      throw new OgiError(
        'input.no-text-layer',
        `the PDF has no text layer on any of its ${pageCount} page${pageCount === 1 ? '' : 's'} (a scan?); it needs OCR first`,
      );
    }
    const mojibakePages = lines
      .filter((page) => isMojibake(page.lines.map(lineText).join('\n')))
      .map((page) => page.number);
    const readable = lines.filter((page) => !mojibakePages.includes(page.number));
    const { text, glyphs } = layoutText(dropPageChrome(readable));
    return { text, glyphs, pageCount, pages, mojibakePages };
  } finally {
    await doc.destroy();
  }
}
