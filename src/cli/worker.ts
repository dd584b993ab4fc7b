/** The worker of the batch pool (piscina): reads, decodes and parses one file, returning its CLI line (a PDF's as a promise). */
import type { CliLine } from '../schema/report.js';
import type { InputRef } from './collect-inputs.js';
import { type LineOptions, processInput } from './process-input.js';

export interface Task {
  readonly ref: InputRef;
  readonly options: LineOptions;
}

export default function parseFile(task: Task): CliLine | Promise<CliLine> {
  // Standard input never reaches a worker (the main thread owns it).
  return processInput(task.ref, task.options, () => new Uint8Array());
}
