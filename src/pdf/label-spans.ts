/**
 * Empty cells inside a table's label area joined to the label on their left. Word and WPS draw a row label that
 * spans two label columns (（六）其他处理 across the 不予公开 reason column) sometimes with the inner border still
 * drawn, leaving an empty cell that a reader counting cells would take for a blank value. The label area is the
 * columns left of the first column in which any cell holds a number, so an empty cell under a value column (a blank,
 * which the templates read as 0) is never touched.
 */
import type { PdfTable, PdfTableCell } from './types.js';

const NUMBER = /^[+\-]?\d[\d,.]*$/u;
const textOf = (cell: PdfTableCell): string => cell.texts.map((t) => t.text).join('').trim();

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
