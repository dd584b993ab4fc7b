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

/** The identities, in the order they are checked, spelled out once (their keys are numbered below, KEY_INDEX). */
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

/** A check with its keys as indices into one value table per document, and its message parts joined once. */
interface Compiled {
  readonly code: string;
  readonly what: string;
  readonly total: number;
  readonly parts: Int32Array;
  readonly plus: Int32Array;
  /** `parts` joined with ' + ', and the total with `plus`: the two sides as the warning writes them. */
  readonly partsText: string;
  readonly rightText: string;
}

/** Every check in one shape: `other` is the index whose presence picks `withOther` (-1: the check has no choice). */
interface Entry {
  readonly other: number;
  readonly withOther: Compiled;
  readonly withoutOther: Compiled;
}

// Each key the checks read, numbered once: a document's table cells go into an array by these numbers, and the
// checks read the array (about 600 reads a document, each a string-keyed map lookup before).
const KEY_INDEX = new Map<string, number>();

function indexOf(key: string): number {
  let i = KEY_INDEX.get(key);
  if (i === undefined) KEY_INDEX.set(key, (i = KEY_INDEX.size));
  return i;
}

function compile(c: Check): Compiled {
  return {
    code: c.code,
    what: c.what,
    total: indexOf(c.total),
    parts: Int32Array.from(c.parts, indexOf),
    plus: Int32Array.from(c.plus, indexOf),
    partsText: c.parts.join(' + '),
    rightText: [c.total, ...c.plus].join(' + '),
  };
}

const ENTRIES: readonly Entry[] = CHECKS.map((entry): Entry => {
  if ('other' in entry) return { other: indexOf(entry.other), withOther: compile(entry.withOther), withoutOther: compile(entry.withoutOther) };
  const compiled = compile(entry);
  return { other: -1, withOther: compiled, withoutOther: compiled };
});

// The values of a document's cells by key number, reused from document to document (a new typed array costs more
// than the checks): a slot is read only where this document's `cells` has a finding, which sets it.
const VALUES = new Float64Array(KEY_INDEX.size);

/** Every cell at `keys` was read. */
function allRead(keys: Int32Array, cells: ReadonlyArray<Finding | null>): boolean {
  for (let k = 0; k < keys.length; k++) if (cells[keys[k]!] === null) return false;
  return true;
}

/** The sum of the cells at `keys`, left to right from 0, as written. */
function sumOf(keys: Int32Array, values: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < keys.length; k++) sum += values[keys[k]!]!;
  return sum;
}

export const standardTableChecks = defineRefiner({
  id: 'standard-table-checks',
  description: 'Check the standard tables’ identities (一+二 = 三(七)+四, parts = 总计, outcomes = 总计) and warn on each violation.',
  refine(findings, { messages }) {
    // The first table finding of each key the checks read, and its value.
    const cells = new Array<Finding | null>(KEY_INDEX.size).fill(null);
    const values = VALUES;
    for (const f of findings) {
      if (!f.rule.startsWith(TABLE_RULE_SET) || typeof f.value !== 'number') continue;
      const i = KEY_INDEX.get(f.key);
      if (i === undefined || cells[i] !== null) continue;
      cells[i] = f;
      values[i] = f.value;
    }
    for (const entry of ENTRIES) {
      const check = entry.other >= 0 && cells[entry.other] !== null ? entry.withOther : entry.withoutOther;
      const at = cells[check.total];
      if (!at || !allRead(check.plus, cells) || !allRead(check.parts, cells)) continue;
      const right = values[check.total]! + sumOf(check.plus, values);
      const sum = sumOf(check.parts, values);
      if (sum === right) continue;
      messages.warn(check.code, `${check.what}: ${check.partsText} = ${sum}, but ${check.rightText} = ${right}`, {
        at,
        actual: String(sum),
        expected: [String(right)],
      });
    }
    return [...findings];
  },
});
