// The CLI over many real files, `-j 1` against `-j 2`, and without `--jobs` (the thread count the CLI picks): wall
// time and CPU time (user + system of the whole process tree), the three in rotation, medians. Also runnable alone:
// node bench/workers.mjs [files] [rounds]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from './corpus.mjs';
import { MB, childrenCpuSeconds, fmt, median } from './measure.mjs';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;

/** `files` copies of the real corpus's documents, 500 to a directory, in a new temp dir. */
function copies(docs, files) {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-cli-'));
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const d = docs[i % docs.length];
    const sub = join(dir, String(Math.floor(i / 500)).padStart(2, '0'));
    if (i % 500 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.txt`), d.bytes);
    bytes += d.size;
  }
  return { dir, bytes };
}

/** One CLI run over `dir`: `jobs` threads, or the CLI's own choice when `jobs` is 'default' (no --jobs). */
function runOnce(dir, jobs) {
  const cpu0 = childrenCpuSeconds();
  const t0 = performance.now();
  const threads = jobs === 'default' ? [] : ['--jobs', String(jobs)];
  const r = spawnSync(process.execPath, [cli, ...threads, '--quiet', '-f', 'ndjson', dir], { maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpu0 === undefined ? undefined : childrenCpuSeconds() - cpu0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`ogi-report -j ${jobs} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu, digest: createHash('sha256').update(r.stdout).digest('hex'), rows: r.stdout.toString().trim().split('\n').length };
}

/**
 * Alternating -j 1 / -j 2 runs over `files` copies, and runs without --jobs (the thread count the CLI picks for the
 * batch); medians of wall and CPU seconds, and the ratios of -j 2 to -j 1.
 */
export function benchWorkers({ files = 2000, rounds = 5, log = console.log } = {}) {
  const { docs } = loadCorpus();
  const { dir, bytes } = copies(docs, files);
  try {
    const runs = { 1: [], 2: [], default: [] };
    for (let k = 0; k < rounds; k++) {
      // Rotate which goes first, so a load that changes during a round does not always favour one.
      const order = [1, 2, 'default'];
      for (let i = 0; i < order.length; i++) {
        const jobs = order[(i + k) % order.length];
        runs[jobs].push(runOnce(dir, jobs));
      }
    }
    const digests = new Set([...runs[1], ...runs[2], ...runs.default].map((r) => r.digest));
    const stat = (jobs) => ({
      wall: median(runs[jobs].map((r) => r.wall)),
      cpu: runs[jobs][0].cpu === undefined ? undefined : median(runs[jobs].map((r) => r.cpu)),
      rows: runs[jobs][0].rows,
    });
    const j1 = stat(1);
    const j2 = stat(2);
    const auto = stat('default');
    const result = { files, MB: MB(bytes), rounds, j1, j2, auto, wallRatio: j2.wall / j1.wall, cpuRatio: j1.cpu ? j2.cpu / j1.cpu : undefined, sameOutput: digests.size === 1 };
    log(`  ${files} real files (${fmt(result.MB, 1)} MB), ${rounds} rotating runs each, medians:`);
    for (const [name, s] of [['-j 1', j1], ['-j 2', j2], ['no -j', auto]]) {
      log(`    ${name.padEnd(5)}  wall ${fmt(s.wall, 2).padStart(6)} s  CPU ${s.cpu === undefined ? '–' : fmt(s.cpu, 2).padStart(6)} s  ${fmt(files / s.wall, 0)} files/s, ${s.rows} rows`);
    }
    log(`    -j 2 / -j 1: wall ${fmt(result.wallRatio, 2)}×, CPU ${result.cpuRatio === undefined ? '–' : `${fmt(result.cpuRatio, 2)}×`}; output ${result.sameOutput ? 'byte-identical' : 'DIFFERS'} across runs`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchWorkers({ files: Number(process.argv[2] ?? 2000), rounds: Number(process.argv[3] ?? 5) });
}
