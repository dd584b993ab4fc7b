/**
 * The CLI at scale, as a user runs it: the built binary over a generated directory of 2,000 files — reports as
 * text and HTML, GBK copies, binary files, undecodable bytes, dangling links — through the worker pool. Every file
 * yields one row, in input order, with the right status; the summary counts them on standard error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';

const ROOT = new URL('..', import.meta.url).pathname;
const FILES = 2000;

type Kind = 'text' | 'html' | 'gbk' | 'binary' | 'undecodable' | 'dangling';
const EXPECTED: Record<Kind, string | null> = { text: null, html: null, gbk: null, binary: 'input.binary', undecodable: 'input.undecodable', dangling: 'input.not-found' };

describe('ogi-report over 2,000 files', () => {
  it('one row per file, in input order, with the right status, through worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-batch-'));
    const sources = {
      text: readFileSync(join(FIXTURES, 'ogi-2008/zhejiang-drc-2017/input.txt')),
      html: readFileSync(join(FIXTURES, 'tables/2021-html/input.html')),
      gbk: readFileSync(join(FIXTURES, 'encodings/shenyang-drc-2017.gbk.txt')),
    };
    const kinds: Kind[] = ['text', 'html', 'gbk', 'text', 'binary', 'html', 'undecodable', 'text', 'dangling', 'gbk'];
    const expected: Array<[string, string | null]> = [];
    for (let i = 0; i < FILES; i++) {
      const kind = kinds[(i * 7) % kinds.length]!;
      const name = `${String(i).padStart(5, '0')}-${kind}.${kind === 'html' ? 'html' : 'txt'}`;
      const path = join(dir, name);
      if (kind === 'binary') writeFileSync(path, Uint8Array.from({ length: 600 }, (_, k) => (k * 31 + i) % 256));
      else if (kind === 'undecodable') writeFileSync(path, Uint8Array.from([0x41, 0xff, 0x41, 0xff, 0x80, 0x41]));
      else if (kind === 'dangling') symlinkSync(join(dir, 'nowhere', name), path);
      else writeFileSync(path, sources[kind]);
      expected.push([path, EXPECTED[kind]]);
    }
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--jobs', '2', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; error?: { code: string }; record?: Record<string, unknown> });
    expect(lines.map((l) => [l.file, l.ok ? null : l.error!.code])).toEqual(expected);
    const gbk = lines.find((l) => l.file.endsWith('-gbk.txt'))!;
    expect(gbk.record!['requests.received']).toBe(13);
    const failed = expected.filter(([, code]) => code !== null).length;
    expect(result.stderr).toContain(`${FILES} files, ${FILES - failed} ok, ${failed} failed`);
  }, 120_000);
});

describe('progress bar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-progress-'));
  for (let i = 0; i < 60; i++) writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), readFileSync(join(FIXTURES, 'ogi-2008/zhejiang-drc-2017/input.txt')));
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  it.runIf(hasScript)('shows on a terminal (a pseudo-terminal from script(1)), then the summary', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'dist/cli.js'))} -j 2 ${JSON.stringify(dir)} > /dev/null`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/ogi-report \[[=-]+\] \d+\/60 files/u);
    expect(result.stdout).toContain('60 files, 60 ok, 0 failed');
  });

  it('stays silent when standard error is not a terminal', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '-j', '2', dir], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/\[[=-]+\]/u);
    expect(result.stderr).toContain('60 files, 60 ok, 0 failed');
    expect(result.stdout.trim().split('\n')).toHaveLength(60);
  });
});
