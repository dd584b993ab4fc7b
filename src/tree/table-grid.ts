/**
 * Table grid: rows of cells with rowspan/colspan become a full rectangular grid. A slot covered by a spanning cell
 * holds a copy of that cell with `spanOf` set, so rules can read any [row, column] and still know what was merged.
 */
import { Budget } from '../budget.js';
import type { Line } from './lines.js';
import type { Locator } from './positions.js';
import type { Cell, Row, Table } from './types.js';

/** A cell as read from the source, before grid expansion. */
export interface RawCell {
  readonly line: Line;
  readonly rowspan: number;
  readonly colspan: number;
  readonly header: boolean;
}

// Guards against hostile spans (colspan=100000): real report tables are far smaller.
const MAX_SPAN = 1000;
const MAX_COLUMNS = 2000;

/** The grid cell of a raw cell (its spans as the grid gives them): the object literals of each shape, no spreads. */
function toCell(raw: RawCell, rowspan: number, colspan: number, row: number, column: number, locate: Locator): Cell {
  const { value, offsets } = raw.line;
  const position = locate(raw.line.start, raw.line.end);
  if (offsets) {
    return raw.header
      ? { type: 'cell', value, offsets, position, row, column, rowspan, colspan, header: true }
      : { type: 'cell', value, offsets, position, row, column, rowspan, colspan };
  }
  return raw.header
    ? { type: 'cell', value, position, row, column, rowspan, colspan, header: true }
    : { type: 'cell', value, position, row, column, rowspan, colspan };
}

/** The smallest `[start, end)` covering the nodes' positions (a loop: spreading 50,000 rows would overflow). */
function span(nodes: ReadonlyArray<{ position: { start: { offset?: number }; end: { offset?: number } } }>): [number, number] {
  if (nodes.length === 0) return [0, 0];
  let start = Infinity;
  let end = -Infinity;
  for (const node of nodes) {
    start = Math.min(start, node.position.start.offset ?? 0);
    end = Math.max(end, node.position.end.offset ?? 0);
  }
  return [start, end];
}

/**
 * Expand raw rows into a grid table node. Cells beyond the document's cell budget are not read; a span whose slots
 * the budget cannot give is read as one slot (the cell is kept, its copies are not made).
 */
export function buildTable(rawRows: readonly RawCell[][], origin: Table['origin'], locate: Locator, budget = new Budget()): Table {
  const grid: Array<Array<Cell | undefined>> = rawRows.map(() => []);
  let full = false;
  // The cells are counted here and taken from the budget in one go below (nothing reads it in between). The first
  // cell past what is left is where an exceeded budget stops the table.
  const cellsLeft = budget.left('cells');
  let taken = 0;
  rawRows.forEach((cells, r) => {
    let c = 0;
    for (const raw of cells) {
      if (full || taken === cellsLeft) {
        full = true;
        return;
      }
      taken++;
      while (grid[r]![c] !== undefined) c++;
      if (c >= MAX_COLUMNS) break;
      let rowspan = Math.max(1, Math.min(raw.rowspan, MAX_SPAN, rawRows.length - r));
      let colspan = Math.max(1, Math.min(raw.colspan, MAX_SPAN, MAX_COLUMNS - c));
      if (rowspan * colspan > 1 && !budget.take('gridSlots', rowspan * colspan - 1)) {
        rowspan = 1;
        colspan = 1;
      }
      const origin = toCell(raw, rowspan, colspan, r, c, locate);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr]![c + dc] =
            dr === 0 && dc === 0 ? origin : { ...origin, row: r + dr, column: c + dc, spanOf: [r, c] };
        }
      }
      c += colspan;
    }
  });
  if (taken > 0) budget.take('cells', taken);
  if (full) budget.take('cells');
  const rows: Row[] = grid.map((slots, r) => {
    const children = slots.filter((cell): cell is Cell => cell !== undefined);
    const own = children.filter((cell) => !cell.spanOf || cell.spanOf[0] === r);
    const anchor = own.length > 0 ? own : children;
    const [start, end] = span(anchor);
    return { type: 'row', children, position: locate(start, end) };
  });
  const nonEmpty = rows.filter((row) => row.children.length > 0);
  const [start, end] = span(nonEmpty);
  return { type: 'table', origin, children: nonEmpty, position: locate(start, end) };
}
