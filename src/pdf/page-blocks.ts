/**
 * One page's reading order: its lattice tables (from the ruling lines) and the lines of the text outside them,
 * top to bottom. A run belongs to a table when the table placed it in a cell, or when its centre is inside the
 * table's box (a run on a border is not read twice).
 */
import { groupLines, type PdfLine } from './lines.js';
import type { PageBlock } from './layout-text.js';
import type { PdfPage, PdfTable, PdfTextBox } from './types.js';

const centreIn = (run: PdfTextBox, box: readonly [number, number, number, number]): boolean => {
  const cx = (run.box[0] + run.box[2]) / 2;
  const cy = (run.box[1] + run.box[3]) / 2;
  return cx >= box[0] && cx <= box[2] && cy >= box[1] && cy <= box[3];
};

/** The runs of the page outside its tables. */
export function runsOutside(page: PdfPage, tables: readonly PdfTable[]): PdfTextBox[] {
  const placed = new Set<PdfTextBox>();
  for (const table of tables) for (const cell of table.cells) for (const run of cell.texts) placed.add(run);
  const boxes = tables.flatMap((table) => table.boxes?.filter((_, i) => table.pages[i] === page.number) ?? []);
  return page.texts.filter((run) => !placed.has(run) && !boxes.some((box) => centreIn(run, box)));
}

/** The page's lines (outside its tables) as groupLines makes them. */
export function linesOutside(page: PdfPage, tables: readonly PdfTable[]): PdfLine[] {
  return groupLines(page.number, runsOutside(page, tables));
}

/** Lines and the tables that start on this page, in reading order (a table by its top edge). */
export function pageBlocks(lines: readonly PdfLine[], tables: readonly PdfTable[], page: number): PageBlock[] {
  const blocks: Array<{ y: number; block: PageBlock }> = lines.map((line) => ({ y: line.y, block: { kind: 'line', line } }));
  for (const table of tables) {
    if (table.page !== page) continue;
    blocks.push({ y: table.boxes?.[0]?.[1] ?? 0, block: { kind: 'table', table } });
  }
  // Stable: equal y keeps lines before tables.
  return blocks.sort((a, b) => a.y - b.y).map((b) => b.block);
}
