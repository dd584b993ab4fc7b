/** Command-line arguments (node:util parseArgs: the standard library's parser, no dependency needed). */
import { parseArgs } from 'node:util';
import { ENCODINGS, type Encoding } from '../input/decode.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'table';

export interface CliOptions {
  readonly paths: string[];
  readonly format: OutputFormat | 'html';
  readonly input: 'auto' | 'text' | 'html';
  readonly template?: string;
  readonly explain: boolean;
  readonly bom: boolean;
  readonly allMessages: boolean;
  readonly yearlessDates: boolean;
  /** Worker threads for a batch (default: the machine's cores). */
  readonly jobs?: number;
  /** No progress bar, no summary and no per-input error lines on standard error. */
  readonly quiet: boolean;
  /** File extensions a directory walk takes (lower case, no dot). */
  readonly extensions: readonly string[];
  /** CSV columns: record-key patterns (`meta.*`), in the order given. */
  readonly keys?: readonly string[];
  /** Decode every input with this encoding instead of detecting it. */
  readonly encoding?: Encoding;
  readonly help: boolean;
  readonly version: boolean;
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'text', 'htm', 'html', 'shtml', 'xhtml', 'pdf'];

/**
 * The built-in formats' ids, for `--template` (a test pins them to the registry's): the main thread checks the option
 * without loading the formats.
 */
export const TEMPLATE_IDS: readonly string[] = ['ogi-2008', 'ogi-2019', 'ogi-2021'];

export const USAGE = `Usage: ogi-report [options] <file|dir|-> ...
       ogi-report series [options] <records.ndjson|file|dir|-> ...   (reports across years: series --help)

Parse Chinese government OGI annual reports (政府信息公开工作年度报告) into records.

Inputs: files, directories (read recursively, each real file once; extensions: --ext), glob patterns
('reports/**/*.html', quoted so the shell leaves them), or - for standard input.
Text may be UTF-8, UTF-16 (with BOM), GBK/GB18030 or Big5; an HTML page's <meta charset> decides first.
A PDF (named .pdf, or any file starting with %PDF-) is read from its text layer and its tables' rules.

Options:
  -f, --format <ndjson|json|csv|table|html>
                       output format (default: ndjson, one JSON line per input; json: one array);
                       html: one self-contained review page, each value highlighted in its source
      --input <auto|text|html>
                       how to read inputs (default: auto, sniffed per file)
  -t, --template <id>  force a format (${TEMPLATE_IDS.join(', ')}) instead of detecting it
      --explain        add every value with its source (file:line:col) and rule
      --keys <list>    CSV columns: record keys or patterns, comma-separated ('meta.*,requests.*')
      --bom            start CSV output with a UTF-8 byte-order mark (for Excel)
      --ext <list>     extensions a directory walk takes (default: ${DEFAULT_EXTENSIONS.join(',')})
      --encoding <enc> decode every input as ${ENCODINGS.join(', ')} (default: detected per file)
      --all-messages   include info messages (format detection, dropped readings) with the warnings
      --yearless-dates keep month-day dates without a year (7月13日), year taken from the document
  -j, --jobs <n>       worker threads for many inputs (default: one per core when the batch is
                       large enough to pay for them, else 1; 1 = no workers)
  -q, --quiet          nothing on standard error: no progress bar, summary or per-input error lines
  -h, --help           show this help
  -v, --version        show the version

Each input yields one output row, in input order; a file that cannot be read or parsed yields
{"ok": false, "error": {...}} (and a line on standard error) and the run continues. Exit code: 0 when all
inputs parsed, 1 when any failed or the output could not be written, 2 for a usage error, 130 on Ctrl-C.
A summary (files, ok, failed, skipped, warnings by code, elapsed, files/s) goes to standard error, and a
progress bar too when standard error is a terminal.`;

const FORMATS: ReadonlyArray<OutputFormat | 'html'> = ['ndjson', 'json', 'csv', 'table', 'html'];

const list = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

/** Parse argv (without node and script); throws a TypeError with a one-line reason on bad arguments. */
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
      keys: { type: 'string' },
      bom: { type: 'boolean', default: false },
      ext: { type: 'string' },
      encoding: { type: 'string' },
      'all-messages': { type: 'boolean', default: false },
      'yearless-dates': { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const format = values.format ?? 'ndjson';
  if (!FORMATS.includes(format as OutputFormat | 'html')) throw new TypeError(`--format must be one of ${FORMATS.join(', ')}`);
  const input = values.input ?? 'auto';
  if (!['auto', 'text', 'html'].includes(input)) throw new TypeError('--input must be auto, text or html');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new TypeError('--jobs must be a whole number from 1 to 256');
  const encoding = values.encoding?.toLowerCase();
  if (encoding !== undefined && !ENCODINGS.includes(encoding as Encoding)) throw new TypeError(`--encoding must be one of ${ENCODINGS.join(', ')}`);
  const extensions = list(values.ext)?.map((e) => e.replace(/^\./, '').toLowerCase()) ?? DEFAULT_EXTENSIONS;
  if (extensions.length === 0) throw new TypeError('--ext needs at least one extension');
  const keys = list(values.keys);
  if (keys !== undefined && keys.length === 0) throw new TypeError('--keys needs at least one key');
  return {
    paths: positionals,
    format: format as OutputFormat | 'html',
    ...(jobs !== undefined ? { jobs } : {}),
    quiet: values.quiet,
    input: input as CliOptions['input'],
    ...(values.template ? { template: values.template } : {}),
    explain: values.explain,
    bom: values.bom,
    extensions,
    ...(keys ? { keys } : {}),
    ...(encoding ? { encoding: encoding as Encoding } : {}),
    allMessages: values['all-messages'],
    yearlessDates: values['yearless-dates'],
    help: values.help,
    version: values.version,
  };
}
