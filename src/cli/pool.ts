/**
 * Many inputs across worker threads (piscina), rows delivered in input order as soon as every earlier row is done.
 * Files go in batches of consecutive inputs (one message per batch, not per file), and the workers render the rows
 * (see worker.ts): the main thread only writes text. A bounded window of batches in flight keeps memory flat on a
 * run over 100,000 files.
 */
import { Piscina } from 'piscina';
import type { CliLine } from '../schema/report.js';
import type { InputRef } from './collect-inputs.js';
import type { RenderOptions } from './output.js';
import type { LineOptions } from './process-input.js';
import type { Row, Task } from './worker.js';

// A batch is at most this many files: a few tens of milliseconds of work, so rows still come out steadily and the
// last batches spread over every worker.
const MAX_BATCH = 16;
// Enough batches per worker to cover the round trip; the window also bounds the rows held back waiting for order.
const BATCHES_PER_WORKER = 4;

/** Consecutive inputs handled as one: a batch of files for a worker, or standard input alone (the main thread's). */
interface Unit {
  readonly from: number;
  readonly to: number;
}

/** The batch size for `count` inputs on `jobs` workers: small runs in single files, so every worker gets some. */
export function batchSize(count: number, jobs: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(count / (jobs * 32))));
}

function unitsOf(inputs: readonly InputRef[], size: number): Unit[] {
  const units: Unit[] = [];
  let from = 0;
  for (let i = 0; i < inputs.length; i++) {
    if (inputs[i]!.kind === 'stdin') {
      if (from < i) units.push({ from, to: i });
      units.push({ from: i, to: i + 1 });
      from = i + 1;
    } else if (i + 1 - from === size) {
      units.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < inputs.length) units.push({ from, to: inputs.length });
  return units;
}

export async function runPool(
  inputs: readonly InputRef[],
  options: LineOptions,
  render: RenderOptions,
  jobs: number,
  inMainThread: (ref: InputRef) => CliLine | Promise<CliLine>,
  onRow: (row: Row) => void,
  signal?: AbortSignal,
): Promise<void> {
  const pool = new Piscina<Task, Row[]>({
    filename: new URL('./cli-worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    recordTiming: false,
  });
  // After a stop (the reader left, Ctrl-C), a task still running (a PDF takes a while) may answer after destroy()
  // dropped it; piscina emits that as an 'error', which unheard would crash the run the stop meant to end quietly.
  pool.on('error', (error: unknown) => {
    if (!signal?.aborted) throw error;
  });
  const runOne = (ref: InputRef): Promise<Row> =>
    pool.run({ refs: [ref], options, render }).then(
      (rows) => rows[0]!,
      (error: unknown) => ({ line: { file: ref.name, ok: false, error: { code: 'parse.failed', message: `worker failed: ${String(error)}` } } }),
    );
  const units = unitsOf(inputs, batchSize(inputs.length, jobs));
  const window = jobs * BATCHES_PER_WORKER;
  const done = new Map<number, Row[]>();
  let next = 0;
  let submitted = 0;
  try {
    await new Promise<void>((resolve) => {
      // Stopped (the reader left, the output failed, Ctrl-C): no more rows; the pool is torn down below.
      signal?.addEventListener('abort', () => resolve(), { once: true });
      const flush = (): void => {
        while (done.has(next) && !signal?.aborted) {
          const rows = done.get(next)!;
          done.delete(next);
          next++;
          for (const row of rows) {
            if (signal?.aborted) break;
            onRow(row);
          }
        }
        if (next === units.length || signal?.aborted) resolve();
        else submit();
      };
      const settle = (index: number, rows: Row[]): void => {
        done.set(index, rows);
        flush();
      };
      const submit = (): void => {
        while (submitted < units.length && submitted - next < window) {
          const index = submitted++;
          const { from, to } = units[index]!;
          const refs = inputs.slice(from, to);
          if (refs[0]!.kind === 'stdin') {
            void Promise.resolve(inMainThread(refs[0]!)).then((line) => settle(index, [{ line }]));
            continue;
          }
          pool.run({ refs, options, render }).then(
            (rows) => settle(index, rows),
            // A worker that died (out of memory on one file) takes its batch with it: the files are run again one
            // by one, so only the file that kills a worker gets the failed row.
            () => void Promise.all(refs.map((ref) => runOne(ref))).then((rows) => settle(index, rows)),
          );
        }
      };
      if (units.length === 0) resolve();
      else submit();
    });
  } finally {
    await pool.destroy();
  }
}
