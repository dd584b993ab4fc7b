/**
 * What the foundation promises on the seed documents, beyond their expected values: a notice is not a report;
 * shares, years, document numbers and counts of other things never become record values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse-report.js';
import { toRecord } from '../src/record/to-record.js';
import { FIXTURES } from './helpers/fixtures.js';

const load = (path: string) => {
  const input = readFileSync(`${FIXTURES}${path}`, 'utf8');
  const report = parseReport(input);
  return { input, report, record: toRecord(report) };
};
const counts = (record: Record<string, unknown>) => Object.entries(record).filter(([k]) => !k.startsWith('meta.'));

describe('the 工作要点 notice', () => {
  const { report, record } = load('other/zhejiang-work-points-2017/input.txt');
  it('is kind other, with no template and no counts', () => {
    expect(record['meta.kind']).toBe('other');
    expect(record['meta.template']).toBeUndefined();
    expect(record['meta.year']).toBeUndefined();
    expect(counts(record)).toEqual([]);
    expect(report.format.chosenBy).toBe('none');
  });
  it('keeps its title, publication date and deadline', () => {
    expect(record['meta.title']).toBe('浙江省人民政府办公厅关于印发2017年浙江省政务公开工作要点的通知');
    expect(record['meta.publishedAt']).toBe('2017-04-27');
    expect(report.milestones.find((m) => m.date === '2017-05-05')?.kind).toBe('deadline');
  });
});

describe('never a record value', () => {
  it.each([
    // [fixture, values that stand in the text as something else]
    ['ogi-2008/zhejiang-drc-2017/input.txt', [6030, 1016, 4000, 12, 36, 309, 30000, 218, 2504, 100, 97]],
    ['ogi-2019/zhejiang-province-2019/input.txt', [55, 27, 28042, 2615, 30657, 75, 1369, 1753, 2550]],
    ['ogi-2008/shenyang-drc-2017/input.txt', [54, 564, 5, 24, 22, 17, 7]],
    ['ogi-2008/guian-2016/input.txt', [147, 32, 7576, 201, 495, 176, 500, 80, 1784, 550025]],
  ])('%s', (path, forbidden) => {
    const { record } = load(path);
    for (const [key, value] of counts(record)) expect(forbidden, `${key}=${value}`).not.toContain(value);
  });

  it('no year is ever a count', () => {
    for (const path of ['ogi-2008/zhejiang-drc-2017/input.txt', 'ogi-2019/zhejiang-province-2019/input.txt', 'ogi-2008/shenyang-drc-2017/input.txt']) {
      const { record } = load(path);
      for (const [key, value] of counts(record)) expect(value, key).not.toSatisfy((v: number) => v >= 2000 && v <= 2030);
    }
  });

  it('approximate statements keep their number and say so', () => {
    const { report } = load('ogi-2008/shenyang-drc-2017/input.txt');
    expect(report.values['proactive.total']).toMatchObject({ value: 4480, approximate: true, unit: '条' });
  });

  it('a value carries its rule, place and certainty', () => {
    const { input, report } = load('ogi-2008/zhejiang-drc-2017/input.txt');
    const received = report.values['requests.received']!;
    expect(received).toMatchObject({ value: 78, certainty: 'stated', rule: 'prose/requests-received' });
    expect(input.slice(received.source.start, received.source.end)).toBe('受理并办理依申请公开78件');
    expect(input.split('\n')[received.source.line - 1]).toContain('受理并办理依申请公开78件');
  });
});
