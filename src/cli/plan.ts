/**
 * What every way of running the CLI shares: the options and inputs a command line asks for (the plan), and how rows
 * are written, counted and summed up (the reporter). Nothing here loads the parser: the binary's main thread, which
 * only hands files to workers in a large batch, never needs it.
 */
import { USAGE, TEMPLATE_IDS, parseCliArgs, type CliOptions } from './args.js';
import { type InputRef, collectInputs } from './collect-inputs.js';
import { type RenderOptions, createWriter, selectKeys, type Writer } from './output.js';
import type { LineOptions } from './process-input.js';
import { RunSummary } from './summary.js';
import type { Row } from './worker.js';

/** A progress display (a bar on a terminal); absent when output is piped or `--quiet`. */
export interface Progress {
  tick(): void;
  stop(): void;
}

/** Why a run stopped before its last input, and how it ends (the reason of `CliIo.signal`). */
export interface Interrupt {
  readonly exitCode: number;
  /** Print the summary of what was done (Ctrl-C), or nothing more (the reader left, the output failed). */
  readonly summary: boolean;
}

export interface CliIo {
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  /** All of standard input, as bytes (read only when `-` is given). */
  readonly stdin: () => Uint8Array;
  readonly version: string;
  /** Start a progress display for `total` inputs (the binary gives a bar when standard error is a terminal). */
  readonly progress?: (total: number) => Progress | undefined;
  /** The clock for the summary's elapsed time (injected: the core reads no clock). */
  readonly now?: () => number;
  /** Aborted (with an `Interrupt` as reason) to stop the run between rows. */
  readonly signal?: AbortSignal;
  /** The machine's cores (injected for tests; default `availableParallelism()`). */
  readonly cores?: number;
}

export interface Plan {
  readonly options: CliOptions;
  readonly inputs: InputRef[];
  readonly skipped: number;
  readonly writer: Writer;
  readonly lineOptions: LineOptions;
  /** How rows are rendered: a worker renders its rows with the same options. */
  readonly render: RenderOptions;
  readonly stdin: () => Uint8Array;
}

export const usageError = (io: CliIo, reason: string): number => {
  io.stderr(`ogi-report: ${reason} (ogi-report --help for more)\n`);
  return 2;
};

/**
 * The commands that read whole documents themselves (a time series, a review page): the in-process CLI passes them
 * as they are, the binary loads each only when it is asked for.
 */
export interface Commands {
  readonly series: (argv: readonly string[], io: CliIo) => number | Promise<number>;
  readonly reviewPage: (options: CliOptions, io: CliIo) => number | Promise<number>;
}

/** Parse arguments and collect inputs: an exit code (help, version, usage error, a review page or series) or a plan to run. */
export function plan(argv: readonly string[], io: CliIo, commands: Commands): number | Promise<number> | Plan {
  if (argv[0] === 'series') return commands.series(argv.slice(1), io);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  if (options.paths.length === 0) return usageError(io, 'no input given');
  if (options.template && !TEMPLATE_IDS.includes(options.template)) return usageError(io, `unknown template "${options.template}" (${TEMPLATE_IDS.join(', ')})`);
  const keys = options.keys ? selectKeys(options.keys) : undefined;
  if (keys && !Array.isArray(keys)) return usageError(io, `--keys: "${keys.unmatched}" matches no record key (docs/record.md)`);
  if (options.format === 'html') return commands.reviewPage(options, io);
  const { inputs, skipped } = collectInputs(options.paths, options.extensions);
  const writer = createWriter(options.format, io.stdout, { bom: options.bom, ...(keys ? { keys } : {}) });
  let stdinBytes: Uint8Array | undefined;
  const lineOptions: LineOptions = {
    parse: {
      input: options.input,
      resolveYearlessDates: options.yearlessDates,
      ...(options.template ? { format: options.template } : {}),
    },
    explain: options.explain,
    allMessages: options.allMessages,
    ...(options.encoding ? { encoding: options.encoding } : {}),
  };
  const render: RenderOptions = { format: options.format, ...(keys ? { keys } : {}) };
  return { options, inputs, skipped, writer, lineOptions, render, stdin: () => (stdinBytes ??= io.stdin()) };
}

/** Write rows, count them, tick the progress, say each failure on standard error; at the end the summary and the exit code. */
export function reporter(p: Plan, io: CliIo): { readonly onRow: (row: Row) => void; readonly finish: () => number } {
  const summary = new RunSummary(p.skipped);
  const started = io.now?.();
  const loud = !p.options.quiet;
  const progress = loud && p.inputs.length > 1 ? io.progress?.(p.inputs.length) : undefined;
  return {
    onRow(row) {
      const line = 'line' in row ? row.line : row.brief;
      summary.add(line);
      // A worker renders a row only for a format that writes row by row, and those writers take rendered rows.
      if ('line' in row) p.writer.write(row.line);
      else p.writer.writeRendered!(row.text);
      if (!line.ok && loud) io.stderr(`ogi-report: ${line.file}: ${line.error.code}: ${line.error.message}\n`);
      progress?.tick();
    },
    finish() {
      progress?.stop();
      const interrupt = io.signal?.aborted ? (io.signal.reason as Interrupt) : undefined;
      if (interrupt && !interrupt.summary) return interrupt.exitCode;
      p.writer.end();
      if (p.inputs.length === 0) io.stderr('ogi-report: no documents found under the given paths\n');
      const elapsed = started === undefined ? 0 : io.now!() - started;
      if (loud && (p.inputs.length > 1 || p.skipped > 0 || interrupt)) io.stderr(summary.format(elapsed, interrupt ? p.inputs.length : undefined));
      return interrupt ? interrupt.exitCode : summary.failed > 0 ? 1 : 0;
    },
  };
}
