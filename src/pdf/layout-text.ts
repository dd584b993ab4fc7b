/**
 * Lines and lattice tables → the extracted text the parser reads, with a map from every UTF-16 unit of it to its
 * glyph (page and box), and where each line and table cell is in it. The gap between two runs of a line becomes a
 * run of spaces about as long as the gap (as `pdftotext -layout` writes it, which the aligned-text table readers
 * read: a wide gap is a cell boundary); a vertical gap of more than two font sizes becomes an empty line (a
 * paragraph or block break). A table row is one line, its origin cells joined by a tab.
 */
import { isCjk } from './clean-text.js';
import type { PdfLine } from './lines.js';
import type { Box, PdfTable, PdfTableCell, PdfTextBox } from './types.js';

/** Per UTF-16 unit of the text: the page of its glyph (0: no glyph, a space or newline put in) and the glyph's box. */
export interface GlyphMap {
  readonly page: Int32Array;
  /** x0, y0, x1, y1 of unit i at [4i, 4i + 4). */
  readonly boxes: Float64Array;
}

/** A cell of a laid-out table: where its text is, and its spans. */
export interface LaidOutCell {
  readonly start: number;
  readonly end: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** What the tree is built from, in reading order: lines (`[start, end)` of the text) and tables (rows of cells). */
export type LaidOutBlock =
  | { readonly kind: 'line'; readonly start: number; readonly end: number }
  | { readonly kind: 'table'; readonly rows: readonly (readonly LaidOutCell[])[] };

export interface LaidOutText {
  readonly text: string;
  readonly glyphs: GlyphMap;
  readonly blocks: readonly LaidOutBlock[];
}

/** One page's content in reading order: text lines and the tables found on it. */
export type PageBlock = { readonly kind: 'line'; readonly line: PdfLine } | { readonly kind: 'table'; readonly table: PdfTable };

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

  done(): Omit<LaidOutText, 'blocks'> {
    return { text: this.parts.join(''), glyphs: { page: Int32Array.from(this.pages), boxes: Float64Array.from(this.coords) } };
  }
}

function writeRun(out: Builder, run: PdfTextBox): void {
  const edges = run.edges;
  for (let i = 0; i < run.text.length; i++) {
    const a = edges?.[i];
    const b = edges?.[i + 1];
    const box: Box =
      a === undefined || b === undefined ? run.box : run.vertical ? [run.box[0], a, run.box[2], b] : [a, run.box[1], b, run.box[3]];
    out.glyph(run.text[i]!, run.page, box);
  }
}

const touchesCjk = (before: string, after: string): boolean =>
  isCjk(before.charCodeAt(before.length - 1)) || isCjk(after.charCodeAt(0));

/**
 * The spaces between two runs of one line: none for a gap up to `tight` ems, else about as many as the gap is wide.
 */
function gapSpaces(previous: PdfTextBox, run: PdfTextBox, size: number, tight: number): number {
  const gap = run.box[0] - previous.box[2];
  if (gap <= tight * size) return 0;
  return Math.min(MAX_GAP_SPACES, Math.max(1, Math.round(gap / (0.5 * size))));
}

/**
 * How wide a gap may be and still be no break, in ems. Inside one pdf.js item, a space next to a CJK character is
 * letter spacing or justification (`只计这一情 形`), up to an em; anywhere else a gap wider than a thin space is a
 * word or column boundary (the aligned-text table readers cut cells there).
 */
const lineTight = (previous: PdfTextBox, run: PdfTextBox): number =>
  previous.item === run.item && previous.page === run.page && touchesCjk(previous.text, run.text) ? 1 : 0.15;

function writeLine(out: Builder, line: PdfLine): void {
  let previous: PdfTextBox | undefined;
  for (const run of line.runs) {
    if (previous) {
      const spaces = gapSpaces(previous, run, run.size ?? line.size, lineTight(previous, run));
      if (spaces > 0) out.plain(' '.repeat(spaces));
    }
    writeRun(out, run);
    previous = run;
  }
}

/**
 * A cell's runs (in reading order) as one text. The cell's borders bound it, so on one line a gap next to a CJK
 * character under an em is no break (a unit set in another font: `159.5` `万元`); a label wrapped inside its cell
 * is one label again (nothing between the lines next to CJK, one space between Latin words).
 */
function writeCell(out: Builder, cell: PdfTableCell): void {
  let previous: PdfTextBox | undefined;
  for (const run of cell.texts) {
    if (previous) {
      const size = run.size ?? previous.size ?? run.box[3] - run.box[1];
      const sameLine = Math.abs((run.baseline ?? run.box[3]) - (previous.baseline ?? previous.box[3])) < 0.5 * size;
      const cjk = touchesCjk(previous.text, run.text);
      if (sameLine ? gapSpaces(previous, run, size, cjk ? 1 : 0.15) > 0 : !cjk) out.plain(' ');
    }
    writeRun(out, run);
    previous = run;
  }
}

/** A table, row by row: each row one line, its origin cells (row-major in `table.cells`) joined by a tab. */
function writeTable(out: Builder, table: PdfTable): LaidOutBlock {
  const rows: LaidOutCell[][] = Array.from({ length: table.rowCount }, () => []);
  let row = -1;
  for (const cell of table.cells) {
    const cells = rows[cell.row];
    if (!cells) continue;
    while (row < cell.row) {
      if (row >= 0) out.plain('\n');
      row++;
    }
    if (cells.length > 0) out.plain('\t');
    const start = out.length;
    writeCell(out, cell);
    cells.push({ start, end: out.length, rowspan: cell.rowspan, colspan: cell.colspan });
  }
  // Rows with no origin cell of their own (all covered by spans) still take their line.
  while (row < table.rowCount - 1) {
    if (row >= 0) out.plain('\n');
    row++;
  }
  return { kind: 'table', rows };
}

/** The text of the pages' blocks (pages in order, each page's blocks in reading order). */
export function layoutText(pages: readonly (readonly PageBlock[])[]): LaidOutText {
  const out = new Builder();
  const blocks: LaidOutBlock[] = [];
  let previous: PdfLine | undefined;
  let started = false;
  for (const page of pages) {
    for (const block of page) {
      if (started) out.plain('\n');
      started = true;
      if (block.kind === 'table') {
        blocks.push(writeTable(out, block.table));
        previous = undefined;
        continue;
      }
      const line = block.line;
      if (previous && previous.page === line.page && line.y - previous.y > 2 * Math.max(previous.size, line.size)) {
        blocks.push({ kind: 'line', start: out.length, end: out.length });
        out.plain('\n');
      }
      const start = out.length;
      writeLine(out, line);
      blocks.push({ kind: 'line', start, end: out.length });
      previous = line;
    }
  }
  return { ...out.done(), blocks };
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
