/** Offsets → unist positions (1-based line/column, 0-based offset, UTF-16 units) over the original input. */
import type { Position } from 'unist';
import { location } from 'vfile-location';

export type Locator = (start: number, end: number) => Position;

/** A function turning `[start, end)` source offsets into a unist position. */
export function createLocator(input: string): Locator {
  const place = location(input);
  const point = (offset: number) => {
    const p = place.toPoint(Math.min(Math.max(offset, 0), input.length));
    // toPoint returns undefined only for offsets outside the input; the clamp above rules that out.
    return p ? { line: p.line, column: p.column, offset: p.offset ?? offset } : { line: 1, column: 1, offset: 0 };
  };
  return (start, end) => ({ start: point(start), end: point(Math.max(start, end)) });
}
