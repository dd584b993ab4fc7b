/** Pages drawn by hand for the lattice tests: grids with merged cells, drawn cell by cell as WPS does. */
import type { PdfPage, PdfSegment, PdfTextBox } from '../../../src/pdf/types.js';

/** A merged rectangle of grid slots, inclusive: rows r0..r1, columns c0..c1. */
export interface Merge {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const inside = (m: Merge, r: number, c: number): boolean => m.r0 <= r && r <= m.r1 && m.c0 <= c && c <= m.c1;

/**
 * The border pieces of a grid with edges `xs` × `ys`, one piece per slot side, leaving out the lines inside merged
 * rectangles (and the sides `open` lists, as `h:row:column` for the top of a slot or `v:row:column` for its left).
 */
export function gridSegments(xs: readonly number[], ys: readonly number[], merges: readonly Merge[] = [], open: readonly string[] = []): PdfSegment[] {
  const out: PdfSegment[] = [];
  const within = (r: number, c: number, r2: number, c2: number): boolean =>
    merges.some((m) => inside(m, r, c) && inside(m, r2, c2));
  for (let i = 0; i < ys.length; i++) {
    for (let c = 0; c + 1 < xs.length; c++) {
      if (i > 0 && i < ys.length - 1 && within(i - 1, c, i, c)) continue;
      if (open.includes(`h:${i}:${c}`)) continue;
      out.push({ x0: xs[c]!, y0: ys[i]!, x1: xs[c + 1]!, y1: ys[i]! });
    }
  }
  for (let j = 0; j < xs.length; j++) {
    for (let r = 0; r + 1 < ys.length; r++) {
      if (j > 0 && j < xs.length - 1 && within(r, j - 1, r, j)) continue;
      if (open.includes(`v:${r}:${j}`)) continue;
      out.push({ x0: xs[j]!, y0: ys[r]!, x1: xs[j]!, y1: ys[r + 1]! });
    }
  }
  return out;
}

let item = 0;
/** A run of text with its top-left corner at (x, y), 10 pt high, 10 pt per character. */
export function text(value: string, x: number, y: number, page = 1, height = 10): PdfTextBox {
  return { text: value, box: [x, y, x + 10 * value.length, y + height], page, item: item++ };
}

export function page(number: number, segments: readonly PdfSegment[], texts: readonly PdfTextBox[] = []): PdfPage {
  return { number, width: 595, height: 842, segments, texts };
}

/** Evenly spaced edges: `count` + 1 positions from `start`, `step` apart. */
export function steps(start: number, step: number, count: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => start + i * step);
}
