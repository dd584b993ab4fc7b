// Throughput of parseReport on the bundled fixtures (run: npm run bench, after npm run build).
// Figures only; targets and baselines are tracked in the issues, not asserted here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../dist/index.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
const inputs = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/^input\.(txt|html)$/.test(name)) inputs.push(readFileSync(path, 'utf8'));
  }
};
walk(root);
const chars = inputs.reduce((n, s) => n + s.length, 0);
const bytes = inputs.reduce((n, s) => n + Buffer.byteLength(s), 0);

for (let i = 0; i < 5; i++) for (const s of inputs) parseReport(s); // warm up
const rounds = Number(process.env.ROUNDS ?? 40);
const t0 = performance.now();
for (let i = 0; i < rounds; i++) for (const s of inputs) parseReport(s);
const seconds = (performance.now() - t0) / 1000;
const reports = rounds * inputs.length;
console.log(`corpus: ${inputs.length} documents, ${chars} chars, ${(bytes / 1024).toFixed(1)} KiB UTF-8`);
console.log(`parseReport: ${(reports / seconds).toFixed(0)} reports/s, ${((bytes * rounds) / seconds / 1e6).toFixed(2)} MB/s (one core)`);
