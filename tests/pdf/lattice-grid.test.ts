/** findTables on hand-drawn pages: merged cells as spans, separate tables, snapping, text placement, work bounds. */
import { describe, expect, test } from 'vitest';
import { findTables } from '../../src/pdf/lattice/index.js';
import type { PdfSegment } from '../../src/pdf/types.js';
import { cellAt, shape, textOf } from './lattice/cells.js';
import { gridSegments, page, steps, text } from './lattice/synthetic.js';

const spans = (table: ReturnType<typeof findTables>[number]): string[] =>
  table.cells.map((c) => `${c.row},${c.column} ${c.rowspan}x${c.colspan}`);

describe('merged cells', () => {
  // 4 columns × 4 rows: a header 类别 over two rows, 申请人 over three columns, a label 不予公开 over two rows.
  const xs = [100, 200, 250, 300, 350];
  const ys = [100, 120, 140, 160, 180];
  const merges = [
    { r0: 0, c0: 0, r1: 1, c1: 0 },
    { r0: 0, c0: 1, r1: 0, c1: 3 },
    { r0: 2, c0: 0, r1: 3, c1: 0 },
  ];
  const texts = [
    text('类别', 105, 115),
    text('申请人', 255, 105),
    text('甲', 205, 125),
    text('乙', 255, 125),
    text('丙', 305, 125),
    // The label is centred on its two rows; the numbers sit on each row's own baseline.
    text('不予公开', 105, 155),
    text('3', 215, 145),
    text('4', 265, 145),
    text('7', 315, 145),
    text('0', 215, 165),
  ];
  const [table, ...rest] = findTables(page(1, gridSegments(xs, ys, merges), texts));

  test('one table, the full grid, merged cells as origin cells with spans, row-major', () => {
    expect(rest).toHaveLength(0);
    expect(shape(table!)).toBe('4x4');
    expect(table!.columns).toEqual(xs);
    expect(spans(table!)).toEqual([
      '0,0 2x1', '0,1 1x3',
      '1,1 1x1', '1,2 1x1', '1,3 1x1',
      '2,0 2x1', '2,1 1x1', '2,2 1x1', '2,3 1x1',
      '3,1 1x1', '3,2 1x1', '3,3 1x1',
    ]);
    expect(table!.cells[0]!.box).toEqual([100, 100, 200, 140]);
  });

  test('texts land in the cell under their centre', () => {
    expect(textOf(cellAt(table!, 1, 0))).toBe('类别');
    expect(textOf(cellAt(table!, 0, 2))).toBe('申请人');
    expect(textOf(cellAt(table!, 3, 0))).toBe('不予公开');
    expect(textOf(cellAt(table!, 2, 3))).toBe('7');
    expect(textOf(cellAt(table!, 3, 1))).toBe('0');
    expect(textOf(cellAt(table!, 3, 2))).toBe('');
  });

  test('a border drawn only in part cuts the region into row runs, never overlapping cells', () => {
    // Row 0 has no line between columns 1 and 2, and the line under row 0 is missing over column 2: slots (0,1),
    // (0,2) and (1,2) form an L, which is no rectangle.
    const segments = gridSegments([0, 50, 100, 150], [0, 20, 40], [], ['v:0:2', 'h:1:2']);
    const [l] = findTables(page(1, segments));
    expect(spans(l!)).toEqual(['0,0 1x1', '0,1 1x2', '1,0 1x1', '1,1 1x1', '1,2 1x1']);
  });
});

describe('separate tables on one page', () => {
  test('stacked and side by side, each its own table, top to bottom then left to right', () => {
    const segments = [
      ...gridSegments([100, 200, 300], [100, 120, 140]),
      ...gridSegments([100, 150, 200], [300, 320, 340, 360]),
      ...gridSegments([350, 400, 450, 500], [300, 320, 340]),
    ];
    const texts = [text('a', 110, 105), text('b', 110, 305), text('c', 360, 305), text('outside', 100, 200)];
    const tables = findTables(page(1, segments, texts));
    expect(tables.map(shape)).toEqual(['2x2', '3x2', '2x3']);
    expect(tables.map((t) => textOf(t.cells[0]))).toEqual(['a', 'b', 'c']);
    expect(tables.flatMap((t) => t.cells.flatMap((c) => c.texts.map((x) => x.text)))).not.toContain('outside');
  });
});

