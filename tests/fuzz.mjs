#!/usr/bin/env node
/**
 * `npm run fuzz -- --seed 7 --runs 5000`: the property suites (the any-input properties, the standard-table
 * properties) with a chosen seed and run count, far beyond the bounded runs of `npm test`. Prints the seed so a
 * failure can be replayed exactly.
 *
 * The properties are split into jobs of about equal cost, run side by side, one per core: vitest keeps a core for
 * itself (it starts `cores - 1` workers, so one on a 2-core machine) and runs each file in a single worker, so one
 * run of every property used to take one core for the sum of all of them. The timing suites of tests/robustness
 * (linear-time, removal) take no seed or run count; they stay in `npm test`, where no fuzz job disturbs their ratios.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, runs: { type: 'string', default: '2000' } },
});
const seed = values.seed ?? String(Date.now() % 2 ** 31);
const runs = values.runs;
if (!/^\d+$/.test(seed) || !/^\d+$/.test(runs)) {
  console.error('usage: npm run fuzz -- [--seed N] [--runs N]');
  process.exit(2);
}

const TABLES = 'tests/formats/standard-tables.property.test.ts';
const ANY = 'tests/robustness/any-input.property.test.ts';
// Measured at --runs 200 (CPU s): the 2019 tables 80, the 2021 tables 50, the any-input properties 26.
const JOBS = [
  { name: '2019 tables', files: [TABLES], names: 'random 2019 tables' },
  { name: '2021 tables, any input', files: [TABLES, ANY], names: 'random 2021 tables|any input|HTML the parser|mutated fixtures' },
];
const parallel = Math.min(JOBS.length, availableParallelism());

console.log(`fuzz: seed ${seed}, ${runs} runs per property, ${JOBS.length} jobs ${parallel} at a time (replay with: npm run fuzz -- --seed ${seed} --runs ${runs})`);

/** One vitest run of a job; its output lines are prefixed with the job's name. Resolves to its exit code. */
function runJob(job) {
  return new Promise((resolve) => {
    const child = spawn(
      'npx',
      ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...job.files, '-t', job.names, '--testTimeout', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OGI_FUZZ_SEED: seed, OGI_PROPERTY_RUNS: runs } },
    );
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${job.name}] ${line}`));
    }
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const codes = [];
const queue = [...JOBS];
await Promise.all(
  Array.from({ length: parallel }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) codes.push(await runJob(job));
  }),
);
const failed = codes.filter((c) => c !== 0).length;
console.log(failed === 0 ? `fuzz: every job passed (seed ${seed}, ${runs} runs)` : `fuzz: ${failed} of ${JOBS.length} jobs failed (seed ${seed}, ${runs} runs)`);
process.exit(failed === 0 ? 0 : 1);
