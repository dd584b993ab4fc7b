/**
 * Page headers and footers: a page number (`- 3 -`, `第3页`, `第 3 页 共 9 页`, `3/9`) as the first or last line
 * of a page, in the page's top or bottom band; and a line repeated at the same place on most pages (a running
 * header). A bare number counts as a page number only when it is the page's own number (the pages before the
 * numbering starts, a cover say, may shift it by a few): a table's last cell can stand alone on the last line too.
 */
import type { PdfLine } from './lines.js';

export interface PageLines {
  readonly number: number;
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

const BAND = 0.12;
const DECORATED = /^(?:[-－—–_·•\s]{1,6}\d{1,4}[-－—–_·•\s]{1,6}|第\s{0,2}\d{1,4}\s{0,2}页(?:\s{0,2}[,，/]?\s{0,2}共\s{0,2}\d{1,4}\s{0,2}页)?|\d{1,4}\s{0,2}\/\s{0,2}\d{1,4}|[Pp]age\s{0,2}\d{1,4}(?:\s{0,2}of\s{0,2}\d{1,4})?)$/u;
const BARE = /^\d{1,4}$/u;

export const lineText = (line: PdfLine): string => line.runs.map((run) => run.text).join(' ').trim();

function inBand(line: PdfLine, height: number): boolean {
  return line.y < height * BAND || line.y > height * (1 - BAND);
}

function isPageNumber(line: PdfLine, page: PageLines): boolean {
  const text = lineText(line);
  if (DECORATED.test(text)) return true;
  if (!BARE.test(text)) return false;
  const n = Number(text);
  return n <= page.number && n >= page.number - 3;
}

/** Where a line sits, for comparing pages: its text with digits masked, and its y rounded to 2 points. */
const signature = (line: PdfLine): string => `${Math.round(line.y / 2)}|${lineText(line).replace(/\d/gu, '#')}`;

/** The pages' lines without their headers and footers. */
export function dropPageChrome(pages: readonly PageLines[]): PdfLine[][] {
  const repeated = new Set<string>();
  if (pages.length >= 3) {
    const seen = new Map<string, number>();
    for (const page of pages) {
      const own = new Set(page.lines.filter((line) => inBand(line, page.height)).map(signature));
      for (const key of own) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    for (const [key, count] of seen) if (count >= Math.max(3, Math.ceil(pages.length / 2))) repeated.add(key);
  }
  return pages.map((page) => {
    const lines = page.lines.filter((line) => !(inBand(line, page.height) && repeated.has(signature(line))));
    const first = lines[0];
    const last = lines[lines.length - 1];
    return lines.filter(
      (line) => !((line === first || line === last) && inBand(line, page.height) && isPageNumber(line, page)),
    );
  });
}
