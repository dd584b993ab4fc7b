/**
 * A PDF → its pages (the shared page model) and the one extracted text the parser reads, with the glyph map.
 * Pages whose text layer is mojibake are left out of the text (and reported).
 */
import { OgiError } from '../errors.js';
import { dropEmptyRows, isPlausibleGrid, joinEmptyLabelCells } from './label-spans.js';
import { findTables, stitchTables } from './lattice/index.js';
import { type GlyphMap, type LaidOutBlock, layoutText } from './layout-text.js';
import { type PdfAssetOptions, openPdf } from './load.js';
import { isMojibake } from './mojibake.js';
import { linesOutside, pageBlocks } from './page-blocks.js';
import { dropPageChrome } from './page-chrome.js';
import { readRulings } from './rulings/index.js';
import { readPageText } from './text-boxes.js';
import type { PdfPage, PdfTable } from './types.js';

export interface PdfExtractOptions extends PdfAssetOptions {
  /** Read at most this many pages (from the first). Default: all. */
  readonly maxPages?: number;
}

export interface PdfText {
  /** The text the parser reads: lines joined with '\n', gaps within a line as runs of spaces. */
  readonly text: string;
  /** Per UTF-16 unit of `text`: its glyph's page and box. */
  readonly glyphs: GlyphMap;
  /** Where the lines and the table cells are in `text`, in reading order (what the report tree is built from). */
  readonly blocks: readonly LaidOutBlock[];
  /** The tables rebuilt from the pages' ruling lines. */
  readonly tables: readonly PdfTable[];
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
    const found: PdfTable[] = [];
    let glyphItems = 0;
    for (let number = 1; number <= last; number++) {
      const page = await doc.getPage(number);
      const read = await readPageText(page, number);
      const segments = readRulings(await page.getOperatorList(), page.getViewport({ scale: 1 }));
      page.cleanup();
      glyphItems += read.glyphItems;
      const model: PdfPage = { number, width: read.width, height: read.height, texts: read.texts, segments };
      pages.push(model);
      found.push(...findTables(model).filter(isPlausibleGrid));
    }
    if (glyphItems === 0) {
      throw new OgiError(
        'input.no-text-layer',
        `the PDF has no text layer on any of its ${pageCount} page${pageCount === 1 ? '' : 's'} (a scan?); it needs OCR first`,
      );
    }
    const tables = stitchTables(found, pages)
      .map((table) => joinEmptyLabelCells(dropEmptyRows(table)))
      .filter((table) => table.rowCount > 0);
    const mojibakePages = pages.filter((page) => isMojibake(page.texts.map((run) => run.text).join('\n'))).map((page) => page.number);
    const readable = pages
      .filter((page) => !mojibakePages.includes(page.number))
      .map((page) => ({ number: page.number, height: page.height, lines: linesOutside(page, tables) }));
    const kept = dropPageChrome(readable);
    const { text, glyphs, blocks } = layoutText(readable.map((page, i) => pageBlocks(kept[i]!, tables, page.number)));
    return { text, glyphs, blocks, tables, pageCount, pages, mojibakePages };
  } finally {
    await doc.destroy();
  }
}
