/**
 * Text runs into cells by their box: the centre decides, since a row label and the numbers on its row sit at
 * different baselines (labels wrap, numbers are centred) and only the centre is reliably inside the cell.
 */
import type { PdfTextBox } from '../types.js';
import { lowerBound } from './components.js';
import type { Grid } from './grid.js';

/** For each cell of the grid, the runs whose centre lies inside it, in reading order. */
export function placeTexts(grid: Grid, texts: readonly PdfTextBox[]): PdfTextBox[][] {
  const { xs, ys, cells, slotCell } = grid;
  const columns = xs.length - 1;
  const placed: PdfTextBox[][] = cells.map(() => []);
  for (const text of texts) {
    const cx = (text.box[0] + text.box[2]) / 2;
    const cy = (text.box[1] + text.box[3]) / 2;
    if (!(cx > xs[0]! && cx < xs[columns]! && cy > ys[0]! && cy < ys[ys.length - 1]!)) continue;
    const c = lowerBound(xs, cx) - 1;
    const r = lowerBound(ys, cy) - 1;
    const cell = slotCell[r * columns + c];
    if (cell !== undefined && cell >= 0) placed[cell]!.push(text);
  }
  return placed.map(readingOrder);
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
