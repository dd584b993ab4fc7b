/**
 * PDF inputs of the CLI: a file is a PDF by its `.pdf` extension or by the `%PDF-` magic its bytes start with
 * (whatever its name, standard input too). It is read through `ogi-report/pdf` into the same row as a text file;
 * a bad PDF (no text layer, encrypted, not parseable) is a coded failed row, never a crash. pdf.js is loaded only
 * when the first PDF is met, so a run over text files pays nothing for it.
 */
import { failedLine, toCliLine } from '../batch/parse-bytes.js';
import { OgiError } from '../errors.js';
import type { ParseOptions } from '../processor.js';
import type { CliLine, Report } from '../schema/report.js';
import { namedPdf } from './collect-inputs.js';

/** `%PDF-`: how every PDF file begins. */
const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] as const;

const hasMagic = (bytes: Uint8Array): boolean => MAGIC.every((byte, i) => bytes[i] === byte);

/** True for the bytes of a PDF, or a file named as one (which then fails as `input.pdf-invalid` if it is not). */
export function isPdfInput(name: string, bytes: Uint8Array): boolean {
  return hasMagic(bytes) || namedPdf(name);
}

export interface PdfLineOptions {
  readonly parse: ParseOptions;
  readonly explain: boolean;
  readonly allMessages: boolean;
}

/** The text the values' offsets point into and the report read from it. */
export interface ReadPdf {
  readonly text: string;
  readonly report: Report;
}

/** Extract and parse a PDF (the options `--input` sets do not apply: a PDF is neither text nor HTML). */
export async function readPdf(bytes: Uint8Array, parse: ParseOptions): Promise<ReadPdf> {
  const { extractPdfText, reportOfPdfText } = await import('../pdf/index.js');
  const { input: _input, ...options } = parse;
  // pdf.js refuses a Node Buffer (what a file read gives): hand it a plain view of the same bytes.
  const pdf = await extractPdfText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { text: pdf.text, report: reportOfPdfText(pdf, options) };
}

/** The coded failed row of a PDF that could not be read. */
export function pdfFailure(name: string, error: unknown): CliLine & { ok: false } {
  const line = error instanceof OgiError
    ? failedLine(name, error.code, error.message)
    : failedLine(name, 'parse.failed', error instanceof Error ? error.message : String(error));
  return line as CliLine & { ok: false };
}

/** One PDF's row: its record, milestones and warnings, or its coded error. */
export async function pdfLine(name: string, bytes: Uint8Array, options: PdfLineOptions): Promise<CliLine> {
  try {
    const { text, report } = await readPdf(bytes, options.parse);
    return toCliLine(name, report, text, options);
  } catch (error) {
    return pdfFailure(name, error);
  }
}
