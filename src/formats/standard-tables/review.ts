/**
 * 表四 政府信息公开行政复议、行政诉讼情况: fifteen cells in one row. Found after the table's own labels (or the
 * section heading), as the first run of exactly fifteen values: a grid row mapped by its headers, a pipe or space
 * separated line, fifteen one-per-line values, or fifteen run-together digits cut by the three 总计 identities.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { RuleMatch, RuleReporter } from '../../engine/rule.js';
import { TABLE_CODES } from './codes.js';
import { type ReadCell, cellMatch, derivedMatch, spanOf } from './emit.js';
import { type Label, type LabelId, REVIEW_GROUPS, REVIEW_KEYS, REVIEW_OUTCOMES, labelsAt, readLabels, trailingLabelsOf } from './labels.js';
import { onePiece, plainDigitCell } from './row-cells.js';
import { type RunInput, cutSegments, forcedCut, shortZeroRow, zeros } from './runs.js';
import { type Token, gridHeaders, tokensOf } from '../shared/cell-tokens.js';
import { cellValue } from './values.js';

const ANCHORS = new Set<LabelId>(['review', 'litigation', 'upheld', 'corrected', 'otherResult', 'pending', 'direct', 'afterReview']);
const WINDOW_ROWS = 80;
const GROUP_OF: Partial<Record<LabelId, (typeof REVIEW_GROUPS)[number]>> = {
  review: 'review',
  direct: 'litigation.direct',
  afterReview: 'litigation.afterReview',
};
const OUTCOME_OF: Partial<Record<LabelId, (typeof REVIEW_OUTCOMES)[number]>> = {
  upheld: 'upheld',
  corrected: 'corrected',
  otherResult: 'other',
  pending: 'pending',
  total: 'total',
};

/** The key of each grid column, from the header cells above the data row. */
function gridKeys(tokens: readonly Token[]): string[] | null {
  const grid = tokens[0]?.grid;
  if (!grid || tokens.some((t) => t.grid?.table !== grid.table)) return null;
  const headers = gridHeaders(grid.table, 0, grid.row);
  const keys: string[] = [];
  for (const token of tokens) {
    let group: string | undefined;
    let outcome: string | undefined;
    for (const text of headers.get(token.grid!.column) ?? []) {
      for (const label of readLabels(text) ?? []) {
        group = GROUP_OF[label.id] ?? group;
        outcome = OUTCOME_OF[label.id] ?? outcome;
      }
    }
    if (!group || !outcome) return null;
    keys.push(`${group}.${outcome}`);
  }
  // A header with fifteen distinct keys, and the cells exactly under them (not shifted by a lost span).
  const columns = new Set<number>();
  for (const [column, texts] of headers) {
    if (texts.some((t) => (readLabels(t) ?? []).some((l) => OUTCOME_OF[l.id]))) columns.add(column);
  }
  const aligned = tokens.every((t) => columns.has(t.grid!.column)) && columns.size === tokens.length;
  return aligned && new Set(keys).size === keys.length ? keys : null;
}

/** The text's labels include one of the table's own (an anchor the table follows). */
function anchors(labels: readonly Label[] | null): boolean {
  if (!labels) return false;
  for (const label of labels) if (ANCHORS.has(label.id)) return true;
  return false;
}

/**
 * Where the run of value tokens starting at `from` ends: consecutive value tokens, broken by any text, and a run of
 * grid cells by the end of its grid row.
 */
function runEnd(tokens: readonly Token[], from: number, limitRow: number): number {
  const first = tokens[from]!;
  let i = from + 1;
  for (; i < tokens.length && tokens[i]!.row <= limitRow; i++) {
    const token = tokens[i]!;
    if (token.kind === 'text' || (first.grid !== undefined && token.row !== first.row)) break;
  }
  return i;
}

/** The digits of the `length` tokens at `from` when each is plain digits (what the run solver cuts), else -1. */
function digitsIn(tokens: readonly Token[], from: number, length: number): number {
  let digits = 0;
  for (let k = from; k < from + length; k++) {
    if (!plainDigitCell(tokens[k]!)) return -1;
    digits += tokens[k]!.text.length;
  }
  return digits;
}

/**
 * The candidate value runs after the anchor at `from`, within its window, until one is the table: fifteen cells, or
 * run-together digits the run solver cuts. The first run of ten or more cells that is not the table goes into
 * `partials` (a list, not a field of a result object: a field that goes from null to an array changes the object's
 * map, and the code reading it is deoptimised).
 */
