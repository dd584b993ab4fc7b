/**
 * Ruling lines from a page's operator list: the stroked straight pieces of paths and the thin filled shapes (how
 * WPS, Word and browsers draw cell borders), in viewport coordinates (points, top-left origin, y down).
 *
 * pdf.js 5 hands every path to the display layer as one `constructPath` operation whose arguments are
 * `[paintOp, [drawOps: Float32Array | null], minMax | null]`: the paint op (stroke, fill, endPath …) and the path as a flat
 * list of drawing ops (`DrawOPS` in pdf.js's src/shared/util.js, not exported) with their coordinates in the user space of
 * the current transformation matrix. The matrix is tracked here through save/restore/transform and form XObjects.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfSegment } from '../types.js';
import { apply, IDENTITY, type Matrix, multiply, toMatrix } from './matrix.js';

/** The drawing ops inside a pdf.js 5 path buffer (pdf.js src/shared/util.js `DrawOPS`). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** A filled rectangle thinner than this (points) is a drawn line, not a shaded area. */
const THIN_FILL = 2;
/** A piece whose ends differ by at most this across its direction is axis-aligned (points). */
const AXIS_SLACK = 0.1;

export interface OperatorListLike {
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: ArrayLike<unknown>;
}

/** What is needed of a pdf.js PageViewport: its transform from PDF user space to the viewport. */
export interface ViewportLike {
  readonly transform: ArrayLike<number>;
}

