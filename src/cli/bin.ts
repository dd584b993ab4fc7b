#!/usr/bin/env node
/** Entry point of the `ogi-report` command: the only place that touches process streams and the clock. */
import { createRequire } from 'node:module';
import { SingleBar } from 'cli-progress';
import { type Progress, readStdin, runCli } from './main.js';

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

// A reader that stops early (`ogi-report dir | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** A progress bar on standard error, only when it is a terminal (never in a pipe or a log file). */
function progressBar(total: number): Progress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'ogi-report [{bar}] {value}/{total} files | {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 200,
    fps: 10,
  });
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

// Writes go straight to the file descriptors so a piped consumer sees rows as they are produced.
runCli(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stdin: readStdin,
  version,
  progress: progressBar,
  now: () => performance.now(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ogi-report: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
