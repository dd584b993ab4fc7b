/** stitchTables on hand-drawn pages: which tables continue on the next page, and how the joined grid reads. */
import { describe, expect, test } from 'vitest';
import { findTables, stitchTables } from '../../src/pdf/lattice/index.js';
import type { PdfPage, PdfTable } from '../../src/pdf/types.js';
import { cellAt, shape, textOf } from './lattice/cells.js';
import { gridSegments, type Merge, page, steps, text } from './lattice/synthetic.js';

const XS = [100, 200, 300, 400];
/** A header row 项目|甲|乙 and numbered rows, `rows` in all, from `top`, 20 pt each. */
function tablePage(number: number, top: number, rows: number, options: { header?: boolean; xs?: number[]; extra?: ReturnType<typeof text>[]; merges?: Merge[]; open?: string[] } = {}): PdfPage {
  const xs = options.xs ?? XS;
  const ys = steps(top, 20, rows);
  const texts = [...(options.extra ?? [])];
  for (let r = 0; r < rows; r++) {
    const y = ys[r]! + 5;
    if (r === 0 && options.header !== false) {
      texts.push(text('项目', xs[0]! + 5, y, number), text('甲', xs[1]! + 5, y, number));
      if (xs.length > 3) texts.push(text('乙', xs[2]! + 5, y, number));
    } else {
      texts.push(text(`${number}.${r}`, xs[1]! + 5, y, number));
    }
  }
  return page(number, gridSegments(xs, ys, options.merges, options.open), texts);
}

const stitch = (...pages: PdfPage[]): PdfTable[] => stitchTables(pages.flatMap(findTables), pages);
const footer = (n: number): ReturnType<typeof text> => text(`- ${n} -`, 280, 800, n);

describe('a table over two pages', () => {
  const first = tablePage(1, 620, 8, { extra: [footer(1)] });
  const second = tablePage(2, 80, 4, { extra: [footer(2)] });
  const [table, ...rest] = stitch(first, second);

  test('is one table: the rows of both pages, the repeated header once', () => {
    expect(rest).toHaveLength(0);
    expect(table!.pages).toEqual([1, 2]);
    expect(shape(table!)).toBe('11x3');
    expect(table!.cells.filter((c) => textOf(c) === '项目')).toHaveLength(1);
    expect(textOf(cellAt(table!, 7, 1))).toBe('1.7');
    expect(textOf(cellAt(table!, 8, 1))).toBe('2.1');
    expect(cellAt(table!, 8, 1)!.page).toBe(2);
    expect(table!.boxes).toEqual([[100, 620, 400, 780], [100, 80, 400, 160]]);
  });

  test('a continuation without the header keeps all its rows', () => {
    const [t] = stitch(first, tablePage(2, 80, 3, { header: false }));
    expect(shape(t!)).toBe('11x3');
    expect(textOf(cellAt(t!, 8, 1))).toBe('2.0');
  });

  test('a running header at the top of each page does not keep the pages apart', () => {
    const running = (n: number): ReturnType<typeof text> => text('某某区人民政府2023年政府信息公开工作年度报告', 100, 40, n);
    const tables = stitch(tablePage(1, 620, 8, { extra: [running(1), footer(1)] }), tablePage(2, 80, 4, { extra: [running(2)] }));
    expect(tables.map((t) => t.pages)).toEqual([[1, 2]]);
  });

  test('a continuation with fewer inner column edges joins in the union grid, its cell spanning two columns', () => {
    const tables = stitch(first, tablePage(2, 80, 3, { header: false, xs: [100, 200, 400] }));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns).toEqual(XS);
    expect(cellAt(tables[0]!, 8, 1)!.colspan).toBe(2);
  });

  test('three pages chain into one table', () => {
    const middle = tablePage(2, 80, 35, { header: false, extra: [footer(2)] });
    const tables = stitch(first, middle, tablePage(3, 80, 2, { header: false }));
    expect(tables.map((t) => [t.pages, t.rowCount])).toEqual([[[1, 2, 3], 8 + 35 + 2]]);
  });
});

