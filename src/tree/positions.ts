/** Offsets → unist positions (1-based line/column, 0-based offset, UTF-16 units) over the original input. */
import type { Position } from 'unist';
import { NextOfTwo } from '../text/next-of-two.js';

export type Locator = (start: number, end: number) => Position;

/**
 * A function turning `[start, end)` source offsets into a unist position. Lines end at \r\n, \r or \n, as
 * vfile-location counts them (which this replaces: it built a point object that was then copied into another one
 * for every node); the line starts are found lazily, as far as the offsets asked for, with native searches.
 */
export function createLocator(input: string): Locator {
  // lineEnds[i]: the offset just past line i's break (the start of line i + 1); the last one is input.length + 1.
  let lineEnds = new Int32Array(64);
  let lines = 0;
  const breaks = new NextOfTwo(input, '\r', '\n');
  const grow = (): void => {
    const from = lines > 0 ? lineEnds[lines - 1]! : 0;
    const at = breaks.at(from);
    // A \r\n is one break, ending at its \n.
    const eol = at === -1 ? input.length : input.charCodeAt(at) === 13 && input.charCodeAt(at + 1) === 10 ? at + 1 : at;
    if (lines === lineEnds.length) {
      const grown = new Int32Array(2 * lineEnds.length);
      grown.set(lineEnds);
      lineEnds = grown;
    }
    lineEnds[lines++] = eol + 1;
  };
  const point = (at: number): Position['start'] => {
    const offset = Math.min(Math.max(at, 0), input.length);
    while ((lines > 0 ? lineEnds[lines - 1]! : 0) <= offset) grow();
    // Binary search for the first line that ends after `offset`.
    let low = 0;
    let high = lines - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lineEnds[middle]! > offset) high = middle;
      else low = middle + 1;
    }
    return { line: low + 1, column: offset - (low > 0 ? lineEnds[low - 1]! : 0) + 1, offset };
  };
  return (start, end) => ({ start: point(start), end: point(Math.max(start, end)) });
}
