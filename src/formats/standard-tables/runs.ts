/**
 * Run-together cells: the ways to cut a row's digits into its cells such that the row's own arithmetic holds (each
 * group's parts sum to its total, which is the group's last cell). A row reaches us as segments — the digit strings
 * between spaces (`10 0 00 0 1`) — and a space is always a cell boundary, while a segment may hold several cells;
 * `1000001` is one segment. Multi-digit cells have no leading zero. The next row's list marker may end the last
 * segment (`00000002.其他…`, `0 0 0 0 0 002.其他…`). Callers keep a cut only when every consistent cut agrees.
 *
 * The search is bounded in steps: past the bound it answers `too-many`, never a partial list.
 */

/**
 * `n` zeros in a packed array: every cut is a copy of one, so the arrays the solvers hand out are all of one
 * elements kind (no holes), and the code reading them sees one map.
 */
export function zeros(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}

/** One row's digits as written. */
export interface RunInput {
  /** The digit strings between spaces, in order. */
  readonly segments: readonly string[];
  /** The next label's list marker (1–20, 1–2 digits) may be the last digits of the last segment. */
  readonly markerTail?: boolean;
}

export type Cuts = number[][] | 'too-many';

const DEFAULT_LIMIT = 100000;
const MAX_CELL_DIGITS = 9;
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/** Steps the last call took (for bench/: the solver's worst case per table). */
export const solverStats = { lastSteps: 0 };

/** The digits of a row: one string, with the positions a cut must fall on (each space). */
interface Digits {
  readonly text: string;
  /** limit[pos]: the end of the segment holding `pos` (a cell starting at `pos` ends at or before it). */
  readonly segmentEnd: Int32Array;
  /** value[pos * 10 + len]: the number text[pos, pos + len), or -1 (leading zero, past a segment end). */
  readonly value: Float64Array;
}

// The tables of `digitsOf`, reused from row to row (a search reads one row's at a time); grown by doubling.
let segmentEnds = new Int32Array(64);
let values = new Float64Array(640);

function digitsOf(segments: readonly string[]): Digits {
  const text = segments.join('');
  const n = text.length;
  if (segmentEnds.length < n + 1) segmentEnds = new Int32Array(2 * (n + 1));
  if (values.length < (n + 1) * 10) values = new Float64Array(2 * (n + 1) * 10);
  const segmentEnd = segmentEnds;
  let at = 0;
  for (const s of segments) {
    for (let i = 0; i < s.length; i++) segmentEnd[at + i] = at + s.length;
    at += s.length;
  }
  segmentEnd[n] = n;
  const value = values.fill(-1, 0, (n + 1) * 10);
  for (let pos = 0; pos < n; pos++) {
    let v = 0;
    for (let len = 1; len <= MAX_CELL_DIGITS && pos + len <= segmentEnd[pos]!; len++) {
      v = v * 10 + (text.charCodeAt(pos + len - 1) - 48);
      if (len === 1 || text.charCodeAt(pos) !== 48) value[pos * 10 + len] = v;
    }
  }
  return { text, segmentEnd, value };
}

/** The segment lists a row stands for: as written, or with the next label's marker taken off its end. */
function variants(input: RunInput): string[][] {
  const segments = input.segments.filter((s) => s.length > 0);
  if (!input.markerTail) return [segments];
  const out: string[][] = [];
  const last = segments[segments.length - 1] ?? '';
  for (const k of [1, 2]) {
    if (last.length < k) continue;
    const marker = last.slice(last.length - k);
    if (marker[0] === '0' || Number(marker) > 20) continue;
    const rest = last.slice(0, last.length - k);
    out.push(rest.length > 0 ? [...segments.slice(0, -1), rest] : segments.slice(0, -1));
  }
  return out;
}

/**
 * `cutSegments` for the rows of one table: rows that repeat their digits (0000000, 1000001, often a dozen times in
 * one table) are cut once. The cuts are shared between those rows: callers only read them.
 */
export function tableCutter(sizes: readonly number[]): (input: RunInput) => Cuts {
  const known = new Map<string, { readonly cuts: Cuts; readonly steps: number }>();
  return (input) => {
    const key = `${input.markerTail === true} ${input.segments.join(' ')}`;
    const seen = known.get(key);
    if (seen) {
      solverStats.lastSteps = seen.steps;
      return seen.cuts;
    }
    const cuts = cutSegments(input, sizes);
    known.set(key, { cuts, steps: solverStats.lastSteps });
    return cuts;
  };
}

/**
 * Cut a row into consecutive groups of `sizes[i]` cells whose last equals the sum of the others. Distinct cuts only
 * (the marker variants may reach the same cut).
 */
