/**
 * The CLI: one row per input in input order, failures as rows with codes, exit code 1 at the end; formats
 * json/ndjson/csv/table; stdin; GBK; outputs valid against the shipped schema. In-process through `main`, plus one
 * run of the built binary as a user would run it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS } from '../src/cli/args.js';
import { main } from '../src/cli/main.js';
import { builtInFormats } from '../src/formats/index.js';
import { RECORD_KEYS } from '../src/schema/keys.js';
import { FIXTURES } from './helpers/fixtures.js';
import { schemaErrors, validateCliLine } from './helpers/schemas.js';

const ROOT = new URL('..', import.meta.url).pathname;

function run(argv: string[], stdin = new Uint8Array()) {
  let out = '';
  let err = '';
  const code = main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => stdin, version: '0.0.0-test' });
  return { code, out, err };
}
const ndjson = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

describe('ogi-report CLI', () => {
  it('reads a directory in sorted order, one ndjson row per document, all valid', async () => {
    let out = '';
    // The PDFs in the tree make the in-process run asynchronous.
    const code = await main([FIXTURES], { stdout: (s) => (out += s), stderr: () => {}, stdin: () => new Uint8Array(), version: '0.0.0-test' });
    expect(code).toBe(0);
    const lines = ndjson(out);
    const files = lines.map((l) => l.file.slice(FIXTURES.length));
    expect(files.filter((f) => f.startsWith('tables/'))).toHaveLength(18);
    // The real corpus: every document of every set, the PDFs too, in sorted order.
    const real = files.filter((f) => f.startsWith('real/'));
    expect(real).toHaveLength(75);
    expect(real).toEqual([...real].sort());
    expect(real.filter((f) => f.startsWith('real/pdf/'))).toEqual([
      'real/pdf/layout/p001.txt',
      'real/pdf/layout/p002.txt',
      'real/pdf/p001.pdf',
      'real/pdf/p002.pdf',
      'real/pdf/p003-broken.pdf',
    ]);
    expect(files.filter((f) => f.startsWith('pdf-generated/'))).toHaveLength(9);
    expect(files.filter((f) => f.startsWith('series/'))).toHaveLength(3);
    expect(files.filter((f) => !/^(?:tables|real|series|pdf-generated)\//u.test(f))).toEqual([
      'encodings/shenyang-drc-2017.gbk.txt',
      'encodings/zhejiang-drc-2017.big5.txt',
      'ogi-2008/guian-2016/input.html',
      'ogi-2008/guian-2016/input.txt',
      'ogi-2008/shenyang-drc-2017/input.txt',
      'ogi-2008/zhejiang-drc-2017/input.txt',
      'ogi-2019/zhejiang-province-2019/input.txt',
      'other/zhejiang-work-points-2017/input.txt',
    ]);
    for (const line of lines) {
      expect(line.ok).toBe(true);
      expect(validateCliLine(line), schemaErrors(validateCliLine)).toBe(true);
    }
  });

  it('decodes GBK input to the same record as UTF-8', () => {
    const gbk = ndjson(run(['-f', 'ndjson', join(FIXTURES, 'encodings/shenyang-drc-2017.gbk.txt')]).out)[0];
    const utf8 = ndjson(run(['-f', 'ndjson', join(FIXTURES, 'ogi-2008/shenyang-drc-2017/input.txt')]).out)[0];
    expect(gbk.record).toEqual(utf8.record);
    expect(gbk.record['requests.received']).toBe(13);
  });

  it('reports unreadable, binary, undecodable and empty files one by one and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-cli-'));
    writeFileSync(join(dir, 'a-binary.txt'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12]));
    writeFileSync(join(dir, 'b-garbled.txt'), new Uint8Array([0x41, 0xff, 0x41, 0xff]));
    writeFileSync(join(dir, 'c-empty.txt'), '');
    writeFileSync(join(dir, 'd-report.txt'), readFileSync(join(FIXTURES, 'ogi-2008/zhejiang-drc-2017/input.txt')));
    const { code, out } = run([dir, join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    const lines = ndjson(out);
    expect(lines.map((l) => [l.file.slice(dir.length + 1), l.ok, l.ok ? null : l.error.code])).toEqual([
      ['a-binary.txt', false, 'input.binary'],
      ['b-garbled.txt', false, 'input.undecodable'],
      ['c-empty.txt', true, null],
      ['d-report.txt', true, null],
      ['missing.txt', false, 'input.not-found'],
    ]);
    expect(lines[2].warnings.map((w: { code: string }) => w.code)).toContain('input-empty');
    expect(lines[3].record['requests.received']).toBe(78);
    for (const line of lines) expect(validateCliLine(line), schemaErrors(validateCliLine)).toBe(true);
  });

  it('prints NDJSON for one input too, reads standard input with -, and --format json is one pretty array', () => {
    const text = readFileSync(join(FIXTURES, 'ogi-2008/guian-2016/input.txt'));
    const { code, out } = run(['-'], text);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const line = JSON.parse(out);
    const array = JSON.parse(run(['-f', 'json', '-'], text).out);
    expect(run(['-f', 'json', '-'], text).out).toBe(`${JSON.stringify([line], null, 2)}\n`);
    expect(array[0].record['requests.byChannel.online']).toBe(4);
    expect(line.encoding).toBe('utf-8');
    expect(line.file).toBe('-');
    expect(line.record['requests.byChannel.online']).toBe(4);
    expect(line.milestones[0]).toMatchObject({ date: '2017-03-28', precision: 'day' });
  });

  it('writes CSV with one column per record key, quoted where needed, optional BOM', () => {
    const { out } = run(['-f', 'csv', '--bom', join(FIXTURES, 'ogi-2008/zhejiang-drc-2017/input.txt'), join(FIXTURES, 'nope.txt')]);
    expect(out.startsWith('\ufeff')).toBe(true);
    const [head, row, failed] = out.slice(1).trimEnd().split('\r\n');
    expect(head!.split(',')).toEqual(['file', 'ok', 'error.code', 'error.message', 'warnings', 'encoding', ...RECORD_KEYS]);
    const cells = row!.split(',');
    expect(cells[head!.split(',').indexOf('requests.received')]).toBe('78');
    expect(cells[head!.split(',').indexOf('meta.title')]).toBe('浙江省发展改革委2017年度政府信息公开工作报告');
    expect(failed).toContain('input.not-found');
  });

  it('explains every value with its source line and rule', () => {
    const line = JSON.parse(run(['--explain', '-f', 'ndjson', join(FIXTURES, 'ogi-2008/zhejiang-drc-2017/input.txt')]).out);
    const received = line.explain.find((e: { key: string }) => e.key === 'requests.received');
    expect(received).toMatchObject({ value: 78, rule: 'prose/requests-received', raw: '受理并办理依申请公开78件' });
    expect(received.text).toContain('主动公开政府信息1640条');
    expect(validateCliLine(line), schemaErrors(validateCliLine)).toBe(true);
  });

  it('prints a readable table', () => {
    const { out } = run(['-f', 'table', join(FIXTURES, 'ogi-2019')]);
    expect(out).toMatch(/annual-report\s+ogi-2019\s+2019\s+浙江省人民政府办公厅\s+30105\s+1450\s+1871/u);
    expect(out).toContain('1 file(s): 1 parsed, 0 failed');
  });

  it('rejects bad usage with exit code 2 and one line that gives the reason', () => {
    expect(run([]).code).toBe(2);
    expect(run(['--format', 'xml', 'x']).err).toBe('ogi-report: --format must be one of ndjson, json, csv, table, html (ogi-report --help for more)\n');
    expect(run(['--format', 'xml', 'x']).code).toBe(2);
    expect(run(['--template', 'ogi-1999', 'x']).code).toBe(2);
    expect(run(['--help']).out).toContain('Usage: ogi-report');
  });
});

describe('the built binary', () => {
  it('gives each seed its expected record as ndjson', () => {
    const file = join(FIXTURES, 'ogi-2008/guian-2016/input.txt');
    const out = execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'ndjson', file], { encoding: 'utf8' });
    const line = JSON.parse(out);
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'ogi-2008/guian-2016/expected.json'), 'utf8'));
    for (const [key, value] of Object.entries(expected.fields)) {
      if (!expected.uncertain.includes(key)) expect(line.record[key], key).toBe(value);
    }
  });

  it('exits 1 after writing every row when an input fails', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), join(FIXTURES, 'missing.txt'), join(FIXTURES, 'ogi-2019')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('piping', () => {
  it('stops quietly when the reader closes the pipe early', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${join(ROOT, 'dist/cli.js')}" -f csv "${FIXTURES}" | head -c 10`], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.stdout).toBe('file,ok,er');
  });
});

describe('batch conveniences', () => {
  it('expands a quoted glob, sorted, and reports a pattern that matches nothing as a missing input', () => {
    const { out } = run(['-q', join(FIXTURES, 'ogi-2008/*/input.txt'), join(FIXTURES, 'nothing-*.txt')]);
    const lines = ndjson(out);
    expect(lines.map((l) => [l.file.slice(FIXTURES.length), l.ok ? null : l.error.code])).toEqual([
      ['ogi-2008/guian-2016/input.txt', null],
      ['ogi-2008/shenyang-drc-2017/input.txt', null],
      ['ogi-2008/zhejiang-drc-2017/input.txt', null],
      ['nothing-*.txt', 'input.not-found'],
    ]);
  });

  it('writes a summary to standard error (files, ok, failed, warnings by code, elapsed, rate); --quiet drops it', () => {
    let now = 0;
    let err = '';
    let out = '';
    const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (err += s), stdin: () => new Uint8Array(), version: 't', now: () => (now += 1000) };
    main([join(FIXTURES, 'tables/2021-run-together/input.txt'), join(FIXTURES, 'ogi-2008/guian-2016/input.txt'), join(FIXTURES, 'missing.txt')], io);
    expect(err).toContain(`ogi-report: ${join(FIXTURES, 'missing.txt')}: input.not-found: no such file\n`);
    expect(err).toMatch(/\nogi-report: 3 files, 2 ok, 1 failed in 1\.0 s \(3 files\/s\)\n {2}failed: input\.not-found 1\n {2}warnings: table\.run-unsplit \d+/u);
    expect(out.trim().split('\n')).toHaveLength(3);
    err = '';
    main(['--quiet', join(FIXTURES, 'ogi-2008/guian-2016/input.txt'), join(FIXTURES, 'missing.txt')], io);
    expect(err).toBe('');
  });

  it('shows progress only through the io hook, ticking once per row', () => {
    const ticks: number[] = [];
    let stopped = false;
    main([join(FIXTURES, 'ogi-2008')], {
      stdout: () => {},
      stderr: () => {},
      stdin: () => new Uint8Array(),
      version: 't',
      progress: (total) => ({ tick: () => ticks.push(total), stop: () => (stopped = true) }),
    });
    expect(ticks).toEqual([4, 4, 4, 4]);
    expect(stopped).toBe(true);
  });

  it('rejects a bad --jobs value', () => {
    expect(run(['--jobs', '0', FIXTURES]).code).toBe(2);
  });
});

describe('--template', () => {
  it('takes exactly the built-in formats\u2019 ids (the main thread checks it without loading the formats)', () => {
    expect([...TEMPLATE_IDS].sort()).toEqual(builtInFormats.map((f) => f.id).sort());
    const { code, err } = run(['--template', 'ogi-2030', join(FIXTURES, 'ogi-2008/guian-2016/input.txt')]);
    expect(code).toBe(2);
    expect(err).toContain('unknown template "ogi-2030" (ogi-2008, ogi-2019, ogi-2021)');
  });
});
