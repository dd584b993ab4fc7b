/**
 * ogi-report/pdf: PDF reports read straight from their bytes (pdf.js text layer), into the same `Report` as
 * `parseReport`, every value's source extended with its page and box. A separate entry so the core stays small
 * and pure.
 */
export { parsePdf, reportOfPdfText, PDF_MOJIBAKE, type PdfParseOptions } from './parse-pdf.js';
export { extractPdfText, type PdfExtractOptions, type PdfText } from './extract.js';
export { glyphBox, type GlyphMap } from './layout-text.js';
export type { PdfAssetOptions } from './load.js';
export type { Box, PdfPage, PdfSegment, PdfTable, PdfTableCell, PdfTextBox } from './types.js';
