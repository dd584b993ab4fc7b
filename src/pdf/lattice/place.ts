/**
 * Text runs into cells by their box: the centre decides, since a row label and the numbers on its row sit at
 * different baselines (labels wrap, numbers are centred) and only the centre is reliably inside the cell.
 */
import type { PdfTextBox } from '../types.js';
import { lowerBound } from './components.js';
import type { Grid } from './grid.js';

/** For each cell of the grid, the runs whose centre lies inside it, in reading order. */
export function placeTexts(grid: Grid, texts: readonly PdfTextBox[]): PdfTextBox[][] {
  const placed: PdfTextBox[][] = grid.cells.map(() => []);
  for (const text of texts) {
    for (const piece of acrossCells(grid, text)) {
      const cell = cellUnder(grid, (piece.box[0] + piece.box[2]) / 2, (piece.box[1] + piece.box[3]) / 2);
      if (cell >= 0) placed[cell]!.push(piece);
    }
  }
  return placed.map(readingOrder);
}

/** The index of the cell under a point, or -1 outside the grid. */
function cellUnder(grid: Grid, x: number, y: number): number {
  const { xs, ys, slotCell } = grid;
  const columns = xs.length - 1;
  if (!(x > xs[0]! && x < xs[columns]! && y > ys[0]! && y < ys[ys.length - 1]!)) return -1;
  return slotCell[(lowerBound(ys, y) - 1) * columns + lowerBound(xs, x) - 1] ?? -1;
}

const TOKEN = /\S+/g;

/**
 * A run that reaches over a border into another cell is cut: pdf.js joins the texts of neighbouring cells into one
 * item when they share a text object (LibreOffice: "23518 140778", 本年新制作数量本年新公开数量), which placed whole
 * would read as one number or one label. A run with spaces is cut at its spaces; one without (ideographs, whose
 * spaces the text stage removed) at the borders it crosses — unless it holds a digit: a number is never cut, since
 * its halves would be two numbers nobody wrote. Extents are estimated from each character's share of the
 * run's width (digits and ideographs are of one width); each piece is placed by its own centre and keeps the item and
 * its `slice` of the run's text.
 */
function acrossCells(grid: Grid, text: PdfTextBox): PdfTextBox[] {
  const [x0, y0, x1, y1] = text.box;
  const y = (y0 + y1) / 2;
  const inset = Math.min(1, (x1 - x0) / 4);
  const first = cellUnder(grid, x0 + inset, y);
  const last = cellUnder(grid, x1 - inset, y);
  if (first === last || first < 0 || last < 0 || text.text.length < 2) return [text];
  const width = (x1 - x0) / text.text.length;
  const piece = (start: number, end: number): PdfTextBox => ({
    ...text,
    text: text.text.slice(start, end),
    box: [x0 + start * width, y0, x0 + end * width, y1],
    slice: [start, end],
  });
  if (/\s/.test(text.text)) return [...text.text.matchAll(TOKEN)].map((m) => piece(m.index, m.index + m[0].length));
  if (/[0-9０-９]/.test(text.text)) return [text];
  // Cut where the run crosses a column edge, at the nearest character boundary.
  const cuts = [0];
  const from = lowerBound(grid.xs, x0 + inset);
  for (let k = from; k < grid.xs.length && grid.xs[k]! < x1 - inset; k++) {
    const at = Math.round((grid.xs[k]! - x0) / width);
    if (at > cuts[cuts.length - 1]! && at < text.text.length) cuts.push(at);
  }
  cuts.push(text.text.length);
  return cuts.slice(1).map((end, i) => piece(cuts[i]!, end));
}

/**
 * Lines top to bottom, runs left to right within a line; two runs share a line when their vertical extents overlap by
 * half the smaller height. Runs written top to bottom (a vertical merged cell) read column by column, right to left.
 */
export function readingOrder(texts: readonly PdfTextBox[]): PdfTextBox[] {
  if (texts.length < 2) return [...texts];
  if (texts.every((t) => t.vertical)) {
    return [...texts].sort((a, b) => b.box[0] - a.box[0] || a.box[1] - b.box[1]);
  }
  return readingLines(texts).flat();
}

/** The runs grouped into lines (see readingOrder), each line left to right. */
export function readingLines(texts: readonly PdfTextBox[]): PdfTextBox[][] {
  const byTop = [...texts].sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const lines: PdfTextBox[][] = [];
  let line: PdfTextBox[] = [];
  let bottom = -Infinity;
  let top = Infinity;
  for (const text of byTop) {
    const height = text.box[3] - text.box[1];
    const overlap = Math.min(bottom, text.box[3]) - Math.max(top, text.box[1]);
    if (line.length > 0 && overlap >= Math.min(height, bottom - top) / 2) {
      line.push(text);
      top = Math.min(top, text.box[1]);
      bottom = Math.max(bottom, text.box[3]);
      continue;
    }
    if (line.length > 0) lines.push(line);
    line = [text];
    top = text.box[1];
    bottom = text.box[3];
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => l.sort((a, b) => a.box[0] - b.box[0]));
}
