/**
 * The worker of the batch pool (piscina): reads, decodes and parses a batch of files, and renders each row as the
 * output will print it, so the main thread only writes text (no copy of whole rows between threads, no second
 * serialisation in the main thread). The table format needs whole rows: they are sent as they are.
 */
import type { CliLine } from '../schema/report.js';
import type { InputRef } from './collect-inputs.js';
import { inOrder } from './in-order.js';
import { type RenderOptions, rowRenderer } from './output.js';
import { type LineOptions, processInput } from './process-input.js';
import { type RowBrief, briefOf } from './summary.js';

export interface Task {
  readonly refs: readonly InputRef[];
  readonly options: LineOptions;
  readonly render: RenderOptions;
}

/** A row as the pool delivers it: the whole line, or its brief and its rendered text. */
export type Row = { readonly line: CliLine } | { readonly brief: RowBrief; readonly text: string };

// One run sends the same render options with every task: the renderer is made once per worker.
let renderer: { readonly key: string; readonly render: ((line: CliLine) => string) | undefined } | undefined;

function renderFor(options: RenderOptions): ((line: CliLine) => string) | undefined {
  const key = JSON.stringify(options);
  if (renderer?.key !== key) renderer = { key, render: rowRenderer(options) };
  return renderer.render;
}

/** The batch's rows in order; a promise once the batch holds a PDF (pdf.js is asynchronous). */
export default function parseFiles(task: Task): Row[] | Promise<Row[]> {
  const render = renderFor(task.render);
  const rows: Row[] = [];
  const done = inOrder(
    task.refs,
    // Standard input never reaches a worker (the main thread owns it).
    (ref) => processInput(ref, task.options, () => new Uint8Array()),
    (line) => rows.push(render ? { brief: briefOf(line), text: render(line) } : { line }),
    () => rows.length,
  );
  return done instanceof Promise ? done.then(() => rows) : rows;
}
