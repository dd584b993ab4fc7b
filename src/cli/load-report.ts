/**
 * One input → its text and report (for the review page and the series, which need more than a row): or the failed
 * row. A PDF's comes as a promise (pdf.js is asynchronous); its text is the text extracted from it.
 */
import { OgiError } from '../errors.js';
import { decodeBytes } from '../input/decode.js';
import { parseReport } from '../parse-report.js';
import type { ParseOptions } from '../processor.js';
import type { CliLine, Report } from '../schema/report.js';
import type { CliOptions } from './args.js';
import type { InputRef } from './collect-inputs.js';
import { isPdfInput, pdfFailure, readPdf } from './pdf-input.js';
import { readBytes } from './process-input.js';

export interface Loaded {
  readonly name: string;
  readonly text: string;
  readonly report: Report;
}

type Failed = CliLine & { ok: false };

/** The parse options the command line asks for. */
export function parseOptionsOf(options: CliOptions): ParseOptions {
  return { input: options.input, resolveYearlessDates: options.yearlessDates, ...(options.template ? { format: options.template } : {}) };
}

export function loadReport(ref: InputRef, parse: ParseOptions, stdin: () => Uint8Array): Loaded | Failed | Promise<Loaded | Failed> {
  const bytes = readBytes(ref, stdin);
  if (!(bytes instanceof Uint8Array)) return bytes as Failed;
  if (isPdfInput(ref.name, bytes)) {
    return readPdf(bytes, parse).then(
      ({ text, report }) => ({ name: ref.name, text, report }),
      (error: unknown) => pdfFailure(ref.name, error),
    );
  }
  try {
    const { text } = decodeBytes(bytes);
    return { name: ref.name, text, report: parseReport(text, parse) };
  } catch (error) {
    const code = error instanceof OgiError ? error.code : 'parse.failed';
    return { file: ref.name, ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
  }
}

/** The line a failed input gets on standard error. */
export const failureLine = (row: Failed) => `ogi-report: ${row.file}: ${row.error.code}: ${row.error.message}\n`;
