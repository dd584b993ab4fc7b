/**
 * 表三 rows to cells: a grid row by the header above its columns, a text row by a flat header line's order or by the
 * template's order when it has exactly the template's cells. A text row of fewer digit tokens than cells (glued
 * cells, irregular spaces, the next row's marker run in) is left for the run solver.
 */
import type { RuleReporter } from '../../engine/rule.js';
import { type Token, gridHeaders } from '../shared/cell-tokens.js';
import type { Instance, RowId, RowRead } from './applications-scan.js';
import { ROW_KEY } from './applications-scan.js';
import { TABLE_CODES } from './codes.js';
import type { ReadCell } from './emit.js';
import { spanOf } from './emit.js';
import { type ApplicantColumn, STANDARD_COLUMNS, SUBTOTAL_COLUMNS, applicantColumnOf, readLabels } from './labels.js';
import { alignedUnder, onePiece, plainDigitCell, trimTrailingBlanks } from './row-cells.js';
import type { RunInput } from './runs.js';
import { cellValue } from './values.js';

/**
 * A row's cells by applicant column: one slot per column, in CELL_COLUMNS order (the six applicant columns, 小计,
 * 总计), undefined where the row has no cell. An array of eight, not a Map per row: a table reads a few dozen rows.
 */
export type RowCells = Array<ReadCell | undefined>;

const CELL_COLUMNS: readonly ApplicantColumn[] = [...SUBTOTAL_COLUMNS];
/** The slot of the 总计 cell. */
export const TOTAL_SLOT = CELL_COLUMNS.indexOf('total');

/** The slot of a column in RowCells (the six applicant parts are slots 0-5, in APPLICANT_PARTS order). */
export function slotOf(column: ApplicantColumn): number {
  return CELL_COLUMNS.indexOf(column);
}

/** A row with no cells read yet. */
export function newRowCells(): RowCells {
  return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
}

/** A row whose digits must be cut: its tokens (for provenance) and the solver's view of them. */
export interface PendingRun {
  readonly row: RowRead;
  readonly tokens: readonly Token[];
  readonly input: RunInput;
}

/** Header of a grid table: the applicant column each grid column stands for. */
/** A table's applicant columns from the header rows above `upTo`, kept per table and extended row by row. */
const headerCache = new WeakMap<object, { upTo: number; columns: Map<number, ApplicantColumn> }>();

/**
 * Header of a grid table: the applicant column each grid column stands for, from the rows above `firstDataRow` (the
 * lowest label of a column wins). Each instance in a table asks again; the rows already read are not read again, so a
 * table of N labelled rows costs N, not N².
 */
function gridColumns(table: NonNullable<Token['grid']>['table'], firstDataRow: number): Map<number, ApplicantColumn> {
  let cached = headerCache.get(table);
  if (!cached || cached.upTo > firstDataRow) cached = { upTo: 0, columns: new Map() };
  for (const [column, texts] of gridHeaders(table, cached.upTo, firstDataRow)) {
    for (const text of texts) {
      for (const label of readLabels(text) ?? []) {
        const found = applicantColumnOf(label.id);
        if (found) cached.columns.set(column, found);
      }
    }
  }
  cached.upTo = firstDataRow;
  headerCache.set(table, cached);
  return new Map(cached.columns);
}

function numeric(token: Token): number | null {
  const v = cellValue(token, 'count');
  return v ? v.value : null;
}

/** Text rendering: the template's column order, when the row has exactly the template's cells. */
function columnsFor(cells: readonly Token[], hasSubtotal: boolean): readonly ApplicantColumn[] | null {
  if (cells.length === 7) return STANDARD_COLUMNS;
  if (cells.length !== 8) return null;
  if (hasSubtotal) return SUBTOTAL_COLUMNS;
  // An unannounced 法人或其他组织小计 column: accepted only when its arithmetic proves it.
  const v = cells.map(numeric);
  if (v.some((x) => x === null)) return null;
  const n = v as number[];
  const orgs = n[1]! + n[2]! + n[3]! + n[4]! + n[5]!;
  return orgs === n[6] && n[0]! + orgs === n[7] && orgs > 0 ? SUBTOTAL_COLUMNS : null;
}

