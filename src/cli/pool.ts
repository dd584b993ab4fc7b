/**
 * Many inputs across worker threads (piscina), rows delivered in input order as soon as every earlier row is done.
 * A bounded window of tasks in flight keeps memory flat on a run over 100,000 files.
 */
import { Piscina } from 'piscina';
import type { CliLine } from '../schema/report.js';
import type { InputRef } from './collect-inputs.js';
import type { LineOptions } from './process-input.js';
import type { Task } from './worker.js';

export async function runPool(
  inputs: readonly InputRef[],
  options: LineOptions,
  jobs: number,
  inMainThread: (ref: InputRef) => CliLine | Promise<CliLine>,
  onLine: (line: CliLine) => void,
  signal?: AbortSignal,
): Promise<void> {
  const pool = new Piscina<Task, CliLine>({
    filename: new URL('./cli-worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  // After a stop (the reader left, Ctrl-C), a task still running (a PDF takes a while) may answer after destroy()
  // dropped it; piscina emits that as an 'error', which unheard would crash the run the stop meant to end quietly.
  pool.on('error', (error: unknown) => {
    if (!signal?.aborted) throw error;
  });
  const window = jobs * 16;
  const done = new Map<number, CliLine>();
  let next = 0;
  let submitted = 0;
  try {
    await new Promise<void>((resolve) => {
      // Stopped (the reader left, the output failed, Ctrl-C): no more rows; the pool is torn down below.
      signal?.addEventListener('abort', () => resolve(), { once: true });
      const flush = (): void => {
        while (done.has(next) && !signal?.aborted) {
          const line = done.get(next)!;
          done.delete(next);
          next++;
          onLine(line);
        }
        if (next === inputs.length || signal?.aborted) resolve();
        else submit();
      };
      const settle = (index: number, line: CliLine): void => {
        done.set(index, line);
        flush();
      };
      const submit = (): void => {
        while (submitted < inputs.length && submitted - next < window) {
          const index = submitted++;
          const ref = inputs[index]!;
          if (ref.kind === 'stdin') {
            void Promise.resolve(inMainThread(ref)).then((line) => settle(index, line));
            continue;
          }
          pool.run({ ref, options }).then(
            (line) => settle(index, line),
            (error: unknown) =>
              settle(index, { file: ref.name, ok: false, error: { code: 'parse.failed', message: `worker failed: ${String(error)}` } }),
          );
        }
      };
      if (inputs.length === 0) resolve();
      else submit();
    });
  } finally {
    await pool.destroy();
  }
}