describe('lines as producers draw them', () => {
  test('jittered positions, double borders, short caps and cell-by-cell pieces give the clean grid', () => {
    const xs = [100, 160, 220, 280];
    const ys = [100, 125, 150];
    const jitter = (v: number, k: number): number => v + ((k % 3) - 1) * 0.8;
    const segments: PdfSegment[] = gridSegments(xs, ys).map((s, k) => ({
      x0: s.x0 === s.x1 ? jitter(s.x0, k) : s.x0 + 0.6,
      x1: s.x0 === s.x1 ? jitter(s.x0, k) : s.x1 - 0.6,
      y0: s.y0 === s.y1 ? jitter(s.y0, k) : s.y0 + 0.6,
      y1: s.y0 === s.y1 ? jitter(s.y0, k) : s.y1 - 0.6,
    }));
    // A double outer border 1.5 pt outside the frame.
    segments.push({ x0: 98.5, y0: 98.5, x1: 281.5, y1: 98.5 }, { x0: 98.5, y0: 98.5, x1: 98.5, y1: 151.5 });
    const [table, ...rest] = findTables(page(1, segments, [text('x', 230, 130)]));
    expect(rest).toHaveLength(0);
    expect(shape(table!)).toBe('2x3');
    // The double border snaps with the frame line: the edge lies between them.
    expect(table!.columns[0]).toBeGreaterThanOrEqual(98.5);
    expect(table!.columns[0]).toBeLessThanOrEqual(100.8);
    expect(table!.columns.slice(1).map(Math.round)).toEqual([160, 220, 280]);
    expect(textOf(cellAt(table!, 1, 2))).toBe('x');
  });

  test('HTML cell spacing: every border two lines 2.25 pt apart, and a second table whose edges sit 1.5 pt off', () => {
    const doubled = (xs: number[], ys: number[]): PdfSegment[] =>
      gridSegments(xs, ys).flatMap((s) =>
        s.x0 === s.x1 ? [s, { ...s, x0: s.x0 + 2.25, x1: s.x1 + 2.25 }] : [s, { ...s, y0: s.y0 + 2.25, y1: s.y1 + 2.25 }],
      );
    const tables = findTables(page(1, [...doubled([100, 200, 300], [100, 120, 140]), ...doubled([100, 201.5, 300], [200, 220])]));
    expect(tables.map(shape)).toEqual(['2x2', '1x2']);
  });

  test('a frame drawn twice 3.7 pt apart (wider than the snap) is one edge, not a sliver column', () => {
    const frame = [
      { x0: 303.7, y0: 100, x1: 303.7, y1: 140 },
      { x0: 100, y0: 100, x1: 303.7, y1: 100 },
      { x0: 100, y0: 140, x1: 303.7, y1: 140 },
    ];
    const segments = [...gridSegments([100, 200, 300], [100, 120, 140]), ...frame];
    const [table] = findTables(page(1, segments));
    expect(table!.columns).toHaveLength(3);
    expect(table!.columns[2]).toBeCloseTo(301.85, 1);
  });

  test('an underline, a lone frame line, ticks and diagonals are no table', () => {
    const segments: PdfSegment[] = [
      { x0: 100, y0: 100, x1: 400, y1: 100 },
      { x0: 100, y0: 100, x1: 100, y1: 104 },
      { x0: 400, y0: 100, x1: 400, y1: 104 },
      { x0: 100, y0: 200, x1: 101, y1: 200 },
      { x0: 100, y0: 300, x1: 200, y1: 400 },
    ];
    expect(findTables(page(1, segments))).toEqual([]);
  });

  test('a table continued from the previous page, its top border drawn only over new rows, keeps its first row', () => {
    // Columns 0-1 go on from the page before: no top line over them.
    const segments = gridSegments([100, 150, 200, 250], [80, 100, 120], [{ r0: 0, c0: 0, r1: 1, c1: 0 }], ['h:0:0', 'h:0:1']);
    const [table] = findTables(page(2, segments, [text('续', 155, 85)]));
    expect(shape(table!)).toBe('2x3');
    expect(textOf(cellAt(table!, 0, 1))).toBe('续');
    expect(cellAt(table!, 0, 0)!.rowspan).toBe(2);
  });
});

describe('reading order inside a cell', () => {
  test('lines top to bottom, runs left to right, a run a little lower on the same line stays on it', () => {
    const texts = [text('情形', 160, 131), text('只计这一', 110, 130), text('不计其他', 110, 145), text('（二）', 110, 115)];
    const [table] = findTables(page(1, gridSegments([100, 300], [110, 160]).concat(gridSegments([300, 350], [110, 160])), texts));
    expect(textOf(cellAt(table!, 0, 0))).toBe('（二）只计这一情形不计其他');
  });
});

describe('work bounds', () => {
  test('100,000 segments of noise around one real table: the table is found', () => {
    const noise: PdfSegment[] = [];
    for (let k = 0; noise.length < 100_000; k++) {
      const x = 20 + (k % 100) * 5;
      const y = 500 + Math.floor(k / 100) * 0.3;
      noise.push({ x0: x, y0: y, x1: x + 0.5, y1: y }); // dots 5 pt apart: too short to be lines, too far to join
      if (k % 10 === 0) noise.push({ x0: 600 + (k % 7), y0: y, x1: 600 + (k % 7), y1: y + 40 }); // lone verticals
    }
    const segments = [...gridSegments([100, 200, 300], [100, 120, 140]), ...noise];
    expect(segments.length).toBeGreaterThan(100_000);
    const tables = findTables(page(1, segments, [text('9', 210, 125)]));
    expect(tables.map(shape)).toEqual(['2x2']);
    expect(textOf(cellAt(tables[0]!, 1, 1))).toBe('9');
  });

  test('a hatch of 50,000 horizontal and 50,000 vertical lines is a drawing: no table, and it returns', () => {
    const segments: PdfSegment[] = [];
    for (let k = 0; k < 50_000; k++) {
      segments.push({ x0: 0, y0: k * 4, x1: 200_000, y1: k * 4 });
      segments.push({ x0: k * 4, y0: 0, x1: k * 4, y1: 200_000 });
    }
    expect(findTables(page(1, segments))).toEqual([]);
  });

  test('thousands of tiny boxes are a drawing, not tables', () => {
    const segments: PdfSegment[] = [];
    for (let k = 0; k < 5_000; k++) segments.push(...gridSegments([k * 20, k * 20 + 10], [0, 10]));
    expect(findTables(page(1, segments))).toEqual([]);
  });
});
