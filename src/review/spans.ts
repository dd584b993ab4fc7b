/**
 * Ranges of a text → nested HTML. Ranges may nest, share bounds or cross (a derived total spans the cells it sums,
 * a title spans two lines); crossing ones are closed and reopened as continuation fragments, so the markup stays
 * well-formed and every range covers exactly its characters. Linear in text length plus ranges × nesting depth.
 */

export interface Range {
  readonly start: number;
  readonly end: number;
  /** The opening tag of the range's first fragment. */
  readonly open: string;
  /** The opening tag of a continuation fragment (after a crossing range forced a close). */
  readonly reopen: string;
  readonly close: string;
}

/** Render `text` with `ranges` wrapped around their characters; `escape` turns plain text into HTML. */
// At one point, empty ranges come first (so they stand outside ranges that open there), then longer before shorter.
export function renderRanges(text: string, ranges: readonly Range[], escape: (s: string) => string): string {
  const sorted = ranges
    .map((r, i) => ({ r, i, start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)) }))
    .map((x) => ({ ...x, end: Math.max(x.start, x.end) }))
    .sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || b.end - a.end || a.i - b.i);
  const points = [...new Set([0, text.length, ...sorted.flatMap((x) => [x.start, x.end])])].sort((a, b) => a - b);
  const stack: typeof sorted = [];
  let next = 0;
  let out = '';
  let at = 0;
  for (const p of points) {
    out += escape(text.slice(at, p));
    at = p;
    // Close every range that ends here; ranges above it on the stack that go on are reopened after.
    const low = stack.findIndex((x) => x.end <= p);
    if (low !== -1) {
      const above = stack.splice(low);
      for (let k = above.length - 1; k >= 0; k--) out += above[k]!.r.close;
      for (const x of above) {
        if (x.end > p) {
          out += x.r.reopen;
          stack.push(x);
        }
      }
    }
    while (next < sorted.length && sorted[next]!.start === p) {
      const x = sorted[next++]!;
      if (x.end === p) out += x.r.open + x.r.close;
      else {
        out += x.r.open;
        stack.push(x);
      }
    }
  }
  for (let k = stack.length - 1; k >= 0; k--) out += stack[k]!.r.close;
  return out;
}
