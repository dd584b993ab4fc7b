/** The checks and repairs of lattice tables before they are read, on small hand-made grids. */
import { describe, expect, it } from 'vitest';
import { dropEmptyRows, isPlausibleGrid, joinEmptyLabelCells } from '../../src/pdf/label-spans.js';
import type { PdfTable, PdfTableCell } from '../../src/pdf/types.js';

const run = (text: string) => ({ text, box: [0, 0, 1, 1] as const, page: 1, item: 0 });
const cell = (row: number, column: number, texts: string[], rowspan = 1, colspan = 1): PdfTableCell => ({
  row,
  column,
  rowspan,
  colspan,
  box: [column * 10, row * 10, (column + colspan) * 10, (row + rowspan) * 10],
  texts: texts.map(run),
});
const table = (rowCount: number, cells: PdfTableCell[]): PdfTable => ({
  page: 1,
  pages: [1],
  columns: [0, 10, 20, 30, 40],
  rowCount,
  cells,
});
const shape = (t: PdfTable) => t.cells.map((c) => `${c.row},${c.column} ${c.rowspan}x${c.colspan} ${c.texts.map((r) => r.text).join('')}`);

describe('lattice table repairs', () => {
  it('joins an empty label-area cell to the label on its left, never an empty value cell', () => {
    const t = table(2, [cell(0, 0, ['（六）其他处理']), cell(0, 1, []), cell(0, 2, ['0']), cell(0, 3, []), cell(1, 0, ['总计']), cell(1, 1, ['x']), cell(1, 2, ['1']), cell(1, 3, ['2'])]);
    expect(shape(joinEmptyLabelCells(t))).toEqual(['0,0 1x2 （六）其他处理', '0,2 1x1 0', '0,3 1x1 ', '1,0 1x1 总计', '1,1 1x1 x', '1,2 1x1 1', '1,3 1x1 2']);
  });

  it('drops rows where no cell holds text, shortening the spans over them', () => {
    const t = table(3, [cell(0, 0, ['行政复议'], 3), cell(0, 1, ['1']), cell(1, 1, []), cell(2, 1, ['2'])]);
    expect(shape(dropEmptyRows(t))).toEqual(['0,0 2x1 行政复议', '0,1 1x1 1', '1,1 1x1 2']);
    expect(dropEmptyRows(t).rowCount).toBe(2);
  });

  it('takes a cell holding two figures for a grid the page does not have', () => {
    expect(isPlausibleGrid(table(1, [cell(0, 0, ['1.', '属于国家秘密']), cell(0, 1, ['13'])]))).toBe(true);
    expect(isPlausibleGrid(table(1, [cell(0, 0, ['1001', '1002'])]))).toBe(false);
  });
});
