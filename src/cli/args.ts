/** Command-line arguments (node:util parseArgs: the standard library's parser, no dependency needed). */
import { parseArgs } from 'node:util';

export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'table';

export interface CliOptions {
  readonly paths: string[];
  /** `html`: the review page (src/cli/review-page.ts), not a row writer. */
  readonly format?: OutputFormat | 'html';
  readonly input: 'auto' | 'text' | 'html';
  readonly template?: string;
  readonly explain: boolean;
  readonly bom: boolean;
  readonly allMessages: boolean;
  readonly yearlessDates: boolean;
  /** Worker threads for a batch (default: the machine's cores). */
  readonly jobs?: number;
  /** No progress bar and no summary on standard error. */
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export const USAGE = `Usage: ogi-report [options] <file|dir|-> ...
       ogi-report series [options] <records.ndjson|file|dir|-> ...   (reports across years: series --help)

Parse Chinese government OGI annual reports (政府信息公开工作年度报告) into records.

Inputs: files, directories (read recursively: .txt .text .htm .html .shtml .xhtml), glob patterns
('reports/**/*.html', quoted so the shell leaves them), or - for standard input.
Text may be UTF-8, UTF-16 (with BOM) or GBK/GB18030; it is detected per file.

Options:
  -f, --format <json|ndjson|csv|table|html>
                       output format (default: json for one input, ndjson for several);
                       html: one self-contained review page, each value highlighted in its source
      --input <auto|text|html>
                       how to read inputs (default: auto, sniffed per file)
  -t, --template <id>  force a format (ogi-2008, ogi-2019, ogi-2021) instead of detecting it
      --explain        add every value with its source line and rule
      --bom            start CSV output with a UTF-8 byte-order mark (for Excel)
      --all-messages   include info messages (format detection, dropped readings) with the warnings
      --yearless-dates keep month-day dates without a year (7月13日), year taken from the document
  -j, --jobs <n>       worker threads for many inputs (default: one per core; 1 = no workers)
  -q, --quiet          no progress bar and no summary on standard error
  -h, --help           show this help
  -v, --version        show the version

Each input yields one output row, in input order; a file that cannot be read or parsed yields
{"ok": false, "error": {...}} and the run continues. Exit code: 0 when all inputs parsed, 1 when any
failed, 2 for a usage error. With several inputs a summary (files, ok, failed, warnings by code, elapsed,
files/s) goes to standard error, and a progress bar too when standard error is a terminal.`;

const FORMATS: ReadonlyArray<OutputFormat | 'html'> = ['json', 'ndjson', 'csv', 'table', 'html'];

/** Parse argv (without node and script); throws a TypeError with a usage message on bad arguments. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      input: { type: 'string' },
      template: { type: 'string', short: 't' },
      explain: { type: 'boolean', default: false },
      bom: { type: 'boolean', default: false },
      'all-messages': { type: 'boolean', default: false },
      'yearless-dates': { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const format = values.format as string | undefined;
  if (format !== undefined && !FORMATS.includes(format as OutputFormat)) {
    throw new TypeError(`--format must be one of ${FORMATS.join(', ')}`);
  }
  const input = (values.input as string | undefined) ?? 'auto';
  if (!['auto', 'text', 'html'].includes(input)) throw new TypeError('--input must be auto, text or html');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new TypeError('--jobs must be a whole number from 1 to 256');
  return {
    paths: positionals,
    ...(jobs !== undefined ? { jobs } : {}),
    quiet: Boolean(values.quiet),
    ...(format ? { format: format as OutputFormat | 'html' } : {}),
    input: input as CliOptions['input'],
    ...(values.template ? { template: values.template as string } : {}),
    explain: Boolean(values.explain),
    bom: Boolean(values.bom),
    allMessages: Boolean(values['all-messages']),
    yearlessDates: Boolean(values['yearless-dates']),
    help: Boolean(values.help),
    version: Boolean(values.version),
  };
}
