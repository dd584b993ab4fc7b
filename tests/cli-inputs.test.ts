/**
 * The CLI under hostile inputs and outputs, as a user runs the built binary: a tree with a symlink loop, a FIFO,
 * /dev/zero, a huge sparse file, a path longer than PATH_MAX and a name that is not UTF-8 gets one row each and
 * finishes; a reader that leaves early stops the run; a full disk is a clear error; too many threads are capped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';

const CLI = join(new URL('..', import.meta.url).pathname, 'dist/cli.js');
const REPORT = join(FIXTURES, 'ogi-2008/zhejiang-drc-2017/input.txt');
const cli = (args: string[], options: { input?: string } = {}) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, ...options });
const sh = (script: string) => spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
type Row = { file: string; ok: boolean; error?: { code: string; message: string }; record?: Record<string, unknown> };
const rows = (out: string): Row[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const isLinux = process.platform === 'linux';

describe('a hostile tree', () => {
  it.runIf(isLinux)('gives each real file one row and every odd entry a coded row, then ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-tree-'));
    cpSync(REPORT, join(dir, 'a.txt'));
    symlinkSync('.', join(dir, 'loop'));
    symlinkSync('.', join(dir, 'loop2'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'sub', 'alias.txt'));
    expect(sh(`mkfifo '${join(dir, 'b-fifo.txt')}'`).status).toBe(0);
    symlinkSync('/dev/zero', join(dir, 'c-zero.txt'));
    writeFileSync(join(dir, 'd-huge.txt'), '');
    truncateSync(join(dir, 'd-huge.txt'), 3 * 1024 ** 3);
    const badName = Buffer.concat([Buffer.from(join(dir, 'e-bad')), Buffer.from([0xff]), Buffer.from('.txt')]);
    writeFileSync(badName, readFileSync(REPORT));
    writeFileSync(join(dir, 'notes.md'), 'not a report');
    const result = cli([dir]);
    expect(result.status).toBe(1);
    const lines = rows(result.stdout);
    expect(lines.map((l) => [l.file.slice(dir.length + 1), l.ok ? null : l.error!.code])).toEqual([
      ['a.txt', null],
      ['b-fifo.txt', 'input.not-a-file'],
      ['c-zero.txt', 'input.not-a-file'],
      ['d-huge.txt', 'input.too-large'],
      ['e-bad\ufffd.txt', null],
    ]);
    expect(lines[4]!.record!['requests.received']).toBe(78);
    expect(lines[1]!.error!.message).toContain('FIFO');
    expect(result.stderr).toContain('5 files, 2 ok, 3 failed, 1 skipped (other extensions; --ext)');
    expect(result.stderr).toContain(`ogi-report: ${join(dir, 'd-huge.txt')}: input.too-large: 3221225472 bytes is over the 67108864-byte limit`);
  });

  it.runIf(isLinux)('gives a path longer than PATH_MAX a row', () => {
    const root = mkdtempSync(join(tmpdir(), 'ogi-deep-'));
    // Built by a relative walk in the shell: the full path outgrows what one system call takes.
    const script = `cd '${root}' && for k in $(seq 0 21); do d="d$k$(printf 'x%.0s' $(seq 196))"; mkdir "$d" && cd "$d" && cp '${REPORT}' "level$k.txt"; done`;
    expect(sh(script).status).toBe(0);
    const lines = rows(cli(['-q', root]).stdout);
    const failed = lines.filter((l) => !l.ok);
    expect(lines.filter((l) => l.ok).length).toBeGreaterThan(15);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toEqual({ code: 'input.unreadable', message: 'the path is longer than the system allows (ENAMETOOLONG)' });
  });
});

describe('an endless standard input', () => {
  it.runIf(isLinux)('is cut at the size limit and gets its input.too-large row', () => {
    const result = sh(`"${process.execPath}" "${CLI}" -q - < /dev/zero`);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ file: '-', ok: false, error: { code: 'input.too-large', message: 'over the 67108864-byte limit (67108865 bytes read)' } });
  });
});

describe('output that goes away', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-out-'));
  for (let i = 0; i < 30; i++) cpSync(REPORT, join(dir, `f${String(i).padStart(2, '0')}.txt`));

  it('stops at once when the reader leaves (-j 1, in-process)', () => {
    // A missing input last: had the run gone on after `head`, its error line would be on standard error.
    const result = sh(`"${process.execPath}" "${CLI}" -j 1 "${dir}" "${join(dir, 'missing.txt')}" 2>&1 >/dev/null | cat; "${process.execPath}" "${CLI}" -j 1 "${dir}" "${join(dir, 'missing.txt')}" 2>"${dir}.err" | head -1 | wc -l`);
    expect(result.stdout).toContain('input.not-found');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1');
    const err = readFileSync(`${dir}.err`, 'utf8');
    expect(err).not.toContain('missing.txt');
    expect(err).not.toMatch(/files, .* ok/);
  });

  it('stops at once when the reader leaves (a pool of worker threads)', () => {
    const many = mkdtempSync(join(tmpdir(), 'ogi-pool-'));
    for (let i = 0; i < 400; i++) cpSync(REPORT, join(many, `f${String(i).padStart(3, '0')}.txt`));
    const result = sh(`"${process.execPath}" "${CLI}" -j 2 "${many}" "${join(many, 'missing.txt')}" 2>"${many}.err" | head -1 | wc -l`);
    expect(result.stdout.trim()).toBe('1');
    const err = readFileSync(`${many}.err`, 'utf8');
    expect(err).not.toContain('missing.txt');
    expect(err).not.toMatch(/files, .* ok/);
  });

  it.runIf(isLinux)('says a full disk (ENOSPC) once, exits 1 and claims no success', () => {
    const result = sh(`"${process.execPath}" "${CLI}" "${dir}" > /dev/full`);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('ogi-report: cannot write the output: ENOSPC: no space left on device, write\n');
  });

  it('on Ctrl-C restores the terminal, prints what was done and exits 130', async () => {
    const child = spawn(process.execPath, [CLI, '-j', '1', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let out = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      if (out === '') child.kill('SIGINT');
      out += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(err).toMatch(/^ogi-report: interrupted after \d+ of 30: \d+ files, \d+ ok, 0 failed/mu);
    // Every row written is whole.
    for (const line of out.trim().split('\n')) expect(JSON.parse(line).ok).toBe(true);
  });
});

describe('Ctrl-C on a terminal', () => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.runIf(hasScript && isLinux)('shows the cursor again and turns line wrapping back on (a pseudo-terminal from script(1))', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-tty-'));
    // Far more work than the time before the signal (about 20 s unloaded; stopped after 4 s, time enough to start on a
    // loaded machine), so the signal never meets a run that is already finishing.
    for (let i = 0; i < 10000; i++) cpSync(REPORT, join(dir, `f${String(i).padStart(5, '0')}.txt`));
    // --foreground: one SIGINT to the run, as Ctrl-C sends. Without it timeout(1) also signals its own process group,
    // and a second SIGINT is the "force quit" that skips the terminal restore.
    const command = `timeout --foreground -s INT 4 ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} -j 1 ${JSON.stringify(dir)} > /dev/null`;
    const screen = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] }).stdout;
    expect(screen).toContain('\u001b[?25l');
    const tail = screen.slice(screen.lastIndexOf('\u001b[?25h'));
    expect(tail).toContain('\u001b[?7h');
    expect(tail).toMatch(/ogi-report: interrupted after \d+ of 10000: /u);
  });
});

describe('threads', () => {
  it('caps --jobs at two per core and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-jobs-'));
    for (let i = 0; i < 50; i++) cpSync(REPORT, join(dir, `f${i}.txt`));
    const result = cli(['-j', '256', dir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^ogi-report: --jobs 256 capped at \d+ \(2 per core on \d+ core\(s\)\)/u);
    expect(rows(result.stdout)).toHaveLength(50);
  });
});
