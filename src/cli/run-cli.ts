/**
 * The binary's run: a batch goes to a pool of worker threads (`--jobs`, or one per core for a batch that pays for
 * them), else runs here, and can be stopped between rows (the reader left, the output failed, Ctrl-C). The parser
 * is loaded in this thread only when it parses here: in a pooled batch the workers start while this thread has
 * loaded only the planning code (about 100 ms sooner than with the parser loaded first).
 */
import { availableParallelism } from 'node:os';
import { readSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../batch/limits.js';
import type { InputRef } from './collect-inputs.js';
import { defaultJobs } from './default-jobs.js';
import type { CliLine } from '../schema/report.js';
import { type CliIo, type Commands, plan, reporter } from './plan.js';
import type { LineOptions } from './process-input.js';

// Below this many inputs, starting worker threads costs more than it saves.
const POOL_THRESHOLD = 48;
// More threads than this many per core only add memory (each has its own heap) and contention.
const THREADS_PER_CORE = 2;

const COMMANDS: Commands = {
  series: (argv, io) => import('./series.js').then(({ runSeries }) => runSeries(argv, io)),
  reviewPage: (options, io) => import('./review-page.js').then(({ writeReviewPage }) => writeReviewPage(options, io)),
};

/** Standard input in a pooled batch, parsed in this thread (it is read here): the parser is loaded for it then. */
async function stdinHere(ref: InputRef, options: LineOptions, stdin: () => Uint8Array): Promise<CliLine> {
  const { processInput } = await import('./process-input.js');
  return processInput(ref, options, stdin);
}

/** The threads for `jobs` asked on a machine with `cores`: at most a few per core, never more than the inputs. */
export function threadCount(jobs: number, cores: number, inputs: number): number {
  return Math.max(1, Math.min(jobs, THREADS_PER_CORE * cores, inputs));
}

/** Run as the binary does: a batch goes to a pool of worker threads (`--jobs`, or one per core for a batch that pays for them). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const p = plan(argv, io, COMMANDS);
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
    const { processInput } = await import('./process-input.js');
    for (const ref of p.inputs) {
      // Yield to the event loop between rows, so a closed pipe, a write error or Ctrl-C is seen at once.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stopped()) break;
      onRow({ line: await processInput(ref, p.lineOptions, p.stdin) });
    }
  } else {
    const { runPool } = await import('./pool.js');
    await runPool(p.inputs, p.lineOptions, p.render, jobs, (ref) => stdinHere(ref, p.lineOptions, p.stdin), onRow, io.signal);
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
