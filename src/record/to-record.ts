/** `toRecord(report)`: the flat record of shared/docs/record-keys.md, keys in canonical order. */
import { RECORD_KEYS } from '../schema/keys.js';
import type { OgiRecord, Report } from '../schema/report.js';

/** Each canonical key's place in the record. */
const RANK: ReadonlyMap<string, number> = new Map(RECORD_KEYS.map((key, i) => [key, i]));

/** A slot no key filled (a value may be anything, even undefined, in a report built by hand). */
const ABSENT = Symbol('absent');

export function toRecord(report: Report): OgiRecord {
  // The values by rank: the keys come out in canonical order from one walk over the ranks, with no intermediate
  // object keyed by name and no `in` test per canonical key.
  const slots = new Array<string | number | typeof ABSENT>(RECORD_KEYS.length).fill(ABSENT);
  const put = (key: string, value: string | number): void => {
    const rank = RANK.get(key);
    if (rank !== undefined) slots[rank] = value;
  };
  const { meta } = report;
  put('meta.kind', meta.kind.value);
  if (meta.template) put('meta.template', meta.template.value);
  if (meta.title) put('meta.title', meta.title.value);
  if (meta.agency) put('meta.agency', meta.agency.value);
  if (meta.year) put('meta.year', meta.year.value);
  if (meta.publishedAt) put('meta.publishedAt', meta.publishedAt.value);
  if (meta.periodStart) put('meta.periodStart', meta.periodStart.value);
  if (meta.periodEnd) put('meta.periodEnd', meta.periodEnd.value);
  // A value under a meta key overrides the meta field, as an assignment after it would.
  const { values } = report;
  for (const key of Object.keys(values)) put(key, values[key]!.value);
  // Canonical key order, so records of different documents line up (CSV columns, diffs).
  const ordered: Record<string, string | number> = {};
  for (let rank = 0; rank < slots.length; rank++) {
    const value = slots[rank]!;
    if (value !== ABSENT) ordered[RECORD_KEYS[rank]!] = value;
  }
  // Every key is canonical (the engine drops others) and typed by its registry entry: the shape OgiRecord spells out.
  return ordered as unknown as OgiRecord;
}
