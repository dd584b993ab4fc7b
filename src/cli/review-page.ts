/**
 * `--format html`: every input parsed and shown on one review page (an index first when there are several),
 * written to standard output. Inputs that fail are listed in the index, said on standard error, and make the
 * exit code 1.
 */
import { renderReviewPage, type ReviewDocument } from '../review/index.js';
import type { CliOptions } from './args.js';
import { collectInputs } from './collect-inputs.js';
import { failureLine, loadReport, parseOptionsOf } from './load-report.js';
import type { CliIo } from './main.js';

export function writeReviewPage(options: CliOptions, io: CliIo): number {
  const parse = parseOptionsOf(options);
  const documents: ReviewDocument[] = [];
  const failed: Array<{ name: string; code: string; message: string }> = [];
  for (const ref of collectInputs(options.paths, options.extensions).inputs) {
    const loaded = loadReport(ref, parse, io.stdin);
    if ('report' in loaded) documents.push(loaded);
    else {
      failed.push({ name: loaded.file, ...loaded.error });
      io.stderr(failureLine(loaded));
    }
  }
  io.stdout(renderReviewPage(documents, { failed }));
  return failed.length > 0 ? 1 : 0;
}
