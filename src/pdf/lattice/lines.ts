/**
 * Ruling lines made comparable: split into horizontals and verticals, near-equal positions snapped to one value,
 * collinear pieces that touch joined, ticks dropped. Sorting makes it n log n.
 */
import type { PdfSegment } from '../types.js';
import { JOIN, MIN_LENGTH, SNAP } from './tolerances.js';

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
  return { horizontal: join(snap(horizontal)), vertical: join(snap(vertical)) };
}

/**
 * Positions within SNAP of a run's first position take the run's mean. Anchoring on the first (not the previous) keeps
 * a slow drift of positions from chaining a whole page into one line.
 */
function snap(lines: Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at);
  const out: Line[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!.at;
    let j = i;
    let sum = 0;
    while (j < sorted.length && sorted[j]!.at - first <= SNAP) sum += sorted[j++]!.at;
    const at = sum / (j - i);
    for (let k = i; k < j; k++) out.push({ at, start: sorted[k]!.start, end: sorted[k]!.end });
    i = j;
  }
  return out;
}

/** Pieces on one position that overlap or leave a gap up to JOIN become one line; short results are dropped. */
function join(lines: Line[]): Line[] {
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