const STROKES: ReadonlySet<number> = new Set([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS: ReadonlySet<number> = new Set([
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

type Point = readonly [number, number];

/** One subpath in viewport coordinates; `curved` when it holds a curve (then it is no rectangle). */
interface Subpath {
  readonly points: Point[];
  curved: boolean;
}

export function readRulings(operatorList: OperatorListLike, viewport: ViewportLike): PdfSegment[] {
  const base = toMatrix(Array.from(viewport.transform)) ?? IDENTITY;
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const out: PdfSegment[] = [];
  const { fnArray, argsArray } = operatorList;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform: {
        const m = toMatrix(args);
        if (m) ctm = multiply(m, ctm);
        break;
      }
      case OPS.paintFormXObjectBegin: {
        // A form is drawn inside save/restore with its own matrix (pdf.js canvas.js paintFormXObjectBegin).
        stack.push(ctm);
        const m = Array.isArray(args) ? toMatrix(args[0]) : null;
        if (m) ctm = multiply(m, ctm);
        break;
      }
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.constructPath:
        if (Array.isArray(args)) paintPath(args, multiply(ctm, base), out);
        break;
      default:
        break;
    }
  }
  return out;
}

function paintPath(args: readonly unknown[], toViewport: Matrix, out: PdfSegment[]): void {
  const paint = args[0];
  const holder = args[1];
  const data = Array.isArray(holder) ? holder[0] : null;
  if (typeof paint !== 'number' || !(data instanceof Float32Array || Array.isArray(data))) return;
  const stroked = STROKES.has(paint);
  const filled = FILLS.has(paint);
  if (!stroked && !filled) return;
  const subpaths = readSubpaths(data as ArrayLike<number>, toViewport);
  for (const path of subpaths) {
    if (stroked) strokePieces(path, out);
    if (filled) thinFill(path, out);
  }
}

/** The drawing ops as subpaths of viewport points; a curve marks its subpath and moves the pen without a piece. */
function readSubpaths(data: ArrayLike<number>, m: Matrix): Subpath[] {
  const paths: Subpath[] = [];
  let current: Subpath | null = null;
  const at = (k: number): number => data[k] ?? Number.NaN;
  let i = 0;
  while (i < data.length) {
    const op = data[i++];
    if (op === DRAW.moveTo) {
      current = { points: [apply(m, at(i), at(i + 1))], curved: false };
      paths.push(current);
      i += 2;
    } else if (op === DRAW.lineTo) {
      if (!current) {
        current = { points: [], curved: false };
        paths.push(current);
      }
      current.points.push(apply(m, at(i), at(i + 1)));
      i += 2;
    } else if (op === DRAW.curveTo || op === DRAW.quadraticCurveTo) {
      const n = op === DRAW.curveTo ? 6 : 4;
      // The curve's end starts a new straight run: pieces on either side of a curve are not joined through it.
      current = { points: [apply(m, at(i + n - 2), at(i + n - 1))], curved: true };
      paths.push(current);
      i += n;
    } else if (op === DRAW.closePath) {
      if (current && current.points.length > 1) {
        const first: Point = current.points[0]!;
        current.points.push(first);
        // Drawing continues from the subpath's start after a close.
        current = { points: [first], curved: current.curved };
        paths.push(current);
      }
    } else {
      return paths; // an unknown op: the rest of the buffer cannot be decoded safely
    }
  }
  return paths;
}

function strokePieces(path: Subpath, out: PdfSegment[]): void {
  const { points } = path;
  for (let k = 1; k < points.length; k++) {
    const segment = axisSegment(points[k - 1]!, points[k]!);
    if (segment) out.push(segment);
  }
}

function axisSegment([ax, ay]: Point, [bx, by]: Point): PdfSegment | null {
  if (![ax, ay, bx, by].every(Number.isFinite)) return null;
  const dx = Math.abs(bx - ax);
  const dy = Math.abs(by - ay);
  if (dy <= AXIS_SLACK && dx > AXIS_SLACK) {
    const y = (ay + by) / 2;
    return { x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y };
  }
  if (dx <= AXIS_SLACK && dy > AXIS_SLACK) {
    const x = (ax + bx) / 2;
    return { x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) };
  }
  return null;
}

/**
 * A filled polygon whose bounding box is thinner than THIN_FILL becomes the line along the box's middle: rectangles
 * (Word, WPS) and the mitred trapezoids browsers draw for each border side (Chromium, wkhtmltopdf), whose slanted ends
 * meet the neighbouring side. A sliver that fills little of its box (a thin triangle) is no line.
 */
function thinFill(path: Subpath, out: PdfSegment[]): void {
  if (path.curved) return;
  const corners = distinctCorners(path.points);
  if (corners.length < 3 || corners.length > MAX_CORNERS) return;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of corners) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const w = x1 - x0;
  const h = y1 - y0;
  if (!(w > 0 && h > 0) || Math.min(w, h) >= THIN_FILL) return;
  if (polygonArea(corners) < MIN_FILLED * w * h) return;
  if (w >= h) {
    const y = (y0 + y1) / 2;
    out.push({ x0, y0: y, x1, y1: y });
  } else {
    const x = (x0 + x1) / 2;
    out.push({ x0: x, y0, x1: x, y1 });
  }
}

/** A border side has four corners, five or six where the producer bevels a corner. */
const MAX_CORNERS = 8;
/** The share of its bounding box a polygon must fill to be a drawn line (a rectangle 1, a mitred side 0.9+). */
const MIN_FILLED = 0.6;

/** The subpath's points without the repeated closing point and consecutive duplicates. */
function distinctCorners(points: readonly Point[]): Point[] {
  const corners: Point[] = [];
  for (const p of points) {
    const last = corners[corners.length - 1];
    if (!last || Math.abs(last[0] - p[0]) > AXIS_SLACK || Math.abs(last[1] - p[1]) > AXIS_SLACK) corners.push(p);
  }
  const first = corners[0];
  const last = corners[corners.length - 1];
  if (corners.length > 1 && first && last && Math.abs(first[0] - last[0]) <= AXIS_SLACK && Math.abs(first[1] - last[1]) <= AXIS_SLACK) {
    corners.pop();
  }
  return corners;
}

/** The shoelace area of a simple polygon. */
function polygonArea(corners: readonly Point[]): number {
  let twice = 0;
  for (let k = 0; k < corners.length; k++) {
    const [ax, ay] = corners[k]!;
    const [bx, by] = corners[(k + 1) % corners.length]!;
    twice += ax * by - bx * ay;
  }
  return Math.abs(twice) / 2;
}
