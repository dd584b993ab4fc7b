/**
 * Lines → the extracted text the parser reads, with a map from every UTF-16 unit of it to its glyph (page and box).
 * The gap between two runs of a line becomes a run of spaces about as long as the gap (as `pdftotext -layout`
 * writes it, which the aligned-text table readers read: a wide gap is a cell boundary); a vertical gap of more
 * than two font sizes becomes an empty line (a paragraph or block break).
 */
import type { PdfLine } from './lines.js';
import type { Box } from './types.js';

/** Per UTF-16 unit of the text: the page of its glyph (0: no glyph, a space or newline put in) and the glyph's box. */
export interface GlyphMap {
  readonly page: Int32Array;
  /** x0, y0, x1, y1 of unit i at [4i, 4i + 4). */
  readonly boxes: Float64Array;
}

export interface LaidOutText {
  readonly text: string;
  readonly glyphs: GlyphMap;
}

const MAX_GAP_SPACES = 40;

class Builder {
  private readonly parts: string[] = [];
  private readonly pages: number[] = [];
  private readonly coords: number[] = [];

  plain(text: string): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.pages.push(0);
      this.coords.push(0, 0, 0, 0);
    }
  }

  glyph(ch: string, page: number, box: Box): void {
    this.parts.push(ch);
    this.pages.push(page);
    this.coords.push(box[0], box[1], box[2], box[3]);
  }

  get length(): number {
    return this.pages.length;
  }

  done(): LaidOutText {
    return { text: this.parts.join(''), glyphs: { page: Int32Array.from(this.pages), boxes: Float64Array.from(this.coords) } };
  }
}

function writeLine(out: Builder, line: PdfLine): void {
  let previousEnd: number | undefined;
  for (const run of line.runs) {
    const size = run.size ?? line.size;
    if (previousEnd !== undefined) {
      const gap = run.box[0] - previousEnd;
      if (gap > 0.15 * size) out.plain(' '.repeat(Math.min(MAX_GAP_SPACES, Math.max(1, Math.round(gap / (0.5 * size))))));
    }
    const edges = run.edges;
    for (let i = 0; i < run.text.length; i++) {
      const a = edges?.[i];
      const b = edges?.[i + 1];
      const box: Box =
        a === undefined || b === undefined
          ? run.box
          : run.vertical
            ? [run.box[0], a, run.box[2], b]
            : [a, run.box[1], b, run.box[3]];
      out.glyph(run.text[i]!, run.page, box);
    }
    previousEnd = run.box[2];
  }
}

/** The text of the pages' lines (pages in order, each page's lines in reading order). */
export function layoutText(pages: readonly (readonly PdfLine[])[]): LaidOutText {
  const out = new Builder();
  let previous: PdfLine | undefined;
  for (const lines of pages) {
    for (const line of lines) {
      if (previous) {
        out.plain('\n');
        if (previous.page === line.page && line.y - previous.y > 2 * Math.max(previous.size, line.size)) out.plain('\n');
      }
      writeLine(out, line);
      previous = line;
    }
  }
  return out.done();
}

/** The page and box of the glyphs of `[start, end)`: the union of the boxes on the first page with a glyph there. */
export function glyphBox(glyphs: GlyphMap, start: number, end: number): { page: number; box: Box } | undefined {
  let page = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = Math.max(0, start); i < Math.min(end, glyphs.page.length); i++) {
    const p = glyphs.page[i]!;
    if (p === 0 || (page !== 0 && p !== page)) continue;
    page = p;
    x0 = Math.min(x0, glyphs.boxes[4 * i]!);
    y0 = Math.min(y0, glyphs.boxes[4 * i + 1]!);
    x1 = Math.max(x1, glyphs.boxes[4 * i + 2]!);
    y1 = Math.max(y1, glyphs.boxes[4 * i + 3]!);
  }
  if (page === 0) return undefined;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { page, box: [round(x0), round(y0), round(x1), round(y1)] };
}
