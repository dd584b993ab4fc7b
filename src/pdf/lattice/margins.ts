/**
 * Whether a table reaches the end (or start) of its page's body: only page furniture — page numbers, and running
 * headers or footers that recur at the same height on other pages — lies between the table and the page edge.
 */
import type { Box, PdfPage, PdfTextBox } from '../types.js';
import { readingLines } from './place.js';

/** `- 3 -`, `第3页`, `3/5`, `第3页共5页`, once spaces, dashes and dots around the number are dropped. */
const PAGE_NUMBER = /^第?[0-9０-９]{1,4}页?(?:[/／共][0-9０-９]{1,4}页?)?$/;
const DECORATION = /[\s\-－—–_~·.]/g;
/** More lines than this between a table and the page edge are body text, whatever they say. */
const MAX_FURNITURE_LINES = 3;
/** A running header or footer recurs this close (points) to the same height; a repeated note such as 单位：件 does not. */
const SAME_HEIGHT = 12;

const middle = (line: readonly PdfTextBox[]): number => (line[0]!.box[1] + line[0]!.box[3]) / 2;
const squeeze = (line: readonly PdfTextBox[]): string =>
  line
    .map((t) => t.text)
    .join('')
    .replace(DECORATION, '');

export class Margins {
  private readonly lineSets = new Map<number, Map<string, number[]>>();
  constructor(private readonly pages: ReadonlyMap<number, PdfPage>) {}

  /** Only furniture between the box and its page's bottom (`side` 'below') or top ('above'). */
  onlyFurniture(box: Box, side: 'above' | 'below', page: PdfPage): boolean {
    const band = page.texts.filter((t) => {
      const middle = (t.box[1] + t.box[3]) / 2;
      return side === 'below' ? middle > box[3] : middle < box[1];
    });
    const lines = readingLines(band);
    if (lines.length > MAX_FURNITURE_LINES) return false;
    return lines.every((line) => {
      const text = squeeze(line);
      return text === '' || PAGE_NUMBER.test(text) || this.recurs(text, middle(line), page.number);
    });
  }

  /** A line repeated at the same height on another page: a running header or footer. */
  private recurs(text: string, y: number, pageNumber: number): boolean {
    for (const other of this.pages.values()) {
      if (other.number === pageNumber) continue;
      if (this.linesOf(other).get(text)?.some((at) => Math.abs(at - y) <= SAME_HEIGHT)) return true;
    }
    return false;
  }

  private linesOf(page: PdfPage): Map<string, number[]> {
    let lines = this.lineSets.get(page.number);
    if (!lines) {
      lines = new Map();
      for (const line of readingLines(page.texts)) {
        const text = squeeze(line);
        const list = lines.get(text);
        if (list) list.push(middle(line));
        else lines.set(text, [middle(line)]);
      }
      this.lineSets.set(page.number, lines);
    }
    return lines;
  }
}
