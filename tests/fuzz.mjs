#!/usr/bin/env node
/**
 * `npm run fuzz -- --seed 7 --runs 5000`: the property suites (tests/robustness, the standard-table properties)
 * with a chosen seed and run count, far beyond the bounded runs of `npm test`. Prints the seed so a failure can be
 * replayed exactly.
 */
import { spawnSync } from 'node:child_process';
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
console.log(`fuzz: seed ${seed}, ${runs} runs per property (replay with: npm run fuzz -- --seed ${seed} --runs ${runs})`);
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'tests/vitest.config.ts', 'tests/robustness/', 'tests/formats/standard-tables.property.test.ts', '--testTimeout', '0'],
  { stdio: 'inherit', env: { ...process.env, OGI_FUZZ_SEED: seed, OGI_PROPERTY_RUNS: runs } },
);
process.exit(result.status ?? 1);
