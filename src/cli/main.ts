/**
 * The CLI as functions (testable in-process): arguments and streams in, exit code out. `main` runs everything in
 * the calling thread; `runCli` (the binary) spreads a batch over worker threads and can be stopped between rows
 * (the reader left, the output failed, Ctrl-C). Both write rows in input order.
 */
import { availableParallelism } from 'node:os';
import { readSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../batch/parse-bytes.js';
import { getFormat } from '../formats/index.js';
import { USAGE, parseCliArgs, type CliOptions } from './args.js';
import { type InputRef, collectInputs } from './collect-inputs.js';
import { defaultJobs } from './default-jobs.js';
import { inOrder } from './in-order.js';
import { type RenderOptions, createWriter, selectKeys, type Writer } from './output.js';
import { type LineOptions, processInput } from './process-input.js';
import { writeReviewPage } from './review-page.js';
import { runSeries } from './series.js';
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

// Below this many inputs, starting worker threads costs more than it saves.
const POOL_THRESHOLD = 48;
// More threads than this many per core only add memory (each has its own heap) and contention.
const THREADS_PER_CORE = 2;

interface Plan {
  readonly options: CliOptions;
  readonly inputs: InputRef[];
  readonly skipped: number;
  readonly writer: Writer;
  readonly lineOptions: LineOptions;
  /** How rows are rendered: a worker renders its rows with the same options. */
  readonly render: RenderOptions;
  readonly stdin: () => Uint8Array;
}

const usageError = (io: CliIo, reason: string): number => {
  io.stderr(`ogi-report: ${reason} (ogi-report --help for more)\n`);
  return 2;
};

/** Parse arguments and collect inputs: an exit code (help, version, usage error, a review page or series) or a plan to run. */
function plan(argv: readonly string[], io: CliIo): number | Promise<number> | Plan {
  if (argv[0] === 'series') return runSeries(argv.slice(1), io);
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
  if (options.template && !getFormat(options.template)) return usageError(io, `unknown template "${options.template}" (ogi-2008, ogi-2019, ogi-2021)`);
  const keys = options.keys ? selectKeys(options.keys) : undefined;
  if (keys && !Array.isArray(keys)) return usageError(io, `--keys: "${keys.unmatched}" matches no record key (docs/record.md)`);
  if (options.format === 'html') return writeReviewPage(options, io);
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
function reporter(p: Plan, io: CliIo): { readonly onRow: (row: Row) => void; readonly finish: () => number } {
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

/** Run in the calling thread: at once for text inputs; from the first PDF on (pdf.js is asynchronous), as a promise. */
export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  const p = plan(argv, io);
  if (typeof p === 'number' || p instanceof Promise) return p;
  const { onRow, finish } = reporter(p, io);
  return inOrder(p.inputs, (ref) => processInput(ref, p.lineOptions, p.stdin), (line) => onRow({ line }), finish);
}

/** The threads for `jobs` asked on a machine with `cores`: at most a few per core, never more than the inputs. */
export function threadCount(jobs: number, cores: number, inputs: number): number {
  return Math.max(1, Math.min(jobs, THREADS_PER_CORE * cores, inputs));
}

/** Run as the binary does: a batch goes to a pool of worker threads (`--jobs`, or one per core for a batch that pays for them). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const p = plan(argv, io);
  if (typeof p === 'number' || p instanceof Promise) return p;
  const cores = io.cores ?? availableParallelism();
  const asked = p.options.jobs ?? defaultJobs(cores, p.inputs);
  if (asked > THREADS_PER_CORE * cores && !p.options.quiet) {
    io.stderr(`ogi-report: --jobs ${asked} capped at ${THREADS_PER_CORE * cores} (${THREADS_PER_CORE} per core on ${cores} core(s)): more threads only cost memory\n`);
  }
  const jobs = threadCount(asked, cores, p.inputs.length);
  const { onRow, finish } = reporter(p, io);
  const stopped = (): boolean => io.signal?.aborted === true;
  if (jobs <= 1 || p.inputs.length < POOL_THRESHOLD) {
    for (const ref of p.inputs) {
      // Yield to the event loop between rows, so a closed pipe, a write error or Ctrl-C is seen at once.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stopped()) break;
      onRow({ line: await processInput(ref, p.lineOptions, p.stdin) });
    }
  } else {
    const { runPool } = await import('./pool.js');
    await runPool(p.inputs, p.lineOptions, p.render, jobs, (ref) => processInput(ref, p.lineOptions, p.stdin), onRow, io.signal);
  }
  return finish();
}

/**
 * Read standard input synchronously (the CLI processes inputs in order), at most one byte past the size limit: an
 * endless stream (`< /dev/zero`) is cut there and gets its `input.too-large` row instead of exhausting memory.
 */
export function readStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (total <= MAX_INPUT_BYTES) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - total));
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking descriptor with nothing yet: wait a moment and read again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}
