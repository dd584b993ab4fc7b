/**
 * requests.processed (共办理…申请 N 件, one total with the carry-overs) is for reports without a 表三: where the table
 * is present, its rows state the year's requests, and a prose total of another reckoning (全年办理政府信息公开申请
 * 218件) is dropped with a message rather than set beside them.
 */
import { defineRefiner } from '../../engine/refiner.js';
import { tokensOf } from '../shared/cell-tokens.js';
import { hasApplicationsTable } from './applications-scan.js';
import { TABLE_CODES } from './codes.js';

const KEY = 'requests.processed';

export const processedWithTable = defineRefiner({
  id: 'processed-with-table',
  description: 'Drop a prose requests.processed when the report has a 表三 (the record keeps it for reports without one).',
  refine(findings, { doc, messages }) {
    const prose = findings.filter((f) => f.key === KEY && !f.rule.startsWith('standard-tables/'));
    if (prose.length === 0 || !hasApplicationsTable(tokensOf(doc))) return [...findings];
    for (const f of prose) {
      messages.info(TABLE_CODES.processedWithTable, `${KEY}: ${String(f.value)} (${f.rule}) dropped: the report has a 收到和处理申请 table`, { at: f, rule: f.rule });
    }
    return findings.filter((f) => !prose.includes(f));
  },
});
