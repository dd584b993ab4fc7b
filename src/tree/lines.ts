/**
 * A line of readable text with its way back to the source: plain text lines are verbatim slices; lines read out
 * of HTML carry a per-character offset map (entities decoded, tags removed).
 */
import type { Position } from 'unist';
import { NextOfTwo } from '../text/next-of-two.js';
import type { Locator } from './positions.js';
import type { OffsetMap } from './types.js';

export interface Line {
  readonly value: string;
  /** Source offset of `value[0]` (for a verbatim line) or of the line's first character. */
  readonly start: number;
  /** Source offset just past the line's last character. */
  readonly end: number;
  /** Present when `value` is not the verbatim slice `input.slice(start, end)`. */
  readonly offsets?: OffsetMap;
}

/** Source offset where `line.value[i]` starts. */
export function sourceStart(line: Line, i: number): number {
  if (!line.offsets) return line.start + i;
  if (line.value.length === 0) return line.start;
  return line.offsets.start[Math.min(i, line.value.length - 1)]!;
}

/** Source offset where `line.value[i - 1]` ends (the exclusive end of `value.slice(0, i)`). */
export function sourceEnd(line: Line, i: number): number {
  if (!line.offsets) return line.start + i;
  if (i <= 0) return sourceStart(line, 0);
  return line.offsets.end[Math.min(i, line.value.length) - 1]!;
}

/** The part `[from, to)` of a line, still mapped to the source. */
export function sliceLine(line: Line, from: number, to: number): Line {
  const value = line.value.slice(from, to);
  if (!line.offsets) return { value, start: line.start + from, end: line.start + to };
  return {
    value,
    start: sourceStart(line, from),
    end: sourceEnd(line, to),
    offsets: { start: line.offsets.start.subarray(from, to), end: line.offsets.end.subarray(from, to) },
  };
}

/** Whether UTF-16 unit `c` is white space as `/[\s\u00a0\u3000]/` reads it (JavaScript's \s: Zs, line ends, BOM, tabs). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}

/** Trim white space (ASCII, NBSP, ideographic) from both ends, keeping the mapping. */
export function trimLine(line: Line): Line {
  const text = line.value;
  let a = 0;
  let b = text.length;
  while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  return a === 0 && b === text.length ? line : sliceLine(line, a, b);
}

/**
 * Join lines into one text. Verbatim lines with only white space between them (plain text) become one verbatim slice
 * (newlines and indentation included, which normalisation drops next to CJK); otherwise a '\n' is placed between
 * them and an offset map is built.
 */
export function joinLines(lines: readonly Line[], input: string): Line {
  if (lines.length === 1) return lines[0]!;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  if (lines.every((l, i) => !l.offsets && (i === 0 || blankBetween(input, lines[i - 1]!.end, l.start)))) {
    return { value: input.slice(first.start, last.end), start: first.start, end: last.end };
  }
  const total = lines.reduce((n, l) => n + l.value.length, 0) + lines.length - 1;
  const start = new Int32Array(total);
  const end = new Int32Array(total);
  let k = 0;
  const parts: string[] = [];
  lines.forEach((line, index) => {
    if (index > 0) {
      const at = sourceEnd(lines[index - 1]!, lines[index - 1]!.value.length);
      start[k] = at;
      end[k] = at;
      k++;
      parts.push('\n');
    }
    for (let i = 0; i < line.value.length; i++, k++) {
      start[k] = sourceStart(line, i);
      end[k] = line.offsets ? line.offsets.end[i]! : line.start + i + 1;
    }
    parts.push(line.value);
  });
  return { value: parts.join(''), start: first.start, end: last.end, offsets: { start, end } };
}

/**
 * Every unit of `input[from, to)` is white space (what `input.slice(from, to).trim() === ''` says): between two
 * verbatim lines (in HTML markup may lie there, no part of the text), or in a cell.
 */
export function blankBetween(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpace(input.charCodeAt(i))) return false;
  return true;
}

/** Split a plain-text input into verbatim lines (\n, \r\n, \r), at most `limit` of them. */
export function splitInputLines(input: string, limit = Infinity): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const breaks = new NextOfTwo(input, '\n', '\r');
  for (;;) {
    // More text after `limit` lines: the document goes on past what may be read.
    if (start < input.length && lines.length >= limit) return lines;
    const at = breaks.at(start);
    if (at === -1) break;
    lines.push({ value: input.slice(start, at), start, end: at });
    start = input.charCodeAt(at) === 13 && input.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  }
  lines.push({ value: input.slice(start), start, end: input.length });
  return lines;
}

/** The text fields of a text-bearing node read from `line`: its value, offset map when needed, and position. */
export function textProps(line: Line, locate: Locator): { value: string; offsets?: OffsetMap; position: Position } {
  const position = locate(line.start, line.end);
  return line.offsets ? { value: line.value, offsets: line.offsets, position } : { value: line.value, position };
}
