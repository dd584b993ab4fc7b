/**
 * The lattice method (as pdfplumber and Tabula do it): tables from a page's ruling lines. Lines are snapped and
 * joined, grouped by touching into separate tables, each group laid out as a full grid with merged cells as spans, and
 * the page's text runs placed into the cells.
 */
import type { PdfPage, PdfTable, PdfTextBox } from '../types.js';
import { lowerBound, touchingGroups } from './components.js';
import { buildGrid } from './grid.js';
import { normaliseLines } from './lines.js';
import { placeTexts } from './place.js';
import { MAX_SEGMENTS, MAX_TABLES } from './tolerances.js';

const middle = (t: PdfTextBox): number => (t.box[1] + t.box[3]) / 2;

/** The page's tables, top to bottom (then left to right). A page past the work bounds yields none. */
export function findTables(page: PdfPage): PdfTable[] {
  if (page.segments.length > MAX_SEGMENTS) return [];
  const groups = touchingGroups(normaliseLines(page.segments));
  if (!groups || groups.length > MAX_TABLES) return [];
  // Texts by the height of their centre: each table looks only at the runs level with it.
  const byMiddle = [...page.texts].sort((a, b) => middle(a) - middle(b));
  const middles = byMiddle.map(middle);
  const tables: PdfTable[] = [];
  for (const group of groups) {
    const grid = buildGrid(group);
    if (!grid) continue;
    const band = byMiddle.slice(lowerBound(middles, grid.ys[0]!), lowerBound(middles, grid.ys[grid.ys.length - 1]!));
    const texts = placeTexts(grid, band);
    const box = [grid.xs[0]!, grid.ys[0]!, grid.xs[grid.xs.length - 1]!, grid.ys[grid.ys.length - 1]!] as const;
    tables.push({
      page: page.number,
      pages: [page.number],
      boxes: [box],
      columns: grid.xs,
      rowCount: grid.ys.length - 1,
      cells: grid.cells.map((cell, i) => ({ ...cell, page: page.number, texts: texts[i]! })),
    });
  }
  const top = (t: PdfTable): readonly [number, number] => [t.boxes?.[0]?.[1] ?? 0, t.boxes?.[0]?.[0] ?? 0];
  return tables.sort((a, b) => top(a)[0] - top(b)[0] || top(a)[1] - top(b)[1]);
}