export function cutSegments(input: RunInput, sizes: readonly number[], limit = DEFAULT_LIMIT): Cuts {
  let steps = 0;
  const all = variants(input);
  // Distinct cuts over several readings (most rows have one: no Map for them).
  const found = all.length > 1 ? new Map<string, number[]>() : null;
  for (const segments of all) {
    const digits = digitsOf(segments);
    const budget = limit - steps;
    const result = sizes.length === 1 ? cutRow(digits, sizes[0]!, budget) : cutGroups(digits, sizes, budget);
    steps += result.steps;
    if (result.cuts === 'too-many') {
      solverStats.lastSteps = steps;
      return 'too-many';
    }
    // One reading's cuts are distinct already (a cell has no leading zero, so values fix the places).
    if (all.length === 1) {
      solverStats.lastSteps = steps;
      return result.cuts;
    }
    for (const cut of result.cuts) found!.set(cut.join(), cut);
  }
  solverStats.lastSteps = steps;
  return found ? [...found.values()] : [];
}

interface Result {
  readonly cuts: number[][] | 'too-many';
  readonly steps: number;
}

/**
 * Several groups (表四's 5 + 5 + 5): cut the parts of a group, then its total must be their sum written out next.
 */
function cutGroups(d: Digits, sizes: readonly number[], limit: number): Result {
  const n = d.text.length;
  const results: number[][] = [];
  const parts: number[] = [];
  let steps = 0;
  const cellsAfter = sizes.map((_, g) => sizes.slice(g + 1).reduce((a, b) => a + b, 0));
  const group = (g: number, at: number): boolean => {
    if (g === sizes.length) {
      if (at === n) results.push([...parts]);
      return true;
    }
    const size = sizes[g]!;
    const inner = (k: number, pos: number, sum: number, longest: number): boolean => {
      if (++steps > limit) return false;
      if (k === size - 1) {
        const total = String(sum);
        const end = pos + total.length;
        if (total.length < longest || end > d.segmentEnd[pos]! || d.text.slice(pos, end) !== total) return true;
        if (n - end < cellsAfter[g]!) return true;
        parts.push(sum);
        const go = group(g + 1, end);
        parts.pop();
        return go;
      }
      for (let length = 1; length <= MAX_CELL_DIGITS; length++) {
        const v = d.value[pos * 10 + length]!;
        if (v < 0) break;
        // The parts and the totals still to come need at least one digit each.
        if (n - (pos + length) < size - 1 - k + cellsAfter[g]!) break;
        parts.push(v);
        const go = inner(k + 1, pos + length, sum + v, Math.max(longest, length));
        parts.pop();
        if (!go) return false;
      }
      return true;
    };
    return inner(0, at, 0, 1);
  };
  const finished = group(0, 0);
  return { cuts: finished ? results : 'too-many', steps };
}

/**
 * One group (a 表三 row): take each possible 总计 from the end first, then cut the rest into parts that sum to it —
 * the known total prunes the search (no part has more digits than the total; bounds on what the remaining digits
 * can still add).
 */
function cutRow(d: Digits, size: number, limit: number): Result {
  const n = d.text.length;
  const results: number[][] = [];
  if (n < size) return { cuts: results, steps: 0 };
  const search: RowSearch = { d, size, limit, steps: 0, total: 0, totalLength: 0, prefix: 0, parts: zeros(size), results };
  // The 总计 lies inside the last segment.
  let segmentStart = n - 1;
  while (segmentStart > 0 && d.segmentEnd[segmentStart - 1] === n) segmentStart--;
  for (let totalLength = 1; totalLength <= Math.min(MAX_CELL_DIGITS, n - (size - 1), n - segmentStart); totalLength++) {
    const total = d.value[(n - totalLength) * 10 + totalLength]!;
    if (total < 0) continue;
    search.total = total;
    search.totalLength = totalLength;
    search.prefix = n - totalLength;
    if (!walkRow(search, 0, 0, 0)) return { cuts: 'too-many', steps: search.steps };
  }
  return { cuts: results, steps: search.steps };
}

/** The state of `cutRow`'s search for one candidate 总计 (one object per row, not a closure per candidate). */
interface RowSearch {
  readonly d: Digits;
  readonly size: number;
  readonly limit: number;
  steps: number;
  total: number;
  totalLength: number;
  /** Where the 总计 starts: the parts fill the digits before it. */
  prefix: number;
  readonly parts: number[];
  readonly results: number[][];
}

