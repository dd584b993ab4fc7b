/**
 * The page model the PDF front end works on, shared by its stages (text extraction, ruling lines, lattice tables,
 * tree building). Coordinates are PDF points on the page with the origin at the **top-left** corner and y growing
 * downward (pdf.js viewport at scale 1), so that "above" means a smaller y, as in reading order.
 */

/** An axis-aligned box: left, top, right, bottom. */
export type Box = readonly [x0: number, y0: number, x1: number, y1: number];

/** One run of text as pdf.js reports it (a text item), cleaned and placed on the page. */
export interface PdfTextBox {
  /** The text of the run after cleaning (CJK spacing removed, radicals folded); may be one glyph or many. */
  readonly text: string;
  readonly box: Box;
  /** The 1-based page number. */
  readonly page: number;
  /** The index of the pdf.js text item on its page this run came from (provenance). */
  readonly item: number;
  /** Written top to bottom (an Identity-V font, or a rotated run). */
  readonly vertical?: boolean;
  /**
   * The boundaries of the characters of `text` along the writing direction (x for a horizontal run, y for a
   * vertical one): `text.length + 1` increasing numbers from the box's start to its end. Glyph widths are not in
   * the text layer, so they are estimated (a CJK or full-width character is twice as wide as a Latin one).
   */
  readonly edges?: readonly number[];
  /** The font size in points (the height of the em square), for tolerances that scale with the text. */
  readonly size?: number;
  /** The y of the baseline (horizontal runs): runs of one line share it even when their fonts differ in height. */
  readonly baseline?: number;
}

/** A ruling line: horizontal when y0 === y1, vertical when x0 === x1 (after snapping). */
export interface PdfSegment {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** One cell of a lattice table: the origin slot of a (possibly merged) rectangle of the grid. */
export interface PdfTableCell {
  readonly row: number;
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
  readonly box: Box;
  /** The text runs whose box lies inside the cell, in reading order. */
  readonly texts: readonly PdfTextBox[];
  /** The 1-based page the cell's box is on (a stitched table's rows come from several pages). */
  readonly page?: number;
}

/** A table rebuilt from a page's ruling lines (possibly stitched across pages). */
export interface PdfTable {
  /** The page the table starts on (1-based). */
  readonly page: number;
  /** The pages it covers, in order (one entry unless stitched). */
  readonly pages: readonly number[];
  /** The x positions of the column edges (left to right); columns = columns.length - 1. */
  readonly columns: readonly number[];
  /** Row count of the whole (stitched) table. */
  readonly rowCount: number;
  /** The table's box on each of its pages, in the order of `pages`. */
  readonly boxes?: readonly Box[];
  /** Origin cells only, row-major; a merged cell appears once with its spans. */
  readonly cells: readonly PdfTableCell[];
}

/** What the extraction stage yields for one page. */
export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PdfTextBox[];
  readonly segments: readonly PdfSegment[];
}
