#!/usr/bin/env node
/** Entry point of the `ogi-report` command: the only place that touches process streams. */
import { createRequire } from 'node:module';
import { main, readStdin } from './main.js';

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

// A reader that stops early (`ogi-report dir | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Writes go straight to the file descriptors so a piped consumer sees rows as they are produced.
const code = main(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stdin: readStdin,
  version,
});
process.exitCode = code;
