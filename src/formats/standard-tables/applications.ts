/**
 * 表三 收到和处理政府信息公开申请情况: rows found by their labels (applications-scan), cells by their columns or the
 * template's order (applications-rows), run-together digits cut only where the table's arithmetic leaves one way
 * (applications-solve), then emitted with the derived group totals (applications-emit).
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { RuleMatch, RuleReporter } from '../../engine/rule.js';
import { tokensOf } from '../shared/cell-tokens.js';
import { emitApplications } from './applications-emit.js';
import { mapRows } from './applications-rows.js';
import { scanOf } from './applications-scan.js';
import { solveRuns } from './applications-solve.js';
import { TABLE_CODES } from './codes.js';

/** Read every 表三 in the document. */
export function readApplications(doc: DocumentView, report: RuleReporter): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const { instances, unmapped, renamed } = scanOf(tokensOf(doc));
  for (const instance of instances) {
    const { rows, runs } = mapRows(instance, report);
    if (runs.length > 0) solveRuns(runs, rows, report);
    matches.push(...emitApplications(rows, report));
  }
  for (const token of unmapped) {
    report.warn(TABLE_CODES.rowUnmapped, `收到和处理申请: the row "${token.text}" is not one the template has; its cells were left out`, token);
  }
  for (const token of renamed) {
    report.warn(TABLE_CODES.rowByNumber, `收到和处理申请: the row "${token.text}" was read as the sub-row its list number names; its words are garbled`, token);
  }
  return matches;
}