/** Cut the digits from `pos` into parts `k`… that sum, with `sum` so far, to the total; false past the step limit. */
function walkRow(s: RowSearch, k: number, pos: number, sum: number): boolean {
  if (++s.steps > s.limit) return false;
  const { d, size, total, totalLength, prefix } = s;
  const left = size - 1 - k;
  const rest = prefix - pos;
  if (left === 0) {
    if (rest === 0 && sum === total) {
      s.parts[size - 1] = total;
      s.results.push(s.parts.slice());
    }
    return true;
  }
  // Each part needs one digit and has no more digits than the total.
  if (rest < left || rest > left * totalLength) return true;
  // Some remaining part has at least ⌈rest/left⌉ digits; together they are at most `left` of the longest.
  if (rest > left && sum + POWERS[Math.ceil(rest / left) - 1]! > total) return true;
  if (sum + left * (POWERS[Math.min(totalLength, rest - left + 1)]! - 1) < total) return true;
  const end = Math.min(d.segmentEnd[pos]!, prefix);
  for (let length = 1; length <= totalLength && pos + length <= end; length++) {
    const v = d.value[pos * 10 + length]!;
    if (v < 0 || sum + v > total) break;
    s.parts[k] = v;
    if (!walkRow(s, k + 1, pos + length, sum + v)) return false;
  }
  return true;
}

/** A cell that must start at a digit position (a signed 本年增/减 starts its own cell: `2648-18538`). */
export interface Pin {
  readonly at: number;
  readonly cell: number;
}

/**
 * Every way to cut the segments into `cells` cells with no arithmetic to check them (表二), with the pins held;
 * bounded: `too-many` past `maxCuts` cuts or `limit` steps.
 */
export function everyCut(input: RunInput, cells: number, pins: readonly Pin[] = [], maxCuts = 2000, limit = DEFAULT_LIMIT): number[][] | 'too-many' {
  const d = digitsOf(input.segments.filter((s) => s.length > 0));
  const n = d.text.length;
  const out: number[][] = [];
  const parts = zeros(cells);
  const pinAt = new Map(pins.map((p) => [p.at, p.cell]));
  let steps = 0;
  const walk = (k: number, pos: number): boolean => {
    if (++steps > limit) return false;
    // A pinned position starts exactly its cell.
    const pinned = pinAt.get(pos);
    if (pinned !== undefined && pinned !== k) return true;
    if (k === cells) {
      if (pos !== n) return true;
      out.push(parts.slice());
      return out.length <= maxCuts;
    }
    for (let length = 1; length <= MAX_CELL_DIGITS && pos + length <= d.segmentEnd[pos]!; length++) {
      const v = d.value[pos * 10 + length]!;
      if (v < 0) break;
      if (n - (pos + length) < cells - k - 1) break;
      // No cell may swallow a pinned position.
      let swallows = false;
      for (let i = pos + 1; i < pos + length && !swallows; i++) swallows = pinAt.has(i);
      if (swallows) break;
      parts[k] = v;
      if (!walk(k + 1, pos + length)) return false;
    }
    return true;
  };
  const finished = walk(0, 0);
  solverStats.lastSteps = steps;
  return finished ? out : 'too-many';
}

/** Per cell, the value every cut agrees on (null where they differ). */
export function agreement(cuts: readonly number[][], cells: number): Array<number | null> {
  const out: Array<number | null> = new Array<number | null>(cells).fill(null);
  if (cuts.length === 0) return out;
  for (let i = 0; i < cells; i++) {
    const v = cuts[0]![i]!;
    out[i] = cuts.every((c) => c[i] === v) ? v : null;
  }
  return out;
}

/**
 * An all-zero row short of exactly one digit (`0 00000` for seven cells), however the marker is read: every cell is
 * 0 (a missing digit could only be a non-zero part if the printed 总计 were non-zero). A marker that could have taken
 * a digit of the row (`…0 12.其他`) leaves it undecided.
 */
export function shortZeroRow(input: RunInput, cells: number): boolean {
  const all = variants(input);
  return all.length > 0 && all.every((segments) => {
    const text = segments.join('');
    return text.length === cells - 1 && /^0+$/.test(text);
  });
}

/**
 * One digit per cell: when the digits (however the marker is read, in exactly one reading) number the cells, the cut
 * is forced whatever the arithmetic says — a source that breaks its own sums is reported by the checks, not read
 * differently.
 */
export function forcedCut(input: RunInput, cells: number): number[] | null {
  const fitting = variants(input).filter((segments) => segments.join('').length === cells);
  if (fitting.length !== 1) return null;
  return [...fitting[0]!.join('')].map(Number);
}
