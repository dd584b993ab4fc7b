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

interface Check {
  readonly code: string;
  readonly what: string;
  readonly total: string;
  readonly parts: readonly string[];
  readonly plus: readonly string[];
}

/** 办理结果's sum takes （六）其他处理 as one row when the table has it, else its sub-rows. */
interface OtherCheck {
  readonly other: string;
  readonly withOther: Check;
  readonly withoutOther: Check;
}

const check = (code: string, what: string, total: string, parts: readonly string[], plus: readonly string[] = []): Check => ({ code, what, total, parts, plus });

/**
 * The identities, in the order they are checked, spelled out once: every document looks up the same key strings
 * (about 400), instead of building each again for each lookup.
 */
const CHECKS: ReadonlyArray<Check | OtherCheck> = [
  ...SUFFIXES.flatMap((s): Array<Check | OtherCheck> => {
    const column = s === '' ? '总计' : s.slice(1);
    const results = (other: readonly string[]): Check => {
      const parts = ['dispositions.granted', 'dispositions.partiallyGranted', ...leaves('denied'), ...leaves('unable'), ...leaves('notProcessed'), ...other];
      return check(CHECK_CODES.sumMismatch, `办理结果 rows ≠ (七)总计 (${column})`, `dispositions.total${s}`, parts.map((p) => `${p}${s}`));
    };
    return [
      check(
        CHECK_CODES.balanceMismatch,
        `一 + 二 ≠ 三(七) + 四 (${column})`,
        `dispositions.total${s}`,
        [`requests.received${s}`, `requests.carriedOver${s}`],
        [`requests.carriedForward${s}`],
      ),
      { other: `dispositions.other${s}`, withOther: results(['dispositions.other']), withoutOther: results(leaves('other')) },
    ];
  }),
  ...[...APPLICATION_ROWS.values(), 'dispositions.other.otherReason'].map((key) =>
    check(CHECK_CODES.sumMismatch, `applicant columns ≠ 总计 (${key})`, key, APPLICANT_SUFFIXES.map((s) => `${key}@${s}`)),
  ),
  ...REVIEW_GROUPS.map((group) =>
    check(CHECK_CODES.sumMismatch, `${group}: outcomes ≠ 总计`, `${group}.total`, ['upheld', 'corrected', 'other', 'pending'].map((o) => `${group}.${o}`)),
  ),
];

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
    // Parts summed left to right from 0, as written.
    const sumOf = (keys: readonly string[]): number | undefined => {
      let sum = 0;
      for (const key of keys) {
        const v = value(key);
        if (v === undefined) return undefined;
        sum += v;
      }
      return sum;
    };

    for (const entry of CHECKS) {
      const { code, what, total, parts, plus } = 'other' in entry ? (value(entry.other) !== undefined ? entry.withOther : entry.withoutOther) : entry;
      const stated = value(total);
      if (stated === undefined) continue;
      const extra = sumOf(plus);
      const sum = sumOf(parts);
      if (extra === undefined || sum === undefined) continue;
      const right = stated + extra;
      if (sum === right) continue;
      messages.warn(code, `${what}: ${parts.join(' + ')} = ${sum}, but ${[total, ...plus].join(' + ')} = ${right}`, {
        at: cells.get(total)!,
        actual: String(sum),
        expected: [String(right)],
      });
    }
    return [...findings];
  },
});
