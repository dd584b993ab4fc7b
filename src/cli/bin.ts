#!/usr/bin/env node
/** Entry point of the `ogi-report` command: the only place that touches process streams. */
import { createRequire } from 'node:module';
import { main, readStdin } from './main.js';

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

// Writes go straight to the file descriptors so a piped consumer sees rows as they are produced.
const code = main(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stdin: readStdin,
  version,
});
process.exitCode = code;
