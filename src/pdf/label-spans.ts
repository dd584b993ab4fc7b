/**
 * Checks and repairs of lattice tables before they are read. A table whose cell holds two or more numbers is not a
 * grid the page really has (borders that were not found, a frame taken for one cell): a report table cell holds
 * one figure, so such a table is left to the text lines, which the aligned-text readers read.
 *
 * Empty cells inside a table's label area joined to the label on their left. Word and WPS draw a row label that
 * spans two label columns (（六）其他处理 across the 不予公开 reason column) sometimes with the inner border still
 * drawn, leaving an empty cell that a reader counting cells would take for a blank value. The label area is the
 * columns left of the first column in which any cell holds a number, so an empty cell under a value column (a blank,
 * which the templates read as 0) is never touched.
 */
import type { PdfTable, PdfTableCell } from './types.js';

const NUMBER = /^[+\-]?\d[\d,.]*$/u;
// A figure, not a list marker (`1.`).
const FIGURE = /^[+\-]?\d+(?:,\d{3})*(?:\.\d+)?$/u;
const textOf = (cell: PdfTableCell): string => cell.texts.map((t) => t.text).join('').trim();

/**
 * The table without its rows in which no cell holds text. Such a row states nothing: it is the sliver of a row the
 * page break cut (its text is on the next page) or a spacer; read as a row of blank cells it would become zeros.
 * Cells spanning over a dropped row lose one row of span.
 */
export function dropEmptyRows(table: PdfTable): PdfTable {
  const filled = new Set<number>();
  for (const cell of table.cells) if (textOf(cell) !== '') filled.add(cell.row);
  if (filled.size === table.rowCount) return table;
  // For each row: how many empty rows lie above it (its shift), and whether it goes.
  const shift: number[] = [];
  let dropped = 0;
  for (let r = 0; r < table.rowCount; r++) {
    shift.push(dropped);
    if (!filled.has(r)) dropped++;
  }
  const cells: PdfTableCell[] = [];
  for (const cell of table.cells) {
    if (!filled.has(cell.row)) continue;
    let rowspan = 0;
    for (let r = cell.row; r < cell.row + cell.rowspan && r < table.rowCount; r++) if (filled.has(r)) rowspan++;
    cells.push({ ...cell, row: cell.row - shift[cell.row]!, rowspan: Math.max(1, rowspan) });
  }
  return { ...table, rowCount: table.rowCount - dropped, cells };
}

/** True when every cell holds at most one figure. */
export function isPlausibleGrid(table: PdfTable): boolean {
  return table.cells.every((cell) => cell.texts.filter((run) => FIGURE.test(run.text)).length < 2);
}

/** The table with each empty label-area cell merged into the label cell to its left (same rows). */
export function joinEmptyLabelCells(table: PdfTable): PdfTable {
  let firstValueColumn = Infinity;
  for (const cell of table.cells) if (NUMBER.test(textOf(cell))) firstValueColumn = Math.min(firstValueColumn, cell.column);
  if (!Number.isFinite(firstValueColumn)) return table;
  const cells: PdfTableCell[] = [];
  let changed = false;
  for (const cell of table.cells) {
    const left = cells[cells.length - 1];
    if (
      left &&
      left.row === cell.row &&
      left.rowspan === cell.rowspan &&
      left.column + left.colspan === cell.column &&
      cell.column + cell.colspan <= firstValueColumn &&
      textOf(cell) === '' &&
      textOf(left) !== ''
    ) {
      cells[cells.length - 1] = {
        ...left,
        colspan: left.colspan + cell.colspan,
        box: [left.box[0], Math.min(left.box[1], cell.box[1]), cell.box[2], Math.max(left.box[3], cell.box[3])],
      };
      changed = true;
      continue;
    }
    cells.push(cell);
  }
  return changed ? { ...table, cells } : table;
}
