/**
 * readRulings on operator lists built as pdf.js 5 builds them: a path is one constructPath op with
 * [paintOp, [Float32Array of drawing ops], minMax]; drawing ops are moveTo 0, lineTo 1, curveTo 2, closePath 4.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { findTables } from '../../src/pdf/lattice/index.js';
import { readRulings } from '../../src/pdf/rulings/index.js';

const M = 0;
const L = 1;
const C = 2;
const Z = 4;

/** A rectangle as pdf.js's worker turns `re` into drawing ops. */
const rect = (x: number, y: number, w: number, h: number): number[] => [M, x, y, L, x + w, y, L, x + w, y + h, L, x, y + h, Z];

class Ops {
  readonly fnArray: number[] = [];
  readonly argsArray: unknown[] = [];
  op(fn: number, args: unknown = null): this {
    this.fnArray.push(fn);
    this.argsArray.push(args);
    return this;
  }
  path(paint: number, ...ops: number[]): this {
    return this.op(OPS.constructPath, [paint, [new Float32Array(ops)], new Float32Array([0, 0, 0, 0])]);
  }
}

const identity = { transform: [1, 0, 0, 1, 0, 0] };
/** An A4 page at scale 1: PDF's bottom-left origin turned to the top-left one. */
const a4 = { transform: [1, 0, 0, -1, 0, 842] };
const round = (segments: ReturnType<typeof readRulings>): number[][] =>
  segments.map((s) => [s.x0, s.y0, s.x1, s.y1].map((v) => Math.round(v * 100) / 100));

describe('strokes', () => {
  test('a stroked rectangle gives its four sides; lines and a closed path give their pieces', () => {
    const ops = new Ops()
      .path(OPS.stroke, ...rect(10, 20, 100, 50))
      .path(OPS.stroke, M, 0, 5, L, 40, 5, M, 7, 0, L, 7, 30)
      .path(OPS.closeStroke, M, 200, 200, L, 260, 200, L, 260, 240, Z);
    expect(round(readRulings(ops, identity))).toEqual([
      [10, 20, 110, 20], [110, 20, 110, 70], [10, 70, 110, 70], [10, 20, 10, 70],
      [0, 5, 40, 5], [7, 0, 7, 30],
      [200, 200, 260, 200], [260, 200, 260, 240], // the closing diagonal is no ruling
    ]);
  });

  test('curves, diagonals, clip-only paths (endPath) and empty paths give nothing', () => {
    const ops = new Ops()
      .path(OPS.stroke, M, 0, 0, C, 10, 10, 20, 10, 30, 0)
      .path(OPS.stroke, M, 0, 0, L, 50, 50)
      .path(OPS.endPath, ...rect(0, 0, 100, 0.5))
      .op(OPS.constructPath, [OPS.stroke, [null], null]);
    expect(readRulings(ops, identity)).toEqual([]);
  });

  test('a line after a curve in the same path still counts, from the curve end', () => {
    const ops = new Ops().path(OPS.stroke, M, 0, 0, C, 10, 10, 20, 10, 30, 0, L, 90, 0);
    expect(round(readRulings(ops, identity))).toEqual([[30, 0, 90, 0]]);
  });
});

describe('thin filled rectangles (how WPS and Word draw borders)', () => {
  test('a fill thinner than 2 pt is the line along its middle; a shaded cell background is no line', () => {
    const ops = new Ops()
      .path(OPS.fill, ...rect(100, 300, 200, 0.5))
      .path(OPS.eoFill, ...rect(100, 300, 0.75, 80))
      .path(OPS.fill, ...rect(100, 300, 200, 20))
      .path(OPS.fill, M, 0, 0, L, 100, 0, L, 100, 1, Z); // a thin triangle fills half its box: no line
    expect(round(readRulings(ops, identity))).toEqual([
      [100, 300.25, 300, 300.25],
      [100.38, 300, 100.38, 380],
    ]);
  });

  test('the mitred trapezoids browsers fill for each border side are lines too (wkhtmltopdf, Chromium)', () => {
    const ops = new Ops()
      .path(OPS.fill, M, 3.9, 50.16, L, 3.9, 50.65, L, 493.84, 50.65, L, 494.32, 50.16, L, 3.9, 50.16, Z)
      .path(OPS.fill, M, 547, 103, L, 548, 102, L, 548, 456, L, 547, 455); // no closePath: the fill closes it
    expect(round(readRulings(ops, identity))).toEqual([
      [3.9, 50.41, 494.32, 50.41],
      [547.5, 102, 547.5, 456],
    ]);
  });

  test('fill-and-stroke of a thin rectangle gives its four stroked sides and its middle line (the lattice snaps them)', () => {
    const segments = readRulings(new Ops().path(OPS.fillStroke, ...rect(0, 0, 50, 1)), identity);
    expect(round(segments)).toEqual([[0, 0, 50, 0], [50, 0, 50, 1], [0, 1, 50, 1], [0, 0, 0, 1], [0, 0.5, 50, 0.5]]);
  });
});

