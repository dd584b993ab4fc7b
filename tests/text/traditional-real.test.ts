/**
 * Real Traditional-character mirrors of reports (fixtures/real/regions: s104 and z101 with inline pinyin glosses,
 * s105, s106, z102) read as their Simplified text does, and every value keeps its place in the Traditional input.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { normalize, parseReport, toRecord } from 'ogi-report';

const DOCS = new URL('../../fixtures/real/regions/docs/', import.meta.url);
const read = (id: string): string => readFileSync(new URL(`${id}.txt`, DOCS), 'utf8');

// The Simplified counterpart, made without the normaliser: OpenCC's own converter, glosses cut by a pattern.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const GLOSS = /(?<=\p{Script=Han})\([a-zàáèéìíòóùúüāēěīōūǎǐǒǔǖǘǚǜ]{1,8}\)/gu;
const simplifiedOf = (text: string): string => toSimplified(text.replace(GLOSS, ''));

// Titles and agencies are kept as written (Traditional in the one, Simplified in the other): compared folded.
const comparable = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === 'string' ? normalize(value).text : value]));

describe('Traditional mirrors of real reports', () => {
  // The 2008 rules forced, so that every prose rule runs whatever the detected kind.
  it.each(['s104', 's105', 's106', 'z101', 'z102'])('%s reads as its Simplified text', (id) => {
    const traditional = parseReport(read(id), { format: 'ogi-2008' });
    const simplified = parseReport(simplifiedOf(read(id)), { format: 'ogi-2008' });
    expect(comparable(toRecord(traditional))).toEqual(comparable(toRecord(simplified)));
    expect(traditional.milestones.map((m) => m.date)).toEqual(simplified.milestones.map((m) => m.date));
  });

  it('s104 (glossed mirror): a report, with its agency as written and its year and period', () => {
    const record = toRecord(parseReport(read('s104')));
    expect(record['meta.kind']).toBe('annual-report');
    expect(record['meta.agency']).toBe('廣州市統計局');
    expect(record['meta.year']).toBe(2015);
    expect(record['meta.periodStart']).toBe('2015-01-01');
    expect(record['meta.periodEnd']).toBe('2015-12-31');
  });

  it('s105 (zh-TW wiki mirror): agency from 由…辦公室編制, year and period from 本報告所列數據的統計期限為…', () => {
    const record = toRecord(parseReport(read('s105')));
    expect(record['meta.kind']).toBe('annual-report');
    expect(record['meta.agency']).toBe('太原市人民政府辦公室');
    expect(record['meta.year']).toBe(2018);
    expect(record['meta.periodStart']).toBe('2018-01-01');
    expect(record['meta.periodEnd']).toBe('2018-12-31');
  });

  it('s106: a count read from Traditional prose keeps its raw slice', () => {
    const text = read('s106');
    const report = parseReport(text, { format: 'ogi-2008' });
    const total = report.values['proactive.total'];
    expect(total?.value).toBe(12);
    expect(total?.source.raw).toBe('累計主動公開政府信息12條');
    expect(text.slice(total!.source.start, total!.source.end)).toBe(total!.source.raw);
  });

  it('s104: the glossed sentences read as Simplified, and a date after glossed words keeps its exact source', () => {
    const text = read('s104');
    expect(normalize(text).text).toContain('本年度报告是根据《中华人民共和国政府信息公开条例》、《广州市政府信息公开规定》');
    expect(normalize(text).text).toContain('本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止');
    const period = parseReport(text).milestones.find((m) => m.date === '2015-01-01');
    expect(period?.until).toBe('2015-12-31');
    expect(text.slice(period!.start, period!.end)).toBe('2015年1月1日起至2015年12月31日');
  });

  it('z101: a notice with glosses reads its headings as Simplified', () => {
    const text = read('z101');
    expect(normalize(text).text).toContain('一、统计范围和内容');
    expect(normalize(text).text).toContain('各县(市、区)人民政府,各开发区(园区)管委会');
  });
});
