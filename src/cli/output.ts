/** Writers for the CLI's output formats. Each takes lines in input order and writes as they come. */
import { RECORD_KEYS } from '../schema/keys.js';
import type { CliLine } from '../schema/report.js';
import type { OutputFormat } from './args.js';

export interface Writer {
  write(line: CliLine): void;
  /** Write a row already rendered by `rowRenderer` (the formats that write row by row have it). */
  readonly writeRendered?: (text: string) => void;
  end(): void;
}

type Sink = (chunk: string) => void;

/** The CSV columns before the record keys (documented in the README). */
export const CSV_ROW_COLUMNS = ['file', 'ok', 'error.code', 'error.message', 'warnings', 'encoding'] as const;

/** The record keys `--keys` patterns select (`*` stands for any run of characters), in the order given. */
export function selectKeys(patterns: readonly string[]): string[] | { readonly unmatched: string } {
  const keys: string[] = [];
  for (const pattern of patterns) {
    const parts = pattern.split('*');
    const matches = RECORD_KEYS.filter((key) => {
      if (parts.length === 1) return key === pattern;
      if (!key.startsWith(parts[0]!) || !key.endsWith(parts.at(-1)!)) return false;
      let at = parts[0]!.length;
      for (const part of parts.slice(1, -1)) {
        const found = key.indexOf(part, at);
        if (found < 0) return false;
        at = found + part.length;
      }
      return at <= key.length - parts.at(-1)!.length;
    });
    if (matches.length === 0) return { unmatched: pattern };
    for (const key of matches) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * One CSV field. RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled); a text cell
 * that a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return) gets a leading
 * apostrophe (OWASP's advice). Numbers are written as they are: -3 is a value, not a formula.
 */
function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV row (the header is the writer's). */
function csvRow(line: CliLine, keys: readonly string[]): string {
  const record: Readonly<Record<string, unknown>> = line.ok ? line.record : {};
  const cells = [
    line.file,
    line.ok,
    line.ok ? '' : line.error.code,
    line.ok ? '' : line.error.message,
    line.ok ? line.warnings.filter((w) => w.severity !== 'info').length : '',
    line.ok ? line.encoding : '',
    ...keys.map((k) => record[k]),
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

const TABLE_COLUMNS: ReadonlyArray<readonly [string, (l: CliLine & { ok: true }) => string, number]> = [
  ['kind', (l) => String(l.record['meta.kind'] ?? ''), 13],
  ['template', (l) => String(l.record['meta.template'] ?? '–'), 8],
  ['year', (l) => String(l.record['meta.year'] ?? '–'), 4],
  ['agency', (l) => String(l.record['meta.agency'] ?? '–'), 22],
  ['received', (l) => String(l.record['requests.received'] ?? '–'), 8],
  ['review', (l) => String(l.record['review.total'] ?? '–'), 6],
  ['lawsuits', (l) => String(l.record['litigation.total'] ?? '–'), 8],
  ['proactive', (l) => String(l.record['proactive.total'] ?? '–'), 9],
  ['values', (l) => String(Object.keys(l.record).filter((k) => !k.startsWith('meta.')).length), 6],
  ['warnings', (l) => String(l.warnings.filter((w) => w.severity !== 'info').length), 8],
];

const counted = (map: Map<string, number>): string =>
  [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);

/** The table's closing line: files, kinds and templates, values and warnings read. */
function tableSummary(lines: readonly CliLine[]): string {
  const templates = new Map<string, number>();
  const warnings = new Map<string, number>();
  let ok = 0;
  let reports = 0;
  let values = 0;
  for (const line of lines) {
    if (!line.ok) continue;
    ok++;
    if (line.record['meta.kind'] === 'annual-report') {
      reports++;
      bump(templates, line.record['meta.template'] ?? 'no template');
    }
    values += Object.keys(line.record).filter((k) => !k.startsWith('meta.')).length;
    for (const w of line.warnings) if (w.severity !== 'info') bump(warnings, w.code);
  }
  const warned = [...warnings.values()].reduce((a, b) => a + b, 0);
  return (
    `${lines.length} file(s): ${ok} parsed, ${lines.length - ok} failed; ${reports} annual report(s)${templates.size ? ` (${counted(templates)})` : ''}, ` +
    `${ok - reports} other; ${values} values, ${warned} warning(s)${warned ? ` (${counted(warnings)})` : ''}`
  );
}

/** A readable summary table: one row per input, then the explained values when asked. */
function tableWriter(out: Sink): Writer {
  const lines: CliLine[] = [];
  return {
    write(line) {
      lines.push(line);
    },
    end() {
      const fileWidth = Math.min(56, Math.max(4, ...lines.map((l) => displayWidth(l.file))));
      const head = [pad('file', fileWidth), ...TABLE_COLUMNS.map(([name, , w]) => pad(name, w))].join('  ');
      out(`${head}\n${'-'.repeat(displayWidth(head))}\n`);
      for (const line of lines) {
        const file = pad(clip(line.file, fileWidth), fileWidth);
        if (!line.ok) {
          out(`${file}  FAILED ${line.error.code}: ${line.error.message}\n`);
          continue;
        }
        out(`${[file, ...TABLE_COLUMNS.map(([, get, w]) => pad(clip(get(line), w), w))].join('  ').trimEnd()}\n`);
      }
      out(`\n${tableSummary(lines)}\n`);
      const first = lines.find((l) => l.ok && l.record['meta.kind'] === 'annual-report') ?? lines.find((l) => l.ok);
      if (first && !lines.some((l) => l.ok && l.explain)) {
        out(`Where a value came from: ogi-report -f table --explain ${first.file} (each value with its rule and file:line:col).\n`);
        out('What a warning means: docs/messages.md.\n');
      }
      for (const line of lines) {
        if (!line.ok || !line.explain) continue;
        out(`\n${line.file}\n`);
        for (const e of line.explain) {
          // file:line:col, as compilers print it: editors and terminals open it at the place.
          const at = e.line ? `  ${line.file}:${e.line}:${e.column}` : '';
          out(`  ${pad(e.key, 34)} ${pad(String(e.value), 12)} ${e.rule}${at}${e.raw ? `  «${clip(e.raw.replace(/\s+/g, ' '), 60)}»` : ''}\n`);
        }
      }
    },
  };
}

export interface WriterOptions {
  readonly bom: boolean;
  /** CSV columns after the row columns (default: every record key). */
  readonly keys?: readonly string[];
}

/** What `rowRenderer` needs: the same for the main thread and for a worker rendering rows ahead of it. */
export interface RenderOptions {
  readonly format: OutputFormat;
  readonly keys?: readonly string[];
}

const indent = (json: string): string => json.replace(/\n/g, '\n  ');

/**
 * The text of one row, for the formats that write row by row (ndjson, json, csv): a pure function of the line, so a
 * worker can render its rows and the main thread only writes them. Undefined for the table, which needs every row.
 */
export function rowRenderer(options: RenderOptions): ((line: CliLine) => string) | undefined {
  switch (options.format) {
    case 'ndjson':
      return (line) => `${JSON.stringify(line)}\n`;
    case 'json':
      return (line) => indent(JSON.stringify(line, null, 2));
    case 'csv': {
      const keys = options.keys ?? RECORD_KEYS;
      return (line) => csvRow(line, keys);
    }
    case 'table':
      return undefined;
  }
}

/** A writer of rows rendered one by one; `writeRendered` takes a row `render` made elsewhere (a worker). */
function streamWriter(out: Sink, render: (line: CliLine) => string, format: OutputFormat, header: string): Writer {
  // json: one pretty array whatever the count (the same bytes as JSON.stringify(rows, null, 2)), written row by row.
  const json = format === 'json';
  let first = true;
  if (header) out(header);
  const writeRendered = (text: string): void => {
    out(json ? `${first ? '[\n  ' : ',\n  '}${text}` : text);
    first = false;
  };
  return {
    write: (line) => writeRendered(render(line)),
    writeRendered,
    end() {
      if (json) out(first ? '[]\n' : '\n]\n');
    },
  };
}

export function createWriter(format: OutputFormat, out: Sink, options: WriterOptions): Writer {
  const render = rowRenderer({ format, ...(options.keys ? { keys: options.keys } : {}) });
  if (!render) return tableWriter(out);
  const header = format === 'csv' ? `${options.bom ? '\ufeff' : ''}${[...CSV_ROW_COLUMNS, ...(options.keys ?? RECORD_KEYS)].join(',')}\r\n` : '';
  return streamWriter(out, render, format, header);
}
