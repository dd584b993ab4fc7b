/** Reading helpers for the lattice tests: the cell covering a grid slot, a cell's text, the cell under a header. */
import type { PdfTable, PdfTableCell } from '../../../src/pdf/types.js';

export function cellAt(table: PdfTable, row: number, column: number): PdfTableCell | undefined {
  return table.cells.find(
    (c) => c.row <= row && row < c.row + c.rowspan && c.column <= column && column < c.column + c.colspan,
  );
}

export function textOf(cell: PdfTableCell | undefined): string {
  return cell ? cell.texts.map((t) => t.text).join('') : '';
}

/** The text of the cell on the row whose first text starts with `rowLabel`, in the column of the header `column`. */
export function lookup(table: PdfTable, rowLabel: string, column: string): string {
  const label = table.cells.find((c) => textOf(c).startsWith(rowLabel));
  const header = table.cells.find((c) => textOf(c) === column);
  if (!label || !header) return '';
  return textOf(cellAt(table, label.row, header.column));
}

/** rows × columns of a table, as a string for compact assertions. */
export function shape(table: PdfTable): string {
  return `${table.rowCount}x${table.columns.length - 1}`;
}
