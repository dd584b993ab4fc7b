/**
 * Series checks across years: the synthetic three-year series finds exactly its seeded breaks; the real pair
 * (洪泽区 2023 and 2024, read from their PDFs' text) reports what its numbers give; notes for what is not checked.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReport } from '../../src/index.js';
import { SeriesFinding, checkSeries, foldAgency, seriesDocumentFromReport, timeSeries, timeSeriesCsv, type SeriesCheck, type SeriesDocument } from '../../src/series/index.js';
import { SEEDED_BREAKS, SYNTHETIC_YEARS, syntheticSeries } from './synthetic.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SYNTHETIC = join(ROOT, 'fixtures/series/synthetic');
const update = process.env.UPDATE_SERIES_FIXTURES === '1';

const load = (path: string): SeriesDocument => seriesDocumentFromReport(path, parseReport(readFileSync(path, 'utf8')));
const checks = (findings: ReturnType<typeof checkSeries>) => findings.filter((f): f is SeriesCheck => f.kind === 'check');

describe('synthetic three-year series', () => {
  const texts = syntheticSeries();
  const files = SYNTHETIC_YEARS.map((y) => join(SYNTHETIC, `${y}.txt`));

  it('the committed fixtures are the generator’s output (UPDATE_SERIES_FIXTURES=1 rewrites them)', () => {
    if (update) {
      mkdirSync(SYNTHETIC, { recursive: true });
      files.forEach((f, i) => writeFileSync(f, texts[i]!));
    }
    files.forEach((f, i) => expect(existsSync(f) && readFileSync(f, 'utf8'), f).toBe(texts[i]));
  });

  it('finds exactly the seeded breaks, and every other check holds', () => {
    const findings = checkSeries(files.map(load));
    const all = checks(findings);
    const breaks = all.filter((c) => c.status === 'break').map((c) => [c.check, c.target.key, c.from, c.to]);
    expect(breaks).toEqual(SEEDED_BREAKS.map((b) => [...b]));
    // 7 carried-over columns + 2 in-force rows, for each of the two pairs of years.
    expect(all).toHaveLength(18);
    expect(new Set(all.map((c) => c.agency))).toEqual(new Set(['云州市清溪县人民政府']));
    const notes = findings.filter((f) => f.kind === 'note');
    expect(notes.map((n) => n.code)).toEqual(['agency-variant']);
  });

  it('names both documents and both values with their places', () => {
    const commercial = checks(checkSeries(files.map(load))).find((c) => c.target.key === 'requests.carriedOver@commercial')!;
    const [term] = commercial.terms;
    expect(term!.file).toBe(files[0]);
    expect(term!.key).toBe('requests.carriedForward@commercial');
    expect(commercial.target.file).toBe(files[1]);
    expect(commercial.actual).toBe(commercial.expected + 2);
    for (const t of [term!, commercial.target]) {
      const text = readFileSync(t.file, 'utf8');
      expect(text.slice(t.place!.start, t.place!.end)).toBe(String(t.value));
    }
    expect(commercial.message).toContain('but requests.carriedOver@commercial');
  });
});

describe('the real pair: 洪泽区 2023 and 2024', () => {
  const pair = ['p001', 'p002'].map((id) => load(join(ROOT, `fixtures/real/pdf/layout/${id}.txt`)));

  it('joins 洪泽区人民政府 and 淮安市洪泽区人民政府 and checks what the tables promise', () => {
    const findings = checkSeries(pair);
    expect(findings.filter((f) => f.kind === 'note').map((f) => f.kind === 'note' && f.message)).toEqual(['one agency under 2 names: 洪泽区人民政府 / 淮安市洪泽区人民政府']);
    const byTarget = Object.fromEntries(checks(findings).map((c) => [c.target.key, [c.expected, c.actual, c.status]]));
    expect(byTarget['requests.carriedOver']).toEqual([0, 0, 'ok']);
    // 5 in force in 2023, 3 issued and 0 repealed in 2024: 8, as 2024 says.
    expect(byTarget['proactive.normativeDocs.inForce']).toEqual([8, 8, 'ok']);
    expect(byTarget['proactive.rules.inForce']).toEqual([0, 0, 'ok']);
    expect(checks(findings).every((c) => c.from === 2023 && c.to === 2024)).toBe(true);
  });

  it('gives the time series in long form', () => {
    const rows = timeSeries(pair);
    const received = rows.filter((r) => r.key === 'requests.received').map((r) => [r.agency, r.year, r.value]);
    expect(received).toEqual([
      ['淮安市洪泽区人民政府', 2023, 21],
      ['淮安市洪泽区人民政府', 2024, 95],
    ]);
    const csv = timeSeriesCsv(rows).split('\r\n');
    expect(csv[0]).toBe('agency,year,key,value,file');
    expect(csv).toContain(`淮安市洪泽区人民政府,2024,requests.received,95,${pair[1]!.file}`);
  });
});

describe('what is said, not checked', () => {
  const doc = (file: string, record: Record<string, string | number>): SeriesDocument => ({ file, record: { 'meta.kind': 'annual-report', ...record } });

  it('a template change, a gap, two reports for a year, an office and a non-report are notes', () => {
    const findings = checkSeries([
      doc('a2020', { 'meta.agency': '甲市人民政府', 'meta.year': 2020, 'meta.template': 'ogi-2019', 'requests.carriedForward': 3 }),
      doc('a2021', { 'meta.agency': '甲市 人民政府', 'meta.year': 2021, 'meta.template': 'ogi-2021', 'requests.carriedOver': 3, 'proactive.rules.inForce': 1 }),
      doc('a2023', { 'meta.agency': '甲市人民政府', 'meta.year': 2023, 'meta.template': 'ogi-2021' }),
      doc('a2023b', { 'meta.agency': '甲市人民政府', 'meta.year': 2023, 'meta.template': 'ogi-2021' }),
      doc('o2021', { 'meta.agency': '甲市人民政府办公室', 'meta.year': 2021, 'meta.template': 'ogi-2021' }),
      { file: 'z', record: { 'meta.kind': 'other' } },
    ]);
    expect(findings.map((f) => (f.kind === 'note' ? f.code : `${f.check}:${f.status}`))).toEqual([
      'not-in-series',
      'agency-variant',
      'duplicate-year',
      'template-change',
      'carried-over:ok',
      'year-gap',
      'office-variant',
    ]);
  });

  it('checks the 2019 表二 item counts from one year to the next', () => {
    const year = (y: number, values: Record<string, number>) => doc(`b${y}`, { 'meta.agency': '乙县人民政府', 'meta.year': y, 'meta.template': 'ogi-2019', ...values });
    const findings = checkSeries([
      year(2019, { 'proactive.licensing.previous': 100, 'proactive.licensing.change': 5, 'proactive.fees.previous': 10, 'proactive.fees.change': -2 }),
      year(2020, { 'proactive.licensing.previous': 105, 'proactive.fees.previous': 9 }),
    ]);
    expect(checks(findings).map((c) => [c.target.key, c.expected, c.actual, c.status])).toEqual([
      ['proactive.licensing.previous', 105, 105, 'ok'],
      ['proactive.fees.previous', 8, 9, 'break'],
    ]);
  });

  it('folds Traditional characters, full-width forms and spaces for matching', () => {
    expect(foldAgency('清溪縣 人民政府（辦公室）')).toBe(foldAgency('清溪县人民政府(办公室)'));
  });
});

describe('ogi-report series', () => {
  const pair = ['p001', 'p002'].map((id) => join(ROOT, `fixtures/real/pdf/layout/${id}.txt`));
  const run = (argv: string[], stdin = new Uint8Array()) => {
    let out = '';
    let err = '';
    const code = main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: () => stdin, version: 'test' });
    return { code, out, err };
  };

  it('checks report files and prints one finding per line', () => {
    const { code, out } = run(['series', ...pair]);
    expect(code).toBe(0);
    const findings = out.trim().split('\n').map((l) => SeriesFinding.parse(JSON.parse(l)));
    const inForce = findings.find((f) => f.kind === 'check' && f.target.key === 'proactive.normativeDocs.inForce');
    expect(inForce).toMatchObject({ status: 'ok', expected: 8, actual: 8, from: 2023, to: 2024 });
  });

  it('reads the CLI’s NDJSON rows (with --explain: places) from a file or standard input', () => {
    const rows = run(['-f', 'ndjson', '--explain', ...pair]).out;
    const { out } = run(['series', '-'], new TextEncoder().encode(rows));
    const check = out.trim().split('\n').map((l) => JSON.parse(l)).find((f) => f.kind === 'check' && f.target.key === 'proactive.normativeDocs.inForce');
    expect(check.terms[0].place.line).toBeGreaterThan(0);
    expect(check.terms[0].file).toBe(pair[0]);
  });

  it('prints a table and the time series as CSV', () => {
    const table = run(['series', '--format', 'table', SYNTHETIC]).out;
    expect(table).toContain('18 check(s), 3 break(s), 1 note(s)');
    const csv = run(['series', '-f', 'csv', SYNTHETIC]).out.split('\r\n');
    expect(csv[0]).toBe('agency,year,key,value,file');
    expect(csv.filter((l) => l.includes(',requests.carriedOver,'))).toHaveLength(3);
  });

  it('says what is wrong with its arguments', () => {
    expect(run(['series']).code).toBe(2);
    expect(run(['series', '-f', 'xml', SYNTHETIC]).code).toBe(2);
    expect(run(['series', '--help']).out).toContain('Usage: ogi-report series');
  });
});