function readRuns(tokens: readonly Token[], from: number, report: RuleReporter, partials: Token[][]): RuleMatch[] | null {
  const limitRow = tokens[from]!.row + WINDOW_ROWS;
  let i = from;
  while (i < tokens.length && tokens[i]!.row <= limitRow) {
    if (tokens[i]!.kind === 'text') {
      i++;
      continue;
    }
    const end = runEnd(tokens, i, limitRow);
    // The run without blank cells past fifteen (span debris at a row's end).
    let length = end - i;
    while (length > 15 && tokens[i + length - 1]!.kind === 'blank') length--;
    if (length === 15) {
      const cells = tokens.slice(i, i + 15);
      return emit(cells, gridKeys(cells) ?? REVIEW_KEYS, report);
    }
    // Glued or irregularly spaced digits (`0 00 0 0 00 …`, `100010000000101`): the run solver.
    if (length < 15 && digitsIn(tokens, i, length) >= 14) {
      const cells = tokens.slice(i, i + length);
      if (onePiece(cells)) return fromRun(cells, report);
    }
    if (length >= 10 && partials.length === 0) partials.push(tokens.slice(i, i + length));
    i = end;
  }
  return null;
}

export function readReview(doc: DocumentView, report: RuleReporter): RuleMatch[] {
  const tokens = tokensOf(doc);
  const partials: Token[][] = [];
  const labelsOf = trailingLabelsOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'text' || !anchors(labelsAt(tokens, labelsOf, i))) continue;
    const matches = readRuns(tokens, i, report, partials);
    if (matches) return matches;
    // Nothing near this anchor: go on after its window (a heading may precede the table by a page of prose).
    const limit = token.row + WINDOW_ROWS;
    while (i + 1 < tokens.length && tokens[i + 1]!.row <= limit) i++;
  }
  const partial = partials[0];
  if (partial) {
    report.warn(
      TABLE_CODES.cellCount,
      `行政复议/行政诉讼: a row of ${partial.length} values where the table has 15; no cell can be placed, left out`,
      spanOf(partial),
    );
  }
  return [];
}

function fromRun(tokens: readonly Token[], report: RuleReporter): RuleMatch[] {
  const segments: string[] = [];
  for (const token of tokens) segments.push(token.text);
  const input: RunInput = { segments };
  const span = spanOf(tokens);
  const cuts = cutSegments(input, [5, 5, 5]);
  let cut: number[] | undefined;
  let blank = false;
  if (cuts !== 'too-many' && cuts.length === 1) cut = cuts[0];
  else if (cuts !== 'too-many' && cuts.length === 0) {
    const forced = forcedCut(input, 15);
    if (forced) cut = forced;
    else if (shortZeroRow(input, 15)) {
      cut = zeros(15);
      blank = true;
    }
  }
  if (!cut) {
    const why = cuts === 'too-many' || cuts.length > 1 ? 'can be cut in more than one way' : 'fit no cut whose 总计 cells sum their parts';
    report.warn(TABLE_CODES.runUnsplit, `行政复议/行政诉讼: the digits ${segments.join(' ')} ${why}; left out`, span);
    return [];
  }
  const certainty = blank ? ('blank' as const) : ('stated' as const);
  const out: RuleMatch[] = [];
  for (let k = 0; k < cut.length; k++) out.push({ key: REVIEW_KEYS[k]!, value: cut[k]!, source: span, certainty });
  out.push({ key: 'litigation.total', value: cut[9]! + cut[14]!, source: span, certainty: 'derived' });
  return out;
}

function emit(cells: readonly Token[], keys: readonly string[], report: RuleReporter): RuleMatch[] {
  const read = new Map<string, ReadCell>();
  cells.forEach((token, k) => {
    const value = cellValue(token, 'count');
    if (value) read.set(keys[k]!, { token, value });
    else report.warn(TABLE_CODES.badCell, `${keys[k]}: "${token.text}" is not a count; left out`, token);
  });
  const out: RuleMatch[] = [];
  const totals = new Map<string, { value: number; token: Token }>();
  for (const group of REVIEW_GROUPS) {
    const parts = REVIEW_OUTCOMES.slice(0, 4).map((o) => read.get(`${group}.${o}`));
    parts.forEach((cell, k) => {
      if (cell) out.push(cellMatch(`${group}.${REVIEW_OUTCOMES[k]}`, cell));
    });
    const total = read.get(`${group}.total`);
    if (!total) continue;
    if (total.value.blank && parts.every((p) => p) && parts.some((p) => p!.value.value !== 0)) {
      const sum = parts.reduce((s, p) => s + p!.value.value, 0);
      report.warn(TABLE_CODES.blankTotal, `${group}.total: the 总计 cell is blank while its parts sum to ${sum}; reported as ${sum}`, total.token);
      out.push(derivedMatch(`${group}.total`, sum, parts.map((p) => p!.token)));
      totals.set(group, { value: sum, token: total.token });
    } else {
      out.push(cellMatch(`${group}.total`, total));
      totals.set(group, { value: total.value.value, token: total.token });
    }
  }
  const direct = totals.get('litigation.direct');
  const after = totals.get('litigation.afterReview');
  if (direct && after) out.push(derivedMatch('litigation.total', direct.value + after.value, [spanOf([direct.token, after.token])]));
  return out;
}
