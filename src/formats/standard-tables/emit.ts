/** Turning read cells into rule matches: stated, blank (template 0) and derived values, each with its place. */
import type { Span } from '../../engine/finding.js';
import type { SourceMatch } from '../../engine/rule.js';
import type { Token } from '../shared/cell-tokens.js';
import type { CellValue } from './values.js';

export interface ReadCell {
  readonly token: Token;
  readonly value: CellValue;
}

export function cellMatch(key: string, cell: ReadCell): SourceMatch {
  return {
    key,
    value: cell.value.value,
    source: { start: cell.token.start, end: cell.token.end },
    certainty: cell.value.blank ? 'blank' : 'stated',
  };
}

/** A value the template defines from other cells (a group total, a blank 总计): its place covers those cells. */
export function derivedMatch(key: string, value: number, from: readonly Span[]): SourceMatch {
  let start = Infinity;
  let end = -Infinity;
  for (const span of from) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { key, value, source: { start, end }, certainty: 'derived' };
}

export function spanOf(tokens: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const t of tokens) {
    start = Math.min(start, t.start);
    end = Math.max(end, t.end);
  }
  return { start, end };
}
