/**
 * The per-agency time series in long form (agency, year, key, value, file): the shape pandas and R load and pivot.
 * Agencies are grouped as the checks group them, and named by their latest name as written.
 */
import { groupAgencies } from './agency.js';
import { seriesEntries } from './check-series.js';
import type { SeriesDocument, TimeSeriesRow } from './schema.js';

export function timeSeries(documents: readonly SeriesDocument[]): TimeSeriesRow[] {
  const { entries } = seriesEntries(documents);
  const rows: TimeSeriesRow[] = [];
  for (const group of groupAgencies(entries.map((e) => e.agency)).groups) {
    const members = group.members.map((i) => entries[i]!).sort((a, b) => a.year - b.year);
    const agency = members[members.length - 1]!.agency;
    for (const e of members) {
      for (const [key, value] of Object.entries(e.doc.record)) {
        if (typeof value === 'number' && !key.startsWith('meta.')) rows.push({ agency, year: e.year, key, value, file: e.doc.file });
      }
    }
  }
  return rows;
}

const CSV_HEAD = ['agency', 'year', 'key', 'value', 'file'] as const;

/** RFC 4180 quoting. */
function field(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The time series as CSV text (CRLF rows, a header line). */
export function timeSeriesCsv(rows: readonly TimeSeriesRow[]): string {
  return [CSV_HEAD.join(','), ...rows.map((r) => CSV_HEAD.map((k) => field(r[k])).join(','))].map((l) => `${l}\r\n`).join('');
}
