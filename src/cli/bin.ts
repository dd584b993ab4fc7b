#!/usr/bin/env node
/** Entry point of the `ogi-report` command: the only place that touches process streams, signals and the clock. */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Smaller inlining budgets for the optimising compiler (V8's defaults: 460 and 920 bytes of bytecode). A batch of a
// few thousand files spends about a third of its CPU compiling, in every thread, and these budgets cut the run's CPU
// by 9-16 % with the same steady throughput (docs/performance.md, "The CLI's compiler budget").
const JIT_FLAGS = ['--max-inlined-bytecode-size=60', '--max-inlined-bytecode-size-cumulative=200'];

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
const argv = process.argv.slice(2);

// `--version` alone answers before the parser is loaded: a tool that probes it should not pay for the library.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${version}\n`);
} else {
  await run();
}

async function run(): Promise<void> {
  // Set before the parser loads, so that every compile (this thread's and the workers') uses them; a budget the user
  // set on the node command line is theirs.
  const own = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (!own.includes('inlined-bytecode-size')) {
    try {
      for (const flag of JIT_FLAGS) setFlagsFromString(flag);
    } catch {
      // A runtime without V8's flags (another engine behind node:v8) runs with its own compiler settings.
    }
  }
  const [{ SingleBar }, { readStdin, runCli }] = await Promise.all([import('cli-progress'), import('./run-cli.js')]);
  type Interrupt = import('./plan.js').Interrupt;
  type Progress = import('./plan.js').Progress;
  const stop = new AbortController();
  const abort = (reason: Interrupt): void => {
    if (!stop.signal.aborted) stop.abort(reason);
  };

  // A reader that stops early (`ogi-report dir | head`) closes the pipe: stop at once and quietly, as Unix tools do.
  // Any other write error (ENOSPC: the disk is full) is said once, the run stops, and no summary claims success.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stop.signal.aborted) return;
    if (error.code === 'EPIPE') return abort({ exitCode: 0, summary: false });
    process.stderr.write(`ogi-report: cannot write the output: ${error.message}\n`);
    abort({ exitCode: 1, summary: false });
  });
  // Ctrl-C: finish the row being written, restore the terminal, say what was done, exit 130. A second one forces it.
  process.on('SIGINT', () => {
    if (stop.signal.aborted) process.exit(130);
    abort({ exitCode: 130, summary: true });
  });

  /** A progress bar on standard error, only when it is a terminal (never in a pipe or a log file). */
  const progressBar = (total: number): Progress | undefined => {
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
  };

  try {
    // Writes go straight to the file descriptors so a piped consumer sees rows as they are produced.
    process.exitCode = await runCli(argv, {
      stdout: (chunk) => {
        if (!stop.signal.aborted) process.stdout.write(chunk);
      },
      stderr: (chunk) => process.stderr.write(chunk),
      stdin: readStdin,
      version,
      progress: progressBar,
      now: () => performance.now(),
      signal: stop.signal,
    });
  } catch (error) {
    process.stderr.write(`ogi-report: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
  // Workers torn down and rows written: leave now rather than wait on a stream that can no longer drain.
  if (stop.signal.aborted) process.exit(process.exitCode);
}
