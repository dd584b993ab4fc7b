/**
 * `--format html`: every input parsed and shown on one review page (an index first when there are several),
 * written to standard output. Inputs that fail are listed in the index, said on standard error, and make the
 * exit code 1.
 */
import { renderReviewPage, type ReviewDocument } from '../review/index.js';
import type { CliLine } from '../schema/report.js';
import type { CliOptions } from './args.js';
import { collectInputs } from './collect-inputs.js';
import { inOrder } from './in-order.js';
import { type Loaded, failureLine, loadReport, parseOptionsOf } from './load-report.js';
import type { CliIo } from './plan.js';

export function writeReviewPage(options: CliOptions, io: CliIo): number | Promise<number> {
  const parse = parseOptionsOf(options);
  const documents: ReviewDocument[] = [];
  const failed: Array<{ name: string; code: string; message: string }> = [];
  const use = (loaded: Loaded | (CliLine & { ok: false })): void => {
    if ('report' in loaded) documents.push(loaded);
    else {
      failed.push({ name: loaded.file, ...loaded.error });
      io.stderr(failureLine(loaded));
    }
  };
  return inOrder(collectInputs(options.paths, options.extensions).inputs, (ref) => loadReport(ref, parse, io.stdin), use, () => {
    io.stdout(renderReviewPage(documents, { failed }));
    return failed.length > 0 ? 1 : 0;
  });
}
