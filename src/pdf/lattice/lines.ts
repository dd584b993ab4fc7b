/**
 * Ruling lines made comparable: split into horizontals and verticals, near-equal positions snapped to one value,
 * collinear pieces that touch joined, ticks dropped. Sorting makes it n log n.
 */
import type { PdfSegment } from '../types.js';
import { JOIN, MIN_LENGTH, SNAP, TOUCH } from './tolerances.js';

/** An axis-aligned line: `at` is its y (horizontal) or x (vertical), from `start` to `end` along the other axis. */
export interface Line {
  readonly at: number;
  readonly start: number;
  readonly end: number;
}

export interface Lines {
  /** Sorted by `at`, then `start`. */
  readonly horizontal: readonly Line[];
  readonly vertical: readonly Line[];
}

/** A segment counts as axis-aligned when its ends differ by at most this across its direction. */
const SKEW = 1;

export function normaliseLines(segments: readonly PdfSegment[]): Lines {
  const horizontal: Line[] = [];
  const vertical: Line[] = [];
  for (const s of segments) {
    if (![s.x0, s.y0, s.x1, s.y1].every(Number.isFinite)) continue;
    const dx = Math.abs(s.x1 - s.x0);
    const dy = Math.abs(s.y1 - s.y0);
    if (dy <= SKEW && dx > dy) horizontal.push({ at: (s.y0 + s.y1) / 2, start: Math.min(s.x0, s.x1), end: Math.max(s.x0, s.x1) });
    else if (dx <= SKEW && dy > dx) vertical.push({ at: (s.x0 + s.x1) / 2, start: Math.min(s.y0, s.y1), end: Math.max(s.y0, s.y1) });
  }
  return { horizontal: joinCollinear(snap(horizontal)), vertical: joinCollinear(snap(vertical)) };
}

/**
 * Positions each within SNAP of the next form one line at their mean: a double border (HTML cell spacing draws two
 * lines 2-3 pt apart), stroke-width offsets, two tables whose edges nearly meet. A run wider than MAX_RUN is no
 * line drawn twice but a dense drawing: it is cut into pieces anchored on their first position, so that a hatch does
 * not chain into one line.
 */
function snap(lines: Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at);
  const out: Line[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.at - sorted[j - 1]!.at <= SNAP) j++;
    if (sorted[j - 1]!.at - sorted[i]!.at <= MAX_RUN) settle(sorted, i, j, out);
    else {
      let k = i;
      while (k < j) {
        const first = sorted[k]!.at;
        let end = k;
        while (end < j && sorted[end]!.at - first <= SNAP) end++;
        settle(sorted, k, end, out);
        k = end;
      }
    }
    i = j;
  }
  return out;
}

/** A run wider than this (points) is a drawing, not one line drawn with offsets. */
const MAX_RUN = 2 * SNAP;

/** sorted[from, to) all at their mean position. */
function settle(sorted: readonly Line[], from: number, to: number, out: Line[]): void {
  let sum = 0;
  for (let k = from; k < to; k++) sum += sorted[k]!.at;
  const at = sum / (to - from);
  for (let k = from; k < to; k++) out.push({ at, start: sorted[k]!.start, end: sorted[k]!.end });
}

/** Pieces on one position that overlap or leave a gap up to JOIN become one line; short results are dropped. */
export function joinCollinear(lines: readonly Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.start - b.start);
  const out: Line[] = [];
  let current: { at: number; start: number; end: number } | null = null;
  const flush = (): void => {
    if (current && current.end - current.start >= MIN_LENGTH) out.push(current);
  };
  for (const line of sorted) {
    if (current && line.at === current.at && line.start <= current.end + JOIN) {
      current.end = Math.max(current.end, line.end);
      continue;
    }
    flush();
    current = { at: line.at, start: line.start, end: line.end };
  }
  flush();
  return out;
}

/**
 * The piece among lines[from, to) — on one position, sorted by start and disjoint — whose span widened by TOUCH holds
 * `x`, or -1. Only the last piece starting at or before x + TOUCH can: the later ones start beyond it.
 */
export function pieceAround(lines: readonly Line[], x: number, from = 0, to = lines.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start - TOUCH <= x) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  return k >= from && lines[k]!.end + TOUCH >= x ? k : -1;
}

/** Lines grouped by position, each group keeping the order of `lines` (sorted by start, as normaliseLines gives). */
export function byPosition(lines: readonly Line[]): Map<number, Line[]> {
  const map = new Map<number, Line[]>();
  for (const line of lines) {
    const list = map.get(line.at);
    if (list) list.push(line);
    else map.set(line.at, [line]);
  }
  return map;
}
