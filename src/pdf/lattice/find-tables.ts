/**
 * The lattice method (as pdfplumber and Tabula do it): tables from a page's ruling lines. Lines are snapped and
 * joined, grouped by touching into separate tables, each group laid out as a full grid with merged cells as spans, and
 * the page's text runs placed into the cells.
 */
import type { PdfPage, PdfTable } from '../types.js';
import { touchingGroups } from './components.js';
import { buildGrid } from './grid.js';
import { normaliseLines } from './lines.js';
import { placeTexts } from './place.js';
import { MAX_SEGMENTS } from './tolerances.js';

/** The page's tables, top to bottom (then left to right). A page past the work bounds yields none. */
export function findTables(page: PdfPage): PdfTable[] {
  if (page.segments.length > MAX_SEGMENTS) return [];
  const groups = touchingGroups(normaliseLines(page.segments));
  if (!groups) return [];
  const tables: PdfTable[] = [];
  for (const group of groups) {
    const grid = buildGrid(group);
    if (!grid) continue;
    const texts = placeTexts(grid, page.texts);
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