/** A text row for the run solver: plain digit tokens, fewer than the cells (or the next marker run into the last). */
function asRun(row: RowRead, cells: readonly Token[], expected: number): PendingRun | null {
  if (expected !== 7 || cells.length === 0 || cells.length > expected) return null;
  for (let i = 0; i < cells.length; i++) if (!plainDigitCell(cells[i]!)) return null;
  if (!onePiece(cells)) return null;
  if (cells.length === expected && !row.markerTail) return null;
  // Pushed one by one, not `map`ped: a packed array like every other segment list the solver reads (one map).
  const segments: string[] = [];
  for (let i = 0; i < cells.length; i++) segments.push(cells[i]!.text);
  if (row.markerDigits && cells.length < expected) segments.push(row.markerDigits);
  const markerTail = row.markerTail === true || (row.markerDigits !== undefined && cells.length < expected);
  return { row, tokens: cells, input: { segments, markerTail } };
}

/** A cell's count into its column's slot, or a warning when it holds none. */
function readCell(read: RowCells, column: ApplicantColumn, token: Token, name: string, report: RuleReporter): void {
  const value = cellValue(token, 'count');
  if (value) read[slotOf(column)] = { token, value };
  else report.warn(TABLE_CODES.badCell, `${name}: "${token.text}" is not a count; left out`, token);
}

/** Read each row's cells, or set it aside for the run solver. */
export function mapRows(instance: Instance, report: RuleReporter): { rows: Map<RowId, RowCells>; runs: PendingRun[] } {
  const rows = new Map<RowId, RowCells>();
  const runs: PendingRun[] = [];
  const gridCache = new Map<object, Map<number, ApplicantColumn>>();
  const expected = instance.hasSubtotal ? 8 : 7;
  const seen = new Set<RowId>();

  for (const row of instance.rows) {
    if (row.cells.length === 0 || seen.has(row.id)) continue;
    const name = ROW_KEY(row.id);
    const grid = row.cells[0]!.grid;
    let layout: { readonly columns: ApplicantColumn[]; readonly cells: Token[] } | null = null;
    if (grid) {
      let columns = gridCache.get(grid.table);
      if (!columns) {
        columns = gridColumns(grid.table, grid.row);
        gridCache.set(grid.table, columns);
      }
      // Header columns apply only when the row's cells sit exactly under them; a row shifted by a broken span
      // (a rowspan the page lost) is read by its order instead, like a text rendering.
      if (columns.size > 0 && alignedUnder(row.cells, columns)) {
        layout = { columns: [], cells: [] };
        for (const cell of row.cells) {
          const column = cell.grid ? columns.get(cell.grid.column) : undefined;
          if (column) {
            layout.columns.push(column);
            layout.cells.push(cell);
          }
          else if (cell.kind === 'number') {
            report.warn(TABLE_CODES.columnUnmapped, `${name}: a value in a column without a known header was left out`, cell);
          }
        }
      }
    }
    const read = newRowCells();
    if (layout) {
      for (let k = 0; k < layout.columns.length; k++) readCell(read, layout.columns[k]!, layout.cells[k]!, name, report);
    } else {
      // A row of no more cells than the table has nothing to trim: no copy.
      const cells: readonly Token[] = row.cells.length > expected ? trimTrailingBlanks(row.cells, expected) : row.cells;
      const run = asRun(row, cells, expected);
      if (run) {
        seen.add(row.id);
        runs.push(run);
        continue;
      }
      const order = instance.order?.length === cells.length ? instance.order : columnsFor(cells, instance.hasSubtotal);
      if (!order) {
        report.warn(
          TABLE_CODES.cellCount,
          `${name}: the row has ${cells.length} cells where the table has ${expected}; its cells were left out`,
          spanOf([row.label, ...cells]),
        );
        continue;
      }
      for (let i = 0; i < order.length; i++) readCell(read, order[i]!, cells[i]!, name, report);
    }
    seen.add(row.id);
    rows.set(row.id, read);
  }
  return { rows, runs };
}
