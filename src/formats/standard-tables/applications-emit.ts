/**
 * 表三 cells to rule matches: the applicant columns and the 总计 of each row (a blank 总计 over non-zero parts is
 * their sum, `blank-total`), and the group totals 不予公开 / 无法提供 / 不予处理 / (2021) 其他处理 as the sums of their
 * sub-rows (derived).
 */
import type { Span } from '../../engine/finding.js';
import type { RuleMatch, RuleReporter } from '../../engine/rule.js';
import { ROW_KEY, type RowId } from './applications-scan.js';
import { type RowCells, TOTAL_SLOT } from './applications-rows.js';
import { TABLE_CODES } from './codes.js';
import { type ReadCell, cellMatch, derivedMatch } from './emit.js';
import { APPLICANT_PARTS, APPLICATION_GROUPS, type GroupId } from './labels.js';

/** A row's record key and the keys of its applicant cells (in APPLICANT_PARTS order). */
interface RowKeys {
  readonly key: string;
  readonly parts: readonly string[];
}

// Spelled once per row (every document reads the same ones).
const ROW_KEYS = new Map<RowId, RowKeys>();

function keysOf(id: RowId): RowKeys {
  let keys = ROW_KEYS.get(id);
  if (keys === undefined) {
    const key = ROW_KEY(id);
    const parts: string[] = [];
    for (const part of APPLICANT_PARTS) parts.push(`${key}@${part}`);
    ROW_KEYS.set(id, (keys = { key, parts }));
  }
  return keys;
}

/** A row's 总计 as emitted, for the group totals. */
interface RowTotal {
  readonly value: number;
  readonly span: Span;
}

const GROUPS = Object.entries(APPLICATION_GROUPS) as Array<[GroupId, { key: string; rows: readonly string[] }]>;

/**
 * The applicant cells when a blank 总计 stands over them: all present and not all zero (then 总计 is their sum);
 * else null.
 */
function partsUnderBlankTotal(cells: RowCells): ReadCell[] | null {
  const parts: ReadCell[] = [];
  let nonZero = false;
  for (let p = 0; p < APPLICANT_PARTS.length; p++) {
    const cell = cells[p];
    if (cell === undefined) return null;
    if (cell.value.value !== 0) nonZero = true;
    parts.push(cell);
  }
  return nonZero ? parts : null;
}

export function emitApplications(rows: Map<RowId, RowCells>, report: RuleReporter): RuleMatch[] {
  const out: RuleMatch[] = [];
  const totals = new Map<RowId, RowTotal>();
  const groupHasRows = rows.has('noCorrection') || rows.has('unpaidFee') || rows.has('otherReason');
  for (const [id, cells] of rows) {
    const { key, parts: partKeys } = keysOf(id);
    // A group total has no applicant split in the record (2021 其他处理 when its sub-rows are present).
    const plainOnly = id === 'other' && groupHasRows;
    if (!plainOnly) {
      for (let p = 0; p < APPLICANT_PARTS.length; p++) {
        const cell = cells[p];
        if (cell) out.push(cellMatch(partKeys[p]!, cell));
      }
    }
    const total = cells[TOTAL_SLOT];
    if (!total) continue;
    const parts = total.value.blank ? partsUnderBlankTotal(cells) : null;
    if (parts) {
      let sum = 0;
      const spans: Span[] = [];
      for (const part of parts) {
        sum += part.value.value;
        spans.push(part.token);
      }
      report.warn(TABLE_CODES.blankTotal, `${key}: the 总计 cell is blank while its parts sum to ${sum}; reported as ${sum}`, total.token, {
        actual: '',
        expected: [String(sum)],
      });
      out.push(derivedMatch(key, sum, spans));
      totals.set(id, { value: sum, span: total.token });
    } else {
      out.push(cellMatch(key, total));
      totals.set(id, { value: total.value.value, span: total.token });
    }
  }
  for (const [group, spec] of GROUPS) {
    if (group === 'other' && (rows.has('other') || !groupHasRows)) continue;
    let sum = 0;
    const spans: Span[] = [];
    for (const row of spec.rows) {
      const sub = totals.get(row as RowId);
      if (sub === undefined) break;
      sum += sub.value;
      spans.push(sub.span);
    }
    if (spans.length === spec.rows.length) out.push(derivedMatch(spec.key, sum, spans));
  }
  return out;
}
