/**
 * `parseBytes(bytes, { name })`: one file's bytes → the row the CLI prints (decode, parse, record, milestones,
 * warnings, or a coded error). Pure, never throws for bad input: other tools build pipelines on it without copying
 * the CLI.
 */
import { OgiError } from '../errors.js';
import { type Encoding, decodeBytes } from '../input/decode.js';
import { parseReport } from '../parse-report.js';
import type { ParseOptions } from '../processor.js';
import { toRecord } from '../record/to-record.js';
import type { CliLine, Report } from '../schema/report.js';
import { MAX_INPUT_BYTES } from './limits.js';

export interface ParseBytesOptions {
  /** The row's `file` (a path, a URL, an id). */
  readonly name: string;
  readonly parse?: ParseOptions;
  /** Add every value with its source line and rule (`explain`). */
  readonly explain?: boolean;
  /** Keep info messages among the warnings. */
  readonly allMessages?: boolean;
  /** Decode with this encoding instead of detecting one. */
  readonly encoding?: Encoding;
}

/** A failed row. */
export function failedLine(file: string, code: string, message: string): CliLine {
  return { file, ok: false, error: { code, message } };
}

/** The sentence of the input around `[start, end)` (bounded by 。！？ or a line break), for explain. */
function sentenceAt(input: string, start: number, end: number): string {
  const stops = /[。！？!?\n]/u;
  let a = start;
  while (a > 0 && start - a < 400 && !stops.test(input[a - 1]!)) a--;
  let b = end;
  while (b < input.length && b - end < 400 && !stops.test(input[b]!)) b++;
  if (b < input.length && input[b] !== '\n') b++;
  return input.slice(a, b).trim();
}

type Options = Omit<ParseBytesOptions, 'name' | 'parse' | 'encoding'>;

/** A parsed report as a row. */
export function toCliLine(file: string, report: Report, input: string, options: Options = {}, encoding?: Encoding): CliLine & { ok: true } {
  // Each object is one literal per shape, in the schema's key order: no spread of a temporary object per row,
  // milestone or warning.
  const record = toRecord(report);
  const milestones = report.milestones.map((m) =>
    m.until
      ? { date: m.date, until: m.until, precision: m.precision, kind: m.kind, text: m.text, start: m.start, end: m.end }
      : { date: m.date, precision: m.precision, kind: m.kind, text: m.text, start: m.start, end: m.end },
  );
  const warnings: (CliLine & { ok: true })['warnings'] = [];
  for (const m of report.messages) {
    if (!options.allMessages && m.severity === 'info') continue;
    const { code, severity, message } = m;
    if (m.line && m.column) warnings.push({ code, severity, message, line: m.line, column: m.column });
    else if (m.line) warnings.push({ code, severity, message, line: m.line });
    else if (m.column) warnings.push({ code, severity, message, column: m.column });
    else warnings.push({ code, severity, message });
  }
  const line: CliLine & { ok: true } = encoding
    ? { file, ok: true, encoding, record, milestones, warnings }
    : { file, ok: true, record, milestones, warnings };
  if (options.explain) {
    const meta = Object.entries(report.meta).map(([name, field]) => ({ key: `meta.${name}`, ...field }));
    const values = Object.values(report.values);
    line.explain = [...meta, ...values].map((f) => ({
      key: f.key,
      value: f.value,
      certainty: f.certainty,
      rule: f.rule,
      ...(f.source ? { line: f.source.line, column: f.source.column, raw: f.source.raw, text: sentenceAt(input, f.source.start, f.source.end) } : {}),
    }));
  }
  return line;
}

/** Decode, parse and flatten one file's bytes; every failure is an `ok: false` row with a code. */
export function parseBytes(bytes: Uint8Array, options: ParseBytesOptions): CliLine {
  const { name } = options;
  if (bytes.length > MAX_INPUT_BYTES) return failedLine(name, 'input.too-large', `over the ${MAX_INPUT_BYTES}-byte limit (${bytes.length} bytes read)`);
  try {
    const decoded = decodeBytes(bytes, options.encoding ? { encoding: options.encoding } : {});
    const report = parseReport(decoded.text, options.parse);
    const line = toCliLine(name, report, decoded.text, options, decoded.encoding);
    if (decoded.warning) line.warnings.unshift({ code: decoded.warning.code, severity: 'warning', message: decoded.warning.message });
    return line;
  } catch (error) {
    if (error instanceof OgiError) return failedLine(name, error.code, error.message);
    return failedLine(name, 'parse.failed', error instanceof Error ? error.message : String(error));
  }
}
