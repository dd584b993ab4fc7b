/**
 * 表三 cells to rule matches: the applicant columns and the 总计 of each row (a blank 总计 over non-zero parts is
 * their sum, `blank-total`), and the group totals 不予公开 / 无法提供 / 不予处理 / (2021) 其他处理 as the sums of their
 * sub-rows (derived).
 */
import type { Span } from '../../engine/finding.js';
import type { RuleMatch, RuleReporter } from '../../engine/rule.js';
import { ROW_KEY, type RowId } from './applications-scan.js';
import type { RowCells } from './applications-rows.js';
import { TABLE_CODES } from './codes.js';
import { cellMatch, derivedMatch } from './emit.js';
import { APPLICANT_PARTS, APPLICATION_GROUPS, type GroupId } from './labels.js';

// The record keys of a row's applicant cells, spelled once per row (every document reads the same ones).
const SPLIT_KEYS = new Map<RowId, Map<string, string>>();

function splitKey(id: RowId, part: string): string {
  let keys = SPLIT_KEYS.get(id);
  if (!keys) SPLIT_KEYS.set(id, (keys = new Map()));
  let key = keys.get(part);
  if (key === undefined) keys.set(part, (key = `${ROW_KEY(id)}@${part}`));
  return key;
}

const GROUPS = Object.entries(APPLICATION_GROUPS) as Array<[GroupId, { key: string; rows: readonly string[] }]>;

export function emitApplications(rows: Map<RowId, RowCells>, report: RuleReporter): RuleMatch[] {
  const out: RuleMatch[] = [];
  const totals = new Map<RowId, { value: number; span: Span }>();
  const groupHasRows = (rows.has('noCorrection') || rows.has('unpaidFee') || rows.has('otherReason'));
  for (const [id, cells] of rows) {
    const key = ROW_KEY(id);
    // A group total has no applicant split in the record (2021 其他处理 when its sub-rows are present).
    const plainOnly = id === 'other' && groupHasRows;
    if (!plainOnly) {
      for (const part of APPLICANT_PARTS) {
        const cell = cells.get(part);
        if (cell) out.push(cellMatch(splitKey(id, part), cell));
      }
    }
    const total = cells.get('total');
    if (!total) continue;
    const parts = APPLICANT_PARTS.map((p) => cells.get(p));
    if (total.value.blank && parts.every((p) => p !== undefined) && parts.some((p) => p!.value.value !== 0)) {
      const sum = parts.reduce((s, p) => s + p!.value.value, 0);
      report.warn(TABLE_CODES.blankTotal, `${key}: the 总计 cell is blank while its parts sum to ${sum}; reported as ${sum}`, total.token, {
        actual: '',
        expected: [String(sum)],
      });
      out.push(derivedMatch(key, sum, parts.map((p) => p!.token)));
      totals.set(id, { value: sum, span: total.token });
    } else {
      out.push(cellMatch(key, total));
      totals.set(id, { value: total.value.value, span: total.token });
    }
  }
  for (const [group, spec] of GROUPS) {
    if (group === 'other' && (rows.has('other') || !groupHasRows)) continue;
    const subs = spec.rows.map((r) => totals.get(r as RowId));
    if (subs.some((s) => s === undefined)) continue;
    const sum = subs.reduce((s, x) => s + x!.value, 0);
    out.push(derivedMatch(spec.key, sum, subs.map((s) => s!.span)));
  }
  return out;
}
