/**
 * The CLI as functions (testable in-process): arguments and streams in, exit code out. `main` runs everything in
 * the calling thread; `runCli` (the binary) spreads a batch over worker threads. Both write rows in input order.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { getFormat } from '../formats/index.js';
import type { CliLine } from '../schema/report.js';
import { USAGE, parseCliArgs, type CliOptions } from './args.js';
import { type InputRef, collectInputs } from './collect-inputs.js';
import { createWriter, type Writer } from './output.js';
import { type LineOptions, processInput } from './process-input.js';
import { writeReviewPage } from './review-page.js';
import { runSeries } from './series.js';
import { RunSummary } from './summary.js';

/** A progress display (a bar on a terminal); absent when output is piped or `--quiet`. */
export interface Progress {
  tick(): void;
  stop(): void;
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
}

// Below this many inputs, starting worker threads costs more than it saves.
const POOL_THRESHOLD = 48;

interface Plan {
  readonly options: CliOptions;
  readonly inputs: InputRef[];
  readonly writer: Writer;
  readonly lineOptions: LineOptions;
  readonly stdin: () => Uint8Array;
}

/** Parse arguments and collect inputs: an exit code (help, version, usage error) or a plan to run. */
function plan(argv: readonly string[], io: CliIo): number | Plan {
  if (argv[0] === 'series') return runSeries(argv.slice(1), io);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`ogi-report: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  if (options.paths.length === 0) {
    io.stderr(`ogi-report: no input given\n\n${USAGE}\n`);
    return 2;
  }
  if (options.template && !getFormat(options.template)) {
    io.stderr(`ogi-report: unknown template "${options.template}" (ogi-2008, ogi-2019, ogi-2021)\n`);
    return 2;
  }
  if (options.format === 'html') return writeReviewPage(options, io);
  const inputs = collectInputs(options.paths);
  const many = inputs.length !== 1;
  const writer = createWriter(options.format ?? (many ? 'ndjson' : 'json'), io.stdout, { bom: options.bom, many });
  let stdinBytes: Uint8Array | undefined;
  const lineOptions: LineOptions = {
    parse: {
      input: options.input,
      resolveYearlessDates: options.yearlessDates,
      ...(options.template ? { format: options.template } : {}),
    },
    explain: options.explain,
    allMessages: options.allMessages,
  };
  return { options, inputs, writer, lineOptions, stdin: () => (stdinBytes ??= io.stdin()) };
}

/** Write rows, count them, tick the progress; at the end the summary and the exit code. */
function reporter(p: Plan, io: CliIo): { readonly onLine: (line: CliLine) => void; readonly finish: () => number } {
  const summary = new RunSummary();
  const started = io.now?.();
  const showSummary = !p.options.quiet && p.inputs.length > 1;
  const progress = !p.options.quiet && p.inputs.length > 1 ? io.progress?.(p.inputs.length) : undefined;
  return {
    onLine(line) {
      summary.add(line);
      p.writer.write(line);
      progress?.tick();
    },
    finish() {
      progress?.stop();
      p.writer.end();
      if (p.inputs.length === 0) io.stderr('ogi-report: no documents found under the given paths\n');
      if (showSummary) io.stderr(summary.format(started === undefined ? 0 : io.now!() - started));
      return summary.failed > 0 ? 1 : 0;
    },
  };
}

/** Run in the calling thread. */
export function main(argv: readonly string[], io: CliIo): number {
  const p = plan(argv, io);
  if (typeof p === 'number') return p;
  const { onLine, finish } = reporter(p, io);
  for (const ref of p.inputs) onLine(processInput(ref, p.lineOptions, p.stdin));
  return finish();
}

/** Run as the binary does: a batch goes to a pool of worker threads (one per core unless `--jobs`). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const p = plan(argv, io);
  if (typeof p === 'number') return p;
  const jobs = p.options.jobs ?? availableParallelism();
  const { onLine, finish } = reporter(p, io);
  if (jobs <= 1 || p.inputs.length < POOL_THRESHOLD) {
    for (const ref of p.inputs) onLine(processInput(ref, p.lineOptions, p.stdin));
  } else {
    const { runPool } = await import('./pool.js');
    await runPool(p.inputs, p.lineOptions, jobs, (ref) => processInput(ref, p.lineOptions, p.stdin), onLine);
  }
  return finish();
}

/** Read all of standard input synchronously (the CLI processes inputs in order). */
export function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    return new Uint8Array();
  }
}
