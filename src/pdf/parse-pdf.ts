/**
 * `parsePdf`: a PDF's bytes in, the same typed `Report` as for text out. The extracted text (`extractPdfText`) is
 * the input every offset points into; each source also says on which page and in which box its glyphs are drawn.
 */
import { parseWithTree } from '../parse-report.js';
import type { ParseOptions } from '../processor.js';
import type { Message, Report, Source } from '../schema/report.js';
import { type PdfExtractOptions, type PdfText, extractPdfText } from './extract.js';
import { type GlyphMap, glyphBox } from './layout-text.js';
import { pdfTreeFront } from './tree.js';

export interface PdfParseOptions extends Omit<ParseOptions, 'input'>, PdfExtractOptions {}

export const PDF_MOJIBAKE = 'input.pdf-mojibake';

function placed(source: Source, glyphs: GlyphMap): Source {
  const at = glyphBox(glyphs, source.start, source.end);
  return at ? { ...source, page: at.page, box: [...at.box] } : source;
}

/** The report of an extracted text, every source placed on its page. */
export function reportOfPdfText(pdf: PdfText, options: PdfParseOptions = {}): Report {
  const { cMapUrl: _c, standardFontDataUrl: _s, wasmUrl: _w, maxPages: _m, ...parse } = options;
  const report = parseWithTree(pdf.text, pdfTreeFront(pdf.blocks), parse);
  const values: Report['values'] = {};
  for (const [key, field] of Object.entries(report.values)) {
    values[key] = {
      ...field,
      source: placed(field.source, pdf.glyphs),
      ...(field.alsoAt ? { alsoAt: field.alsoAt.map((s) => placed(s, pdf.glyphs)) } : {}),
    };
  }
  const meta = { ...report.meta };
  for (const name of Object.keys(meta) as Array<keyof typeof meta>) {
    const field = meta[name];
    if (field?.source) (meta as Record<string, unknown>)[name] = { ...field, source: placed(field.source, pdf.glyphs) };
  }
  const messages: Message[] = [...report.messages];
  if (pdf.mojibakePages.length > 0) {
    const all = pdf.mojibakePages.length === pdf.pages.length;
    messages.push({
      code: PDF_MOJIBAKE,
      severity: 'warning',
      message: `the text layer of ${all ? 'every page' : `page${pdf.mojibakePages.length === 1 ? '' : 's'} ${pdf.mojibakePages.join(', ')}`} is mojibake (characters no report is written in: a font's encoding is wrong); ${all ? 'nothing' : 'those pages were not'} read`,
      actual: pdf.mojibakePages.join(','),
    });
  }
  return {
    ...report,
    input: { type: 'pdf', length: pdf.text.length, pages: pdf.pageCount },
    meta,
    values,
    messages,
  };
}

/**
 * Parse a PDF report.
 *
 * @throws {OgiError} `input.pdf-invalid` (not a PDF pdf.js can read), `input.pdf-encrypted` (needs a password),
 *   `input.no-text-layer` (no page has text: a scan), and what `parseReport` throws for its options.
 */
export async function parsePdf(bytes: Uint8Array | ArrayBuffer, options: PdfParseOptions = {}): Promise<Report> {
  return reportOfPdfText(await extractPdfText(bytes, options), options);
}
