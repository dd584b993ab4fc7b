/**
 * The standard tables' built-in arithmetic (勾稽关系), checked over the cells the table rules read. A violation is
 * a coded warning at the total's place with the figures involved; no value is ever changed.
 */
import type { Finding } from '../../engine/finding.js';
import { defineRefiner } from '../../engine/refiner.js';
import { APPLICANT_SUFFIXES } from '../../schema/keys.js';
import { APPLICATION_GROUPS, APPLICATION_ROWS, REVIEW_GROUPS } from './labels.js';

export const CHECK_CODES = {
  /** Parts do not add up to their total (applicant columns, 办理结果 rows, review/litigation outcomes). */
  sumMismatch: 'table.sum-mismatch',
  /** 一 + 二 ≠ 三(七)总计 + 四 in some column. */
  balanceMismatch: 'table.balance-mismatch',
} as const;

const TABLE_RULE_SET = 'standard-tables/';
const SUFFIXES = ['', ...APPLICANT_SUFFIXES.map((s) => `@${s}`)];
const leaves = (group: keyof typeof APPLICATION_GROUPS): string[] =>
  APPLICATION_GROUPS[group].rows.map((r) => `${APPLICATION_GROUPS[group].key}.${r}`);

export const standardTableChecks = defineRefiner({
  id: 'standard-table-checks',
  description: 'Check the standard tables’ identities (一+二 = 三(七)+四, parts = 总计, outcomes = 总计) and warn on each violation.',
  refine(findings, { messages }) {
    const cells = new Map<string, Finding>();
    for (const f of findings) {
      if (!f.rule.startsWith(TABLE_RULE_SET) || typeof f.value !== 'number') continue;
      if (!cells.has(f.key)) cells.set(f.key, f);
    }
    if (cells.size === 0) return [...findings];
    const value = (key: string): number | undefined => cells.get(key)?.value as number | undefined;

    const check = (code: string, what: string, total: string, parts: readonly string[], plus: readonly string[] = []): void => {
      const stated = value(total);
      const extra = plus.map(value);
      const values = parts.map(value);
      if (stated === undefined || values.some((v) => v === undefined) || extra.some((v) => v === undefined)) return;
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      const right = stated + (extra as number[]).reduce((a, b) => a + b, 0);
      if (sum === right) return;
      messages.warn(code, `${what}: ${parts.join(' + ')} = ${sum}, but ${[total, ...plus].join(' + ')} = ${right}`, {
        at: cells.get(total)!,
        actual: String(sum),
        expected: [String(right)],
      });
    };

    for (const s of SUFFIXES) {
      const column = s === '' ? '总计' : s.slice(1);
      check(
        CHECK_CODES.balanceMismatch,
        `一 + 二 ≠ 三(七) + 四 (${column})`,
        `dispositions.total${s}`,
        [`requests.received${s}`, `requests.carriedOver${s}`],
        [`requests.carriedForward${s}`],
      );
      const other = value(`dispositions.other${s}`) !== undefined ? ['dispositions.other'] : leaves('other');
      const parts = ['dispositions.granted', 'dispositions.partiallyGranted', ...leaves('denied'), ...leaves('unable'), ...leaves('notProcessed'), ...other];
      check(CHECK_CODES.sumMismatch, `办理结果 rows ≠ (七)总计 (${column})`, `dispositions.total${s}`, parts.map((p) => `${p}${s}`));
    }
    for (const key of [...APPLICATION_ROWS.values(), 'dispositions.other.otherReason']) {
      check(CHECK_CODES.sumMismatch, `applicant columns ≠ 总计 (${key})`, key, APPLICANT_SUFFIXES.map((s) => `${key}@${s}`));
    }
    for (const group of REVIEW_GROUPS) {
      check(CHECK_CODES.sumMismatch, `${group}: outcomes ≠ 总计`, `${group}.total`, ['upheld', 'corrected', 'other', 'pending'].map((o) => `${group}.${o}`));
    }
    return [...findings];
  },
});