describe('tables that do not continue', () => {
  const first = tablePage(1, 620, 8, { extra: [footer(1)] });

  test('body text under the first table or above the second keeps them apart', () => {
    const below = tablePage(1, 600, 8, { extra: [text('本年度未发生行政复议。', 100, 790, 1)] });
    expect(stitch(below, tablePage(2, 80, 3))).toHaveLength(2);
    const title = text('四、政府信息公开行政复议、行政诉讼情况', 100, 50, 2);
    expect(stitch(first, tablePage(2, 80, 3, { extra: [title] }))).toHaveLength(2);
  });

  test('different column edges, a page in between, or a second table on the page keep them apart', () => {
    expect(stitch(first, tablePage(2, 80, 3, { xs: [100, 250, 400] }))).toHaveLength(2);
    expect(stitch(first, tablePage(3, 80, 3))).toHaveLength(2);
    const two = tablePage(1, 100, 3);
    const withSecond = page(1, [...two.segments, ...gridSegments(XS, steps(620, 20, 8))], [...two.texts, footer(1)]);
    const tables = stitch(withSecond, tablePage(2, 80, 3));
    expect(tables.map((t) => t.pages)).toEqual([[1], [1, 2]]);
  });
});

describe('merged cells across the page break', () => {
  // Page 1: a label 不予公开 over its last two rows in column 0.
  const label = { r0: 6, c0: 0, r1: 7, c1: 0 };
  const first = (): PdfPage => {
    const p = tablePage(1, 620, 8, { merges: [label], extra: [footer(1)] });
    return { ...p, texts: [...p.texts, text('不予公开', 105, 745, 1)] };
  };

  test('a first-row cell whose top border is left open goes on from the label above it', () => {
    const second = tablePage(2, 80, 3, { header: false, merges: [{ r0: 0, c0: 0, r1: 1, c1: 0 }], open: ['h:0:0'] });
    const [table] = stitch(first(), second);
    const cell = cellAt(table!, 9, 0)!;
    expect([cell.row, cell.rowspan, textOf(cell)]).toEqual([6, 4, '不予公开']);
  });

  test('an empty multi-row cell under a label goes on from it even where the producer closed the border', () => {
    const second = tablePage(2, 80, 3, { header: false, merges: [{ r0: 0, c0: 0, r1: 1, c1: 0 }] });
    const [table] = stitch(first(), second);
    expect(cellAt(table!, 9, 0)!.rowspan).toBe(4);
  });

  test('an empty cell under a number, or an open top over the whole row, does not copy anything down', () => {
    const blank = tablePage(2, 80, 3, { header: false, merges: [{ r0: 0, c0: 1, r1: 1, c1: 1 }] });
    const emptied = { ...blank, texts: blank.texts.filter((t) => t.box[1] > 120) };
    const [values] = stitch(tablePage(1, 620, 8, { extra: [footer(1)] }), emptied);
    expect(textOf(cellAt(values!, 7, 1))).toBe('1.7');
    expect(cellAt(values!, 8, 1)).toMatchObject({ row: 8, rowspan: 2, texts: [] });
    const allOpen = tablePage(2, 80, 3, { header: false, open: ['h:0:0', 'h:0:1', 'h:0:2'] });
    const [table] = stitch(first(), allOpen);
    expect(cellAt(table!, 8, 0)!.row).toBe(8);
  });
});

describe('a row cut by the page break (producers that let rows break)', () => {
  // Page 1 ends with the first line of a wrapped label and the row's numbers; page 2 starts with the label's rest.
  const cut = (rest: string, values: string[] = []): PdfTable[] => {
    const first = tablePage(1, 620, 8, { extra: [footer(1)] });
    const firstTexts = first.texts.filter((t) => !(t.box[1] > 760 && t.box[1] < 780));
    const last = [text('6.属于四类过程性信', 101, 765, 1), text('1043', 205, 765, 1), text('1044', 305, 765, 1)];
    const second = tablePage(2, 80, 3, { header: false });
    const secondTexts = second.texts.filter((t) => t.box[1] > 100);
    const head = [text(rest, 101, 85, 2), ...values.map((v, k) => text(v, 205 + 100 * k, 85, 2))];
    return stitch({ ...first, texts: [...firstTexts, ...last] }, { ...second, texts: [...secondTexts, ...head] });
  };

  test('the rest of the label joins the row above and the row disappears', () => {
    const [table] = cut('息');
    expect(shape(table!)).toBe('10x3');
    expect(textOf(cellAt(table!, 7, 0))).toBe('6.属于四类过程性信息');
    expect(textOf(cellAt(table!, 7, 1))).toBe('1043');
    expect(textOf(cellAt(table!, 8, 1))).toBe('2.1');
  });

  test('a first row with a number, or opening with a list marker, is a row of its own', () => {
    expect(shape(cut('（三）不予公开')[0]!)).toBe('11x3');
    expect(shape(cut('息', ['5'])[0]!)).toBe('11x3');
  });
});
