// Timing helpers for the bench. The machine is shared: CPU time (user + system of this process, every thread: the
// GC and compiler threads are part of the cost), never wall time, except where wall time is the figure (the CLI
// over many files), and always the median of repeated runs, never the mean.
import { readFileSync } from 'node:fs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** CPU milliseconds of this process since `start` (a `process.cpuUsage()`). */
export const cpuMs = (start) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

/**
 * The median CPU time of one call of `work`, after `warmup` calls (and more until they took `warmupMs` of CPU time):
 * at least `min` measured calls, more while the measured time stays under `budgetMs` (at most `max` in all). `seed`:
 * times already measured (a first call that was also the warm-up).
 */
export function medianCpu(work, { warmup = 2, warmupMs = 0, min = 5, max = 50, budgetMs = 1500, seed = [] } = {}) {
  const warm = process.cpuUsage();
  for (let i = 0; i < warmup || cpuMs(warm) < warmupMs; i++) work();
  const times = [...seed];
  let spent = seed.reduce((a, b) => a + b, 0);
  while (times.length < seed.length + min || (spent < budgetMs && times.length < max)) {
    const t = process.cpuUsage();
    work();
    const ms = cpuMs(t);
    times.push(ms);
    spent += ms;
  }
  return { ms: median(times), runs: times.length };
}

// A fixed pointer chase over a 2 MB random cycle (about one core's L2 cache): its time tells how much of the
// core's caches the machine's other tenants leave the bench at the moment. On the shared machines this was measured
// on it moved between about 36 and 100 ms in phases lasting seconds, as the parse's speed did (docs/performance.md).
const CHASE_UNITS = (2 << 20) / 4;
let chaseCycle;

function chase(steps) {
  const p = chaseCycle;
  let j = 0;
  let sum = 0;
  for (let k = 0; k < steps; k++) {
    j = p[j];
    sum = (sum + j) | 0;
  }
  return sum;
}

/** The median time of five fixed pointer chases (3 million steps each), in ms: the machine's state right now. */
export function machineChaseMs() {
  if (!chaseCycle) {
    chaseCycle = new Uint32Array(CHASE_UNITS);
    for (let i = 0; i < CHASE_UNITS; i++) chaseCycle[i] = i;
    // Sattolo's shuffle (one cycle through every slot), from a fixed seed: the same walk in every run.
    let seed = 12345;
    for (let i = CHASE_UNITS - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const j = seed % i;
      const t = chaseCycle[i];
      chaseCycle[i] = chaseCycle[j];
      chaseCycle[j] = t;
    }
    chase(1e6);
  }
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    chase(3e6);
    times.push(performance.now() - t);
  }
  return median(times);
}

// Clock ticks of /proc/<pid>/stat (USER_HZ): 100 on every Linux Node supports.
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) of this process's children that have been waited for: /proc/self/stat fields
 * cutime and cstime. A `spawnSync` child is reaped before it returns, so the difference around one call is that
 * child's whole process tree (every thread). Undefined off Linux.
 */
export function childrenCpuSeconds() {
  let stat;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: field 3 is fields[0]; cutime and cstime are fields 16 and 17.
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

export const MB = (bytes) => bytes / 1e6;
export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
