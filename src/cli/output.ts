/** Writers for the CLI's output formats. Each takes lines in input order and writes as they come. */
import { RECORD_KEYS } from '../schema/keys.js';
import type { CliLine } from '../schema/report.js';
import type { OutputFormat } from './args.js';

export interface Writer {
  write(line: CliLine): void;
  end(): void;
}

type Sink = (chunk: string) => void;

const CSV_HEAD = ['file', 'ok', 'error.code', 'error.message', 'warnings', ...RECORD_KEYS];

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvWriter(out: Sink, bom: boolean): Writer {
  out(`${bom ? '\ufeff' : ''}${CSV_HEAD.join(',')}\r\n`);
  return {
    write(line) {
      const record: Record<string, string | number> = line.ok ? (line.record as Record<string, string | number>) : {};
      const cells = [
        line.file,
        line.ok,
        line.ok ? '' : line.error.code,
        line.ok ? '' : line.error.message,
        line.ok ? line.warnings.filter((w) => w.severity !== 'info').length : '',
        ...RECORD_KEYS.map((k) => record[k]),
      ];
      out(`${cells.map(csvField).join(',')}\r\n`);
    },
    end() {},
  };
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
      const ok = lines.filter((l) => l.ok).length;
      out(`\n${lines.length} file(s): ${ok} parsed, ${lines.length - ok} failed\n`);
      for (const line of lines) {
        if (!line.ok || !line.explain) continue;
        out(`\n${line.file}\n`);
        for (const e of line.explain) {
          out(`  ${pad(e.key, 34)} ${pad(String(e.value), 12)} ${e.rule}${e.line ? ` @${e.line}:${e.column}` : ''}${e.raw ? `  «${clip(e.raw.replace(/\s+/g, ' '), 60)}»` : ''}\n`);
        }
      }
    },
  };
}

export function createWriter(format: OutputFormat, out: Sink, options: { bom: boolean; many: boolean }): Writer {
  switch (format) {
    case 'ndjson':
      return { write: (line) => out(`${JSON.stringify(line)}\n`), end() {} };
    case 'json': {
      if (!options.many) return { write: (line) => out(`${JSON.stringify(line, null, 2)}\n`), end() {} };
      let first = true;
      return {
        write(line) {
          out(`${first ? '[\n' : ',\n'}${JSON.stringify(line)}`);
          first = false;
        },
        end() {
          out(first ? '[]\n' : '\n]\n');
        },
      };
    }
    case 'csv':
      return csvWriter(out, options.bom);
    case 'table':
      return tableWriter(out);
  }
}