describe('transformation matrix', () => {
  test('the viewport flips PDF space to top-left origin', () => {
    const segments = readRulings(new Ops().path(OPS.stroke, M, 72, 800, L, 272, 800), a4);
    expect(round(segments)).toEqual([[72, 42, 272, 42]]);
  });

  test('cm is scoped by save/restore; a rotated CTM turns a horizontal line vertical', () => {
    const ops = new Ops()
      .op(OPS.save)
      .op(OPS.transform, [0, 1, -1, 0, 300, 100]) // rotate 90° and move
      .path(OPS.stroke, M, 0, 0, L, 50, 0)
      .op(OPS.restore)
      .path(OPS.stroke, M, 0, 0, L, 50, 0)
      .op(OPS.transform, [2, 0, 0, 2, 10, 10])
      .path(OPS.fill, ...rect(0, 0, 40, 0.5));
    expect(round(readRulings(ops, identity))).toEqual([
      [300, 100, 300, 150],
      [0, 0, 50, 0],
      [10, 10.5, 90, 10.5], // scaled ×2: 1 pt thick, still thin
    ]);
  });

  test('a form XObject draws with its own matrix until its end', () => {
    const ops = new Ops()
      .op(OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 100, 200], [0, 0, 50, 50]])
      .path(OPS.stroke, M, 0, 0, L, 10, 0)
      .op(OPS.paintFormXObjectEnd)
      .path(OPS.stroke, M, 0, 0, L, 10, 0);
    expect(round(readRulings(ops, identity))).toEqual([[100, 200, 110, 200], [0, 0, 10, 0]]);
  });

  test('damaged operators (bad matrices, unknown drawing ops, unbalanced restore) are skipped, never thrown', () => {
    const ops = new Ops()
      .op(OPS.restore)
      .op(OPS.transform, [1, 0, 0])
      .op(OPS.transform, null)
      .path(OPS.stroke, M, 0, 0, L, 10, 0, 9, 1, 2)
      .op(OPS.constructPath, 'junk')
      .path(OPS.stroke, M, 0, 0, L, Number.NaN, 0);
    expect(round(readRulings(ops, identity))).toEqual([[0, 0, 10, 0]]);
  });
});

describe('to tables', () => {
  test('a Word-style table, every cell side a 0.5 pt filled rectangle, on a flipped page: a 3x2 grid', () => {
    const xs = [72, 272, 372];
    const ys = [700, 680, 660, 640]; // PDF space: y up
    const ops = new Ops().op(OPS.save);
    for (let r = 0; r + 1 < ys.length; r++) {
      for (let c = 0; c + 1 < xs.length; c++) {
        const [x0, x1, top, bottom] = [xs[c]!, xs[c + 1]!, ys[r]!, ys[r + 1]!];
        ops.path(OPS.fill, ...rect(x0, top - 0.25, x1 - x0, 0.5)); // top side
        ops.path(OPS.fill, ...rect(x0, bottom - 0.25, x1 - x0, 0.5)); // bottom side
        ops.path(OPS.fill, ...rect(x0 - 0.25, bottom, 0.5, top - bottom)); // left side
        ops.path(OPS.fill, ...rect(x1 - 0.25, bottom, 0.5, top - bottom)); // right side
        ops.path(OPS.fill, ...rect(x0 + 1, bottom + 1, x1 - x0 - 2, top - bottom - 2)); // the cell's shading
      }
    }
    ops.op(OPS.restore);
    const segments = readRulings(ops, a4);
    const [table, ...rest] = findTables({ number: 1, width: 595, height: 842, texts: [], segments });
    expect(rest).toHaveLength(0);
    expect(table!.rowCount).toBe(3);
    expect(table!.columns).toEqual(xs);
    expect(table!.boxes).toEqual([[72, 142, 372, 202]]);
  });
});
