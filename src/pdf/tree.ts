/**
 * The laid-out PDF text → the report tree: its lines as text lines (hard wraps joined, as for any plain text) and
 * its lattice tables as `Table` nodes (origin 'pdf') in the grid model of the HTML tables, so every reader reads
 * them unchanged. Lines and cells are slices of the extracted text, which is the input: no offset maps needed.
 */
import type { Budget } from '../budget.js';
import { buildTree } from '../tree/build-tree.js';
import { BREAK_ITEM, lineItem, tableItem } from '../tree/items.js';
import type { Line } from '../tree/lines.js';
import type { Locator } from '../tree/positions.js';
import { type RawCell, buildTable } from '../tree/table-grid.js';
import type { Root, TreeItem } from '../tree/types.js';
import type { LaidOutBlock } from './layout-text.js';

const slice = (input: string, start: number, end: number): Line => ({ value: input.slice(start, end), start, end });

/** A tree builder for `parseWithTree`, over the blocks of one laid-out text. */
export function pdfTreeFront(blocks: readonly LaidOutBlock[]) {
  return (input: string, locate: Locator, budget: Budget): Root => {
    const items: TreeItem[] = [];
    for (const block of blocks) {
      if (block.kind === 'line') {
        items.push(lineItem(slice(input, block.start, block.end)));
        continue;
      }
      const rows: RawCell[][] = block.rows.map((cells) =>
        cells.map((cell) => ({ line: slice(input, cell.start, cell.end), rowspan: cell.rowspan, colspan: cell.colspan, header: false })),
      );
      items.push(BREAK_ITEM, tableItem(buildTable(rows, 'pdf', locate, budget)), BREAK_ITEM);
    }
    return buildTree(items, { input, locate, inputType: 'text', joinWrappedLines: true, budget });
  };
}
