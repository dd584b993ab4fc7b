/** `toRecord(report)`: the flat record of shared/docs/record-keys.md, keys in canonical order. */
import { RECORD_KEYS } from '../schema/keys.js';
import type { OgiRecord, Report, ReportMeta } from '../schema/report.js';

type MetaName = keyof ReportMeta;
const META: readonly MetaName[] = ['kind', 'template', 'title', 'agency', 'year', 'publishedAt', 'periodStart', 'periodEnd'];
/** For each canonical key, the meta field it holds (undefined for value keys). */
const META_AT: ReadonlyArray<MetaName | undefined> = RECORD_KEYS.map((key) => META.find((name) => key === `meta.${name}`));

export function toRecord(report: Report): OgiRecord {
  const { meta, values } = report;
  // One walk over the canonical keys, in record order: each is looked up once, and no intermediate object keyed by
  // name is built. A value under a meta key overrides the meta field, as it did when it was assigned after it.
  const ordered: Record<string, string | number> = {};
  for (let rank = 0; rank < RECORD_KEYS.length; rank++) {
    const key = RECORD_KEYS[rank]!;
    const field = values[key];
    if (field !== undefined) ordered[key] = field.value;
    else {
      const name = META_AT[rank];
      const m = name === undefined ? undefined : meta[name];
      if (m) ordered[key] = m.value;
    }
  }
  // Every key is canonical (the engine drops others) and typed by its registry entry: the shape OgiRecord spells out.
  return ordered as unknown as OgiRecord;
}
