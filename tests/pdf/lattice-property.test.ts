/**
 * For any set of lines and texts: findTables and stitchTables never throw, every table's origin cells tile its grid
 * exactly (each slot covered once, boxes on the grid edges), no text run (or piece of one) lands in two cells, and a
 * number is never cut.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTables, stitchTables } from '../../src/pdf/lattice/index.js';
import type { PdfPage, PdfSegment, PdfTable, PdfTextBox } from '../../src/pdf/types.js';
import { settings, settle } from '../robustness/arbitraries.js';

// Coordinates on a coarse lattice with jitter, so that lines meet, nearly meet and double up often.
const near = (min: number, max: number): fc.Arbitrary<number> =>
  fc.tuple(fc.integer({ min, max }), fc.integer({ min: -3, max: 3 })).map(([k, j]) => k * 20 + j * 0.75);
const coordinate = near(0, 12);
const segment: fc.Arbitrary<PdfSegment> = fc
  .tuple(fc.boolean(), coordinate, coordinate, coordinate)
  .map(([horizontal, at, a, b]) =>
    horizontal ? { x0: Math.min(a, b), y0: at, x1: Math.max(a, b), y1: at } : { x0: at, y0: Math.min(a, b), x1: at, y1: Math.max(a, b) },
  );
const textBox = (page: number): fc.Arbitrary<PdfTextBox> =>
  fc.tuple(coordinate, coordinate, fc.integer({ min: 0, max: 1000 })).map(([x, y, item]) => ({
    text: String(item),
    box: [x, y, x + 8, y + 8] as const,
    page,
    item,
  }));
const pageOf = (number: number): fc.Arbitrary<PdfPage> =>
  fc.tuple(fc.array(segment, { minLength: 6, maxLength: 60 }), fc.uniqueArray(textBox(number), { maxLength: 30, selector: (t) => t.item })).map(
    ([segments, texts]) => ({ number, width: 300, height: 300, segments, texts }),
  );

function expectTiled(table: PdfTable): void {
  const columns = table.columns.length - 1;
  const covered = new Uint8Array(table.rowCount * columns);
  for (const cell of table.cells) {
    expect(cell.rowspan).toBeGreaterThanOrEqual(1);
    expect(cell.colspan).toBeGreaterThanOrEqual(1);
    expect(cell.row + cell.rowspan).toBeLessThanOrEqual(table.rowCount);
    expect(cell.column + cell.colspan).toBeLessThanOrEqual(columns);
    for (let r = cell.row; r < cell.row + cell.rowspan; r++) {
      for (let c = cell.column; c < cell.column + cell.colspan; c++) {
        expect(covered[r * columns + c]).toBe(0);
        covered[r * columns + c] = 1;
      }
    }
  }
  expect(covered.every((v) => v === 1)).toBe(true);
  const items = table.cells.flatMap((c) => c.texts.map((t) => `${t.page}:${t.item}:${t.slice?.join('-') ?? ''}`));
  expect(new Set(items).size).toBe(items.length);
  for (const t of table.cells.flatMap((c) => c.texts)) expect(t.slice).toBeUndefined(); // the texts are all numbers
}

describe('lattice invariants', () => {
  it('one page: the cells of every table tile its grid, on its column edges', async () => {
    await settle();
    fc.assert(
      fc.property(pageOf(1), (page) => {
        for (const table of findTables(page)) {
          expectTiled(table);
          for (const cell of table.cells) {
            expect(cell.box[0]).toBe(table.columns[cell.column]);
            expect(cell.box[2]).toBe(table.columns[cell.column + cell.colspan]);
          }
        }
      }),
      settings(4),
    );
  });

  it('two pages stitched: the joined tables still tile their grids', async () => {
    await settle();
    fc.assert(
      fc.property(pageOf(1), pageOf(2), (first, second) => {
        const pages = [first, second];
        for (const table of stitchTables(pages.flatMap(findTables), pages)) expectTiled(table);
      }),
      settings(4),
    );
  });
});
