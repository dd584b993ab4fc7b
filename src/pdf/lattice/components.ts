/**
 * Groups of lines that touch one another: each group is one table, so that tables side by side or one above the
 * other on a page stay apart. A vertical is tested only against the horizontal levels its span reaches (binary search
 * over sorted levels, then over the sorted pieces of each level); the tests are counted and bounded.
 */
import { type Line, type Lines, pieceAround } from './lines.js';
import { MAX_TOUCH_TESTS, TOUCH } from './tolerances.js';

export interface Component {
  readonly horizontal: readonly Line[];
  readonly vertical: readonly Line[];
}

class DisjointSets {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    let k = i;
    while (this.parent[k] !== root) {
      const next = this.parent[k]!;
      this.parent[k] = root;
      k = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
}

/** The first index in the sorted `values` whose value is >= `x`. */
export function lowerBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Components with at least one horizontal and one vertical line, or null when the work bound was reached. */
export function touchingGroups(lines: Lines): Component[] | null {
  const { horizontal, vertical } = lines;
  // Horizontal levels: runs of equal `at` in the sorted list; per level the pieces are sorted by start and disjoint.
  const levelAt: number[] = [];
  const levelFirst: number[] = [];
  for (let i = 0; i < horizontal.length; i++) {
    if (i === 0 || horizontal[i]!.at !== horizontal[i - 1]!.at) {
      levelAt.push(horizontal[i]!.at);
      levelFirst.push(i);
    }
  }
  levelFirst.push(horizontal.length);
  const sets = new DisjointSets(horizontal.length + vertical.length);
  const touched = new Uint8Array(horizontal.length + vertical.length);
  let tests = 0;
  for (let v = 0; v < vertical.length; v++) {
    const line = vertical[v]!;
    const from = lowerBound(levelAt, line.start - TOUCH);
    for (let level = from; level < levelAt.length && levelAt[level]! <= line.end + TOUCH; level++) {
      if (++tests > MAX_TOUCH_TESTS) return null;
      const h = pieceAround(horizontal, line.at, levelFirst[level]!, levelFirst[level + 1]!);
      if (h < 0) continue;
      sets.union(h, horizontal.length + v);
      touched[h] = 1;
      touched[horizontal.length + v] = 1;
    }
  }
  const groups = new Map<number, { horizontal: Line[]; vertical: Line[] }>();
  const groupOf = (i: number): { horizontal: Line[]; vertical: Line[] } => {
    const root = sets.find(i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { horizontal: [], vertical: [] }));
    return group;
  };
  horizontal.forEach((line, i) => touched[i] && groupOf(i).horizontal.push(line));
  vertical.forEach((line, v) => touched[horizontal.length + v] && groupOf(horizontal.length + v).vertical.push(line));
  return [...groups.values()];
}
