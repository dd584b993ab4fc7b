/** `toRecord(report)`: the flat record of shared/docs/record-keys.md, keys in canonical order. */
import { RECORD_KEYS } from '../schema/keys.js';
import type { OgiRecord, Report } from '../schema/report.js';

export function toRecord(report: Report): OgiRecord {
  const flat: Record<string, string | number> = {};
  const { meta } = report;
  flat['meta.kind'] = meta.kind.value;
  if (meta.template) flat['meta.template'] = meta.template.value;
  if (meta.title) flat['meta.title'] = meta.title.value;
  if (meta.agency) flat['meta.agency'] = meta.agency.value;
  if (meta.year) flat['meta.year'] = meta.year.value;
  if (meta.publishedAt) flat['meta.publishedAt'] = meta.publishedAt.value;
  if (meta.periodStart) flat['meta.periodStart'] = meta.periodStart.value;
  if (meta.periodEnd) flat['meta.periodEnd'] = meta.periodEnd.value;
  for (const [key, field] of Object.entries(report.values)) flat[key] = field.value;
  // Canonical key order, so records of different documents line up (CSV columns, diffs).
  const ordered: Record<string, string | number> = {};
  for (const key of RECORD_KEYS) if (key in flat) ordered[key] = flat[key]!;
  // Every key is canonical (the engine drops others) and typed by its registry entry: the shape OgiRecord spells out.
  return ordered as unknown as OgiRecord;
}
