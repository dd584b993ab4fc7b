/** Series documents from what the library and the CLI give: a parsed report, or a CLI row (NDJSON). */
import { toRecord } from '../record/to-record.js';
import type { CliLine, Report } from '../schema/report.js';
import type { SeriesDocument, SeriesPlace } from './schema.js';

/** A parsed report as a series document, with every value's place. */
export function seriesDocumentFromReport(file: string, report: Report): SeriesDocument {
  const places: Record<string, SeriesPlace> = {};
  const fields = [...Object.entries(report.meta).map(([name, f]) => [`meta.${name}`, f.source] as const), ...Object.values(report.values).map((v) => [v.key, v.source] as const)];
  for (const [key, s] of fields) if (s) places[key] = { start: s.start, end: s.end, line: s.line, column: s.column, raw: s.raw };
  return { file, record: toRecord(report), places };
}

/** A CLI row as a series document (`undefined` for a failed row); places from `explain` when the row has it. */
export function seriesDocumentFromLine(line: CliLine): SeriesDocument | undefined {
  if (!line.ok) return undefined;
  const record = line.record as Record<string, string | number>;
  if (!line.explain) return { file: line.file, record };
  const places: Record<string, SeriesPlace> = {};
  for (const e of line.explain) {
    if (e.line === undefined) continue;
    places[e.key] = { line: e.line, ...(e.column !== undefined ? { column: e.column } : {}), ...(e.raw !== undefined ? { raw: e.raw } : {}) };
  }
  return { file: line.file, record, places };
}
