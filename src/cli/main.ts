/**
 * The CLI as a function (testable in-process): arguments and streams in, exit code out, everything in the calling
 * thread, rows in input order. The binary runs `runCli` (run-cli.ts), which spreads a large batch over workers.
 */
import { inOrder } from './in-order.js';
import { processInput } from './process-input.js';
import { type CliIo, plan, reporter } from './plan.js';
import { writeReviewPage } from './review-page.js';
import { runSeries } from './series.js';

export type { CliIo, Interrupt, Progress } from './plan.js';

const COMMANDS = { series: runSeries, reviewPage: writeReviewPage };

/** Run in the calling thread: at once for text inputs; from the first PDF on (pdf.js is asynchronous), as a promise. */
export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  const p = plan(argv, io, COMMANDS);
  if (typeof p === 'number' || p instanceof Promise) return p;
  const { onRow, finish } = reporter(p, io);
  return inOrder(p.inputs, (ref) => processInput(ref, p.lineOptions, p.stdin), (line) => onRow({ line }), finish);
}

