/**
 * How many worker threads a run takes when `--jobs` is not given. A worker is a new V8 isolate: it loads the parser
 * and compiles it again, about 2 s of CPU before it runs at full speed (docs/performance.md), while `-j 1` already
 * uses about 1.4 cores (its compiler and collector threads run on a second one). So threads pay off only for a batch
 * whose work covers that: measured on 2 cores over copies of the real corpus, `-j 2` took 1.04-1.22× the wall time
 * of `-j 1` on 2,000 files (13 MB), the same on 3,000 (20 MB: 5.4 s against 5.6 s), 0.82× on 4,000 (27 MB).
 */
import { MAX_INPUT_BYTES } from '../batch/limits.js';
import { type InputRef, namedPdf } from './collect-inputs.js';

/**
 * Bytes of text a pool must save to pay for its workers' start. Split over `cores` threads, a batch's work is
 * shortened by (cores − 1) / cores of it, so the batch must hold this much × cores / (cores − 1): 20 MB on 2 cores
 * (measured), 13 MB on 4 and 11 MB on 8 (the same rule, not measured on such machines).
 */
export const POOL_BREAK_EVEN_BYTES = 10_000_000;

/** A byte of PDF costs about ten of text (pdf.js extracts about 0.6 MB/s; text parses at about 5 MB/s). */
export const PDF_BYTE_WEIGHT = 10;

/**
 * The batch's work in bytes of text: the sizes the walk saw (standard input and unknown sizes count nothing, nor
 * does a file over the input limit: it is refused unread).
 */
export function batchWork(inputs: readonly InputRef[]): number {
  let work = 0;
  for (const ref of inputs) {
    if (ref.kind !== 'file' || ref.size === undefined || ref.size > MAX_INPUT_BYTES) continue;
    work += namedPdf(ref.name) ? PDF_BYTE_WEIGHT * ref.size : ref.size;
  }
  return work;
}

/** One thread per core for a batch whose work pays for the workers, else 1 (no workers). */
export function defaultJobs(cores: number, inputs: readonly InputRef[]): number {
  if (cores <= 1) return 1;
  return batchWork(inputs) * (cores - 1) >= POOL_BREAK_EVEN_BYTES * cores ? cores : 1;
}
