/** Shared by the table readers: a row's cells against its header's columns, and span debris at a row's end. */
import type { Token } from '../shared/cell-tokens.js';
import { allDigits } from './values.js';

/** The row's cells occupy exactly the header's columns (extra blank cells aside). */
export function alignedUnder(cells: readonly Token[], columns: ReadonlyMap<number, unknown>): boolean {
  const at = new Set(cells.filter((c) => c.kind === 'number' || columns.has(c.grid?.column ?? -1)).map((c) => c.grid?.column ?? -1));
  if (at.size !== columns.size) return false;
  for (const column of columns.keys()) if (!at.has(column)) return false;
  return true;
}

/** Drop blank cells past the columns a row can have (`| |||` span debris at the end of a pipe row). */
export function trimTrailingBlanks(cells: readonly Token[], expected: number): Token[] {
  const out = [...cells];
  while (out.length > expected && out[out.length - 1]!.kind === 'blank') out.pop();
  return out;
}

/**
 * Tokens that may hold several cells: one piece of one line (digits glued to a label, or separated by single spaces:
 * `10 0 00 0 1`). A token on a line, pipe cell or grid cell of its own is one whole cell — a dump with one cell per
 * line that lost a cell must not have another cut in two to fill the gap.
 */
export function onePiece(cells: readonly Token[]): boolean {
  const first = cells[0];
  if (!first) return false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.grid !== undefined || c.pipeCell || c.row !== first.row || c.cell !== first.cell) return false;
  }
  return true;
}

/** A number token of plain digits (/^\d+$/): what the run solvers cut. */
export function plainDigitCell(token: Token): boolean {
  return token.kind === 'number' && allDigits(token.text);
}
