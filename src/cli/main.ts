/** The CLI as a function (testable in-process): arguments and streams in, exit code out. */
import { readFileSync } from 'node:fs';
import { getFormat } from '../formats/index.js';
import { USAGE, parseCliArgs, type CliOptions } from './args.js';
import { collectInputs } from './collect-inputs.js';
import { createWriter } from './output.js';
import { processInput } from './process-input.js';

export interface CliIo {
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  /** All of standard input, as bytes (read only when `-` is given). */
  readonly stdin: () => Uint8Array;
  readonly version: string;
}

export function main(argv: readonly string[], io: CliIo): number {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`ogi-report: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  if (options.paths.length === 0) {
    io.stderr(`ogi-report: no input given\n\n${USAGE}\n`);
    return 2;
  }
  if (options.template && !getFormat(options.template)) {
    io.stderr(`ogi-report: unknown template "${options.template}" (ogi-2008, ogi-2019, ogi-2021)\n`);
    return 2;
  }
  const inputs = collectInputs(options.paths);
  const many = inputs.length !== 1;
  const writer = createWriter(options.format ?? (many ? 'ndjson' : 'json'), io.stdout, { bom: options.bom, many });
  let stdinBytes: Uint8Array | undefined;
  const stdin = (): Uint8Array => (stdinBytes ??= io.stdin());
  let failed = 0;
  for (const ref of inputs) {
    const line = processInput(
      ref,
      {
        parse: {
          input: options.input,
          resolveYearlessDates: options.yearlessDates,
          ...(options.template ? { format: options.template } : {}),
        },
        explain: options.explain,
        allMessages: options.allMessages,
      },
      stdin,
    );
    if (!line.ok) failed++;
    writer.write(line);
  }
  writer.end();
  if (inputs.length === 0) io.stderr('ogi-report: no documents found under the given paths\n');
  return failed > 0 ? 1 : 0;
}

/** Read all of standard input synchronously (the CLI processes inputs in order). */
export function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    return new Uint8Array();
  }
}
