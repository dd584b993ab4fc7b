/**
 * `ogi-report series <records.ndjson | files…>`: documents grouped by agency and year, and checked for what one
 * year's report promises the next. NDJSON inputs (`.ndjson`, `.jsonl`, or `-` for standard input) are rows the CLI
 * wrote (with --explain they carry places); other paths are reports, parsed here. Output: one finding per line
 * (NDJSON), `--format table` for reading, or `--format csv` for the per-agency time series.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CliLine } from '../schema/report.js';
import { checkSeries, seriesDocumentFromLine, seriesDocumentFromReport, timeSeries, timeSeriesCsv, type SeriesDocument, type SeriesFinding, type SeriesTerm } from '../series/index.js';
import { DEFAULT_EXTENSIONS } from './args.js';
import { type InputRef, collectInputs } from './collect-inputs.js';
import { inOrder } from './in-order.js';
import { type Loaded, failureLine, loadReport } from './load-report.js';
import type { CliIo } from './plan.js';

export const SERIES_USAGE = `Usage: ogi-report series [options] <records.ndjson | file | dir | -> ...

Check reports across years: grouped by agency (names folded; a region in front joined, 办公室 kept apart) and
report year, each pair of consecutive years checked (结转下年度 = 上年结转; 2021 现行有效件数 chain; 2019
上一年项目数量 chain). Template changes, gaps and two reports for one year are said, not checked.

Inputs: NDJSON rows from ogi-report (.ndjson, .jsonl, or - for standard input; add --explain for places)
or report files and directories (parsed here, with exact places).

Options:
  -f, --format <ndjson|table|csv>  findings as NDJSON (default) or a table; csv: the time series
                                   (agency, year, key, value, file)
  -h, --help                       show this help`;

const NDJSON = /\.(?:ndjson|jsonl)$/i;

function readRows(name: string, text: string, out: SeriesDocument[], io: CliIo): number {
  let failed = 0;
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const doc = seriesDocumentFromLine(JSON.parse(raw) as CliLine);
      if (doc) out.push(doc);
    } catch {
      failed++;
      io.stderr(`ogi-report: ${name}:${i + 1}: input.bad-row: not a JSON row\n`);
    }
  });
  return failed;
}

const placeOf = (t: SeriesTerm) => `${t.file}${t.place?.line ? `:${t.place.line}${t.place.column ? `:${t.place.column}` : ''}` : ''}`;

/** One line per finding; a break also lists each value it used with its place (file:line:column). */
function table(findings: readonly SeriesFinding[]): string {
  const lines = findings.map((f) => {
    if (f.kind === 'note') return `note  ${f.agency || '–'} ${f.code}: ${f.message}`;
    const head = `${f.status === 'ok' ? 'ok   ' : 'BREAK'} ${f.agency} ${f.from}→${f.to} ${f.message}`;
    return f.status === 'ok' ? head : [head, ...[...f.terms, f.target].map((t) => `      ${t.year} ${t.key} = ${t.value}  ${placeOf(t)}`)].join('\n');
  });
  const breaks = findings.filter((f) => f.kind === 'check' && f.status === 'break').length;
  const checks = findings.filter((f) => f.kind === 'check').length;
  return `${lines.join('\n')}\n\n${checks} check(s), ${breaks} break(s), ${findings.length - checks} note(s)\n`;
}

export function runSeries(argv: readonly string[], io: CliIo): number | Promise<number> {
  let values: { format?: string; help?: boolean };
  let paths: string[];
  try {
    const parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } } });
    values = parsed.values;
    paths = parsed.positionals;
    if (values.format !== undefined && !['ndjson', 'table', 'csv'].includes(values.format)) throw new TypeError('--format must be one of ndjson, table, csv');
    if (!values.help && paths.length === 0) throw new TypeError('no input given');
  } catch (error) {
    io.stderr(`ogi-report series: ${(error as Error).message}\n\n${SERIES_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${SERIES_USAGE}\n`);
    return 0;
  }
  const documents: SeriesDocument[] = [];
  let failed = 0;
  const rowsOf = (path: string): number => {
    if (path === '-') return readRows('-', new TextDecoder().decode(io.stdin()), documents, io);
    try {
      return readRows(path, readFileSync(path, 'utf8'), documents, io);
    } catch (error) {
      io.stderr(`ogi-report: ${path}: input.unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 1;
    }
  };
  const add = (loaded: Loaded | (CliLine & { ok: false })): number => {
    if ('report' in loaded) {
      documents.push(seriesDocumentFromReport(loaded.name, loaded.report));
      return 0;
    }
    io.stderr(failureLine(loaded));
    return 1;
  };
  // In the order given: row files read at once, reports parsed (a PDF's report comes as a promise).
  const work = paths.flatMap((path): Array<{ rows: string } | { ref: InputRef }> =>
    path === '-' || NDJSON.test(path) ? [{ rows: path }] : collectInputs([path], DEFAULT_EXTENSIONS).inputs.map((ref) => ({ ref })),
  );
  const step = (w: { rows: string } | { ref: InputRef }): number | Promise<number> => {
    if ('rows' in w) return rowsOf(w.rows);
    const loaded = loadReport(w.ref, { input: 'auto' }, io.stdin);
    return loaded instanceof Promise ? loaded.then(add) : add(loaded);
  };
  return inOrder(work, step, (n) => (failed += n), () => {
    if (values.format === 'csv') io.stdout(timeSeriesCsv(timeSeries(documents)));
    else {
      const findings = checkSeries(documents);
      io.stdout(values.format === 'table' ? table(findings) : findings.map((f) => `${JSON.stringify(f)}\n`).join(''));
    }
    return failed > 0 ? 1 : 0;
  });
}
