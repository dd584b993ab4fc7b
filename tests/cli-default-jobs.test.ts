/**
 * The thread count a run takes without --jobs: one per core only for a batch whose work pays for the workers
 * (src/cli/default-jobs.ts; the break-even is measured in docs/performance.md), sized from what the walk saw.
 */
import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../src/batch/limits.js';
import { type InputRef, collectInputs } from '../src/cli/collect-inputs.js';
import { PDF_BYTE_WEIGHT, POOL_BREAK_EVEN_BYTES, batchWork, defaultJobs } from '../src/cli/default-jobs.js';
import { FIXTURES } from './helpers/fixtures.js';

const files = (count: number, size: number, ext = 'txt'): InputRef[] =>
  Array.from({ length: count }, (_, i) => ({ kind: 'file', name: `d/${i}.${ext}`, size }));

describe('the default thread count', () => {
  it('keeps a batch of 2,000 real-sized files (13 MB) in one thread on 2 cores, and takes both for 27 MB', () => {
    expect(defaultJobs(2, files(2000, 6700))).toBe(1);
    expect(defaultJobs(2, files(4000, 6700))).toBe(2);
  });

  it('breaks even at 20 MB on 2 cores and at 13.3 MB on 4 (the share of the work that leaves the main thread)', () => {
    expect(defaultJobs(2, files(1, 2 * POOL_BREAK_EVEN_BYTES))).toBe(2);
    expect(defaultJobs(2, files(1, 2 * POOL_BREAK_EVEN_BYTES - 1))).toBe(1);
    expect(defaultJobs(4, files(1, Math.ceil((4 / 3) * POOL_BREAK_EVEN_BYTES)))).toBe(4);
    expect(defaultJobs(4, files(1, Math.floor((4 / 3) * POOL_BREAK_EVEN_BYTES) - 1))).toBe(1);
  });

  it('never starts workers on one core', () => {
    expect(defaultJobs(1, files(100_000, 100_000))).toBe(1);
  });

  it('counts a PDF byte as ten of text; standard input, unknown sizes and a file over the input limit as nothing', () => {
    expect(batchWork(files(3, 1000, 'pdf'))).toBe(3 * 1000 * PDF_BYTE_WEIGHT);
    expect(batchWork([{ kind: 'stdin', name: '-' }, { kind: 'file', name: 'gone.txt' }])).toBe(0);
    expect(batchWork(files(1, 3 * 1024 ** 3))).toBe(0);
    expect(batchWork(files(1, MAX_INPUT_BYTES))).toBe(MAX_INPUT_BYTES);
  });

  it('takes each file size from the walk: a directory, a file named on the command line, a pattern', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-jobs-'));
    writeFileSync(join(dir, 'a.txt'), 'x'.repeat(1234));
    writeFileSync(join(dir, 'b.txt'), '');
    truncateSync(join(dir, 'b.txt'), 5000);
    const walked = collectInputs([dir, join(dir, 'a.txt'), join(dir, '*.txt')], ['txt']).inputs;
    expect(walked.map((r) => (r.kind === 'file' ? r.size : undefined))).toEqual([1234, 5000, 1234, 1234, 5000]);
    rmSync(dir, { recursive: true, force: true });
    const real = collectInputs([join(FIXTURES, 'real')], ['txt', 'pdf']).inputs;
    expect(real).toHaveLength(75);
    for (const ref of real) expect(ref.kind === 'file' && ref.size).toBe(statSync(ref.name).size);
  });
});
