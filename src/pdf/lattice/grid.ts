/**
 * One group of touching lines as a full grid: every distinct vertical position is a column edge and every distinct
 * horizontal position a row edge; neighbouring grid slots with no line drawn between them are one merged cell, which
 * becomes an origin cell with rowspan/colspan — the grid model the HTML tables use.
 */
import type { PdfTableCell } from '../types.js';
import type { Component } from './components.js';
import { byPosition, joinCollinear, type Line, pieceAround } from './lines.js';
import { MAX_GRID_CELLS, MIN_CELL, SNAP } from './tolerances.js';

/** A cell before the texts are placed. */
export type GridCell = Omit<PdfTableCell, 'texts' | 'page'>;

export interface Grid {
  /** Column edges, left to right. */
  readonly xs: readonly number[];
  /** Row edges, top to bottom. */
  readonly ys: readonly number[];
  /** Origin cells, row-major. */
  readonly cells: readonly GridCell[];
  /** For each grid slot (row-major), the index of the cell covering it. */
  readonly slotCell: Int32Array;
}

/**
 * The grid of a group, or null when it is no table: fewer than two lines either way (an underline with ticks), one row
 * or column of edges, or larger than the work bound.
 */
export function buildGrid(group: Component): Grid | null {
  if (group.horizontal.length < 2 || group.vertical.length < 2) return null;
  const across = collapse(edges(group.vertical, group.horizontal), group.vertical);
  const down = collapse(edges(group.horizontal, group.vertical), group.horizontal);
  const xs = across.edges;
  const ys = down.edges;
  const columns = xs.length - 1;
  const rows = ys.length - 1;
  if (columns < 1 || rows < 1 || columns * rows > MAX_GRID_CELLS) return null;
  const verticalAt = byPosition(across.lines);
  const horizontalAt = byPosition(down.lines);
  const slots = rows * columns;
  const parent = new Int32Array(slots);
  for (let i = 0; i < slots; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    // The smaller index stays the root: the root is then the region's first slot in row-major order.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    const middleY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < columns; c++) {
      const middleX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < columns && !drawnAt(verticalAt.get(xs[c + 1]!), middleY)) union(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !drawnAt(horizontalAt.get(ys[r + 1]!), middleX)) union(r * columns + c, (r + 1) * columns + c);
    }
  }
  return { xs, ys, ...regions(xs, ys, find) };
}

/**
 * The snapped positions of the lines across this axis, with the group's outer extent along it added when the crossing
 * lines reach past them: a table continued from the previous page has no top border over cells that go on.
 */
function edges(across: readonly Line[], along: readonly Line[]): number[] {
  const positions = [...new Set(across.map((line) => line.at))].sort((a, b) => a - b);
  let low = Infinity;
  let high = -Infinity;
  for (const line of along) {
    low = Math.min(low, line.start);
    high = Math.max(high, line.end);
  }
  if (positions.length === 0 || !Number.isFinite(low)) return positions;
  if (positions[0]! - low > SNAP) positions.unshift(low);
  if (high - positions[positions.length - 1]! > SNAP) positions.push(high);
  return positions;
}

/**
 * Edges closer than MIN_CELL become one, at their mean, and the lines on them move with them (joined again, so that
 * the pieces on a position stay disjoint and sorted). Runs are anchored on their first edge, as in snapping.
 */
function collapse(positions: readonly number[], lines: readonly Line[]): { edges: number[]; lines: Line[] } {
  const edges: number[] = [];
  const moved = new Map<number, number>();
  let i = 0;
  while (i < positions.length) {
    let j = i;
    while (j < positions.length && positions[j]! - positions[i]! < MIN_CELL) j++;
    const run = positions.slice(i, j);
    const at = run.reduce((a, b) => a + b, 0) / run.length;
    for (const p of run) moved.set(p, at);
    edges.push(at);
    i = j;
  }
  if (edges.length === positions.length) return { edges, lines: [...lines] };
  return { edges, lines: joinCollinear(lines.map((l) => ({ ...l, at: moved.get(l.at) ?? l.at }))) };
}

/** Whether one of the lines at a position crosses the given coordinate along it. */
function drawnAt(lines: readonly Line[] | undefined, coordinate: number): boolean {
  return !!lines && pieceAround(lines, coordinate) >= 0;
}

/** Merged regions as cells; a region that is not a rectangle (a border drawn only in part) is cut into row runs. */
function regions(xs: readonly number[], ys: readonly number[], find: (i: number) => number): Omit<Grid, 'xs' | 'ys'> {
  const columns = xs.length - 1;
  const rows = ys.length - 1;
  const slots = rows * columns;
  const extent = new Map<number, { r0: number; r1: number; c0: number; c1: number; count: number }>();
  for (let i = 0; i < slots; i++) {
    const root = find(i);
    const r = Math.floor(i / columns);
    const c = i % columns;
    const e = extent.get(root);
    if (!e) extent.set(root, { r0: r, r1: r, c0: c, c1: c, count: 1 });
    else {
      e.r0 = Math.min(e.r0, r);
      e.r1 = Math.max(e.r1, r);
      e.c0 = Math.min(e.c0, c);
      e.c1 = Math.max(e.c1, c);
      e.count++;
    }
  }
  const slotCell = new Int32Array(slots).fill(-1);
  const cells: GridCell[] = [];
  const add = (r0: number, c0: number, r1: number, c1: number): void => {
    const index = cells.length;
    cells.push({
      row: r0,
      column: c0,
      rowspan: r1 - r0 + 1,
      colspan: c1 - c0 + 1,
      box: [xs[c0]!, ys[r0]!, xs[c1 + 1]!, ys[r1 + 1]!],
    });
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) slotCell[r * columns + c] = index;
  };
  // Row-major over slots: a region is emitted at its first slot, so origin cells come out in row-major order.
  for (let i = 0; i < slots; i++) {
    if (slotCell[i] !== -1) continue;
    const root = find(i);
    const e = extent.get(root)!;
    const r = Math.floor(i / columns);
    const c = i % columns;
    if (e.count === (e.r1 - e.r0 + 1) * (e.c1 - e.c0 + 1)) {
      add(e.r0, e.c0, e.r1, e.c1);
      continue;
    }
    let end = c;
    while (end + 1 < columns && slotCell[r * columns + end + 1] === -1 && find(r * columns + end + 1) === root) end++;
    add(r, c, r, end);
  }
  return { cells, slotCell };
}
