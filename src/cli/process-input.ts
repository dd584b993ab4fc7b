/** One input → one CLI line: read, decode, parse; every failure becomes an `ok: false` row with a code. */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../input/decode.js';
import { OgiError } from '../errors.js';
import { parseReport } from '../parse-report.js';
import type { ParseOptions } from '../processor.js';
import { toRecord } from '../record/to-record.js';
import type { CliLine, Report } from '../schema/report.js';
import type { InputRef } from './collect-inputs.js';

// Real reports are well under 1 MB; a file far larger is not a report and would only cost memory.
const MAX_BYTES = 64 * 1024 * 1024;

export interface LineOptions {
  readonly parse: ParseOptions;
  readonly explain: boolean;
  readonly allMessages: boolean;
}

function fail(file: string, code: string, message: string): CliLine {
  return { file, ok: false, error: { code, message } };
}

export function readBytes(ref: InputRef, stdin: () => Uint8Array): Uint8Array | CliLine {
  if (ref.kind === 'stdin') return stdin();
  if (ref.problem) return fail(ref.name, 'input.unreadable', `cannot read directory: ${ref.problem}`);
  try {
    return readFileSync(ref.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(ref.name, 'input.not-found', 'no such file');
    if (code === 'EISDIR') return fail(ref.name, 'input.unreadable', 'is a directory');
    if (code === 'EACCES' || code === 'EPERM') return fail(ref.name, 'input.unreadable', 'permission denied');
    return fail(ref.name, 'input.unreadable', `cannot read: ${code ?? String(error)}`);
  }
}

/** The sentence of the input around `[start, end)` (bounded by 。！？ or a line break), for --explain. */
function sentenceAt(input: string, start: number, end: number): string {
  const stops = /[。！？!?\n]/u;
  let a = start;
  while (a > 0 && start - a < 400 && !stops.test(input[a - 1]!)) a--;
  let b = end;
  while (b < input.length && b - end < 400 && !stops.test(input[b]!)) b++;
  if (b < input.length && input[b] !== '\n') b++;
  return input.slice(a, b).trim();
}

export function toCliLine(file: string, report: Report, input: string, options: LineOptions): CliLine {
  const record = toRecord(report);
  const line: CliLine = {
    file,
    ok: true,
    record,
    milestones: report.milestones.map((m) => ({
      date: m.date,
      ...(m.until ? { until: m.until } : {}),
      precision: m.precision,
      kind: m.kind,
      text: m.text,
      start: m.start,
      end: m.end,
    })),
    warnings: report.messages
      .filter((m) => options.allMessages || m.severity !== 'info')
      .map((m) => ({
        code: m.code,
        severity: m.severity,
        message: m.message,
        ...(m.line ? { line: m.line } : {}),
        ...(m.column ? { column: m.column } : {}),
      })),
  };
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

export function processInput(ref: InputRef, options: LineOptions, stdin: () => Uint8Array): CliLine {
  const bytes = readBytes(ref, stdin);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (bytes.length > MAX_BYTES) return fail(ref.name, 'input.too-large', `${bytes.length} bytes is over the ${MAX_BYTES}-byte limit`);
  try {
    const { text } = decodeBytes(bytes);
    const report = parseReport(text, options.parse);
    return toCliLine(ref.name, report, text, options);
  } catch (error) {
    if (error instanceof OgiError) return fail(ref.name, error.code, error.message);
    return fail(ref.name, 'parse.failed', error instanceof Error ? error.message : String(error));
  }
}
