/**
 * The CLI as ripgrep, jq and csvkit users expect it (issue 15), driving the built binary: one output shape, errors
 * on standard error, encodings said per row, CSV safe for spreadsheets, --keys, --ext, file:line:col locations.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';

const CLI = join(new URL('..', import.meta.url).pathname, 'dist/cli.js');
const REPORT = join(FIXTURES, 'ogi-2008/zhejiang-drc-2017/input.txt');
const BIG5 = join(FIXTURES, 'encodings/zhejiang-drc-2017.big5.txt');
const cli = (args: string[], input?: Uint8Array, cwd?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, ...(input ? { input } : {}), ...(cwd ? { cwd } : {}) });
const one = (args: string[], input?: Uint8Array) => JSON.parse(cli(args, input).stdout) as { ok: boolean; encoding?: string; record: Record<string, unknown>; warnings: Array<{ code: string }>; error?: { code: string } };

describe('one output shape', () => {
  it('prints NDJSON for a directory that holds one file, as for many', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-one-'));
    cpSync(REPORT, join(dir, 'only.txt'));
    const { stdout, status } = cli([dir]);
    expect(status).toBe(0);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).record['requests.received']).toBe(78);
  });

  it('prints --format json as one pretty array whatever the count', () => {
    const rows = JSON.parse(cli(['-f', 'json', REPORT]).stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0].record['requests.received']).toBe(78);
  });
});

describe('errors on standard error', () => {
  it('writes one line per failed input, none with --quiet', () => {
    const missing = join(FIXTURES, 'missing.txt');
    const result = cli([missing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`ogi-report: ${missing}: input.not-found: no such file\n`);
    expect(JSON.parse(result.stdout).error.code).toBe('input.not-found');
    expect(cli(['-q', missing]).stderr).toBe('');
  });

  it('says a usage error in one line with the reason', () => {
    const result = cli(['--jobs', 'many', REPORT]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('ogi-report: --jobs must be a whole number from 1 to 256 (ogi-report --help for more)\n');
  });
});

describe('encodings', () => {
  const utf8 = one([REPORT]);

  it('detects Big5 and says so in the row', () => {
    const big5 = one([BIG5]);
    expect(big5.encoding).toBe('big5');
    expect(big5.record['requests.received']).toBe(78);
    // Text fields are kept as written (Traditional); every number is the UTF-8 original's.
    expect(big5.record['meta.title']).toBe('浙江省發展改革委2017年度政府信息公開工作報告');
    expect(big5.record['meta.agency']).toBe('浙江省發展改革委');
    const { 'meta.title': _title, 'meta.agency': _agency, ...rest } = big5.record;
    const { 'meta.title': _t, 'meta.agency': _a, ...expected } = utf8.record;
    expect(rest).toEqual(expected);
  });

  it('says gb18030 for GBK bytes and utf-8 for UTF-8', () => {
    expect(one([join(FIXTURES, 'encodings/shenyang-drc-2017.gbk.txt')]).encoding).toBe('gb18030');
    expect(utf8.encoding).toBe('utf-8');
  });

  it("lets an HTML page's <meta charset> decide among the legacy encodings", () => {
    const body = readFileSync(BIG5);
    const page = (charset: string) => Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"><title>t</title></head><body><pre>`), body, Buffer.from('</pre></body></html>')]);
    expect(one(['-'], page('big5')).encoding).toBe('big5');
    // Declared GB2312: read as GB18030 although the bytes are Big5 (the page's word is taken).
    expect(one(['-'], page('gb2312')).encoding).toBe('gb18030');
  });

  it('reads a UTF-8 file whose last character was cut off, with a warning', () => {
    const bytes = readFileSync(REPORT);
    const cut = bytes.subarray(0, bytes.length - 1);
    // The fixture ends in a CJK character and a line break: drop the break and one byte of the character.
    const end = bytes.lastIndexOf(0x0a, bytes.length - 2) > 0 && bytes.at(-1) === 0x0a ? bytes.subarray(0, bytes.length - 2) : cut;
    const row = one(['-'], end);
    expect(row.ok).toBe(true);
    expect(row.encoding).toBe('utf-8');
    expect(row.warnings[0]!.code).toBe('input-truncated');
    expect(row.record['requests.received']).toBe(78);
  });

  it('forces an encoding with --encoding', () => {
    const row = one(['--encoding', 'gb18030', REPORT]);
    expect(row.encoding).toBe('gb18030');
    expect(row.record['requests.received']).toBeUndefined();
    expect(cli(['--encoding', 'latin9', REPORT]).status).toBe(2);
  });
});

describe('CSV for spreadsheets', () => {
  it('neutralises the text cells that a spreadsheet would run as formulas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-csv-'));
    const text = readFileSync(REPORT, 'utf8').replace('浙江省发展改革委2017年度政府信息公开工作报告', '=HYPERLINK("http://x")浙江省发展改革委2017年度政府信息公开工作报告');
    writeFileSync(join(dir, '=1+2.txt'), text);
    const [head, row] = cli(['-q', '-f', 'csv', '--keys', 'meta.title,requests.received', '=1+2.txt'], undefined, dir).stdout.trimEnd().split('\r\n');
    expect(head).toBe('file,ok,error.code,error.message,warnings,encoding,meta.title,requests.received');
    const cells = row!.split(',');
    expect(cells[0]).toBe("'=1+2.txt");
    expect(row).toContain(`"'=HYPERLINK(""http://x"")浙江省发展改革委2017年度政府信息公开工作报告",78`);
  });

  it('picks columns with --keys patterns, in the order given, and refuses a pattern that matches nothing', () => {
    const [head] = cli(['-f', 'csv', '--keys', 'review.*,meta.year', REPORT]).stdout.split('\r\n');
    expect(head).toBe('file,ok,error.code,error.message,warnings,encoding,review.upheld,review.corrected,review.other,review.pending,review.total,meta.year');
    const bad = cli(['-f', 'csv', '--keys', 'reviews.*', REPORT]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"reviews.*" matches no record key');
  });
});

describe('directories', () => {
  it('takes the extensions --ext names and counts the files it skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-ext-'));
    mkdirSync(join(dir, 'sub'));
    cpSync(REPORT, join(dir, 'a.txt'));
    cpSync(REPORT, join(dir, 'sub', 'b.report'));
    writeFileSync(join(dir, 'c.md'), '# notes');
    const plain = cli([dir]);
    expect(plain.stdout.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toContain('1 files, 1 ok, 0 failed, 2 skipped (other extensions; --ext)');
    const chosen = cli(['--ext', 'report,.TXT', dir]);
    expect(chosen.stdout.trim().split('\n').map((l) => JSON.parse(l).file.slice(dir.length + 1))).toEqual(['a.txt', 'sub/b.report']);
    expect(chosen.stderr).toContain('2 files, 2 ok, 0 failed, 1 skipped');
  });
});

describe('--explain', () => {
  it('gives each value its place as file:line:col in the table', () => {
    const { stdout } = cli(['-f', 'table', '--explain', REPORT]);
    expect(stdout).toMatch(new RegExp(`requests\\.received\\s+78\\s+prose/requests-received  ${REPORT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+  «受理并办理依申请公开78件»`, 'u'));
  });

  it('says, under a table without --explain, how to see where a value came from and what a warning means', () => {
    const { stdout } = cli(['-f', 'table', REPORT]);
    expect(stdout).toContain(`Where a value came from: ogi-report -f table --explain ${REPORT} (each value with its rule and file:line:col).`);
    expect(stdout).toContain('docs/messages.md');
  });
});

describe('npm run demo', () => {
  it('shows real reports with a short summary and says how to explain a value and read a warning', () => {
    const result = spawnSync('npm', ['run', '--silent', 'demo'], { cwd: join(FIXTURES, '..'), encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^fixtures\/real\/pingtan\/docs\/r001\.txt\s+annual-report\s+ogi-2019\s+2020\s+平潭综合实验区\s+21\s/mu);
    expect(result.stdout).toMatch(/^18 file\(s\): 18 parsed, 0 failed; 12 annual report\(s\) \(ogi-2008 6, ogi-2019 6\), 6 other; \d+ values/mu);
    expect(result.stdout).toContain('ogi-report -f table --explain fixtures/real/pingtan/docs/r001.txt');
    expect(result.stdout).toContain('docs/messages.md');
  });
});
